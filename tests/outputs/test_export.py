"""Every export format round-trips: parse it back and get the same graph (on each store)."""

from __future__ import annotations

import json

import networkx as nx
import pytest
import rdflib
from rdflib.compare import isomorphic

from textkg.errors import ConfigError
from textkg.outputs.export import FORMATS, JSONLD_CONTEXT, read_graphml, write_export

RDF_FORMATS = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld"}
DATASET_FORMATS = {"nquads", "trig", "jsonld"}


@pytest.fixture
def full(kg, docs, nasty):
    kg.add(docs + [nasty])
    return kg


def _reference(kg) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(data=kg.store.dump("nquads"), format="nquads")
    return ds


def _graphs(ds: rdflib.Dataset) -> dict[str, rdflib.Graph]:
    out = {}
    for g in ds.graphs():
        if len(g):
            out[str(g.identifier)] = g
    return out


def _union(ds: rdflib.Dataset) -> rdflib.Graph:
    g = rdflib.Graph()
    for s, p, o, _ in ds.quads():
        g.add((s, p, o))
    return g


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_rdf_exports_round_trip(full, fmt):
    text = full.serialize(fmt)
    assert isinstance(text, str) and text
    ref = _reference(full)
    if fmt in DATASET_FORMATS:
        back = rdflib.Dataset()
        back.parse(data=text, format=RDF_FORMATS[fmt])
        got, want = _graphs(back), _graphs(ref)
        assert set(got) == set(want)
        for name in want:
            assert isomorphic(got[name], want[name]), name
    else:
        back = rdflib.Graph().parse(data=text, format=RDF_FORMATS[fmt])
        assert isomorphic(back, _union(ref))


@pytest.mark.parametrize("fmt", ["nquads", "trig", "turtle", "ntriples"])
def test_rdf_exports_parse_with_pyoxigraph_too(full, fmt):
    import pyoxigraph as ox

    fmt_ox = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG, "turtle": ox.RdfFormat.TURTLE,
              "ntriples": ox.RdfFormat.N_TRIPLES}[fmt]
    back = list(ox.parse(full.serialize(fmt).encode(), format=fmt_ox))
    stored = list(full.store.quads())
    if fmt in DATASET_FORMATS:
        assert set(back) == set(stored)
    else:
        assert {q.triple for q in back} == {q.triple for q in stored}


def test_jsonld_has_a_context(full):
    data = json.loads(full.serialize("jsonld"))
    assert data["@context"]["tkg"] == JSONLD_CONTEXT["tkg"]
    assert "schema" in data["@context"]


def test_graphml_round_trips(full):
    text = full.serialize("graphml")
    back = read_graphml(text)
    g = full.to_networkx()
    assert set(back.nodes) == set(g.nodes)
    assert {(u, v, k) for u, v, k in back.edges(keys=True)} == {(u, v, k) for u, v, k in g.edges(keys=True)}
    for node, attrs in g.nodes(data=True):
        assert back.nodes[node] == attrs
    for u, v, k, attrs in g.edges(keys=True, data=True):
        assert back.edges[u, v, k] == attrs
    assert back.graph["documents"] == g.graph["documents"]


def test_triples_json_shape_and_round_trip(full, docs):
    data = json.loads(full.serialize("triples-json"))
    assert set(data) == {"entities", "triples"}
    for ent in data["entities"]:
        assert {"id", "name", "type", "aliases"} <= set(ent)
    fields = {"subject", "relation", "object", "subject_id", "predicate", "object_id", "evidence", "document",
              "start", "end", "confidence", "qualifiers", "wording"}
    for t in data["triples"]:
        assert fields <= set(t)
    assert len(data["triples"]) == len(full.triples)
    uses = [t for t in data["triples"] if t["relation"] == "uses for" and t["document"] == "netflix_ai_nl"]
    assert uses[0]["subject"] in ("Netflix", "NETFLIX") and uses[0]["predicate"] == "uses"
    assert uses[0]["object"] == "visuele effecten" and uses[0]["qualifiers"] == {"instrument": "AI"}
    assert uses[0]["wording"] == "gebruikt voor"
    ceo = [t for t in data["triples"] if t["predicate"] == "isCeoOf" and t["document"].startswith("netflix")]
    assert {t["relation"] for t in ceo} == {"is CEO of"}
    ids = {e["id"] for e in data["entities"]}
    assert all(t["subject_id"] in ids for t in data["triples"])
    # the facts come back: (subject key, predicate, start) per document
    want = sorted((t.document, t.predicate, t.start, t.end) for t in full.triples)
    assert sorted((t["document"], t["predicate"], t["start"], t["end"]) for t in data["triples"]) == want


def test_unknown_format_lists_formats(full):
    with pytest.raises(ConfigError, match="formats: turtle, ntriples"):
        full.serialize("yaml")


def test_write_export(full, tmp_path):
    for fmt in FORMATS:
        path = write_export(full, fmt, tmp_path / f"out.{fmt}")
        assert path.stat().st_size > 0


def test_networkx_view_schema(full):
    g = full.to_networkx()
    assert isinstance(g, nx.MultiDiGraph)
    for node, attrs in g.nodes(data=True):
        assert isinstance(attrs["label"], str) and isinstance(attrs["type"], str)
        assert isinstance(attrs["aliases"], list) and isinstance(attrs["documents"], list)
        if node.startswith("literal:"):
            assert attrs["type"] in ("VALUE", "QUOTE")
    quotes = [n for n, a in g.nodes(data=True) if a["type"] == "QUOTE"]
    assert quotes
    for _, _, key, attrs in g.edges(keys=True, data=True):
        assert key.startswith("https://textkg.org/id/doc/")
        assert set(attrs) == {"predicate", "label", "wording", "evidence", "document", "start", "end", "highlights",
                              "confidence", "qualifiers"}
        assert isinstance(attrs["start"], int) and isinstance(attrs["confidence"], float)
        assert isinstance(attrs["qualifiers"], dict) and isinstance(attrs["highlights"], list)
    assert set(g.graph["documents"]) == {"netflix_ai_nl", "netflix_series_nl", 'nasty "doc" <1>'}
    meta = g.graph["documents"]["netflix_ai_nl"]
    assert set(meta) == {"source", "lang", "text_length", "built"} and g.graph["built"]
    netflix = g.nodes["https://textkg.org/id/entity/org/netflix"]
    assert netflix["type"] == "ORG" and netflix["documents"] == ["netflix_ai_nl", "netflix_series_nl"]
    assert "de streamingdienst" in netflix["aliases"]
