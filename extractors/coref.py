"""Coreference: pronouns, role nouns and definite descriptions to their antecedent mention.

Rules (Dutch): *hij/hem* -> a person; *zij/ze/haar* -> a person or organisation (or a plural
group); *hun/hen* -> a plural group or organisation; possessive *zijn* -> the subject of its own
clause when compatible, else the nearest person/organisation; *het* -> the nearest salient
non-person, never the subject of its own clause when it is an object, and left alone when it is
expletive (``expl``, or the subject of a predicate with an ``om te``/``dat`` complement).
Definite descriptions ("het bedrijf", "de streamingdienst", "de topman") take the nearest
compatible named entity, or an earlier mention with the same head noun ("de scène").
Predicative and appositive noun phrases ("Elif Yilmaz, een chemicus", "uitgeroepen tot beste
speler") point to what they describe and are marked ``predicative``: a value, not a second node.
Writes ``MentionSpan.antecedent`` and ``MentionSpan.predicative``.
"""

from __future__ import annotations

import os
import unicodedata
from bisect import bisect_left
from collections import Counter
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from ._args import case_of, children_of, expand_conj, verb_lemma
from ._ext import MentionSpan
from ._lexicon import AGE_ADJECTIVE, CLASS_NOUNS, COMPANY_NOUNS, DAY_RE, DEMONYM_NOUNS, FIRST_PLURAL, NUMBER_WORDS, PUBLIC_BODIES, ROLE_LABEL, SPEAKER_PRONOUNS, CLASS_SUFFIXES, NON_ANAPHORIC, RESULT_NOUNS, TIME_WORDS, class_type, demonym_country, role_of
from .predicates import SAY_VERBS, normalise


__all__ = ["CorefResolver", "make_coref_resolver", "is_expletive"]

_PERSONISH = {"PERSON"}
_ORGISH = {"ORG"}
_THINGS = {"CONCEPT", "PRODUCT", "WORK", "TECHNOLOGY", "EVENT", "MISC", "ORG", "LAW"}
_SUBJ = ("nsubj", "nsubj:pass")
# class of a definite description -> the name types it may refer to (MISC: the NER was unsure)
_COMPATIBLE = {"ORG": {"ORG", "MISC"}, "PERSON": {"PERSON"}, "CONCEPT": {"CONCEPT", "MISC", "TECHNOLOGY", "PRODUCT", "ORG"},
               "WORK": {"WORK", "MISC"}, "PRODUCT": {"PRODUCT", "MISC"}, "GPE": {"GPE", "LOC"}, "LOC": {"GPE", "LOC"}}


@lru_cache(maxsize=100_000)
def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


def _true_dep(tok: Token) -> str:
    """The dependency label, with a second subject of the same verb read as its object (V2 parses)."""
    if tok.dep_ in _SUBJ:
        firsts = [c for c in children_of(tok.head) if c.dep_ in _SUBJ and c.i < tok.i
                  and not (c.lower_ in ("dat", "dit", "die", "deze") and c.pos_ in ("PRON", "DET"))]
        if firsts:
            return "obj"
    return tok.dep_


def _same_head(forms: frozenset[str], keys: set[str], compound: bool) -> bool:
    """Does a noun with these ``forms`` (folded lemma and text) have one of the head nouns ``keys``: the
    same word, or (``compound``) a Dutch compound ending in it ("beregeningsverbod" has the head "verbod")?"""
    return bool(forms & keys) or compound and any(
        f.endswith(k) and len(k) >= 4 and len(f) - len(k) >= 3 for f in forms for k in keys)


def _gender(tok: Token) -> str | None:
    """A personal pronoun's gender where it has one: "hij"/"hem" a man, singular "zij"/"ze" a woman."""
    if tok.lower_ in ("hij", "hem"):
        return "m"
    if tok.lower_ in ("zij", "ze") and tok.dep_ in ("nsubj", "nsubj:pass") and tok.head.morph.get("Number") == ["Sing"]:
        return "f"
    return None


def is_expletive(tok: Token) -> bool:
    """Is this *het* expletive/anticipatory ("het is moeilijk om ...", "het regent")?"""
    if tok.lower_ not in ("het", "'t"):
        return False
    if tok.dep_.startswith("expl"):
        return True
    if tok.dep_ in _SUBJ:
        head = tok.head
        if head.dep_ in ("aux", "aux:pass", "cop") and head.head.i != head.i:
            head = head.head  # "wordt het ... verleidelijker om ...": the subject hangs on the auxiliary
        for c in children_of(head):
            if c.dep_ in ("csubj", "ccomp", "xcomp", "advcl", "csubj:pass") and c.i > tok.i:
                marks = {g.lower_ for g in children_of(c) if g.dep_ in ("mark", "case")}
                if marks & {"om", "dat", "of", "te"} or c.dep_ in ("csubj", "ccomp"):
                    return True
        if head.pos_ == "ADJ" or any(c.dep_ == "cop" for c in children_of(head)):
            if any(c.dep_ in ("ccomp", "csubj", "advcl", "xcomp") for c in children_of(head)):
                return True
        if head.lemma_ in ("regenen", "sneeuwen", "gaan", "lukken", "spijten", "betreffen"):
            return True
        # anticipatory het: an "om te" / "dat" clause further on in the same clause ("Het vergt X om Y te doen")
        for c in children_of(head):
            if c.i > tok.i and c.dep_ in ("obj", "obl", "xcomp"):
                for g in children_of(c):
                    if g.dep_ in ("acl", "advcl", "ccomp") and any(k.lower_ in ("om", "dat") and k.dep_ == "mark" for k in children_of(g)):
                        return True
    return False


