"""Shared helpers of the relation extractors: arguments, subjects, lemmas (private)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from textkg.facts import Value

from ._ext import children_of
from ._lexicon import LIGHT_NOUNS
from .predicates import READ_LEMMAS, _EN, _LEX
from .quantities import is_bare_year

__all__ = ["PARTICLES", "attribute_label", "count_of", "RawTriple", "Arg", "verb_lemma", "subjects", "expand_conj", "resolve", "case_of", "is_passive",
           "SUBJ_DEPS", "MODALS", "negated", "modality", "sentence_of", "children_of", "clause_tokens"]

SUBJ_DEPS = ("nsubj", "nsubj:pass")
SUBORDINATORS = frozenset("hoewel omdat terwijl nadat voordat zodra als wanneer doordat aangezien ofschoon "
                          "zodat indien tenzij sinds totdat".split())
# verbs whose infinitival complement is intended, expected or attempted, not a fact ("verwacht te verkopen")
ATTITUDE_VERBS = frozenset("verwachten hopen beloven dreigen proberen weigeren besluiten overwegen plannen "
                           "willen menen beweren".split())
# verbs whose object does what the infinitive says ("beveelt X de uitstoot te verminderen")
OBJECT_CONTROL = frozenset("bevelen opdragen dwingen verplichten verzoeken vragen aansporen oproepen toestaan verbieden "
                           "adviseren aanraden helpen machtigen".split())
MODALS = frozenset("kunnen moeten mogen willen zullen gaan hoeven durven blijken lijken schijnen proberen".split())
# Dutch separable-verb particles (a parse may label other words compound:prt)
PARTICLES = frozenset(
    "aan af bij door in mee na om onder op over terug toe uit voor weg samen vast los neer open dicht binnen buiten "
    "tegen achter rond langs voorbij bekend vrij kapot schoon klaar bovenop tegemoet teweeg plaats thuis tevoorschijn "
    "hard bloot gade kwijt stil teleur voort beschikbaar mogelijk duidelijk openbaar gereed stop".split())
# strong-verb participles the lookup table may lack (a separable particle may precede them)
# past tenses of strong verbs the lookup table lacks or maps to a noun ("stegen", "namen", "sloten")
IRREGULAR_PAST = dict(w.split(":") for w in (
    "steeg:stijgen stegen:stijgen nam:nemen namen:nemen gaven:geven kwam:komen zagen:zien stond:staan stonden:staan "
    "schreef:schrijven schreven:schrijven boden:bieden koos:kiezen kozen:kiezen sloot:sluiten sloten:sluiten "
    "vond:vinden vonden:vinden viel:vallen wees:wijzen wezen:wijzen begon:beginnen vroeg:vragen vroegen:vragen "
    "lag:liggen lagen:liggen zat:zitten zaten:zitten verdween:verdwijnen verdwenen:verdwijnen kromp:krimpen "
    "krompen:krimpen droeg:dragen droegen:dragen sloeg:slaan sloegen:slaan").split())
IRREGULAR_PARTICIPLES = dict(w.split(":") for w in (
    "gesloten:sluiten genomen:nemen gegeven:geven gekomen:komen gedaan:doen gezien:zien gebracht:brengen "
    "gedacht:denken gevonden:vinden gehouden:houden geschreven:schrijven gesproken:spreken gestegen:stijgen "
    "gebleven:blijven getrokken:trekken gekozen:kiezen gewonnen:winnen verloren:verliezen begonnen:beginnen "
    "geboden:bieden verboden:verbieden gegaan:gaan gestaan:staan gelegen:liggen gezeten:zitten gekregen:krijgen "
    "gezegd:zeggen gelopen:lopen geslagen:slaan gevallen:vallen gedragen:dragen gegrepen:grijpen "
    "gesneden:snijden gestoken:steken geschoten:schieten gevlogen:vliegen getroffen:treffen gewezen:wijzen "
    "gebleken:blijken geleden:lijden gebonden:binden gedwongen:dwingen gezonden:zenden gesprongen:springen "
    "verdacht:verdenken gekocht:kopen verkocht:verkopen gezocht:zoeken gevraagd:vragen gelezen:lezen gewogen:wegen "
    "ontstaan:ontstaan ontworpen:ontwerpen bedreven:bedrijven gebeden:bidden geschoven:schuiven "
    "geroepen:roepen gesteund:steunen overgenomen:overnemen opgericht:oprichten ontslagen:ontslaan "
    "overleden:overlijden vertrokken:vertrekken gestorven:sterven ontvangen:ontvangen vergeleken:vergelijken "
    "bewezen:bewijzen onderzocht:onderzoeken verdwenen:verdwijnen besloten:besluiten gebroken:breken "
    "geholpen:helpen verkozen:verkiezen gevangen:vangen gewezen:wijzen ondernomen:ondernemen "
    "afgesloten:afsluiten verschenen:verschijnen gedreven:drijven geslopen:sluipen").split())
# particles a parse often labels xcomp/advmod ("werkt samen met")
ADV_PARTICLES = frozenset("samen bekend vast los terug weg mee kapot klaar tegemoet teweeg bovenop".split())
# nouns naming a measurable property of their owner, with their English label: "de omzet van Ahold" is about Ahold
ATTRIBUTE_NOUNS = dict(x.split(":") for x in (
    "omzet:revenue winst:profit verlies:loss koers:share_price aandelenkoers:share_price beurskoers:share_price "
    "beurswaarde:market_value marktwaarde:market_value waarde:value marktaandeel:market_share nettowinst:net_profit "
    "brutowinst:gross_profit omzetgroei:revenue_growth schuld:debt schulden:debt prijs:price prijzen:prices "
    "kosten:costs personeelsbestand:workforce productie:production verkoop:sales verkopen:sales afzet:sales "
    "aandeel:shares aandelen:shares").split())
_REFL = frozenset("zich zichzelf me mij je jezelf ons onszelf".split())
_REL_PRONOUNS = frozenset("die dat wat wie welke waar".split())


@dataclass
class Arg:
    """A resolved argument: an entity cluster index or a literal value, plus its head token."""

    cluster: int | None
    value: Value | None
    token: int
    via_pronoun: bool = False
    wording: str = ""  # words folded into the predicate ("opkomst van")
    attribute: str = ""  # an attribute noun of the subject folded into the predicate ("omzet")


@dataclass
class RawTriple:
    """A triple inside one Doc (token/char offsets local to the Doc), before assembly."""

    subject: int  # cluster index
    predicate: str
    label: str
    wording: str
    object: int | Value  # cluster index or a Value
    sent_start: int  # char offsets of the evidence sentence
    sent_end: int
    highlights: list[tuple[int, int]] = field(default_factory=list)
    confidence: float = 0.5
    qualifiers: list[tuple[str, str | float | bool]] = field(default_factory=list)
    extractor: str = ""
    kind: str = "fact"


def _lookup() -> dict[str, str]:
    """spaCy's Dutch lemma lookup table, as shipped inside textkg's pipeline."""
    from textkg.pipelines.lemma_lookup import shipped_table

    return shipped_table("nl")


_KNOWN = None


def _known_lemmas() -> set[str]:
    global _KNOWN
    if _KNOWN is None:
        _KNOWN = {k[0] for k in _LEX} | set(_EN) | READ_LEMMAS  # the verbs textkg has a reading of
    return _KNOWN


_PARTICLES_LONGEST = None


def verb_lemma(v: Token) -> str:
    """Verb lemma with its separable particle ("zet ... in" -> "inzetten"), checked against a lookup
    (read once per token: every extractor asks)."""
    cache = v.doc.user_data.setdefault("_tkg_verb_lemma", {})
    if v.i not in cache:
        cache[v.i] = _verb_lemma(v)
    return cache[v.i]


def _verb_lemma(v: Token) -> str:
    lemma = base_lemma(v.lemma_ or v.text, v.lower_, v.pos_ == "VERB")
    prts = [c for c in children_of(v) if c.dep_ == "compound:prt" and (c.lower_ in PARTICLES or c.lower_ + lemma in _known_lemmas())
            or c.dep_ in ("xcomp", "advmod", "ccomp") and (c.lower_ in ADV_PARTICLES or c.lower_ in PARTICLES and c.i > v.i)
            and c.pos_ in ("ADV", "ADP", "ADJ")
            and not any(g.dep_ not in ("mark", "advmod", "punct") for g in children_of(c))]
    # "gaan samen verder": the particle hangs on "verder"
    prts += [g for c in children_of(v) if c.lower_ == "verder" and c.dep_ == "advmod" for g in children_of(c)
             if g.dep_ == "advmod" and g.lower_ in ADV_PARTICLES]
    # "zet in op X": two prepositions before a noun, the first a particle the parse took for a case
    for c in children_of(v):
        if c.dep_ in ("obl", "obl:arg", "nmod") and c.i > v.i:
            cases = [g for g in children_of(c) if g.dep_ == "case" and g.i < c.i]
            if len(cases) >= 2 and cases[0].lower_ in PARTICLES and cases[0].i + 1 == cases[1].i:
                prts.append(cases[0])
    if prts:
        # a lemmatizer may guess a wrong particle ("zet" -> "omzetten"): keep the stem the surface form has
        for q in _PARTICLES_LONGEST or sorted(PARTICLES, key=len, reverse=True):
            if lemma.startswith(q) and not v.lower_.startswith(q) and len(lemma) - len(q) >= 4 and q not in [p.lower_ for p in prts]:
                lemma = lemma[len(q):]
                break
    for p in prts:
        pl = p.lower_
        if not lemma.startswith(pl) and (p.dep_ == "compound:prt" or pl + lemma in _known_lemmas() or pl + lemma in _lemma_values()):
            lemma = pl + lemma  # an adverb joins only into a real verb: "samen met X ontwikkeld" is not "samenontwikkelen"
    return lemma


@lru_cache(maxsize=50_000)
def base_lemma(model_lemma: str, form: str, is_verb: bool = True) -> str:
    """The lemma of the word itself (no separable particle): the model's guess checked against the lookup tables
    ("daalt" read "daalen" -> "dalen"); a function of strings only, so the parse repairs may use it."""
    global _PARTICLES_LONGEST
    if _PARTICLES_LONGEST is None:
        _PARTICLES_LONGEST = sorted(PARTICLES, key=len, reverse=True)
    lemma = model_lemma.lower().replace("_", "")
    known = _known_lemmas()
    if is_verb and lemma not in known and form in known:
        return form  # "verliezen" tagged VERB is the verb, not the noun "verlies" the table maps it to
    if lemma not in known:
        table = _lookup()
        # a strong verb's past first: the table reads "namen" as the plural of "naam"
        alt = next((p + IRREGULAR_PAST[form[len(p):]] for p in [""] + _PARTICLES_LONGEST
                    if is_verb and form.startswith(p) and form[len(p):] in IRREGULAR_PAST), None) or table.get(form)
        if not alt:
            # separable participles the table lacks: "uitgesloten" = "uit" + "gesloten" -> "uitsluiten"
            for p in _PARTICLES_LONGEST:
                if form.startswith(p) and len(form) - len(p) >= 4 and table.get(form[len(p):]):
                    alt = p + table[form[len(p):]]
                    break
        if not alt:
            for p in [""] + _PARTICLES_LONGEST:
                rest = form[len(p):]
                if form.startswith(p) and rest in IRREGULAR_PARTICIPLES:
                    alt = p + IRREGULAR_PARTICIPLES[rest]
                    break
        if not alt:
            alt = _finite_to_infinitive(form, known)
        if alt and (alt in known or lemma not in _lemma_values() or is_verb and not lemma.endswith("n")):
            lemma = alt.lower()
    return lemma


def _finite_to_infinitive(form: str, known: set[str]) -> str | None:
    """Guess the infinitive of a finite or participle form by Dutch spelling rules
    ("ziet" -> "zien", "werkt" -> "werken", "zet" -> "zetten", "maakt" -> "maken", "betaalde" -> "betalen")."""
    stems = [form]
    if form.endswith(("t", "d")) and len(form) > 3:
        stems.append(form[:-1])
    for past in ("den", "ten", "de", "te"):  # weak pasts: "betaalde" -> "betaal", "werkten" -> "werk"
        if form.endswith(past) and len(form) - len(past) >= 3:
            stems.append(form[: -len(past)])
            break
    if form.startswith("ge") and len(form) > 5:
        stems += [s[2:] for s in list(stems)]
    cands = []
    for st in stems:
        cands += [st + "en", st + "n", st + st[-1:] + "en"]
        if len(st) > 2 and st[-2] == st[-3] and st[-2] in "aeou":  # maak -> maken
            cands.append(st[:-2] + st[-1] + "en")
        if st.endswith("f"):
            cands.append(st[:-1] + "ven")
        if st.endswith("s"):
            cands.append(st[:-1] + "zen")
    for c in cands:
        if c in known:
            return c
    values = _lemma_values()
    for c in cands:
        if c in values and c != form:
            return c
    return None


@lru_cache(maxsize=1)
def _lemma_values() -> frozenset:
    return frozenset(_lookup().values())


def known_word(w: str) -> bool:
    """Is ``w`` a Dutch word form or lemma of the lemma tables (so a capitalised one is no name)?"""
    return w in _lookup() or w in _lemma_values()


def is_passive(v: Token) -> bool:
    kids = list(children_of(v))
    if any(c.dep_ == "aux" and (c.lemma_ or "").lower() == "hebben" for c in kids) and not any(c.dep_ == "aux:pass" for c in kids):
        return False  # "heeft samen met Siemens een scanner ontwikkeld": perfect tense, whatever the parse calls the object
    if any(c.dep_ == "aux:pass" for c in kids) or any(c.dep_ == "nsubj:pass" for c in kids):
        # "is vastberaden" and "is gepositioneerd" are adjectival: treat zijn+participle without
        # an agent as passive only when the participle is a real verb form
        return True
    return any(c.dep_ == "obl:agent" for c in kids)


def case_of(tok: Token) -> str | None:
    """The preposition of an oblique/nmod ("op AI" -> "op"); a two-part "dan via" gives "via"."""
    cases = [c for c in tok.lefts if c.dep_ in ("case", "mark")]
    if not cases:
        return None
    words = [c.lower_ for c in cases if c.lower_ != "dan"] or [cases[0].lower_]
    return words[-1]


def expand_conj(tok: Token) -> list[Token]:
    """The token and its coordinated conjuncts ("acteurs en regisseurs"), also when the parse left the
    second conjunct a sibling ("KPN en Ziggo" as nsubj + dep)."""
    out = [tok]
    stack = [tok]
    doc = tok.doc
    k = tok.right_edge.i + 1
    while k + 1 < len(doc) and doc[k].lower_ in ("en", "of", ",") and doc[k + 1].head.i == tok.head.i \
            and doc[k + 1].dep_ in ("dep", "conj", "appos") and doc[k + 1].pos_ in ("PROPN", "NOUN") and doc[k + 1] not in out:
        out.append(doc[k + 1])
        k = doc[k + 1].right_edge.i + 1
    while stack:
        t = stack.pop()
        for c in children_of(t):
            if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON", "X", "NUM") and c not in out:
                out.append(c)
                stack.append(c)
    return out


_SUBCLAUSE_DEPS = ("ccomp", "advcl", "acl:relcl", "acl", "csubj", "parataxis")


def clause_tokens(v: Token) -> list[Token]:
    """The tokens of a verb's own clause: its subtree without embedded clauses and coordinated verbs."""
    out = []
    stack = [v]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in children_of(t):
            if c.dep_ in _SUBCLAUSE_DEPS and c.pos_ in ("VERB", "AUX", "ADJ") or c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
                continue
            stack.append(c)
    return sorted(out, key=lambda t: t.i)


