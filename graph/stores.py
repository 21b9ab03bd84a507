"""Where the graph lives: one small :class:`Store` interface and its three implementations.

=============  ==========================================  ===========================================
name           location                                    backend
=============  ==========================================  ===========================================
``oxigraph``   a directory (default ``./textkg-store``)    embedded on-disk pyoxigraph; transactional
``memory``     ``None`` or ``":memory:"``                  rdflib ``Dataset``; small graphs, tests
``sparql``     ``http(s)://…``                             any SPARQL 1.1 Query + Update endpoint
=============  ==========================================  ===========================================

:func:`open_store` picks one from the location. Other packages add stores through the
``textkg.stores`` entry-point group (name -> a class taking ``location`` and keyword options).
Backends are imported only when a store of that kind is opened.

Every write is atomic: :meth:`Store.extend` and :meth:`Store.update` either apply fully or not
at all (a ``kill -9`` in the middle of a build leaves the previous content readable). Terms are
pyoxigraph terms (``NamedNode``, ``Literal``, ``Quad``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from textkg.errors import ConfigError, QueryError, StoreError

from .results import QueryResult

if TYPE_CHECKING:
    from pyoxigraph import Quad

__all__ = ["Store", "OxigraphStore", "MemoryStore", "SparqlStore", "STORES", "open_store", "store_kind"]

# RDF dump formats: name -> pyoxigraph RdfFormat attribute.
_DUMP_FORMATS = {
    "nquads": "N_QUADS",
    "trig": "TRIG",
    "ntriples": "N_TRIPLES",
    "turtle": "TURTLE",
}


@runtime_checkable
class Store(Protocol):
    """What textkg needs from a quad store."""

    name: str
    location: str

    def query(self, sparql: str, *, union: bool = True, deadline: float | None = None) -> QueryResult:
        """Run a SPARQL 1.1 query; ``union``: the default graph is the union of all graphs."""

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 update atomically."""

    def extend(self, quads: Iterable["Quad"]) -> None:
        """Add quads atomically."""

    def quads(self, graph: str | None = None) -> Iterator["Quad"]:
        """Every quad of one named graph (``graph`` IRI) or of all named graphs."""

    def has_graph(self, graph: str) -> bool:
        """True if the named graph holds at least one quad."""

    def dump(self, format: str) -> bytes:
        """The whole dataset as ``nquads`` or ``trig`` (or one-graph formats, merged)."""

    def __len__(self) -> int:
        """Number of quads."""

    def close(self) -> None:
        """Release the store (flushes and unlocks an on-disk store)."""


def _one_line(exc: BaseException, limit: int = 160) -> str:
    """An engine error as one short line (pyoxigraph lists every expected token over many lines)."""
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _ox_format(format: str):
    import pyoxigraph as ox

    try:
        return getattr(ox.RdfFormat, _DUMP_FORMATS[format])
    except KeyError:
        raise ConfigError(f"unknown dump format {format!r}; use one of {', '.join(_DUMP_FORMATS)}") from None


