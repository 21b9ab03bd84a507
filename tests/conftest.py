"""Shared fixtures: the example article, ../shared (skipped where absent), a built store, and
hand-built documents (no spaCy) with stores of every local kind for the graph and output tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from textkg.graph.samples import example_documents, nasty_document
from textkg_cli import EXAMPLE, ROOT, run_textkg

SHARED = Path(os.environ.get("TEXTKG_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared holds the corpora and the gold standard; a user's clone may not have it."""
    if not (SHARED / "corpora").is_dir():
        pytest.skip(f"{SHARED} is absent: corpora and gold come with the textkg workspace, see README")
    return SHARED


@pytest.fixture(scope="session")
def example_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example article built once into an on-disk store by the real CLI."""
    store = tmp_path_factory.mktemp("store") / "kg"
    result = run_textkg("build", str(EXAMPLE), "--store", str(store))
    assert result.returncode == 0, result.stderr.decode()
    return store


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
