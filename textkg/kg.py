"""The :class:`KnowledgeGraph`: a store plus the views and exports people use.

>>> from textkg.facts import Document, Entity, Triple
>>> netflix, ai = Entity("Netflix", "ORG"), Entity("AI", "TECHNOLOGY")
>>> doc = Document("demo", "Netflix gebruikt AI.", "nl", entities=[netflix, ai], triples=[
...     Triple(netflix, "uses", ai, "uses", "gebruikt", "demo", "Netflix gebruikt AI.", 0, 20, 0.9)])
>>> with open_graph() as kg:
...     _ = kg.add(doc)
...     [(t.subject.name, t.label, t.object.name) for t in kg.triples]
[('Netflix', 'uses', 'AI')]
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import QueryError, StoreError
from .facts import Document, Entity, Triple

if TYPE_CHECKING:
    import networkx as nx
    import rdflib

    from textkg.graph.build import AddStats
    from textkg.graph.results import QueryResult
    from textkg.graph.stores import Store

__all__ = ["KnowledgeGraph", "open_graph"]

_PREFIXES_QUERY_HINT = "PREFIX tkg: <https://textkg.org/ns#>"


class KnowledgeGraph:
    """A knowledge graph in a store: add documents, read facts back, query, export, view.

    Parameters
    ----------
    store : Store, str, Path or None
        An open store, or a location for :func:`textkg.graph.open_store` (a directory, an
        http(s) SPARQL endpoint, or None for an in-memory graph).
    base : str, optional
        Base IRI of minted entity and document IRIs. Defaults to ``https://textkg.org/id/``.
    title : str
        Title of the HTML viewer. Defaults to ``"textkg"``.
    **options
        Passed to :func:`open_store` (e.g. ``read_only=True``).

    Notes
    -----
    ``triples``, ``entities``, ``documents`` and ``to_networkx()`` read the whole store back once
    and keep that reading until the next ``add``/``remove`` through this object; ``query`` and
    ``stats`` always ask the store.
    """

    def __init__(self, store: "Store | str | Path | None" = None, *, base: str | None = None,
                 title: str = "textkg", **options: Any) -> None:
        from textkg.graph.namespaces import DEFAULT_BASE, Namespaces
        from textkg.graph.stores import open_store

        self.store: Store = store if hasattr(store, "query") and hasattr(store, "extend") else open_store(store, **options)  # type: ignore[arg-type]
        self.ns = Namespaces(base or DEFAULT_BASE)
        self.title = title
        self._cache: Any = None  # GraphData read back from the store, dropped on every write

    # -- writing ------------------------------------------------------------------------------
    def add(self, documents: Document | Iterable[Document]) -> "AddStats":
        """Merge documents into the graph (one atomic write each; same id replaces).

        RETURNS (AddStats): ids added and replaced, quads written.
        """
        from textkg.graph.build import add_documents

        if isinstance(documents, Document):
            documents = [documents]
        self._cache = None
        try:
            return add_documents(self.store, documents, self.ns)
        finally:
            self._cache = None

    def remove(self, doc_ids: str | Iterable[str]) -> list[str]:
        """Remove documents by id; returns the ids that were there."""
        from textkg.graph.build import remove_documents

        ids = [doc_ids] if isinstance(doc_ids, str) else list(doc_ids)
        self._cache = None
        return remove_documents(self.store, ids, self.ns)

    # -- reading ------------------------------------------------------------------------------
    def _data(self):
        if self._cache is None:
            from textkg.graph._convert import read_graph

            self._cache = read_graph(self.store.quads(), self.ns)
        return self._cache

    def stored_documents(self) -> list[Document]:
        """Every stored document, with its text, entities and triples, read back from RDF."""
        return list(self._data().documents)

    @property
    def triples(self) -> list[Triple]:
        """Every fact of every document, with its evidence (ordered by document, then offset)."""
        return [t for d in self._data().documents for t in d.triples]

    @property
    def entities(self) -> list[Entity]:
        """Every entity, merged across documents: label, type and all aliases (no mentions)."""
        return [Entity(info.label, info.type, tuple(info.aliases))
                for info in sorted(self._data().entities.values(), key=lambda i: i.key)]

    @property
    def documents(self) -> dict[str, dict[str, Any]]:
        """Stored documents by id: ``{"source", "lang", "text_length", "built"}``."""
        data = self._data()
        return {d.id: {"source": d.source, "lang": d.lang, "text_length": len(d.text), "built": data.built.get(d.id, "")}
                for d in data.documents}

    def entity_iri(self, entity: Entity) -> str:
        """The IRI of an entity in this graph."""
        return self.ns.entity(entity.key)

    def __len__(self) -> int:
        """Number of quads in the store."""
        return len(self.store)

    def stats(self) -> dict[str, int]:
        """Counts straight from the store: ``documents``, ``entities``, ``facts`` (statements), ``quads``."""
        from pyoxigraph import NamedNode

        from textkg.graph.namespaces import RDF, TKG

        ents = NamedNode(self.ns.entities_graph)

        def count(where: str) -> int:
            rows = self.store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}", union=False).rows
            return int(rows[0][0].value) if rows and rows[0][0] is not None else 0

        return {
            "documents": count(f"GRAPH ?d {{ ?d a <{TKG}Document> }}"),
            "entities": count(f"GRAPH {ents} {{ ?e <{TKG}key> ?k }}"),
            "facts": count(f"GRAPH ?g {{ ?st a <{RDF}Statement> }}"),
            "quads": len(self.store),
        }

    @property
    def rdf(self) -> "rdflib.Dataset":
        """A snapshot of the graph as an rdflib ``Dataset`` (a copy: changing it changes nothing)."""
        import rdflib

        from textkg.graph.namespaces import PREFIXES

        ds = rdflib.Dataset()
        for prefix, iri in PREFIXES.items():
            ds.bind(prefix, iri)
        ds.parse(data=self.store.dump("nquads"), format="nquads")
        return ds

    def query(self, sparql: str, *, union: bool = True, timeout: float | None = None) -> "QueryResult":
        """Run a SPARQL 1.1 query.

        Parameters
        ----------
        sparql : str
            The query (SELECT, ASK, CONSTRUCT or DESCRIBE).
        union : bool
            Query the union of all named graphs as the default graph. Defaults to True.
        timeout : float, optional
            Seconds after which the query is abandoned with :class:`QueryError`.

        Returns
        -------
        QueryResult
            Rows, a boolean or triples, serialisable as json/xml/csv/tsv.
        """
        if timeout is None:
            return self.store.query(sparql, union=union)
        return run_with_timeout(self.store, sparql, union=union, timeout=timeout)

    # -- views and exports --------------------------------------------------------------------
    def to_networkx(self) -> "nx.MultiDiGraph":
        """The graph as a networkx MultiDiGraph (schema in ``textkg.graph.nxview``)."""
        from textkg.graph.nxview import to_networkx

        return to_networkx(self._data(), self.ns)

    def to_html(self, path: str | Path, *, title: str | None = None) -> Path:
        """Write the interactive viewer (one offline HTML file) to ``path``; returns the path."""
        from textkg.outputs.html import write_html

        path = Path(path)
        if title is None and self.title == "textkg":  # no title given: say what the graph is of
            ids = sorted(self.documents)
            title = f"textkg · {ids[0]}" if len(ids) == 1 else f"textkg · {len(ids)} articles"
        write_html(self.to_networkx(), path, title=title or self.title)
        return path

    def serialize(self, format: str = "turtle") -> str | bytes:
        """The graph in an export format: turtle, ntriples, nquads, trig, jsonld, graphml, triples-json.

        Text formats come back as ``str``.
        """
        from textkg.outputs.export import export

        return export(self, format)

    def close(self) -> None:
        """Close the store."""
        self._cache = None
        self.store.close()

    def __enter__(self) -> "KnowledgeGraph":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"KnowledgeGraph({self.store!r})"


def run_with_timeout(store: "Store", sparql: str, *, union: bool = True, timeout: float,
                     on_done: "Callable[[], None] | None" = None) -> "QueryResult":
    """Run a query in a worker thread; raise QueryError if it has not finished after ``timeout`` s.

    The store releases the GIL while it evaluates, so the caller gets its answer (or the error)
    on time; a query already inside the database engine runs on in the background until its
    next result row, where it stops (an aggregate computes to its end first). ``on_done`` is
    called when the worker really ends, which lets a server cap the queries still running.
    """
    box: dict[str, Any] = {}
    deadline = time.monotonic() + timeout

    def work() -> None:
        try:
            box["result"] = store.query(sparql, union=union, deadline=deadline)
        except BaseException as exc:  # handed to the caller, without the frames: engine objects
            # (pyoxigraph's result iterators) must be dropped in the thread that made them
            box["error"] = type(exc)(*exc.args) if isinstance(exc, QueryError | StoreError) else QueryError(str(exc))
            exc.__traceback__ = None
            del exc
        finally:
            if on_done is not None:
                on_done()

    worker = threading.Thread(target=work, name="textkg-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise QueryError(f"the query ran longer than {timeout:g} s and was stopped; add a LIMIT or narrow it down")
    if "error" in box:
        raise box["error"]
    return box["result"]


def open_graph(location: "Store | str | Path | None" = None, **options: Any) -> KnowledgeGraph:
    """Open (or create) the knowledge graph at ``location``: a directory, an http(s) endpoint, None for memory."""
    return KnowledgeGraph(location, **options)
