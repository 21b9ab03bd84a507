"""Shared fixtures: the repo's example article, ../shared (skipped where absent), a built store."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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
