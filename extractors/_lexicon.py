"""Closed Dutch word lists the extractors share (role nouns, class nouns, demonyms, time words).

These are linguistic classes of Dutch, not words of any one article: role nouns name a position
held in an organisation, class nouns name the kind of thing a definite description refers to.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "ROLE_NOUNS", "ROLE_LABEL", "CLASS_NOUNS", "CLASS_SUFFIXES", "class_type", "title_type", "role_of", "DEMONYMS", "demonym_country",
    "TIME_WORDS", "NUMBER_WORDS", "COMPANY_NOUNS", "PUBLIC_BODIES", "RESULT_NOUNS", "ORG_ROLE_LABEL", "number_value", "LIGHT_NOUNS", "PERSON_PRONOUNS", "noun_complement", "SPEAKER_PRONOUNS", "FIRST_PLURAL", "DETERMINERS",
    "WORK_NOUNS", "CREATOR_ROLES", "SPEECH_MEDIA", "DEMONYM_NOUNS", "ORG_NAME_WORDS", "org_shaped", "AGE_ADJECTIVE", "DAY_RE", "ROLE_INSTITUTION", "COUNTRY_NAMES", "PLACE_INSTITUTIONS",
]

AGE_ADJECTIVE = re.compile(r"^\d+-jarige$")  # "de 46-jarige": a person described by age
# A day or a part of one ("dinsdag", "dinsdagavond", "gisteravond"): a time, never a thing that acts.
DAY_RE = re.compile(r"^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|gister|morgen)(ochtend|morgen|middag|avond|nacht)?$")

# role noun -> (relation id, English label); the relation links the person to the organisation.
ROLE_LABEL: dict[str, tuple[str, str]] = {
    "ceo": ("isCeoOf", "is CEO of"), "topman": ("isCeoOf", "is CEO of"), "topvrouw": ("isCeoOf", "is CEO of"),
    "bestuursvoorzitter": ("isCeoOf", "is CEO of"), "topbestuurder": ("isCeoOf", "is CEO of"),
    "baas": ("isCeoOf", "is CEO of"), "chief": ("isCeoOf", "is CEO of"), "co-ceo": ("isCeoOf", "is CEO of"),
    "directeur": ("holdsPositionAt", "is director of"), "directrice": ("holdsPositionAt", "is director of"),
    "algemeen directeur": ("isCeoOf", "is CEO of"), "voorzitter": ("holdsPositionAt", "is chair of"),
    "president": ("holdsPositionAt", "is president of"), "oprichter": ("founded", "founded"),
    "medeoprichter": ("founded", "co-founded"), "eigenaar": ("owns", "owns"),
    "woordvoerder": ("holdsPositionAt", "is spokesperson of"), "woordvoerster": ("holdsPositionAt", "is spokesperson of"),
    "cfo": ("holdsPositionAt", "is CFO of"), "cto": ("holdsPositionAt", "is CTO of"), "coo": ("holdsPositionAt", "is COO of"),
    "hoofd": ("holdsPositionAt", "is head of"), "manager": ("holdsPositionAt", "is manager of"),
    "bestuurder": ("holdsPositionAt", "is board member of"), "commissaris": ("holdsPositionAt", "is board member of"),
    "minister": ("holdsPositionAt", "is minister of"), "premier": ("holdsPositionAt", "is prime minister of"),
    "burgemeester": ("holdsPositionAt", "is mayor of"), "wethouder": ("holdsPositionAt", "is alderman of"),
    "analist": ("worksFor", "works for"), "onderzoeker": ("worksFor", "works for"),
    "medewerker": ("worksFor", "works for"), "werknemer": ("worksFor", "works for"),
    "hoogleraar": ("worksFor", "works for"), "trainer": ("worksFor", "is coach of"), "coach": ("worksFor", "is coach of"),
    "leider": ("holdsPositionAt", "is leader of"), "partijleider": ("holdsPositionAt", "is leader of"),
    "fractievoorzitter": ("holdsPositionAt", "is leader of"), "chef": ("holdsPositionAt", "is head of"),
    "topbaas": ("isCeoOf", "is CEO of"), "financieel directeur": ("holdsPositionAt", "is CFO of"),
    "gedeputeerde": ("holdsPositionAt", "is provincial executive of"), "statenlid": ("memberOf", "is member of"),
    "raadslid": ("memberOf", "is member of"), "gemeenteraadslid": ("memberOf", "is member of"),
    "kamerlid": ("memberOf", "is member of"), "staatssecretaris": ("holdsPositionAt", "is state secretary of"),
    "secretaris": ("holdsPositionAt", "is secretary of"), "penningmeester": ("holdsPositionAt", "is treasurer of"),
    "bestuurslid": ("holdsPositionAt", "is board member of"), "directielid": ("holdsPositionAt", "is board member of"),
    "dijkgraaf": ("holdsPositionAt", "is chair of"), "rector": ("holdsPositionAt", "is rector of"),
    "decaan": ("holdsPositionAt", "is dean of"), "hoofdredacteur": ("holdsPositionAt", "is editor-in-chief of"),
    "bondscoach": ("worksFor", "is coach of"), "gouverneur": ("holdsPositionAt", "is governor of"),
    "ambassadeur": ("holdsPositionAt", "is ambassador of"), "voorman": ("holdsPositionAt", "is leader of"),
    "voorvrouw": ("holdsPositionAt", "is leader of"), "curator": ("holdsPositionAt", "is trustee of"),
    "lijsttrekker": ("holdsPositionAt", "is lead candidate of"),
    "organisator": ("holdsPositionAt", "is organiser of"), "bedrijfsleider": ("holdsPositionAt", "is manager of"),
    "vestigingsmanager": ("holdsPositionAt", "is manager of"), "fabrieksdirecteur": ("holdsPositionAt", "is director of"),
    "projectleider": ("holdsPositionAt", "is project leader of"), "projectontwikkelaar": ("worksFor", "works for"),
    "advocaat": ("worksFor", "works for"), "officier van justitie": ("worksFor", "works for"),
    "wijkagent": ("worksFor", "works for"), "politiechef": ("holdsPositionAt", "is head of"),
    "korpschef": ("holdsPositionAt", "is head of"), "hoofdcommissaris": ("holdsPositionAt", "is head of"),
    "kaderlid": ("memberOf", "is member of"), "vakbondsbestuurder": ("holdsPositionAt", "is board member of"),
    "onderhandelaar": ("worksFor", "works for"), "beveiligingsexpert": ("worksFor", "works for"),
    "directeur-bestuurder": ("isCeoOf", "is CEO of"), "programmeur": ("worksFor", "works for"),
}
ROLE_NOUNS = frozenset(ROLE_LABEL)
# nouns that relate an organisation to another organisation ("X, een dochter van Y")
ORG_ROLE_LABEL: dict[str, tuple[str, str]] = {
    "dochter": ("partOf", "is a subsidiary of"), "dochterbedrijf": ("partOf", "is a subsidiary of"),
    "dochteronderneming": ("partOf", "is a subsidiary of"), "onderdeel": ("partOf", "is part of"),
    "divisie": ("partOf", "is part of"), "merk": ("partOf", "is a brand of"), "label": ("partOf", "is a brand of"),
    "moederbedrijf": ("owns", "owns"), "eigenaar": ("owns", "owns"), "moedermaatschappij": ("owns", "owns"),
    "concurrent": ("competesWith", "competes with"), "branchegenoot": ("competesWith", "competes with"), "partner": ("collaboratesWith", "collaborates with"),
}
# Roles that, without an explicit organisation, belong to the organisation the article is about.
_ORG_DEFAULT_ROLES = frozenset("ceo topman topvrouw bestuursvoorzitter topbestuurder baas topbaas directeur co-ceo "
                               "cfo cto coo woordvoerder woordvoerster oprichter medeoprichter trainer coach lijsttrekker curator directeur-bestuurder".split())


# Words that make a name an organisation's: legal, club and trade designators before or after it ("FC Utrecht",
# "ASML Holding", "Zomerfeest Events", "Veluwe Wonen"), and the compound tails of its last word ("Consumentenbond",
# "Van der Heijden Koeltechniek").
ORG_NAME_WORDS = frozenset(
    "fc afc sc sv vv rkc psv nv n.v. bv b.v. holding holdings group groep inc inc. ltd ltd. gmbh ag sa s.a. plc corp corp. "
    "llc events media energy energie foods systems solutions services technologies capital partners logistics advocaten "
    "bouw wonen zorg verzekeringen airlines airways bank partij stichting vereniging federatie instituut fonds omroep".split())
_ORG_NAME_TAILS = ("bond", "bank", "groep", "fonds", "vereniging", "stichting", "partij", "federatie", "instituut",
                   "maatschappij", "omroep", "verzekeraar", "techniek", "bouw", "transport", "logistiek")


def org_shaped(name: str) -> bool:
    """Does a name look like an organisation's by its words ("FC Utrecht", "Beatwave Events", "Rabobank")?"""
    words = name.lower().split()
    if not words:
        return False
    tailed = any(words[-1].endswith(t) and len(words[-1]) - len(t) >= 3 for t in _ORG_NAME_TAILS)
    return tailed or len(words) > 1 and (words[0] in ORG_NAME_WORDS or words[-1] in ORG_NAME_WORDS)