def sentence_of(tok: Token) -> Span:
    """The sentence of a token (cached per Doc: ``Token.sent`` scans the Doc on every call)."""
    doc = tok.doc
    table = doc.user_data.get("_tkg_sent_of")
    if table is None:
        table = [None] * len(doc)
        for s in doc.sents:
            for i in range(s.start, s.end):
                table[i] = s
        doc.user_data["_tkg_sent_of"] = table
    return table[tok.i]


def negated(v: Token) -> bool:
    for c in list(children_of(v)) + [g for c in children_of(v) if c.dep_ == "advmod" for g in children_of(c)]:
        if c.dep_ in ("advmod", "det") and c.lower_ in ("niet", "nooit", "geen", "allerminst", "nergens"):
            return True
        if c.dep_ in ("obj", "nsubj") and any(g.dep_ == "det" and g.lower_ == "geen" for g in children_of(c)):
            return True
    return False


def modality(v: Token) -> str | None:
    words = [c.text for c in children_of(v) if c.dep_ == "aux" and (c.lemma_ or c.lower_).lower() in MODALS]
    h = v
    for _ in range(3):
        if h.dep_ in ("xcomp", "advcl", "ccomp") and (h.head.lemma_ or "").lower() in MODALS | ATTITUDE_VERBS and (
                h.dep_ == "xcomp" or any(c.lower_ == "te" for c in children_of(h))):
            words.append(h.head.text)
            h = h.head
        else:
            break
    # "is vastberaden om ... te zetten", "is bereid om ... te betalen": the adjective frames the infinitive
    if v.dep_ in ("advcl", "xcomp", "csubj") and any(c.lower_ in ("om", "te") for c in children_of(v)) and (
            v.head.pos_ in ("ADJ", "VERB")) and any(c.dep_ in ("cop", "aux:pass") for c in children_of(v.head)):
        words.append(v.head.text)
    return " ".join(words) if words else None


