"""textkg's own spaCy pipelines, shipped inside the package and loaded offline.

>>> from textkg.pipelines import load
>>> nlp = load("nl")            # doctest: +SKIP
>>> [e.text for e in nlp("Ted Sarandos leidt Netflix.").ents]  # doctest: +SKIP
['Ted Sarandos', 'Netflix']

Training (``textkg.pipelines.train.train``), evaluation (``textkg.pipelines.evaluate.evaluate`` and
``format_table``) and conversion (``textkg.pipelines.convert``) live in their own modules, so
``load`` does not import the training code.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["load", "load_from", "model_path", "available"]

_HERE = Path(__file__).resolve().parent
_LANGS = ("nl",)


def model_path(lang: str = "nl") -> Path:
    """The directory the shipped pipeline for ``lang`` is loaded from (``pipelines/<lang>``)."""
    return _HERE / lang


def available() -> list[str]:
    """Languages whose pipeline is shipped (the model directory holds a ``config.cfg``)."""
    return [lang for lang in _LANGS if (model_path(lang) / "config.cfg").is_file()]


@lru_cache(maxsize=None)
def load(lang: str = "nl") -> "Language":
    """Load the shipped pipeline for ``lang`` (cached: one instance per language and process).

    lang (str): language code; only ``"nl"`` ships. Defaults to ``"nl"``.
    RETURNS (Language): the spaCy pipeline.
    Raises ModelError if the language has no shipped pipeline or it cannot be loaded.
    """
    from textkg.errors import ModelError

    path = model_path(lang)
    if lang not in _LANGS or not (path / "config.cfg").is_file():
        raise ModelError(
            f"no shipped spaCy pipeline for language {lang!r} (looked in {path}); "
            f"available: {available() or 'none'}"
            + (f". Build it with `textkg model train --lang {lang}`." if lang in _LANGS else ".")
        )
    try:
        return load_from(path)
    except Exception as e:  # noqa: BLE001 - re-raised with the path and the fix
        raise ModelError(f"cannot load the spaCy pipeline in {path}: {e}. Re-install textkg or retrain it.") from e


def load_from(path: str | Path) -> "Language":
    """Load a pipeline directory written by ``textkg model train`` (registers its components first)."""
    import spacy

    from . import consistency, lemma_lookup, pos_rules, sentence_bounds, tokenizer, word_classes  # noqa: F401 - register components

    return spacy.load(path)

