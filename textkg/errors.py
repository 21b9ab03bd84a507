"""textkg's exceptions: one base class, so a caller (or the CLI) can catch every user-facing error.

Messages say what happened, where (file, line, offset) and what to do; the CLI prints them as one
line and exits 1 (input errors) or 2 (usage errors).
"""

from __future__ import annotations

__all__ = ["TextkgError", "InputError", "ConfigError", "ExtractorError", "ModelError", "StoreError", "QueryError", "ExportError"]


class TextkgError(Exception):
    """Base class of every error textkg raises on purpose."""

    exit_code = 1


class InputError(TextkgError):
    """An article could not be read: missing, a directory, empty, binary, undecodable."""


class ConfigError(TextkgError):
    """An option or configuration value is invalid (unknown store, format, language...)."""

    exit_code = 2


class ExtractorError(TextkgError):
    """Extraction failed on a document."""


class ModelError(TextkgError):
    """A spaCy pipeline is missing or cannot be loaded."""


class StoreError(TextkgError):
    """The store cannot be opened, read or written."""


class QueryError(TextkgError):
    """A SPARQL query is malformed, refused, or ran too long."""


class ExportError(TextkgError):
    """A graph cannot be serialised in the requested format."""
