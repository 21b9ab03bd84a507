"""Parse repairs: arguments the parser hung on an auxiliary move to the verb the auxiliary serves.

In a long verb-final clause the parser often attaches the object or an oblique to the finite
auxiliary instead of the participle at the end ("De gemeente heeft de vergunning voor het
festival, dat ..., ingetrokken": *vergunning* ``obj`` of *heeft*). An auxiliary takes no arguments
in UD, so every such dependent belongs to the auxiliary's head; the ``textkg_repairs`` component
moves it there, before any extractor reads the clause.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["ParseRepairer", "make_parse_repairer"]

_AUX_DEPS = frozenset({"aux", "aux:pass"})
_CORE_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "ccomp"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "obl:arg", "expl:pv", "compound:prt", "ccomp", "advcl"})


class ParseRepairer:
    """Move arguments off auxiliaries onto their verbs."""

    def __init__(self, nlp: Language, name: str = "textkg_repairs"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for aux in doc:
            if aux.dep_ not in _AUX_DEPS or aux.pos_ != "AUX" or aux.head.i == aux.i or aux.head.pos_ not in ("VERB", "AUX"):
                continue
            taken = {c.dep_ for c in aux.head.children if c.dep_ in _CORE_DEPS}
            for c in [c for c in aux.children if c.dep_ in _ARGUMENT_DEPS]:
                if c.dep_ not in taken:  # a verb with an object of its own: the "auxiliary" was a main verb
                    c.head = aux.head
        return doc


@Language.factory("textkg_repairs")
def make_parse_repairer(nlp: Language, name: str) -> ParseRepairer:
    """Factory of :class:`ParseRepairer` (``textkg_repairs``)."""
    return ParseRepairer(nlp, name)
