"""Predicate normalisation: a Dutch verb lemma (+ particle, preposition, reflexive, incorporated
noun) to a canonical relation id of :mod:`textkg.vocabulary` and an English label.

Lookups go from the most specific key to the least: ``(lemma, prep, reflexive)``, then
``(lemma, prep)``, then ``(lemma, None)``. A verb outside the lexicon keeps its lemma as the
predicate and its Dutch wording as label ("samenwerken met"), so nothing is lost and the
vocabulary does not explode into one-off predicates.

>>> normalise("gebruiken", "voor").label
'uses for'
>>> normalise("gebruiken", "voor", passive=True).label
'is used for'
>>> normalise("inzetten", "tegen", reflexive=True).id
'opposes'
>>> normalise("fietsen", "naar").label
'fietsen naar'
>>> normalise("schrappen").label
'cuts'
"""

from __future__ import annotations

from dataclasses import dataclass

from textkg.vocabulary import RELATIONS

__all__ = ["PP_IDIOMS", "REACTION_EN", "READ_LEMMAS", "Predicate", "normalise", "reads_with", "PREP_EN", "SAY_VERBS", "LIGHT_VERBS", "SUPPORT_NOUNS"]

# Dutch prepositions -> English, for labels built from a relation and an oblique's preposition.
PREP_EN = {
    "voor": "for", "met": "with", "in": "in", "op": "on", "van": "of", "aan": "to", "tegen": "against",
    "tegenover": "to", "over": "about", "naar": "to", "bij": "at", "uit": "from", "door": "due to",
    "om": "about", "tot": "to", "als": "as", "zonder": "without", "tussen": "between", "na": "after",
    "sinds": "since", "onder": "under", "binnen": "within", "vanuit": "from", "via": "via",
    "rond": "around", "achter": "behind", "naast": "next to", "vanaf": "from", "zoals": "like",
    "per": "per", "buiten": "outside", "boven": "above", "langs": "along", "richting": "towards",
}

# Verbs of saying / reporting: their clausal complement is what the subject said.
SAY_VERBS = frozenset(
    "zeggen stellen verklaren vertellen schrijven melden laten_weten benadrukken zeggen aankondigen "
    "bekendmaken meedelen antwoorden opmerken toevoegen waarschuwen erkennen toegeven ontkennen "
    "beweren onderstrepen aangeven uitleggen vrezen denken verwachten hopen menen geloven "
    "twitteren posten noemen concluderen betogen claimen suggereren vinden bevestigen laten_weten melden "
    "aanvullen zweren".split()
)

# Support verbs whose bare noun object is part of the predicate ("zich zorgen maken om",
# "een rol spelen in"), together with the nouns that form such idioms with any light verb.
LIGHT_VERBS = frozenset("maken hebben houden doen geven spelen nemen krijgen leggen stellen voeren zetten treffen "
                        "sluiten bereiken slaan".split())
SUPPORT_NOUNS = frozenset(
    "zorg zorgen rol aandacht bijdrage stap stappen kans gebruik deel einde werk actie druk kritiek "
    "belang interesse invloed beslag afstand schikking akkoord deal overeenkomst maatregelen alarm leiding debuut hoofdkantoor zetel hoofdzetel "
    "beroep bezwaar besluit beslissing kanttekeningen uitspraak aangifte onderzoek excuses toestemming klacht deuren".split()
)


@dataclass(frozen=True)
class Predicate:
    """A normalised predicate: vocabulary id (or lemma), English label, and whether it is canonical."""

    id: str
    label: str
    canonical: bool


# (lemma, prep | None, reflexive | None) -> (relation id, English label | None = the relation's label)
_LEX: dict[tuple[str, str | None, bool | None], tuple[str, str | None]] = {}


def _add(relation: str, entries: str, label: str | None = None) -> None:
    for entry in entries.split(","):
        words = entry.split()
        if not words:
            continue
        refl: bool | None = None
        if words[0] == "zich":
            refl, words = True, words[1:]
        lemma, prep = words[0].replace("_", " "), (words[1] if len(words) > 1 else None)
        _LEX[(lemma, prep, refl)] = (relation, label)


_add("uses", "gebruiken, inzetten, inzetten op, toepassen, benutten, "
     "hanteren, gebruikmaken van, gebruik_maken van, werken met, vertrouwen op, inschakelen")
