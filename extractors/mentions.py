"""Mention detection: names (NER + proper-noun runs), noun-phrase concepts and pronouns.

Writes ``Doc._.tkg_mentions`` (a list of :class:`MentionSpan`) and ``Doc._.tkg_head2mention``
(token index -> mention index, for every token of a name and the head of every other mention).
MISC names are typed by rule: a name with digits is a PRODUCT, a name after a work noun
("de serie X") is a WORK, a capitalised demonym adjective ("Argentijnse") names its country.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ._args import case_of, children_of, count_of, known_word, sentence_of
from ._ext import MentionSpan
from ._lexicon import (
    AGE_ADJECTIVE, DAY_RE, DEMONYM_NOUNS, ORG_ROLE_LABEL, ROLE_LABEL, TIME_WORDS, CLASS_NOUNS, DETERMINERS, LIGHT_NOUNS, PERSON_PRONOUNS, SPEAKER_PRONOUNS, noun_complement, WORK_NOUNS, COUNTRY_NAMES, PLACE_INSTITUTIONS, class_type, demonym_country, org_shaped, role_of, title_type,
)

from .predicates import LIGHT_VERBS, SUPPORT_NOUNS

__all__ = ["MentionDetector", "make_mention_detector", "strip_possessive", "abbreviates"]

_NER_TYPES = {"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "LOC": "GPE", "GPE": "GPE", "MISC": "MISC",
              "PRODUCT": "PRODUCT", "WORK_OF_ART": "WORK", "EVENT": "EVENT", "NORP": "MISC", "FAC": "LOC"}
_NOMINAL_DEPS = {"advcl", "nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "obl:arg", "nmod", "appos", "conj",
                 "root", "ROOT", "orphan", "dislocated", "vocative", "parataxis", "xcomp", "csubj", "list", "dep"}
_LEFT_DEPS = {"det", "amod", "compound", "nummod", "nmod:poss", "flat", "advmod", "fixed"}
_RIGHT_DEPS = {"flat", "compound", "fixed", "nmod"}
MEASURE_WORDS = frozenset(
    "keer maal procent procentpunt kilometer km meter m centimeter kilo kilogram kg gram ton liter euro dollar "
    "dollars cent pond uur uren minuut minuten seconde seconden graden megawatt gigawatt miljoen miljard miljoenen "
    "miljarden duizenden honderden".split())
_PLACE_PREPS = ("in", "uit", "naar", "vanuit", "tussen")
_MODEL_NUMBER = re.compile(r"^[A-Z]{1,3}\d{1,4}$")  # "X2", "A320", "M3"
_ATTRIBUTIVE_PARTICIPLE = re.compile(r"-ge[a-zà-ÿ]{2,}[dt]e$")  # "AI-gegenereerde", "door-gestuurde"
_LAW_NAME_RE = re.compile(r"^(Wet|Wetboek|Verdrag|Richtlijn|Verordening|Grondwet|Akkoord)( |$)")
_POSS_RE = re.compile(r"(?:['’]s|['’])$")
_EVENT_RE = re.compile(r"(?i)(spelen|kampioenschap|festival|beurs|top|conferentie|verkiezingen|oorlog|cup|awards?)$")
_ROLE_PLURAL_RE = re.compile(
    r"(?i)(eurs|isten|aars|eerders|ici|ianen|makers|lieden|mensen|ouders|telers|nemers|gevers|houders|spelers|werkers|"
    r"rijders|leiders|kopers|bezitters|bewoners|burgers|boeren|artsen|leraren|docenten|studenten|kinderen|vrouwen|mannen|"
    r"ders|sters)$")


def taken_before(doc: Doc, i: int) -> bool:
    """Is token i already part of an entity the NER found (so not free to join another name)?"""
    return doc[i].ent_iob_ != "O" and doc[i].ent_type_ not in ("MISC", "ORG", "PER", "PERSON")


_NAME_PARTICLES = frozenset("van de der den te ter ten von le la du da di el al ben bin".split())


def _person_name_shaped(name: str) -> bool:
    """"Marieke van Dalen", "Anouk ter Beek": a word that is no Dutch word, name particles and a
    capitalised surname make a person's name whatever the NER called it ("Raad van State" starts
    with a word, "Van der Heijden Koeltechniek" with a particle)."""
    toks = name.split()
    return len(toks) >= 3 and toks[0][:1].isupper() and toks[0].isalpha() and not known_word(toks[0].lower()) \
        and all(w in _NAME_PARTICLES for w in toks[1:-1]) and toks[-1][:1].isupper() and not org_shaped(name) \
        and toks[-1].lower() not in CLASS_NOUNS


def m_type_is_person(type_: str, doc: Doc, start: int) -> bool:
    """Lowercase particles ("Dennis te Kloese") only continue person names."""
    return type_ in ("PERSON", "MISC") and doc[start].pos_ == "PROPN"


_IMPERATIVES = frozenset("lees bekijk kijk volg download abonneer deel ontdek luister klik meld probeer word "
                         "schrijf bestel reageer stuur".split())


def _verb_form(w: str) -> bool:
    from ._args import _lookup

    if w in _IMPERATIVES:  # news-site boilerplate: "Lees meer over ...", "Volg ons op ..."
        return True
    lemma = _lookup().get(w, "")
    return lemma != w and lemma.endswith("en") and len(lemma) > len(w)


# institutions whose class noun is part of the name ("Universiteit Gent", "Gemeente Utrecht")
_NAME_CLASS_NOUNS = frozenset("universiteit hogeschool ziekenhuis ministerie gemeente provincie stichting vereniging "
                              "instituut museum rechtbank bank fonds hof raad".split())


def _group_of_people(t: Token) -> bool:
    """A plural noun naming people by their role or activity ("onderzoekers", "aandeelhouders")."""
    if t.morph.get("Number") != ["Plur"]:
        return False
    low = t.lower_
    return bool(_ROLE_PLURAL_RE.search(low)) or bool(role_of(t.lemma_ or "")) or low.endswith("ers") and bool(role_of(low[:-1]))


def clause_initial(doc: Doc, i: int) -> bool:
    """Does token i open a sentence or clause (after a paragraph break, quote mark or comma)?"""
    return i == 0 or doc[i].is_sent_start or doc[i - 1].is_space or doc[i - 1].is_punct and doc[i - 1].text not in ("-", "&")


def _extend_to_institution_of_place(doc: Doc, m: MentionSpan, prev: Token) -> bool:
    """Extend m over the class noun before it when that names an institution after its place: "de gemeente
    Deventer" is the municipality, an organisation beside the town it governs."""
    if prev.lower_ not in PLACE_INSTITUTIONS or prev.i != m.start - 1 or m.type not in ("GPE", "LOC", "ORG", "MISC", "PERSON", "CONCEPT"):
        return False
    m.start, m.text, m.name, m.type = prev.i, doc[prev.i:m.end].text, f"{prev.lower_} {m.name}", "ORG"
    return True


