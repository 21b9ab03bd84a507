"""IRIs: stable, valid for any input, injective, under a configurable base."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from textkg.errors import ConfigError
from textkg.facts import Entity, entity_key
from textkg.graph.namespaces import TKG, TKG_REL, Namespaces, slug
from textkg.graph.samples import NASTY_NAMES
from textkg.vocabulary import RELATIONS

NAMES = list(NASTY_NAMES) + ["Netflix", "", "é", "e\u0301", "\u200b", "\x00", "\U0001F600", "\ud800", "AT&T", "AT T",
                             "%41", "A"]


@pytest.mark.parametrize("name", NAMES, ids=lambda n: repr(n)[:20])
@pytest.mark.parametrize("type_", ["PERSON", "ORG", "OTHER"])
def test_entity_iri_valid_for_any_name(name, type_):
    iri = Namespaces().entity(entity_key(name, type_))
    ox.NamedNode(iri)  # raises ValueError on an invalid IRI
    import rdflib

    assert rdflib.URIRef(iri).n3().startswith("<")
    assert len(iri) < 300


def test_entity_iri_stable_and_case_space_insensitive():
    ns = Namespaces()
    assert ns.entity(Entity("Netflix", "ORG").key) == ns.entity(Entity("NETFLIX ", "ORG").key)
    assert ns.entity(Entity("Ted  Sarandos", "PERSON").key) == "https://textkg.org/id/entity/person/ted_sarandos"
    assert ns.entity(Entity("Netflix", "ORG").key) != ns.entity(Entity("Netflix", "PRODUCT").key)


def test_slug_is_injective_on_tricky_pairs():
    pairs = [("a b", "a_b"), ("AT&T", "AT%26T"), ("%41", "A"), ("", " "), ("-", "%2D")]
    for a, b in pairs:
        assert slug(a) != slug(b), (a, b)
    many = {slug(n) for n in NAMES}
    assert len(many) == len(set(NAMES))


def test_long_names_are_cut_with_hash():
    a, b = slug("x" * 300), slug("x" * 299 + "y")
    assert a != b and len(a) < 160


@pytest.mark.parametrize("pred", list(RELATIONS)[:3] + ["beïnvloeden", "say <what>", "a b", "x/y#z", "%41", ""])
def test_relation_iris_round_trip(pred):
    iri = Namespaces.relation(pred)
    ox.NamedNode(iri)
    assert Namespaces.relation_id(iri) == pred
    assert iri.startswith(TKG if pred in RELATIONS else TKG_REL)


@pytest.mark.parametrize("name", ["factor", "attributed_to", "negated", "weird key!", "x/y"])
def test_qualifier_iris_round_trip(name):
    iri = Namespaces.qualifier(name)
    ox.NamedNode(iri)
    assert Namespaces.qualifier_name(iri) == name


def test_attributed_to_is_camel_case_property():
    assert Namespaces.qualifier("attributed_to") == TKG + "attributedTo"


def test_configurable_base():
    ns = Namespaces("http://example.org/kg/")
    assert ns.entity("ORG/netflix") == "http://example.org/kg/entity/org/netflix"
    assert ns.document("a b_c") == "http://example.org/kg/doc/a%20b_c"


@pytest.mark.parametrize("bad", ["example.org/", "http://x.org/no-slash", "", "ftp://x/"])
def test_bad_base_is_refused(bad):
    with pytest.raises(ConfigError, match="base IRI"):
        Namespaces(bad)