def role_of(word: str) -> str | None:
    """The role noun a (compound) word ends in: "Netflix-topman" -> "topman", "CEO" -> "ceo"."""
    w = word.lower().strip("-")
    if w in ROLE_NOUNS:
        return w
    if w in _ROLE_ALIASES:
        return _ROLE_ALIASES[w]
    if w.endswith("s") and w[:-1] in ROLE_NOUNS and len(w) > 4:
        return None  # plural: a group, not one person's title
    if "-" in w and w.rsplit("-", 1)[1] in ROLE_NOUNS:
        return w.rsplit("-", 1)[1]
    for r in _COMPOUND_ROLES:
        if w.endswith(r) and len(w) > len(r) + 2 and not w.endswith(_NOT_ROLES):
            return r
    return None


# role nouns that head compounds naming the same role ("sportwethouder", "beleidsmedewerker"); not
# "bestuurder" (a "busbestuurder" drives) nor "eigenaar" (a "huiseigenaar" holds no position)
_COMPOUND_ROLES = ("topman", "topvrouw", "directeur", "directrice", "voorzitter", "woordvoerder", "woordvoerster",
                   "oprichter", "baas", "trainer", "coach", "wethouder", "minister", "burgemeester", "president",
                   "manager", "commissaris", "medewerker", "onderzoeker", "hoogleraar", "secretaris", "leider", "lijsttrekker")