def _place_adjective(doc: Doc, i: int) -> bool:
    """"het Utrechtse Datalink": a capitalised adjective of a place after an article, before a name."""
    t = doc[i]
    return t.text[:1].isupper() and t.lower_.endswith("se") and len(t) >= 6 and i > 0 and doc[i - 1].lower_ in ("het", "de") \
        and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()


def _title_noun(doc: Doc, i: int) -> bool:
    """Is token i a capitalised common noun that opens a clause and stands before a name as its title?

    "Autofabrikant Volvo" (a class noun), "Batterij-expert Jan de Groot" (a compound noun),
    "Kamerlid Ruud Hendriks" (a noun with a common-noun lemma); not "Universiteit Gent" (a name
    made with an institution noun) and not a title after a determiner ("de Universiteit Twente").
    """
    t, nxt = doc[i], doc[i + 1]
    if not (t.text[:1].isupper() and not t.text.isupper() and nxt.text[:1].isupper()):
        return False
    if not clause_initial(doc, i):
        return False
    low = t.lower_
    if low in _NAME_CLASS_NOUNS or demonym_country(t.text) or t.pos_ not in ("NOUN", "PROPN"):
        return False
    if class_type(low) and class_type(low) != "PERSON":
        return True
    tail = t.text.rsplit("-", 1)[-1]
    if "-" in t.text and tail[:1].islower() and len(tail) > 2:
        return True  # "Batterij-expert", "FNV-woordvoerder"
    if t.pos_ == "PROPN":
        # a sentence-initial common noun the tagger took for a name because of its capital ("Concurrent
        # Kroonwiel", "Buurtbewoonster Fatima el Amrani"), where the NER did not make it part of the name
        in_name = t.ent_iob_ == "B" and nxt.ent_iob_ == "I"
        return _sentence_initial(t) and not in_name and len(t.text) > 3 and t.text[1:].islower() and _common_noun_word(low)
    return t.pos_ == "NOUN" and bool(t.lemma_) and t.lemma_ == t.lemma_.lower() and len(t.text) > 3


def _common_noun_word(w: str) -> bool:
    """A word the lexicon knows, or a compound of two known words ("buurt|bewoonster", "supporters|vereniging")."""
    if known_word(w) or role_of(w):
        return True
    return any(known_word(w[:k]) and known_word(w[k:]) for k in range(3, len(w) - 4))


def abbreviates(short: str, name: str) -> bool:
    """Is ``short`` an acronym of ``name``: its capitals in order, initials of the name's capitalised
    words ("ACM" of "Autoriteit Consument & Markt", "CBS" of "Centraal Bureau voor de Statistiek")?"""
    letters = [c for c in short if c.isalnum()]
    initials = [w[0] for w in name.split() if w[:1].isupper() or w[:1].isdigit()]
    return len(letters) >= 2 and short.isupper() and "".join(letters) == "".join(initials).upper()




def strip_possessive(text: str) -> str:
    """'Google’s' -> 'Google', 'Kahns' stays (ambiguous), 'Netflix’' -> 'Netflix'."""
    return _POSS_RE.sub("", text).strip()


def _sentence_initial(t: Token) -> bool:
    """The first word of its sentence, also after an opening quote or dash ('"Ziekenhuizen bepalen ...')."""
    doc, i = t.doc, t.i
    while i > 0 and not doc[i].is_sent_start:  # walk back over punctuation only (t.sent is costly)
        if not (doc[i - 1].is_punct or doc[i - 1].is_space):
            return False
        i -= 1
    return True


def _unknown_capitalised(doc: Doc, t: Token) -> bool:
    """A capitalised word the tagger called a common noun that the lexicon does not know ("Hemmes"),
    and that does not open a real sentence (the parser may break one after a title noun)."""
    if not (t.pos_ == "NOUN" and t.text[:1].isupper() and t.text[1:].islower() and "-" not in t.text) or known_word(t.lower_):
        return False
    return not (t.i == 0 or _sentence_initial(t) and (t.i > sentence_of(t).start or doc[t.i - 1].is_punct or doc[t.i - 1].is_space))


def _capitalised_common_noun(t: Token) -> bool:
    """A sentence-initial word the tagger reads as a plural common noun with a lowercase lemma."""
    return _sentence_initial(t) and t.pos_ == "NOUN" and t.morph.get("Number") == ["Plur"] and t.lemma_[:1].islower() \
        and t.text[1:].islower()


_MINISTERS = ("minister", "staatssecretaris")


def _join_coordinated_names(doc: Doc, mentions: list[MentionSpan]) -> list[MentionSpan]:
    """"de tentoonstelling IJs en Licht", "waterschap Rijn en IJssel": after a singular class noun, two
    names joined by "en" are one name ("de gemeenten Arnhem en Nijmegen" are two); so are two names
    joined by a truncated word ("Midden- en West-Brabant")."""
    by_start = {m.start: m for m in mentions if m.kind == "name"}
    by_end = {m.end: m for m in mentions if m.kind == "name"}
    alone = Counter(m.name for m in by_start.values() if not (
        m.end < len(doc) and doc[m.end].lower_ == "en" and m.end + 1 in by_start
        or m.start > 1 and doc[m.start - 1].lower_ == "en" and m.start - 1 in by_end))
    drop = set()
    for m in sorted(by_start.values(), key=lambda x: x.start):
        nxt = by_start.get(m.end + 1)
        if nxt is not None and id(m) not in drop and doc[m.end - 1].text.endswith("-") and doc[m.end].lower_ in ("en", "of"):
            # "Veiligheidsregio Midden- en West-Brabant": a truncated word is always completed inside the name
            m.end, m.text = nxt.end, doc[m.start: nxt.end].text
            m.name, m.type = m.text, m.type if m.klass else nxt.type
            drop.add(id(nxt))
            continue
        # the class noun: the name's title, its own first word ("Waterschap Rijn"), or the word before it
        k = m.klass_token if m.klass_token == m.start - 1 else next(
            (i for i in (m.start, m.start - 1) if i >= 0 and doc[i].text[:1].isupper() and class_type(doc[i].lower_)), None)
        if nxt is None or id(m) in drop or k is None or doc[m.end].lower_ != "en" or nxt.klass \
                or doc[k].morph.get("Number") == ["Plur"] or title_type(doc[k].lower_) in ("PERSON", "GPE") \
                or role_of(doc[k].text) or nxt.end - nxt.start > 2 or alone[m.name] or alone[nxt.name]:
            continue  # (a name that also stands alone is a thing of its own: "het bedrijf Siemens en Philips")
        verb = doc[k]
        while verb.dep_ in ("flat", "appos", "compound", "nmod", "conj") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ in ("nsubj", "nsubj:pass") and "Plur" in verb.head.morph.get("Number"):
            continue  # "Het Duitse bedrijf Siemens en Philips werken samen": two subjects
        if k == m.start - 1 and doc[k].text[:1].isupper() and not clause_initial(doc, k):
            m.start = k  # "van Waterschap Rijn en IJssel": a capitalised class word inside a sentence is part of the name
        m.end, m.text = nxt.end, doc[m.start: nxt.end].text
        m.name = m.text
        m.type = title_type(doc[k].lower_) or m.type
        drop.add(id(nxt))
    return [m for m in mentions if id(m) not in drop]


