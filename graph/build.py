"""Merging documents into a store: one transaction per document, re-ingest replaces.

Adding a document that is not in the store yet is one atomic ``extend``: its named graph plus
its contributions to the shared entity descriptions (adding only ever adds to a union). Adding
a document that is already there (same ``Document.id``) is one atomic SPARQL update that drops
its old graph, inserts the new one and recomputes the shared description of every entity the old
or the new version mentions from the documents that still mention it. So building the same
article twice leaves the same triples, and a changed article leaves no stale labels or aliases;
an entity no document mentions any more disappears. Writers are assumed to be one at a time
(the on-disk store is locked by the process that opened it for writing).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from textkg.facts import Document

from ._convert import description_quads, document_quads, entity_contributions
from .namespaces import SCHEMA, TKG, Namespaces

if TYPE_CHECKING:
    from pyoxigraph import Quad

    from .stores import Store

__all__ = ["AddStats", "add_documents", "remove_documents", "insert_data", "now_iso"]


@dataclass
class AddStats:
    """What :func:`add_documents` did."""

    added: list[str]  # ids of documents new to the store
    replaced: list[str]  # ids of documents that were already there
    quads: int  # quads written for the documents' graphs


def now_iso() -> str:
    """The current UTC time, ISO 8601, seconds."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def insert_data(quads: Iterable["Quad"]) -> str:
    """``INSERT DATA { GRAPH <g> { ... } ... }`` for quads (terms written by pyoxigraph, never by hand)."""
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        by_graph.setdefault(str(q.graph_name), []).append(f"{q.subject} {q.predicate} {q.object} .")
    if not by_graph:
        return ""
    parts = []
    for g, lines in by_graph.items():
        body = "\n".join(lines)
        parts.append(body if g == "DEFAULT" else f"GRAPH {g} {{\n{body}\n}}")
    return "INSERT DATA {\n" + "\n".join(parts) + "\n}"


def _values(iris: Iterable[str]) -> str:
    from pyoxigraph import NamedNode

    return " ".join(str(NamedNode(i)) for i in sorted(set(iris)))


def _recompute(store: "Store", ns: Namespaces, doc_iri: str, new_contrib: dict) -> tuple[str, list["Quad"]]:
    """Delete-clause and new description quads for entities of the old and new version of a doc."""
    from pyoxigraph import NamedNode

    ents = str(NamedNode(ns.entities_graph))
    d = str(NamedNode(doc_iri))
    old = store.query(
        f"SELECT ?e ?k WHERE {{ GRAPH {d} {{ {d} <{SCHEMA}mentions> ?e }} OPTIONAL {{ GRAPH {ents} {{ ?e <{TKG}key> ?k }} }} }}",
        union=False,
    )
    keys: dict[str, str | None] = {row[0].value: (row[1].value if row[1] is not None else None) for row in old.rows}
    keys.update({ns.entity(k): k for k in new_contrib})
    if not keys:
        return "", []
    values = _values(keys)
    others = store.query(
        f"SELECT ?e ?p ?v WHERE {{ VALUES ?e {{ {values} }} GRAPH ?g {{ ?e ?p ?v }} "
        f"FILTER(?g != {d} && ?g != {ents} && (?p = <{TKG}name> || ?p = <{TKG}alias>)) }}",
        union=False,
    )
    names: dict[str, set] = {iri: set() for iri in keys}
    aliases: dict[str, set] = {iri: set() for iri in keys}
    for e, p, v in others.rows:
        target = names if p.value == TKG + "name" else aliases
        target[e.value].add((v.value, v.language))
    for key, (n, a) in new_contrib.items():
        iri = ns.entity(key)
        names[iri] |= n
        aliases[iri] |= a
    quads: list[Quad] = []
    for iri, key in keys.items():
        if key is None or not names[iri]:
            continue  # no document mentions it any more: its description goes
        quads.extend(description_quads(ns, key, names[iri], aliases[iri]))
    delete = f"DELETE {{ GRAPH {ents} {{ ?e ?p ?o }} }} WHERE {{ VALUES ?e {{ {values} }} GRAPH {ents} {{ ?e ?p ?o }} }}"
    return delete, quads


def add_documents(
    store: "Store", documents: Iterable[Document], ns: Namespaces | None = None, *, built: str | None = None
) -> AddStats:
    """Merge documents into ``store``, one atomic write per document.

    Parameters
    ----------
    store : Store
        Where to write.
    documents : iterable of Document
        Extracted documents; one already in the store (same id) is replaced.
    ns : Namespaces, optional
        IRIs to mint. Defaults to ``Namespaces()``.
    built : str, optional
        ISO build time recorded on each document. Defaults to now.

    Returns
    -------
    AddStats
    """
    from pyoxigraph import NamedNode

    ns = ns or Namespaces()
    built = built or now_iso()
    stats = AddStats([], [], 0)
    for doc in documents:
        doc_iri = ns.document(doc.id)
        quads = document_quads(doc, ns, built)
        contrib = entity_contributions(doc)
        stats.quads += len(quads)
        if not store.has_graph(doc_iri):
            desc = [q for key, (n, a) in contrib.items() for q in description_quads(ns, key, n, a)]
            store.extend(quads + desc)
            stats.added.append(doc.id)
            continue
        delete, desc = _recompute(store, ns, doc_iri, contrib)
        ops = [op for op in (delete, f"DROP SILENT GRAPH {NamedNode(doc_iri)}", insert_data(quads + desc)) if op]
        store.update(" ;\n".join(ops))
        stats.replaced.append(doc.id)
    return stats


def remove_documents(store: "Store", doc_ids: Sequence[str], ns: Namespaces | None = None) -> list[str]:
    """Remove documents (their graphs and what they alone said about entities); returns removed ids."""
    from pyoxigraph import NamedNode

    ns = ns or Namespaces()
    removed = []
    for doc_id in doc_ids:
        doc_iri = ns.document(doc_id)
        if not store.has_graph(doc_iri):
            continue
        delete, desc = _recompute(store, ns, doc_iri, {})
        ops = [op for op in (delete, f"DROP SILENT GRAPH {NamedNode(doc_iri)}", insert_data(desc)) if op]
        store.update(" ;\n".join(ops))
        removed.append(doc_id)
    return removed
