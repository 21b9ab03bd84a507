"""Pipeline-free parts of the extractors: predicate lexicon, word classes, text segmentation, quotes."""

from __future__ import annotations

import pytest

from textkg.extractors._lexicon import class_type, demonym_country, number_value, role_of, title_type
from textkg.extractors._text import chunks, detect_language, looks_like_html, paragraphs, strip_html
from textkg.extractors.predicates import normalise
from textkg.extractors.quotes import find_quotes
from textkg.vocabulary import RELATIONS


@pytest.mark.parametrize("lemma, prep, refl, passive, rel, label", [
    ("gebruiken", None, False, False, "uses", "uses"),
    ("gebruiken", "voor", False, False, "uses", "uses for"),
    ("gebruiken", "voor", False, True, "uses", "is used for"),
    ("inzetten", "op", False, False, "uses", "uses"),
    ("inzetten", "tegen", True, False, "opposes", "opposes"),
    ("inzetten", "voor", True, False, "supports", "supports"),
    ("zorgen maken", "om", True, False, "worriedAbout", "worried about"),
    ("samenwerken", "met", False, False, "collaboratesWith", "collaborates with"),
    ("overnemen", None, False, False, "acquires", "acquires"),
    ("bekendmaken", "tegenover", False, False, "announced", "announced to"),
    ("profiteren", "van", False, False, "benefitsFrom", "benefits from"),
    ("stemmen", "tegen", False, False, "votedAgainst", "voted against"),
])
def test_lexicon_maps_dutch_predicates(lemma, prep, refl, passive, rel, label):
    p = normalise(lemma, prep, reflexive=refl, passive=passive)
    assert (p.id, p.label, p.canonical) == (rel, label, True)
    assert p.id in RELATIONS


@pytest.mark.parametrize("lemma, prep, label", [
    ("fietsen", "naar", "fietsen naar"),     # unknown: the Dutch wording
    ("schrappen", None, "cuts"),             # known verb outside the vocabulary: English label only
    ("stijgen", "met", "increases"),
])
def test_verbs_outside_the_vocabulary_keep_their_lemma(lemma, prep, label):
    p = normalise(lemma, prep)
    assert not p.canonical and p.label == label and p.id.startswith(lemma)


def test_vocabulary_is_small_and_documented():
    assert 20 <= len(RELATIONS) <= 40
    assert all(r.label and r.comment for r in RELATIONS.values())


@pytest.mark.parametrize("word, role", [("CEO", "ceo"), ("topman", "topman"), ("Netflix-topman", "topman"),
                                        ("oud-voorzitter", "voorzitter"), ("directeuren", None), ("tafel", None),
                                        ("Sportwethouder", "wethouder"), ("beleidsmedewerker", "medewerker"),
                                        ("begeleider", None), ("busbestuurder", None)])
def test_role_nouns(word, role):
    assert role_of(word) == role


@pytest.mark.parametrize("word, type_", [("bedrijf", "ORG"), ("streamingdienst", "ORG"), ("supermarktketen", "ORG"),
                                         ("hoofdstad", "GPE"), ("sciencefictionserie", "WORK"), ("technologie", "CONCEPT"),
                                         ("fiets", None)])
def test_class_nouns(word, type_):
    assert class_type(word) == type_


@pytest.mark.parametrize("word, type_", [("concurrent", "ORG"), ("softwarebedrijf", "ORG"), ("dochter", None), ("partner", None)])
def test_title_nouns_that_type_the_name_after_them(word, type_):
    assert title_type(word) == type_


@pytest.mark.parametrize("word, country", [("Argentijnse", "Argentina"), ("Nederlandse", "Netherlands"),
                                           ("Amerikaans", "United States"), ("argentijnse", None), ("Mooie", None)])
def test_demonyms(word, country):
    assert demonym_country(word) == country


@pytest.mark.parametrize("text, value", [("tien", 10.0), ("3,5", 3.5), ("1.200", 1200.0), ("twintig", 20.0), ("veel", None)])
def test_number_values(text, value):
    assert number_value(text) == value


def test_find_quotes_typographic_and_straight():
    text = 'Hij zei: “Dit is een test van de quotes”, en "ook dit telt als citaat". "Kort".'
    spans = [text[s:e] for s, e in find_quotes(text)]
    assert spans == ["Dit is een test van de quotes", "ook dit telt als citaat"]


def test_paragraphs_keep_offsets_and_split_long_ones():
    text = "Titel\n\n  Eerste alinea hier.  \nTweede.\n" + "Zin. " * 10_000
    paras = paragraphs(text, max_len=2_000)
    for start, para in paras:
        assert text[start:start + len(para)] == para
    assert [p for _, p in paras][:3] == ["Titel", "Eerste alinea hier.", "Tweede."]
    assert all(len(p) <= 2_000 for _, p in paras)
    assert sum(len(c) for c in chunks(paras, size=5_000)) == len(paras)


def test_html_detection_and_stripping():
    html = "<html><head><style>p {}</style><script>var a = 1;</script></head><body><p>Een &amp; twee</p><p>Drie</p></body></html>"
    assert looks_like_html(html) and not looks_like_html("a < b en c > d")
    assert strip_html(html) == "Een & twee\n\nDrie"


def test_language_guess():
    assert detect_language("Het bedrijf zegt dat de winst is gestegen.") == "nl"
    assert detect_language("The company said that profits have risen.") == "en"
    assert detect_language("") == "nl"


@pytest.mark.parametrize("form, lemma", [("stegen", "stijgen"), ("namen", "nemen"), ("overnamen", "overnemen"),
                                         ("verdween", "verdwijnen"), ("verliezen", "verliezen"), ("gesloten", "sluiten")])
def test_verb_lemmas_of_irregular_and_ambiguous_forms(form, lemma):
    """Strong pasts the lookup table lacks or reads as nouns ("namen": names) still reach the verb."""
    from textkg.extractors._args import base_lemma

    assert base_lemma(form, form, True) == lemma
