"""Sentence fragments the parser split off: rejoin them with the sentence they belong to.

The parser sometimes ends a "sentence" after a capitalised title noun and the first part of a name
("Woordvoerder Daan | Kuipers noemt ...", "Buurtbewoonster Fatima el | Amrani startte ..."). Such a
fragment has no verb and no closing punctuation, and its sentence goes on in the same line: the
``textkg_fragments`` component hangs its root on the root of the sentence next to it
(``dislocated``: no argument of the verb), so names, roles and subjects are read across the false boundary.
When the continuation starts with a name the parser made the verb's subject ("Analist Tom Brouwer van
zakenbank | Nordhaven spreekt ..."), that name belongs to the word before it and the fragment is the subject.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

__all__ = ["FragmentJoiner", "make_fragment_joiner"]


def _verbless(s: Span) -> bool:
    return not any(t.pos_ in ("VERB", "AUX") for t in s)


class FragmentJoiner:
    """Join verbless, unpunctuated parser sentences to the sentence that continues them."""

    def __init__(self, nlp: Language, name: str = "textkg_fragments"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        sents = list(doc.sents)
        for a, b in zip(sents, sents[1:]):
            last = doc[a.end - 1]
            if last.is_punct or last.is_space or "\n" in last.whitespace_ or doc[b.start].is_space or doc[b.start].is_punct:
                continue  # a real boundary: punctuation or a line break
            if _verbless(a) and not _verbless(b):
                first = doc[b.start]
                if first.dep_ == "nsubj" and first.head.i == b.root.i and first.pos_ == "PROPN" and first.left_edge.i == first.i \
                        and last.pos_ == "NOUN" and last.text.islower() and last.i != a.root.i:
                    first.head, first.dep_ = last, "appos"
                    a.root.head, a.root.dep_ = b.root, "nsubj"
                else:
                    a.root.head, a.root.dep_ = b.root, "dislocated"
            elif _verbless(b) and not _verbless(a) and len(b) <= 3:
                b.root.head, b.root.dep_ = a.root, "dislocated"
        return doc


@Language.factory("textkg_fragments")
def make_fragment_joiner(nlp: Language, name: str) -> FragmentJoiner:
    """Factory of :class:`FragmentJoiner` (``textkg_fragments``)."""
    return FragmentJoiner(nlp, name)