def _join_portfolios(doc: Doc, mentions: list[MentionSpan]) -> list[MentionSpan]:
    """"minister van Onderwijs, Cultuur en Wetenschap": a ministry's portfolio is one name, not three
    (the NER may have found any of its words, or none: "Infrastructuur" is a common word)."""
    out = list(mentions)
    for v in doc:
        # the role noun comes just before "van", or before the person it introduces ("minister Karin Dijkhuizen van")
        if v.lower_ != "van" or v.i < 2 or v.i + 1 >= len(doc) or not doc[v.i + 1].text[:1].isupper() or not any(
                role_of(t.text) in _MINISTERS or t.lower_.startswith("ministerie") for t in doc[max(0, v.i - 6): v.i]):
            continue
        def words(k: int) -> int:  # past a run of capitalised words ("Economische Zaken")
            while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
                k += 1
            return k

        j = words(v.i + 1)
        while j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].text[:1].isupper():
            j = words(j + 1)
        if not (j + 1 < len(doc) and doc[j].lower_ == "en" and doc[j + 1].text[:1].isupper()):
            continue
        j = words(j + 1)
        if any(m.start <= v.i < m.end for m in out if m.kind == "name"):
            continue  # inside a name ("Vereniging van ...")
        out = [m for m in out if not (v.i < m.start and m.end <= j)]
        text = doc[v.i + 1:j].text
        out.append(MentionSpan(v.i + 1, j, v.i + 1, "name", "ORG", text, text))
    return out


