"""The networkx view of a stored graph: the MultiDiGraph the viewer and GraphML export use.

Schema (the viewer relies on it exactly):

* node id: the entity IRI; a literal object gets node ``"literal:" + sha1(text)``.
* node attributes: ``label`` (str), ``type`` (an ENTITY_TYPES value, or VALUE / QUOTE for
  literals), ``aliases`` (list of str), ``documents`` (list of document ids).
* edge key: the statement IRI; edge attributes: ``predicate`` (relation id), ``label``
  (English), ``wording``, ``evidence``, ``document``, ``start``, ``end`` (sentence offsets),
  ``highlights`` (list of [start, end]), ``confidence`` (float), ``qualifiers`` (dict).
* graph attributes: ``documents`` ``{doc_id: {"source", "lang", "text_length", "built"}}`` and
  ``built`` (ISO time of the newest document).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textkg.facts import Entity

from ._convert import GraphData, literal_node_id
from .namespaces import Namespaces

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["to_networkx"]


def to_networkx(data: GraphData, ns: Namespaces) -> "nx.MultiDiGraph":
    """Build the MultiDiGraph view of ``data`` (see the module docstring for the schema)."""
    import networkx as nx

    g = nx.MultiDiGraph()
    g.graph["documents"] = {
        d.id: {"source": d.source, "lang": d.lang, "text_length": len(d.text), "built": data.built.get(d.id, "")}
        for d in data.documents
    }
    g.graph["built"] = max(data.built.values(), default="")
    for iri, info in sorted(data.entities.items()):
        g.add_node(iri, label=info.label, type=info.type, aliases=list(info.aliases), documents=list(info.documents))
    for doc in data.documents:
        for t in doc.triples:
            s = ns.entity(t.subject.key)
            if s not in g:
                g.add_node(s, label=t.subject.name, type=t.subject.type, aliases=list(t.subject.aliases), documents=[])
            _add_doc(g, s, doc.id)
            if isinstance(t.object, Entity):
                o = ns.entity(t.object.key)
                if o not in g:
                    g.add_node(o, label=t.object.name, type=t.object.type, aliases=list(t.object.aliases), documents=[])
            else:
                o = literal_node_id(t.object.text)
                if o not in g:
                    g.add_node(o, label=t.object.text, type="QUOTE" if t.object.kind == "quote" else "VALUE",
                               aliases=[], documents=[])
            _add_doc(g, o, doc.id)
            key = data.statement_ids.get(id(t)) or f"{doc.id}:{t.start}:{t.predicate}"
            g.add_edge(
                s, o, key=key,
                predicate=t.predicate, label=t.label, wording=t.wording, evidence=t.evidence, document=doc.id,
                start=t.start, end=t.end, highlights=[list(h) for h in t.highlights], confidence=t.confidence,
                qualifiers=dict(t.qualifiers),
            )
    return g


def _add_doc(g, node: str, doc_id: str) -> None:
    docs = g.nodes[node]["documents"]
    if doc_id not in docs:
        docs.append(doc_id)
        docs.sort()
