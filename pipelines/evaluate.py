"""Measure a Dutch pipeline on the held-out sets: UD Dutch Alpino test and CoNLL-2002 ned.testb.

* LAS, UPOS, lemma: UD Alpino **test**, one Doc per gold sentence, tokenised by the pipeline itself
  (from the ``# text`` line) and aligned to the gold tokens by spaCy's ``Scorer``; LAS is spaCy's
  ``dep_las`` (punctuation excluded, as in spaCy's published model accuracies). Gold lemmas have
  UD's ``_`` compound marks removed (``mee_nemen`` -> ``meenemen``), which is what the pipeline is
  trained to produce.
* NER F1: CoNLL-2002 ``ned.testb``, one Doc per article on the gold tokens (the possessive splitter
  is bypassed so tokens stay the gold ones), exact-span micro F1 over PER/ORG/LOC/MISC.
* words/s: the whole pipeline, one process, over the raw texts of both test sets, per second of
  this process's CPU time (so other jobs on a busy machine do not distort it; with several BLAS
  threads the CPU time adds up, so it never flatters). ``bench/bench_pipeline.py`` also prints wall time.

``split="dev"`` measures the model-selection sets instead (the odd documents of UD Alpino dev and
ned.testa); tuning happens only there.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc
from spacy.training import Example

from . import consistency, convert, lemma_lookup, pos_rules, word_classes  # noqa: F401 - register components
from .tokenizer import POSSESSIVE_COMPONENT

__all__ = ["evaluate", "evaluate_pipeline", "format_table", "TARGETS"]

TARGETS = {"las": 0.76, "upos": 0.95, "lemma": 0.94, "ner_f": 0.78, "words_per_second": 5000}
_LABELS = {
    "las": ("LAS", "UD Dutch Alpino test"),
    "upos": ("UPOS", "UD Dutch Alpino test"),
    "lemma": ("lemma", "UD Dutch Alpino test"),
    "ner_f": ("NER F1", "CoNLL-2002 ned.testb"),
    "words_per_second": ("words/s", "whole pipeline, 1 process"),
}


def _ud_gold(corpora: Path, split: str, vocab: Any) -> list[Doc]:
    if split == "test":
        sents = convert.read_conllu(corpora / "ud_dutch_alpino/nl_alpino-ud-test.conllu")
    else:
        from .train import _split_alpino_dev

        _, sents = _split_alpino_dev(convert.read_conllu(corpora / "ud_dutch_alpino/nl_alpino-ud-dev.conllu"))
    return [convert.sentences_to_docs([s], vocab, n_sents=1)[0] for s in sents]


def _ner_gold(corpora: Path, split: str, vocab: Any) -> list[Doc]:
    name = "ned.testb" if split == "test" else "ned.testa"
    return convert.iob_docs(corpora / "conll2002_dutch" / name, vocab)


def evaluate_pipeline(nlp: Language, corpora: Path, split: str = "test") -> dict[str, Any]:
    """Score ``nlp`` on the held-out (``split="test"``) or model-selection (``"dev"``) sets."""
    corpora = Path(corpora)
    ud_gold = _ud_gold(corpora, split, nlp.vocab)
    ner_gold = _ner_gold(corpora, split, nlp.vocab)
    texts = [d.text for d in ud_gold] + [d.text for d in ner_gold]

    list(nlp.pipe(texts[:20]))  # warm-up
    start = time.process_time()
    n_words = sum(len(d) for d in nlp.pipe(texts, batch_size=64))
    wps = n_words / (time.process_time() - start)

    ud_pred = list(nlp.pipe([d.text for d in ud_gold], batch_size=64))
    ud_scores = Scorer(nlp).score([Example(p, g) for p, g in zip(ud_pred, ud_gold)])
    ner_in = [Doc(nlp.vocab, words=[t.text for t in g], spaces=[t.whitespace_ == " " for t in g]) for g in ner_gold]
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n == POSSESSIVE_COMPONENT]):
        ner_pred = list(nlp.pipe(ner_in, batch_size=16))
    ner_scores = Scorer.score_spans([Example(p, g) for p, g in zip(ner_pred, ner_gold)], "ents")
    return {
        "las": round(float(ud_scores.get("dep_las") or 0.0), 4),
        "upos": round(float(ud_scores.get("pos_acc") or 0.0), 4),
        "lemma": round(float(ud_scores.get("lemma_acc") or 0.0), 4),
        "ner_f": round(float(ner_scores.get("ents_f") or 0.0), 4),
        "words_per_second": int(wps),
        "uas": round(float(ud_scores.get("dep_uas") or 0.0), 4),
        "morph": round(float(ud_scores.get("morph_acc") or 0.0), 4),
        "ner_per_type": {k: round(v["f"], 4) for k, v in (ner_scores.get("ents_per_type") or {}).items()},
        "split": split,
    }


def evaluate(lang: str, corpora: Path, model: Path | None = None, split: str = "test") -> dict[str, Any]:
    """Evaluate the shipped pipeline for ``lang`` (or the one in ``model``) on the held-out sets.

    lang (str): ``"nl"``.
    corpora (Path): the shared corpora folder (``../shared/corpora``).
    model (Path | None): a pipeline directory to evaluate instead of the shipped one.
    split (str): ``"test"`` (held-out, default) or ``"dev"`` (model-selection sets).
    RETURNS (dict): ``{"las", "upos", "lemma", "ner_f", "words_per_second"}`` plus detail keys.
    """
    from textkg.errors import ConfigError

    if lang != "nl":
        raise ConfigError(f"no evaluation sets for language {lang!r}; available: 'nl'")
    corpora = Path(corpora)
    if not (corpora / "ud_dutch_alpino").is_dir() or not (corpora / "conll2002_dutch").is_dir():
        raise ConfigError(f"corpora folder {corpora} lacks ud_dutch_alpino/ or conll2002_dutch/; pass --corpora")
    if model is not None:
        nlp = spacy.load(model)
    else:
        from . import load

        nlp = load(lang)
    return evaluate_pipeline(nlp, corpora, split)


def format_table(scores: dict[str, Any]) -> str:
    """A plain-text table of the five headline scores with their held-out sets and targets."""
    dev = scores.get("split") == "dev"
    rows = [("metric", "model-selection set" if dev else "held-out set", "score", "target", "")]
    for key, (name, where) in _LABELS.items():
        if dev:
            where = where.replace("Alpino test", "Alpino dev (odd docs)").replace("ned.testb", "ned.testa")
        val = scores.get(key)
        target = TARGETS[key]
        if key == "words_per_second":
            shown, tshown = (f"{val:,}" if val is not None else "-"), f">= {target:,}"
        else:
            shown, tshown = (f"{val:.3f}" if val is not None else "-"), f">= {target:.2f}"
        ok = "ok" if val is not None and val >= target else "below"
        rows.append((name, where, shown, tshown, ok))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description="Evaluate textkg's Dutch pipeline on the held-out sets.")
    p.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    p.add_argument("--model", type=Path)
    p.add_argument("--split", choices=["test", "dev"], default="test")
    p.add_argument("--json", action="store_true")
    a = p.parse_args(argv)
    scores = evaluate("nl", a.corpora, a.model, a.split)
    print(json.dumps(scores, indent=2) if a.json else format_table(scores))


if __name__ == "__main__":
    _main()