_add("opposes", "zich inzetten tegen, inzetten tegen, zich verzetten tegen, verzetten tegen, protesteren tegen, strijden tegen, "
     "vechten tegen, ageren tegen, bestrijden, tegenhouden, dwarsbomen, actie_voeren tegen, bezwaar_maken tegen")
_add("supports", "zich inzetten voor, steunen, ondersteunen, pleiten voor, strijden voor, vechten voor, "
     "omarmen, verwelkomen, achterstaan")
_add("produces", "maken", "makes")
_add("produces", "produceren, creëren, genereren, vervaardigen, fabriceren, draaien, opnemen")
_add("builds", "bouwen, aanleggen, neerzetten, bijbouwen")
_add("develops", "ontwikkelen, ontwerpen, bedenken, programmeren")
_add("madeOf", "bestaan uit, opgebouwd_zijn uit", "consists of")
# verbs of making whose passive with "van"/"uit" names the material ("is gemaakt van natrium")
_MATERIAL_VERBS = frozenset("maken vervaardigen bouwen produceren".split())
# verbs whose passive with "in" says where something is seated ("is gevestigd in", "is gehuisvest in")
_SEATED_VERBS = frozenset("vestigen huisvesten".split())
_add("said", "zeggen, stellen, verklaren, vertellen, schrijven, melden, laten_weten, benadrukken, meedelen, "
     "antwoorden, opmerken, toevoegen, erkennen, toegeven, beweren, onderstrepen, aangeven, uitleggen, zeggen tegen, "
     "twitteren, concluderen, betogen, claimen", "said")
_add("announced", "bekendmaken, aankondigen, onthullen, bekend_maken, bekendmaken tegenover, "
     "aankondigen tegenover")
_add("announced", "bekendmaken tegenover, zeggen tegenover, vertellen aan, schrijven aan", "announced to")
_add("worriedAbout", "vrezen, vrezen voor, zorgen_maken om, zorgen_maken over, zich zorgen_maken om, "
     "zich zorgen_maken over, zorgen om, zorgen over, zich ongerust_maken over, bang_zijn voor, bezorgd_zijn over, zorgen_hebben over, "
     "zich storen aan", "worried about")
_add("worriedAbout", "vrezen", "fears")
_add("acquires", "kopen, overnemen, inlijven, aankopen, opkopen")
_add("replaces", "vervangen, verdringen")
_add("sells", "verkopen, afstoten")
_add("invests", "investeren in, steken in, pompen in")
_add("collaboratesWith", "samenwerken met, samenwerken, werken samen met, een_partnerschap_aangaan met, "
     "samenspannen met")
_add("worksFor", "werken voor, werken bij, in_dienst_zijn bij")
_add("owns", "bezitten, bezitten van, eigenaar_zijn van")
_add("founded", "oprichten, stichten, opzetten")
_add("partOf", "deel_uitmaken van, behoren tot, horen bij, vallen onder")
_add("locatedIn", "liggen in, zich bevinden in, bevinden in, gevestigd_zijn in, zitten in, plaatsvinden in")
_add("locatedIn", "hoofdkantoor_hebben in, zetel_hebben in, hoofdzetel_hebben in", "is headquartered in")
_add("sees", "zien als, beschouwen als, bestempelen als, omschrijven als, typeren als, zien zitten in")
_add("launches", "lanceren, uitrollen, introduceren, op_de_markt_brengen, lanceren op, uitbrengen")
_add("improves", "verbeteren, versnellen, versimpelen, vereenvoudigen, optimaliseren")
_add("benefitsFrom", "profiteren van, baat_hebben bij, voordeel_halen uit")
_add("playsRoleIn", "rol_spelen in, rol_spelen bij, rol_spelen")
_add("rulesOut", "uitsluiten")
_add("expects", "verwachten, voorspellen, voorzien")
_add("costs", "kosten")
_add("votedFor", "stemmen voor, instemmen met")
_add("votedAgainst", "stemmen tegen")
_add("acquires", "overnemen voor, kopen voor", "acquires for")
_add("sells", "verkopen aan", "sells to")


