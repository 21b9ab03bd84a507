"""Fixtures of the extractor tests: textkg's real Dutch pipeline with the extraction components.

A uniquely named module, not a conftest.py: tests elsewhere import their own ``conftest`` by name.
"""

from __future__ import annotations

import pytest

from textkg.errors import ModelError
from textkg.facts import Document, Entity


@pytest.fixture(scope="session")
def nlp():
    from textkg.extractors import load_pipeline

    try:
        return load_pipeline("nl")
    except ModelError as e:
        pytest.skip(f"textkg's Dutch pipeline is not available yet: {e}")


@pytest.fixture(scope="session")
def run(nlp):
    from textkg.extractors import extract

    def _run(text: str) -> Document:
        return extract(text, lang="nl", nlp=nlp)

    return _run
