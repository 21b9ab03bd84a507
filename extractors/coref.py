"""Coreference: pronouns, role nouns and definite descriptions to their antecedent mention.

Rules (Dutch): *hij/hem* -> a person; *zij/ze/haar* -> a person or organisation (or a plural
group); *hun/hen* -> a plural group or organisation; possessive *zijn* -> the subject of its own
clause when compatible, else the nearest person/organisation; *het* -> the nearest salient
non-person, never the subject of its own clause when it is an object, and left alone when it is
expletive (``expl``, or the subject of a predicate with an ``om te``/``dat`` complement).
Definite descriptions ("het bedrijf", "de streamingdienst", "de topman") take the nearest
compatible named entity, or an earlier mention with the same head noun ("de scène").
Writes ``MentionSpan.antecedent``.
"""

from __future__ import annotations

import unicodedata

from spacy.language import Language
from spacy.tokens import Doc, Token

from ._ext import MentionSpan
from ._lexicon import class_type, role_of

__all__ = ["CorefResolver", "make_coref_resolver", "is_expletive"]

_PERSONISH = {"PERSON"}
_ORGISH = {"ORG"}
_THINGS = {"CONCEPT", "PRODUCT", "WORK", "TECHNOLOGY", "EVENT", "MISC", "ORG", "LAW"}
_SUBJ = ("nsubj", "nsubj:pass")
# class of a definite description -> the name types it may refer to (MISC: the NER was unsure)
_COMPATIBLE = {"ORG": {"ORG", "MISC"}, "PERSON": {"PERSON"}, "CONCEPT": {"CONCEPT", "MISC", "TECHNOLOGY", "PRODUCT"},
               "WORK": {"WORK", "MISC"}, "PRODUCT": {"PRODUCT", "MISC"}, "GPE": {"GPE", "LOC"}, "LOC": {"GPE", "LOC"}}


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


def is_expletive(tok: Token) -> bool:
    """Is this *het* expletive/anticipatory ("het is moeilijk om ...", "het regent")?"""
    if tok.lower_ not in ("het", "'t"):
        return False
    if tok.dep_.startswith("expl"):
        return True
    if tok.dep_ in _SUBJ:
        head = tok.head
        for c in head.children:
            if c.dep_ in ("csubj", "ccomp", "xcomp", "advcl", "csubj:pass") and c.i > tok.i:
                marks = {g.lower_ for g in c.children if g.dep_ in ("mark", "case")}
                if marks & {"om", "dat", "of", "te"} or c.dep_ in ("csubj", "ccomp"):
                    return True
        if head.pos_ == "ADJ" or any(c.dep_ == "cop" for c in head.children):
            if any(c.dep_ in ("ccomp", "csubj", "advcl", "xcomp") for c in head.children):
                return True
        if head.lemma_ in ("regenen", "sneeuwen", "gaan", "lukken", "spijten", "betreffen"):
            return True
        # anticipatory het: an "om te" / "dat" clause further on in the same clause ("Het vergt X om Y te doen")
        for c in head.children:
            if c.i > tok.i and c.dep_ in ("obj", "obl", "xcomp"):
                for g in c.children:
                    if g.dep_ in ("acl", "advcl", "ccomp") and any(k.lower_ in ("om", "dat") and k.dep_ == "mark" for k in g.children):
                        return True
    return False


def _clause_subject(tok: Token) -> Token | None:
    """The subject of the clause a token belongs to (following xcomp/advcl control upward)."""
    from ._args import subjects

    h = tok.head
    while h.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and h.head.i != h.i and h.dep_ not in ("ROOT",) and not any(
            c.dep_ == "cop" for c in h.children):
        h = h.head
    subs, _ = subjects(h)
    subs = [s for s in subs if s.i != tok.i]
    if subs:
        return subs[0]
    h = tok.head
    for _ in range(6):
        subs = [c for c in h.children if c.dep_ in _SUBJ]
        if subs:
            return subs[0]
        if h.head.i == h.i:
            return None
        if h.dep_ in ("xcomp", "advcl", "conj", "ccomp") or h.pos_ not in ("VERB", "AUX", "ADJ"):
            h = h.head
        else:
            return None
    return None


