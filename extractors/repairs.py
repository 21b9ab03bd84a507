"""Parse repairs: errors of the trained parser that break clauses, fixed before any extractor reads them.

* A participle after a noun with a "door" phrase ("De stichting, opgericht door Jan de Vries, ...")
  is a reduced passive clause about that noun, not an adjective.
* A verb of ordering or forcing with two objects and a te-infinitive ("dwingt KLM het aantal
  vluchten te beperken"): the second object is the infinitive's.
* A prepositional phrase the verb selects, hung on an oblique ("koos na een aanbesteding voor de
  werf") or, an amount with "met", on any argument ("daalt de energierekening na de renovatie met
  65 euro"), belongs to the verb, unless the noun selects it itself ("een tekort aan docenten").
* In a relative clause between commas with main-verb *hebben* ("Het contract, dat een waarde heeft
  van 180 miljoen euro, werd ...") the parser may make *heeft* an auxiliary of the main clause's
  verb: it heads the relative clause, and the clause's phrases hang on it.
* In a relative clause whose antecedent does not agree with the verb ("de werknemers die het
  bedrijf in dienst heeft"), the relative pronoun is the object and the agreeing noun the subject.
* Of two "subjects", a day or time word ("heeft dinsdagavond haar akkoord gepresenteerd") says
  when; and a finite verb agrees with its subject: a plural noun after a singular verb ("Topvrouw X
  biedt de klanten haar excuses aan") is its (indirect) object.
* Before a postposed verb of saying ("De drugs hebben een straatwaarde van ..., meldt het OM") the
  parser may take the main verb *hebben*/*zijn* for an auxiliary of the verb of saying: it is the
  root of the clause said, the verb of saying hangs on it, and the phrase after it is its subject.
* In a long verb-final clause the parser often attaches the object or an oblique to the finite
  auxiliary instead of the participle at the end ("De gemeente heeft de vergunning voor het
  festival, dat ..., ingetrokken": *vergunning* ``obj`` of *heeft*). An auxiliary takes no
  arguments in UD, so every such dependent moves to the auxiliary's head.
* An object never starts with a preposition: when the parser hung the preposition on a modifier
  ("rijdt voor de Zwitserse ploeg Alpenza": *voor* ``case`` of *Zwitserse*), the phrase is an oblique.
* A name after "en" that the parser made a conjunct of the verb ("opgericht door X (34) en Y (37)")
  is a conjunct of the argument before it; a clause whose subject is a relative pronoun ("zegt
  Verhagen, die algemeen directeur is") is a relative clause of the noun before it, not what was said.
* A copula with two "subjects" ("Anna Smit wordt de eerste burgemeester van Ede"): the noun after
  it is the predicate, which heads the clause as in UD.
* Two "subjects" before a plural verb, the second after "en" ("Ziekenhuis A in X en het B in Y gaan
  fuseren"), are one coordinated subject; a bare noun and the name right after it ("Zuivelfabriek
  Noordmelk gaat uitbreiden") are a title and its name in apposition.
* A finite clause always has a subject; when the parser labels its only bare noun phrase ``obj``
  ("klaagt dat boeren nauwelijks meeprofiteren") or a noun phrase opening the main clause
  ``parataxis`` ("Klanten die ..., werden doorverwezen"), that phrase is the subject.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from ._args import OBJECT_CONTROL, SUBORDINATORS, base_lemma
from ._lexicon import DAY_RE, TIME_WORDS, noun_complement
from .predicates import SAY_VERBS, reads_with

__all__ = ["ParseRepairer", "make_parse_repairer"]

_AUX_DEPS = frozenset({"aux", "aux:pass"})
_COPULAS = frozenset({"zijn", "worden", "blijven"})
_CORE_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "ccomp"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl", "expl:pv"})
# conjunctions that open a finite clause: the adverbial ones and "dat", "of"
_FINITE_MARKS = SUBORDINATORS | {"dat", "of"}
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "obl:arg", "expl:pv", "compound:prt", "ccomp", "advcl"})


def _before_comma(tok: Token) -> Token | None:
    """The head of the phrase that ends just before the comma in front of ``tok`` ("X, die ...",
    "X, opgericht door ..."), or None if no comma stands there."""
    if tok.i < 2 or tok.doc[tok.i - 1].text != ",":
        return None
    t = tok.doc[tok.i - 2]
    while t.dep_ == "flat" and t.head.i < t.i:
        t = t.head
    return t


def _subject_label(kids: list[Token]) -> str:
    """The subject relation of a clause with these dependents: passive when it has a passive auxiliary."""
    return "nsubj:pass" if any(c.dep_ == "aux:pass" for c in kids) else "nsubj"


class ParseRepairer:
    """Fix, in place, the parse errors listed in this module's docstring."""

    def __init__(self, nlp: Language, name: str = "textkg_repairs"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for v in doc:
            if v.dep_ == "ROOT" and v.pos_ == "VERB" and v.i > 1 and doc[v.i - 1].text == ",":
                self._postposed_saying(v)
            if v.dep_ == "aux" and v.lemma_ == "hebben" and any(c.dep_ == "obj" for c in v.children):
                self._relative_hebben(v)
            if v.dep_ == "nmod" and v.head.pos_ == "NOUN":
                self._selected_pp(v)
        self._auxiliaries(doc)
        for v in doc:
            if v.pos_ == "VERB" and v.dep_ in ("amod", "acl") and v.head.i < v.i:
                self._reduced_passive(v)
            if v.pos_ in ("VERB", "AUX"):
                self._object_of_infinitive(v)
                self._copular_predicate(v)
                self._coordinated_subjects(v)
                self._agreeing_subject(v)
                self._subordinate_subject(v)
                self._fronted_subject(v)
            if v.dep_ == "obj" and v.pos_ in ("NOUN", "PROPN"):
                self._oblique_object(v)
            if v.dep_ == "conj" and v.pos_ in ("NOUN", "PROPN") and v.head.pos_ in ("VERB", "AUX"):
                self._nominal_conjunct(v)
            if v.dep_ in ("ccomp", "parataxis") and v.i > v.head.i:
                self._relative_clause(v)
        return doc

    @staticmethod
    def _postposed_saying(v: Token) -> None:
        before = [c for c in v.children if c.i < v.i - 1]
        main = [c for c in before if c.dep_ == "aux" and c.lemma_ in ("hebben", "zijn")]
        if len(main) != 1 or v.lemma_.replace("_", "") not in SAY_VERBS or any(c.pos_ == "VERB" for c in before) \
                or not any(c.dep_ in ("nsubj", "obj") for c in before):
            return
        has = main[0]
        has.head, has.dep_, has.pos_ = has, "ROOT", "VERB"
        for c in before:
            if c is not has:
                c.head = has
        v.head, v.dep_ = has, "parataxis"
        after = [c for c in v.children if c.i > v.i and c.dep_ == "obj"]
        if after and not any(c.dep_ in _SUBJECT_DEPS for c in v.children):
            after[0].dep_ = "nsubj"  # '..., meldt het Openbaar Ministerie': the speaker after the verb

    @staticmethod
    def _relative_hebben(has: Token) -> None:
        doc = has.doc
        rel = next((c for c in has.children if c.dep_ == "nsubj" and c.lower_ in ("dat", "die") and c.i < has.i), None)
        antecedent = _before_comma(rel) if rel is not None else None
        if antecedent is None:
            return
        end = next((t.i for t in doc[has.i + 1: has.sent.end] if t.text == ","), None)
        if end is None or antecedent.pos_ not in ("NOUN", "PROPN"):
            return
        inside = range(rel.i, end)
        for t in doc[rel.i: end]:
            if t.i != has.i and t.head.i not in inside:
                t.head = has
                if t.dep_ == "nmod":
                    t.dep_ = "obl"
        has.head, has.dep_, has.pos_ = antecedent, "acl:relcl", "VERB"

    @staticmethod
    def _selected_pp(pp: Token) -> None:
        case = next((c.lower_ for c in pp.children if c.dep_ == "case"), None)
        if case is None or case == "van":
            return
        host = pp.head
        verb = host.head
        amount = pp.pos_ == "NUM" or any(c.dep_ == "nummod" or c.like_num for c in pp.children) or pp.lower_ in ("miljoen", "miljard")
        # "daalt de rekening na de renovatie met 65 euro" (an amount on any argument), "koos na een aanbesteding
        # voor de werf" (a phrase on another oblique)
        if not (amount and case == "met" and host.dep_ in ("nsubj", "nsubj:pass", "obj", "obl") or host.dep_ == "obl") \
                or verb.pos_ != "VERB" or noun_complement(host.text, case):
            return
        if reads_with(base_lemma(verb.lemma_ or verb.text, verb.lower_), case) and not any(
                g.dep_ == "case" and g.lower_ == case for c in verb.children if c.dep_ in ("obl", "obl:arg") for g in c.children):
            pp.head, pp.dep_ = verb, "obl"

    @staticmethod
    def _auxiliaries(doc: Doc) -> None:
        for aux in doc:
            if aux.dep_ not in _AUX_DEPS or aux.pos_ != "AUX" or aux.head.i == aux.i or aux.head.pos_ not in ("VERB", "AUX"):
                continue
            taken = {c.dep_ for c in aux.head.children if c.dep_ in _CORE_DEPS}
            for c in [c for c in aux.children if c.dep_ in _ARGUMENT_DEPS]:
                if c.dep_ not in taken:  # a verb with an object of its own: the "auxiliary" was a main verb
                    c.head = aux.head

    @staticmethod
    def _oblique_object(o: Token) -> None:
        first = o.doc[o.left_edge.i]
        if first.pos_ == "ADP" and first.dep_ == "case" and first.head.i != o.i and first.i < o.i:
            first.head, o.dep_ = o, "obl"

    @staticmethod
    def _nominal_conjunct(c: Token) -> None:
        args = [a for a in c.head.children if a.i < c.i and a.pos_ in ("NOUN", "PROPN")
                and a.dep_ in ("nsubj", "nsubj:pass", "obj", "obl", "obl:agent", "iobj")]
        cc = [g for g in c.children if g.dep_ == "cc"] + [t for t in c.doc[c.left_edge.i - 1: c.i] if t.dep_ == "cc"]
        case = lambda t: [g.lower_ for g in t.children if g.dep_ == "case"]
        if args and cc and not any(t.pos_ in ("VERB", "AUX") for t in c.doc[args[-1].i: c.i]) \
                and case(c) in ([], case(args[-1])):  # "op AI, maar wel als hulpmiddel" is no conjunct of "AI"
            c.head = args[-1]

    @staticmethod
    def _relative_clause(v: Token) -> None:
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subj is None or subj.lower_ not in ("die", "dat") or subj.i != next(t.i for t in v.subtree if not t.is_punct):
            return
        antecedent = _before_comma(subj)
        if antecedent is not None and antecedent.pos_ in ("NOUN", "PROPN") and antecedent.head.i == v.head.i:
            v.head, v.dep_ = antecedent, "acl:relcl"

    @staticmethod
    def _fronted_subject(v: Token) -> None:
        kids = list(v.children)
        finite = any(t.morph.get("VerbForm") == ["Fin"] for t in [v] + [c for c in kids if c.dep_ in ("aux", "aux:pass")])
        if v.dep_ != "ROOT" or not finite or any(c.dep_ in _SUBJECT_DEPS for c in kids):
            return
        front = next((c for c in kids if c.dep_ in ("parataxis", "dislocated") and c.i < v.i and c.pos_ in ("NOUN", "PROPN")
                      and c.left_edge.i == v.sent.start and not any(g.dep_ == "case" for g in c.children)), None)
        if front is not None:
            front.dep_ = _subject_label(kids)

    @staticmethod
    def _reduced_passive(v: Token) -> None:
        agent = next((c for c in v.children if c.dep_ == "obl" and any(g.dep_ == "case" and g.lower_ == "door" for g in c.children)), None)
        if agent is None or v.head.pos_ not in ("NOUN", "PROPN"):
            return
        v.dep_, agent.dep_ = "acl", "obl:agent"  # "De stichting, opgericht door Jan de Vries, ...": a passive clause
        before = _before_comma(v)
        if before is not None and before.pos_ in ("NOUN", "PROPN") and before.i > v.head.i:
            v.head = before  # "een petitie van de actiegroep X, opgericht door Y": the phrase right before the comma

    @staticmethod
    def _object_of_infinitive(v: Token) -> None:
        if base_lemma(v.lemma_ or v.text, v.lower_) not in OBJECT_CONTROL:
            return
        inf = next((c for c in v.children if c.dep_ in ("xcomp", "ccomp") and any(g.lower_ == "te" for g in c.children)), None)
        objs = [c for c in v.children if c.dep_ in ("obj", "iobj") and c.pos_ in ("NOUN", "PROPN", "PRON")]
        if inf is not None and len(objs) == 2 and objs[1].i < inf.i and not any(g.dep_ == "obj" for g in inf.children):
            objs[1].head, objs[1].dep_ = inf, "obj"  # "dwingt KLM het aantal vluchten te beperken": the second is the infinitive's

    @staticmethod
    def _copular_predicate(v: Token) -> None:
        kids = list(v.children)
        subs = [c for c in kids if c.dep_ == "nsubj"]
        if base_lemma(v.lemma_ or v.text, v.lower_) not in _COPULAS or len(subs) != 2 or any(c.dep_ in ("obj", "cop") for c in kids):
            return
        pred = subs[1]
        if pred.i < v.i or pred.pos_ != "NOUN" or any(g.dep_ == "case" for g in pred.children):
            return
        # "Anna Smit wordt de eerste burgemeester van Ede": the noun after the copula is its predicate
        pred.head, pred.dep_ = (pred, "ROOT") if v.dep_ == "ROOT" else (v.head, v.dep_)
        for c in kids:
            if c is not pred:
                c.head = pred
        v.head, v.dep_, v.pos_ = pred, "cop", "AUX"

    @staticmethod
    def _coordinated_subjects(v: Token) -> None:
        subs = [c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if len(subs) != 2 or subs[1].i > v.i:
            return
        if v.morph.get("Number") == ["Plur"] and any(g.dep_ == "cc" and g.lower_ in ("en", "of") for g in subs[1].children):
            subs[1].head, subs[1].dep_ = subs[0], "conj"  # "X in A en Y in B gaan fuseren": one coordinated subject
        elif subs[0].pos_ == "NOUN" and subs[1].pos_ == "PROPN" and subs[1].left_edge.i == subs[0].i + 1 \
                and not any(g.dep_ == "det" for g in subs[0].children):
            subs[1].head, subs[1].dep_ = subs[0], "appos"  # "Zuivelfabriek Noordmelk gaat uitbreiden": a title and its name

    @staticmethod
    def _agreeing_subject(v: Token) -> None:
        rel = next((c for c in v.children if c.dep_ == "nsubj" and c.lower_ in ("die", "dat")), None)
        obj = next((c for c in v.children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN")), None)
        number = v.morph.get("Number")
        if v.dep_ == "acl:relcl" and rel is not None and obj is not None and number and obj.i > rel.i \
                and v.head.morph.get("Number") not in ([], number) and obj.morph.get("Number") in ([], number):
            rel.dep_, obj.dep_ = "obj", "nsubj"  # "de 340 werknemers die het bedrijf in dienst heeft": the singular is the subject
        subs = [c for c in v.children if c.dep_ == "nsubj"]
        if len(subs) < 2:
            return
        for c in subs:
            if DAY_RE.match(c.lower_) or c.lower_ in TIME_WORDS:
                c.dep_ = "obl"  # "De coalitie heeft dinsdagavond ... gepresenteerd": a day says when, not who
        subs = [c for c in subs if c.dep_ == "nsubj"]
        if len(subs) < 2 or not number or v.morph.get("VerbForm") != ["Fin"]:
            return
        agree = [c for c in subs if c.morph.get("Number") in ([], number)]
        if not agree:
            return
        has_obj = any(c.dep_ == "obj" for c in v.children)
        for c in subs:
            if c not in agree and c.pos_ == "NOUN" and c.i > v.i:
                c.dep_ = "iobj" if has_obj else "obj"  # "X biedt de klanten excuses aan": a plural after a singular verb

    @staticmethod
    def _subordinate_subject(v: Token) -> None:
        if v.dep_ not in ("ccomp", "advcl") or not any(c.dep_ == "mark" and c.lower_ in _FINITE_MARKS for c in v.children):
            return
        kids = list(v.children)
        if any(c.dep_ in _SUBJECT_DEPS for c in kids):
            return
        objs = [c for c in kids if c.dep_ == "obj"]
        if len(objs) == 1 and objs[0].i < v.i and objs[0].pos_ in ("NOUN", "PROPN") and objs[0].lower_ not in ("zich", "zichzelf"):
            objs[0].dep_ = _subject_label(kids)


@Language.factory("textkg_repairs")
def make_parse_repairer(nlp: Language, name: str) -> ParseRepairer:
    """Factory of :class:`ParseRepairer` (``textkg_repairs``)."""
    return ParseRepairer(nlp, name)
