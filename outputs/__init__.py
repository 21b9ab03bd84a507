"""textkg.outputs: exports (RDF formats, JSON-LD, GraphML, triples-json), query result
formatting, the SPARQL server, and the HTML viewer.

Public names are imported on first use, so ``import textkg.outputs`` stays light.
"""

from __future__ import annotations

from textkg._lazy import lazy_exports

__all__ = [
    "EXPORTERS",
    "FORMATS",
    "export",
    "write_export",
    "QUERY_FORMATS",
    "format_result",
    "serve",
    "make_server",
    "write_html",
]

_WHERE = {
    "EXPORTERS": "export",
    "FORMATS": "export",
    "export": "export",
    "write_export": "export",
    "QUERY_FORMATS": "results",
    "format_result": "results",
    "serve": "server",
    "make_server": "server",
    "write_html": "html",
}

__getattr__, __dir__ = lazy_exports(__name__, _WHERE, __all__)