def is_amount(tok: Token) -> bool:
    """A number or an amount phrase: "6000", "3 miljard euro", "miljarden"."""
    if tok.lower_ in ("keer", "maal", "x"):
        return False  # "drie keer": a factor, read as a qualifier
    return tok.pos_ == "NUM" or any(c.dep_ == "nummod" or c.like_num for c in children_of(tok)) or tok.lower_ in (
        "miljarden", "miljoenen", "duizenden", "honderden", "tientallen", "bedrag", "koopsom", "overnamebedrag",
        "miljoen", "miljard", "duizend")  # "zo'n 18 miljoen euro" (the parse may hang the number elsewhere)


def attribute_label(tok: Token) -> str:
    """The English label of an attribute noun ("omzet" -> "revenue"), for "Ahold revenue increases"."""
    return ATTRIBUTE_NOUNS.get((tok.lemma_ or tok.lower_).lower(), tok.lower_).replace("_", " ")


def count_of(tok: Token) -> str | None:
    """The number a noun is counted with ("ongeveer zestig" in "ongeveer zestig medewerkers"), if any."""
    nums = [c for c in children_of(tok) if (c.dep_ == "nummod" or c.dep_ == "det" and c.pos_ == "NUM")
            and (c.like_num or c.lower_ in ("honderden", "duizenden")) and c.lower_ not in ("een", "één")]
    if not nums:
        return None
    start = nums[0].left_edge.i
    # "ongeveer zestig": a hedge the parse hung on the noun instead of on the number
    while start > 0 and tok.doc[start - 1].head.i == tok.i and tok.doc[start - 1].pos_ == "ADV":
        start -= 1
    words = [w for w in tok.doc[start: nums[-1].i + 1] if w.i < tok.i]
    return " ".join(w.text for w in words) if words else None


