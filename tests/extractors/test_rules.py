"""Each relation rule pinned on a hand-written UD parse, so the rule is tested, not the statistical parser.

The parses are what a correct UD Dutch analysis of the sentence looks like (labels as in UD Dutch
Alpino/LassySmall). The same constructions run through the real pipeline in ``test_constructions.py``.
"""

from __future__ import annotations

import pytest
from extractor_fixtures import parsed, triples_of

from textkg.extractors import document_from_doc
from textkg.facts import Entity

CASES = [
    ("svo-separable-obl", """
Shell Shell PROPN 2 nsubj
zet zetten VERB 0 root
robots robot NOUN 2 obj Number=Plur
in in ADP 2 compound:prt
voor voor ADP 6 case
inspecties inspectie NOUN 2 obl Number=Plur
. . PUNCT 2 punct
""", [(0, 1, "ORG")], {("Shell", "uses", "robots"), ("Shell", "uses for", "inspecties")}),
    ("passive-agent", """
De de DET 2 det
app app NOUN 4 nsubj:pass
werd worden AUX 4 aux:pass
ontwikkeld ontwikkelen VERB 0 root VerbForm=Part
door door ADP 6 case
Spotify Spotify PROPN 4 obl:agent
. . PUNCT 4 punct
""", [(5, 6, "ORG")], {("Spotify", "develops", "app")}),
    ("passive-agentless", """
AI AI PROPN 3 nsubj:pass
wordt worden AUX 3 aux:pass
gebruikt gebruiken VERB 0 root VerbForm=Part
voor voor ADP 5 case
effecten effect NOUN 3 obl Number=Plur
. . PUNCT 3 punct
""", [(0, 1, "MISC")], {("AI", "is used for", "effecten")}),
    ("inherent-reflexive", """
Boeren boer NOUN 2 nsubj Number=Plur
verzetten verzetten VERB 0 root
zich zich PRON 2 expl:pv
tegen tegen ADP 6 case
de de DET 6 det
plannen plan NOUN 2 obl Number=Plur
. . PUNCT 2 punct
""", [], {("Boeren", "opposes", "plannen")}),
    ("support-verb-idiom", """
Vakbonden vakbond NOUN 2 nsubj Number=Plur
maken maken VERB 0 root
zich zich PRON 2 expl:pv
zorgen zorg NOUN 2 obj Number=Plur
over over ADP 6 case
automatisering automatisering NOUN 2 obl
. . PUNCT 2 punct
""", [], {("Vakbonden", "worried about", "automatisering")}),
    ("light-noun", """
Boeren boer NOUN 2 nsubj Number=Plur
maken maken VERB 0 root
zich zich PRON 2 expl:pv
zorgen zorg NOUN 2 obj Number=Plur
om om ADP 7 case
de de DET 7 det
opkomst opkomst NOUN 2 obl
van van ADP 9 case
Tesla Tesla PROPN 7 nmod
. . PUNCT 2 punct
""", [(8, 9, "ORG")], {("Boeren", "worried about", "Tesla")}),
    ("copula-role", """
Jan Jan PROPN 5 nsubj
de de X 1 flat
Vries Vries PROPN 1 flat
is zijn AUX 5 cop
directeur directeur NOUN 0 root
van van ADP 7 case
Rabobank Rabobank PROPN 5 nmod
. . PUNCT 5 punct
""", [(0, 3, "PER"), (6, 7, "ORG")], {("Jan de Vries", "is director of", "Rabobank")}),
    ("role-apposition-default-org", """
Shell Shell PROPN 2 nsubj
groeit groeien VERB 0 root
. . PUNCT 2 punct
CEO CEO NOUN 8 nsubj
Wael Wael PROPN 4 appos
Sawan Sawan PROPN 5 flat
is zijn AUX 8 cop
tevreden tevreden ADJ 0 root
. . PUNCT 8 punct
""", [(0, 1, "ORG"), (4, 6, "PER")], {("Wael Sawan", "is CEO of", "Shell")}),
    ("class-apposition-demonym", """
De de DET 3 det
Franse Frans ADJ 3 amod
autofabrikant autofabrikant NOUN 5 nsubj
Renault Renault PROPN 3 appos
bouwt bouwen VERB 0 root
een een DET 7 det
fabriek fabriek NOUN 5 obj
. . PUNCT 5 punct
""", [(3, 4, "ORG")], {("Renault", "is a", "Franse autofabrikant"), ("Renault", "is located in", "France"),
                        ("Renault", "builds", "fabriek")}),
    ("coordinated-subjects", """
Google Google PROPN 4 nsubj
en en CCONJ 3 cc
Microsoft Microsoft PROPN 1 conj
investeren investeren VERB 0 root
in in ADP 6 case
kernenergie kernenergie NOUN 4 obl
. . PUNCT 4 punct
""", [(0, 1, "ORG"), (2, 3, "ORG")], {("Google", "invests in", "kernenergie"), ("Microsoft", "invests in", "kernenergie")}),
    ("control-om-te", """
Heineken Heineken PROPN 2 nsubj
besloot besluiten VERB 0 root
om om ADP 6 mark
robots robot NOUN 6 obj Number=Plur
te te ADP 6 mark
gebruiken gebruiken VERB 2 xcomp VerbForm=Inf
. . PUNCT 2 punct
""", [(0, 1, "ORG")], {("Heineken", "uses", "robots")}),
    ("coref-description", """
Adyen Adyen PROPN 2 nsubj
groeit groeien VERB 0 root
. . PUNCT 2 punct
Het het DET 5 det
bedrijf bedrijf NOUN 6 nsubj
gebruikt gebruiken VERB 0 root
robots robot NOUN 6 obj Number=Plur
. . PUNCT 6 punct
""", [(0, 1, "ORG")], {("Adyen", "uses", "robots")}),
    ("coref-pronoun", """
Jan Jan PROPN 3 nsubj
Peters Peters PROPN 1 flat
werkt werken VERB 0 root
bij bij ADP 5 case
Philips Philips PROPN 3 obl
. . PUNCT 3 punct
Hij hij PRON 8 nsubj
gebruikt gebruiken VERB 0 root
robots robot NOUN 8 obj Number=Plur
. . PUNCT 8 punct
""", [(0, 2, "PER"), (4, 5, "ORG")], {("Jan Peters", "uses", "robots"), ("Jan Peters", "works for", "Philips")}),
    ("counted-group-acts", """
Zestig zestig NUM 2 nummod
medewerkers medewerker NOUN 3 nsubj Number=Plur
verliezen verliezen VERB 0 root Number=Plur|Tense=Pres|VerbForm=Fin
hun hun PRON 5 nmod:poss
baan baan NOUN 3 obj Number=Sing
. . PUNCT 3 punct
""", [], {("medewerkers", "loses", "baan")}),
    ("v2-pronoun-subject-parsed-as-object", """
Norvance Norvance PROPN 2 nsubj
bouwt bouwen VERB 0 root Number=Sing|Tense=Pres|VerbForm=Fin
een een DET 4 det
fabriek fabriek NOUN 2 obj Gender=Com|Number=Sing
. . PUNCT 2 punct
In in ADP 7 case
Nijmegen Nijmegen PROPN 8 obl
gaat gaan VERB 0 root Number=Sing|Tense=Pres|VerbForm=Fin
het het PRON 12 obj Person=3|PronType=Prs
de de DET 11 det
chip chip NOUN 12 obj Gender=Com|Number=Sing
produceren produceren VERB 8 xcomp VerbForm=Inf
. . PUNCT 8 punct
""", [(0, 1, "ORG"), (6, 7, "LOC")], {("Norvance", "builds", "fabriek"), ("Norvance", "produces", "chip")}),
    ("tot-phrase-describes-the-patient", """
Sørensen Sørensen PROPN 5 nsubj:pass
werd worden AUX 5 aux:pass
door door ADP 4 case
voetbalbond voetbalbond NOUN 5 obl:agent Gender=Com|Number=Sing
uitgeroepen uitroepen VERB 0 root VerbForm=Part
tot tot ADP 8 case
beste goed ADJ 8 amod Degree=Sup
speler speler NOUN 5 obl:arg Gender=Com|Number=Sing
. . PUNCT 5 punct
""", [(0, 1, "PER")], {("Sørensen", "uitgeroepen tot", "beste speler")}),
    ("pp-predicate-is-a-state", """
De de DET 2 det
transfer transfer NOUN 6 nsubj Gender=Com|Number=Sing
is zijn AUX 6 cop
niet niet ADV 6 advmod
zonder zonder ADP 6 case
risico risico NOUN 0 root Gender=Neut|Number=Sing
. . PUNCT 6 punct
""", [], {("transfer", "is without", "risico")}),
    ("inherited-fronted-demonstrative", """
Shell Shell PROPN 2 nsubj
test testen VERB 0 root Number=Sing|Tense=Pres|VerbForm=Fin
drones drone NOUN 2 obj Number=Plur
. . PUNCT 2 punct
Dat dat PRON 6 nsubj PronType=Dem
doet doen VERB 0 root Number=Sing|Tense=Pres|VerbForm=Fin
het het DET 8 det
bedrijf bedrijf NOUN 6 obj Gender=Neut|Number=Sing
door door ADP 12 mark
ze ze PRON 12 obj Number=Plur|Person=3|PronType=Prs
te te ADP 12 mark
gebruiken gebruiken VERB 6 advcl VerbForm=Inf
voor voor ADP 14 case
inspecties inspectie NOUN 12 obl Number=Plur
. . PUNCT 6 punct
""", [(0, 1, "ORG")], {("Shell", "uses for", "inspecties")}),
    ("counted-theme-with-a-numeral-determiner", """
Er er ADV 2 advmod
vallen vallen VERB 0 root Number=Plur|Tense=Pres|VerbForm=Fin
in in ADP 4 case
Amsterdam Amsterdam PROPN 2 obl
200 200 NUM 6 det
doden dood ADJ 2 obj
. . PUNCT 2 punct
""", [(3, 4, "LOC")], {("Amsterdam", "vallen", "200 doden")}),
    ("company-from-a-place-the-ner-missed", """
Hemmes Hemmes PROPN 2 nsubj
sluit sluiten VERB 0 root Number=Sing|Tense=Pres|VerbForm=Fin
winkels winkel NOUN 2 obj Number=Plur
, , PUNCT 7 punct
maakte maken VERB 2 parataxis Number=Sing|Tense=Past|VerbForm=Fin
het het DET 7 det
bedrijf bedrijf NOUN 5 nsubj Gender=Neut|Number=Sing
uit uit ADP 9 case
Amersfoort Amersfoort PROPN 7 nmod
bekend bekend ADJ 5 compound:prt
. . PUNCT 2 punct
""", [(0, 1, "ORG"), (8, 9, "MISC")], {("Hemmes", "is located in", "Amersfoort")}),
    ("relative-dat-with-an-object", """
Lantaarn Lantaarn PROPN 7 nsubj
, , PUNCT 5 punct
dat dat PRON 5 nsubj PronType=Rel
documentaires documentaire NOUN 5 obj Number=Plur
maakt maken VERB 1 acl:relcl Number=Sing|Tense=Pres|VerbForm=Fin
, , PUNCT 1 punct
groeit groeien VERB 0 root Number=Sing|Tense=Pres|VerbForm=Fin
. . PUNCT 7 punct
""", [(0, 1, "ORG")], {("Lantaarn", "makes", "documentaires")}),
    ("v2-noun-subject-parsed-as-object", """
Volgens volgens ADP 2 case
onderzoekers onderzoeker NOUN 3 obl Number=Plur
verhoogde verhogen VERB 0 root Number=Sing|Tense=Past|VerbForm=Fin
Telvio Telvio PROPN 3 obj
de de DET 6 det
prijzen prijs NOUN 3 obj Number=Plur
. . PUNCT 3 punct
""", [(3, 4, "ORG")], {("Telvio", "raises", "prijzen")}),
    ("counted-theme-is-a-value", """
Bij bij ADP 2 case
Philips Philips PROPN 3 obl
verdwijnen verdwijnen VERB 0 root Number=Plur|Tense=Pres|VerbForm=Fin
500 500 NUM 5 nummod
banen baan NOUN 3 nsubj Number=Plur
. . PUNCT 3 punct
""", [(1, 2, "ORG")], {("Philips", "disappears", "500 banen")}),
    # the parser's errors the rules read through: a relative clause hung on the main verb (its antecedent
    # is the name before the comma, its relative pronoun the subject, not a second "subject" noun)
    ("relative-clause-on-the-verb", """
Twente Twente PROPN 2 nsubj
volgt volgen VERB 0 root
Ruud Ruud PROPN 2 obj
Verhoeven Verhoeven PROPN 3 flat
op op ADP 2 compound:prt
, , PUNCT 13 punct
die die PRON 13 nsubj:pass
na na ADP 9 case
tegenvallende tegenvallen VERB 10 amod
resultaten resultaat NOUN 13 nsubj:pass Number=Plur
door door ADP 12 case
Ajax Ajax PROPN 13 obl:agent
ontslagen ontslaan VERB 2 acl:relcl VerbForm=Part
werd worden AUX 13 aux:pass
. . PUNCT 2 punct
""", [(0, 1, "ORG"), (2, 4, "PER"), (11, 12, "ORG")], {("Ajax", "dismisses", "Ruud Verhoeven")}),
    # ... and a perfect tense whose object the parser took for a passive subject
    ("perfect-tense-is-active", """
Philips Philips PROPN 7 nsubj
heeft hebben AUX 7 aux
met met ADP 4 case
Siemens Siemens PROPN 7 obl
een een DET 6 det
scanner scanner NOUN 7 nsubj:pass
ontwikkeld ontwikkelen VERB 0 root VerbForm=Part
. . PUNCT 7 punct
""", [(0, 1, "ORG"), (3, 4, "ORG")], {("Philips", "develops", "scanner"), ("Philips", "develops with", "Siemens")}),
    ("object-hung-on-the-auxiliary", """
De de DET 2 det
gemeente gemeente NOUN 7 nsubj
heeft hebben AUX 7 aux
de de DET 5 det
vergunning vergunning NOUN 3 obj
weer weer ADV 7 advmod
ingetrokken intrekken VERB 0 root VerbForm=Part
. . PUNCT 7 punct
""", [], {("gemeente", "withdraws", "vergunning")}),
    ("plural-relative-clause-agrees-with-the-plural-noun", """
De de DET 2 det
bond bond NOUN 3 nsubj
voert voeren VERB 0 root
gesprekken gesprek NOUN 3 obj Number=Plur
over over ADP 7 case
een een DET 7 det
plan plan NOUN 4 nmod Gender=Neut|Number=Sing
, , PUNCT 10 punct
die die PRON 10 nsubj
beginnen beginnen VERB 7 acl:relcl Number=Plur
met met ADP 13 case
de de DET 13 det
directie directie NOUN 10 obl
. . PUNCT 3 punct
""", [], {("gesprekken", "starts", "directie")}),
    ("copula-with-two-subjects-has-a-predicate", """
Sanne Sanne PROPN 3 nsubj
Hoekstra Hoekstra PROPN 1 flat
wordt worden VERB 0 root Number=Sing|Tense=Pres|VerbForm=Fin
de de DET 6 det
nieuwe nieuw ADJ 6 amod
burgemeester burgemeester NOUN 3 nsubj Number=Sing
van van ADP 8 case
Ede Ede PROPN 6 nmod
. . PUNCT 3 punct
""", [(0, 2, "PER"), (7, 8, "LOC")], {("Sanne Hoekstra", "is mayor of", "Ede")}),
    ("two-subjects-joined-by-en-are-one", """
Vitens Vitens PROPN 6 nsubj
in in ADP 3 case
Zwolle Zwolle PROPN 1 nmod
en en CCONJ 5 cc
Evides Evides PROPN 6 nsubj
gaan gaan VERB 0 root Number=Plur|Tense=Pres|VerbForm=Fin
samenwerken samenwerken VERB 6 xcomp VerbForm=Inf
. . PUNCT 6 punct
""", [(0, 1, "ORG"), (2, 3, "LOC"), (4, 5, "ORG")], {("Vitens", "collaborates with", "Evides"), ("Evides", "collaborates with", "Vitens")}),
]