_NOT_ROLES = ("begeleider",)
# words news uses for a role-holder without naming the role ("de bewindsvrouw" is the minister)
_ROLE_ALIASES = {"bewindsvrouw": "minister", "bewindsman": "minister", "bewindspersoon": "minister"}


# Public roles held in one kind of institution: without "van X", the role is held in the institution
# of that kind the article names ("De provincie Flevoland ... Gedeputeerde Marieke Hoekstra").
ROLE_INSTITUTION = {
    "gedeputeerde": "provincie", "statenlid": "provincie", "wethouder": "gemeente", "burgemeester": "gemeente",
    "raadslid": "gemeente", "gemeenteraadslid": "gemeente", "dijkgraaf": "waterschap", "rector": "school",
    "decaan": "universiteit",
}


def org_default_role(role: str) -> bool:
    return role in _ORG_DEFAULT_ROLES


# class noun -> entity type, for definite descriptions ("het bedrijf", "de streamingdienst").
CLASS_NOUNS: dict[str, str] = {}
for _w in ("bedrijf onderneming concern firma organisatie maker fabrikant producent dienst platform keten winkel "
           "bank club partij studio retailer supermarkt gigant startup start-up multinational verzekeraar "
           "vervoerder maatschappij instelling ministerie omroep krant zender website uitgever ploeg team "
           "techbedrijf moederbedrijf dochterbedrijf groep bond vakbond federatie leverancier aanbieder "
           "streamer hogeschool universiteit ziekenhuis gemeenteraad regering kabinet overheid fonds "
           "instituut museum stichting vereniging netbeheerder provider corporatie waterschap hoogheemraadschap formatie "
           "school lyceum gymnasium scholengemeenschap rederij werf veiligheidsregio coöperatie actiegroep "
           "dierentuin dierenpark pretpark brouwerij bibliotheek theater schouwburg").split():
    CLASS_NOUNS[_w] = "ORG"
