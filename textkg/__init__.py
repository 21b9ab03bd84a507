"""textkg: build a knowledge graph from news articles.

>>> import textkg
>>> kg = textkg.build("Netflix zet in op AI, zei topman Ted Sarandos.")  # doctest: +SKIP
>>> kg.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 5")  # doctest: +SKIP

``build`` reads text (a ``str``), files (a ``Path``) or a list of them, extracts entities and
facts with textkg's own spaCy pipeline, and merges them into a graph: in memory by default, or
in the on-disk store at ``store``. ``open`` opens a stored graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import TextkgError
from .facts import Document, Entity, Mention, Triple, Value

if TYPE_CHECKING:
    from .kg import KnowledgeGraph

__all__ = ["build", "open", "extract", "Document", "Entity", "Mention", "Triple", "Value", "TextkgError", "__version__"]
__version__ = "0.1.0"


def extract(text: str, *, lang: str = "auto", doc_id: str | None = None, source: str = "") -> Document:
    """Extract one article's entities and triples, without storing them."""
    from .extractors import extract as _extract

    return _extract(text, doc_id=doc_id, lang=lang, source=source)


def build(
    articles: str | Path | Iterable[str | Path], *, store: str | Path | None = None, lang: str = "auto"
) -> KnowledgeGraph:
    """Extract articles and merge them into a graph (re-building an article replaces its facts).

    A ``str`` is article text, a ``Path`` an article file. ``store`` is a directory (the embedded
    on-disk store), a SPARQL endpoint URL, or None for a graph in memory.
    """
    from .sources import read_article

    items = [articles] if isinstance(articles, (str, Path)) else list(articles)
    documents = []
    for item in items:
        if isinstance(item, Path):
            article = read_article(item)
            documents.append(extract(article.text, lang=lang, source=article.source))
        else:
            documents.append(extract(item, lang=lang))
    kg = open(store)
    kg.add(documents)
    return kg


def open(store: str | Path | None = None) -> KnowledgeGraph:  # noqa: A001 - mirrors textkg.open(store_dir)
    """Open a stored graph (a directory or a SPARQL endpoint URL), or a new one in memory."""
    from .kg import open_graph

    return open_graph(store)