# English readings of frequent news verbs outside the vocabulary: the predicate stays the Dutch
# lemma (no new relation), only the label is English.
_EN = dict(x.split(":") for x in (
    "schrappen:cuts betalen:pays ontslaan:dismisses aannemen:hires openen:opens sluiten:closes verhogen:raises "
    "verlagen:lowers stijgen:increases dalen:decreases groeien:grows krimpen:shrinks winnen:wins verliezen:loses "
    "verdienen:earns boeken:reports leveren:supplies testen:tests onderzoeken:investigates waarschuwen:warns "
    "eisen:demands vragen:asks beloven:promises weigeren:refuses besluiten:decides beslissen:decides stoppen:stops "
    "beginnen:starts starten:starts verbieden:bans toestaan:allows goedkeuren:approves afwijzen:rejects "
    "aanklagen:sues beschuldigen:accuses veroordelen:condemns bekritiseren:criticises noemen:calls "
    "reageren:responds wijzen:points voldoen:meets kampen:struggles treffen:hits raken:affects bedreigen:threatens "
    "versterken:strengthens verzwakken:weakens beperken:limits uitbreiden:expands verhuizen:moves vertrekken:leaves "
    "aftreden:resigns benoemen:appoints opvolgen:succeeds leiden:leads fuseren:merges splitsen:splits huren:rents "
    "exporteren:exports importeren:imports vervoeren:transports bezorgen:delivers opleveren:yields "
    "bevestigen:confirms ontkennen:denies geven:gives tonen:shows helpen:helps financieren:funds "
    "subsidiëren:subsidises sponsoren:sponsors verslaan:beats simuleren:simulates ontmoeten:meets "
    "bezoeken:visits onderhandelen:negotiates dreigen:threatens hopen:hopes willen:wants bieden:offers "
    "aanbieden:offers behalen:achieves halen:achieves bereiken:reaches verwerven:acquires vormen:forms "
    "organiseren:organises publiceren:publishes schrijven:writes lezen:reads bekijken:watches kijken:looks "
    "trainen:trains analyseren:analyses meten:measures voorkomen:prevents veroorzaken:causes beschermen:protects "
    "verbinden:connects koppelen:links delen:shares verzamelen:collects opslaan:stores verwerken:processes "
    "herkennen:recognises vervaardigen:manufactures verplaatsen:moves verdubbelen:doubles halveren:halves "
    "ondertekenen:signs tekenen:signs verlengen:extends annuleren:cancels uitstellen:postpones "
    "uitspreken:pronounces rijden:drives vliegen:flies bellen:calls sturen:sends ontvangen:receives "
    "kiezen:chooses selecteren:selects winnen:wins verkiezen:elects stemmen:votes bijdragen:contributes "
    "beschikbaarstellen:makes_available mogelijkmaken:enables duidelijkmaken:makes_clear openbaarmaken:discloses "
    "stopzetten:halts presenteren:presents werken:works spelen:plays oplopen:rises toenemen:increases afnemen:decreases "
    "verminderen:reduces verdwijnen:disappears beheren:manages verlaten:leaves dienen:serves overwegen:considers "
    "oplossen:solves aanvechten:challenges oproepen:calls_on uittrekken:allocates aanhouden:arrests arresteren:arrests verdenken:suspects krijgen:receives "
    "samengaan:merges overhoopliggen:clashes "
    "staken:strikes opeisen:claims dichtgaan:closes opengaan:opens "
    "intrekken:withdraws verlenen:grants buitmaken:steals stelen:steals hacken:hacks lekken:leaks indienen:submits "
    "schorsen:suspends afgelasten:cancels beboeten:fines opleggen:imposes renoveren:renovates slopen:demolishes "
    "ontruimen:evacuates afkeuren:rejects "
    "lijden:suffers aflopen:expires aanstellen:appoints toezeggen:promises ontdekken:discovers opsporen:detects doorverwijzen:refers "
    "vaststellen:establishes oordelen:rules versturen:sends"
    ).split(" ") if ":" in x)