# what a company is called, and the public bodies it is not ("het bedrijf" never refers to "gemeente Raalte")
COMPANY_NOUNS = frozenset("bedrijf onderneming concern firma fabrikant producent multinational startup start-up".split())
PUBLIC_BODIES = frozenset("gemeente provincie waterschap hoogheemraadschap ministerie rijk politie rechtbank brandweer "
                          "veiligheidsregio regering kabinet overheid gemeenteraad".split())
# class nouns that name an institution after its place: "de gemeente Deventer" is not the town Deventer
PLACE_INSTITUTIONS = frozenset({"gemeente", "rechtbank", "politie", "brandweer"})
for _w in ("stad land gemeente provincie hoofdstad regio staat dorp continent").split():
    CLASS_NOUNS[_w] = "GPE"
for _w in ("serie film boek album documentaire programma show roman game podcast musical reeks "
           "sciencefictionserie vakblad tijdschrift magazine schilderij kunstwerk doek beeldhouwwerk").split():
    CLASS_NOUNS[_w] = "WORK"
for _w in ("model app tool product software chip toestel telefoon smartphone auto systeem apparaat "
           "chatbot dienstverlening vaccin medicijn geneesmiddel").split():
    CLASS_NOUNS[_w] = "PRODUCT"
for _w in ("wet wetsvoorstel voorstel wetgeving regeling richtlijn verordening maatregel plan verdrag").split():
    CLASS_NOUNS[_w] = "LAW"
for _w in ("technologie techniek technologieën").split():
    CLASS_NOUNS[_w] = "CONCEPT"
for _w in ("man vrouw persoon topman topvrouw ceo directeur baas voorzitter oprichter woordvoerder "
           "minister premier president speler middenvelder aanvaller verdediger doelman keeper spits "
           "chemicus wetenschapper politicus advocaat arts journalist schrijver schrijfster regisseur acteur "
           "actrice zanger zangeres kunstenaar ondernemer investeerder student verdachte slachtoffer winnaar "
           "kandidaat renner wielrenner klimmer sprinter coureur schaatser atleet sporter boer veehouder "
           "melkveehouder agrariër leraar lerares docent agent rechercheur militair patiënt bewoner "
           "inwoner eigenaar").split():
    CLASS_NOUNS[_w] = "PERSON"
CLASS_SUFFIXES = sorted(CLASS_NOUNS, key=len, reverse=True)  # longest first: a compound's class is its longest tail
# class nouns that only count as themselves, not as the head of a compound ("rechtbank", "filmmaker")
_EXACT_ONLY = frozenset("bank maker team groep partij club fonds bond model tool product wet plan voorstel regeling".split())
# institutions a definite description names directly, never an anaphor for a company ("de rechtbank")
NON_ANAPHORIC = frozenset("rechtbank rechter politie justitie regering kabinet overheid parlement kamer gemeenteraad "
                          "commissie toezichthouder".split())
WORK_NOUNS = frozenset(w for w, t in CLASS_NOUNS.items() if t == "WORK")
# The maker of a work named by their trade ("de film van regisseur X"): what they did to it.
CREATOR_ROLES = {"regisseur": "directed", "schilder": "painted", "schrijver": "wrote", "schrijfster": "wrote",
                 "auteur": "wrote", "componist": "composed", "architect": "designed", "ontwerper": "designed",
                 "fotograaf": "photographed", "producent": "produced", "maker": "made"}


@lru_cache(maxsize=20_000)
def class_type(lemma: str) -> str | None:
    """Entity type a (compound) class noun names: "streamingdienst" -> ORG, "bedrijf" -> ORG."""
    w = lemma.lower()
    if w in CLASS_NOUNS:
        return CLASS_NOUNS[w]
    if "-" in w and w.rsplit("-", 1)[1] in CLASS_NOUNS:
        return CLASS_NOUNS[w.rsplit("-", 1)[1]]
    if w in NON_ANAPHORIC:
        return None
    for suffix in CLASS_SUFFIXES:
        if len(suffix) >= 4 and suffix not in _EXACT_ONLY and w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return CLASS_NOUNS[suffix]
    return None


