"""The RDF model: facts as plain triples in per-document graphs, provenance on rdf:Statement
nodes, shared entity descriptions, and facts read back from RDF."""

from __future__ import annotations

import dataclasses

import pytest

from textkg.facts import Document, Entity, Triple, Value
from textkg.graph._convert import document_quads, documents_from_quads
from textkg.graph.namespaces import Namespaces

P = """PREFIX tkg: <https://textkg.org/ns#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/> PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
NS = Namespaces()
NETFLIX = "<https://textkg.org/id/entity/org/netflix>"
AI = "<https://textkg.org/id/entity/technology/ai>"
TED = "<https://textkg.org/id/entity/person/ted_sarandos>"
DOC1 = "<https://textkg.org/id/doc/netflix_ai_nl>"
DOC2 = "<https://textkg.org/id/doc/netflix_series_nl>"
ENTS = "<https://textkg.org/id/graph/entities>"


def _fact_key(t: Triple):
    obj = t.object.key if isinstance(t.object, Entity) else (t.object.text, t.object.kind, t.object.number)
    return (t.subject.key, t.predicate, obj, t.label, t.wording, t.document, t.evidence, t.start, t.end,
            t.confidence, tuple(sorted(t.qualifiers)), t.extractor, tuple(sorted(t.highlights)))


def _values(kg, q):
    return {tuple(r) for r in kg.query(P + q).values()}


def test_fact_is_a_plain_triple_in_the_document_graph(kg, docs):
    kg.add(docs)
    assert kg.query(P + f"ASK {{ GRAPH {DOC1} {{ {NETFLIX} tkg:uses {AI} }} }}", union=False)
    # union of named graphs by default: no GRAPH needed
    assert (NETFLIX[1:-1], AI[1:-1]) in _values(kg, "SELECT ?s ?o WHERE { ?s tkg:uses ?o }")
    # facts never land in the shared entities graph or the default graph
    assert not kg.query(P + f"ASK {{ GRAPH {ENTS} {{ ?s tkg:uses ?o }} }}", union=False)
    assert not kg.query("ASK { ?s ?p ?o }", union=False)


def test_statement_node_carries_provenance_without_duplicating_the_fact(kg, docs):
    kg.add(docs)
    effects = "<https://textkg.org/id/entity/concept/visuele_effecten>"
    rows = kg.query(P + f"""SELECT ?st ?ev ?start ?end ?conf ?instrument ?wording ?src ?hl WHERE {{ GRAPH {DOC1} {{
        ?st a rdf:Statement ; rdf:subject {NETFLIX} ; rdf:predicate tkg:uses ; rdf:object {effects} ;
            tkg:evidence ?ev ; tkg:start ?start ; tkg:end ?end ; tkg:confidence ?conf ; tkg:instrument ?instrument ;
            tkg:wording ?wording ; prov:wasDerivedFrom ?src ; tkg:highlight ?hl }} }}""").bindings()
    assert len(rows) == 2  # two highlights, one statement
    row = rows[0]
    assert row["ev"].value == "Netflix gebruikt AI voor visuele effecten." and row["ev"].language == "nl"
    assert row["conf"].datatype.value.endswith("#double") and float(row["conf"].value) == 0.8
    assert row["instrument"].value == "AI"
    assert row["src"].value == DOC1[1:-1]
    doc = docs[0]
    assert doc.text[int(row["start"].value):int(row["end"].value)] == row["ev"].value
    # the fact itself appears once in the document graph
    n = kg.query(P + f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {DOC1} {{ {NETFLIX} tkg:uses {AI} }} }}", union=False)
    assert n.rows[0][0].value == "1"


def test_entity_descriptions_are_shared_and_standard(kg, docs):
    kg.add(docs)
    got = _values(kg, f"SELECT ?t WHERE {{ GRAPH {ENTS} {{ {NETFLIX} a ?t }} }}")
    assert {("https://schema.org/Organization",), ("https://textkg.org/ns#ORG",)} <= got
    assert ("http://www.w3.org/2004/02/skos/core#Concept",) in _values(kg, f"SELECT ?t WHERE {{ {AI} a ?t }}")
    assert ("https://schema.org/Person",) in _values(kg, f"SELECT ?t WHERE {{ {TED} a ?t }}")
    labels = kg.query(P + f"SELECT ?l WHERE {{ {NETFLIX} rdfs:label ?l }}").rows
    assert {(r[0].value, r[0].language) for r in labels} == {("Netflix", "nl"), ("NETFLIX", "nl")}
    aliases = {r[0] for r in _values(kg, f"SELECT ?a WHERE {{ {NETFLIX} skos:altLabel ?a }}")}
    assert aliases == {"de streamingdienst", "Netflix Inc."}


def test_second_article_links_to_the_same_node(kg, docs):
    kg.add(docs[:1])
    kg.add(docs[1:])
    rows = _values(kg, f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s tkg:isCeoOf {NETFLIX} }} }}")
    assert rows == {(DOC1[1:-1],), (DOC2[1:-1],)}
    netflix = [e for e in kg.entities if e.key == "ORG/netflix"]
    assert len(netflix) == 1
    g = kg.to_networkx()
    assert g.nodes[NETFLIX[1:-1]]["documents"] == ["netflix_ai_nl", "netflix_series_nl"]


def test_reingest_replaces_and_is_idempotent(kg, docs):
    kg.add(docs)
    before = len(kg)
    stats = kg.add(docs)
    assert stats.replaced == ["netflix_ai_nl", "netflix_series_nl"] and stats.added == []
    assert len(kg) == before
    assert kg.stats()["documents"] == 2


def test_reingest_leaves_no_stale_aliases_or_entities(kg, docs):
    kg.add(docs)
    changed = dataclasses.replace(docs[1], entities=[Entity("NETFLIX", "ORG", ("Netflix BV",))], triples=[])
    kg.add([changed])
    aliases = {r[0] for r in _values(kg, f"SELECT ?a WHERE {{ {NETFLIX} skos:altLabel ?a }}")}
    assert aliases == {"de streamingdienst", "Netflix BV"}  # "Netflix Inc." went with the old version
    keys = {e.key for e in kg.entities}
    assert "GPE/hollywood" not in keys  # only the old version mentioned Hollywood
    assert "ORG/netflix" in keys and "PERSON/ted sarandos" in keys  # still in the first article
    # removing the first article too leaves only what the changed one says
    assert kg.remove("netflix_ai_nl") == ["netflix_ai_nl"]
    assert {e.key for e in kg.entities} == {"ORG/netflix"}
    assert kg.entities[0].aliases == ("Netflix BV",)


def test_building_twice_from_scratch_gives_isomorphic_stores(tmp_path, docs):
    from textkg.kg import open_graph

    with open_graph(tmp_path / "a") as a, open_graph(tmp_path / "b") as b:
        a.add(docs)
        b.add(list(reversed(docs)))
        b.add(docs)
        strip = lambda kg: {q for q in kg.store.dump("nquads").decode().splitlines() if "generatedAtTime" not in q}
        assert strip(a) == strip(b)


def test_facts_round_trip_through_rdf(docs, nasty):
    for doc in docs + [nasty]:
        back = documents_from_quads(document_quads(doc, NS, "2026-01-01T00:00:00Z"))
        assert len(back) == 1
        got = back[0]
        assert (got.id, got.text, got.lang, got.source) == (doc.id, doc.text, doc.lang, doc.source)
        assert sorted(map(_fact_key, got.triples)) == sorted(map(_fact_key, doc.triples))
        by_key = {e.key: e for e in got.entities}
        for ent in doc.entities:
            assert set(by_key[ent.key].aliases) == set(ent.aliases)
            assert set(by_key[ent.key].mentions) == set(ent.mentions)


def test_store_round_trip_gives_back_triples(kg, docs, nasty):
    kg.add(docs + [nasty])
    expected = sorted(_fact_key(t) for d in docs + [nasty] for t in d.triples)
    assert sorted(map(_fact_key, kg.triples)) == expected
    names = {e.name for e in kg.entities}
    assert 'O"Brien' in names and "<script>alert(1)</script>" in names and "Zoë Ünïcödé 東京" in names


def test_literal_objects_are_literals(kg, docs):
    kg.add(docs)
    rows = kg.query(P + f"SELECT ?o ?kind ?num WHERE {{ ?st rdf:subject {NETFLIX} ; rdf:predicate tkg:develops ; "
                        "rdf:object ?o ; tkg:valueKind ?kind ; tkg:valueNumber ?num }").bindings()
    assert rows[0]["o"].value == "tien nieuwe series" and rows[0]["o"].language == "nl"
    assert rows[0]["kind"].value == "number" and float(rows[0]["num"].value) == 10.0
    said = kg.query(P + f"SELECT ?q WHERE {{ {TED} tkg:said ?q }}").rows
    assert said[0][0].value == "AI kan creatieve mensen betere tools geven"


def test_raw_verb_lemma_becomes_a_valid_property(kg, docs):
    kg.add(docs)
    rows = _values(kg, f"SELECT ?p WHERE {{ {NETFLIX} ?p {AI} }}")
    assert ("https://textkg.org/ns/rel/inzetten",) in rows
    assert any(t.predicate == "inzetten" for t in kg.triples)


def test_document_metadata(kg, docs):
    kg.add(docs)
    assert set(kg.documents) == {"netflix_ai_nl", "netflix_series_nl"}
    meta = kg.documents["netflix_ai_nl"]
    assert meta["lang"] == "nl" and meta["source"] == "examples/netflix_ai_nl.txt"
    assert meta["text_length"] == len(docs[0].text) and meta["built"].endswith("Z") or "+00:00" in meta["built"]
    rows = _values(kg, "SELECT ?d WHERE { ?d a prov:Entity }")
    assert rows == {(DOC1[1:-1],), (DOC2[1:-1],)}


def test_qualifier_types_survive(kg):
    e, f = Entity("A", "ORG"), Entity("B", "ORG")
    t = Triple(e, "owns", f, "owns", "bezit", "d", "A bezit B.", 0, 10, 0.25,
               (("negated", True), ("count", 3), ("share", 0.5), ("time", "2024"), ("attributed_to", "C")))
    kg.add(Document("d", "A bezit B.", "nl", entities=[e, f], triples=[t]))
    (got,) = kg.triples
    assert dict(got.qualifiers) == {"negated": True, "count": 3, "share": 0.5, "time": "2024", "attributed_to": "C"}
    assert kg.query(P + "ASK { ?st tkg:attributedTo \"C\" ; tkg:negated true }")


def test_unusual_language_tags_do_not_break(kg):
    e = Entity("A", "ORG")
    for lang in ("auto", "", "nl-BE", "not a tag!"):
        doc = Document(f"d-{lang}", "A.", lang, entities=[e],
                       triples=[Triple(e, "isA", Value("x"), "is a", "is", f"d-{lang}", "A.", 0, 2)])
        kg.add(doc)
    assert len(kg.triples) == 4


def test_rdf_view_is_an_rdflib_dataset(kg, docs):
    import rdflib

    kg.add(docs)
    ds = kg.rdf
    assert isinstance(ds, rdflib.Dataset)
    graphs = {str(g.identifier) for g in ds.graphs()}
    assert DOC1[1:-1] in graphs and ENTS[1:-1] in graphs
    assert sum(1 for _ in ds.quads()) == len(kg)


@pytest.mark.parametrize("bad", ["SELECT ?s WHERE { ?s ", "SELEKT * {}"])
def test_bad_query_raises_query_error(kg, bad):
    from textkg.errors import QueryError

    with pytest.raises(QueryError):
        kg.query(bad)


def test_query_timeout(tmp_path):
    from textkg.errors import QueryError
    from textkg.graph.samples import synthetic_documents
    from textkg.kg import open_graph

    with open_graph(tmp_path / "s") as kg:
        kg.add(synthetic_documents(10, 40, entities=60))
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }"
        with pytest.raises(QueryError, match="ran longer than 0.2 s"):
            kg.query(slow, timeout=0.2)