class MentionDetector:
    """Find the mentions of a Doc: names, nominal concepts, pronouns."""

    def __init__(self, nlp: Language, name: str = "textkg_mentions", concepts: bool = True):
        self.name = name
        self.concepts = concepts

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[MentionSpan] = []
        taken = [False] * len(doc)
        for ent in doc.ents:
            if any(taken[k] for k in range(ent.start, ent.end)):
                continue  # already inside a name extended over it ("Buenos" + "Aires")
            if len(ent) == 1 and _capitalised_common_noun(ent[0]):
                continue  # "Acteurs en regisseurs ...": capitalised only because it starts the sentence
            m = self._name_mention(doc, ent.start, ent.end, _NER_TYPES.get(ent.label_, "MISC"))
            if m is not None:
                mentions.append(m)
                for i in range(m.start, m.end):
                    taken[i] = True
                if m.klass_token is not None and m.klass_token == m.start - 1:
                    taken[m.klass_token] = True  # the title noun is the name's class, not another name
        # proper-noun runs the NER missed (flat names, acronyms)
        # a person's surname, repeated alone ("Kamphuis" after "Jeroen Kamphuis"), is a name
        tails = {m.name.split()[-1] for m in mentions if m.kind == "name" and m.type == "PERSON" and len(m.name.split()) > 1}
        i = 0
        while i < len(doc):
            t = doc[i]
            if not taken[i] and (t.pos_ == "PROPN" or self._name_shaped(t) or _unknown_capitalised(doc, t) or t.text in tails) \
                    and t.text[:1].isalnum() \
                    and not role_of(t.text):
                j = i + 1
                while j < len(doc) and not taken[j] and ((doc[j].pos_ == "PROPN" or (
                        doc[j].like_num and doc[j].head.i in range(i, j + 1))) and doc[j].dep_ in ("flat", "compound", "nummod", "appos", "nmod")
                        or doc[j].pos_ == "PROPN" and doc[j - 1].pos_ == "PROPN" and doc[j].text[:1].isupper()
                        and doc[j - 1].text[:1].isupper() and doc[j - 1].whitespace_ and not doc[j].is_sent_start
                        and not DAY_RE.match(doc[j].lower_)):
                    j += 1  # two capitalised proper nouns side by side are one name ("Sanne Visser")
                if j == i + 1 and _sentence_initial(t) and t.ent_iob_ == "O" and known_word(t.lower_) and t.text not in tails:
                    i += 1  # a capitalised common word at the start of a sentence ("Merken als ...")
                    continue
                m = self._name_mention(doc, i, j, "MISC")
                if m is not None:
                    mentions.append(m)
                    for k in range(m.start, m.end):
                        taken[k] = True
                    if m.type == "PERSON" and len(m.name.split()) > 1:
                        tails.add(m.name.split()[-1])
                i = max(j, i + 1)
            else:
                i += 1
        # capitalised demonym adjectives ("Argentijnse") mention their country
        for t in doc:
            if not taken[t.i] and t.pos_ in ("ADJ", "PROPN") and demonym_country(t.text):
                mentions.append(MentionSpan(t.i, t.i + 1, t.i, "name", "GPE", t.text, demonym_country(t.text)))
                taken[t.i] = True
        if self.concepts:
            inside_clause: set[int] = set()
            truncated: dict[int, int] = {}
            for t in doc:
                # "film- en tv-makers": a truncated compound coordinated with a full one is one group
                if not taken[t.i] and t.text.endswith("-") and t.i + 2 < len(doc) and doc[t.i + 1].lower_ in ("en", "of") \
                        and doc[t.i + 2].pos_ in ("NOUN", "PROPN", "ADJ", "X") and not taken[t.i + 2]:
                    full = doc[t.i + 2]
                    m = MentionSpan(t.i, full.i + 1, full.i, "description", "ROLE" if _ROLE_PLURAL_RE.search(full.lower_) else "CONCEPT",
                                    doc[t.i: full.i + 1].text, doc[t.i: full.i + 1].text)
                    mentions.append(m)
                    for k in range(t.i, full.i + 1):
                        taken[k] = True
                    truncated[t.i] = len(mentions) - 1
                    continue
                if taken[t.i] or t.dep_ not in _NOMINAL_DEPS:
                    continue
                # a word tagged ADJ/X in an argument slot is nominal (unknown nouns get mis-tagged)
                if t.pos_ == "VERB" and t.dep_ in ("obj", "obl", "obl:arg", "nsubj", "nsubj:pass", "nmod") and any(
                        c.dep_ in ("det", "nmod:poss") for c in children_of(t)) and not any(c.dep_ in ("aux", "nsubj", "obj") for c in children_of(t)):
                    pass  # a noun tagged VERB ("voor hun omzet")
                elif t.pos_ not in ("NOUN", "PROPN") and not (
                        t.pos_ == "ADV" and t.dep_ in ("obj", "nsubj", "nsubj:pass") and any(c.dep_ == "det" for c in children_of(t))
                        and t.text.isalpha() and len(t.text) > 4) and not (  # "het datalek" tagged ADV
                        t.pos_ in ("ADJ", "X") and t.dep_ in ("obj", "nsubj", "nsubj:pass", "obl", "obl:arg", "iobj")
                        and t.morph.get("Degree") != ["Cmp"] and t.text.replace("’", "").replace("'", "").isalpha() and len(t.text) > 2
                        and (t.pos_ == "X" or any(c.dep_ in ("det", "amod", "nummod") for c in children_of(t))
                             or t.text[:1].isupper() and not demonym_country(t.text)
                             or len(t.text) > 7 and not known_word(t.lower_))):  # "maakt roostersoftware": an unknown compound
                    continue
                if t.dep_ == "conj" and t.head.pos_ not in ("NOUN", "PROPN"):
                    continue
                if t.i in inside_clause:
                    continue
                m = self._noun_mention(doc, t, taken)
                if m is not None:
                    mentions.append(m)
                    if m.end - m.start > 6 and (t.lemma_ or t.lower_).lower() in ("manier", "wijze"):
                        inside_clause.update(range(t.i + 1, m.end))
                        mentions[:] = [x for x in mentions if not (x.kind == "description" and m.start <= x.start and x.end <= m.end and x is not m)]
        for t in doc:
            if taken[t.i]:
                continue
            low = t.lower_
            if low in PERSON_PRONOUNS and t.pos_ in ("PRON", "DET") and t.dep_ not in ("det",) or low in SPEAKER_PRONOUNS and t.pos_ in ("PRON", "DET") or (
                    low in ("zijn", "haar", "hun", "z'n", "d'r") and t.dep_ in ("nmod:poss", "det") and t.pos_ != "AUX"):
                if low == "zijn" and t.pos_ in ("AUX", "VERB"):
                    continue
                if low in ("het", "'t") and t.dep_ in ("det",):
                    continue
                mentions.append(MentionSpan(t.i, t.i + 1, t.i, "pronoun", "", t.text, low))
        mentions = _join_portfolios(doc, mentions)
        for m in mentions:
            if m.kind == "name":
                self._appositives(doc, m)
        mentions = _join_coordinated_names(doc, mentions)
        # a name may have grown over a noun read as a description before ("de gemeente Assen")
        # and a description around a name whose class noun it is ("Milieuorganisatie Groene Hemel") is that name
        named = {k for m in mentions if m.kind == "name" for k in range(m.start, m.end)}
        classed = {m.klass_token: m for m in mentions if m.kind == "name" and m.klass_token is not None}
        mentions = [m for m in mentions if m.kind != "description" or m.head not in named and not (
            m.head in classed and m.start <= classed[m.head].start and classed[m.head].end <= m.end)]
        mentions = list({(m.start, m.end, m.kind): m for m in reversed(mentions)}.values())[::-1]  # one mention per span
        self._fix_person_types(doc, mentions)
        self._fix_place_types(doc, mentions)
        mentions.sort(key=lambda m: (m.start, -m.end))
        head2 = {}
        for idx, m in enumerate(mentions):
            if m.kind == "name":
                for k in range(m.start, m.end):
                    head2.setdefault(k, idx)
            head2[m.head] = idx
        for idx, m in enumerate(mentions):
            if m.kind == "description" and doc[m.start].text.endswith("-") and m.start != m.head:
                head2.setdefault(m.start, idx)  # "film-" carries the relation in some parses
            # "CEO Ted Sarandos": the role noun may be the head the verb attaches to
            if m.role_token is not None and m.role_token not in head2:
                head2[m.role_token] = idx
            if m.klass_token is not None and m.klass_token not in head2:
                head2[m.klass_token] = idx
        doc._.tkg_mentions = mentions
        doc._.tkg_head2mention = head2
        return doc

    # -- names ---------------------------------------------------------------------------------
    def _name_mention(self, doc: Doc, start: int, end: int, type_: str) -> MentionSpan | None:
        if end - start == 1 and "-" in doc[start].text and doc[start].text.rsplit("-", 1)[1][:1].islower() \
                and len(doc[start].text.rsplit("-", 1)[1]) > 2:
            return None  # "Batterij-expert", "AI-modellen": a compound common noun, not a name
        if end - start == 1 and doc[start].pos_ == "PROPN" and start + 1 < len(doc) and _title_noun(doc, start):
            return None  # "Buurtbewoonster Fatima el Amrani": the title noun is not a name of its own
        if end - start == 1 and _place_adjective(doc, start) and not demonym_country(doc[start].text):
            return None  # "het Utrechtse Datalink": the adjective is not a name; "Datalink" is
        if end - start == 1 and doc[start].pos_ == "ADJ" and demonym_country(doc[start].text) and end < len(doc) \
                and doc[end].text[:1].isupper():
            return None  # "het Duitse Fraunhofer Instituut": the demonym is read on its own, not as part of the name
        # trim punctuation, determiners, role nouns and lowercase non-name words at the edges
        role, role_tok = "", None
        while start < end and (doc[start].is_punct or doc[start].lower_ in DETERMINERS or role_of(doc[start].text)
                               or not self._namey(doc[start])):
            if role_of(doc[start].text):
                role, role_tok = role_of(doc[start].text) or "", start
            start += 1
        # a capitalised common noun before the name ("Investeerder Sun Capital") is not part of it
        title_tok = None
        title_from = None  # where a class phrase before the name starts ("Zwitserse WorldTour-ploeg")
        # a demonym or place adjective before an unknown proper noun is where the name is from, not part of
        # the name ("het Belgische Melkhoeve", "het Utrechtse Datalink", "het Duitse Fraunhofer Instituut";
        # but "Europese Unie")
        if end - start > 1 and (demonym_country(doc[start].text) or _place_adjective(doc, start)) and doc[start].pos_ in ("ADJ", "PROPN") \
                and doc[start].lower_.endswith("e") and doc[start + 1].pos_ in ("PROPN", "X", "NOUN") and doc[start + 1].text[:1].isupper() and not known_word(doc[start + 1].lower_):
            start += 1
        while end - start > 1 and doc[start].pos_ == "NOUN" and doc[start + 1].pos_ == "PROPN" and not doc[start].text.isupper() \
                and known_word(doc[start].lower_) and not doc[start].ent_type_ in ("PER", "PERSON") \
                and doc[start + 1].lower_ not in _NAME_PARTICLES \
                and not (doc[start].text[:1].isupper() and (doc[start].ent_iob_ == "B" or start > 0 and doc[start - 1].text[:1].isupper())
                         and not _sentence_initial(doc[start])):  # "Natuurorganisatie Stichting Natuurwacht Veluwe"
            # "Vereniging van Nederlandse Gemeenten" is one name; so is "de Autoriteit Persoonsgegevens"
            # (mid-sentence, Dutch writes a title noun in lower case)
            title_tok = start
            start += 1
        # a title noun opening the clause before a name ("Autofabrikant Volvo", "Kamerlid Ruud Hendriks",
        # "Batterij-expert Jan de Groot") classifies the name; it is not part of it
        if end - start > 1 and not role and _title_noun(doc, start):
            title_tok = start
            start += 1
        # a verb or a clause boundary inside an NER span ends the name (a capitalised "verb" inside it is
        # a name part: "Veluwe Wonen")
        for k in range(start, end):
            if doc[k].pos_ in ("VERB", "AUX", "SCONJ", "PRON") and not (k > start and doc[k].text[:1].isupper()) \
                    or doc[k].is_sent_start and k > start and (
                    doc[k - 1].is_punct or doc[k - 1].is_space or not doc[k - 1].whitespace_):
                end = k
                break
        while end > start and (doc[end - 1].is_punct or doc[end - 1].text == "&" or doc[end - 1].lower_ in ("'s", "’s", "s", "van", "de", "der")
                               or not self._namey(doc[end - 1]) and not doc[end - 1].like_num):
            end -= 1
        if start >= end or all(doc[k].lower_ in TIME_WORDS or doc[k].like_num for k in range(start, end)):
            return None  # nothing left, or a date ("april 2023"), which is a time, not a name
        # extend over name parts the NER missed: "Roy" before "Jakobs", "Aires" after "Buenos", "3" after "VEO"
        while start > 0 and start - 1 != title_tok and not doc[start].is_sent_start and not _title_noun(doc, start - 1) and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
                and not _place_adjective(doc, start - 1) \
                and not role_of(doc[start - 1].text) and (doc[start - 1].head.i in range(start, end) or any(
                    doc[k].head.i == start - 1 for k in range(start, end)) or doc[start - 1].head.i == doc[start].head.i
                    and doc[start].dep_ == "flat") and doc[start - 1].dep_ in ("flat", "compound", "nsubj", "obj", "obl", "appos", "nmod") \
                and not any(doc[k].dep_ == "case" for k in range(start, end)) \
                or doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_iob_ == "O" and not doc[start - 1].is_sent_start \
                and doc[start - 1].text[:1].isupper() and not role_of(doc[start - 1].text) and not known_word(doc[start - 1].lower_) \
                and not doc[start - 1].whitespace_ == "":
            start -= 1
        # extend over adjacent name parts the NER missed ("Buenos" + "Aires", "VEO" + "3")
        while end < len(doc) and not doc[end].is_sent_start and (
                doc[end].pos_ in ("PROPN", "NOUN", "ADJ", "X") and doc[end].text[:1].isupper() and doc[end].lower_ not in ("’s", "'s")
                and (doc[end].head.i in range(start, end) or any(doc[k].head.i == end for k in range(start, end))
                     or doc[end].dep_ == "flat" and doc[end].head.i == doc[end - 1].head.i)
                or doc[end].lower_ in _NAME_PARTICLES and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()
                and not doc[end + 1].is_sent_start and (doc[end].ent_iob_ == "I" or end - start < 2 and (
                    doc[end].dep_ in ("flat", "appos") or doc[end + 1].ent_type_ == "PER"
                    or doc[end + 1].pos_ == "PROPN" and doc[end + 1].dep_ == "flat" and doc[end + 1].ent_type_ != "ORG"))
                or doc[end].like_num and len(doc[end].text) <= 4 and doc[end].text[:1].isdigit()
                and doc[end - 1].text[-1:].isalnum() and doc[end - 1].whitespace_
                and doc[end].head.i <= end  # a number counting a later word is not a version number
                and not (end + 1 < len(doc) and (doc[end + 1].like_num or doc[end + 1].pos_ in ("NOUN", "NUM", "SYM")
                                                 and doc[end + 1].text[:1].islower()))):  # not "het Rijk 180 miljoen"
            # a particle joins with the name part after it ("Fatima el Amrani"), unless another particle follows
            end += 2 if doc[end].lower_ in _NAME_PARTICLES and doc[end + 1].text[:1].isupper() else 1
        # "het Californische San Jose": a place adjective before a place name is not part of it
        while end - start > 1 and doc[start].lower_.endswith(("ische", "sche")) and doc[start + 1].ent_type_ in ("LOC", "GPE") \
                and doc[start].ent_type_ != doc[start + 1].ent_type_:
            start += 1
            type_ = _NER_TYPES.get(doc[start].ent_type_, type_)
        while start > 1 and doc[start - 1].text == "&" and doc[start - 2].text[:1].isupper() and not taken_before(doc, start - 2):
            start -= 2  # "Ben & Jerry's", "Procter & Gamble"
        while end + 1 < len(doc) and doc[end].text == "&" and doc[end + 1].text[:1].isupper():
            end += 2
        # a hyphenated class noun inside the name ("de Zwitserse WorldTour-ploeg Alpenza Racing") classifies the name
        k = start + 1 if end - start > 2 and demonym_country(doc[start].text) else start
        tail = doc[k].text.rsplit("-", 1)[-1] if "-" in doc[k].text else ""
        if end - k > 1 and tail[:1].islower() and class_type(tail) in ("ORG", "WORK", "PRODUCT") and doc[k + 1].text[:1].isupper():
            title_tok, title_from, start = k, start, k + 1
        # "minister Karin Bos van Infrastructuur": a minister's portfolio is not part of her name
        portfolio = role in _MINISTERS or start > 0 and role_of(doc[start - 1].text) in _MINISTERS
        for k in range(start + 2, end - 1) if portfolio else ():
            if doc[k].lower_ == "van" and doc[k + 1].text[:1].isupper() and known_word(doc[k + 1].lower_):
                end = k
                break
        # a capitalised article inside a sentence starts the name ("supportersvereniging De Groene Brigade")
        if start > 0 and doc[start - 1].text in ("De", "Het") and not clause_initial(doc, start - 1) and end - start <= 3:
            start -= 1
        # "Centraal Bureau voor de Statistiek (CBS)": an abbreviation in brackets spells the whole name
        paren = next((k for k in range(end, min(end + 4, len(doc) - 2)) if not doc[k].is_alpha or doc[k].pos_ in ("VERB", "AUX")), None)
        if paren is not None and paren > end and doc[paren].text == "(" and doc[paren + 2].text == ")" \
                and abbreviates(doc[paren + 1].text, doc[start:paren].text):
            end = paren
        span = doc[start:end]
        text = span.text
        nxt = doc[end] if end < len(doc) else None
        # a possessive -'s only where a noun phrase follows ("Google’s VEO 3"), not in "Ben & Jerry's"
        name = strip_possessive(text) if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "X") else text
        if name.endswith(".") and name.count(".") == 1 and len(name) > 2:
            name = name[:-1]  # a sentence-final period glued to the name ("V&D.")
        if not name or not any(c.isalnum() for c in name) or not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in span):
            return None
        if len(span) == 1 and span[0].is_sent_start and _verb_form(span[0].lower_):
            return None  # "Lees meer over ...": a sentence-initial (imperative) verb, not a name
        if len(span) == 1 and span[0].pos_ in ("ADJ", "VERB") and not demonym_country(text) and not self._name_shaped(span[0]):
            return None
        if len(span) == 1 and "-" in text and text.rsplit("-", 1)[1][:1].islower() and len(text.rsplit("-", 1)[1]) > 2:
            return None  # "AI-modellen", "VFX-team": a compound common noun, not a name
        head = span.root.i
        if len(span) > 1 and span[-1].like_num and type_ in ("ORG", "MISC", "PRODUCT") \
                or type_ in ("GPE", "MISC") and _MODEL_NUMBER.match(span[-1].text):
            type_ = "PRODUCT"  # a name with a version or model number: "Veo 3", "Sora 2", "Helix X2"
        if type_ == "MISC" or type_ == "GPE" and len(span) == 1 and demonym_country(text):
            type_ = self._misc_type(doc, span)
            if type_ == "GPE" and demonym_country(text):
                name = demonym_country(text) or name
        if type_ in ("PERSON", "MISC", "GPE") and len(span) > 1 and any(
                w.text[:1].isupper() and w.lower_ in CLASS_NOUNS and CLASS_NOUNS[w.lower_] == "ORG" for w in (span[0], span[-1])):
            type_ = "ORG"  # "Fraunhofer Instituut", "Rijnoever Ziekenhuis", "Ziekenhuis Gelderse Poort": named after its class noun
        if type_ in ("PERSON", "MISC", "GPE") and len(span) > 1 and org_shaped(name):
            type_ = "ORG"  # "FC Utrecht", "ASML Holding", "Heijmans N.V.": a legal or club designator
        if _LAW_NAME_RE.match(name):
            type_ = "LAW"  # "Wet Veilige Wegen", "Verdrag van Parijs"
        if type_ in ("GPE", "LOC") and name.lower() in COUNTRY_NAMES:
            name = COUNTRY_NAMES[name.lower()]  # "Zweden" is the node a demonym names ("Zweedse" -> Sweden)
        m = MentionSpan(start, end, head, "name", type_, text, name)
        if role and type_ == "ORG" and org_shaped(name):
            m.klass, m.klass_token = doc[role_tok].lower_, role_tok  # "Organisator Beatwave Events": a company, not a person
        elif role:
            m.role, m.role_token, m.type = role, role_tok, "PERSON"
        elif title_tok is not None and title_tok == start - 1 and _extend_to_institution_of_place(doc, m, doc[title_tok]):
            pass
        elif title_tok is not None and title_tok == start - 1:
            title = doc[title_from if title_from is not None else title_tok: title_tok + 1]
            m.klass, m.klass_token = title.text[:1].lower() + title.text[1:], title_tok
            ct = title_type(doc[title_tok].lower_)
            if ct in ("ORG", "PRODUCT", "WORK", "GPE") and m.type in ("MISC", "PERSON", "GPE", "ORG"):
                m.type = ct
        return m

    @staticmethod
    def _fix_person_types(doc: Doc, mentions: list[MentionSpan]) -> None:
        """The NER is unsure about short names: the tail of a person's name is that person, and a
        name whose surname alone speaks ("Thijs Verhoeven ... zegt Verhoeven") or has an age is a
        person unless typed ORG."""
        from ._args import verb_lemma
        from .predicates import SAY_VERBS

        def person_like(m: MentionSpan) -> bool:
            head = doc[m.head]
            return head.dep_ == "nsubj" and head.head.pos_ == "VERB" and verb_lemma(head.head) in SAY_VERBS or any(
                c.dep_ == "amod" and AGE_ADJECTIVE.match(c.lower_) for c in children_of(head))

        names = [m for m in mentions if m.kind == "name"]
        for m in names:
            if m.type in ("ORG", "MISC", "GPE", "LOC") and _person_name_shaped(m.name):
                m.type = "PERSON"
        speaking = {m.name.lower() for m in names if m.type == "MISC" and len(m.name.split()) == 1 and person_like(m)}
        for m in names:
            toks = m.name.split()
            if m.type == "MISC" and 2 <= len(toks) <= 4 and all(w[:1].isupper() or w.islower() and len(w) <= 3 for w in toks) \
                    and (toks[-1].lower() in speaking or person_like(m)) and toks[-1][:1].isupper():
                m.type = "PERSON"
        persons = {tuple(m.name.lower().split()) for m in mentions if m.kind == "name" and m.type == "PERSON"}
        multi = {p for p in persons if len(p) > 1}
        for m in mentions:
            # news introduces people by their full name: a one-word "person" that is never the tail of
            # a full name in the article (Netflix, Hollywood) is more likely an organisation or place
            toks = tuple(m.name.lower().split())
            if m.kind == "name" and m.type == "PERSON" and len(toks) == 1 and not m.role and not any(
                    p[-1:] == toks for p in multi):
                m.type = "MISC"
            head = doc[m.head]
            if m.kind == "name" and len(toks) == 1 and not any(p[-1:] == toks for p in multi) \
                    and any(c.dep_ == "det" and c.lower_ in ("de", "het") for c in children_of(head)) \
                    and (toks[0] in DEMONYM_NOUNS or any(c.dep_ == "amod" and AGE_ADJECTIVE.match(c.lower_) for c in children_of(head))):
                # "de Nederlander", "De 46-jarige Fries": an inhabitant noun is a description of a person
                m.kind, m.type = "description", "PERSON"
        for m in mentions:
            if m.kind != "name" or m.type == "PERSON":
                continue
            toks = tuple(m.name.lower().split())
            if any(len(p) > len(toks) and p[-len(toks):] == toks for p in persons) or len(toks) == 1 and any(
                    p[:1] == toks for p in multi):  # a surname, or a first name ("We volgen Thijs")
                m.type = "PERSON"
                continue

    @staticmethod
    def _fix_place_types(doc: Doc, mentions: list[MentionSpan]) -> None:
        """"het Amersfoortse Planwise": a name after a town's adjective is an organisation there, not a
        place (the NER calls unknown names places), and so are its other mentions; "in Bilthoven": an
        unknown name after a preposition of place is a place."""
        after_town = {m.name for m in mentions if m.kind == "name" and m.type in ("GPE", "LOC") and m.start > 1
                      and _place_adjective(doc, m.start - 1) and not demonym_country(doc[m.start - 1].text)}
        for m in mentions:
            if m.kind == "name" and m.name in after_town and m.type in ("GPE", "LOC"):
                m.type = "ORG"
        # "in Bilthoven", "uit Oss", "tussen Gennep en Heijen": an unknown name the NER missed, right after a
        # preposition of place (or after "en" behind such a place), is a place
        placed = -1
        surnames = {m.name.split()[-1] for m in mentions if m.kind == "name" and m.type == "PERSON" and len(m.name.split()) > 1}
        for m in sorted(mentions, key=lambda m: m.start):
            h = doc[m.head]
            before = doc[m.start - 1].lower_ if m.start > 0 else ""
            if m.kind == "name" and m.type in ("MISC", "PERSON", "ORG") and not m.role and not m.klass and m.end - m.start == 1 and (
                    before in _PLACE_PREPS and case_of(h) in _PLACE_PREPS or before == "en" and placed == m.start - 1) \
                    and not any(c.dep_ == "det" for c in children_of(h)) and m.name not in surnames and not org_shaped(m.name):
                m.type = "GPE"
            if m.kind == "name" and m.type in ("GPE", "LOC") and before in _PLACE_PREPS:
                placed = m.end

    @staticmethod
    def _name_shaped(t: Token) -> bool:
        """A token the tagger missed as a name: "V&D", "iPhone", "KPN" (not sentence-initial words)."""
        x = t.text
        if t.pos_ in ("PUNCT", "SYM", "NUM", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX") or len(x) < 2:
            return False
        return "&" in x and any(c.isupper() for c in x) or sum(c.isupper() for c in x) >= 2 and x.replace("-", "").isalnum() \
            or x[0].islower() and any(c.isupper() for c in x[1:]) and x.isalpha()

    @staticmethod
    def _namey(t: Token) -> bool:
        """Can this token be part of a proper name?"""
        if t.like_num:
            return True
        if not t.text[:1].isalnum():
            return t.text in ("&", "-", "’s", "'s")
        return t.text[:1].isupper() or t.pos_ == "PROPN" or t.text[:1].isdigit() or MentionDetector._name_shaped(t)

    def _misc_type(self, doc: Doc, span: Span) -> str:
        text = span.text
        if len(span) == 1 and demonym_country(text) and span[0].pos_ in ("ADJ", "PROPN") and text[-1:] in "es":
            return "GPE"
        if any(c.isdigit() for c in text):
            return "PRODUCT"
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and (prev.lower_ in WORK_NOUNS or class_type(prev.lemma_ or prev.lower_) == "WORK"):
            return "WORK"
        if span.root.head.i < span.start and class_type(span.root.head.lower_) == "WORK":
            return "WORK"
        if _EVENT_RE.search(text):
            return "EVENT"
        if prev is not None and class_type(prev.lower_) == "PRODUCT":
            return "PRODUCT"
        return "CONCEPT" if len(span) == 1 and span[0].pos_ == "NOUN" else "ORG" if prev is not None and class_type(prev.lower_) == "ORG" else "MISC"

    def _appositives(self, doc: Doc, m: MentionSpan) -> None:
        """Role nouns ("CEO Ted Sarandos", "X, topman van Y") and class nouns ("de serie X") of a name."""
        head = doc[m.head]
        prev = doc[m.start - 1] if m.start > 0 else None
        linked = lambda t: t.head.i in range(m.start, m.end) or head.head.i == t.i or doc[m.start].head.i == t.i or (
            t.head.i == head.head.i and t.dep_ == head.dep_ and t.i == m.start - 1)  # two "subjects" side by side
        if m.role:
            return
        if prev is not None and (prev.pos_ in ("NOUN", "PROPN", "X", "ADV", "ADJ") or prev.lower_ in ROLE_LABEL) and role_of(prev.text) \
                and m.type in ("PERSON", "MISC", "ORG") \
                and not (m.type == "ORG" and org_shaped(m.name)):
            # (a role noun is one by the word; the tagger may call a rare one an adverb, "topvrouw", or a
            # participle, "gedeputeerde")
            m.role, m.role_token = role_of(prev.text) or "", prev.i
            m.type = "PERSON"
            return
        if head.dep_ == "appos" and head.head.i < m.start and m.start - head.head.i <= 6 and role_of(head.head.text) \
                and head.head.pos_ == "NOUN" and m.type in ("PERSON", "MISC"):
            # "Minister van Infrastructuur Sanne Visser": the name is in apposition to its role noun
            m.role, m.role_token = role_of(head.head.text) or "", head.head.i
            m.type = "PERSON"
            return
        for c in children_of(head):
            if c.dep_ == "appos" and c.i > m.end and role_of(c.text) and m.type in ("PERSON", "MISC"):
                m.role, m.role_token = role_of(c.text) or "", c.i
                m.type = "PERSON"
                return
            if c.dep_ == "appos" and c.i > m.end and c.pos_ == "NOUN" and not role_of(c.text) and not m.klass \
                    and (c.lemma_ or c.lower_).lower() not in ORG_ROLE_LABEL and c.lower_ not in ORG_ROLE_LABEL \
                    and any(g.dep_ == "det" and g.lower_ in ("een",) for g in children_of(c)):
                # "Starship, een Estse startup, ...": the class in apposition after the name
                words = [t for t in c.subtree if t.i <= c.i and t.dep_ not in ("det", "punct")]
                if words and c.i - words[0].i <= 4:
                    m.klass = doc[words[0].i: c.i + 1].text
                    m.klass_token = c.i
        after = doc[m.end + 1] if m.end + 1 < len(doc) and doc[m.end].text == "," else None
        if after is not None and after.pos_ == "NOUN" and after.text[:1].islower() and role_of(after.text) and m.type == "PERSON" \
                and any(c.dep_ == "nmod" and case_of(c) == "van" for c in children_of(after)):
            # ', zegt Mark de Wit, voorzitter van de VNG': an apposition the parse attached elsewhere
            m.role, m.role_token = role_of(after.text) or "", after.i
            return
        if prev is not None and not prev.is_space and not role_of(prev.text) and (
                prev.pos_ == "NOUN" and linked(prev) and (prev.text[:1].islower() or clause_initial(doc, prev.i))
                # "heeft telecomaanbieder Telvio ...": a class noun right before the name, whatever its tag
                or prev.i == m.start - 1 and prev.text[:1].islower() and prev.pos_ in ("NOUN", "ADJ", "PROPN", "X")
                and class_type(prev.lower_) not in (None, "PERSON", "CONCEPT")
                or prev.i == m.start - 1 and _title_noun(doc, prev.i)) \
                and not (prev.dep_ == "nmod" and any(g.dep_ == "case" for g in children_of(prev)) and head.head.i != prev.i):
            # ("de rechtbank in Amsterdam" has no class; "van milieuorganisatie Groen Rivierenland" has)
            words = [prev]
            k = prev.i - 1
            while k >= 0 and k >= prev.i - 4 and doc[k].head.i == prev.i and doc[k].dep_ in ("amod", "compound", "flat", "nummod") \
                    and doc[k].pos_ not in ("VERB", "ADV") and not doc[k].is_space:  # "het in Delft gevestigde bedrijf", "ook vakbond FNV": not the class
                words.insert(0, doc[k])
                k -= 1
            if _extend_to_institution_of_place(doc, m, prev):
                return
            if words:
                m.klass = doc[words[0].i: prev.i + 1].text
                if clause_initial(doc, words[0].i) and words[0].text[1:2].islower():
                    m.klass = m.klass[:1].lower() + m.klass[1:]  # "Vakbond FNV" -> a "vakbond"
                m.klass_token = prev.i
                ct = title_type(prev.lemma_ or prev.lower_) or title_type(prev.lower_)
                if ct and m.type in ("MISC", "CONCEPT", "ORG", "PERSON") and ct not in ("PERSON", "CONCEPT"):
                    m.type = ct
                elif ct == "PERSON" and m.type in ("MISC", "GPE", "LOC", "ORG") and not org_shaped(m.name):
                    m.type = "PERSON"  # "de 27-jarige regisseur Noor Bakkali", whatever the NER made of the surname

    # -- concepts ------------------------------------------------------------------------------
    def _noun_mention(self, doc: Doc, t: Token, taken: list[bool]) -> MentionSpan | None:
        if not t.text[:1].isalnum() or len(t.text) < 2:
            return None
        if t.is_sent_start and t.text[:1].isupper() and _verb_form(t.lower_) and not any(c.dep_ == "det" for c in children_of(t)):
            return None  # "Lees meer over ...": an imperative verb at the start of a sentence
        low = t.lemma_.lower() or t.lower_
        if t.lower_ in PERSON_PRONOUNS or t.lower_ in ("iets", "niets", "alles", "iemand", "niemand", "velen", "wat"):
            return None
        if _ATTRIBUTIVE_PARTICIPLE.search(t.text) and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "NOUN":
            return None  # "AI-gegenereerde optredens": an inflected participle before its noun modifies it
        if count_of(t) and not any(c.dep_ == "det" and c.lower_ in ("de", "het", "die", "deze") for c in children_of(t)) and not (
                t.dep_ == "nsubj" and any(c.dep_ == "obj" and c.lower_ not in ("zich", "zichzelf") for c in children_of(t.head))):
            return None  # "10.000 werknemers", "6000 banen": a quantity, read as a value; but an acting group
            # ("zestig medewerkers verliezen hun baan") is a thing, its number a qualifier
        if t.lower_ in MEASURE_WORDS or t.lower_ in TIME_WORDS and t.ent_iob_ == "O":
            return None  # measure and time words are qualifiers, not things
        if t.lower_ in SUPPORT_NOUNS and t.dep_ in ("obj", "xcomp") and (t.head.lemma_ or "").lower() in LIGHT_VERBS and not any(
                c.dep_ == "det" and c.lower_ in ("de", "het", "die", "deze") for c in children_of(t)):
            return None  # "zich zorgen maken", "een rol spelen": part of the predicate
        # a role noun or class noun in apposition to a name is a property of that name, not a mention
        for c in list(children_of(t)) + [t.head]:
            if any(g.dep_ == "case" for g in children_of(c)) or t.head.i == c.i and any(g.dep_ == "case" for g in children_of(t)):
                continue  # "de rechtbank in Amsterdam": a PP, not an apposition
            if taken[c.i] and c.pos_ == "PROPN" and role_of(t.text) and c.head.i == t.i and c.dep_ == "appos" and 0 < c.i - t.i <= 6:
                return None  # "Minister van Infrastructuur Sanne Visser"
            if taken[c.i] and abs(c.i - t.i) <= 2 and c.pos_ == "PROPN" and (
                    role_of(t.text) or class_type(low) or c.head.i == t.i and c.dep_ in ("appos", "flat", "compound")
                    or t.head.i == c.i and t.dep_ in ("compound", "appos") and t.i < c.i):
                return None
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and taken[nxt.i] and (role_of(t.text) or class_type(low)) and nxt.pos_ == "PROPN":
            return None
        start = t.i
        for c in reversed(list(t.lefts)):
            demonym = c.dep_ == "amod" and c.left_edge.i == c.i and demonym_country(c.text) is not None  # "de Deense voetbalbond"
            if c.dep_ in _LEFT_DEPS and c.right_edge.i == start - 1 and (demonym or not any(taken[k] for k in range(c.left_edge.i, c.right_edge.i + 1))):
                if c.dep_ == "advmod" and c.pos_ != "ADV" or c.dep_ == "nummod" and count_of(t):
                    break  # the number of a counted group is a qualifier of its facts, not part of its name
                start = c.left_edge.i
            elif c.dep_ in ("punct",) and c.i == start - 1:
                break
            else:
                break
        end = t.i + 1
        for c in t.rights:
            if c.left_edge.i != end:
                break
            if c.dep_ not in _RIGHT_DEPS or c.lower_ in TIME_WORDS or DAY_RE.match(c.lower_) or c.pos_ in ("ADV", "NUM"):
                break
            sub = range(c.left_edge.i, c.right_edge.i + 1)
            if c.dep_ == "nmod":
                # keep "van een gebouw" but not a PP about a name ("de opkomst van AI" is about AI),
                # nor other PPs, which are more often the verb's ("drones voor inspecties")
                cases = [g.lower_ for g in children_of(c) if g.dep_ == "case"]
                if cases and cases[0] not in ("van", "tussen") and not noun_complement(t.text, cases[0]):
                    break
                if cases and cases[0] == "van" and (_group_of_people(t) or t.morph.get("Number") == ["Plur"] and low not in LIGHT_NOUNS) \
                        and c.pos_ == "PROPN" and len(sub) <= 5 and not any(doc[k].pos_ in ("VERB", "AUX") for k in sub):
                    # "Onderzoekers van de TU Delft", "de fabrieken van Melkhoeve": a group named by its owner
                    end = c.right_edge.i + 1
                    break
                if low in LIGHT_NOUNS or any(
                        doc[k].pos_ in ("VERB", "AUX") or doc[k].dep_ in ("acl:relcl", "acl", "punct") for k in sub):
                    break
                if any(taken[k] for k in sub):
                    # "de instorting van een gebouw in Buenos Aires": keep the "van" PP, stop before the place
                    cut = next((g.left_edge.i for g in c.subtree if g.dep_ == "nmod" and g.i != c.i and g.left_edge.i > c.i
                                and any(taken[k] for k in range(g.left_edge.i, g.right_edge.i + 1))
                                and not any(taken[k] for k in range(c.left_edge.i, g.left_edge.i))), None)
                    if cut is None:
                        break
                    end = cut
                    break
                if len(sub) > 8:
                    break
            end = c.right_edge.i + 1
        if low in ("manier", "wijze"):
            # "de manier waarop Netflix zijn content ontwikkelt" names a process: keep the clause
            for c in t.rights:
                if c.dep_ == "acl:relcl" and c.left_edge.i == end:
                    end = c.right_edge.i + 1
                    while end > t.i + 1 and doc[end - 1].is_punct:
                        end -= 1
        while start < t.i and (doc[start].is_punct or doc[start].pos_ == "ADV" and doc[start].lower_ not in ("niet",)):
            start += 1
        span = doc[start:end]
        words = [w for w in span]
        k = 0
        while k < len(words) - 1 and (words[k].lower_ in DETERMINERS or words[k].dep_ in ("det", "nmod:poss")):
            k += 1
        # evaluative comparatives ("betere tools", "een steeds grotere rol") do not name a different thing
        kept = [w for w in words[k:] if not (w.i < t.i and (w.morph.get("Degree") == ["Cmp"] or w.lower_ in ("steeds", "nog", "veel", "zeer", "heel")))]
        name = " ".join(w.text for w in kept) if kept else t.text
        name = re.sub(r"\s+([’',.])", r"\1", name)
        head_low = t.lower_
        ctype = class_type(low) or class_type(head_low)
        if ctype is None:
            ctype = "ROLE" if (t.morph.get("Number") == ["Plur"] and _ROLE_PLURAL_RE.search(head_low) or _group_of_people(t)) else "CONCEPT"
        if ctype == "PERSON" and (not role_of(t.text) and head_low not in CLASS_NOUNS or t.morph.get("Number") == ["Plur"]):
            ctype = "ROLE"  # "de boeren": a group, not one person
        return MentionSpan(start, end, t.i, "description", ctype, span.text, name)


@Language.factory(
    "textkg_mentions",
    assigns=["doc._.tkg_mentions", "doc._.tkg_head2mention"],
    requires=["token.dep", "token.pos", "doc.ents"],
    default_config={"concepts": True},
)
def make_mention_detector(nlp: Language, name: str, concepts: bool) -> MentionDetector:
    """Factory of :class:`MentionDetector` (``textkg_mentions``). concepts (bool): also noun phrases."""
    return MentionDetector(nlp, name, concepts)
