"""Shared fixtures for the pipeline tests: the shipped Dutch pipeline and the corpora folder."""

from __future__ import annotations

from pathlib import Path

import pytest

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: runs a full evaluation or conversion (minutes)")


@pytest.fixture(scope="session")
def nlp():
    """The shipped Dutch pipeline (loaded once per test session)."""
    from textkg.pipelines import load

    return load("nl")


@pytest.fixture(scope="session")
def corpora() -> Path:
    """The shared corpora folder; tests using it skip when it is absent."""
    if not (CORPORA / "ud_dutch_alpino").is_dir():
        pytest.skip(f"training/evaluation corpora not found at {CORPORA} (../shared/corpora)")
    return CORPORA