def is_comparative(t: Token) -> bool:
    """A comparative ("sneller", "goedkoper"), also when the tagger missed it: -er + "dan" soon after."""
    if t.morph.get("Degree") == ["Cmp"] and t.pos_ in ("ADJ", "ADV"):
        return t.lower_ not in ("meer", "minder")
    if t.pos_ in ("ADJ", "ADV", "NOUN") and t.lower_.endswith("er") and len(t.text) > 4 and t.text.islower():
        return any(n.lower_ == "dan" for n in t.doc[t.i + 1: t.i + 4])
    return False


def fronted_subclause(v: Token) -> range:
    """Token range of a fronted subordinate clause the parse flattened into ``v``'s clause
    ("Hoewel X Y doet, heeft Z ..."): from the subordinator to the comma; empty if none."""
    for mk in children_of(v):
        if mk.dep_ == "mark" and mk.lower_ in SUBORDINATORS and mk.i < v.i:
            comma = next((t.i for t in v.doc[mk.i + 1: v.i] if t.text == ","), None)
            if comma is not None:
                return range(mk.i, comma)
    return range(0)


def subjects(v: Token, depth: int = 0) -> tuple[list[Token], bool]:
    """Subject tokens of a verb/predicate, following control (xcomp, "om te" advcl) and
    coordination upward when the clause has none. RETURNS (tokens, inherited?)."""
    skip = fronted_subclause(v)
    subs = [c for c in children_of(v) if c.dep_ in SUBJ_DEPS and c.i not in skip and not is_bare_year(c)]
    if not subs:  # a parse may hang the subject on the auxiliary ("heeft" tagged VERB)
        subs = [g for c in children_of(v) if c.dep_ in ("aux", "aux:pass") for g in children_of(c) if g.dep_ in SUBJ_DEPS]
    if len(subs) > 1 and v.dep_ == "acl:relcl" and subs[0].lower_ in _REL_PRONOUNS and subs[0].pos_ in ("PRON", "DET"):
        subs = subs[:1]  # "die ... na tegenvallende resultaten werd ontslagen": the relative pronoun is the subject
    if len(subs) > 1:
        # V2 order: a fronted demonstrative ("Dat doet de dienst") is the object, not the subject
        real = [s for s in subs if not (s.lower_ in ("dat", "dit", "die", "deze") and s.pos_ in ("PRON", "DET"))]
        subs = real or subs[:1]
    if not subs and v.pos_ in ("VERB", "AUX") and v.morph.get("VerbForm") != ["Inf"]:
        # a name or noun before the verb that the parse hung on it as advmod/dep is its subject
        subs = [c for c in children_of(v) if c.i < v.i and c.dep_ in ("advmod", "dep", "obl") and c.pos_ in ("PROPN", "NOUN")
                and not any(g.dep_ in ("case", "mark") for g in children_of(c))][:1]
    if not subs and depth == 0 and v.dep_ == "xcomp" and (v.head.lemma_ or "").lower() in MODALS | ATTITUDE_VERBS:
        # "Tesla wil computers gebruiken" with "Tesla" parsed as an object of the infinitive: in V2 order
        # the nominal before the finite verb is the subject
        fin = v.head
        first = [c for c in children_of(v) if c.dep_ in ("obj", "dep") and c.i < fin.i and c.pos_ in ("PROPN", "NOUN")
                 and not any(g.dep_ == "case" for g in children_of(c))]
        if first and not any(c.dep_ in SUBJ_DEPS for c in children_of(fin)):
            return first[:1], False
    if subs:
        return subs, depth > 0
    if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "obl:agent" for c in children_of(v)):
        return [v.head], True  # "De stichting, opgericht door X": the noun is what the participle says of it
    if depth > 4 or v.head.i == v.i:
        return [], False
    if v.dep_ == "conj" and v.head.pos_ in ("NOUN", "PROPN") and v.head.i < v.i:
        return [v.head], True  # "Hoewel acteurs en regisseurs zich ... inzetten": the parse made the noun the head
    infinitival = v.morph.get("VerbForm") == ["Inf"] or any(c.lower_ == "te" and c.dep_ == "mark" for c in children_of(v))
    if v.dep_ in ("xcomp",) or v.dep_ == "conj" or infinitival and v.dep_ in ("advcl", "csubj", "obl", "ccomp", "nmod", "obj"):
        h = v.head
        if infinitival and v.dep_ in ("xcomp", "ccomp", "obj") and base_lemma(h.lemma_ or h.text, h.lower_) in OBJECT_CONTROL:
            # "De rechtbank heeft Hunze Energie bevolen de uitstoot te verminderen": the one ordered does it
            objs = [c for c in children_of(h) if c.dep_ in ("obj", "iobj") and c.i < v.left_edge.i and c.pos_ in ("PROPN", "NOUN", "PRON")]
            if objs:
                return objs[:1], True
        hs, _ = subjects(h, depth + 1)
        if any(c.dep_.startswith("expl") and c.lower_ in ("het", "'t") for c in children_of(h)):
            hs = [c for c in children_of(h) if c.dep_.startswith("expl")]
        if hs and all(t.lower_ in ("het", "'t") for t in hs):
            # expletive subject: "het is verleidelijk voor X om ..." -> X controls the infinitive
            for c in list(children_of(h)) + [g for x in children_of(h) if x.dep_ == "xcomp" for g in children_of(x)]:
                if c.dep_ in ("obl", "obl:arg") and case_of(c) == "voor":
                    return [c], True
            return [], False
        return hs, True
    return [], False