@pytest.mark.parametrize("spec, ents, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rule(spec, ents, expected):
    got = triples_of(parsed(spec, ents))
    assert expected <= got, f"missing {expected - got}; got {got}"


def _doc(spec, ents=()):
    return document_from_doc(parsed(spec, list(ents)))


def test_predicative_phrases_are_not_facts_of_other_things():
    specs = {c[0]: c[1:] for c in CASES}
    named = triples_of(parsed(*specs["tot-phrase-describes-the-patient"][:2]))
    assert not any(s == "voetbalbond" and "tot" in label for s, label, _ in named)
    state = triples_of(parsed(*specs["pp-predicate-is-a-state"][:2]))
    assert not any(label == "is a" for _, label, _ in state)


def test_negation_and_modality_are_qualifiers():
    d = _doc("""
Ajax Ajax PROPN 2 nsubj
wil willen VERB 0 root
robots robot NOUN 5 obj Number=Plur
niet niet ADV 5 advmod
gebruiken gebruiken VERB 2 xcomp VerbForm=Inf
. . PUNCT 2 punct
""", [(0, 1, "ORG")])
    t = next(t for t in d.triples if t.label == "uses")
    assert t.subject.name == "Ajax" and t.qualifier("negated") is True and t.qualifier("modality") == "wil"


def test_expletive_het_refers_to_nothing():
    d = _doc("""
Shell Shell PROPN 2 nsubj
groeit groeien VERB 0 root
. . PUNCT 2 punct
Het het PRON 6 expl
is zijn AUX 6 cop
moeilijk moeilijk ADJ 0 root
om om ADP 10 mark
robots robot NOUN 10 obj Number=Plur
te te ADP 10 mark
gebruiken gebruiken VERB 6 csubj VerbForm=Inf
. . PUNCT 6 punct
""", [(0, 1, "ORG")])
    shell = next(e for e in d.entities if e.name == "Shell")
    assert [m.text for m in shell.mentions] == ["Shell"]


def test_reported_speech_and_attributed_claim():
    d = _doc("""
Jansen Jansen PROPN 2 nsubj
zegt zeggen VERB 0 root
dat dat SCONJ 7 mark
de de DET 5 det
politie politie NOUN 7 nsubj
drones drone NOUN 7 obj Number=Plur
gebruikt gebruiken VERB 2 ccomp
. . PUNCT 2 punct
""", [(0, 1, "PER")])
    said = next(t for t in d.triples if t.predicate == "said")
    assert said.subject.name == "Jansen" and said.object.kind == "quote" and "drones" in said.object.text
    claim = next(t for t in d.triples if t.label == "uses")
    assert claim.subject.name == "politie" and claim.qualifier("attributed_to") == "Jansen"


def test_direct_quote_speaker_and_time():
    d = _doc("""
“ “ PUNCT 3 punct
We we PRON 3 nsubj
groeien groeien VERB 0 root
snel snel ADJ 3 advmod
” ” PUNCT 3 punct
, , PUNCT 7 punct
zei zeggen VERB 3 parataxis
Marie Marie PROPN 7 nsubj
Dubois Dubois PROPN 8 flat
gisteren gisteren ADV 7 advmod
. . PUNCT 3 punct
""", [(7, 9, "PER")])
    said = next(t for t in d.triples if t.extractor == "textkg.quote.v1")
    assert said.subject.name == "Marie Dubois" and said.object.text == "We groeien snel"
    assert said.qualifier("time") == "gisteren"


def test_comparison_with_factor():
    d = _doc("""
De de DET 2 det
klus klus NOUN 7 nsubj:pass
werd worden AUX 7 aux:pass
tien tien NUM 5 nummod
keer keer NOUN 6 obl
sneller snel ADJ 7 advmod Degree=Cmp
voltooid voltooien VERB 0 root VerbForm=Part
dan dan SCONJ 11 case
met met ADP 11 case
traditionele traditioneel ADJ 11 amod
methoden methode NOUN 7 obl Number=Plur
. . PUNCT 7 punct
""")
    hits = [t for t in d.triples if isinstance(t.object, Entity) and t.object.name == "traditionele methoden"]
    assert hits and hits[0].subject.name == "klus" and hits[0].qualifier("factor") == 10.0 and "sneller" in hits[0].label


def test_provenance_offsets():
    doc = parsed("""
Shell Shell PROPN 2 nsubj
gebruikt gebruiken VERB 0 root
robots robot NOUN 2 obj Number=Plur
. . PUNCT 2 punct
""", [(0, 1, "ORG")])
    d = document_from_doc(doc)
    t = d.triples[0]
    assert d.text[t.start:t.end] == t.evidence == "Shell gebruikt robots."
    assert {d.text[a:b] for a, b in t.highlights} == {"Shell", "gebruikt", "robots"}


# Constructions met in development articles beyond the example (tests/extractors/unseen/).
GENERALISATION_CASES = [
    ("title-noun-before-name", """
Autofabrikant Autofabrikant PROPN 3 nsubj
Volvo Volvo PROPN 1 flat
test testen VERB 0 root
batterijen batterij NOUN 3 obj Number=Plur
. . PUNCT 3 punct
""", [(0, 2, "PER")], {("Volvo", "is a", "autofabrikant"), ("Volvo", "tests", "batterijen")}),
    ("demonym-before-name", """
Het het DET 3 det
Belgische Belgisch ADJ 3 amod
Melkhoeve Melkhoeve PROPN 4 nsubj
produceert produceren VERB 0 root
kaas kaas NOUN 4 obj
. . PUNCT 4 punct
""", [(1, 3, "ORG")], {("Melkhoeve", "is located in", "Belgium"), ("Melkhoeve", "produces", "kaas")}),
    ("class-noun-of-name-is-antecedent", """
Vakbond vakbond NOUN 3 nsubj
FNV FNV PROPN 1 appos
protesteert protesteren VERB 0 root
. . PUNCT 3 punct
De de DET 6 det
bond bond NOUN 7 nsubj
steunt steunen VERB 0 root
de de DET 9 det
staking staking NOUN 7 obj
. . PUNCT 7 punct
""", [(1, 2, "ORG")], {("FNV", "is a", "vakbond"), ("FNV", "supports", "staking")}),
    ("copula-stance-pp", """
De de DET 2 det
VVD VVD PROPN 6 nsubj
is zijn AUX 6 cop
tegen tegen ADP 6 case
het het DET 6 det
plan plan NOUN 0 root
. . PUNCT 6 punct
""", [(1, 2, "ORG")], {("VVD", "opposes", "plan")}),
    ("passive-material", """
De de DET 2 det
batterij batterij NOUN 4 nsubj:pass
is zijn AUX 4 aux:pass
gemaakt maken VERB 0 root VerbForm=Part
van van ADP 6 case
natrium natrium NOUN 4 obl
. . PUNCT 4 punct
""", [], {("batterij", "is made of", "natrium")}),
    ("name-in-apposition-to-role-noun", """
Minister minister NOUN 6 nsubj
van van ADP 3 case
Financiën Financiën PROPN 1 nmod
Sanne Sanne PROPN 1 appos
Visser Visser PROPN 4 flat
presenteert presenteren VERB 0 root
de de DET 8 det
begroting begroting NOUN 6 obj
. . PUNCT 6 punct
""", [(3, 5, "PER")], {("Sanne Visser", "is minister of", "Financiën")}),
    ("role-noun-takes-the-topic-organisation", """
Jumbo Jumbo PROPN 2 nsubj
verliest verliezen VERB 0 root
klanten klant NOUN 2 obj Number=Plur
aan aan ADP 5 case
Ahold Ahold PROPN 2 obl
. . PUNCT 2 punct
Ahold Ahold PROPN 8 nsubj
opent openen VERB 0 root
winkels winkel NOUN 8 obj Number=Plur
. . PUNCT 8 punct
Topman topman NOUN 14 nsubj
Frans Frans PROPN 11 appos
Muller Muller PROPN 12 flat
spreekt spreken VERB 0 root
. . PUNCT 14 punct
""", [(0, 1, "ORG"), (4, 5, "ORG"), (6, 7, "ORG"), (11, 13, "PER")], {("Frans Muller", "is CEO of", "Ahold")}),
    ("superlative-predicate-is-a-ranking", """
Shell Shell PROPN 5 nsubj
is zijn AUX 5 cop
het het DET 5 det
grootste groot ADJ 5 amod Degree=Sup
bedrijf bedrijf NOUN 0 root
van van ADP 7 case
Nederland Nederland PROPN 5 nmod
. . PUNCT 5 punct
""", [(0, 1, "ORG"), (6, 7, "LOC")], {("Shell", "is", "grootste bedrijf van Nederland")}),
    ("person-van-organisation", """
Jan Jan PROPN 5 nsubj
Smit Smit PROPN 1 flat
van van ADP 4 case
Philips Philips PROPN 1 nmod
waarschuwt waarschuwen VERB 0 root
. . PUNCT 5 punct
""", [(0, 2, "PER"), (3, 4, "ORG")], {("Jan Smit", "works for", "Philips")}),
    ("object-hung-on-the-modal", """
Volvo Volvo PROPN 2 nsubj
wil willen VERB 0 root
de de DET 4 det
batterij batterij NOUN 2 obj
gebruiken gebruiken VERB 2 xcomp VerbForm=Inf
. . PUNCT 2 punct
""", [(0, 1, "ORG")], {("Volvo", "uses", "batterij")}),
    ("tellen-staff", """
Melkhoeve Melkhoeve PROPN 2 nsubj
telt tellen VERB 0 root
2400 2400 NUM 4 nummod
werknemers werknemer NOUN 2 obj Number=Plur
. . PUNCT 2 punct
""", [(0, 1, "ORG")], {("Melkhoeve", "employs", "2400 werknemers")}),
    ("non-restrictive-relative-clause-keeps-coreference", """
Ook ook ADV 3 advmod
ANWB ANWB PROPN 4 nsubj
is zijn AUX 4 cop
kritisch kritisch ADJ 0 root
. . PUNCT 4 punct
De de DET 7 det
organisatie organisatie NOUN 14 nsubj
, , PUNCT 12 punct
die die PRON 12 nsubj
veel veel ADJ 11 amod
leden lid NOUN 12 obj Number=Plur
heeft hebben VERB 7 acl:relcl
, , PUNCT 7 punct
steunt steunen VERB 0 root
automobilisten automobilist NOUN 14 obj Number=Plur
. . PUNCT 14 punct
""", [(1, 2, "ORG")], {("ANWB", "supports", "automobilisten")}),
    ("krijgen-an-amount", """
Aandeelhouders aandeelhouder NOUN 2 nsubj Number=Plur
krijgen krijgen VERB 0 root
48 48 NUM 4 nummod
euro euro NOUN 2 obj
. . PUNCT 2 punct
""", [], {("Aandeelhouders", "receives", "48 euro")}),
    ("speech-medium-addressee", """
Visser Visser PROPN 2 nsubj
schreef schrijven VERB 0 root
in in ADP 5 case
een een DET 5 det
brief brief NOUN 2 obl
aan aan ADP 8 case
de de DET 8 det
Kamer Kamer PROPN 5 nmod
. . PUNCT 2 punct
""", [(0, 1, "PER"), (7, 8, "ORG")], {("Visser", "announced to", "Kamer")}),
    ("unknown-verb-labelled-with-its-text-form", """
Feyenoord Feyenoord PROPN 4 nsubj
heeft hebben AUX 4 aux
Sørensen Sørensen PROPN 4 obj
vastgelegd vastleggen VERB 0 root VerbForm=Part
. . PUNCT 4 punct
""", [(0, 1, "ORG"), (2, 3, "PER")], {("Feyenoord", "vastgelegd", "Sørensen")}),
    ("unknown-separable-verb-with-particle-and-preposition", """
Sørensen Sørensen PROPN 2 nsubj
komt komen VERB 0 root
over over ADP 2 compound:prt
van van ADP 5 case
Ajax Ajax PROPN 2 obl
. . PUNCT 2 punct
""", [(0, 1, "PER"), (4, 5, "ORG")], {("Sørensen", "komt over van", "Ajax")}),
    ("first-name-alone-is-the-person", """
Mikkel Mikkel PROPN 3 nsubj
Sørensen Sørensen PROPN 1 flat
tekent tekenen VERB 0 root
. . PUNCT 3 punct
Mikkel Mikkel PROPN 6 nsubj
scoort scoren VERB 0 root
doelpunten doelpunt NOUN 6 obj Number=Plur
. . PUNCT 6 punct
""", [(0, 2, "PER"), (4, 5, "PER")], {("Mikkel Sørensen", "scoort", "doelpunten")}),
    ("coach-belongs-to-the-topic-organisation", """
Ajax Ajax PROPN 2 nsubj
wint winnen VERB 0 root
. . PUNCT 2 punct
Trainer trainer NOUN 8 nsubj
Jan Jan PROPN 4 appos
Smit Smit PROPN 5 flat
is zijn AUX 8 cop
blij blij ADJ 0 root
. . PUNCT 8 punct
""", [(0, 1, "ORG"), (4, 6, "PER")], {("Jan Smit", "is coach of", "Ajax")}),
    ("wish-about-an-actor", """
De de DET 2 det
bond bond NOUN 3 nsubj
wil willen VERB 0 root
dat dat SCONJ 7 mark
minister minister NOUN 7 nsubj
Peter Peter PROPN 5 appos
ingrijpt ingrijpen VERB 3 ccomp
. . PUNCT 3 punct
""", [(5, 6, "PER")], {("bond", "wants ingrijpen", "Peter")}),
    ("counted-event-at-a-named-place", """
Bij bij ADP 2 case
Philips Philips PROPN 3 obl
verdwijnen verdwijnen VERB 0 root
500 500 NUM 5 nummod
banen baan NOUN 3 nsubj Number=Plur
. . PUNCT 3 punct
""", [(1, 2, "ORG")], {("Philips", "disappears", "500 banen")}),
    ("according-to-without-attributed-fact", """
Volgens volgens ADP 2 case
FNV FNV PROPN 3 obl
blijven blijven VERB 0 root
alle alle DET 5 det
winkels winkel NOUN 3 nsubj Number=Plur
open open ADJ 3 compound:prt
. . PUNCT 3 punct
""", [(1, 2, "ORG")], {("FNV", "said", "blijven alle winkels open")}),
    ("indefinite-apposition-describes-its-anchor", """
Anna Anna PROPN 11 nsubj
Smit Smit PROPN 1 flat
, , PUNCT 5 punct
een een DET 5 det
architect architect NOUN 1 appos
die die PRON 9 nsubj
bij bij ADP 8 case
Heijmans Heijmans PROPN 9 obl
werkte werken VERB 5 acl:relcl
, , PUNCT 5 punct
ontwierp ontwerpen VERB 0 root
het het DET 13 det
huis huis NOUN 11 obj
. . PUNCT 11 punct
""", [(0, 2, "PER"), (7, 8, "ORG")], {("Anna Smit", "is a", "architect"), ("Anna Smit", "works for", "Heijmans")}),
    ("tot-predicative-is-a-value", """
De de DET 2 det
jury jury NOUN 3 nsubj
riep roepen VERB 0 root
Lotte Lotte PROPN 3 obj
Visser Visser PROPN 4 flat
uit uit ADP 3 compound:prt
tot tot ADP 9 case
beste goed ADJ 9 amod
schrijver schrijver NOUN 3 obl:arg
. . PUNCT 3 punct
""", [(3, 5, "PER")], {("Lotte Visser", "riep uit tot", "beste schrijver"), ("jury", "riep uit", "Lotte Visser")}),
]


@pytest.mark.parametrize("spec, ents, expected", [c[1:] for c in GENERALISATION_CASES], ids=[c[0] for c in GENERALISATION_CASES])
def test_generalisation_rule(spec, ents, expected):
    got = triples_of(parsed(spec, ents))
    assert expected <= got, f"missing {expected - got}; got {got}"


def test_title_noun_is_not_part_of_the_name():
    d = _doc(GENERALISATION_CASES[0][1], GENERALISATION_CASES[0][2])
    names = {e.name: e.type for e in d.entities}
    assert "Autofabrikant Volvo" not in names and names.get("Volvo") == "ORG"


def test_speaker_pronoun_skips_names_inside_the_quote():
    d = _doc("""
Topvrouw topvrouw NOUN 4 nsubj
Anke Anke PROPN 1 appos
Smit Smit PROPN 2 flat
spreekt spreken VERB 0 root
. . PUNCT 4 punct
" " PUNCT 10 punct
Samen samen ADV 10 advmod
met met ADP 9 case
Philips Philips PROPN 10 obl
groeien groeien VERB 0 root
we we PRON 10 nsubj
snel snel ADJ 10 advmod
" " PUNCT 10 punct
, , PUNCT 15 punct
zei zeggen VERB 10 parataxis
zij zij PRON 15 nsubj
. . PUNCT 10 punct
""", [(1, 3, "PER"), (8, 9, "ORG")])
    said = [t for t in d.triples if t.predicate == "said"]
    assert said and all(t.subject.name == "Anke Smit" for t in said)


def test_predicative_phrase_is_a_value_not_a_second_node():
    """"uitgeroepen tot beste schrijver" says what Lotte Visser is: no separate "beste schrijver" entity."""
    case = next(c for c in GENERALISATION_CASES if c[0] == "tot-predicative-is-a-value")
    d = _doc(case[1], case[2])
    assert "beste schrijver" not in {e.name for e in d.entities}
    named = [t for t in d.triples if t.label == "riep uit tot"]
    assert named and not isinstance(named[0].object, Entity) and named[0].object.text == "beste schrijver"


def test_a_class_in_apposition_after_a_name_is_its_class():
    """"Starship, een Estse startup, ...": the apposition gives the name its class noun."""
    from textkg.extractors.mentions import MentionDetector

    doc = parsed("""
Starship Starship PROPN 6 nsubj
, , PUNCT 5 punct
een een DET 5 det
Estse Ests ADJ 5 amod
startup startup NOUN 1 appos Number=Sing
bezorgt bezorgen VERB 0 root Number=Sing|Tense=Pres|VerbForm=Fin
pakketten pakket NOUN 6 obj Number=Plur
. . PUNCT 6 punct
""", [(0, 1, "ORG")])
    names = [m for m in MentionDetector(None)(doc)._.tkg_mentions if m.kind == "name" and m.name == "Starship"]
    assert names and names[0].klass == "Estse startup" and names[0].klass_token == 4


