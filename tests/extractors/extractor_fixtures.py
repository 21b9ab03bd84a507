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


def parsed(spec: str, ents: list[tuple[int, int, str]] = ()):
    """A Doc from a hand-written UD parse, one token per line: ``word lemma UPOS head deprel [Feat=V|...]``
    (head is 1-based, 0 for the root), with entity spans ``(start, end, label)`` in token indices."""
    import spacy
    from spacy.tokens import Doc, Span

    rows = [line.split() for line in spec.strip().splitlines() if line.strip()]
    words = [r[0] for r in rows]
    spaces = [not (i + 1 < len(rows) and rows[i + 1][0] in {".", ",", "!", "?", ":", ";", "”"} or r[0] in {"“"})
              for i, r in enumerate(rows)]
    vocab = spacy.blank("nl").vocab
    doc = Doc(vocab, words=words, spaces=spaces, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
              heads=[(int(r[3]) - 1 if int(r[3]) else i) for i, r in enumerate(rows)],
              deps=[("ROOT" if r[4] == "root" else r[4]) for r in rows],
              morphs=[(r[5] if len(r) > 5 else "") for r in rows])
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


def triples_of(doc) -> set[tuple[str, str, str]]:
    from textkg.extractors import document_from_doc
    from textkg.facts import Entity

    d = document_from_doc(doc)
    return {(t.subject.name, t.label, t.object.name if isinstance(t.object, Entity) else t.object.text) for t in d.triples}
