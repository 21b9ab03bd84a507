"""Exports of a knowledge graph: RDF formats, JSON-LD, GraphML and triples-json.

==================  =======================================================================
format              content
==================  =======================================================================
``nquads``          every named graph (documents, shared entity descriptions), N-Quads
``trig``            the same, TriG with prefixes
``turtle``          the union of all graphs as one graph (graph names dropped), Turtle
``ntriples``        the same, N-Triples
``jsonld``          the dataset as JSON-LD, compacted with a ``@context`` of textkg prefixes
``graphml``         the networkx view; list and dict attributes as JSON strings
``triples-json``    ``{"entities": [...], "triples": [...]}`` with human-readable labels
``html``            the offline viewer page (``textkg.outputs.html``)
==================  =======================================================================

Text formats are returned as ``str``. Other packages add formats through the
``textkg.exporters`` entry-point group (name -> ``function(kg) -> str | bytes``).
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textkg.errors import ConfigError, ExportError
from textkg.facts import Entity
from textkg.graph.ontology import JSONLD_CONTEXT

if TYPE_CHECKING:
    from textkg.kg import KnowledgeGraph

__all__ = ["EXPORTERS", "FORMATS", "JSONLD_CONTEXT", "export", "write_export", "triples_json", "graphml"]

def _quads(kg: "KnowledgeGraph"):
    return list(kg.store.quads())


def _prefixes() -> dict[str, str]:
    from textkg.graph.namespaces import PREFIXES

    return dict(PREFIXES)


def _rdf(format_name: str, dataset: bool) -> Callable[["KnowledgeGraph"], str]:
    def run(kg: "KnowledgeGraph") -> str:
        import pyoxigraph as ox

        fmt = getattr(ox.RdfFormat, format_name)
        quads = _quads(kg)
        items = quads if dataset else list(dict.fromkeys(q.triple for q in quads))
        prefixes = _prefixes() if format_name in ("TURTLE", "TRIG") else None
        return (ox.serialize(items, format=fmt, prefixes=prefixes) or b"").decode("utf-8")

    run.__name__ = format_name.lower()
    return run


def jsonld(kg: "KnowledgeGraph") -> str:
    """The dataset as JSON-LD with the textkg ``@context`` (via rdflib)."""
    ds = kg.rdf
    return ds.serialize(format="json-ld", context=JSONLD_CONTEXT, auto_compact=True)


def _json_attr(value: Any) -> Any:
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if value is None:
        return ""
    return value


def graphml(kg: "KnowledgeGraph") -> str:
    """The networkx view as GraphML; list/dict attributes (aliases, qualifiers...) as JSON text."""
    import networkx as nx

    src = kg.to_networkx()
    g = nx.MultiDiGraph()
    g.graph.update({k: _json_attr(v) for k, v in src.graph.items()})
    for node, attrs in src.nodes(data=True):
        g.add_node(node, **{k: _json_attr(v) for k, v in attrs.items()})
    for u, v, key, attrs in src.edges(keys=True, data=True):
        g.add_edge(u, v, key=key, **{k: _json_attr(v) for k, v in attrs.items()})
    buf = io.BytesIO()
    nx.write_graphml_xml(g, buf, encoding="utf-8")
    return buf.getvalue().decode("utf-8")


def read_graphml(text: str) -> "Any":
    """Parse :func:`graphml` output back into the networkx view (JSON attributes decoded)."""
    import networkx as nx

    g = nx.read_graphml(io.BytesIO(text.encode("utf-8")), force_multigraph=True)
    json_node = ("aliases", "documents")
    json_edge = ("highlights", "qualifiers")
    for _, attrs in g.nodes(data=True):
        for k in json_node:
            if k in attrs:
                attrs[k] = json.loads(attrs[k])
    for _, _, attrs in g.edges(data=True):
        for k in json_edge:
            if k in attrs:
                attrs[k] = json.loads(attrs[k])
    if "documents" in g.graph:
        g.graph["documents"] = json.loads(g.graph["documents"])
    return g


def triples_json_data(kg: "KnowledgeGraph") -> dict[str, Any]:
    """The triples-json document as Python data."""
    from textkg.graph._convert import literal_node_id

    data = kg._data()
    entities = [
        {"id": info.iri, "name": info.label, "type": info.type, "aliases": list(info.aliases),
         "documents": list(info.documents)}
        for info in sorted(data.entities.values(), key=lambda i: i.key)
    ]
    names = {info.iri: info.label for info in data.entities.values()}
    triples = []
    for doc in data.documents:
        for t in doc.triples:
            s_id = kg.ns.entity(t.subject.key)
            if isinstance(t.object, Entity):
                o_id = kg.ns.entity(t.object.key)
                o_name = names.get(o_id, t.object.name)
            else:
                o_id = literal_node_id(t.object.text)
                o_name = t.object.text
            triples.append({
                "id": data.statement_ids.get(id(t), ""),
                "subject": names.get(s_id, t.subject.name),
                "relation": t.label,
                "object": o_name,
                "subject_id": s_id,
                "predicate": t.predicate,
                "object_id": o_id,
                "object_type": t.object.type if isinstance(t.object, Entity) else t.object.kind,
                "evidence": t.evidence,
                "document": t.document,
                "start": t.start,
                "end": t.end,
                "confidence": t.confidence,
                "qualifiers": dict(t.qualifiers),
                "wording": t.wording,
                "highlights": [list(h) for h in t.highlights],
            })
    return {"entities": entities, "triples": triples}


def triples_json(kg: "KnowledgeGraph") -> str:
    """``{"entities": [{"id","name","type","aliases"}...], "triples": [{"subject","relation",...}]}``."""
    return json.dumps(triples_json_data(kg), ensure_ascii=False, indent=2) + "\n"


def html(kg: "KnowledgeGraph") -> str:
    """The offline HTML viewer (``textkg.outputs.html``) as one string."""
    from textkg.outputs.html import render_html

    return render_html(kg.to_networkx(), title=kg.title)


EXPORTERS: dict[str, Callable[["KnowledgeGraph"], str | bytes]] = {
    "turtle": _rdf("TURTLE", dataset=False),
    "ntriples": _rdf("N_TRIPLES", dataset=False),
    "nquads": _rdf("N_QUADS", dataset=True),
    "trig": _rdf("TRIG", dataset=True),
    "jsonld": jsonld,
    "graphml": graphml,
    "triples-json": triples_json,
    "html": html,
}
FORMATS = tuple(EXPORTERS)
# File extension of each format (for -o guesses and downloads).
EXTENSIONS = {"turtle": ".ttl", "ntriples": ".nt", "nquads": ".nq", "trig": ".trig", "jsonld": ".jsonld",
              "graphml": ".graphml", "triples-json": ".json", "html": ".html"}


def _registered() -> dict[str, Any]:
    found: dict[str, Any] = dict(EXPORTERS)
    try:
        for ep in metadata.entry_points(group="textkg.exporters"):
            found.setdefault(ep.name, ep)
    except Exception:
        pass
    return found


def export(kg: "KnowledgeGraph", format: str) -> str | bytes:
    """Serialise ``kg`` in ``format`` (see the module docstring).

    Raises
    ------
    ConfigError
        Unknown format (the message lists the registered ones).
    ExportError
        The graph cannot be written in that format.
    """
    registry = _registered()
    fn = registry.get(format)
    if fn is None:
        raise ConfigError(f"unknown export format {format!r}; formats: {', '.join(registry)}")
    if not callable(fn):
        fn = fn.load()
    try:
        return fn(kg)
    except (ConfigError, ExportError):
        raise
    except Exception as exc:
        raise ExportError(f"cannot export the graph as {format}: {exc}") from exc


def write_export(kg: "KnowledgeGraph", format: str, path: str | Path) -> Path:
    """Write ``export(kg, format)`` to ``path``; returns the path."""
    data = export(kg, format)
    path = Path(path)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path
