"""The result of a SPARQL query, the same whatever store answered it.

A :class:`QueryResult` is materialised (a list of rows), so it can be iterated twice, counted,
formatted as a table and serialised in every SPARQL results format. Terms are pyoxigraph terms.

>>> from pyoxigraph import Literal
>>> r = QueryResult("select", variables=["x"], rows=[(Literal("a"),)])
>>> r.serialize("csv")
b'x\\r\\na\\r\\n'
>>> QueryResult("ask", boolean=True).serialize("json")
b'{"head": {}, "boolean": true}'
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from textkg.errors import ConfigError, QueryError

__all__ = ["QueryResult", "RESULT_FORMATS", "GRAPH_FORMATS", "RESULT_MEDIA_TYPES", "from_pyoxigraph"]

# Tabular results (SELECT, ASK): format name -> media type.
RESULT_MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
RESULT_FORMATS = tuple(RESULT_MEDIA_TYPES)
# Graph results (CONSTRUCT, DESCRIBE): format name -> media type.
GRAPH_FORMATS = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml",
    "jsonld": "application/ld+json",
}


@dataclass
class QueryResult:
    """Rows of a SELECT, the answer of an ASK, or the triples of a CONSTRUCT/DESCRIBE.

    Attributes
    ----------
    kind : str
        ``"select"``, ``"ask"`` or ``"graph"``.
    variables : list of str
        SELECT variable names, in order (no ``?``).
    rows : list of tuple
        One tuple per solution, aligned with ``variables``; an unbound variable is None.
    boolean : bool or None
        The ASK answer.
    triples : list of pyoxigraph.Triple
        The CONSTRUCT/DESCRIBE triples.
    """

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[Any] = field(default_factory=list)

    def __iter__(self) -> Iterator[Any]:
        if self.kind == "select":
            return iter(self.rows)
        if self.kind == "graph":
            return iter(self.triples)
        return iter([self.boolean])

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples) if self.kind == "graph" else 1

    def __bool__(self) -> bool:
        return bool(self.boolean) if self.kind == "ask" else len(self) > 0

    def bindings(self) -> list[dict[str, Any]]:
        """SELECT rows as dicts ``{variable: term}`` (unbound variables left out)."""
        return [{v: t for v, t in zip(self.variables, row) if t is not None} for row in self.rows]

    def values(self) -> list[tuple[Any, ...]]:
        """SELECT rows with terms turned into plain strings (IRI or lexical form), None if unbound."""
        return [tuple(None if t is None else t.value for t in row) for row in self.rows]

    # -- serialisation ----------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        """The SPARQL 1.1 Query Results JSON document (SELECT and ASK)."""
        if self.kind == "ask":
            return {"head": {}, "boolean": bool(self.boolean)}
        if self.kind != "select":
            raise ConfigError("a CONSTRUCT/DESCRIBE result is a graph: serialise it as turtle, ntriples, rdfxml or jsonld")
        return {
            "head": {"vars": list(self.variables)},
            "results": {
                "bindings": [
                    {v: _json_term(t) for v, t in zip(self.variables, row) if t is not None} for row in self.rows
                ]
            },
        }

    def serialize(self, format: str = "json") -> bytes:
        """Serialise: json, xml, csv, tsv (SELECT/ASK) or turtle, ntriples, rdfxml, jsonld (graphs).

        Raises
        ------
        ConfigError
            For a format that does not fit the result kind.
        """
        import pyoxigraph as ox

        if self.kind == "graph":
            fmt = {
                "turtle": ox.RdfFormat.TURTLE,
                "ntriples": ox.RdfFormat.N_TRIPLES,
                "rdfxml": ox.RdfFormat.RDF_XML,
                "jsonld": ox.RdfFormat.JSON_LD,
            }.get(format)
            if fmt is None:
                raise ConfigError(f"format {format!r} does not fit a graph result; use one of {', '.join(GRAPH_FORMATS)}")
            return ox.serialize(self.triples, format=fmt) or b""
        if format not in RESULT_MEDIA_TYPES:
            raise ConfigError(f"format {format!r} does not fit a {self.kind.upper()} result; use one of {', '.join(RESULT_FORMATS)}")
        data = json.dumps(self.to_json(), ensure_ascii=False).encode("utf-8")
        if format == "json":
            return data
        if self.kind == "ask" and format in ("csv", "tsv"):
            return b"true\n" if self.boolean else b"false\n"  # no standard; the answer, on one line
        parsed = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
        target = {"xml": ox.QueryResultsFormat.XML, "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
        return parsed.serialize(format=target[format]) or b""


def _json_term(term) -> dict[str, str]:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    raise QueryError(f"cannot serialise term {term!r}")


def from_pyoxigraph(result: Any, deadline: float | None = None) -> QueryResult:
    """Materialise a pyoxigraph query result; stop with QueryError once ``deadline`` (monotonic) passes."""
    import pyoxigraph as ox

    if isinstance(result, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        rows = []
        for n, solution in enumerate(result):
            rows.append(tuple(solution[i] for i in range(len(variables))))
            if deadline is not None and n % 1024 == 0 and time.monotonic() > deadline:
                raise QueryError("the query ran too long and was stopped; add a LIMIT or narrow it down")
        return QueryResult("select", variables=variables, rows=rows)
    triples = []
    for n, triple in enumerate(result):
        triples.append(triple)
        if deadline is not None and n % 1024 == 0 and time.monotonic() > deadline:
            raise QueryError("the query ran too long and was stopped; add a LIMIT or narrow it down")
    return QueryResult("graph", triples=triples)

