"""Convert the training corpora (UD CoNLL-U, legacy LassySmall, IOB NER files) into spaCy DocBins.

Decisions recorded here (and in the model card):

* Lemmas: UD Dutch marks compound / separable-verb boundaries with ``_`` (``mee_nemen``,
  ``regering_leider``). We remove the marks (``meenemen``; compounds spelled as in the word form:
  ``regeringsleider``) in training data and in the gold data we evaluate against, so the shipped
  lemmatizer returns plain words (see :func:`clean_lemma`).
* Legacy LassySmall train (pre-r2.0): sentences whose ``sent_id`` reappears in the r2.16
  LassySmall dev/test files are dropped, and its older labels are mapped to r2.16's
  (``flat:name`` -> ``flat``; possessive ``DET/det`` -> ``PRON/nmod:poss``; ``obl`` with ``door``
  under a passive -> ``obl:agent``; ``obl`` -> ``obl:arg`` and ``obj`` ``zich`` -> ``expl:pv`` where
  the r2.16 files use that label for the same verb + preposition / verb).
* Sentences whose lemmas cannot be trusted (e.g. converted Alpino cdb) are written with empty
  lemmas, which spaCy's trainable lemmatizer treats as missing.
* IOB corpora: ``-DOCSTART-`` lines start a new doc (CoNLL-2002 articles); a file without them and
  without blank lines (Europeana) is split into sentences on sentence-final punctuation and grouped.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

__all__ = [
    "Sentence",
    "read_conllu",
    "clean_lemma",
    "legacy_lassysmall",
    "sentences_to_docs",
    "parse_conllu_blocks",
    "read_iob",
    "iob_docs",
    "chunk_docs",
    "write_docbin",
    "ud_docbin",
    "iob_docbin",
]

_POSS = {
    "zijn": ("zijn", "3"), "z'n": ("zijn", "3"), "haar": ("haar", "3"), "d'r": ("haar", "3"),
    "hun": ("hun", "3"), "mijn": ("mijn", "1"), "m'n": ("mijn", "1"), "onze": ("ons", "1"),
    "ons": ("ons", "1"), "jouw": ("jou", "2"), "je": ("je", "2"), "uw": ("uw", "2"),
}
_SENT_END = {".", "!", "?"}


@dataclass
class Sentence:
    """One CoNLL-U sentence: comment lines and 10-column token rows (no ranges, no empty nodes)."""

    comments: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)

    @property
    def sent_id(self) -> str:
        """The ``sent_id`` comment, or the bare first comment (legacy files), without ``.xml``."""
        for c in self.comments:
            m = re.match(r"#\s*sent_id\s*=\s*(.+)", c)
            if m:
                return m.group(1).strip()
        if self.comments:
            return re.sub(r"\.xml$", "", self.comments[0].lstrip("#").strip())
        return ""

    def to_conllu(self) -> str:
        """Serialise back to a CoNLL-U block (without trailing blank line)."""
        return "\n".join(self.comments + ["\t".join(r) for r in self.rows])


def read_conllu(path: Path | str) -> list[Sentence]:
    """Read a CoNLL-U file; multiword ranges and empty (enhanced) nodes are skipped."""
    return list(_iter_conllu(Path(path).read_text(encoding="utf8").splitlines()))


def parse_conllu_blocks(blocks: Iterable[str]) -> list[Sentence]:
    """Parse CoNLL-U sentence blocks given as strings (e.g. from the Alpino converter)."""
    out: list[Sentence] = []
    for block in blocks:
        out.extend(_iter_conllu(block.splitlines()))
    return out


def _iter_conllu(lines: Iterable[str]) -> Iterator[Sentence]:
    sent = Sentence()
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            if sent.rows:
                yield sent
            sent = Sentence()
        elif line.startswith("#"):
            sent.comments.append(line)
        else:
            cols = line.split("\t")
            if len(cols) != 10 or "-" in cols[0] or "." in cols[0]:
                continue
            sent.rows.append(cols)
    if sent.rows:
        yield sent


def clean_lemma(lemma: str, form: str, upos: str = "") -> str:
    """Remove UD Dutch ``_`` compound marks so lemmas are plain words.

    Verbs join their parts (``mee_nemen`` -> ``meenemen``, ``in_zetten`` for *zette ... in* ->
    ``inzetten``). Other words take the compound's spelling from the word form, keeping linking
    letters and hyphens that Alpino's stems drop: *regeringsleiders* ``regering_leider`` ->
    ``regeringsleider``; *politie-agenten* ``politie_agent`` -> ``politie-agent``. A lone ``_`` is
    kept only for the token ``_`` (else the lemma is missing: ``""``).
    """
    if lemma == "_":
        return "_" if form == "_" else ""
    if "_" not in lemma or len(lemma) == 1:
        return lemma
    parts = [p for p in lemma.split("_") if p]
    joined = "".join(parts)
    if not parts or upos in ("VERB", "AUX") or len(parts[-1]) < 3:
        return joined or lemma
    head = parts[-1]
    at = form.lower().rfind(head.lower()[: max(3, len(head) - 2)])
    if at <= 0:
        return joined
    prefix = form[:at]
    if lemma[:1].islower():
        prefix = prefix.lower()
    return prefix + head


def _r216_stats(r216: list[Sentence]) -> tuple[set[tuple[str, str]], set[str]]:
    """(verb lemma, preposition) pairs that r2.16 mostly labels obl:arg; verbs with expl:pv."""
    pair_counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    pv_verbs: set[str] = set()
    for s in r216:
        rows = s.rows
        for r in rows:
            dep = r[7]
            head = int(r[6]) if r[6].isdigit() else 0
            if head == 0:
                continue
            hl = clean_lemma(rows[head - 1][2], rows[head - 1][1]).lower()
            if dep in ("obl", "obl:arg"):
                prep = _case_of(rows, int(r[0]))
                if prep:
                    pair_counts[(hl, prep)][dep] += 1
            elif dep == "expl:pv":
                pv_verbs.add(hl)
    arg_pairs = {k for k, c in pair_counts.items() if c["obl:arg"] >= 2 and c["obl:arg"] >= c["obl"]}
    return arg_pairs, pv_verbs


def _case_of(rows: list[list[str]], idx: int) -> str:
    for r in rows:
        if r[6] == str(idx) and r[7] == "case":
            return r[1].lower()
    return ""


def legacy_lassysmall(path: Path | str, r216_files: Iterable[Path | str]) -> tuple[list[Sentence], int]:
    """Load the pre-r2.0 LassySmall train file, drop sentences in r2.16 files, map labels to r2.16.

    RETURNS (tuple): the kept, relabelled sentences and the number dropped as overlapping.
    """
    r216 = [s for f in r216_files for s in read_conllu(f)]
    seen = {s.sent_id for s in r216}
    arg_pairs, pv_verbs = _r216_stats(r216)
    kept: list[Sentence] = []
    dropped = 0
    for s in read_conllu(path):
        if s.sent_id in seen:
            dropped += 1
            continue
        _relabel_legacy(s, arg_pairs, pv_verbs)
        kept.append(s)
    return kept, dropped


def _relabel_legacy(s: Sentence, arg_pairs: set[tuple[str, str]], pv_verbs: set[str]) -> None:
    rows = s.rows
    passive_heads = {r[6] for r in rows if r[7] == "aux:pass"}
    for r in rows:
        dep, form = r[7], r[1].lower()
        head = int(r[6]) if r[6].isdigit() else 0
        hl = clean_lemma(rows[head - 1][2], rows[head - 1][1]).lower() if head else ""
        if dep == "flat:name":
            r[7] = "flat"
        elif dep == "det" and form in _POSS and r[3] in ("DET", "PRON"):
            lemma, person = _POSS[form]
            r[3], r[2], r[7] = "PRON", lemma, "nmod:poss"
            r[5] = f"Person={person}|Poss=Yes|PronType=Prs"
        elif dep == "obl":
            prep = _case_of(rows, int(r[0]))
            if prep == "door" and r[6] in passive_heads:
                r[7] = "obl:agent"
            elif prep and (hl, prep) in arg_pairs:
                r[7] = "obl:arg"
        elif dep == "obj" and form in ("zich", "zichzelf") and hl in pv_verbs:
            r[7] = "expl:pv"
    s.comments = [f"# sent_id = {s.sent_id}"]


def sentences_to_docs(
    sents: list[Sentence], vocab: Vocab, n_sents: int = 10, lemmas: bool = True, syntax_only: bool = False
) -> list[Doc]:
    """Group sentences ``n_sents`` at a time into Docs with POS, morph, tag, lemma, heads, deps.

    lemmas (bool): if False, lemmas are left unset (missing) for the trainable lemmatizer.
    syntax_only (bool): keep only heads, deps and sentence starts; POS, morph, tag and lemma are
        missing (for converted treebanks whose word-level columns are heuristic, e.g. Alpino cdb).
    """
    docs: list[Doc] = []
    for i in range(0, len(sents), n_sents):
        docs.append(_make_doc(sents[i : i + n_sents], vocab, lemmas and not syntax_only, syntax_only))
    return docs


def _make_doc(group: list[Sentence], vocab: Vocab, lemmas: bool, syntax_only: bool = False) -> Doc:
    words, spaces, tags, pos, morphs, lems, heads, deps, starts = [], [], [], [], [], [], [], [], []
    offset = 0
    for s in group:
        n = len(s.rows)
        for j, r in enumerate(s.rows):
            words.append(r[1])
            misc = r[9]
            spaces.append("SpaceAfter=No" not in misc)
            tags.append(r[4] if r[4] != "_" else "")
            pos.append(r[3] if r[3] != "_" else "")
            morphs.append(r[5] if r[5] != "_" else "")
            lems.append(clean_lemma(r[2], r[1], r[3]) if lemmas else "")
            h = int(r[6]) if r[6].isdigit() else 0
            heads.append(offset + (h - 1 if h > 0 else j))
            deps.append("ROOT" if r[7] == "root" else r[7])
            starts.append(j == 0)
        offset += n
    has_tags = any(tags) and not syntax_only
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        tags=tags if has_tags else None,
        pos=None if syntax_only else pos,
        morphs=None if syntax_only else morphs,
        lemmas=lems if any(lems) else None,
        heads=heads,
        deps=deps,
        sent_starts=starts,
    )
    return doc


def read_iob(path: Path | str, group_sents: int = 10) -> list[list[tuple[list[str], list[str]]]]:
    """Read an IOB/IOB2 file (``word [POS ...] TAG`` per line) into docs of (words, tags) sentences.

    ``-DOCSTART-`` starts a new doc; without any, sentences are grouped ``group_sents`` at a time.
    Files without blank lines are split after sentence-final punctuation.
    """
    text = Path(path).read_text(encoding="utf8", errors="replace")
    lines = text.splitlines()
    has_blank = any(not ln.strip() for ln in lines)
    has_docstart = any(ln.startswith("-DOCSTART-") for ln in lines)
    docs: list[list[tuple[list[str], list[str]]]] = []
    cur_doc: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []

    def end_sent() -> None:
        nonlocal words, tags
        if words:
            cur_doc.append((words, tags))
        words, tags = [], []

    for ln in lines:
        parts = ln.split()
        if not parts:
            end_sent()
            continue
        if parts[0] == "-DOCSTART-":
            end_sent()
            if cur_doc:
                docs.append(cur_doc)
            cur_doc = []
            continue
        if len(parts) < 2:
            continue
        words.append(parts[0])
        tags.append(_iob2(parts[-1], tags[-1] if tags else "O"))
        if not has_blank and parts[0] in _SENT_END and tags[-1] == "O":
            end_sent()
    end_sent()
    if cur_doc:
        docs.append(cur_doc)
    if not has_docstart:
        flat = [s for d in docs for s in d]
        docs = [flat[i : i + group_sents] for i in range(0, len(flat), group_sents)]
    return docs


def _iob2(tag: str, prev: str) -> str:
    """Normalise IOB1 to IOB2 and uppercase the label."""
    if tag == "O" or len(tag) < 3 or tag[1] != "-":
        return "O"
    prefix, label = tag[0].upper(), tag[2:].upper()
    if prefix == "I" and (prev == "O" or prev[2:] != label):
        prefix = "B"
    return f"{prefix}-{label}"


def iob_docs(path: Path | str, vocab: Vocab) -> list[Doc]:
    """IOB file -> Docs with entities and sentence starts (no other annotation)."""
    out: list[Doc] = []
    for d in read_iob(path):
        words = [w for ws, _ in d for w in ws]
        tags = [t for _, ts in d for t in ts]
        starts = [j == 0 for ws, _ in d for j in range(len(ws))]
        doc = Doc(vocab, words=words, sent_starts=starts)
        ents: list[Span] = []
        start, label = None, None
        for i, t in enumerate(tags + ["O"]):
            if start is not None and (t == "O" or t.startswith("B-") or t[2:] != label):
                ents.append(Span(doc, start, i, label=label))
                start, label = None, None
            if t.startswith("B-"):
                start, label = i, t[2:]
        doc.ents = ents
        out.append(doc)
    return out


def chunk_docs(docs: Iterable[Doc], n_sents: int) -> list[Doc]:
    """Split Docs into pieces of ``n_sents`` sentences (entities and sentence starts kept)."""
    out: list[Doc] = []
    for doc in docs:
        sents = list(doc.sents)
        for i in range(0, len(sents), n_sents):
            piece = sents[i : i + n_sents]
            out.append(doc[piece[0].start : piece[-1].end].as_doc())
    return out


def write_docbin(docs: Iterable[Doc], out: Path | str) -> int:
    """Write Docs to a ``.spacy`` DocBin; returns the number of docs."""
    db = DocBin(store_user_data=False)
    n = 0
    for d in docs:
        db.add(d)
        n += 1
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(out)
    return n


def ud_docbin(sents: list[Sentence], out: Path | str, lemmas: bool = True, lang: str = "nl") -> int:
    """Sentences -> DocBin file; returns the number of sentences."""
    import spacy

    vocab = spacy.blank(lang).vocab
    write_docbin(sentences_to_docs(sents, vocab, lemmas=lemmas), out)
    return len(sents)


def iob_docbin(path: Path | str, out: Path | str, lang: str = "nl") -> int:
    """IOB file -> DocBin file; returns the number of docs."""
    import spacy

    return write_docbin(iob_docs(path, spacy.blank(lang).vocab), out)


def main(argv: list[str] | None = None) -> None:
    """CLI: ``python -m textkg.pipelines.convert {conllu,iob} IN OUT``."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("kind", choices=["conllu", "iob"])
    p.add_argument("inp", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--no-lemmas", action="store_true")
    a = p.parse_args(argv)
    if a.kind == "conllu":
        n = ud_docbin(read_conllu(a.inp), a.out, lemmas=not a.no_lemmas)
    else:
        n = iob_docbin(a.inp, a.out)
    print(f"{a.out}: {n}")


if __name__ == "__main__":
    main()
