"""The KnowledgeGraph API the CLI and library users rely on."""

from __future__ import annotations

import pytest

from textkg.errors import StoreError
from textkg.graph.stores import MemoryStore, open_store
from textkg.kg import KnowledgeGraph, open_graph


def test_open_graph_kinds(tmp_path):
    assert isinstance(open_graph().store, MemoryStore)
    store = open_store(tmp_path / "s")
    kg = open_graph(store)
    assert kg.store is store
    kg.close()


def test_context_manager_closes(tmp_path, docs):
    with open_graph(tmp_path / "s") as kg:
        kg.add(docs)
    with pytest.raises(StoreError, match="closed"):
        kg.add(docs)
    with open_graph(tmp_path / "s") as again:  # the lock was released
        assert again.stats()["documents"] == 2


def test_stats(kg, docs):
    assert kg.stats() == {"documents": 0, "entities": 0, "facts": 0, "quads": 0}
    kg.add(docs)
    stats = kg.stats()
    assert stats["documents"] == 2 and stats["facts"] == sum(len(d.triples) for d in docs)
    assert stats["entities"] == len({e.key for d in docs for e in d.entities}) and stats["quads"] == len(kg)


def test_add_accepts_one_document_and_reports(kg, docs):
    stats = kg.add(docs[0])
    assert stats.added == ["netflix_ai_nl"] and stats.quads > 0
    assert kg.remove("nope") == []


def test_reads_follow_writes(kg, docs):
    kg.add(docs[:1])
    assert {t.document for t in kg.triples} == {"netflix_ai_nl"}
    kg.add(docs[1:])
    assert {t.document for t in kg.triples} == {"netflix_ai_nl", "netflix_series_nl"}
    kg.remove(["netflix_ai_nl"])
    assert {t.document for t in kg.triples} == {"netflix_series_nl"}


def test_entity_iri_and_custom_base(docs):
    kg = KnowledgeGraph(base="http://example.org/kg/")
    kg.add(docs)
    netflix = next(e for e in kg.entities if e.key == "ORG/netflix")
    assert kg.entity_iri(netflix) == "http://example.org/kg/entity/org/netflix"
    assert kg.query("ASK { <http://example.org/kg/entity/org/netflix> ?p ?o }")
    assert {t.subject.key for t in kg.triples} >= {"ORG/netflix", "PERSON/ted sarandos"}


def test_to_html_calls_the_viewer(kg, docs, tmp_path):
    pytest.importorskip("textkg.outputs.html")
    kg.add(docs)
    path = kg.to_html(tmp_path / "view.html", title="Netflix & AI")
    text = path.read_text(encoding="utf-8")
    assert "Netflix" in text and "<html" in text.lower()


def test_import_is_light():
    import subprocess
    import sys

    code = ("import sys, textkg.kg, textkg.graph, textkg.outputs; "
            "print(sorted(m for m in ('pyoxigraph', 'rdflib', 'networkx', 'spacy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
