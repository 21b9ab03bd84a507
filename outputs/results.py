"""Formatting SPARQL query results for people and scripts: table, csv, tsv, json.

``textkg query --format`` uses :func:`format_result`. SELECT results become a table of IRIs
shortened with textkg's prefixes (table) or the standard SPARQL results formats (csv, tsv,
json); an ASK answer is ``true``/``false`` (json: the standard document); a CONSTRUCT/DESCRIBE
graph is Turtle for table, N-Triples for csv/tsv, JSON-LD for json.

>>> from pyoxigraph import Literal, NamedNode
>>> from textkg.graph.results import QueryResult
>>> r = QueryResult("select", ["p", "n"], [(NamedNode("https://textkg.org/ns#uses"), Literal("2"))])
>>> print(format_result(r, "table"), end="")
p        | n
---------+--
tkg:uses | 2
<BLANKLINE>
(1 row)
"""

from __future__ import annotations

import json
import unicodedata
from typing import TYPE_CHECKING, Any

from textkg.errors import ConfigError

if TYPE_CHECKING:
    from textkg.graph.results import QueryResult

__all__ = ["QUERY_FORMATS", "format_result", "term_text"]

QUERY_FORMATS = ("table", "csv", "tsv", "json")
_MAX_CELL = 80


def term_text(term: Any, prefixes: dict[str, str] | None = None) -> str:
    """A term as a short, readable string: ``tkg:uses``, ``<iri>``, ``text`` (no language tag), ``42``."""
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in (prefixes or {}).items():
            local = term.value[len(ns):]
            if term.value.startswith(ns) and local and all(c.isalnum() or c in "_-" for c in local):
                return f"{prefix}:{local}"
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        return term.value
    return str(term)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in text)


def _cell(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_CELL else text[: _MAX_CELL - 1] + "…"


def _table(result: "QueryResult") -> str:
    from textkg.graph.namespaces import PREFIXES

    prefixes = {k: v for k, v in PREFIXES.items() if k not in ("tkgrel", "tkgq")}
    header = list(result.variables)
    rows = [[_cell(term_text(t, prefixes)) for t in row] for row in result.rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        return " | ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)).rstrip()

    out = [line(header), "-+-".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    out.append(f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def format_result(result: "QueryResult", format: str = "table") -> str:
    """Render a query result as text in ``format``: table, csv, tsv or json (ending in a newline).

    Raises
    ------
    ConfigError
        For an unknown format.
    """
    if format not in QUERY_FORMATS:
        raise ConfigError(f"unknown query output format {format!r}; use one of {', '.join(QUERY_FORMATS)}")
    if result.kind == "ask":
        if format == "json":
            return json.dumps(result.to_json()) + "\n"
        return "true\n" if result.boolean else "false\n"
    if result.kind == "graph":
        graph_format = {"table": "turtle", "csv": "ntriples", "tsv": "ntriples", "json": "jsonld"}[format]
        text = result.serialize(graph_format).decode("utf-8")
    elif format == "table":
        text = _table(result)
    elif format == "json":
        text = json.dumps(result.to_json(), ensure_ascii=False, indent=2)
    else:
        text = result.serialize(format).decode("utf-8")
    return text if text.endswith("\n") or not text else text + "\n"