# "stijgt met 9 procent": "increases 9 percent", as English news writes it ("... by" would read as a passive agent)
_EN_PREP = {("stijgen", "met"): "increases", ("dalen", "met"): "decreases", ("groeien", "met"): "grows",
            ("krimpen", "met"): "shrinks", ("leiding geven", "aan"): "leads",
            ("debuut maken", None): "debuts", ("debuut maken", "tegen"): "debuts against", ("leiden", "tot"): "leads to", ("reageren", "op"): "responds to", ("eens zijn", "met"): "agrees with", ("goed zijn", "voor"): "is worth", ("kiezen", "voor"): "chooses",
            ("wijzen", "op"): "points to", ("voldoen", "aan"): "meets", ("kampen", "met"): "struggles with",
            ("fuseren", "met"): "merges with", ("verhuizen", "naar"): "moves to", ("praten", "met"): "talks with",
            ("spreken", "met"): "talks with", ("onderhandelen", "met"): "negotiates with",
            ("betalen", "aan"): "pays to", ("leveren", "aan"): "supplies to", ("vragen", "om"): "asks for",
            ("zorgen", "voor"): "provides", ("werken", "aan"): "works on", ("werken", "bij"): "works at",
            ("wonen", "in"): "lives in", ("komen", "uit"): "comes from", ("gaan", "naar"): "goes to",
            ("besluit nemen", None): "decides", ("besluit nemen", "over"): "decides on",
            ("beslissing nemen", None): "decides", ("beslissing nemen", "over"): "decides on",
            ("werk neerleggen", None): "goes on strike", ("samengaan", "met"): "merges with",
            ("overhoopliggen", "met"): "clashes with", ("waarschuwen", "voor"): "warns about", ("uitspraak doen", None): "rules", ("uitspraak doen", "over"): "rules on",
            ("aangifte doen", None): "reports to the police", ("aangifte doen", "bij"): "reports to",
            ("aangifte doen", "tegen"): "reports to the police", ("onderzoek starten", "naar"): "investigates",
            ("onderzoek instellen", "naar"): "investigates", ("onderzoek openen", "naar"): "investigates",
            ("onderzoek doen", "naar"): "investigates", ("onderzoek beginnen", "naar"): "investigates", ("kanttekeningen plaatsen", "bij"): "criticises",
            ("kritiek hebben", "op"): "criticises", ("kritiek uiten", "op"): "criticises", ("kritiek leveren", "op"): "criticises",
            ("stoppen", "met"): "stops", ("beginnen", "met"): "starts", ("starten", "met"): "starts",
            ("melden", "bij"): "reports to", ("excuses aanbieden", None): "apologises",
            ("excuses aanbieden", "aan"): "apologises to", ("excuses maken", None): "apologises",
            ("beroep instellen", None): "appeals", ("beroep instellen", "bij"): "appeals to",
            ("beroep instellen", "tegen"): "appeals against", ("bezwaar maken", None): "objects",
            ("bezwaar maken", "tegen"): "objects to", ("openstaan", "voor"): "is open to",
            ("toestemming geven", None): "approves", ("toestemming geven", "voor"): "approves",
            ("toestemming geven", "aan"): "gives permission to", ("klacht indienen", None): "files a complaint",
            ("klacht indienen", "bij"): "files a complaint with", ("klacht indienen", "tegen"): "files a complaint against",
            ("deuren sluiten", None): "closes", ("rijden", "voor"): "rides for", ("spelen", "voor"): "plays for",
            ("uitkomen", "voor"): "plays for"}


# Verb + PP idioms that are one predicate, keyed "prep noun verb" ("in beroep gaan tegen": appeals against).
_PP_IDIOM_EN = {
    ("in beroep gaan", None): "appeals", ("in beroep gaan", "tegen"): "appeals against", ("in beroep gaan", "bij"): "appeals to",
    ("aan roer staan", None): "leads", ("aan roer staan", "van"): "leads", ("aan roer staan", "bij"): "leads",
    ("om tafel zitten", "met"): "negotiates with", ("naar rechter stappen", None): "goes to court",
    ("naar rechter stappen", "tegen"): "goes to court against", ("in gesprek gaan", "met"): "talks with",
    ("in actie komen", "tegen"): "protests against", ("aan kop gaan", "in"): "leads", ("onder vuur liggen", None): "is under fire",
    ("in clinch liggen", None): "clashes", ("in clinch liggen", "met"): "clashes with", ("in clinch liggen", "over"): "clashes over",
    ("op spoor komen", None): "discovers", ("in dienst nemen", None): "hires", ("in dienst hebben", None): "employs",
}
# noun + verb idioms ("heeft beroep aangetekend bij de Raad van State"): the bare noun joins the predicate
_EN_PREP.update({("beroep aantekenen", None): "appeals", ("beroep aantekenen", "bij"): "appeals to",
                 ("beroep aantekenen", "tegen"): "appeals against", ("bezwaar aantekenen", "tegen"): "objects to",
                 ("bezwaar aantekenen", None): "objects"})
