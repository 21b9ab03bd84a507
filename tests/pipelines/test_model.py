"""The shipped Dutch pipeline: real analyses of real Dutch sentences (no corpora needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from textkg.errors import ModelError
from textkg.pipelines import available, load, model_path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "netflix_ai_nl.txt"


def _tok(doc, text: str):
    return next(t for t in doc if t.text == text)


def test_shipped_and_cached(nlp) -> None:
    assert "nl" in available()
    assert load("nl") is nlp
    assert {"tok2vec", "morphologizer", "parser", "trainable_lemmatizer", "ner"} <= set(nlp.pipe_names)


def test_small_enough() -> None:
    size = sum(f.stat().st_size for f in model_path("nl").rglob("*") if f.is_file())
    assert size <= 30 * 1024 * 1024


def test_model_card_names_data_and_terms() -> None:
    card = (model_path("nl") / "README.md").read_text(encoding="utf8")
    assert "research use only" in card and "CC BY-SA 4.0" in card
    assert "ned.train" in card and "nl_alpino-ud-dev.conllu" in card


def test_unknown_language_is_a_model_error() -> None:
    with pytest.raises(ModelError, match="available"):
        load("xx")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tools als Google’s VEO 3 en OpenAI's Sora 2.", ["Tools", "als", "Google", "’s", "VEO", "3", "en", "OpenAI", "'s", "Sora", "2", "."]),
        ("“AI maakt je niet beter”, zei hij.", ["“", "AI", "maakt", "je", "niet", "beter", "”", ",", "zei", "hij", "."]),
        ("Hij kocht twee auto’s en drie foto's.", ["Hij", "kocht", "twee", "auto’s", "en", "drie", "foto's", "."]),
        ("Het bedrijf—Netflix—groeit.", ["Het", "bedrijf", "—", "Netflix", "—", "groeit", "."]),
        ("Zie https://www.netflix.com/nl/ voor meer.", ["Zie", "https://www.netflix.com/nl/", "voor", "meer", "."]),
        ("Voor film- en tv-makers.", ["Voor", "film-", "en", "tv-makers", "."]),
        ("Hij zei:\"nee\".", ["Hij", "zei", ":", '"', "nee", '"', "."]),
    ],
    ids=["possessive", "curly-quotes", "apostrophe-plural", "em-dash", "url", "truncated-compound", "colon-quote"],
)
def test_tokenizer(nlp, text: str, expected: list[str]) -> None:
    assert [t.text for t in nlp(text)] == expected


def test_curly_quotes_get_straight_norms(nlp) -> None:
    doc = nlp("“Het is Google’s beurt”, zei ‘hij’.")
    assert [t.norm_ for t in doc if t.text in "“”‘’’s"] == ['"', "'s", '"', "'", "'"]