class CorefResolver:
    """Link pronouns and definite descriptions to their antecedents."""

    def __init__(self, nlp: Language, name: str = "textkg_coref", window: int = 4):
        self.name = name
        self.window = window

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[MentionSpan] = doc._.tkg_mentions or []
        sent_of = {}
        for si, s in enumerate(doc.sents):
            for t in s:
                sent_of[t.i] = si
        counts: dict[str, int] = {}
        for m in mentions:
            if m.kind == "name":
                counts[_fold(m.name)] = counts.get(_fold(m.name), 0) + 1
        head2 = doc._.tkg_head2mention or {}
        for idx, m in enumerate(mentions):
            if m.kind == "pronoun":
                m.antecedent = self._pronoun(doc, mentions, idx, sent_of, counts, head2)
            elif m.kind == "description":
                m.antecedent = self._description(doc, mentions, idx, sent_of, counts)
        return doc

    def _candidates(self, mentions, idx, sent_of, window=None):
        m = mentions[idx]
        s = sent_of.get(m.head, 0)
        win = self.window if window is None else window
        for j in range(idx - 1, -1, -1):
            c = mentions[j]
            if c.kind == "pronoun" and c.antecedent is None:
                continue
            if c.end > m.start and c.kind != "pronoun":
                continue
            if s - sent_of.get(c.head, 0) > win:
                break
            yield j, c

    def _resolved_type(self, mentions, j):
        c = mentions[j]
        seen = 0
        while c.antecedent is not None and seen < 10:
            c = mentions[c.antecedent]
            seen += 1
        return c, c.type

    def _pronoun(self, doc, mentions, idx, sent_of, counts, head2) -> int | None:
        m = mentions[idx]
        tok = doc[m.head]
        low = tok.lower_
        if low in ("het", "'t") and is_expletive(tok):
            return None
        if low in ("het", "'t") and tok.dep_ in ("nsubj", "nsubj:pass") and tok.head.pos_ == "ADJ":
            return None
        if low in ("hij", "hem"):
            allowed = _PERSONISH
        elif low in ("zij", "ze", "haar", "d'r"):
            allowed = _PERSONISH | _ORGISH | {"ROLE", "MISC"}
        elif low in ("hun", "hen"):
            allowed = _ORGISH | {"ROLE", "MISC"}
        elif low in ("zijn", "z'n"):
            allowed = _PERSONISH | _ORGISH | {"PRODUCT", "WORK", "MISC"}
        else:  # het
            allowed = _THINGS
        # possessive zijn/haar/hun: the subject of its own clause first (Netflix ... zijn eigen content)
        own_subj = _clause_subject(tok)
        own_ref = head2.get(own_subj.i) if own_subj is not None and own_subj.i != tok.i else None
        if low in ("zijn", "z'n", "haar", "hun") and own_ref is not None and own_ref != idx:
            c, t = self._resolved_type(mentions, own_ref)
            if t in allowed and mentions[own_ref].kind != "pronoun" or (mentions[own_ref].kind == "pronoun" and mentions[own_ref].antecedent is not None):
                return own_ref
        best, best_score = None, -1e9
        own_root = own_ref
        for j, c in self._candidates(mentions, idx, sent_of):
            root, t = self._resolved_type(mentions, j)
            if t not in allowed:
                continue
            if low in ("het", "'t") and c.kind == "description" and c.type == "ROLE":
                continue
            if tok.dep_ in ("obj", "iobj", "obl", "nmod") and own_root is not None and root is self._resolved_type(mentions, own_root)[0]:
                continue  # an object pronoun is not its own clause's subject (that would be "zich")
            ctok = doc[c.head]
            dist = sent_of.get(m.head, 0) - sent_of.get(c.head, 0)
            score = -2.0 * dist
            if ctok.dep_ in ("nsubj", "nsubj:pass"):
                score += 2.0
            elif ctok.dep_ in ("obj",):
                score += 1.5
            elif ctok.dep_ in ("nmod", "amod", "compound", "flat"):
                score -= 1.5
            if root.kind == "name":
                score += 1.0 + 0.3 * min(counts.get(_fold(root.name), 0), 5)
            if tok.dep_ == ctok.dep_:
                score += 0.5
            if dist == 0 and tok.dep_ in ("obj", "iobj") and ctok.dep_ in _SUBJ and own_subj is not None and ctok.i == own_subj.i:
                continue
            if score > best_score:
                best, best_score = j, score
        return best

    def _description(self, doc, mentions, idx, sent_of, counts) -> int | None:
        m = mentions[idx]
        tok = doc[m.head]
        dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
        if not dets or dets[0] not in ("de", "het", "deze", "dit", "die", "dat"):
            return None
        mods = [c for c in tok.children if c.dep_ in ("amod", "nmod", "acl", "acl:relcl", "compound")]
        role = role_of(tok.text)
        ctype = class_type(tok.lemma_ or tok.lower_) or class_type(tok.lower_)
        if role:
            ctype = "PERSON"
        head_key = _fold(tok.lemma_ or tok.text)
        # same head noun as an earlier description ("de scène" <- "zijn eerste AI-gegenereerde scène")
        for j, c in self._candidates(mentions, idx, sent_of, window=6):
            if c.kind == "description" and _fold(doc[c.head].lemma_ or doc[c.head].text) == head_key:
                return j
        if ctype is None or mods and not role:
            return None
        best, best_score = None, -1e9
        for j, c in self._candidates(mentions, idx, sent_of, window=12):
            root, t = self._resolved_type(mentions, j)
            if root.kind != "name" or t not in _COMPATIBLE.get(ctype, {ctype}):
                continue
            if ctype == "PERSON" and role and root.role == "" and c.role == "":
                score = -1.0
            else:
                score = 1.0
            score += 0.5 * min(counts.get(_fold(root.name), 0), 6) - 0.3 * (sent_of.get(m.head, 0) - sent_of.get(c.head, 0))
            if score > best_score:
                best, best_score = j, score
        return best


@Language.factory("textkg_coref", assigns=["doc._.tkg_mentions"], requires=["doc._.tkg_mentions"],
                  default_config={"window": 4})
def make_coref_resolver(nlp: Language, name: str, window: int) -> CorefResolver:
    """Factory of :class:`CorefResolver` (``textkg_coref``). window (int): sentences searched back."""
    return CorefResolver(nlp, name, window)
