"""Input that is not a tidy Dutch article: no crash, sensible output, a warning where input was skipped."""

from __future__ import annotations

from extractor_fixtures import nlp, run  # noqa: F401  (pytest fixtures)

import pytest

from textkg.errors import InputError, ModelError
from textkg.extractors import ExtractionWarning, detect_language, extract


@pytest.mark.parametrize("text", ["", "   \n\n ", "...!!! 123 ---", "\u200b\u200b"])
def test_text_without_sentences_gives_empty_document_and_warning(nlp, text):
    with pytest.warns(ExtractionWarning):
        doc = extract(text, nlp=nlp)
    assert doc.triples == [] and doc.entities == [] and doc.warnings


def test_html_is_stripped_with_warning(nlp):
    html = ("<html><head><script>var x = 'Shell gebruikt bommen';</script><style>p{}</style></head>"
            "<body><h1>Nieuws</h1><p>Shell gebruikt software voor inspecties.</p><p>Het bedrijf groeit.</p></body></html>")
    with pytest.warns(ExtractionWarning, match="HTML"):
        doc = extract(html, nlp=nlp)
    assert "<p>" not in doc.text and "var x" not in doc.text
    assert any(t.subject.name == "Shell" for t in doc.triples)
    assert all(doc.text[t.start:t.end] == t.evidence for t in doc.triples)


def test_english_without_english_pipeline(nlp):
    from textkg.extractors import _available

    if _available("en"):
        pytest.skip("an English pipeline is installed")
    with pytest.raises(ModelError, match="en"):
        extract("Shell uses software for inspections.", lang="en")
    with pytest.warns(ExtractionWarning, match="English"):
        doc = extract("The company said that it was not going to use the software in the winter.", nlp=nlp)
    assert doc.lang == "nl"


def test_mixed_language_warns(nlp):
    text = ("Shell gebruikt software voor de inspectie van de pijpleidingen in de Noordzee.\n\n"
            "The company said that it will use the software for all of its inspections next year.\n\n"
            "Het bedrijf zegt dat het daarmee veel geld bespaart op de kosten van onderhoud.")
    with pytest.warns(ExtractionWarning, match="mixed"):
        extract(text, nlp=nlp)


def test_detect_language():
    assert detect_language("De kat zit op de mat en het is niet koud.") == "nl"
    assert detect_language("The cat is on the mat and it is not cold.") == "en"


def test_unknown_language_code_raises():
    with pytest.raises(ModelError):
        extract("Tekst.", lang="fr")


_PARA = ("Shell gebruikt software voor inspecties van pijpleidingen. Het bedrijf zegt dat de kosten dalen. "
         "Volgens Jan Peters investeert Shell in waterstof.\n\n")


@pytest.mark.slow
def test_parallel_parsing_gives_the_same_document(nlp):
    text = _PARA * (70_000 // len(_PARA))  # three chunks
    one, two = extract(text, nlp=nlp), extract(text, nlp=nlp, n_process=2)
    assert one.triples and [(t.subject.key, t.predicate, t.start, t.end) for t in one.triples] == \
        [(t.subject.key, t.predicate, t.start, t.end) for t in two.triples]
    assert [e.key for e in one.entities] == [e.key for e in two.entities]
    assert nlp.disabled == []  # the extraction components are back on
    with pytest.raises(InputError):
        extract(text, nlp=nlp, n_process=0)


@pytest.mark.slow
def test_five_megabyte_article(nlp):
    text = _PARA * (5_000_000 // len(_PARA) + 1)
    assert len(text) >= 5_000_000
    doc = extract(text, nlp=nlp, n_process=2)  # parsing in two processes, as `textkg build --jobs 2`
    assert doc.triples and doc.text == text
    t = doc.triples[-1]
    assert text[t.start:t.end] == t.evidence
    # one node per real thing across chunks
    assert len([e for e in doc.entities if e.name == "Shell"]) == 1