def _clause_subject(tok: Token) -> Token | None:
    """The subject of the clause a token belongs to (following xcomp/advcl control upward)."""
    from ._args import subjects

    h = tok.head
    while h.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and h.head.i != h.i and h.dep_ not in ("ROOT",) and not any(
            c.dep_ == "cop" for c in children_of(h)):
        h = h.head
    subs, _ = subjects(h)
    subs = [s for s in subs if s.i != tok.i]
    if subs:
        return subs[0]
    h = tok.head
    for _ in range(6):
        subs = [c for c in children_of(h) if c.dep_ in _SUBJ]
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
        self._head_forms: dict[int, frozenset[str]] = {}
        self._genders: dict[str, str] = {}  # a person's surname -> "m"/"f", from the pronouns resolved to them so far
        sent_of = {}
        self.sents = list(doc.sents)
        for si, s in enumerate(self.sents):
            for t in s:
                sent_of[t.i] = si
        self._names = [i for i, m in enumerate(mentions) if m.kind == "name"]
        counts: dict[str, int] = {}
        for m in mentions:
            if m.kind == "name":
                counts[_fold(m.name)] = counts.get(_fold(m.name), 0) + 1
        head2 = doc._.tkg_head2mention or {}
        # the effective type of a name: the NER's, or (when it said MISC) what descriptions resolved to it say
        self.eff: dict[str, str] = {}
        votes: dict[str, Counter] = {}
        for m in mentions:
            if m.kind == "name":
                # a name introduced with its class ("woningcorporatie Lingesteyn Wonen") outvotes the NER
                votes.setdefault(_fold(m.name), Counter())[m.type] += 3 if m.klass and class_type(m.klass.split()[-1]) == m.type else 1
        for key, v in votes.items():
            t, n = v.most_common(1)[0]
            if t != "MISC" and 2 * n >= sum(v.values()):
                self.eff[key] = t
        # a name that heads lowercase compounds ("AI-modellen", "AI-gegenereerde") names a concept or technology
        for t in doc:
            if "-" in t.text and not t.text.endswith("-"):
                first, rest = t.text.split("-", 1)
                if first[:1].isupper() and rest[:1].islower() and len(rest) > 3 and not role_of(rest) and not class_type(rest):
                    key = _fold(first)
                    if key in votes and self.eff.get(key) != "PERSON":
                        self.eff[key] = "CONCEPT"
        # the classes a name was introduced with, by its first word ("Alpenza" <- "Zwitserse ploeg Alpenza Racing")
        self.klasses: dict[str, str] = {}
        for m in mentions:
            if m.kind == "name" and m.klass and m.name.strip():
                key = _fold(m.name).split()[0]
                self.klasses[key] = f"{self.klasses.get(key, '')} {m.klass}"
        # characters inside quotation marks: a speaker outside a quote is not named inside it
        from .quotes import find_quotes

        self.quoted = [(a, b) for a, b in find_quotes(doc.text)]
        for idx, m in enumerate(mentions):
            if m.kind == "pronoun" and m.name in SPEAKER_PRONOUNS:
                continue  # below, once the speaker's own description ("van de zorgverzekeraar") is resolved
            if m.kind == "pronoun":
                m.antecedent = self._pronoun(doc, mentions, idx, sent_of, counts, head2)
                tok = doc[m.head]
                if m.antecedent is None and (tok.lower_ in ("hun", "hen") or tok.lower_ in ("ze", "zij") and tok.head.morph.get("Number") == ["Plur"]):
                    # "Philips en Siemens gaan samenwerken. Ze ...": the subjects just coordinated
                    m.members = self._coordination(doc, mentions, idx, sent_of, head2, {"ORG", "PERSON", "GPE", "MISC"}, window=1, subjects=True)
                if m.antecedent is not None and (g := _gender(doc[m.head])):
                    self._genders.setdefault(self._person_key(mentions, m.antecedent), g)
            elif m.kind == "description" and (members := self._group(doc, mentions, idx, sent_of, head2)):
                m.members = members
            elif m.kind == "description" and (titled := self._title_of_next_name(doc, mentions, idx)) is not None:
                m.antecedent = titled  # "officier van justitie Linda Meijerink": her title
            elif m.kind == "description":
                anchor = self._anchor(doc, mentions, idx, head2)
                m.predicative = anchor is not None
                m.antecedent = anchor if anchor is not None else self._description(doc, mentions, idx, sent_of, counts)
                if m.antecedent is not None and m.type in ("ORG", "PERSON", "WORK", "PRODUCT", "GPE"):
                    root, t = self._resolved_type(mentions, m.antecedent)
                    if t == "MISC" and root.kind == "name":
                        self.eff[_fold(root.name)] = m.type
        for idx, m in enumerate(mentions):
            if m.kind == "pronoun" and m.name in SPEAKER_PRONOUNS and self._in_quote(doc[m.head].idx):
                m.antecedent = self._speaker_pronoun(doc, mentions, idx, sent_of, head2)
        return doc

    @staticmethod
    def _title_of_next_name(doc, mentions, idx) -> int | None:
        """The name a bare title or class noun stands right before ("officier van justitie Linda Meijerink",
        "Supportersvereniging De Rode Leeuwen"), if any."""
        m = mentions[idx]
        head = doc[m.head]
        if any(c.dep_ == "det" for c in children_of(head)):
            return None
        role = m.name.lower() in ROLE_LABEL or role_of(head.text)
        types = {"PERSON"} if role else _COMPATIBLE.get(class_type(head.lemma_ or head.text) or "", set())
        return next((k for k in range(idx + 1, min(idx + 4, len(mentions))) if mentions[k].kind == "name"
                     and mentions[k].type in types and mentions[k].start == m.end), None)

    def _anchor(self, doc, mentions, idx, head2) -> int | None:
        """The earlier mention a predicative or appositive noun phrase describes: "Elif Yilmaz, een
        chemicus", "Mikkel is een slimme speler", "werd uitgeroepen tot beste speler". Such a phrase
        says what its anchor is; it is not another thing in the graph."""
        tok = doc[mentions[idx].head]
        if tok.morph.get("Number") == ["Plur"] and tok.dep_ != "appos":
            return None
        dets = [c.lower_ for c in children_of(tok) if c.dep_ == "det"]
        anchor: Token | None = None
        if tok.dep_ == "appos" and dets[:1] in ([], ["een"]):
            anchor = tok.head
        elif any(c.dep_ == "cop" for c in children_of(tok)) and dets[:1] in ([], ["een"]):
            from ._args import subjects

            subs, _ = subjects(tok)
            anchor = subs[0] if subs else None
            if anchor is not None and anchor.lower_ in ("die", "dat", "wie") and tok.dep_ == "acl:relcl":
                anchor = tok.head  # "Marieke van der Heijden, die voorzitter wordt van ...": she is the chair
        elif tok.dep_ in ("obl", "obl:arg", "xcomp") and case_of(tok) == "tot" and not dets and tok.head.pos_ == "VERB":
            # "X werd uitgeroepen tot beste speler", "benoemde Y tot directeur"
            args = [c for c in children_of(tok.head) if c.dep_ in ("obj", "nsubj:pass")]
            anchor = args[0] if args else None
        j = head2.get(anchor.i) if anchor is not None else None
        if j is None or j >= idx or mentions[j].kind == "pronoun" and mentions[j].antecedent is None:
            return None
        return j

    def _candidates(self, mentions, idx, sent_of, window=None, names_only=False):
        """Earlier mentions within ``window`` sentences, nearest first (only names: a sorted index, not a scan)."""
        m = mentions[idx]
        s = sent_of.get(m.head, 0)
        win = self.window if window is None else window
        order = self._names[:bisect_left(self._names, idx)][::-1] if names_only else range(idx - 1, -1, -1)
        for j in order:
            c = mentions[j]
            if c.kind == "pronoun" and (c.antecedent is None or c.name in SPEAKER_PRONOUNS):
                continue  # "we" in a quotation stands for the speaker's side, not for what comes next
            if c.end > m.start and c.kind != "pronoun":
                continue
            if s - sent_of.get(c.head, 0) > win:
                break
            yield j, c

    def _topic_since(self, doc, mentions, idx, sent_of, j, ctype) -> int | None:
        """A description of a generic class ("het bedrijf") after a sentence whose subject is another,
        unclassed name of its kind refers to that subject, not to the older name introduced with a
        compound of the class ("softwarebedrijf Valtora ... Planwise werd opgericht ... Het bedrijf")."""
        here = sent_of.get(mentions[idx].head, 0)
        older, _ = self._resolved_type(mentions, j)
        for k, c in self._candidates(mentions, idx, sent_of, window=1):
            if k <= j or sent_of.get(c.head, 0) != here - 1 or c.kind != "name" or c.klass:
                continue
            root, t = self._resolved_type(mentions, k)
            if root is not older and _true_dep(doc[c.head]) in ("nsubj", "nsubj:pass") and t == ctype:
                return k
        return None

    def _named_subject_between(self, doc, mentions, j, idx, ctype, tok) -> bool:
        """Is a name of the class's type the subject of another clause between mentions ``j`` and ``idx``?"""
        return any(mentions[k].kind == "name" and _true_dep(doc[mentions[k].head]) in _SUBJ and doc[mentions[k].head].head.i != tok.head.i
                   and self._resolved_type(mentions, k)[1] in _COMPATIBLE.get(ctype, {ctype}) - {"MISC"}
                   and self._resolved_type(mentions, k)[0] is not self._resolved_type(mentions, j)[0] for k in range(j + 1, idx))

    def _forms(self, doc, i: int) -> frozenset[str]:
        """The folded lemma and text of token ``i`` (asked for every earlier description a description is compared with)."""
        if i not in self._head_forms:
            t = doc[i]
            self._head_forms[i] = frozenset({_fold(t.lemma_ or ""), _fold(t.text)} - {""})
        return self._head_forms[i]

    def _in_quote(self, char: int) -> bool:
        return any(a <= char < b for a, b in getattr(self, "quoted", ()))

    def _quote_speaker(self, doc, mentions, tok, sent_of, head2):
        """The entity whose quotation ``tok`` stands in ('"Hij is een klimmer", zegt Imhof': *hij*
        is someone Imhof talks about, not Imhof)."""
        j = self._speaker_mention(doc, mentions, tok, sent_of, head2)
        return self._resolved_type(mentions, j)[0] if j is not None else None

    def _speaker_mention(self, doc, mentions, tok, sent_of, head2) -> int | None:
        """The mention that speaks the quotation ``tok`` stands in: the subject of the nearest verb of
        saying outside quotes, in the quotation's sentences or up to two before."""
        quote = next(((a, b) for a, b in self.quoted if a <= tok.idx < b), None)
        if quote is None:
            return None
        first, last = sent_of.get(tok.i, 0), sent_of.get(doc.char_span(quote[0], quote[1], alignment_mode="expand")[-1].i, 0)
        sents = self.sents
        for si in list(range(first, min(last, first + 3) + 1)) + [first - 1, first - 2]:
            if not 0 <= si < len(sents):
                continue
            for v in sents[si]:
                if v.pos_ not in ("VERB", "AUX") or self._in_quote(v.idx) or verb_lemma(v) not in SAY_VERBS:
                    continue
                subs = [c for c in children_of(v) if c.dep_ in _SUBJ and not self._in_quote(c.idx)]
                # '..., zegt topvrouw Marieke van Dalen': a name right after the verb
                heads = [c.i for c in subs] or list(range(v.i + 1, min(v.i + 5, sents[si].end)))
                j = next((head2[k] for k in heads if head2.get(k) is not None), None)
                if j is not None and j < len(mentions):
                    return j
        return None

    def _speaker_pronoun(self, doc, mentions, idx, sent_of, head2) -> int | None:
        """"ik" in a quotation is its speaker; "we" is the organisation the speaker speaks for: the
        speaker itself if it is one, else the organisation named with the speaker anywhere in the
        text ("een woordvoerder van de zorgverzekeraar", "Imhof, de teammanager van Alpenza",
        "FNV-bestuurder Mulder"), else the organisation that was a subject just before the quotation."""
        tok = doc[mentions[idx].head]
        j = self._speaker_mention(doc, mentions, tok, sent_of, head2)
        if j is None:
            return None
        if tok.lower_ not in FIRST_PLURAL:
            return j  # "ik"
        root, t = self._resolved_type(mentions, j)
        if t in _ORGISH | {"GPE"}:
            return j if mentions[j].kind == "name" or root.kind == "name" else None  # an organisation that speaks
        for k in [j] + [k for k in range(len(mentions)) if k != j and mentions[k].kind != "pronoun"
                        and self._resolved_type(mentions, k)[0] is root]:
            org = self._org_named_with(doc, mentions, k, head2)
            if org is not None:
                return org
        here = sent_of.get(tok.i, 0)
        near = [k for k in self._names if sent_of.get(mentions[k].head, 0) in (here, here - 1, here - 2)
                and mentions[k].head < tok.i and not self._in_quote(doc[mentions[k].head].idx)
                and self._resolved_type(mentions, k)[1] in _ORGISH]
        subjects = [k for k in near if _true_dep(doc[mentions[k].head]) in _SUBJ]
        return (subjects or near or [None])[-1]

    def _org_named_with(self, doc, mentions, k, head2) -> int | None:
        """The organisation (or place) a person's mention names with them: "van"/"bij" on the name,
        its role noun or its apposition, or the first part of a hyphenated role ("FNV-bestuurder")."""
        m = mentions[k]
        toks = [doc[m.head]] + ([doc[m.role_token]] if m.role_token is not None else [])
        if doc[m.head].dep_ == "appos":
            toks.append(doc[m.head].head)
        toks += [c for t in list(toks) for c in children_of(t) if c.dep_ == "appos"]
        for t in toks:
            for c in children_of(t):
                o = head2.get(c.i)
                o = next((n for n in self._names if mentions[n].klass_token == c.i), o)  # "van zorgverzekeraar Zorgkring"
                # of a role noun ("de teammanager van Alpenza") whatever the NER made of it, else what is no person
                if c.dep_ == "nmod" and case_of(c) in ("van", "bij") and o is not None and o != k and (
                        role_of(t.text) and mentions[o].kind == "name" or self._resolved_type(mentions, o)[1] not in _PERSONISH | {""}):
                    return o
            prefix, _, rest = t.text.rpartition("-")
            if prefix and rest and role_of(rest):
                key = _fold(prefix)
                got = next((n for n in self._names if _fold(mentions[n].name).split()[:1] == [key]), None)
                if got is not None:
                    return got
        return None

    def _resolved_type(self, mentions, j):
        c = mentions[j]
        seen = 0
        while c.antecedent is not None and seen < 10:
            c = mentions[c.antecedent]
            seen += 1
        if c.kind == "name":
            return c, getattr(self, "eff", {}).get(_fold(c.name), c.type)
        return c, c.type

    def _group(self, doc, mentions, idx, sent_of, head2) -> list[int]:
        """"A en B gaan fuseren. De twee ziekenhuizen ...", "beide partijen": a plural description that
        counts the names just coordinated (in its own or the two sentences before) stands for them all."""
        tok = doc[mentions[idx].head]
        kids = children_of(tok)
        count = 2 if any(c.lower_ in ("beide", "allebei") for c in kids) else next(
            (NUMBER_WORDS[c.lower_] for c in kids if c.dep_ == "nummod" and c.lower_ in NUMBER_WORDS), 0)
        if count < 2 or tok.morph.get("Number") != ["Plur"]:
            return []
        for j, c in self._candidates(mentions, idx, sent_of):
            if c.members and len(c.members) == count and _same_head(self._forms(doc, c.head), {_fold(tok.lemma_ or tok.text), _fold(tok.text)}, False):
                return c.members  # "beide ziekenhuizen" after "de twee ziekenhuizen"
        allowed = _COMPATIBLE.get(class_type(tok.lemma_ or tok.text) or "", {"ORG", "PERSON", "GPE", "MISC"})
        return self._coordination(doc, mentions, idx, sent_of, head2, allowed, count, window=2)

    def _coordination(self, doc, mentions, idx, sent_of, head2, allowed, count=0, window=2, subjects=False) -> list[int]:
        """The names coordinated nearest before mention ``idx`` ("A en B"), ``count`` of them if given."""
        for j, c in self._candidates(mentions, idx, sent_of, window=window, names_only=True):
            if subjects and _true_dep(doc[c.head]) not in _SUBJ:
                continue
            conjuncts = [head2.get(t.i) for t in expand_conj(doc[c.head])]
            if len(conjuncts) == (count or max(2, len(conjuncts))) and conjuncts[0] == j and all(
                    k is not None and mentions[k].kind == "name" and self._resolved_type(mentions, k)[1] in allowed for k in conjuncts):
                return conjuncts
        return []

    def _person_key(self, mentions, j) -> str:
        root = self._resolved_type(mentions, j)[0]
        return _fold(root.name).split()[-1] if root.kind == "name" and root.name.strip() else str(id(root))

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
            if tok.dep_ == "nsubj" and tok.head.pos_ == "NOUN" and any(c.dep_ == "cop" for c in children_of(tok.head)):
                allowed = _THINGS - _ORGISH - {"MISC"}  # "Het is een mooie stap": said of a thing or an event, not of a name
        # possessive zijn/haar/hun: the subject of its own clause first (Netflix ... zijn eigen content)
        own_subj = _clause_subject(tok)
        own_ref = head2.get(own_subj.i) if own_subj is not None and own_subj.i != tok.i else None
        if low in ("zijn", "z'n", "haar", "hun") and own_ref is not None and own_ref != idx and (
                low != "hun" or doc[mentions[own_ref].head].morph.get("Number") == ["Plur"] and mentions[own_ref].kind != "name"):
            c, t = self._resolved_type(mentions, own_ref)
            if t in allowed and mentions[own_ref].kind != "pronoun" or (mentions[own_ref].kind == "pronoun" and mentions[own_ref].antecedent is not None):
                return own_ref
        verb_num = tok.head.morph.get("Number") if tok.dep_ in ("nsubj", "nsubj:pass") else []
        plural_pron = low in ("hun", "hen") or low in ("zij", "ze") and verb_num == ["Plur"]
        singular_pron = low in ("hij", "hem", "zijn", "z'n") or low in ("zij", "ze") and verb_num == ["Sing"]
        best, best_score = None, -1e9
        own_root = own_ref
        speaker = self._quote_speaker(doc, mentions, tok, sent_of, head2) if low not in ("het", "'t") else None
        for j, c in self._candidates(mentions, idx, sent_of):
            root, t = self._resolved_type(mentions, j)
            if root is speaker:
                continue  # in a quotation the speaker is "ik", never "hij"
            if t == "PERSON" and (g := _gender(tok)) and self._genders.get(self._person_key(mentions, j), g) != g:
                continue  # "Zij volgt Henk Oosterveld op, die vertrekt omdat hij ...": not the woman
            c_plural = doc[c.head].morph.get("Number") == ["Plur"] and c.kind != "name"
            if t not in allowed and not (c_plural and low in ("zij", "ze", "hun", "hen") and not singular_pron):
                continue  # plural "zij" and "hun" refer to any plural thing ("ziekenhuizen ... hun zorg")
            if low in ("het", "'t") and c.kind == "description" and (
                    c.type == "ROLE" or doc[c.head].morph.get("Gender") == ["Com"] or doc[c.head].morph.get("Number") == ["Plur"]):
                continue  # "het" takes a neuter singular noun ("het bedrijf"), never "de fabriek"
            if sent_of.get(c.head) == sent_of.get(m.head) and self._in_quote(doc[c.head].idx) and not self._in_quote(tok.idx):
                continue  # '"Samen met Melkhoeve ...", zei zij': not a name from the quote
            if plural_pron and not c_plural and not (low in ("hun", "hen") and t == "ORG"):
                continue
            if singular_pron and c_plural:
                continue
            if tok.dep_ in ("obj", "iobj", "obl", "nmod") and own_root is not None and root is self._resolved_type(mentions, own_root)[0]:
                continue  # an object pronoun is not its own clause's subject (that would be "zich")
            ctok = doc[c.head]
            if c.role_token is not None and ctok.head.i == c.role_token:
                ctok = doc[c.role_token]  # "bestuurder Marijke de Vries": the role noun carries the relation
            dist = sent_of.get(m.head, 0) - sent_of.get(c.head, 0)
            score = -2.0 * dist
            if _true_dep(ctok) in ("nsubj", "nsubj:pass"):
                score += 2.0
            elif ctok.dep_ in ("obj",):
                score += 1.5
            elif ctok.dep_ in ("nmod", "amod", "compound", "flat"):
                score -= 1.5
            if root.kind == "name":
                score += 1.0 + 0.3 * min(counts.get(_fold(root.name), 0), 5)
            if tok.dep_ == ctok.dep_:
                score += 0.5
            if low in ("zij", "ze", "haar") and singular_pron and t == "PERSON":
                # '"...", zei ze': a woman speaks; an organisation says it with "het" or its name
                score += 3.0 if tok.dep_ == "nsubj" and verb_lemma(tok.head) in SAY_VERBS else 1.0
            if dist == 0 and tok.dep_ in ("obj", "iobj") and ctok.dep_ in _SUBJ and own_subj is not None and ctok.i == own_subj.i:
                continue
            if score > best_score:
                best, best_score = j, score
        return best

    def _description(self, doc, mentions, idx, sent_of, counts) -> int | None:
        m = mentions[idx]
        tok = doc[m.head]
        dets = [c.lower_ for c in children_of(tok) if c.dep_ == "det"]
        head_key = _fold(tok.lemma_ or tok.text)
        if not dets and tok.morph.get("Number") == ["Plur"] and not any(
                c.dep_ in ("amod", "nmod", "compound", "nummod", "nmod:poss", "acl", "acl:relcl") for c in children_of(tok)):
            # a bare plural repeating an earlier head noun ("effecten" <- "visuele effecten")
            for compound in (False, True):
                for j, c in self._candidates(mentions, idx, sent_of, window=20):
                    if c.kind == "description" and _same_head(self._forms(doc, c.head), {head_key, _fold(tok.text)}, compound=compound):
                        return j
            return None
        if not dets or dets[0] not in ("de", "het", "deze", "dit", "die", "dat"):
            return None
        if (tok.lemma_ or tok.lower_).lower() in RESULT_NOUNS and tok.morph.get("Number") != ["Plur"]:
            # "het resultaat": the most recent thing made or done (object of a verb of making)
            for j, c in self._candidates(mentions, idx, sent_of, window=3):
                ct = doc[c.head]
                if ct.dep_ == "obj" and ct.head.pos_ == "VERB" and normalise(verb_lemma(ct.head)).id in ("produces", "develops"):
                    return j
        mods = [c for c in children_of(tok) if c.dep_ in ("nmod", "acl", "acl:relcl", "compound")
                and not (c.dep_ == "acl:relcl" and c.left_edge.i > 0 and ","  in (doc[c.left_edge.i].text, doc[c.left_edge.i - 1].text))  # ", die ...": non-restrictive
                and not (c.dep_ == "nmod" and case_of(c) in ("uit", "in") and c.pos_ == "PROPN")  # "de club uit Rotterdam"
                and not (c.lower_ in TIME_WORDS or c.pos_ in ("ADV", "NUM") or DAY_RE.match(c.lower_))]
        role = role_of(tok.text)
        ctype = class_type(tok.lemma_ or tok.lower_) or class_type(tok.lower_)
        aged = any(c.dep_ == "amod" and AGE_ADJECTIVE.match(c.lower_) for c in children_of(tok))
        if role or aged or tok.lower_ in DEMONYM_NOUNS:
            ctype = "PERSON"  # "de topman", "de 24-jarige", "de Nederlander"
        # same head noun as an earlier description ("de scène" <- "zijn eerste AI-gegenereerde scène"),
        # also as the head of its compound ("het verbod" <- "het beregeningsverbod"), unless the noun is
        # a class noun, which refers to many things ("het plan", "het bedrijf")
        keys = {head_key, _fold(tok.text)}
        number = tok.morph.get("Number")
        for compound in (False, ctype is None):  # the same word first
            for j, c in self._candidates(mentions, idx, sent_of, window=6):
                if c.kind == "description" and _same_head(self._forms(doc, c.head), keys, compound=compound) \
                        and not (number and doc[c.head].morph.get("Number") not in ([], number)):
                    if ctype and self._named_subject_between(doc, mentions, j, idx, ctype, tok):
                        break  # "Als Veltacom tekortschiet, kan de ATN het bedrijf beboeten": the newer topic
                    return j  # (of the same number: "het bedrijf" is not "beide bedrijven")
        if tok.morph.get("Number") == ["Plur"] and tok.lower_ not in CLASS_NOUNS and not aged:
            return None  # "de winkels" are not one named thing ("keten" may be tagged a plural of "ket";
            # "de 46-jarige Fries" is one person, whatever the tagger says)
        if tok.lower_ in NON_ANAPHORIC or head_key in NON_ANAPHORIC:
            # "het kabinet", "de rechtbank" name an institution of their own: the one the article names
            # after its place ("politie Oost-Nederland"), wherever it does so, if it names one
            named = {_fold(c.name): j for j, c in enumerate(mentions) if c.kind == "name" and _fold(c.name).startswith(head_key + " ")}
            return next(iter(named.values())) if len(named) == 1 and not mods else None
        # the class noun a name was introduced with ("Vakbond FNV" ... "de bond",
        # "Zuivelconcern Frieslandia" ... "het concern")
        own_countries = {demonym_country(c.text) for c in children_of(tok) if c.dep_ == "amod"} - {None}
        if len(head_key) >= 4:
            for j, c in self._candidates(mentions, idx, sent_of, window=40, names_only=True):
                if c.klass:
                    k = _fold(c.klass.split()[-1])
                    countries = {demonym_country(w) for w in c.klass.split()} - {None}
                    if own_countries and own_countries != countries:
                        continue  # "het Zweedse bedrijf" is not "het Nederlandse energiebedrijf Eneco"
                    if any(k == key or k.endswith(key) for key in keys):
                        return self._topic_since(doc, mentions, idx, sent_of, j, ctype) or j
        if ctype is None or mods and not role:
            return None
        # the class noun is part of a name ("het ziekenhuis" <- "Rijnoever Ziekenhuis", "de universiteit" <- "Universiteit Gent")
        named = [j for j, c in self._candidates(mentions, idx, sent_of, window=40, names_only=True)
                 if len(c.name.split()) > 1 and any(w == head_key or len(head_key) >= 5 and w.endswith(head_key)
                                                    for w in map(_fold, c.name.split()))
                 or len(head_key) >= 5 and _fold(c.name).endswith(head_key) and _fold(c.name) != head_key]
        if named:  # also a compound name ending in the noun: "het museum" <- "Rijksmuseum"
            # of two hospitals, the one the article is about (a subject before) rather than the nearest
            subjects = {id(self._resolved_type(mentions, k)[0]) for k in range(idx)
                        if mentions[k].kind != "pronoun" and _true_dep(doc[mentions[k].head]) in _SUBJ}
            return next((j for j in named if id(self._resolved_type(mentions, j)[0]) in subjects), named[0])
        # a compound class noun whose first part starts a name: "de consumentenorganisatie" <- "Consumentenbond"
        prefix = next((head_key[:-len(n)] for n in CLASS_SUFFIXES if head_key.endswith(n) and len(head_key) - len(n) >= 5), None)
        if prefix:
            for j, c in self._candidates(mentions, idx, sent_of, window=40, names_only=True):
                if _fold(c.name).startswith(prefix):
                    return j
        if "-" in tok.text and tok.text.split("-")[0][:1].isupper():
            # "het VFX-team", "de Bright-app": a named sub-unit or product, unless its prefix is the
            # antecedent's name ("de Netflix-topman")
            prefix = _fold(tok.text.split("-")[0])
            for j, c in self._candidates(mentions, idx, sent_of, window=12):
                root, _ = self._resolved_type(mentions, j)
                if root.kind == "name" and _fold(root.name).split()[-1:] == [prefix]:
                    return j
            return None
        # a head noun that an earlier, resolved description contains ("de supermarkt" <- "de supermarktketen")
        for j, c in self._candidates(mentions, idx, sent_of, window=12):
            if c.kind != "description" or c.antecedent is None or len(head_key) < 4:
                continue
            for other in {_fold(doc[c.head].lemma_ or ""), _fold(doc[c.head].text)}:
                if other and head_key != other and (other.startswith(head_key) or other.endswith(head_key)):
                    return j
        if role:
            # "de minister" is the person introduced with that role ("Minister van X Sanne Visser")
            for j, c in self._candidates(mentions, idx, sent_of, window=40):
                root, t = self._resolved_type(mentions, j)
                if root.kind == "name" and t == "PERSON" and role in (root.role, c.role):
                    return j
        # an object description is not its own clause's subject ("Volvo wil de technologie gebruiken",
        # "het bedrijf steekt geld in het team")
        own_root = None
        if tok.dep_ in ("obj", "iobj", "obl", "obl:arg", "nmod"):
            subj = _clause_subject(tok)
            head2 = doc._.tkg_head2mention or {}
            if subj is not None and head2.get(subj.i) is not None and head2[subj.i] < idx:
                own_root = self._resolved_type(mentions, head2[subj.i])[0]
        best, best_score = None, -1e9
        fallback = None
        company = any(head_key.endswith(n) for n in COMPANY_NOUNS)
        for j, c in self._candidates(mentions, idx, sent_of, window=12):
            root, t = self._resolved_type(mentions, j)
            if own_root is not None and root is own_root:
                continue
            if ctype == "CONCEPT" and sent_of.get(m.head, 0) - sent_of.get(c.head, 0) > 4:
                continue  # "de technologie": concept anaphora is local
            if root.kind == "name" and ctype == "ORG" and t == "PERSON" and not root.role and len(root.name.split()) > 1 and fallback is None:
                fallback = j  # the NER may call a two-word company a person ("Albert Heijn")
            if root.kind != "name" or t not in _COMPATIBLE.get(ctype, {ctype}):
                continue
            # the nationality the name was introduced with, also under a longer form ("Alpenza" <- "Zwitserse ploeg Alpenza Racing")
            klasses = self.klasses.get(_fold(root.name).split()[0], "") if root.name.strip() else ""
            theirs = {demonym_country(w[:1].upper() + w[1:]) for w in f"{klasses} {c.klass} {root.name}".split()} - {None}
            if own_countries and theirs - own_countries:
                continue  # a description with another nationality
            if company and ({_fold(w) for w in f"{klasses} {c.klass} {root.name}".split()} & PUBLIC_BODIES):
                continue  # "het bedrijf" is no municipality, province or ministry
            if ctype == "PERSON" and role and root.role == "" and c.role == "":
                score = -1.0
            elif ctype == "PERSON" and role and role in (root.role, c.role):
                score = 4.0  # "de minister" <- "Minister van Infrastructuur Sanne Visser"
            else:
                score = 1.0
            score += 0.8 * min(counts.get(_fold(root.name), 0), 6) - 0.3 * (sent_of.get(m.head, 0) - sent_of.get(c.head, 0))
            if _true_dep(doc[c.head]) in ("nsubj", "nsubj:pass"):
                score += 1.0
                if sent_of.get(m.head, 0) - sent_of.get(c.head, 0) <= 1:
                    score += 1.5  # the subject of the previous sentence is the likeliest topic
            if ctype == "CONCEPT" and t == "ORG":
                if len(root.name.split()) > 1:
                    continue  # "de technologie" is not "TU Delft"
                score -= 2.5  # and rarely a company; but the NER may call "AI" one
            if t == ctype:
                score += 2.0  # the name is known to be of the description's class (not just MISC)
            if own_countries and theirs == own_countries:
                score += 3.0  # "de Zwitserse formatie" <- "de Zwitserse ploeg Alpenza"
            if len(os.path.commonprefix([_fold(root.name), head_key])) >= 6:
                score += 3.0  # "de consumentenorganisatie" <- "Consumentenbond": the compound shares the name's stem
            if score > best_score:
                best, best_score = j, score
        return best if best is not None else fallback


@Language.factory("textkg_coref", assigns=["doc._.tkg_mentions"], requires=["doc._.tkg_mentions"],
                  default_config={"window": 4})
def make_coref_resolver(nlp: Language, name: str, window: int) -> CorefResolver:
    """Factory of :class:`CorefResolver` (``textkg_coref``). window (int): sentences searched back."""
    return CorefResolver(nlp, name, window)
