"""Lexicon feature for the tagger and parser: the word classes a Dutch word form can have.

The UD part learns from ~140k words of gold tags, so most words of a news article are words it
never saw, and it guesses their class from a few characters: *De vakbond **eist** ...* came out
as an adverb. spaCy's Dutch lemma tables (``spacy-lookups-data``, MIT) list ~200k lemmas by class
(noun, verb, adjective, adposition, determiner) and map ~210k inflected forms to their lemma. The
``textkg_word_classes`` component, first in the pipeline, writes for every token the set of classes
its lower-case form (or that form's lemma) has, as a bit mask, and the tok2vec embeds it beside
NORM, PREFIX, SUFFIX and SHAPE (``pipelines/configs/nl_ud.cfg``).

The mask is carried in the lexeme's ``lang`` attribute (``LANG``), the one integer lexeme
attribute spaCy 3.8 both lets a component set and lets ``MultiHashEmbed`` read (``cluster`` is
read-only, custom flags are not exported): so ``token.lang_`` holds the mask, not a language, in
textkg's pipeline. Nothing reads it as a language; ``Doc.lang_`` still comes from the vocab.

The model learns how far to trust the mask: on the model-selection half of UD Alpino dev it holds
the gold class and not the predicted one for 81 of the first shipped model's 248 UPOS errors (and
the reverse for 30).

The table (~1.1 MB, xz) is saved with the pipeline; ``spacy-lookups-data`` is needed once, when
the pipeline is trained.
"""

from __future__ import annotations

import gzip
import json
import lzma
from pathlib import Path
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["WORD_CLASSES_COMPONENT", "WordClasses", "CLASS_BITS", "build_table"]

WORD_CLASSES_COMPONENT = "textkg_word_classes"
CLASS_BITS = {"noun": 1, "verb": 2, "adj": 4, "adp": 8, "det": 16, "adv": 32, "pron": 64}
_TABLE_FILE = "word_classes.tsv.xz"  # a line per mask: mask, tab, the forms; xz: 20% smaller than gzip


def build_table(lang: str) -> dict[str, int]:
    """Form -> class mask from spacy-lookups-data: lemmas by class (``*_lemma_index``), inflected
    forms by class (``*_lemma_exc``), and every form of the lookup table gets its lemma's classes."""
    from importlib.resources import files

    def read(name: str) -> dict:
        with gzip.open((files("spacy_lookups_data") / "data" / f"{lang}_{name}.json.gz").open("rb"), "rt",
                       encoding="utf-8") as file:
            return json.load(file)

    table: dict[str, int] = {}
    for name in ("lemma_index", "lemma_exc"):
        for cls, words in read(name).items():
            for w in words:
                table[w.lower()] = table.get(w.lower(), 0) | CLASS_BITS.get(cls, 0)
    lemmas = dict(table)
    for form, lemma in read("lemma_lookup").items():
        if lemma.lower() in lemmas:
            table[form.lower()] = table.get(form.lower(), 0) | lemmas[lemma.lower()]
    return {w: m for w, m in table.items() if m}


class WordClasses:
    """Set each token's ``lex.lang`` to the class mask of its form (0: not in the lexicon)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.table: dict[str, int] = {}

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        """Build the table from ``spacy-lookups-data`` (training time only)."""
        self.table = build_table(self.lang)

    def __call__(self, doc: Doc) -> Doc:
        table = self.table
        for tok in doc:
            lex = tok.lex
            mask = table.get(tok.lower_, 0)
            if lex.lang != mask:
                lex.lang = mask
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        by_mask: dict[int, list[str]] = {}
        for w, m in self.table.items():
            by_mask.setdefault(m, []).append(w)
        text = "".join(f"{m}\t{' '.join(sorted(ws))}\n" for m, ws in sorted(by_mask.items()))
        (path / _TABLE_FILE).write_bytes(lzma.compress(text.encode("utf-8"), preset=9 | lzma.PRESET_EXTREME))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "WordClasses":
        text = lzma.decompress((Path(path) / _TABLE_FILE).read_bytes()).decode("utf-8")
        self.table = {w: int(m) for m, ws in (line.split("\t") for line in text.splitlines()) for w in ws.split(" ")}
        return self


@Language.factory(WORD_CLASSES_COMPONENT)
def make_word_classes(nlp: Language, name: str) -> WordClasses:
    """Factory of ``textkg_word_classes``."""
    return WordClasses(nlp.lang)