# Dutch (capitalised) demonym adjective stem -> country or region name (English).
DEMONYMS = {
    "nederlands": "Netherlands", "belgisch": "Belgium", "vlaams": "Flanders", "duits": "Germany",
    "frans": "France", "brits": "United Kingdom", "engels": "England", "amerikaans": "United States",
    "chinees": "China", "japans": "Japan", "russisch": "Russia", "oekraïens": "Ukraine",
    "argentijns": "Argentina", "braziliaans": "Brazil", "spaans": "Spain", "italiaans": "Italy",
    "europees": "Europe", "zweeds": "Sweden", "canadees": "Canada", "indiaas": "India",
    "zuid-koreaans": "South Korea", "koreaans": "Korea", "mexicaans": "Mexico", "australisch": "Australia",
    "pools": "Poland", "turks": "Turkey", "israëlisch": "Israel", "iraans": "Iran", "zwitsers": "Switzerland",
    "oostenrijks": "Austria", "deens": "Denmark", "noors": "Norway", "fins": "Finland", "iers": "Ireland",
    "portugees": "Portugal", "grieks": "Greece", "taiwanees": "Taiwan", "luxemburgs": "Luxembourg",
    "schots": "Scotland", "afrikaans": "Africa", "aziatisch": "Asia", "egyptisch": "Egypt",
    "zuid-afrikaans": "South Africa", "indonesisch": "Indonesia", "surinaams": "Suriname",
    "marokkaans": "Morocco", "hongaars": "Hungary", "tsjechisch": "Czech Republic", "roemeens": "Romania",
}


# Dutch names of the countries above, so that "Zweden" and "het Zweedse bedrijf" name one node.
COUNTRY_NAMES = {
    "nederland": "Netherlands", "belgië": "Belgium", "vlaanderen": "Flanders", "duitsland": "Germany",
    "frankrijk": "France", "verenigd koninkrijk": "United Kingdom", "groot-brittannië": "United Kingdom",
    "engeland": "England", "verenigde staten": "United States", "amerika": "United States", "china": "China",
    "japan": "Japan", "rusland": "Russia", "oekraïne": "Ukraine", "argentinië": "Argentina", "brazilië": "Brazil",
    "spanje": "Spain", "italië": "Italy", "europa": "Europe", "zweden": "Sweden", "canada": "Canada", "india": "India",
    "zuid-korea": "South Korea", "korea": "Korea", "mexico": "Mexico", "australië": "Australia", "polen": "Poland",
    "turkije": "Turkey", "israël": "Israel", "iran": "Iran", "zwitserland": "Switzerland", "oostenrijk": "Austria",
    "denemarken": "Denmark", "noorwegen": "Norway", "finland": "Finland", "ierland": "Ireland", "portugal": "Portugal",
    "griekenland": "Greece", "taiwan": "Taiwan", "luxemburg": "Luxembourg", "schotland": "Scotland", "afrika": "Africa",
    "azië": "Asia", "egypte": "Egypt", "zuid-afrika": "South Africa", "indonesië": "Indonesia", "suriname": "Suriname",
    "marokko": "Morocco", "hongarije": "Hungary", "tsjechië": "Czech Republic", "roemenië": "Romania",
}


# nouns relating one organisation to another that, as a title, make the name an organisation's
# ("Concurrent Kroonwiel"; not "dochter" or "partner", which also relate people)
_ORG_TITLES = frozenset(w for w in ORG_ROLE_LABEL if w not in ("dochter", "partner", "eigenaar", "label", "merk"))


def title_type(noun: str) -> str | None:
    """Entity type a title noun before a name gives it: a class noun's, or ORG for "concurrent"."""
    return class_type(noun) or ("ORG" if noun.lower() in _ORG_TITLES else None)


# Dutch nouns for a person from a country or region ("de Nederlander", "de Belg"): descriptions of a person.
DEMONYM_NOUNS = frozenset(
    "nederlander belg vlaming duitser fransman brit engelsman amerikaan japanner rus oekraïner argentijn "
    "braziliaan spanjaard italiaan zweed canadees indiër koreaan mexicaan australiër pool turk zwitser "
    "oostenrijker deen noor fin ier portugees griek luxemburger schot marokkaan hongaar tsjech roemeen "
    "fries limburger brabander zeeuw groninger drent twentenaar".split())


