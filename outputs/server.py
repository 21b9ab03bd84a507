"""A read-only SPARQL 1.1 Protocol endpoint at ``/sparql`` and the viewer at ``/`` (stdlib only).

* ``GET /sparql?query=…``, ``POST /sparql`` with ``application/x-www-form-urlencoded``
  (``query=…``) or ``application/sparql-query``. The default graph is the union of all named
  graphs (pass ``union-default-graph=false`` to query the store's real default graph).
* Results by ``Accept``: SPARQL JSON (default), XML, CSV, TSV for SELECT/ASK; Turtle (default),
  N-Triples, RDF/XML, JSON-LD for CONSTRUCT/DESCRIBE. A ``format=json|xml|csv|tsv|turtle|…``
  parameter overrides ``Accept``.
* Read-only: SPARQL Update (``update=`` or ``application/sparql-update``), and ``PUT``,
  ``DELETE``, ``PATCH`` are refused with 403.
* A query that runs longer than ``timeout`` seconds gets 503 and a message saying so.
* Bound to 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import re
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from textkg.errors import ConfigError, QueryError, TextkgError

if TYPE_CHECKING:
    from textkg.kg import KnowledgeGraph

__all__ = ["SparqlServer", "make_server", "serve"]

_RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
_GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/rdf+xml": "rdfxml",
    "application/ld+json": "jsonld",
}
_MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
          "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
          "turtle": "text/turtle; charset=utf-8", "ntriples": "application/n-triples",
          "rdfxml": "application/rdf+xml", "jsonld": "application/ld+json"}
_MAX_BODY = 1 << 20
_PROLOGUE = re.compile(r"(?:\s+|#[^\n]*\n?|(?i:PREFIX)\s+[^:\s]*:\s*<[^>]*>|(?i:BASE)\s*<[^>]*>)*")
_UPDATE_WORDS = re.compile(r"(?i)(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b")


def _is_update(text: str) -> bool:
    rest = text[_PROLOGUE.match(text).end():]
    return bool(_UPDATE_WORDS.match(rest))


def _accepted(header: str, table: dict[str, str]) -> str | None:
    """The format name best matching an Accept header, None if none fits; default: first in table."""
    if not header.strip():
        return next(iter(table.values()))
    choices = []
    for i, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        choices.append((-q, i, media))
    for neg_q, _, media in sorted(choices):
        if neg_q == 0:
            break
        if media in table:
            return table[media]
        if media in ("*/*", "application/*", "text/*"):
            if media == "*/*":
                return next(iter(table.values()))
            for m, name in table.items():
                if m.startswith(media[:-1]):
                    return name
    return None


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server; ``url`` is its address once bound."""

    daemon_threads = True

    def __init__(self, kg: "KnowledgeGraph", host: str, port: int, timeout: float, title: str,
                 max_queries: int = 4) -> None:
        self.kg = kg
        self.query_timeout = timeout
        # queries running at once, counting those cut off but still finishing in the engine
        self.query_slots = threading.BoundedSemaphore(max_queries)
        self.title = title
        self._html: bytes | None = None
        self._html_lock = threading.Lock()
        super().__init__((host, port), _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in str(host) else host
        return f"http://{host}:{port}/"

    def viewer_html(self) -> bytes:
        with self._html_lock:
            if self._html is None:
                with tempfile.TemporaryDirectory(prefix="textkg-view-") as tmp:
                    path = Path(tmp) / "index.html"
                    self.kg.to_html(path, title=self.title)
                    self._html = path.read_bytes()
            return self._html


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "textkg-sparql/1"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet unless asked
        if getattr(self.server, "verbose", False):
            super().log_message(format, *args)

    # -- plumbing ------------------------------------------------------------------------------
    def _send(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str, extra: dict[str, str] | None = None) -> None:
        self._send(status, (message.rstrip() + "\n").encode("utf-8"), "text/plain; charset=utf-8", extra)

    def _read_body(self) -> bytes | None:
        length = int(self.headers.get("Content-Length") or 0)
        if length > _MAX_BODY:
            self._error(413, f"request body larger than {_MAX_BODY} bytes")
            return None
        return self.rfile.read(length) if length else b""

    # -- methods -------------------------------------------------------------------------------
    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path in ("/", "/index.html"):
            try:
                html = self.server.viewer_html()
            except Exception as exc:  # the viewer is optional for the endpoint to work
                self._error(500, f"the viewer could not be built: {exc}")
                return
            self._send(200, html, "text/html; charset=utf-8")
            return
        if parts.path != "/sparql":
            self._error(404, f"no such page {parts.path}; the SPARQL endpoint is /sparql, the viewer /")
            return
        params = parse_qs(parts.query, keep_blank_values=True)
        if "update" in params:
            self._error(403, "this endpoint is read-only: SPARQL Update is refused")
            return
        if "query" not in params:
            self._error(400, "missing 'query' parameter: GET /sparql?query=SELECT…")
            return
        self._run(params["query"][0], params)

    do_HEAD = do_GET

    def do_POST(self) -> None:
        parts = urlsplit(self.path)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            self._error(403, "this endpoint is read-only: SPARQL Update is refused")
            return
        if parts.path != "/sparql":
            self._error(403 if parts.path in ("/", "/update", "/store") else 404,
                        f"{parts.path}: nothing to POST to; queries go to /sparql (read-only)")
            return
        body = self._read_body()
        if body is None:
            return
        params = parse_qs(parts.query, keep_blank_values=True)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            self._error(400, "the request body is not UTF-8")
            return
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(text, keep_blank_values=True)
            if "update" in form:
                self._error(403, "this endpoint is read-only: SPARQL Update is refused")
                return
            if "query" not in form:
                self._error(400, "missing 'query' field in the form")
                return
            params.update(form)
            query = form["query"][0]
        elif ctype == "application/sparql-query":
            query = text
        else:
            self._error(415, "POST a query as application/sparql-query or application/x-www-form-urlencoded")
            return
        self._run(query, params)

    def _refuse_write(self) -> None:
        self._read_body()
        self._error(403, f"this endpoint is read-only: {self.command} is refused")

    do_PUT = do_DELETE = do_PATCH = _refuse_write

    # -- the query -----------------------------------------------------------------------------
    def _run(self, query: str, params: dict[str, list[str]]) -> None:
        if _is_update(query):
            self._error(403, "this endpoint is read-only: SPARQL Update is refused")
            return
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            self._error(400, "default-graph-uri and named-graph-uri are not supported; use GRAPH in the query "
                             "(the default graph is the union of all graphs)")
            return
        union = params.get("union-default-graph", ["true"])[0].lower() not in ("false", "0", "no")
        from textkg.kg import run_with_timeout

        slots = self.server.query_slots
        if not slots.acquire(timeout=self.server.query_timeout):
            self._error(503, "the server is busy with earlier queries (some ran too long and are still finishing); "
                             "try again shortly", {"Retry-After": "5"})
            return
        try:
            result = run_with_timeout(self.server.kg.store, query, union=union, timeout=self.server.query_timeout,
                                      on_done=slots.release)
        except QueryError as exc:
            if "ran longer" in str(exc) or "ran too long" in str(exc):
                self._error(503, f"query timeout: {exc}", {"Retry-After": "0"})
            else:
                self._error(400, str(exc))
            return
        except TextkgError as exc:
            self._error(500, str(exc))
            return
        table = _GRAPH_TYPES if result.kind == "graph" else _RESULT_TYPES
        fmt = params.get("format", [None])[0]
        if fmt is not None and fmt not in table.values():
            self._error(400, f"format {fmt!r} does not fit this query; use one of {', '.join(sorted(set(table.values())))}")
            return
        fmt = fmt or _accepted(self.headers.get("Accept", ""), table)
        if fmt is None:
            self._error(406, "none of the Accept types can carry this result; accepted: " + ", ".join(table))
            return
        try:
            body = result.serialize(fmt)
        except Exception as exc:
            self._error(500, f"cannot serialise the result as {fmt}: {exc}")
            return
        self._send(200, body, _MEDIA[fmt], {"Vary": "Accept"})


def make_server(kg_or_store: Any, host: str = "127.0.0.1", port: int = 0, *, timeout: float = 30.0,
                title: str | None = None, max_queries: int = 4) -> SparqlServer:
    """Bind the server (port 0: any free port) without serving yet; ``serve_forever()`` runs it.

    Parameters
    ----------
    kg_or_store : KnowledgeGraph or Store
        What to answer queries from.
    host : str
        Interface to bind. Defaults to 127.0.0.1 (loopback only).
    port : int
        Port; 0 picks a free one. Defaults to 0.
    timeout : float
        Seconds a query may run before it is cut off with 503. Defaults to 30.
    title : str
        Title of the viewer page.
    max_queries : int
        Queries evaluated at once (a query cut off by the timeout counts until the engine lets
        go of it); further requests wait up to ``timeout``, then get 503. Defaults to 4.
    """
    from textkg.kg import KnowledgeGraph

    kg = kg_or_store if isinstance(kg_or_store, KnowledgeGraph) else KnowledgeGraph(kg_or_store)
    try:
        return SparqlServer(kg, host, port, timeout, title, max_queries)
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}; "
                          "choose another --port (0 picks a free one) or --host") from exc


def serve(kg_or_store: Any, host: str = "127.0.0.1", port: int = 0, *, timeout: float = 30.0,
          title: str | None = None, max_queries: int = 4, ready: Any = None) -> None:
    """Serve until interrupted (Ctrl-C); arguments as :func:`make_server`.

    Prints the endpoint URL on stderr; ``ready(server)`` is called once bound.
    """
    server = make_server(kg_or_store, host, port, timeout=timeout, title=title, max_queries=max_queries)
    print(f"textkg: SPARQL endpoint {server.url}sparql, viewer {server.url} (Ctrl-C stops)", file=sys.stderr,
          flush=True)
    if ready is not None:
        ready(server)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