class OxigraphStore:
    """An embedded Oxigraph database in a directory (created if missing).

    Parameters
    ----------
    location : str or Path
        The store directory.
    read_only : bool
        Open without taking the write lock (another process may have it open). Defaults to False.
    """

    name = "oxigraph"

    def __init__(self, location: str | Path, *, read_only: bool = False) -> None:
        import pyoxigraph as ox

        path = Path(location)
        self.location = str(path)
        self.read_only = read_only
        self._store = None
        try:
            if path.exists() and not path.is_dir():
                raise StoreError(f"store {path}: is a file, not a store directory; give a directory path")
            if path.is_dir() and any(path.iterdir()) and not (path / "CURRENT").exists():
                raise StoreError(
                    f"store {path}: the directory is not empty and is not a textkg (Oxigraph) store; "
                    "give a new or existing store directory"
                )
            if read_only:
                if not (path / "CURRENT").exists():
                    raise StoreError(f"store {path}: no store there yet; build one with `textkg build`")
                self._store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as exc:
            text = " ".join(str(exc).split())
            hint = " (is another textkg process using it?)" if "lock" in text.lower() else ""
            raise StoreError(f"store {path}: cannot open: {text}{hint}") from exc

    def query(self, sparql: str, *, union: bool = True, deadline: float | None = None) -> QueryResult:
        from .results import from_pyoxigraph

        try:
            return from_pyoxigraph(self._db.query(sparql, use_default_graph_as_union=union), deadline)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {_one_line(exc)}") from exc
        except OSError as exc:
            raise StoreError(f"store {self.location}: query failed: {_one_line(exc)}") from exc

    def update(self, sparql: str) -> None:
        self._writable()
        try:
            self._db.update(sparql)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL update syntax error: {_one_line(exc)}") from exc
        except OSError as exc:
            raise StoreError(f"store {self.location}: update failed: {exc}") from exc

    def extend(self, quads: Iterable["Quad"]) -> None:
        self._writable()
        try:
            self._db.extend(quads)
        except OSError as exc:
            raise StoreError(f"store {self.location}: write failed: {exc}") from exc

    def bulk_extend(self, quads: Iterable["Quad"]) -> None:
        """Load many quads fast (not atomic: for a fresh store, e.g. an import)."""
        self._writable()
        self._db.bulk_extend(quads)

    def quads(self, graph: str | None = None) -> Iterator["Quad"]:
        import pyoxigraph as ox

        if graph is None:
            for quad in self._db.quads_for_pattern(None, None, None, None):
                if not isinstance(quad.graph_name, ox.DefaultGraph):
                    yield quad
        else:
            yield from self._db.quads_for_pattern(None, None, None, ox.NamedNode(graph))

    def has_graph(self, graph: str) -> bool:
        import pyoxigraph as ox

        return next(iter(self._db.quads_for_pattern(None, None, None, ox.NamedNode(graph))), None) is not None

    def dump(self, format: str) -> bytes:
        import pyoxigraph as ox

        fmt = _ox_format(format)
        if fmt.supports_datasets:
            return self._db.dump(format=fmt) or b""
        return ox.serialize((q.triple for q in self.quads()), format=fmt) or b""

    def __len__(self) -> int:
        return len(self._db)

    def flush(self) -> None:
        """Flush the database buffers to disk (committed transactions already survive a killed process)."""
        if not self.read_only:
            self._db.flush()

    def close(self) -> None:
        store = getattr(self, "_store", None)
        if store is not None:
            try:
                self.flush()
            except OSError:
                pass
            self._store = None
            del store

    @property
    def _db(self):
        if self._store is None:
            raise StoreError(f"store {self.location}: closed")
        return self._store

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.location}: opened read-only")

    def __repr__(self) -> str:
        return f"OxigraphStore({self.location!r})"


