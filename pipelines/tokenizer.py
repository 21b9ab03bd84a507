"""Dutch tokenizer rules for textkg's pipeline."""

from __future__ import annotations

from spacy.language import Language

__all__ = ["customize_tokenizer"]


def customize_tokenizer(nlp: Language) -> None:
    """Placeholder."""