def demonym_country(word: str) -> str | None:
    """'Argentijnse' -> 'Argentina' (capitalised adjectival demonyms only)."""
    if not word[:1].isupper():
        return None
    w = word.lower()
    for cand in (w, w[:-1] if w.endswith("e") else w, w[:-2] + "s" if w.endswith("se") else w):
        if cand in DEMONYMS:
            return DEMONYMS[cand]
    return None


TIME_WORDS = frozenset(
    ("januari februari maart april mei juni juli augustus september oktober november december "
     "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
     "zomer winter lente voorjaar herfst najaar jaar jaren maand maanden week weken dag dagen eeuw decennium "
     "kwartaal vandaag gisteren morgen eergisteren overmorgen vanochtend vanmiddag vanavond vannacht "
     "binnenkort onlangs recent recentelijk destijds toen straks nu momenteel tegenwoordig inmiddels "
     "ochtend middag avond nacht weekend tijd tijden moment momenten periode seizoen seizoenen "
     "halfjaar boekjaar schooljaar kwartalen").split()
)
NUMBER_WORDS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
    "tachtig": 80, "negentig": 90, "honderd": 100, "duizend": 1000, "miljoen": 1e6, "miljard": 1e9,
    "half": 0.5, "anderhalf": 1.5, "dubbel": 2, "drievoudig": 3,
}


def number_value(text: str) -> float | None:
    """'tien' -> 10.0, '3,5' -> 3.5, '1.200' -> 1200.0, else None."""
    t = text.lower().strip()
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t])
    t2 = t.replace(".", "").replace(",", ".") if "," in t or t.count(".") > 1 or (
        "." in t and len(t.split(".")[-1]) == 3) else t
    try:
        return float(t2)
    except ValueError:
        return None


# Nouns whose prepositional phrase completes what they name ("een tekort aan docenten", "een verbod op
# nachtvluchten"): the phrase stays in the noun's name instead of being read as the verb's.
_NOUN_COMPLEMENTS = {
    "aan": "tekort gebrek behoefte",
    "op": "verbod aansluiting aanslag aanval",
    "naar": "vraag zoektocht",
    "in": "interesse investering",
    "voor": "subsidie vergunning oplossing",
    "tegen": "vaccin verzet",
    "met": "overeenkomst contract samenwerking",
}
NOUN_COMPLEMENTS = {noun: prep for prep, nouns in _NOUN_COMPLEMENTS.items() for noun in nouns.split()}


def noun_complement(noun: str, prep: str) -> bool:
    """Does ``prep`` introduce the complement of ``noun``, also as the last part of a compound
    ("drinkwatertekort aan", "nachtvluchtverbod op")?"""
    w = noun.lower()
    return any(NOUN_COMPLEMENTS.get(w[k:]) == prep for k in range(len(w) - 3))


# Transparent ("light") head nouns: "de opkomst van AI" is about AI for relation purposes.
LIGHT_NOUNS = frozenset(
    "opkomst vooruitgang gebruik inzet komst groei rol deel gedeelte aantal soort vorm toepassing "
    "ontwikkeling ontwikkelingen invloed impact effect gevolgen mogelijkheden potentieel toekomst "
    "verspreiding introductie lancering adoptie".split()
)
# Nouns that refer back to what was made or done ("het resultaat", "het eindproduct").
RESULT_NOUNS = frozenset("resultaat eindresultaat uitkomst eindproduct product creatie werk".split())
PERSON_PRONOUNS = frozenset("hij hem zij ze haar hun hen zijn het 't z'n d'r".split())
# First-person pronouns: in a quotation they are its speaker ("ik") or the organisation the speaker speaks for ("we").
SPEAKER_PRONOUNS = frozenset("ik mij mijn we wij ons onze".split())
FIRST_PLURAL = frozenset("we wij ons onze".split())
DETERMINERS = frozenset("de het een deze die dit dat zijn haar hun onze ons mijn jouw uw z'n d'r 't elke ieder "
                        "alle enkele sommige".split())
# Nouns naming the medium of a statement ("in een brief aan investeerders").
SPEECH_MEDIA = frozenset("brief verklaring persbericht interview gesprek toespraak blog blogpost post bericht "
                         "column opiniestuk rapport verslag podcast video mail e-mail nieuwsbrief".split())