_EN_PREP.update(_PP_IDIOM_EN)
# "reageert boos op het besluit": the manner of a reaction is its stance ("is angry about")
REACTION_EN = {
    "boos": "is angry about", "woedend": "is furious about", "furieus": "is furious about", "kwaad": "is angry about",
    "teleurgesteld": "is disappointed about", "verontwaardigd": "is indignant about", "geschrokken": "is shocked by",
    "geschokt": "is shocked by", "verbaasd": "is surprised by", "verrast": "is surprised by", "bezorgd": "is worried about",
    "tevreden": "is pleased with", "blij": "is pleased with", "verheugd": "is pleased with", "opgelucht": "is relieved about",
    "positief": "is positive about", "negatief": "is negative about", "kritisch": "is critical of",
    "sceptisch": "is sceptical of", "afwijzend": "rejects", "enthousiast": "is enthusiastic about",
    "terughoudend": "is cautious about", "gelaten": "accepts", "lauw": "is lukewarm about",
}
_EN_PREP.update({(f"reageren {adj}", "op"): label for adj, label in REACTION_EN.items()})
READ_LEMMAS = frozenset(lemma for lemma, _ in _EN_PREP)  # predicates with an English reading of their own
PP_IDIOMS = frozenset(idiom for idiom, _ in _PP_IDIOM_EN)


def reads_with(lemma: str, prep: str) -> bool:
    """Does the verb select this preposition, in the vocabulary or in a reading of its own ("melden bij")?"""
    return (lemma, prep) in _EN_PREP or any((lemma, prep, r) in _LEX for r in (None, True, False))


def has_reading(pred_id: str) -> bool:
    """Is this non-vocabulary predicate a frequent verb with an English reading ("tekenen": signs)?"""
    return pred_id.split("_")[0] in _EN


def normalise(lemma: str, prep: str | None = None, *, reflexive: bool = False, passive: bool = False) -> Predicate:
    """Map a Dutch predicate to a vocabulary relation.

    lemma (str): the verb lemma with its particle and any incorporated noun ("inzetten",
        "zorgen maken"). prep (str): the preposition of the oblique that becomes the object, or None.
    reflexive (bool): the verb has an inherent reflexive ("zich inzetten").
    passive (bool): an agentless passive: the label reads from the patient ("is used for").
    RETURNS (Predicate): id, English label, and whether the id is canonical.
    """
    lemma = lemma.lower().strip()
    if passive and lemma in _MATERIAL_VERBS and prep in ("van", "uit"):
        return Predicate("madeOf", RELATIONS["madeOf"].label, True)  # "is gemaakt van natrium"
    if passive and lemma in _SEATED_VERBS and prep == "in":
        return Predicate("locatedIn", "is based in", True)  # "is gevestigd in Zaandam"
    hit = None
    prep_in_key = False
    for key in ((lemma, prep, reflexive), (lemma, prep, None), (lemma, None, reflexive), (lemma, None, None)):
        if key[1] is None and prep is not None and key in _LEX:
            if (lemma, prep) in _EN_PREP:
                break  # a reading of the verb with this preposition ("melden bij": reports to, not said)
            hit = _LEX[key]
            break
        if key in _LEX:
            hit, prep_in_key = _LEX[key], key[1] is not None
            break
    if hit is None:
        pid = lemma.replace(" ", "_") + (f"_{prep}" if prep else "")
        if not passive and (lemma, prep) in _EN_PREP:
            return Predicate(pid, _EN_PREP[(lemma, prep)], False)
        if not passive and prep and (lemma, None) in _EN_PREP:  # "debuut maken in": "debuts in"
            return Predicate(pid, f"{_EN_PREP[(lemma, None)]} {PREP_EN.get(prep, prep)}", False)
        if not passive and lemma in _EN:
            return Predicate(pid, _EN[lemma].replace("_", " ") + (f" {PREP_EN.get(prep, prep)}" if prep else ""), False)
        wording = ("zich " if reflexive else "") + lemma + (f" {prep}" if prep else "")
        if passive:
            wording = "wordt " + wording
        return Predicate(pid, wording, False)
    rel_id, label = hit
    rel = RELATIONS[rel_id]
    label = label or rel.label
    if passive:
        label = rel.passive or f"is {label}"
    if prep and not prep_in_key and prep != "door":
        en = PREP_EN.get(prep, prep)
        if not label.endswith(" " + en):
            label = f"{label} {en}"
    return Predicate(rel_id, label, True)
