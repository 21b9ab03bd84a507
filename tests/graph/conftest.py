"""Fixtures for graph tests: hand-built documents (no spaCy) and stores of every local kind."""

from __future__ import annotations

import pytest

from textkg.graph.samples import example_documents, nasty_document


@pytest.fixture
def docs():
    return example_documents()


@pytest.fixture
def nasty():
    return nasty_document()


@pytest.fixture(params=["oxigraph", "memory"])
def kg(request, tmp_path):
    """An empty KnowledgeGraph on a real on-disk Oxigraph store, and on the rdflib memory store."""
    from textkg.kg import open_graph

    graph = open_graph(tmp_path / "store" if request.param == "oxigraph" else None)
    yield graph
    graph.close()


def pytest_configure(config):
    # rdflib 7.5+ warns about its own internal use of Dataset.default_context
    for message in ("Dataset.default_context is deprecated", "Dataset.contexts is deprecated",
                    "ConjunctiveGraph is deprecated"):
        config.addinivalue_line("filterwarnings", f"ignore:{message}:DeprecationWarning")
