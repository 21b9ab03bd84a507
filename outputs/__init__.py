"""textkg.outputs: exports (RDF formats, JSON-LD, GraphML, triples-json), query result
formatting, the SPARQL server, and the HTML viewer.

Public names are imported on first use, so ``import textkg.outputs`` stays light.
"""

from __future__ import annotations

import importlib
from typing import Any

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


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
