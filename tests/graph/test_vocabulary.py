"""graph/textkg.ttl is generated from textkg.vocabulary and matches it."""

from __future__ import annotations

import rdflib
from rdflib.compare import isomorphic

from textkg.graph.namespaces import QUALIFIERS, TKG
from textkg.graph.ontology import VOCABULARY_PATH, vocabulary_graph, vocabulary_turtle
from textkg.vocabulary import RELATIONS


def test_committed_ttl_matches_the_generator():
    committed = rdflib.Graph().parse(VOCABULARY_PATH, format="turtle")
    assert isomorphic(committed, vocabulary_graph()), "run: python -m textkg.graph.ontology"
    assert VOCABULARY_PATH.read_text(encoding="utf-8") == vocabulary_turtle()


def test_every_relation_and_qualifier_is_a_labelled_property():
    g = vocabulary_graph()
    for rel in RELATIONS.values():
        p = rdflib.URIRef(TKG + rel.id)
        assert g.value(p, rdflib.RDFS.label) == rdflib.Literal(rel.label, lang="en")
        assert g.value(p, rdflib.RDFS.comment) is not None
        if rel.domain:
            assert g.value(p, rdflib.RDFS.domain) == rdflib.URIRef(TKG + rel.domain)
    for local, _ in QUALIFIERS.values():
        assert (rdflib.URIRef(TKG + local), rdflib.RDFS.label, None) in g


def test_every_tkg_term_the_converter_writes_is_declared(docs):
    from textkg.graph._convert import document_quads
    from textkg.graph.namespaces import Namespaces

    declared = {str(s) for s in vocabulary_graph().subjects()}
    used = set()
    for doc in docs:
        for q in document_quads(doc, Namespaces(), "2026-01-01T00:00:00Z"):
            for term in (q.predicate, q.object):
                if getattr(term, "value", "").startswith(TKG):
                    used.add(term.value)
    assert used <= declared, used - declared


def test_committed_context_matches():
    from textkg.graph.ontology import CONTEXT_PATH, context_json

    assert CONTEXT_PATH.read_text(encoding="utf-8") == context_json()