class MemoryStore:
    """An in-memory rdflib ``Dataset``: no persistence, fine for a few thousand triples."""

    name = "memory"

    def __init__(self, location: str | None = None) -> None:
        from rdflib import Dataset

        self.location = ":memory:"
        self.dataset = Dataset(default_union=True)

    def query(self, sparql: str, *, union: bool = True, deadline: float | None = None) -> QueryResult:
        from ._convert import from_rdflib

        self.dataset.default_union = union
        try:
            result = self.dataset.query(sparql)
        except Exception as exc:  # rdflib raises pyparsing errors and others
            raise QueryError(f"SPARQL query failed: {_one_line(exc)}") from exc
        if result.type == "ASK":
            return QueryResult("ask", boolean=bool(result.askAnswer))
        if result.type == "SELECT":
            variables = [str(v) for v in result.vars]
            rows = [tuple(None if t is None else from_rdflib(t) for t in row) for row in result]
            return QueryResult("select", variables=variables, rows=rows)
        import pyoxigraph as ox

        return QueryResult("graph", triples=[ox.Triple(*(from_rdflib(t) for t in triple)) for triple in result])

    def update(self, sparql: str) -> None:
        try:
            self.dataset.update(sparql)
        except Exception as exc:
            raise QueryError(f"SPARQL update failed: {_one_line(exc)}") from exc

    def extend(self, quads: Iterable["Quad"]) -> None:
        from ._convert import to_rdflib_quad

        self.dataset.addN(to_rdflib_quad(q, self.dataset) for q in list(quads))

    def quads(self, graph: str | None = None) -> Iterator["Quad"]:
        from rdflib import URIRef

        from ._convert import from_rdflib_quad

        ctx = None if graph is None else URIRef(graph)
        for s, p, o, g in self.dataset.quads((None, None, None, ctx)):
            if g is None or str(getattr(g, "identifier", g)) == "urn:x-rdflib:default":
                continue
            yield from_rdflib_quad(s, p, o, g)

    def has_graph(self, graph: str) -> bool:
        return next(self.quads(graph), None) is not None

    def dump(self, format: str) -> bytes:
        import pyoxigraph as ox

        fmt = _ox_format(format)
        if fmt.supports_datasets:
            return ox.serialize(self.quads(), format=fmt) or b""
        return ox.serialize((q.triple for q in self.quads()), format=fmt) or b""

    def __len__(self) -> int:
        return sum(1 for _ in self.quads())

    def close(self) -> None:
        pass

    def __repr__(self) -> str:
        return "MemoryStore()"


class SparqlStore:
    """A remote SPARQL 1.1 endpoint (Query and Update protocols), over HTTP(S).

    Parameters
    ----------
    location : str
        The query endpoint. For a server root (``http://host:7878/``, as ``oxigraph serve``
        exposes) ``/query`` and ``/update`` are used; a URL ending in ``/query`` updates at
        ``/update``; any other URL is used for both.
    update_endpoint : str, optional
        The update endpoint, when it cannot be derived from ``location``.
    timeout : float
        Seconds to wait for an answer. Defaults to 60.
    """

    name = "sparql"

    def __init__(self, location: str, *, update_endpoint: str | None = None, timeout: float = 60.0) -> None:
        from urllib.parse import urlsplit

        parts = urlsplit(location)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ConfigError(f"store {location!r}: not an http(s) URL")
        path = parts.path.rstrip("/")
        if path == "":
            root = location.rstrip("/")
            self.query_endpoint, self.update_endpoint = root + "/query", root + "/update"
        elif path.endswith("/query"):
            self.query_endpoint = location
            self.update_endpoint = location[: location.rfind("/query")] + "/update"
        else:
            self.query_endpoint = self.update_endpoint = location
        if update_endpoint:
            self.update_endpoint = update_endpoint
        self.location = location
        self.timeout = timeout

    def _post(self, url: str, body: str, content_type: str, accept: str, params: dict[str, str] | None = None):
        import urllib.error
        import urllib.request
        from urllib.parse import urlencode

        if params:
            url += ("&" if "?" in url else "?") + urlencode(params)
        req = urllib.request.Request(url, data=body.encode("utf-8"), method="POST",
                                     headers={"Content-Type": content_type, "Accept": accept})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.headers.get("Content-Type", ""), resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()
            msg = f"endpoint {url} answered {exc.code}: {_one_line(detail[0] if detail else exc.reason)}"
            raise (QueryError if exc.code == 400 else StoreError)(msg) from exc
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(f"endpoint {url}: cannot reach it: {getattr(exc, 'reason', exc)}") from exc

    def query(self, sparql: str, *, union: bool = True, deadline: float | None = None) -> QueryResult:
        import pyoxigraph as ox

        from .results import from_pyoxigraph

        params = {"union-default-graph": ""} if union else None
        ctype, data = self._post(self.query_endpoint, sparql, "application/sparql-query; charset=utf-8",
                                 "application/sparql-results+json, application/n-triples;q=0.9", params)
        ctype = ctype.split(";")[0].strip()
        if ctype == "application/sparql-results+json":
            return from_pyoxigraph(ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON), deadline)
        fmt = ox.RdfFormat.from_media_type(ctype)
        if fmt is None:
            raise StoreError(f"endpoint {self.query_endpoint}: unexpected answer type {ctype!r}")
        return QueryResult("graph", triples=[q.triple for q in ox.parse(data, format=fmt)])

    def update(self, sparql: str) -> None:
        self._post(self.update_endpoint, sparql, "application/sparql-update; charset=utf-8", "*/*")

    def extend(self, quads: Iterable["Quad"]) -> None:
        from .build import insert_data

        text = insert_data(quads)
        if text:
            self.update(text)

    def quads(self, graph: str | None = None) -> Iterator["Quad"]:
        import pyoxigraph as ox

        if graph is None:
            q = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
        else:
            q = f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} VALUES ?g {{ {ox.NamedNode(graph)} }} }}"
        for s, p, o, g in self.query(q, union=False).rows:
            yield ox.Quad(s, p, o, g)

    def has_graph(self, graph: str) -> bool:
        import pyoxigraph as ox

        return bool(self.query(f"ASK {{ GRAPH {ox.NamedNode(graph)} {{ ?s ?p ?o }} }}", union=False))

    def dump(self, format: str) -> bytes:
        import pyoxigraph as ox

        fmt = _ox_format(format)
        quads = list(self.quads())
        if fmt.supports_datasets:
            return ox.serialize(quads, format=fmt) or b""
        return ox.serialize((q.triple for q in quads), format=fmt) or b""

    def __len__(self) -> int:
        r = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", union=False)
        return int(r.rows[0][0].value)

    def close(self) -> None:
        pass

    def __repr__(self) -> str:
        return f"SparqlStore({self.location!r})"