def resolve(doc: Doc, tok: Token, allow_value: bool = False) -> list[Arg]:
    """Resolve an argument token (and its conjuncts) to entity clusters."""
    out: list[Arg] = []
    for t in expand_conj(tok):
        a = _resolve_one(doc, t, allow_value)
        out.extend(_members(doc, a.token if a is not None else t.i) or ([a] if a is not None else []))
    return out


def _members(doc: Doc, i: int) -> list[Arg]:
    """A group ("de twee ziekenhuizen", "ze" after "A en B", or a pronoun for such a group) at token
    ``i`` is its members, one argument each."""
    mentions = doc._.tkg_mentions or []
    idx = (doc._.tkg_head2mention or {}).get(i)
    for _ in range(10):
        if idx is None or mentions[idx].members or mentions[idx].antecedent is None:
            break
        idx = mentions[idx].antecedent
    if idx is None or not mentions[idx].members:
        return []
    return [Arg(mentions[k].cluster, None, i, via_pronoun=True) for k in mentions[idx].members if mentions[k].cluster is not None]


def _resolve_one(doc: Doc, t: Token, allow_value: bool) -> Arg | None:
    mentions = doc._.tkg_mentions or []
    head2 = doc._.tkg_head2mention or {}
    # relative pronoun -> the noun the relative clause modifies
    relative = t.lower_ in _REL_PRONOUNS and t.pos_ in ("PRON", "DET", "ADV") and t.head.dep_ == "acl:relcl"
    if relative:
        rel, t = t, t.head.head
        if t.pos_ not in ("NOUN", "PROPN", "PRON") and rel.i > 0:
            # "volgt Ruud Verhoeven op, die ...": the parse hung the clause on the verb; the antecedent
            # is the phrase right before it (past the comma and a particle)
            t = doc[rel.i - 1]
            while (t.is_punct or t.dep_ == "compound:prt") and t.i > 0:
                t = doc[t.i - 1]
            while t.dep_ in ("flat", "compound", "fixed") and t.head.i < t.i:
                t = t.head
            if t.pos_ in ("VERB", "AUX"):
                # "dat er een ambulance wordt gestationeerd, die wordt betaald door ...": a relative clause
                # extraposed past a verb-final clause modifies that clause's object or (passive) subject
                args = sorted((c for c in children_of(t) if c.dep_ in ("obj", "nsubj:pass", "nsubj") and c.pos_ in ("NOUN", "PROPN")),
                              key=lambda c: ("obj", "nsubj:pass", "nsubj").index(c.dep_))
                t = args[0] if args else t
        elif rel.dep_ in ("nsubj", "nsubj:pass") and t.morph.get("Number") == ["Sing"] and t.pos_ == "NOUN" and (
                rel.head.morph.get("Number") == ["Plur"] or rel.head.morph.get("VerbForm") == ["Inf"]
                or rel.lower_ == "die" and t.morph.get("Gender") == ["Neut"]):
            # "gesprekken over een sociaal plan, die volgende week beginnen": a plural verb (tagged as an
            # infinitive, which a relative clause with a subject cannot have) and "die" (never of a neuter
            # singular) agree with the plural noun the singular one hangs from
            up = t
            while up.dep_ == "nmod" and up.head.i != up.i and up.head.morph.get("Number") != ["Plur"]:
                up = up.head
            t = up.head if up.dep_ == "nmod" and up.head.pos_ == "NOUN" else t
        elif rel.lower_ == "dat" and rel.i > 1 and head2.get(t.i) is not None and mentions[head2[t.i]].type == "PERSON":
            # "Directeur X van Zuiderwind, dat ...": neuter "dat" is not a person; the name before the comma is meant
            near = head2.get(rel.i - 2) if doc[rel.i - 1].is_punct else None
            if near is not None and near != head2[t.i] and mentions[near].type != "PERSON":
                t = doc[mentions[near].head]
    # attribute nouns of a named owner: "de omzet van Ahold steeg" -> Ahold (wording "omzet")
    if (t.lemma_ or t.lower_).lower() in ATTRIBUTE_NOUNS and t.dep_ in SUBJ_DEPS:
        for c in children_of(t):
            if c.dep_ == "nmod" and case_of(c) == "van" and c.pos_ == "PROPN":
                inner = _resolve_one(doc, c, False)
                if inner is not None and inner.cluster is not None:
                    inner.wording = t.text
                    inner.attribute = attribute_label(t)
                    return inner
    # transparent light nouns: "de opkomst van AI" -> AI (wording "opkomst van")
    if (t.lemma_ or t.lower_).lower() in LIGHT_NOUNS or t.lower_ in LIGHT_NOUNS:
        for c in children_of(t):
            if c.dep_ == "nmod" and case_of(c) in ("van", "in", "op", "voor"):
                inner = _resolve_one(doc, c, False)
                if inner is not None and inner.cluster is not None:
                    inner.wording = f"{t.text} {case_of(c)}"
                    return inner
    idx = head2.get(t.i)
    if idx is None or mentions[idx].kind == "description":
        # "door zorgverzekeraar OostZorg", "de woningcorporatie Woonstad" parsed with the class noun as the
        # head: the name is meant
        named = [head2[c.i] for c in children_of(t) if c.dep_ in ("appos", "flat") and head2.get(c.i) is not None
                 and mentions[head2[c.i]].kind == "name" and (idx is None or c.i == t.i + 1)]
        if named:
            idx = named[0]
    if idx is None:
        if allow_value and is_amount(t):
            # an amount: "3 miljard euro", "1200 dollar", "twintig procent"
            lo = t.left_edge.i
            while lo < t.i and not doc[lo].like_num and (doc[lo].dep_ in ("case", "det", "advmod", "fixed") or doc[lo].pos_ == "ADV"):
                lo += 1
            hi = t.i
            while hi + 1 < len(doc) and doc[hi + 1].head.i == t.i and doc[hi + 1].dep_ in ("flat", "compound", "nummod", "fixed"):
                hi += 1
            return Arg(None, Value(doc[lo: hi + 1].text, "number"), t.i)
        if allow_value and t.pos_ in ("NUM",):
            span = doc[t.left_edge.i: t.right_edge.i + 1]
            return Arg(None, Value(span.text, "number"), t.i)
        return None
    m = mentions[idx]
    if m.predicative and not relative:
        # "uitgeroepen tot beste speler": the phrase describes another argument, it is not one itself
        return Arg(None, Value(m.name, "text"), t.i)
    if m.cluster is None:
        if allow_value and m.kind == "description":
            return Arg(None, Value(m.name, "text"), t.i)
        return None
    return Arg(m.cluster, None, t.i, via_pronoun=m.kind == "pronoun")
