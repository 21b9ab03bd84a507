"""Sentence boundaries only where Dutch writing can end a sentence: after . ! ? : ; … or a closing quote, or at a line break.

The parser decides sentence boundaries itself, and it learned them from treebank sentences, each
a document of its own; in running news text it ends about one "sentence" in twenty after a
capitalised title noun or the first part of a name ("Vakbond | FNV | Metaal reageert ...",
"Dijkgraaf | Hein | Bouwmeester van ..."), which cuts the clause's subject off its verb. The
``textkg_sentence_bounds`` component, placed before the parser, marks every other token as no
sentence start (``Token.is_sent_start = False``), which spaCy's parser respects: it still chooses
among the places a sentence can end, and parses the rest as one clause ("Vakbond" ``nsubj``,
"FNV" ``appos``, as in UD Dutch).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["SENTENCE_BOUNDS_COMPONENT", "set_sentence_bounds"]

SENTENCE_BOUNDS_COMPONENT = "textkg_sentence_bounds"
_ENDS = frozenset(".!?:;…\"”’'»)")  # ")" closes a parenthesised sentence "(... .)"


def set_sentence_bounds(doc: Doc) -> Doc:
    """Allow a sentence to start only after sentence-final punctuation, a closing quote or a line break."""
    for t in doc[1:]:
        prev = doc[t.i - 1]
        if not (prev.text[-1:] in _ENDS or "\n" in prev.whitespace_ or prev.is_space or t.is_space):
            t.is_sent_start = False
    return doc


@Language.component(SENTENCE_BOUNDS_COMPONENT)
def _sentence_bounds_component(doc: Doc) -> Doc:
    return set_sentence_bounds(doc)
