"""Write the model card (README.md + meta.json sources/notes) of a packaged pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["write_card"]


def write_card(out: Path, data: dict[str, Any], ud_model: Path | None = None, ner_model: Path | None = None) -> None:
    """Placeholder; filled in below."""
