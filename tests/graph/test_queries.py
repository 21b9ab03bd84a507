"""The five example queries (examples/queries/*.rq, shown in the README) answer their questions."""

from __future__ import annotations

from pathlib import Path

import pytest

QUERIES = Path(__file__).resolve().parents[2] / "examples" / "queries"


def _query(name: str) -> str:
    (path,) = QUERIES.glob(f"{name}*.rq")
    return path.read_text(encoding="utf-8")


@pytest.fixture
def full(kg, docs):
    kg.add(docs)
    return kg


def test_there_are_five(full):
    assert len(list(QUERIES.glob("*.rq"))) == 5


def test_who_leads_netflix(full):
    rows = full.query(_query("1-")).bindings()
    assert [r["leader"].value for r in rows] == ["Ted Sarandos"]
    assert rows[0]["relation"].value == "is CEO of"


def test_what_netflix_uses_ai_for(full):
    rows = full.query(_query("2-")).bindings()
    assert [(r["for"].value, r["using"].value) for r in rows] == [("visuele effecten", "AI")]
    assert rows[0]["evidence"].value == "Netflix gebruikt AI voor visuele effecten."


def test_who_said_what(full):
    rows = full.query(_query("3-")).values()
    assert [(who, said) for who, said, _ in rows] == [("Ted Sarandos", "AI kan creatieve mensen betere tools geven")]


def test_every_fact_with_its_evidence(full, docs):
    result = full.query(_query("4-"))
    assert result.variables == ["document", "subject", "relation", "object", "confidence", "evidence"]
    assert len(result) == sum(len(d.triples) for d in docs)
    got = {(r[0], r[2], r[5]) for r in result.values()}
    assert ("netflix_series_nl", "develops", "Netflix ontwikkelt tien nieuwe series met AI in Hollywood.") in got


def test_entities_in_more_than_one_article(full):
    rows = full.query(_query("5-")).values()
    assert {(r[1].lower(), r[2]) for r in rows} == {("netflix", "2"), ("ted sarandos", "2"), ("ai", "2")}


@pytest.mark.slow
def test_queries_run_on_the_real_example_graph(example_store):
    """On the example article built by the real pipeline, every query runs and the basics are found."""
    from textkg.kg import open_graph

    with open_graph(example_store) as kg:
        results = {path.name: kg.query(path.read_text(encoding="utf-8")) for path in sorted(QUERIES.glob("*.rq"))}
    assert all(r.kind == "select" for r in results.values())
    assert len(results["4-facts-with-evidence.rq"]) > 0
    purposes = {row[0] for row in results["2-what-netflix-uses-ai-for.rq"].values()}
    assert {"pre-visualisatie", "shotplanning", "visuele effecten"} <= purposes
    leaders = [row[1] for row in results["1-who-leads-netflix.rq"].values()]
    assert leaders == ["Ted Sarandos"]
    speakers = {row[0] for row in results["3-who-said-what.rq"].values()}
    assert "Ted Sarandos" in speakers


def test_readme_shows_the_queries_the_tests_run():
    readme = (QUERIES.parent.parent / "README.md").read_text(encoding="utf-8")
    for path in sorted(QUERIES.glob("*.rq")):
        assert path.read_text(encoding="utf-8").strip() in readme, f"README does not show {path.name} as it is"