# Built-in stores: name -> "module:Class", imported when used (rdflib's plugin.register style).
STORES: dict[str, str] = {
    "oxigraph": "textkg.graph.stores:OxigraphStore",
    "memory": "textkg.graph.stores:MemoryStore",
    "sparql": "textkg.graph.stores:SparqlStore",
}


def _registered() -> dict[str, Any]:
    found: dict[str, Any] = dict(STORES)
    try:
        for ep in metadata.entry_points(group="textkg.stores"):
            found.setdefault(ep.name, ep)
    except Exception:  # a broken third-party entry point must not break the built-ins
        pass
    return found


def store_kind(location: str | Path | None) -> str:
    """The store name :func:`open_store` picks for ``location``.

    >>> store_kind(None), store_kind("https://example.org/sparql"), store_kind("textkg-store")
    ('memory', 'sparql', 'oxigraph')
    """
    if location is None or str(location) == ":memory:":
        return "memory"
    if isinstance(location, str) and location.lower().startswith(("http://", "https://")):
        return "sparql"
    return "oxigraph"


def open_store(location: str | Path | None = None, *, kind: str | None = None, **options: Any) -> Store:
    """Open the store at ``location``: a directory, an http(s) endpoint, or None for memory.

    Parameters
    ----------
    location : str, Path or None
        Where the store is. Defaults to an in-memory store.
    kind : str, optional
        A registered store name, overriding the guess from ``location``.
    **options
        Passed to the store class (``read_only=True`` for ``oxigraph``...).

    Raises
    ------
    ConfigError
        ``kind`` is not a registered store (the message lists those that are).
    StoreError
        The store cannot be opened.
    """
    kind = kind or store_kind(location)
    registry = _registered()
    if kind not in registry:
        raise ConfigError(f"unknown store {kind!r}; registered stores: {', '.join(sorted(registry))}")
    target = registry[kind]
    if isinstance(target, str):
        import importlib

        module, _, attr = target.partition(":")
        cls = getattr(importlib.import_module(module), attr)
    else:
        cls = target.load()
    if location is not None and not isinstance(location, (str, os.PathLike)):
        raise ConfigError(f"store location must be a path or URL, not {type(location).__name__}")
    return cls(location, **options) if kind != "memory" else cls(None if location is None else str(location), **options)
