"""textkg.graph: the RDF model, IRIs, stores, merging and the networkx view.

Public names are imported on first use, so ``import textkg.graph`` does not load pyoxigraph or
rdflib.
"""

from __future__ import annotations

from textkg._lazy import lazy_exports

__all__ = [
    "Namespaces",
    "DEFAULT_BASE",
    "Store",
    "OxigraphStore",
    "MemoryStore",
    "SparqlStore",
    "open_store",
    "QueryResult",
    "AddStats",
    "add_documents",
    "remove_documents",
    "documents_from_quads",
    "document_quads",
    "to_networkx",
    "vocabulary_graph",
    "write_vocabulary",
]

_WHERE = {
    "Namespaces": "namespaces",
    "DEFAULT_BASE": "namespaces",
    "Store": "stores",
    "OxigraphStore": "stores",
    "MemoryStore": "stores",
    "SparqlStore": "stores",
    "open_store": "stores",
    "QueryResult": "results",
    "AddStats": "build",
    "add_documents": "build",
    "remove_documents": "build",
    "documents_from_quads": "_convert",
    "document_quads": "_convert",
    "to_networkx": "nxview",
    "vocabulary_graph": "ontology",
    "write_vocabulary": "ontology",
}

__getattr__, __dir__ = lazy_exports(__name__, _WHERE, __all__)
