"""Clause relations from the UD dependency parse: subject–verb–object facts.

One component, ``textkg_relations``, with these rules (extractor names in parentheses):

* verbs (``textkg.svo.v1``): ``nsubj`` + ``obj``; ``obl``/``obl:arg`` + ``case`` become part of the
  predicate ("gebruiken voor"); separable particles (``compound:prt``) join the lemma ("zet … in"
  -> "inzetten"); inherent reflexives (``expl:pv``) select the reading ("zich inzetten tegen");
  support-verb idioms take their noun into the predicate ("zich zorgen maken om", "een rol spelen
  in"); subjects are inherited through control (``xcomp``, "om te" ``advcl``) and coordination;
  passives: ``obl:agent`` becomes the subject, an agentless passive reads "is used for";
  coordination of arguments is expanded; negation, modals, time and factors become qualifiers.
* copula (``textkg.copula.v1``): "X is CEO van Y" -> (X, is CEO of, Y); "X is een Y" -> is a.
* appositions and noun modifiers (``textkg.apposition.v1``): "CEO Ted Sarandos" -> (Ted Sarandos,
  is CEO of, the article's organisation); "de Argentijnse serie X" -> (X, is a, Argentijnse serie)
  and (X, is from, Argentina); "tools als X en Y" -> (X, is a, tools); "Google’s Veo" -> (Google,
  makes, Veo); "de instorting van een gebouw in Buenos Aires" -> (…, is located in, Buenos Aires).
* event nouns (``textkg.nominal.v1``): "de overname van X door Y" -> (Y, acquires, X); "de fusie van X
  met Y" -> (X, merges with, Y); "de verkoop van X aan Y" -> (Y, acquires, X).
* speech (``textkg.speech.v1``): a verb of saying with a clausal complement -> (speaker, said,
  Value(quote)); the complement's facts get ``attributed_to``; "volgens X" attributes its clause.

Writes ``Doc._.tkg_triples`` (list of ``RawTriple``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from textkg.facts import Value

from ._args import (
    ADV_PARTICLES, ATTRIBUTE_NOUNS, PARTICLES, Arg, known_word, attribute_label, RawTriple, clause_tokens, count_of, fronted_subclause, is_amount, is_comparative, sentence_of, case_of, children_of, expand_conj, is_passive, modality, negated, resolve, subjects, verb_lemma,
)
from ._ext import MentionSpan
from ._lexicon import CLASS_NOUNS, CREATOR_ROLES, FIRST_PLURAL, ORG_ROLE_LABEL, NUMBER_WORDS, LIGHT_NOUNS, SPEECH_MEDIA, class_type, demonym_country, role_of, ROLE_LABEL, ROLE_INSTITUTION
from ._lexicon import org_default_role
from .predicates import LIGHT_VERBS, PP_IDIOMS, PREP_EN, REACTION_EN, SAY_VERBS, SUPPORT_NOUNS, has_reading, normalise, reads_with
from .quantities import factor_of, is_bare_year, is_money, is_time_phrase, qualifiers_for_verb, time_phrase

__all__ = ["RelationExtractor", "make_relation_extractor"]

_OBJ_DEPS = ("obj",)
_OBL_DEPS = ("obl", "obl:arg", "obl:agent", "iobj")
_SUBJECT_PRONOUNS = frozenset({"het", "hij", "zij", "ze", "wij", "we", "ik", "jij", "je", "u"})
_CLAUSE_DEPS = ("ccomp",)
_LOC_TYPES = ("GPE", "LOC")
_DEMONSTRATIVE = ("die", "deze", "dit", "dat")
_SUBORDINATORS = frozenset("hoewel omdat terwijl nadat voordat zodra als wanneer doordat aangezien ofschoon "
                           "zodat indien tenzij sinds totdat".split())
# verbs with a predicative small clause ("vindt de boete te laag"), read "considers <te laag>"
_SMALL_CLAUSE_EN = {"noemen": "calls", "vinden": "considers", "achten": "considers", "maken": "makes", "houden": "keeps",
                    "verklaren": "declares", "beschouwen": "considers"}
_SMALL_CLAUSE_VERBS = frozenset(_SMALL_CLAUSE_EN)
# of these, the ones whose small clause is a state the object is in afterwards ("failliet verklaard": is declared bankrupt)
_RESULT_EN = {"verklaren": "is declared", "maken": "is made"}
_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")
# event nouns and their verbs: "de overname van Planwise door Valtora" says that Valtora acquires Planwise
_EVENT_NOUNS = {"overname": "overnemen", "aankoop": "kopen", "verkoop": "verkopen", "fusie": "fuseren", "bouw": "bouwen",
                "oprichting": "oprichten", "lancering": "lanceren", "ontwikkeling": "ontwikkelen", "sluiting": "sluiten",
                "financiering": "financieren", "samenwerking": "samenwerken", "benoeming": "benoemen", "ontslag": "ontslaan"}
# groups named by their members ("de coalitie van X, Y en Z")
_GROUP_NOUNS = frozenset("coalitie consortium alliantie combinatie samenwerkingsverband verbond".split())
# what a reaction with nothing named reacts to: a decision, a plan or an event just reported
_DECISION_NOUNS = frozenset(_EVENT_NOUNS) | frozenset("besluit beslissing plan plannen maatregel ingreep voorstel verbod keuze "
                                                      "uitspraak vonnis boete akkoord verhoging bezuiniging reorganisatie".split())
_RECIPROCAL = frozenset("samenwerken fuseren samengaan concurreren onderhandelen trouwen scheiden botsen overhoopliggen".split()
                       + ["in clinch liggen"])
# portfolios of aldermen and ministers, named in brackets after them ("Wethouder X (Onderwijs)")
_PORTFOLIOS = frozenset("onderwijs wonen cultuur financiën zorg economie verkeer mobiliteit duurzaamheid sport jeugd milieu "
                        "klimaat werk welzijn veiligheid energie natuur landbouw armoede integratie toerisme".split())
_STAFF = frozenset("werknemers medewerkers mensen personeelsleden banen arbeidsplaatsen fte".split())
_MODAL_VERBS = frozenset("kunnen moeten mogen willen zullen".split())
_VAGUE_VERBS = frozenset("hebben zijn worden doen gaan komen staan liggen zitten houden laten blijven".split())
_DEFINITE = {"de", "het", "die", "deze", "dit", "dat", "zijn", "haar", "hun", "mijn", "onze", "ons", "jouw", "uw"}


_WISH_VERBS = frozenset("willen eisen wensen hopen vragen".split())
# roles in an organisation's board or staff: without "van X", held in the organisation of the sentence before
_BOARD_ROLES = frozenset("voorzitter secretaris penningmeester bestuurslid directielid bestuurder commissaris manager "
                         "hoofd chef leider voorman voorvrouw hoofdredacteur".split())
_CHANGE_PREPS = ("met", "tot", "naar")  # "daalt met 9 procent tot 54 miljoen euro"
# complex prepositions of cause and frame ("als gevolg van", "naar aanleiding van"): circumstances of a fact
_CIRCUMSTANCE_PPS = frozenset({("als", "gevolg"), ("ten", "gevolge"), ("naar", "aanleiding"), ("in", "kader"),
                               ("als", "reactie"), ("in", "reactie"), ("in", "verband")})
# relations whose subject acts: a person or an organisation, never a thing
_AGENT_RELATIONS = frozenset("rulesOut acquires sells founded develops invests supports opposes announced launches owns "
                             "collaboratesWith worksFor".split())
_CAUSE_PREPS = frozenset("vanwege wegens".split())
_ADJUNCT_PREPS = frozenset("tijdens gedurende sinds ondanks wegens vanwege namens dankzij per".split())


def _span_text(doc: Doc, tok: Token, skip_marks: bool = True, before: Token | None = None) -> str:
    toks = [t for t in tok.subtree if before is None or t.i < before.left_edge.i]
    while skip_marks and toks and (toks[0].dep_ in ("mark", "cc") and toks[0].head.i == tok.i or toks[0].is_punct
                                   or toks[0].lower_ in ("dat", "of") and toks[0].pos_ == "SCONJ"):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks:
        return tok.text
    return doc[toks[0].i: toks[-1].i + 1].text


def _np_text(doc: Doc, tok: Token) -> str:
    """A noun phrase without its preposition, adverbs and leading punctuation ("vooral als hulpmiddel" -> "hulpmiddel")."""
    drop = {d.i for c in children_of(tok) if c.dep_ in ("case", "mark", "advmod", "punct", "cc", "nsubj", "cop", "aux")
            or c.pos_ == "ADV" and c.i < tok.i or c.i > tok.i and c.dep_ in ("acl:relcl", "acl") for d in c.subtree}
    toks = [t for t in tok.subtree if t.i not in drop]
    if not toks:
        return tok.text
    return doc[toks[0].i: toks[-1].i + 1].text


def _nested_in_description(ms: list[MentionSpan]) -> set[int]:
    """Indices of the mentions inside a longer description ("een gebouw" in "de instorting van een gebouw")."""
    descs = sorted((o for o in ms if o.kind == "description"), key=lambda o: o.start)
    starts = [o.start for o in descs]
    longest = max((o.end - o.start for o in descs), default=0)
    out = set()
    for i, m in enumerate(ms):
        # only a description that starts at most `longest` tokens before m ends can contain it
        for o in descs[bisect_left(starts, m.end - longest):bisect_right(starts, m.start)]:
            if o is not m and m.end <= o.end and (o.end - o.start) > (m.end - m.start):
                out.add(i)
                break
    return out


def _hl(tok: Token) -> tuple[int, int]:
    return (tok.idx, tok.idx + len(tok.text))


class RelationExtractor:
    """Extract clause, copula, apposition and speech relations from a parsed Doc."""

    def __init__(self, nlp: Language, name: str = "textkg_relations", min_confidence: float = 0.3):
        self.name = name
        self.min_confidence = min_confidence

    # -------------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        self.doc = doc
        self._sent_index = None  # sentence start -> index, built on first use for this Doc
        self._by_start: list[MentionSpan] | None = None  # the mentions by position, built on first use
        self.mentions: list[MentionSpan] = doc._.tkg_mentions or []
        self.clusters = doc._.tkg_clusters or []
        self.out: list[RawTriple] = []
        self.seen: set = set()
        self.attribution: dict[int, str | None] = {}  # clause head token -> speaker name (None: not attributed)
        self._embedded = False  # is the clause being read the complement of a verb of saying?
        self._named = {k for k, c in enumerate(self.clusters) if any(self.mentions[i].kind == "name" for i in c.mentions)}
        self.main_org = self._main_org()
        # speech first, so that complements are attributed before their facts are read
        verbs = [t for t in doc if self._is_predicate(t)]
        for v in verbs:
            self._speech(v)
        for v in verbs:
            self._clause(v)
        self._appositions()
        self._backward_attribution(verbs)
        for t in doc:
            if case_of(t) == "volgens":
                self._according_to(t)
            elif t.pos_ == "NOUN" and (t.lemma_ or t.lower_).lower() in _EVENT_NOUNS:
                self._nominal_event(t)
        doc._.tkg_triples = [t for t in self.out if t.confidence >= self.min_confidence]
        return doc

    # -- helpers ----------------------------------------------------------------------------------
    def _is_predicate(self, t: Token) -> bool:
        if t.pos_ == "VERB" and any(c.dep_ == "det" for c in children_of(t)):
            return False  # a noun the tagger took for a verb ("lithografiemachines")
        if t.pos_ == "NOUN" and t.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in children_of(t)) and not any(
                c.dep_ in ("det", "cop", "case") for c in children_of(t)):
            return True  # a verb the tagger took for a noun ("De iPhone kost 1200 euro")
        if t.pos_ == "VERB" and t.dep_ not in ("amod", "aux", "aux:pass", "cop", "compound:prt", "fixed"):
            return True
        if t.pos_ == "AUX" and t.dep_ not in ("aux", "aux:pass", "cop") and any(
                c.dep_ in ("nsubj", "obj", "obl", "ccomp", "xcomp") for c in children_of(t)):
            return True
        return any(c.dep_ == "cop" for c in children_of(t))

    def _main_org(self) -> int | None:
        """The organisation the article is about: most mentioned, with a bonus for the first sentence."""
        counts: Counter = Counter()
        first = None
        for m in self.mentions:
            if m.cluster is not None and self.clusters[m.cluster].type in ("ORG",) and m.kind != "pronoun":
                counts[m.cluster] += 1 if m.kind == "name" else 0.5
                if self.doc[m.head].dep_ in ("nsubj", "nsubj:pass") or m.klass_token is not None \
                        and self.doc[m.klass_token].dep_ in ("nsubj", "nsubj:pass"):
                    counts[m.cluster] += 0.5  # the organisation the sentence is about
                if first is None:
                    first = m.cluster
        if first is not None:
            counts[first] += 1.5
        return counts.most_common(1)[0][0] if counts else None

    def _attributed(self, tok: Token) -> str | None:
        t = tok
        for _ in range(12):
            if t.i in self.attribution:
                return self.attribution[t.i]
            if t.head.i == t.i:
                break
            t = t.head
        return None

    def _emit(self, subj: Arg, pred, obj: Arg | Value, sent: Span, toks: list[Token], conf: float,
              quals: list, extractor: str, wording: str, kind: str = "fact") -> None:
        o = obj.cluster if isinstance(obj, Arg) and obj.cluster is not None else (
            obj.value if isinstance(obj, Arg) else obj)
        if isinstance(o, Value) and o.kind != "quote" and o.text != o.text.strip(" ,;:"):
            # ", een dag later": a value the parse cut at a comma
            o = replace(o, text=o.text.strip(" ,;:")) if o.text.strip(" ,;:") else None
        if o is None or subj.cluster is None:
            return
        if isinstance(o, int) and o == subj.cluster:
            return
        if pred.id == "said" and not isinstance(o, Value):
            return  # what someone said is a quotation, not an entity
        if pred.id == "hebben" and isinstance(o, int) and isinstance(obj, Arg) and obj.token is not None:
            # "De drugs hebben een straatwaarde van 210 miljoen euro" (also with the amount after the verb:
            # "dat een waarde heeft van 180 miljoen euro"): the amount is what the noun measures
            noun = self.doc[obj.token]
            amount = next((a.value for g in children_of(noun) + children_of(noun.head)
                           if g.dep_ in ("nmod", "obl") and case_of(g) == "van" and is_amount(g)
                           for a in resolve(self.doc, g, allow_value=True) if a.value is not None), None)
            if amount is not None:
                pred, o = _P("hasAmount", f"has {noun.text} of", False), amount
        if not pred.canonical and isinstance(o, int) and self._embedded and not any(
                q[0] in ("factor", "negated") for q in quals) and self._descriptions_only(subj.cluster, o):
            return  # a concept-to-concept fact with an unknown verb inside reported speech: the quote says it
        if pred.id in ("hebben", "tellen") and isinstance(o, Value) and o.kind == "number":
            noun = o.text.split()[-1].lower()
            # "heeft 27 miljoen euro aan schulden": the "aan" noun says what the amount is of
            of = [g for g in children_of(self.doc[obj.token]) if g.dep_ == "nmod" and case_of(g) == "aan"
                  and g.pos_ == "NOUN"] if isinstance(obj, Arg) and obj.token is not None else []
            pred = _P("hebben", "employs" if noun in _STAFF else f"has {of[0].text}" if of else "has", False)
        elif pred.id == "werken" and isinstance(o, Value) and o.kind == "number" and o.text.split()[-1].lower() in _STAFF:
            pred = _P("hebben", "employs", False)  # "In de fabriek werken 320 mensen"
        elif pred.id in ("krijgen", "ontvangen") and isinstance(o, Value) and o.kind in ("number", "amount", "money"):
            pred = _P(pred.id, "receives", False)  # "De aandeelhouders krijgen 48 euro per aandeel"
        elif not pred.canonical and pred.id.split("_")[0] in _VAGUE_VERBS and not reads_with(*(pred.id.split("_", 1) + [""])[:2]):
            return  # "hebben", "komen", "gaan" without a known reading ("gaan naar": goes to) say too little
        if not pred.canonical and isinstance(obj, Arg) and obj.cluster is not None and " " in pred.label and self._bare_singular(obj.token) \
                and len(self.clusters[obj.cluster].mentions) < 2:
            return  # "op maat", "in geval", "van aard": a bare singular noun after a preposition is an adverbial idiom
        if not pred.canonical and not has_reading(pred.id) and isinstance(obj, Arg) and obj.cluster is not None \
                and self._bare_indefinite(obj.token):
            return  # "houdt een slag om de arm": an unknown verb with a bare "een N" is an idiom, not a fact
        if pred.id == "acquires" and isinstance(o, int) and self._descriptions_only(o) and self.clusters[o].type not in ("ORG", "PRODUCT") \
                and not (isinstance(obj, Arg) and obj.token is not None and is_amount(self.doc[obj.token])):
            # "neemt het werk over" takes over a task; "kopen meubels" buys things
            pred = _P("replaces", "takes over") if wording.startswith("over") else _P("acquires", "buys")
        if pred.id in ("uses", "investeren") and isinstance(obj, Arg) and obj.value is not None and is_money(self.doc[obj.token]):
            pred = _P("invests", "invests")  # "zet 25 miljoen euro in", "investeert 2 miljard": money put in is invested
        label = pred.label
        if isinstance(obj, Arg) and obj.wording and pred.canonical is False:
            label = f"{label} {obj.wording}"
        if subj.attribute:
            label = f"{subj.attribute} {label}"  # "revenue increases"
        key = (subj.cluster, label, o if isinstance(o, int) else o.text)
        if key in self.seen:
            return
        self.seen.add(key)
        if subj.via_pronoun or isinstance(obj, Arg) and obj.via_pronoun:
            conf -= 0.1
        if not pred.canonical:
            conf -= 0.1
        hl = sorted({_hl(t) for t in toks if t is not None})
        self.out.append(RawTriple(subj.cluster, pred.id, label, wording, o, sent.start_char, sent.end_char,
                                  hl, round(max(0.05, min(conf, 0.99)), 2), list(quals), extractor, kind))

    # -- speech -----------------------------------------------------------------------------------
    def _speech(self, v: Token) -> None:
        lemma = verb_lemma(v)
        if lemma == "weten" and (v.head.lemma_ or "").lower() == "laten" or lemma == "laten" and any(
                c.lower_ == "weten" for c in children_of(v)):
            lemma = "laten_weten"
        if lemma not in SAY_VERBS:
            return
        comps = [c for c in children_of(v) if c.dep_ in _CLAUSE_DEPS or c.dep_ == "parataxis" and c.i < v.i]
        if not comps:
            # the parse lost the complement: take the first "dat"-clause after the verb in its sentence
            ancestors = set(a.i for a in v.ancestors)
            for t in sentence_of(v):
                if t.i > v.i and t.lower_ == "dat" and t.dep_ == "mark" and t.head.i not in ancestors and t.head.i != v.i:
                    gov = t.head.head
                    if gov.i != t.head.i and gov.i != v.i and gov.pos_ in ("VERB", "AUX"):
                        break  # the clause belongs to another verb ("beweerd wordt dat ...")
                    comps = [t.head]
                    break
        subs, inherited = subjects(v)
        edge = v.left_edge.i  # the comma before the verb, in its phrase or just before it
        postposed = not comps and v.dep_ in ("parataxis", "conj") and v.head.i < v.i and "," in (self.doc[edge].text, self.doc[edge - 1].text) \
            and not any(c.dep_ == "cc" for c in children_of(v))  # "steunt X, maar waarschuwt voor Y": two acts, not a report
        if postposed:
            # "Het kabinet trekt 2 miljard uit, schrijft minister Jansen": the clause before is what was said
            comps = [v.head]
            after = [c for c in children_of(v) if c.dep_ == "obj" and c.i > v.i]  # "meldt de krant" (V2 subject)
            subs = after if after and (inherited or not subs) else subs
        if not comps:
            return
        speakers = [a for s in subs for a in resolve(self.doc, s)]
        if not speakers:
            return
        pred = normalise(lemma)
        if pred.id not in ("said", "announced", "worriedAbout", "expects"):
            pred = normalise("zeggen")
        quals, _ = qualifiers_for_verb(v)
        for c in children_of(v):
            if c.dep_ in ("obl",) and case_of(c) in ("in", "via", "tijdens") and (c.lemma_ or c.lower_).lower() in SPEECH_MEDIA:
                quals.append(("medium", _span_text(self.doc, c, True)))
            if c.dep_ in ("obl",) and case_of(c) in ("tegen", "tegenover", "aan"):
                quals.append(("audience", _span_text(self.doc, c, True)))
        for comp in comps:
            text = _span_text(self.doc, comp, before=v if postposed else None)
            if len(text.split()) < 3:
                continue
            speaker_name = self.clusters[speakers[0].cluster].name if speakers[0].cluster is not None else None
            if speaker_name:
                self.attribution[comp.i] = speaker_name
                if postposed:
                    self.attribution[v.i] = None  # the speaker's own clause is not attributed to the speaker
            for sp in speakers:
                self._emit(sp, pred, Value(text, "quote"), sentence_of(v), [self.doc[sp.token], v], 0.75, quals,
                           "textkg.speech.v1", lemma, kind="reported_speech")

    def _according_to(self, pp: Token) -> None:
        """"Volgens De Vries blijven de fabrieken open": when no fact of the sentence carries the
        attribution, keep what De Vries said as reported speech, so the claim is not lost."""
        speakers = [a for a in resolve(self.doc, pp) if a.cluster is not None]
        v = pp.head
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head
        sent = sentence_of(v)
        if not speakers or v.i == pp.i or any(t.sent_start == sent.start_char and dict(t.qualifiers).get("attributed_to") for t in self.out):
            return
        skip = {t.i for t in pp.subtree}
        toks = [t for t in v.subtree if t.i not in skip]
        while toks and (toks[0].is_punct or toks[0].dep_ in ("mark", "cc") and toks[0].head.i == v.i):
            toks = toks[1:]
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
        if len(toks) < 3:
            return
        text = " ".join(t.text for t in toks)
        text = re.sub(r"\s+([,.;:!?])", r"\1", text)
        for sp in speakers:
            self._emit(sp, normalise("zeggen"), Value(text, "quote"), sent, [self.doc[sp.token], pp], 0.7, [],
                       "textkg.speech.v1", "volgens", kind="reported_speech")

    def _backward_attribution(self, verbs: list[Token]) -> None:
        """"Dat heeft X bekendgemaakt." / "Dat zegt X.": the previous sentence's facts are X's claims."""
        doc = self.doc
        for v in verbs:
            lemma = verb_lemma(v)
            if lemma not in SAY_VERBS and normalise(lemma).id not in ("said", "announced"):
                continue
            around = list(children_of(v)) + [g for c in children_of(v) if c.dep_ in ("aux", "aux:pass") for g in children_of(c)]
            dem = [c for c in around if c.lower_ in ("dat", "dit") and c.pos_ in ("PRON", "DET") and c.i < v.i
                   and c.dep_ in ("nsubj", "obj")]
            if not dem:
                continue
            cands = [c for c in children_of(v) if c.dep_ in ("nsubj", "obj", "nsubj:pass") and c not in dem]
            speakers = [a for c in cands for a in resolve(doc, c) if a.cluster is not None]
            sent = sentence_of(v)
            if not speakers or sent.start == 0:
                continue
            prev = sentence_of(doc[sent.start - 1])
            name = self.clusters[speakers[0].cluster].name
            for t in self.out:
                if t.sent_start == prev.start_char and not any(q[0] == "attributed_to" for q in t.qualifiers) \
                        and t.subject != speakers[0].cluster:
                    t.qualifiers.append(("attributed_to", name))

    # -- clauses ----------------------------------------------------------------------------------
    def _wish(self, v: Token, lemma: str) -> None:
        """"Kamphuis wil dat minister Brouwer ingrijpt": a wish or demand about someone who acts without
        an object; the actor becomes the object, the acting verb joins the predicate."""
        doc = self.doc
        for comp in children_of(v):
            if comp.dep_ != "ccomp" or comp.pos_ != "VERB" or not any(g.lower_ == "dat" and g.dep_ == "mark" for g in children_of(comp)) \
                    or any(g.dep_ in ("obj", "obl", "obl:arg", "ccomp", "xcomp", "nsubj:pass") for g in children_of(comp)):
                continue
            actors = [a for c in children_of(comp) if c.dep_ == "nsubj" for a in resolve(doc, c)]
            wanters = [a for s in subjects(v)[0] for a in resolve(doc, s)]
            act = verb_lemma(comp)
            pred = _P(f"{lemma}_{act}", f"{normalise(lemma).label} {act}", False)
            quals = [("negated", True)] if negated(v) else []
            for w in wanters:
                for a in actors:
                    self._emit(w, pred, a, sentence_of(v), [doc[w.token], v, comp], 0.6, quals, "textkg.svo.v1", f"{lemma} dat {act}")

    def _counted_event(self, v: Token, lemma: str) -> None:
        """"Daarbij verdwijnen 640 banen", "er staan twintig vacatures open", "Bij Philips verdwijnen 500
        banen": a counted theme without an agent happens at a place or organisation, named in a
        bij/op/in phrase or else the organisation the text is about."""
        doc = self.doc
        args = [c for c in children_of(v) if c.dep_ in ("nsubj", "obj")]
        if len(args) != 1 or v.pos_ != "VERB" or not is_amount(args[0]) or (doc._.tkg_head2mention or {}).get(args[0].i) is not None:
            return
        theme = args[0]
        if lemma == "gaan" and any(c.dep_ == "xcomp" and c.lower_ == "verloren" for c in children_of(v)):
            lemma = "verliezen"  # "waardoor 240 banen verloren gaan"
        if any(s.i != theme.i for s in subjects(v)[0]):
            return  # "Woonstad wil 450 woningen bouwen": an agent's act, not an event at a place
        around = list(children_of(v)) + [g for c in children_of(v) if c.dep_ in ("aux", "aux:pass") for g in children_of(c)]
        owners = [a for c in around if c.dep_ == "obl" and case_of(c) in ("bij", "op", "in") and not is_time_phrase(c)
                  for a in resolve(doc, c) if a.cluster is not None]
        if not owners:
            org = self._topic_org(v.i, window=2, types=("ORG", "MISC"))
            owners = [org] if org is not None else []
        lo = min(t.i for t in theme.subtree if not t.is_punct)
        hi = max(t.i for t in theme.subtree if not t.is_punct and (t.i <= theme.i or t.head.i == theme.i and t.dep_ != "acl:relcl"))
        value = Value(doc[lo:hi + 1].text, "number")
        quals, _ = qualifiers_for_verb(v)
        for o in owners:
            self._emit(o, normalise(lemma), value, sentence_of(v), [v, theme], 0.5, quals, "textkg.svo.v1", lemma)

    def _clause(self, v: Token) -> None:
        doc = self.doc
        lemma = verb_lemma(v)
        if lemma in _WISH_VERBS:
            self._wish(v, lemma)
        self._counted_event(v, lemma)
        if any(c.dep_ == "cop" for c in children_of(v)) and v.pos_ != "VERB":
            self._copula(v)
            return
        if v.dep_ == "xcomp" and (v.head.lemma_ or "").lower() in _SMALL_CLAUSE_VERBS and v.morph.get("VerbForm") != ["Inf"] \
                and not any(g.lower_ == "te" for g in children_of(v)):
            return  # read as part of the head's small clause
        if v.lower_ in REACTION_EN and v.dep_ in ("xcomp", "advmod") and verb_lemma(v.head) == "reageren":
            return  # the manner of "reageerde teleurgesteld op X": read with "reageren"
        stem = (v.lemma_ or "").lower()
        if stem in ("gaan", "raken", "worden", "blijven") and (lemma == stem or not has_reading(lemma)) and not is_passive(v) \
                and not any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in children_of(v)):
            # "gaat failliet", "blijven open" (but "gaat dicht" reads "closes")
            states = [c for c in children_of(v) if c.dep_ in ("xcomp", "obj") and c.pos_ == "ADJ" and c.i > v.i and not is_comparative(c)]
            subs0, _ = subjects(v)
            if states and subs0:
                for s in [a for x in subs0 for a in resolve(doc, x)]:
                    quals0 = [("negated", True)] if negated(v) else []
                    self._emit(s, _P("hasState", f"{v.text} {states[0].text}"), Value(states[0].text, "text"),
                               sentence_of(v), [doc[s.token], v, states[0]], 0.6, quals0, "textkg.svo.v1",
                               f"{stem} {states[0].text}")
                return
        if any(c.dep_ == "mark" and c.lower_ in ("zoals", "als") for c in children_of(v)) and not any(
                c.dep_ in ("nsubj", "nsubj:pass", "obj") for c in children_of(v)):
            return  # "zoals verwacht", "als gezegd": a comment clause, not a fact
        if lemma in ("kunnen", "moeten", "mogen", "willen", "zullen", "lijken", "blijken", "gaan") and any(
                c.dep_ == "xcomp" and f"{case_of(c)} {(c.lemma_ or c.lower_).lower()} {lemma}" not in PP_IDIOMS for c in children_of(v)):
            return  # the complement verb carries the fact ("gaat in beroep" is one predicate)
        kids = list(children_of(v))
        elided = lemma in _MODAL_VERBS and any(c.dep_ in _OBL_DEPS and case_of(c) == "naar" for c in kids)
        if elided:  # "moeten voor een bevalling naar Gorinchem": a modal with a direction and no verb goes there
            lemma = "gaan"
        manner = [c for c in kids if c.dep_ in ("xcomp", "advmod") and c.lower_ in REACTION_EN] if lemma == "reageren" else []
        if manner:  # "reageert boos op het besluit": is angry about the decision
            lemma = f"reageren {manner[0].lower_}"
            kids += [g for g in children_of(manner[0]) if g.dep_ in _OBL_DEPS and case_of(g)]
            if not any(case_of(g) == "op" for g in kids):
                subj_args = [a for c in subjects(v)[0] for a in resolve(doc, c) if a.cluster is not None]
                self._reaction(subj_args, manner[0], sentence_of(v), [])
        if v.dep_ == "xcomp" and v.head.lower_ in SUPPORT_NOUNS and lemma in LIGHT_VERBS:
            # "zich zorgen maken" parsed with the noun as the head verb: read it as one predicate
            lemma = f"{v.head.lower_} {lemma}"
            kids += [g for g in children_of(v.head) if g.lower_ in ("zich", "zichzelf")]
        # "Hoewel X Y doet, heeft Z ...": a fronted subordinate clause the parse flattened into the main clause
        sub_range = fronted_subclause(v)
        kids = [c for c in kids if c.i not in sub_range]
        # a predicative small clause: "noemde het resultaat verbluffend", "vindt de prijs te hoog"
        small = [c for c in kids if (c.dep_ == "xcomp" and c.pos_ in ("ADJ", "VERB") or c.dep_ == "advmod" and c.pos_ == "ADJ"
                                     and lemma in _SMALL_CLAUSE_VERBS and any(o.dep_ == "obj" and o.i < c.i for o in kids)) and c.morph.get("VerbForm") != ["Inf"]
                 and not any(g.lower_ == "te" and (g.dep_ == "mark" or c.pos_ == "VERB") for g in children_of(c)) and c.lower_ not in ADV_PARTICLES and c.lower_ not in PARTICLES]
        small.sort(key=lambda c: (c.dep_ != "xcomp", -c.i))  # the predicate, not a degree word before it
        if small and stem in _SMALL_CLAUSE_VERBS:
            kids += [g for g in children_of(small[0]) if g.dep_ in ("obj", "nsubj") and g.i < small[0].i]
        refl = any(c.lower_ in ("zich", "zichzelf") and c.dep_ in ("expl:pv", "expl", "obj", "iobj", "compound:prt", "dep") for c in kids)
        objs = [c for c in kids if c.dep_ in _OBJ_DEPS + ("nsubj",) and c.lower_ not in ("zich", "zichzelf")
                and c.head.i != v.i and c.i < (small[0].i if small else -1)] if small else []
        objs += [c for c in kids if c.dep_ in _OBJ_DEPS and c.lower_ not in ("zich", "zichzelf") and case_of(c) not in ("als", "zoals")
                 and not is_comparative(c) and not is_bare_year(c)
                 # "investeert daar 85 miljoen euro in": an amount without a preposition is the object
                 or c.dep_ == "obl" and not case_of(c) and is_amount(c) and not is_time_phrase(c)
                 and not any(case_of(g) in _lemma_preps(lemma) for g in kids if g.dep_ in _OBL_DEPS)]
        if not objs:
            # a bare noun parsed as xcomp ("gebruikt software") is the object
            objs = [c for c in kids if c.dep_ in ("xcomp", "dep") and c.pos_ in ("NOUN", "PROPN") and not case_of(c)
                    and c.lower_ not in SUPPORT_NOUNS]
        if not objs and v.dep_ == "xcomp" and (v.head.lemma_ or "").lower() in _MODAL_VERBS:
            # "wil de technologie in 2030 gebruiken": the parse hung the object on the modal
            objs = [c for c in children_of(v.head) if c.dep_ == "obj" and c.i < v.i and c.pos_ in ("NOUN", "PROPN")]
        subs, inherited = subjects(v)
        if small and stem in _SMALL_CLAUSE_VERBS and v.dep_ == "conj" and subs \
                and all(v.i < x.i < small[0].i for x in subs):
            # "..., maar vindt het boetebedrag te laag": the small clause's subject is the object; the
            # verb shares the first conjunct's subject
            objs, subs, inherited = subs + objs, subjects(v.head)[0], True
        if len(subs) == 1 and subs[0].lower_ in ("je", "jou", "u", "ze", "hen") and subs[0].i > v.i:
            # V2: "het maakt je ..." - a pronoun object before the verb is the subject the parse swapped
            front = [o for o in objs if o.lower_ in ("het", "'t") and o.i < v.i]
            if front:
                subs, objs = front, [o for o in objs if o is not front[0]]
        objs = [o for o in objs if o not in subs]
        if inherited and v.dep_ in ("conj", "parataxis") and normalise(lemma).id in ("said", "announced"):
            # "..., maakte gedeputeerde Marieke Vos dinsdag bekend": the person after a verb of saying says it
            speaker = [o for o in objs if v.i < o.i <= v.i + 3 and any(
                a.cluster is not None and self.clusters[a.cluster].type == "PERSON" for a in resolve(doc, o))]
            if speaker:
                subs, objs, inherited = speaker[:1], [o for o in objs if o is not speaker[0]], False
        if self._fronted_object(v, lemma, subs, objs, inherited):
            subs, objs = objs, subs  # "Een verkoop van de fabriek sluit het concern uit": object first (V2)
        if inherited and subs and all(x.lower_ in ("dat", "dit") and x.pos_ in ("PRON", "DET") for x in subs):
            # "Dat doet de streamingdienst door het te gebruiken": the inherited subject is the one the
            # fronted demonstrative's clause swaps in (its "object")
            swapped = [c for c in children_of(subs[0].head) if c.dep_ == "obj" and c.i > subs[0].i]
            subs = swapped[:1] or subs
        if subs and objs and v.dep_ != "acl:relcl" and all(x.lower_ in ("dat", "dit") and x.pos_ in ("PRON", "DET") for x in subs):
            # "Dat heeft CEO X bekendgemaakt": the fronted demonstrative is the object, the "object" the subject
            subs, objs = objs[:1], objs[1:]
        if len(subs) > 1 and not objs:
            objs = subs[1:]  # two "subjects" and no object: the parse missed the object (V2 order)
            subs = subs[:1]
        first = min(objs, key=lambda o: o.i) if objs else None
        if not subs and len(objs) > 1 and (first.lower_ in _SUBJECT_PRONOUNS or v.i > sentence_of(v).start and first.left_edge.i == v.i + 1):
            # two "objects" and no subject: "In Nijmegen gaat het de chip produceren", "Volgens X verhoogde
            # het bedrijf de prijs" (V2 order): the phrase right after the finite verb is the subject
            subs, objs = [first], [o for o in objs if o is not first]
        passive = is_passive(v)
        agent = [c for c in kids if c.dep_ == "obl:agent" or c.dep_ == "obl" and case_of(c) == "door" and passive]
        # support-verb idioms: the bare noun object joins the predicate
        for o in list(objs):
            dets = [g.lower_ for g in children_of(o) if g.dep_ == "det"]
            if o.lower_ in SUPPORT_NOUNS and (lemma in LIGHT_VERBS and not set(dets) & _DEFINITE or f"{o.lower_} {lemma}" in _lex_lemmas()):
                lemma = f"{o.lower_} {lemma}"
                objs.remove(o)
                if not subs or inherited:  # the parse hung the subject on the noun ("boeren zich zorgen maken")
                    own = [g for g in children_of(o) if g.dep_ in ("nsubj", "nsubj:pass")]
                    if own:
                        subs, inherited = own, False
                kids += [g for g in children_of(o) if g.dep_ in ("expl:pv", "obj") and g.lower_ in ("zich", "zichzelf")]
        refl = refl or any(c.lower_ in ("zich", "zichzelf") and c.dep_ in ("expl:pv", "expl", "obj") for c in kids)
        for x in list(kids):
            if x.dep_ in ("xcomp", "advmod") and x.lower_ in SUPPORT_NOUNS and lemma in LIGHT_VERBS:
                lemma = f"{x.lower_} {lemma}"
                kids += [g for g in children_of(x) if g.dep_ in _OBL_DEPS or g.dep_ == "nmod" and case_of(g)]
            elif x.dep_ in ("xcomp", "advmod", "compound:prt") and (x.lower_ in ADV_PARTICLES or x.dep_ == "compound:prt"):
                kids += [g for g in children_of(x) if g.dep_ in _OBL_DEPS or g.dep_ == "nmod" and case_of(g)]
            elif x.dep_ in ("xcomp", "advcl") and case_of(x) in ("als", "zoals") and x.pos_ in ("NOUN", "PROPN", "ADJ"):
                kids.append(x)
        # a PP hanging on a pronoun ("zich ... om X") or an incorporated noun belongs to the verb
        for x in kids:
            if x.pos_ == "PRON" and x.dep_ in ("obj", "expl:pv", "expl", "iobj") or x.dep_ == "obj" and x not in objs and x.lower_ in SUPPORT_NOUNS:
                kids += [g for g in children_of(x) if g.dep_ in ("nmod", "obl") and case_of(g) and g not in kids]
        # a PP parsed inside the object ("drones voor inspecties") that the verb selects belongs to the verb
        for o in objs:
            for g in children_of(o):
                if g.dep_ == "nmod" and case_of(g) not in (None, "van", "tussen") and (
                        normalise(lemma, case_of(g)).canonical or reads_with(lemma, case_of(g))):
                    kids.append(g)
        quals, used = qualifiers_for_verb(v)
        objs = [o for o in objs if o.i not in used]
        if negated(v):
            quals.append(("negated", True))
        mod = v.lower_ if elided else modality(v)
        if mod:
            quals.append(("modality", mod))
        quals += [("count", n) for n in map(count_of, subs) if n]
        obls = []
        attributed = self._attributed(v)
        self._embedded = attributed is not None
        for c in kids:
            if (c.dep_ not in _OBL_DEPS and not (c.dep_ in ("nmod", "xcomp", "advcl") and case_of(c))
                    and not (c.dep_ == "obj" and case_of(c) in ("als", "zoals"))) or c.i in used or c in agent or c in [o for _, o in obls]:
                continue
            prep = case_of(c) if c.dep_ != "iobj" else "aan"
            if c.pos_ in ("VERB", "AUX") and not prep:
                continue  # a clause the parse labelled as an oblique ("en ... in dienst heeft")
            if prep == "volgens":
                attributed = self._source(c) or attributed
                continue
            if is_time_phrase(c):
                quals.append(("time", time_phrase(c)))
                continue
            fixed = [g.lower_ for k in children_of(c) if k.dep_ == "case" for g in children_of(k) if g.dep_ == "fixed"]
            if (prep, c.lower_) in _CIRCUMSTANCE_PPS or (prep, fixed[0] if fixed else "") in _CIRCUMSTANCE_PPS:
                # "als gevolg van de fusie": why, not what
                quals.append((prep, _span_text(doc, c)))
                continue
            if prep in ("in", "via") and (c.lemma_ or c.lower_).lower() in SPEECH_MEDIA \
                    and normalise(lemma).id in ("said", "announced"):
                # "aangekondigd in een brief aan de Tweede Kamer": the medium is a qualifier, its addressee the object
                quals.append(("medium", _span_text(doc, c, True)))
                obls += [("aan", g) for g in children_of(c) if g.dep_ == "nmod" and case_of(g) == "aan"]
                continue
            if c.dep_ in ("xcomp", "advcl") and prep not in ("als", "zoals") \
                    and f"{prep} {(c.lemma_ or c.lower_).lower()} {lemma}" not in PP_IDIOMS:  # "gaat in beroep" as xcomp
                continue
            obls.append((prep, c))
        # "steeg in het eerste halfjaar met 4,2 procent", "de omzet met 9 procent daalde", "met 8 procent tot 6,4
        # miljard": a change amount the parse hung on a time phrase, on the subject or on the other amount
        hosts = [c for c in kids if c.dep_ in _OBL_DEPS and c.i not in sub_range and (is_time_phrase(c) or is_amount(c))]
        obls += [(case_of(g), g) for c in hosts + subs for g in children_of(c)
                 if g.dep_ == "nmod" and case_of(g) in _CHANGE_PREPS and is_amount(g)]
        # a PP idiom joins the predicate ("in beroep gaan tegen", "aan het roer staan van", "om tafel zitten met")
        # (also hung on another oblique: "liggen met elkaar in de clinch")
        for p, c in list(obls) + [(case_of(g), g) for _, c in obls for g in children_of(c) if g.dep_ == "nmod" and case_of(g)]:
            idiom = f"{p} {(c.lemma_ or c.lower_).lower()} {lemma}"
            if idiom in PP_IDIOMS and not any(g.dep_ in ("amod", "acl") for g in children_of(c)):
                lemma = idiom
                obls = [x for x in obls if x != (p, c)]
                obls += [(case_of(g), g) for g in children_of(c) if g.dep_ == "nmod" and case_of(g)]  # "om tafel met NS"
        for x in kids:  # the same idiom parsed as a particle with a fixed noun ("gaat in_beroep")
            fixed = [g for g in children_of(x) if g.dep_ == "fixed" and g.pos_ == "NOUN"] if x.dep_ == "compound:prt" else []
            if fixed:
                base = lemma[len(x.lower_):] if lemma.startswith(x.lower_) else lemma
                idiom = f"{x.lower_} {(fixed[0].lemma_ or fixed[0].lower_).lower()} {base}"
                lemma = idiom if idiom in PP_IDIOMS else lemma
        # a PP the verb selects ("zorgen maken om") that the parse hung elsewhere, right after the clause
        wanted = _lemma_preps(lemma) if normalise(lemma).canonical or _lemma_preps(lemma) else frozenset()
        if wanted and not any(p in wanted for p, _ in obls):
            # "profiteert Plusmarkt van de prijzenoorlog": the PP the verb selects, hung on a name
            obls += [(case_of(g), g) for x in subs + objs if x.pos_ == "PROPN" for g in children_of(x)
                     if g.dep_ == "nmod" and case_of(g) in wanted and g.i > x.i][:1]
            # "kampt sinds de zomervakantie met een tekort": the PP hung on a time phrase
            obls += [(case_of(g), g) for x in kids if x.dep_ in _OBL_DEPS and is_time_phrase(x) for g in children_of(x)
                     if g.dep_ == "nmod" and case_of(g) in wanted and g.i > x.i][:1]
        if wanted and not any(p in wanted for p, _ in obls):
            edge = max(t.i for t in clause_tokens(v))
            nxt = doc[edge + 1] if edge + 1 < len(doc) else None
            if nxt is not None and nxt.dep_ == "case" and nxt.lower_ in wanted and nxt.head.pos_ in ("NOUN", "PROPN") \
                    and nxt.head.i not in [c.i for _, c in obls]:
                obls.append((nxt.lower_, nxt.head))
        if attributed:
            quals.append(("attributed_to", attributed))
        if passive and agent:
            patients = [a for s in subs for a in self._theme(s)]
            subj_args = [a for g in agent for a in resolve(doc, g)]
            objs_args = [(None, p) for p in patients]
            passive_label = False
        else:
            subj_args = [self._owned_attribute(s) or a for s in subs for a in resolve(doc, s)]
            objs_args = [(o, a) for o in objs for a in self._theme(o)]
            # "investeert 2 miljard euro in X": the amount qualifies the fact about X, and is a fact of its own
            selected = [p for p, _ in obls if p in _lemma_preps(lemma)]
            if selected and (lemma, None, None) not in _lex_keys():
                for o_tok, a in list(objs_args):
                    if a.value is not None:
                        quals.append(("amount", a.value.text))
                        objs_args.remove((o_tok, a))
                        base = normalise(lemma, selected[0], reflexive=refl)  # "invests in" -> "invests"
                        label = base.label.rsplit(" ", 1)[0] if " " in base.label else base.label
                        for s in subj_args:
                            self._emit(s, _P(base.id, label, base.canonical), a, sentence_of(v), [doc[s.token], v, o_tok],
                                       0.65, [], "textkg.svo.v1", lemma)
            passive_label = passive
        if not subj_args:
            return
        conf = 0.75 - (0.1 if inherited else 0.0)
        sent = sentence_of(v)
        prts = [c for c in kids if c.dep_ == "compound:prt"]
        vt = [v] + prts
        state = ""
        if small and stem in _SMALL_CLAUSE_VERBS:
            # "te laag": the degree word belongs to the predicate
            state = " ".join(t.text for t in doc[small[0].left_edge.i: small[0].i + 1] if t.dep_ == "advmod" or t.i == small[0].i)
            lemma = f"{lemma} {state}"
        wording = ("zich " if refl else "") + lemma
        # "X werd door Y uitgeroepen tot beste speler", "benoemde X tot directeur": the "tot" phrase
        # says what the patient became; it is not something the agent did to a second thing
        said_of = [(p, c) for p, c in obls if p == "tot" and self._predicative(c)]
        for _, c in said_of:
            for _, patient in objs_args:
                for val in resolve(doc, c):
                    label = " ".join([v.lower_] + [q.lower_ for q in prts if q.i > v.i] + ["tot"])
                    self._emit(patient, _P(f"{lemma}_tot", label, False), val, sent, [doc[patient.token]] + vt + [c],
                               conf, quals, "textkg.svo.v1", f"{wording} tot")
        obls = [x for x in obls if x not in said_of]
        # locative "in <place>" obliques become a qualifier when the clause has another object
        place_obls = [(p, c) for p, c in obls if p in ("in", "op", "bij") and self._is_place(c)]
        if (objs_args or len(obls) > len(place_obls)) and place_obls:
            for p, c in place_obls:
                quals.append(("location", _span_text(doc, c)))
                # a place PP right after the object is the object's ("de instorting van X in Buenos Aires")
                for o_tok, a in objs_args:
                    if o_tok is not None and p == "in" and c.left_edge.i == o_tok.right_edge.i + 1 \
                            and not (a.cluster is not None and self.clusters[a.cluster].type == "PERSON"):  # people move
                        for pl in resolve(doc, c):
                            self._emit(a, _P("locatedIn", "is located in"), pl, sent, [o_tok, c], 0.5, [],
                                       "textkg.apposition.v1", "in")
            obls = [x for x in obls if x not in place_obls]
        allowed = _lemma_preps(lemma)
        if allowed and (objs_args or len(obls) > 1):
            adj = [(p, c) for p, c in obls if p not in allowed and p not in ("als", "zoals")]
            for p, c in adj:
                quals.append((p or "detail", _span_text(doc, c)))
            obls = [x for x in obls if x not in adj]
        if objs_args:
            # "steunt de kandidatuur tijdens de vergadering": with an object, these PPs are circumstances
            adj = [(p, c) for p, c in obls if p in _ADJUNCT_PREPS]
            quals += [(p, _span_text(doc, c)) for p, c in adj]
            # "daagde de corporatie vanwege de huurverhoging": the cause is a fact of its own too
            causes = [(p, c) for p, c in adj if p in _CAUSE_PREPS]
            # "brengt de chip uit voor 12.000 dollar": an amount after "voor" is the object's price
            prices = [(p, c) for p, c in obls if p == "voor" and is_amount(c) and (lemma, "voor", None) not in _lex_keys()]
            for _, c in prices:
                price = Value(_np_text(doc, c), "number")
                quals.append(("price", price.text))
                for o_tok, a in objs_args:
                    if a.cluster is not None:
                        self._emit(a, _P("costs", "costs"), price, sentence_of(v), [doc[o_tok.i], c], 0.6, [],
                                   "textkg.svo.v1", "voor")
            obls = [x for x in obls if x not in adj and x not in prices] + causes
        als = [(p, c) for p, c in obls if p in ("als", "zoals")]
        for p, c in obls + said_of:
            # "stelde X aan als trainer", "X werkt als directeur bij Y", "X is benoemd tot voorzitter": X holds the role
            role = role_of(c.text) if p in ("als", "tot") and c.pos_ in ("NOUN", "PROPN") else None
            if role:
                own_pp = any(case_of(g) in ("van", "bij") for g in children_of(c))
                org = subj_args[0] if objs_args and subj_args and not own_pp and subj_args[0].cluster is not None \
                    and self.clusters[subj_args[0].cluster].type == "ORG" else None
                for holder in [a for _, a in objs_args] or subj_args:
                    if holder.cluster is not None and self.clusters[holder.cluster].type == "PERSON":
                        self._role_fact(holder, role, c, sent, org=org)
        if passive_label and not agent:
            # agentless passive: the patient is the subject ("AI wordt gebruikt voor effecten")
            compared = {self._comparison(s, v, lemma, None, sent, conf, quals, passive=True) for s in subj_args}
            if not obls and not compared - {None}:
                pred_x = [x for x in kids if x.dep_ == "xcomp" and x.pos_ in ("ADJ", "NOUN") and not case_of(x)]
                base = normalise(lemma, None, passive=True)
                label = base.label if base.canonical else f"wordt {v.text}"
                for s in subj_args:
                    if pred_x:  # "V&D werd failliet verklaard"
                        self._emit(s, _P(base.id, label, base.canonical), Value(pred_x[0].text, "text"), sent,
                                   [doc[s.token]] + vt + [pred_x[0]], conf - 0.1, quals, "textkg.svo.v1", wording)
                    else:
                        self._time_fact(s, base, label, quals, sent, [doc[s.token]] + vt, conf, wording)
            for p, c in obls:
                if c.i in compared:
                    continue
                pred = normalise(lemma, p, reflexive=refl, passive=True)
                if not pred.canonical:
                    pred = _P(pred.id, f"wordt {v.text} {p}", False)
                for s in subj_args:
                    for a in resolve(doc, c):
                        self._emit(s, pred, a, sent, [doc[s.token]] + vt + [c], conf, quals, "textkg.svo.v1", f"{wording} {p}")
            return
        compared = {self._comparison(s, v, lemma, None, sent, conf, quals, passive=False) for s in subj_args}
        obls = [(p, c) for p, c in obls if c.i not in compared]
        obls = [(p, c) for p, c in obls if c.lower_ not in ("elkaar", "mekaar")]  # "liggen met elkaar overhoop": reciprocal
        if lemma in _RECIPROCAL and len({s.cluster for s in subj_args}) > 1 and not objs_args and not any(p == "met" for p, _ in obls):
            # "Philips en Siemens gaan samenwerken op het gebied van scanners": partners, the PPs say how
            quals = quals + [(p or "detail", _span_text(doc, c)) for p, c in obls]
            obls = []
        if passive and agent:
            # "Vaxora, dat in 2011 werd opgericht door X": the patient's event has a date of its own
            dated = normalise(lemma, None, passive=True)
            for _, a in objs_args if dated.canonical else []:
                self._time_fact(a, dated, dated.label, quals, sent, [doc[a.token]] + vt, conf, wording)
        for s in subj_args:
            for o_tok, a in objs_args:
                extra = []
                if als and normalise(lemma, "als", reflexive=refl).canonical:
                    pred = normalise(lemma, "als", reflexive=refl)
                    extra = [("as", _np_text(doc, als[0][1]))]
                elif als:
                    pred = normalise(lemma, None, reflexive=refl)
                    extra = [("as", _np_text(doc, als[0][1]))]
                else:
                    pred = _surface_label(normalise(lemma, None, reflexive=refl), lemma, refl, None, v, prts)
                    if state and not pred.canonical:
                        pred = _P(pred.id, f"{_SMALL_CLAUSE_EN[stem]} {state}", False)
                self._emit(s, pred, a, sent, [doc[s.token]] + vt + [doc[a.token]], conf, quals + extra, "textkg.svo.v1", wording)
                until = [str(q[1]) for q in quals if q[0] == "time" and str(q[1]).lower().startswith(("tot ", "t/m "))] + [
                    "tot " + time_phrase(g) for g in (children_of(o_tok) if o_tok is not None else ())
                    if g.dep_ == "nmod" and case_of(g) == "tot" and is_time_phrase(g)]
                if until and o_tok is not None and o_tok.pos_ == "NOUN" and s is subj_args[0]:
                    # "tekent een contract tot medio 2030": how long the object runs is a fact of its own
                    self._emit(s, _P(pred.id, f"{pred.label} {o_tok.lower_} until", pred.canonical),
                               Value(until[0].split(" ", 1)[1], "date"), sent, [doc[s.token]] + vt + [o_tok], conf - 0.1,
                               [q for q in quals if q[0] != "time"], "textkg.svo.v1", f"{wording} {o_tok.lower_} tot")
                result = _RESULT_EN.get(stem) if state else None
                if result and a.cluster is not None and s is subj_args[0]:
                    # "verklaarde Velora failliet": Velora is bankrupt now, a fact of its own
                    self._emit(a, _P("hasState", result), Value(state, "text"), sent, [doc[a.token]] + vt + [small[0]],
                               conf - 0.1, quals, "textkg.svo.v1", wording)
            for p, c in obls:
                if als and (p, c) in als and objs_args:
                    continue
                pred = _surface_label(normalise(lemma, p, reflexive=refl), lemma, refl, p, v, prts)
                base = normalise(lemma, None, reflexive=refl)
                if objs_args and pred.id == base.id and pred.canonical and p and not pred.label.endswith(PREP_EN.get(p, p)):
                    # with an object, a preposition the lexicon absorbs ("inzetten op") is an adjunct again
                    pred = _P(base.id, f"{base.label} {PREP_EN.get(p, p)}", True)
                extra = [("instrument", self.clusters[objs_args[0][1].cluster].name)] if objs_args and objs_args[0][1].cluster is not None \
                    and objs_args[0][1].cluster != s.cluster else []
                targets = resolve(doc, c)
                if not targets and (pred.canonical and pred.id not in ("said",) or is_amount(c)):
                    targets = resolve(doc, c, allow_value=True)
                for a in targets:
                    self._emit(s, pred, a, sent, [doc[s.token]] + vt + [c], conf - 0.05, quals + extra, "textkg.svo.v1", f"{wording} {p}")
            for p, c in obls:
                if p == "met" and (c.head.lower_ == "samen" or any(x.lower_ == "samen" for x in kids)) \
                        and normalise(lemma, p).id != "collaboratesWith":
                    # "heeft samen met Karolinska een test ontwikkeld": the two work together
                    for a in resolve(doc, c):
                        self._emit(s, normalise("samenwerken", "met"), a, sent, [doc[s.token], c], conf - 0.1, [],
                                   "textkg.svo.v1", f"samen {p}")
            if not objs_args and not obls and lemma in _RECIPROCAL:
                # "KPN en Ziggo gaan samenwerken": each conjunct with the others
                pred = normalise(lemma, "met")
                for other in subj_args:
                    if other.cluster != s.cluster:
                        self._emit(s, pred, other, sent, [doc[s.token]] + vt + [doc[other.token]], conf - 0.05, quals,
                                   "textkg.svo.v1", f"{wording} (met elkaar)")
            if not any(c.dep_ == "ccomp" for c in kids):
                base = normalise(lemma, None, reflexive=refl)
                self._time_fact(s, base, base.label, quals, sent, [doc[s.token]] + vt, conf, wording,
                                days_only=bool(objs_args or obls))
            if not objs_args and not obls and lemma not in SAY_VERBS:
                # a clausal object of a canonical verb: "sluit niet uit dat de proef wordt uitgebreid"
                pred = normalise(lemma, None, reflexive=refl)
                if (pred.canonical or has_reading(pred.id) and lemma not in ("willen", "wijzen")) and pred.id != "said":
                    for cc in kids:
                        # a verb outside the vocabulary takes a clause only when "dat"/"of" marks it ("eist dat ...")
                        marked = pred.canonical or any(g.dep_ == "mark" and g.lower_ in ("dat", "of") for g in children_of(cc))
                        if cc.dep_ == "ccomp" and marked and len(list(cc.subtree)) >= 3 and cc.lower_ not in ADV_PARTICLES:
                            self._emit(s, pred, Value(_span_text(doc, cc), "text"), sent, [doc[s.token]] + vt, conf - 0.1,
                                       quals, "textkg.svo.v1", wording)
            if not objs_args and not obls:
                # an unresolved object that is a canonical relation's value ("sluit die mogelijkheid niet uit")
                pred = normalise(lemma, None, reflexive=refl)
                if pred.canonical and pred.id not in ("said", "announced"):
                    for o in objs:
                        for a in resolve(doc, o, allow_value=True):
                            self._emit(s, pred, a, sent, [doc[s.token]] + vt + [o], conf - 0.1, quals, "textkg.svo.v1", wording)

    def _theme(self, o: Token) -> list[Arg]:
        """What an object or a passive subject refers to; an amount or a counted group ("treft ruim
        80.000 klanten", "43 bezoekers werden behandeld") is a value."""
        doc = self.doc
        return resolve(doc, o) or (resolve(doc, o, allow_value=True) if is_amount(o)
                                   else [Arg(None, Value(_np_text(doc, o), "number"), o.i)] if count_of(o) else [])

    def _nominal_event(self, t: Token) -> None:
        """"de overname van Planwise door Valtora", "de fusie van X met Y", "de verkoop van Bol aan Ahold": an
        event noun with its arguments in PPs is the clause it names. Only named arguments count: "de bouw
        van het windpark" alone says nothing new."""
        doc = self.doc
        verb = _EVENT_NOUNS[(t.lemma_ or t.lower_).lower()]
        pps = {case_of(c): c for c in children_of(t) if c.dep_ == "nmod" and case_of(c) in ("van", "door", "met", "aan", "tussen")}
        if "van" in pps:  # "de verkoop van Bol aan Ahold" with the second PP hung on the first's noun
            pps.update({case_of(c): c for c in children_of(pps["van"]) if c.dep_ == "nmod" and case_of(c) in ("door", "met", "aan")
                        and case_of(c) not in pps})

        def named(c: Token | None, any_thing: bool = False) -> list[Arg]:
            return [a for a in (resolve(doc, c) if c is not None else []) if a.cluster is not None
                    and (any_thing or a.cluster in self._named)]

        agent = named(pps.get("door"))
        patient = named(pps.get("van"), any_thing=bool(agent))  # "de bouw van het windpark door Zuiderwind"
        if verb in _RECIPROCAL:  # "de fusie van X met Y", "de samenwerking tussen X en Y"
            pairs = [(a, b) for a in patient for b in named(pps.get("met"))] or list(zip(named(pps.get("tussen")), named(pps.get("tussen"))[1:]))
        elif verb == "verkopen" and "aan" in pps:  # the buyer acquires what is sold
            verb, pairs = "kopen", [(b, a) for a in patient for b in named(pps.get("aan"))]
        else:
            pairs = [(b, a) for a in patient for b in agent]
        pred = normalise(verb, "met" if verb in _RECIPROCAL else None)
        for s, o in pairs:
            self._emit(s, pred, o, sentence_of(t), [doc[s.token], t, doc[o.token]], 0.55, [], "textkg.nominal.v1", t.text)

    def _comparison(self, s: Arg, v: Token, lemma: str, obl: Token | None, sent: Span, conf: float, quals, passive: bool) -> int | None:
        """"X was tien keer sneller voltooid dan via traditionele methoden" -> (X, is completed ten times
        faster than, traditionele methoden) with a factor qualifier. Read on the clause's surface, since
        comparatives and their "dan" phrase attach unreliably. RETURNS the token index of the compared noun."""
        doc = self.doc
        toks = clause_tokens(v)
        cmp_ = [t for t in toks if is_comparative(t)]
        # an equative with a factor: "is twee keer zo snel als zijn voorganger"
        equal = [doc[t.i + 1] for t in toks if t.lower_ == "zo" and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("ADJ", "ADV")
                 and factor_of(list(doc[max(t.i - 3, 0): t.i])) is not None] if not cmp_ else []
        if not cmp_ and not equal:
            return None
        c = (cmp_ or equal)[0]
        marker = "dan" if cmp_ else "als"
        dan = [t for t in toks if t.i > c.i and t.lower_ == marker] or [t for t in doc[c.i + 1: sentence_of(c).end] if t.lower_ == marker][:1]
        if not dan:
            return None
        head2 = doc._.tkg_head2mention or {}
        than = None
        for t in toks:
            if t.i > dan[0].i and t.i in head2 and t.pos_ in ("NOUN", "PROPN", "X", "ADJ"):
                than = doc[self.mentions[head2[t.i]].head]
                break
        if than is None:
            return None
        window = [t for t in doc[max(c.i - 4, 0): c.i + 1]]
        f = factor_of(window)
        q = list(quals) + ([("factor", f)] if f is not None and ("factor", f) not in quals else [])
        base = normalise(lemma, None, passive=passive)
        words = " ".join(t.text for t in window if t.i >= c.i - 3 and (t.like_num or t.lower_ in ("keer", "maal", "zo") or t.i == c.i
                                                                       or t.lower_ in NUMBER_WORDS))
        en = "than" if marker == "dan" else "as"
        if base.canonical:
            label = f"{base.label} {words} {en}"
        elif lemma == "zijn":  # the copula: "is twee keer zo snel as"
            label = f"is {words} {en}"
        else:
            label = f"{'wordt ' + v.text if passive else lemma} {words} {marker}"
        pid = base.id if base.canonical else f"{c.lower_}_{marker}" if lemma == "zijn" else f"{lemma}_{c.lower_}_{marker}"
        pred = _P(pid, label, base.canonical)
        for a in resolve(doc, than):
            self._emit(s, pred, a, sent, [doc[s.token], v, c, than], conf - 0.05, q, "textkg.svo.v1",
                       f"{lemma} {words} {marker}")
        return than.i

    def _time_fact(self, s: Arg, base, label: str, quals, sent: Span, toks, conf: float, wording: str,
                   days_only: bool = False) -> None:
        """An intransitive event with a date is a fact about its time: "werd in 1952 opgericht"; so is
        an event with an object on a given day (``days_only``): "stopt op 1 juli met de productie"."""
        times = [q[1] for q in quals if q[0] == "time"]
        if not times or not base.canonical and base.id.split("_")[0] in _VAGUE_VERBS:
            return
        t = str(times[0])
        if not any(ch.isdigit() for ch in t) and not any(w in t.lower() for w in _MONTHS):
            return  # only dated events: "in 1952", "op 3 mei", not "vandaag"
        day = any(w.isdigit() and len(w) <= 2 for w in t.split()) and any(m in t.lower() for m in _MONTHS)  # "12 maart"
        if days_only and not day:
            return
        prep = "in" if any(ch.isdigit() for ch in t) and len(t.split()) <= 2 and not day else "on"
        self._emit(s, _P(base.id, f"{label} {prep}", base.canonical), Value(t, "date"), sent, toks, conf - 0.1,
                   [q for q in quals if q[0] != "time"], "textkg.svo.v1", wording)

    def _descriptions_only(self, *clusters: int) -> bool:
        return not any(c in self._named for c in clusters)

    def _names_a_subclass(self, m: MentionSpan) -> bool:
        """A definite description whose head is a compound of a class noun ("de verkeersorganisatie"),
        referring to a named thing not introduced with a class of its own."""
        head = self.doc[m.head]
        low = (head.lemma_ or head.lower_).lower()
        if low in CLASS_NOUNS or class_type(low) is None or head.morph.get("Number") == ["Plur"] or self._descriptions_only(m.cluster):
            return False
        if not any(c.dep_ == "det" and c.lower_ in ("de", "het") for c in children_of(head)):
            return False
        return not any(self.mentions[k].klass for k in self.clusters[m.cluster].mentions)

    def _demonym_cluster(self, tok: Token) -> int | None:
        """The country entity a demonym modifier names ("Zweedse" in "het Zweedse bedrijf" -> Sweden)."""
        country = demonym_country(tok.text) if tok.dep_ == "amod" else None
        return self._cluster_named(country) if country else None

    def _source(self, pp: Token) -> str | None:
        """The name of the source a "volgens X" phrase cites, if X resolves to an entity."""
        who = resolve(self.doc, pp)
        return self.clusters[who[0].cluster].name if who and who[0].cluster is not None else None

    def _predicative(self, tok: Token) -> bool:
        m = (self.doc._.tkg_head2mention or {}).get(tok.i)
        return m is not None and self.mentions[m].predicative

    def _bare_singular(self, i: int) -> bool:
        t = self.doc[i]
        m = (self.doc._.tkg_head2mention or {}).get(i)
        if t.pos_ != "NOUN" or m is not None and self.mentions[m].kind == "name" or t.morph.get("Number") == ["Plur"]:
            return False
        if case_of(t) == "zonder":
            return False  # "zonder" takes its noun bare ("zonder lithium", "zonder vergunning"): an argument, not an idiom
        return not any(c.dep_ in ("det", "nmod:poss", "amod", "nummod", "compound", "nmod", "conj", "acl", "acl:relcl")
                       for c in children_of(t))

    def _bare_indefinite(self, i: int) -> bool:
        t = self.doc[i]
        kids = list(children_of(t))
        return any(c.dep_ == "det" and c.lower_ == "een" for c in kids) and not any(
            c.dep_ in ("amod", "nmod", "acl", "acl:relcl", "compound", "nummod", "appos") for c in kids)

    def _is_place(self, tok: Token, also: tuple[str, ...] = ()) -> bool:
        """Is ``tok`` a place? ``also`` admits other types where the construction implies a place
        ("het bedrijf uit Amersfoort": a company comes from a place, whatever the NER called it)."""
        args = resolve(self.doc, tok)
        return bool(args) and all(a.cluster is not None and self.clusters[a.cluster].type in _LOC_TYPES + also for a in args)

    # -- copula -------------------------------------------------------------------------------------
    def _copula(self, h: Token) -> None:
        doc = self.doc
        self._embedded = self._attributed(h) is not None
        subs, inherited = subjects(h)
        subj_args = [a for s in subs for a in resolve(doc, s)]
        if not subj_args:
            return
        quals = []
        if negated(h):
            quals.append(("negated", True))
        attributed = self._attributed(h)
        for c in children_of(h):  # "Volgens Carraway is de chip twee keer zo snel"
            if c.dep_ in ("obl", "nmod") and case_of(c) == "volgens" and not attributed:
                attributed = self._source(c)
        if attributed:
            quals.append(("attributed_to", attributed))
        sent = sentence_of(h)
        cop = [c for c in children_of(h) if c.dep_ == "cop"]
        toks = [h] + cop
        if h.pos_ in ("ADJ", "ADV") and {self._comparison(s, h, "zijn", None, sent, 0.75, quals, passive=False)
                                         for s in subj_args} - {None}:
            return  # "De X2 is twee keer sneller dan de X1"
        if h.pos_ in ("NOUN", "PROPN"):
            role = role_of(h.text)
            org_role = ORG_ROLE_LABEL.get((h.lemma_ or h.lower_).lower()) or ORG_ROLE_LABEL.get(h.lower_)
            if org_role:
                for c in children_of(h):
                    if c.dep_ == "nmod" and case_of(c) in ("van",):
                        for s in subj_args:
                            for a in resolve(doc, c):
                                self._emit(s, _P(*org_role), a, sent, [doc[s.token]] + toks + [c], 0.7, quals,
                                           "textkg.copula.v1", f"is {h.text} van")
                return
            if role:
                orgs = [c for c in children_of(h) if c.dep_ == "nmod" and case_of(c) in ("van", "bij")]
                rel_id, label = ROLE_LABEL[role]
                for s in subj_args:
                    if not orgs and s.cluster is not None and self.clusters[s.cluster].type == "PERSON":
                        self._role_fact(s, role, h, sent)  # "X is algemeen directeur": of the organisation in view
                    for o in orgs:
                        for a in resolve(doc, o):
                            self._emit(s, _P(rel_id, label), a, sent, [doc[s.token]] + toks + [o], 0.75, quals,
                                       "textkg.copula.v1", f"is {h.text} van")
                return
            target = resolve(doc, h)
            dets = [c.lower_ for c in children_of(h) if c.dep_ == "det"]
            stance = {"tegen": ("opposes", "opposes"), "voor": ("supports", "supports")}.get(case_of(h) or "")
            if stance:
                # "De VVD is tegen het plan": a stance, not an identity
                for s in subj_args:
                    for a in target:
                        self._emit(s, _P(*stance), a, sent, [doc[s.token]] + toks, 0.65, quals, "textkg.copula.v1",
                                   f"is {case_of(h)}")
                return
            if h.pos_ == "NOUN" and dets and dets[0] in ("de", "het") and any(
                    c.dep_ == "amod" and (c.morph.get("Degree") == ["Sup"] or c.lower_.endswith("ste") and c.lower_ != c.lemma_)
                    for c in children_of(h)):
                # "Frieslandia wordt de grootste zuivelproducent van de Benelux": a ranking, not an identity
                lo = min(c.left_edge.i for c in children_of(h) if c.dep_ in ("amod", "compound") and c.i < h.i)
                hi = max([h.i] + [c.right_edge.i for c in children_of(h) if c.dep_ in ("nmod", "flat") and c.i > h.i])
                text = doc[lo:hi + 1].text
                becomes = any((c.lemma_ or "").lower() == "worden" for c in cop)
                pred = _P("becomes", "becomes", False) if becomes else _P("isA", "is", True)
                for s in subj_args:
                    self._emit(s, pred, Value(text, "text"), sent, [doc[s.token]] + toks, 0.65, quals, "textkg.copula.v1",
                               "wordt" if becomes else "is", kind="type")
                return
            if h.pos_ == "PROPN" and not target:
                return
            prep = case_of(h)
            if prep == "met" and target and any(t.lower_ == "eens" for c in children_of(h) for t in (c, *children_of(c))):
                # "is het (niet) eens met het besluit", parsed with the object as the head: (dis)agrees with
                for s in subj_args:
                    for a in target:
                        self._emit(s, normalise("eens zijn", "met"), a, sent, [doc[s.token]] + toks, 0.65, quals,
                                   "textkg.copula.v1", "is het eens met")
                return
            if prep and prep not in ("als", "zoals"):
                # "De transfer is niet zonder risico", "is in handen van": a state, not a class
                for s in subj_args:
                    self._emit(s, _P(f"is_{prep}", f"is {PREP_EN.get(prep, prep)}", False), Value(_np_text(doc, h), "text"), sent,
                               [doc[s.token]] + toks, 0.55, quals, "textkg.copula.v1", f"is {prep}")
                return
            if h.pos_ == "NOUN" and (dets and dets[0] in ("een",) or not dets):
                hm = (doc._.tkg_head2mention or {}).get(h.i)
                if hm is not None and self.mentions[hm].kind == "description":
                    text = self.mentions[hm].name
                else:
                    keep = [c for c in children_of(h) if c.dep_ in ("amod", "compound", "nmod", "flat") ]
                    lo = min([h.i] + [c.left_edge.i for c in keep if c.i < h.i])
                    hi = max([h.i] + [c.right_edge.i for c in keep if c.i > h.i])
                    text = doc[lo:hi + 1].text
                for s in subj_args:
                    self._emit(s, _P("isA", "is a"), Value(text, "text"), sent, [doc[s.token]] + toks, 0.65, quals,
                               "textkg.copula.v1", "is een", kind="type")
            elif target and target[0].cluster is not None and any(
                    self.mentions[k].kind == "name" for k in self.clusters[target[0].cluster].mentions) and all(
                    self._descriptions_only(s.cluster) for s in subj_args):
                for s in subj_args:
                    self._emit(s, _P("isA", "is"), target[0], sent, [doc[s.token]] + toks, 0.6, quals, "textkg.copula.v1", "is")
        elif h.pos_ in ("ADJ", "VERB") or h.lower_ == "eens":  # "is het (niet) eens met": (dis)agrees with
            lemma = (h.lemma_ or h.lower_).lower()
            # "is daar niet blij mee", "is er kritisch over": a pronominal adverb points back to what was reported
            pointing = [c for c in children_of(h) if c.dep_ in ("obl", "obl:arg") and c.lower_ in ("daar", "er", "hier")]
            if h.pos_ == "ADJ" and h.lower_ in REACTION_EN and pointing and self._reaction(subj_args, h, sent, quals):
                return
            if h.pos_ == "ADJ" and not any(c.dep_ in ("obl", "obl:arg", "nmod", "xcomp", "ccomp", "advcl", "csubj") for c in children_of(h)) \
                    and not is_comparative(h):
                if h.lower_ in REACTION_EN and self._reaction(subj_args, h, sent, quals):
                    return
                # "V&D is failliet": a state of a named entity
                for s in subj_args:
                    if any(self.mentions[i].kind == "name" for i in self.clusters[s.cluster].mentions):
                        self._emit(s, _P("hasState", "is"), Value(h.text, "text"), sent, [doc[s.token]] + toks, 0.55, quals,
                                   "textkg.copula.v1", f"is {h.text}")
            for c in children_of(h):
                if c.dep_ in ("obl", "obl:arg", "nmod") and not is_time_phrase(c):
                    p = case_of(c)
                    if not p or p == "volgens":
                        continue
                    pred = normalise(f"{h.lower_} zijn", p)
                    if not pred.canonical and pred.label == f"{h.lower_} zijn {p}":  # no reading of this form
                        pred = normalise(f"{lemma} zijn", p)
                    if not pred.canonical and pred.label == f"{lemma} zijn {p}":
                        # "is blij met de keuze": a stance adjective reads as the reaction it names
                        pred = _P(f"{lemma}_{p}", REACTION_EN.get(h.lower_) or f"is {h.text} {p}", False)
                    # "is goed voor 42 miljoen euro": an amount is a value
                    args = resolve(doc, c) or (resolve(doc, c, allow_value=True) if is_amount(c) else [])
                    for s in subj_args:
                        for a in args:
                            self._emit(s, pred, a, sent, [doc[s.token]] + toks + [c], 0.65, quals, "textkg.copula.v1",
                                       f"{h.text} zijn {p}")

    def _reaction(self, subj_args: list[Arg], adj: Token, sent: Span, quals) -> bool:
        """"Omwonenden reageren opgelucht", "Ook de patiëntenvereniging is kritisch": a reaction with
        nothing named is a reaction to the decision or event the text just reported (the nearest
        singular decision or event noun within three sentences before). Was one found?"""
        at = self._sentence_number(adj.i)
        target = None
        for m in self._mentions_before(adj.i):
            if m.head >= adj.i or m.cluster is None or m.kind == "pronoun":
                continue
            if at - self._sentence_number(m.head) > 3:
                break
            head = self.doc[m.head]
            word = (head.lemma_ or head.lower_).lower()
            if head.morph.get("Number") != ["Plur"] and any(word.endswith(n) and (word == n or len(n) >= 5) for n in _DECISION_NOUNS):
                target = Arg(m.cluster, None, m.head)
                break
        if target is None:
            return False
        pred = normalise(f"reageren {adj.lower_}", "op")
        for s in subj_args:
            if s.cluster != target.cluster:
                self._emit(s, pred, target, sent, [self.doc[s.token], adj], 0.5, quals, "textkg.copula.v1", adj.text)
        return True

    def _mentions_before(self, at: int):
        """The mentions that start before token ``at``, nearest first (a sorted index, not a scan per question)."""
        if self._by_start is None:
            self._by_start = sorted(self.mentions, key=lambda o: o.start)
            self._starts = [o.start for o in self._by_start]
        return reversed(self._by_start[:bisect_left(self._starts, at)])

    def _sentence_number(self, i: int) -> int:
        if self._sent_index is None:
            self._sent_index = {s.start: k for k, s in enumerate(self.doc.sents)}
        return self._sent_index[sentence_of(self.doc[i]).start]

    # -- noun-level facts -----------------------------------------------------------------------------
    def _appositions(self) -> None:
        doc = self.doc
        self._embedded = False
        ms = self.mentions
        nested = _nested_in_description(ms)
        for i, m in enumerate(ms):
            if m.cluster is None:
                continue
            me = Arg(m.cluster, None, m.head)
            sent = sentence_of(doc[m.head])
            if m.kind == "name" and m.role and self.clusters[m.cluster].type == "PERSON":
                self._role_fact(me, m.role, doc[m.role_token] if m.role_token is not None else None, sent, name=m)
            if m.kind == "description" and m.antecedent is not None and not self._descriptions_only(m.cluster):
                # "het Zweedse bedrijf" (Volvo): the demonym places the named thing
                for c in children_of(doc[m.head]):
                    cl = self._demonym_cluster(c)
                    if cl is not None and cl != m.cluster:
                        self._country_fact(me, cl, m, sent, c.text)
            if m.kind == "description" and m.antecedent is not None and self._names_a_subclass(m):
                # "Melkhoeve ... Het familiebedrijf": a compound class noun in an anaphor still says what X is
                self._emit(me, _P("isA", "is a"), Value(m.name, "text"), sent, [doc[m.head]], 0.55, [],
                           "textkg.apposition.v1", m.name, kind="type")
            if m.predicative and doc[m.head].dep_ == "appos" and m.antecedent is not None and not ms[m.antecedent].klass:
                # "Elif Yilmaz, een chemicus": the apposition says what its anchor is
                self._emit(me, _P("isA", "is a"), Value(m.name, "text"), sent, [doc[m.head]], 0.65, [],
                           "textkg.apposition.v1", m.name, kind="type")
            if m.kind == "description" and (doc[m.head].lemma_ or doc[m.head].lower_).lower() in _GROUP_NOUNS:
                # "de coalitie van Lokaal Lindenburg, VVD en GroenLinks-PvdA": its members
                for c in children_of(doc[m.head]):
                    if c.dep_ == "nmod" and case_of(c) == "van":  # every name in the phrase, however the list was parsed
                        for k in ms:
                            if k.kind == "name" and k.cluster is not None and c.left_edge.i <= k.start and k.end <= c.right_edge.i + 1:
                                self._emit(me, _P("consistsOf", "consists of", False), Arg(k.cluster, None, k.head), sent,
                                           [doc[m.head], doc[k.head]], 0.6, [], "textkg.apposition.v1", "van")
            if m.kind == "name" and m.klass_token is not None:
                # "het in Delft gevestigde bedrijf Lumora": the participle places the name
                for c in children_of(doc[m.klass_token]):
                    seated = normalise(verb_lemma(c), "in", passive=True) if c.dep_ == "amod" and c.pos_ == "VERB" else None
                    if seated is not None and seated.id == "locatedIn":
                        for g in children_of(c):
                            if case_of(g) == "in" and self._is_place(g):
                                for a in resolve(doc, g):
                                    self._emit(me, seated, a, sent, [c, g], 0.6, [],
                                               "textkg.apposition.v1", c.text)
            if m.kind == "name" and m.klass:
                self._emit(me, _P("isA", "is a"), Value(m.klass, "text"), sent, [doc[m.head]], 0.7, [],
                           "textkg.apposition.v1", m.klass, kind="type")
                made = class_type(m.klass.split()[-1])
                for c in [] if made not in ("PRODUCT", "WORK") else [
                        c for t in {doc[m.klass_token], doc[m.head]} if m.klass_token is not None for c in children_of(t)]:
                    # "Aeravax, een vaccin van Vaxora", "het schilderij Winterdag van Jacob van Rossum": the maker,
                    # also by trade ("de debuutfilm Laagwater van regisseur Noor Bakkali": directed)
                    if c.dep_ == "nmod" and case_of(c) == "van" and c.i > m.start:
                        trade = CREATOR_ROLES.get((c.lemma_ or c.lower_).lower())
                        named = [g for g in children_of(c) if g.dep_ in ("appos", "flat") and g.pos_ == "PROPN"] if trade else []
                        for a in resolve(doc, named[0] if named else c):
                            if a.cluster is not None and self.clusters[a.cluster].type in ("ORG", "PERSON"):
                                pred = _P(trade, trade, False) if trade else \
                                    normalise("maken") if made == "PRODUCT" else _P("created", "created", False)
                                self._emit(a, pred, me, sent, [doc[m.head], c], 0.6, [], "textkg.apposition.v1", "van")
                for w in m.klass.split():
                    country = demonym_country(w)
                    cl = self._cluster_named(country) if country else self._place_of_adjective(w)
                    if cl is not None:
                        self._country_fact(me, cl, m, sent, w)
            elif m.kind == "name" and m.start > 0 and i > 0 and ms[i - 1].end == m.start and ms[i - 1].kind == "name" \
                    and ms[i - 1].cluster is not None and demonym_country(doc[m.start - 1].text) \
                    and self.clusters[m.cluster].type in ("ORG", "PRODUCT", "WORK", "MISC"):
                # "het Belgische Melkhoeve": a demonym right before a name
                self._country_fact(me, ms[i - 1].cluster, m, sent, doc[m.start - 1].text)
            head = doc[m.head]
            nxt = ms[i + 1] if i + 1 < len(ms) else None
            close = next((k for k in range(m.end + 2, min(m.end + 6, len(doc))) if doc[k].text == ")"), None) \
                if m.end < len(doc) and doc[m.end].text == "(" else None
            bracketed = doc[m.end + 1: close] if close is not None else None
            if m.kind == "name" and self.clusters[m.cluster].type == "PERSON" and bracketed is not None \
                    and not any(w.text.isupper() for w in bracketed) \
                    and all(w.pos_ in ("NOUN", "ADJ", "CCONJ") or known_word(w.lower_) or w.lower_ in _PORTFOLIOS for w in bracketed):
                # "Wethouder Fatima El Amrani (Cultuur)", "(Economische Zaken)", "(zorg)": common words in brackets are the portfolio
                self._emit(me, _P("holdsPortfolio", "holds portfolio", False), Value(bracketed.text, "text"), sent,
                           [head, bracketed.root], 0.6, [], "textkg.apposition.v1", "( )")
            elif m.kind == "name" and self.clusters[m.cluster].type == "PERSON" and nxt is not None and nxt.kind == "name" \
                    and nxt.cluster is not None and m.end + 1 == nxt.start and doc[m.end].text == "(" \
                    and nxt.end < len(doc) and doc[nxt.end].text == ")" and self.clusters[nxt.cluster].type in ("ORG", "MISC"):
                # "Wethouder Tom Bakker (GroenLinks)": the party in brackets after a person
                self._emit(me, _P("memberOf", "is member of"), Arg(nxt.cluster, None, nxt.head), sent,
                           [head, doc[nxt.head]], 0.6, [], "textkg.apposition.v1", "( )")
            if m.kind == "name" and not m.role and self.clusters[m.cluster].type == "PERSON":
                # "Jan de Groot van de Universiteit Twente": a person named with the organisation they are from
                for c in children_of(head):
                    if c.dep_ == "nmod" and case_of(c) in ("van", "bij") and c.i >= m.end and c.i - m.end <= 4:
                        for a in resolve(doc, c):
                            if a.cluster is not None and self.clusters[a.cluster].type == "ORG":
                                self._emit(me, _P("worksFor", "works for"), a, sent, [head, c], 0.6, [],
                                           "textkg.apposition.v1", "van")
            if m.kind == "name":
                for c in children_of(head):
                    lab = ORG_ROLE_LABEL.get((c.lemma_ or c.lower_).lower()) if c.dep_ == "appos" else None
                    if lab:
                        for g in children_of(c):
                            if g.dep_ == "nmod" and case_of(g) == "van":
                                for a in resolve(doc, g):
                                    self._emit(me, _P(*lab), a, sent, [head, c, g], 0.65, [], "textkg.apposition.v1", c.text)
            # "tools als X en Y" -> (X, is a, tools): read on the surface, the attachment of als-PPs is unreliable
            if m.kind in ("description", "name") and m.end < len(doc) and doc[m.end].lower_ in ("als", "zoals"):
                k = i + 1
                while k < len(ms) and ms[k].start <= m.end:
                    k += 1
                members = []
                pos = m.end + 1
                while k < len(ms) and ms[k].start <= pos + 1:
                    nm = ms[k]
                    gap = doc[pos:nm.start]
                    if any(t.lower_ not in (",", "en", "of", "’s", "'s") and not t.is_punct for t in gap):
                        break
                    nxt = doc[nm.end] if nm.end < len(doc) else None
                    owner = nxt is not None and nxt.lower_ in ("’s", "'s") or nm.text.endswith(("’s", "'s"))
                    if nm.kind != "name" or doc[nm.head].pos_ == "ADJ" and nm.name != nm.text:
                        break  # "hetzelfde gevoel als zijn Nederlandse vriend": not a list of names
                    if nm.cluster is not None and not owner:
                        members.append(nm)
                    pos = nm.end + (1 if owner and nxt is not None and nxt.lower_ in ("’s", "'s") else 0)
                    k += 1
                for nm in members:
                    self._emit(Arg(nm.cluster, None, nm.head), _P("isA", "is a"), me, sent, [doc[nm.head], head], 0.6, [],
                               "textkg.apposition.v1", doc[m.end].text, kind="type")
            # "de instorting van een gebouw in Buenos Aires", "Ziekenhuis Gelderse Poort in Arnhem" -> located in
            if (m.kind == "description" or m.kind == "name" and self.clusters[m.cluster].type in ("ORG", "EVENT")) \
                    and i not in nested and any(t.pos_ in ("VERB", "AUX") for t in sent):
                # "fietsenfabrikant Velora uit Zwolle": the PP may hang on the class noun the name is apposed to
                anchor = doc[m.klass_token] if m.klass_token is not None and head.head.i == m.klass_token else head
                for c in list(anchor.subtree):
                    org_from = case_of(c) == "uit" and self.clusters[m.cluster].type == "ORG"  # "het bedrijf uit Amersfoort"
                    if c.dep_ == "nmod" and (case_of(c) == "in" or org_from) and c.i >= m.start and c.i - m.end <= 4 \
                            and (self._is_place(c) or org_from and self._is_place(c, also=("MISC",))) \
                            and all(a.dep_ in ("nmod", "flat", "appos") or a.i == anchor.i for a in c.ancestors if a.i != anchor.i and anchor.i in [x.i for x in a.ancestors]):
                        for a in resolve(doc, c):
                            self._emit(me, _P("locatedIn", "is located in"), a, sent, [head, c], 0.6, [],
                                       "textkg.apposition.v1", case_of(c) or "in")
            # possessive names: "Google’s Veo 3" -> (Google, makes, Veo 3)
            if m.kind == "name" and i > 0:
                prev = ms[i - 1]
                if prev.kind == "name" and prev.cluster is not None and prev.end in (m.start, m.start - 1) and (
                        prev.text.endswith(("’s", "'s", "’")) or doc[prev.end - 1].lower_ in ("’s", "'s") or
                        m.start > 0 and doc[m.start - 1].lower_ in ("’s", "'s", "’")):
                    owner = Arg(prev.cluster, None, prev.head)
                    otype, mtype = self.clusters[prev.cluster].type, self.clusters[m.cluster].type
                    if otype in ("ORG", "MISC") and mtype in ("PRODUCT", "WORK"):
                        self._emit(owner, _P("produces", "makes"), me, sent, [doc[prev.head], head], 0.65, [],
                                   "textkg.apposition.v1", "’s")
                    elif otype == "ORG" and mtype == "PERSON":
                        self._emit(me, _P("worksFor", "works for"), owner, sent, [doc[prev.head], head], 0.6, [],
                                   "textkg.apposition.v1", "’s")

    def _place_of_adjective(self, word: str) -> int | None:
        """The place a capitalised place adjective names, when the article names it too ("het Eindhovense
        chipbedrijf" ... "in Eindhoven"; "Groningse" <- "Groningen")."""
        if not (word[:1].isupper() and word.endswith("se") and len(word) >= 6):
            return None
        for cand in (word[:-2], word[:-2] + "en"):
            cl = self._cluster_named(cand)
            if cl is not None and self.clusters[cl].type in ("GPE", "LOC"):
                return cl
        return None

    def _country_fact(self, me: Arg, country: int, m: MentionSpan, sent: Span, wording: str) -> None:
        """(X, is from, country) for works and people; an organisation is located in its country."""
        if self.clusters[me.cluster].type == "ORG":
            pred = _P("locatedIn", "is located in")
        else:
            pred = _P("fromCountry", "is from")
        self._emit(me, pred, Arg(country, None, m.head), self.doc[m.head].sent, [self.doc[m.head]], 0.6, [],
                   "textkg.apposition.v1", wording)

    def _role_fact(self, me: Arg, role: str, rt: Token | None, sent: Span, name: MentionSpan | None = None,
                   org: Arg | None = None) -> None:
        """``me`` holds ``role`` (its noun ``rt``), in the organisation the text names with it, or else the one
        the role implies. ``name`` is the person's name mention when the role is apposed to it ("CEO X")."""
        doc = self.doc
        rel_id, label = ROLE_LABEL.get(role, ("hasRole", "has role"))
        head = doc[name.head] if name is not None else rt
        at = name.start if name is not None else rt.i
        conf = 0.75
        if rt is not None and org is None:
            for c in list(children_of(rt)) + (list(children_of(head)) if name is not None else []):
                if c.dep_ in ("nmod", "flat", "appos", "obl") and case_of(c) in ("van", "bij") and c.i > rt.i:
                    got = resolve(doc, c)
                    if got:
                        org = got[0]
            if org is None and name is not None and name.end + 1 < len(doc) and doc[name.end].lower_ in ("van", "bij"):
                # "Burgemeester Jeroen Kamphuis van Zevenaar" with the PP parsed as part of the name
                k = (doc._.tkg_head2mention or {}).get(name.end + 1)
                if k is not None and self.mentions[k].cluster is not None and self.mentions[k].kind == "name":
                    org = Arg(self.mentions[k].cluster, None, name.end + 1)
            if org is None and "-" in rt.text:
                cl = self._cluster_named(rt.text.rsplit("-", 1)[0])
                if cl is not None:
                    org = Arg(cl, None, rt.i)
            for c in children_of(rt) if org is None else ():
                cl = self._demonym_cluster(c)
                if cl is not None:  # "de Franse president Emmanuel Macron": president of France
                    org = Arg(cl, None, c.i)
        if rt is not None:
            for c in children_of(rt):
                full = f"{c.lower_} {role}"
                if c.dep_ == "amod" and full in ROLE_LABEL:
                    rel_id, label = ROLE_LABEL[full]  # "financieel directeur" -> is CFO of
        if org is None and rt is not None and rt.lower_.endswith(role) and len(rt.lower_) > len(role):
            # "stichtingsvoorzitter", "clubarts": the compound's first part names the kind of institution
            kind = rt.lower_[:-len(role)].rstrip("-")
            kind = kind if kind in CLASS_NOUNS else kind[:-1] if kind.endswith("s") and kind[:-1] in CLASS_NOUNS else None
            org = self._institution(kind, at) if kind else None
        if org is None and role in ROLE_INSTITUTION:
            org = self._institution(ROLE_INSTITUTION[role], at)
            conf = 0.6
        if org is None and org_default_role(role) and rt is not None:
            # "Heerenveen heeft trainer X ontslagen": the subject of the clause the role-holder is the object of
            # (the parse may read the object as a second subject, V2 order)
            obj = next((t for t in (rt, head) if t.dep_ in ("obj", "nsubj")), None)
            subs = [c for c in children_of(obj.head) if c.dep_ == "nsubj" and c.i < obj.i] if obj is not None else []
            got = [a for c in subs for a in resolve(doc, c) if a.cluster is not None and self.clusters[a.cluster].type in ("ORG", "MISC")]
            head2 = doc._.tkg_head2mention or {}
            content, for_we = self._speech_content_subjects(rt)
            if for_we:
                at = sentence_of(rt).start  # the organisation named before the quotation
            got += [a for c in content for a in resolve(doc, c)
                    if a.cluster is not None and self.clusters[a.cluster].type == "ORG"
                    and head2.get(c.i) is not None and self.mentions[head2[c.i]].kind == "name"]
            org = got[0] if got else None
        if org is None and org_default_role(role):
            org = self._topic_org(at)
            conf = 0.55
        if org is None and role in _BOARD_ROLES:
            # "De Groene Brigade laat weten ... Voorzitter Anouk Meijer ...": the organisation just talked about
            org, conf = self._topic_org(at, window=1), 0.5
        if org is None and org_default_role(role) and self.main_org is not None:
            org, conf = Arg(self.main_org, None, head.i), 0.55
        toks = [head] + ([rt] if rt is not None and rt is not head else [])
        if org is not None:
            self._emit(me, _P(rel_id, label), org, sent, toks, conf, [], "textkg.apposition.v1", rt.text if rt is not None else role)
        else:
            # "hoogleraar Elif Yilmaz" with no organisation in sight: a type fact
            noun = rt.text if rt is not None else role
            self._emit(me, _P("isA", "is a"), Value(noun[:1].lower() + noun[1:] if noun[1:2].islower() else noun, "text"), sent, toks, 0.6, [],
                       "textkg.apposition.v1", role, kind="type")

    def _fronted_object(self, v: Token, lemma: str, subs: list[Token], objs: list[Token], inherited: bool) -> bool:
        """Is the parsed subject of an agent-only relation (ruling out, buying, founding ...) a thing
        and the object after the finite verb a person or organisation? Then the sentence put its
        object first, as Dutch main clauses may, and the parser took word order for function."""
        if inherited or len(subs) != 1 or len(objs) != 1 or not subs[0].i < v.i < objs[0].i or subs[0].pos_ != "NOUN" \
                or normalise(lemma).id not in _AGENT_RELATIONS:
            return False

        def kind(t: Token) -> str | None:
            got = resolve(self.doc, t)
            return self.clusters[got[0].cluster].type if got and got[0].cluster is not None else None

        return kind(subs[0]) not in ("PERSON", "ORG", "GPE") and kind(objs[0]) in ("PERSON", "ORG")

    @staticmethod
    def _speech_content_subjects(rt: Token) -> tuple[list[Token], bool]:
        """"Kroonwiel overweegt ..., bevestigt topvrouw X": a role-holder who speaks speaks for the
        subject of what they say (the clause of their verb of saying), unless they say "we" in it
        ('"Planwise past bij onze ambitie", zegt topman X': X speaks for another; the second value)."""
        v = rt
        while v.dep_ in ("appos", "flat", "advmod", "nsubj", "compound") and v.head is not v and v.pos_ != "VERB":
            v = v.head
        if v.pos_ != "VERB" or verb_lemma(v) not in SAY_VERBS:
            return [], False
        said = [v.head] if v.dep_ == "parataxis" else [c for c in children_of(v) if c.dep_ == "ccomp"]
        if any(t.lower_ in FIRST_PLURAL for s in said for t in s.subtree):
            return [], True
        return [c for s in said for c in children_of(s) if c.dep_ == "nsubj"], False

    def _owned_attribute(self, tok: Token) -> Arg | None:
        """"De omzet daalde met 9 procent" in an article about a company: the company's revenue
        (the subject becomes the organisation, "omzet" joins the predicate)."""
        if (tok.lemma_ or tok.lower_).lower() not in ATTRIBUTE_NOUNS or tok.morph.get("Number") == ["Plur"] \
                or [c.lower_ for c in children_of(tok) if c.dep_ == "det"] not in (["de"], ["het"]) \
                or any(c.dep_ in ("nmod", "nmod:poss", "amod", "compound") and not (case_of(c) in _CHANGE_PREPS and is_amount(c))
                       for c in children_of(tok)):
            return None
        org = self._topic_org(tok.i, window=2, types=("ORG", "MISC"))
        if org is None:
            return None
        return Arg(org.cluster, None, tok.i, wording=tok.text, attribute=attribute_label(tok))

    def _topic_org(self, at: int, window: int = 4, types: tuple[str, ...] = ("ORG",)) -> Arg | None:
        """The named organisation that was the subject (or the "bij" place) of a sentence shortly before token ``at``:
        "Topman X" is its CEO, "de omzet" is its revenue, "er verdwijnen 640 banen" happens there."""
        here = self._sentence_number(at)
        for o in self._mentions_before(at):
            if o.end > at or o.cluster is None:
                continue
            if here - self._sentence_number(o.head) > window:
                break
            toks = [self.doc[o.head]] + ([self.doc[o.klass_token]] if o.klass_token is not None and o.klass_token == o.start - 1 else [])
            # the subject, or where the sentence happens ("Bij Hollandia wordt het vertrek ... ontvangen")
            if self.clusters[o.cluster].type in types and any(t.dep_ in ("nsubj", "nsubj:pass") or t.dep_ == "obl" and case_of(t) == "bij"
                                                             or t.dep_ == "ROOT" and any(c.dep_ == "cop" for c in children_of(t))
                                                             for t in toks) and o.kind != "pronoun" \
                    and not self._descriptions_only(o.cluster):
                return Arg(o.cluster, None, o.head)
        return None

    def _institution(self, noun: str, at: int) -> Arg | None:
        """The entity the article names as an institution of kind ``noun`` ("provincie"), nearest
        before token ``at`` first: "de provincie Flevoland", "Waterschap Rijn en IJssel", or a
        description ("de provincie") resolved to a name."""
        from .entities import name_key

        def of_kind(o: MentionSpan) -> bool:
            words = name_key(o.klass or o.name).split() if o.kind in ("name", "description") else []
            return bool(words) and (words[-1].endswith(noun) if o.klass or o.kind == "description" else words[0] == noun)

        named = [o for o in self.mentions if o.cluster is not None and not self._descriptions_only(o.cluster) and of_kind(o)]
        best = min(named, key=lambda o: (o.start > at, abs(o.start - at)), default=None)
        return Arg(best.cluster, None, best.head) if best is not None else None

    def _cluster_named(self, name: str) -> int | None:
        from .entities import name_key

        key = name_key(name)
        for ci, c in enumerate(self.clusters):
            if name_key(c.name) == key or any(name_key(a) == key for a in c.aliases):
                return ci
        # "FNV-bestuurder": the one organisation whose name starts with that word ("FNV Spoor")
        starts = [ci for ci, c in enumerate(self.clusters) if c.type == "ORG" and name_key(c.name).split()[:1] == [key]]
        return starts[0] if len(starts) == 1 else None


def _surface_label(pred, lemma: str, refl: bool, prep: str | None, v: Token, prts: list[Token]):
    """A verb outside the vocabulary with no English reading is labelled as the text words it
    ("heeft Sørensen vastgelegd" -> "vastgelegd", "komt over van"); its id stays the lemma."""
    if pred.canonical or pred.label != ("zich " if refl else "") + lemma + (f" {prep}" if prep else ""):
        return pred
    if " " in lemma and not any(p.i > v.i for p in prts):
        return pred  # an incorporated noun ("zorgen maken"): the lemma reads better than the verb alone
    words = [v.lower_] + [p.lower_ for p in prts if p.i > v.i] + ([prep] if prep else [])
    return _P(pred.id, " ".join(words), False)


class _P:
    """A fixed predicate (id, label) for structural rules."""

    __slots__ = ("id", "label", "canonical")

    def __init__(self, id: str, label: str, canonical: bool = True):
        self.id, self.label, self.canonical = id, label, canonical


@lru_cache(maxsize=4096)
def _lemma_preps(lemma: str) -> frozenset:
    """The prepositions the lexicon lists for a verb ("samenwerken" -> {"met"}); empty if none."""
    from .predicates import _LEX

    return frozenset(k[1] for k in _LEX if k[0] == lemma and k[1])


def _lex_keys():
    from .predicates import _LEX

    return _LEX


def _lex_lemmas() -> set[str]:
    from ._args import _known_lemmas

    return _known_lemmas()


@Language.factory("textkg_relations", assigns=["doc._.tkg_triples"],
                  requires=["doc._.tkg_mentions", "doc._.tkg_clusters", "token.dep"],
                  default_config={"min_confidence": 0.3})
def make_relation_extractor(nlp: Language, name: str, min_confidence: float) -> RelationExtractor:
    """Factory of :class:`RelationExtractor` (``textkg_relations``). min_confidence (float): drop below."""
    return RelationExtractor(nlp, name, min_confidence)
