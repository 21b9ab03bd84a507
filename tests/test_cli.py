"""The CLI contract, through real processes: build, export, query, view, exit codes, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from textkg_cli import EXAMPLE, run_textkg


pytestmark = pytest.mark.slow

FIVE = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 5"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
DOCS = "PREFIX prov: <http://www.w3.org/ns/prov#> SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a prov:Entity }"


def _count(store: Path, sparql: str = COUNT) -> int:
    result = run_textkg("query", "--store", str(store), sparql, "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    rows = json.loads(result.stdout)["results"]["bindings"]
    return int(rows[0]["n"]["value"])


def _one_line_error(result, *fragments: str) -> None:
    err = result.stderr.decode()
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err, err


@pytest.mark.parametrize("command", ["build", "export", "query", "view", "serve", "model"])
def test_help(command: str) -> None:
    result = run_textkg(command, "--help")
    assert result.returncode == 0
    assert b"usage: textkg " + command.encode() in result.stdout


def test_usage_error_exits_2() -> None:
    result = run_textkg("export", "--format", "xml")
    assert result.returncode == 2
    assert b"invalid choice" in result.stderr


def test_build_summary_and_query_in_new_process(example_store: Path) -> None:
    result = run_textkg("query", "--store", str(example_store), FIVE)
    assert result.returncode == 0, result.stderr.decode()
    lines = result.stdout.decode().strip().splitlines()
    assert lines[0].replace("|", " ").split() == ["s", "p", "o"]
    assert lines[-1] == "(5 rows)"


def test_build_prints_summary(tmp_path: Path) -> None:
    result = run_textkg("build", str(EXAMPLE), "--store", str(tmp_path / "kg"), "--html", str(tmp_path / "v.html"))
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert out.startswith("built 1 document(s): ")
    assert "entities" in out and "triples" in out
    assert (tmp_path / "v.html").stat().st_size > 10_000


def test_pipeline_directory_from_the_environment(tmp_path: Path) -> None:
    """A retrained pipeline given by path loads with its own components registered."""
    from textkg.pipelines import model_path

    result = run_textkg("build", str(EXAMPLE), "--store", str(tmp_path / "kg"),
                        env={"TEXTKG_PIPELINE_NL": str(model_path("nl"))})
    assert result.returncode == 0, result.stderr.decode()
    assert " 0 triples" not in result.stdout.decode()
    bad = run_textkg("build", str(EXAMPLE), "--store", str(tmp_path / "kg2"), env={"TEXTKG_PIPELINE_NL": str(tmp_path)})
    _one_line_error(bad, "TEXTKG_PIPELINE_NL")


def test_rebuild_replaces_instead_of_duplicating(tmp_path: Path) -> None:
    store = tmp_path / "kg"
    assert run_textkg("build", str(EXAMPLE), "--store", str(store)).returncode == 0
    first = _count(store)
    assert run_textkg("build", str(EXAMPLE), "--store", str(store)).returncode == 0
    assert _count(store) == first > 0


def test_stdin(tmp_path: Path) -> None:
    text = "Het Nederlandse bedrijf Philips verkoopt zijn televisiedivisie aan TPV. Dat zei topman Frans van Houten."
    result = run_textkg("build", "-", "--store", str(tmp_path / "kg"), input=text.encode())
    assert result.returncode == 0, result.stderr.decode()
    assert _count(tmp_path / "kg", DOCS) == 1


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("missing.txt", None, "no such file"),
        ("folder", "dir", "is a directory"),
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ],
)
def test_bad_input_is_one_line_naming_the_file(tmp_path: Path, name: str, content, message: str) -> None:
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    result = run_textkg("build", str(path), "--store", str(tmp_path / "kg"))
    assert result.returncode == 1
    _one_line_error(result, str(path), message)
    assert not (tmp_path / "kg").exists(), "nothing to build must not create a store"


def test_non_utf8_is_decoded_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "oud.txt"
    path.write_bytes("Het café in Zürich wordt gerund door Müller.".encode("cp1252"))
    result = run_textkg("build", str(path), "--store", str(tmp_path / "kg"))
    assert result.returncode == 0, result.stderr.decode()
    _one_line_error(result, str(path), "decoded as cp1252")


def test_good_inputs_survive_bad_ones_and_store_keeps_its_content(tmp_path: Path) -> None:
    store = tmp_path / "kg"
    assert run_textkg("build", str(EXAMPLE), "--store", str(store)).returncode == 0
    before = _count(store)
    other = tmp_path / "philips.txt"
    other.write_text("Philips verkoopt zijn televisiedivisie aan TPV, meldt het bedrijf uit Eindhoven.", encoding="utf-8")
    result = run_textkg("build", str(tmp_path / "nope.txt"), str(other), "--store", str(store))
    assert result.returncode == 1
    _one_line_error(result, "nope.txt", "1 of 2 input(s) skipped")
    assert _count(store, DOCS) == 2
    assert _count(store) > before


def test_query_errors_are_clear(example_store: Path) -> None:
    result = run_textkg("query", "--store", str(example_store), "SELECT WHERE {")
    assert result.returncode == 1
    _one_line_error(result, "error")
    missing = run_textkg("query", "--store", str(example_store.parent / "nothing"), FIVE)
    assert missing.returncode == 1
    _one_line_error(missing, "no store here")


def test_query_from_file_and_formats(example_store: Path, tmp_path: Path) -> None:
    rq = tmp_path / "q.rq"
    rq.write_text(FIVE, encoding="utf-8")
    for fmt, check in [
        ("csv", lambda out: out.splitlines()[0] == "s,p,o"),
        ("tsv", lambda out: out.splitlines()[0].split("\t") == ["?s", "?p", "?o"]),
        ("json", lambda out: len(json.loads(out)["results"]["bindings"]) == 5),
    ]:
        result = run_textkg("query", "--store", str(example_store), "--file", str(rq), "--format", fmt)
        assert result.returncode == 0, result.stderr.decode()
        assert check(result.stdout.decode()), (fmt, result.stdout.decode()[:300])


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "nquads", "trig", "jsonld", "graphml", "triples-json"])
def test_export_formats(example_store: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"kg.{fmt}"
    result = run_textkg("export", "--store", str(example_store), "--format", fmt, "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()
    assert out.stat().st_size > 1000


def test_triples_json_contract(example_store: Path) -> None:
    result = run_textkg("export", "--store", str(example_store), "--format", "triples-json")
    data = json.loads(result.stdout)
    assert {"id", "name", "type"} <= set(data["entities"][0])
    fields = {"subject", "relation", "object", "subject_id", "predicate", "object_id", "evidence", "document",
              "start", "end", "confidence", "qualifiers"}
    assert all(fields <= set(triple) for triple in data["triples"])
    text = EXAMPLE.read_text(encoding="utf-8")
    for triple in data["triples"]:
        assert text[triple["start"]:triple["end"]] == triple["evidence"]


def test_view_writes_offline_html(example_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "viewer.html"
    result = run_textkg("view", "--store", str(example_store), "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()
    html = out.read_text(encoding="utf-8")
    assert "Netflix" in html and "Sarandos" in html


def test_serve_answers_sparql_over_http_and_refuses_writes(example_store: Path) -> None:
    import re
    import subprocess
    import sys
    import urllib.error
    import urllib.parse
    import urllib.request

    server = subprocess.Popen(
        [sys.executable, "-m", "textkg.cli", "serve", "--store", str(example_store), "--port", "0"],
        stderr=subprocess.PIPE,
    )
    try:
        line = server.stderr.readline().decode()
        url = re.search(r"(http://127\.0\.0\.1:\d+/)sparql", line).group(1)
        request = urllib.request.Request(
            url + "sparql?" + urllib.parse.urlencode({"query": FIVE}),
            headers={"Accept": "application/sparql-results+json"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            assert len(json.loads(response.read())["results"]["bindings"]) == 5
        with urllib.request.urlopen(url, timeout=30) as response:
            assert b"Netflix" in response.read()
        update = urllib.request.Request(
            url + "sparql", data=b"update=DROP+ALL", headers={"Content-Type": "application/x-www-form-urlencoded"}
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(update, timeout=30)
        assert refused.value.code == 403
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert _count(example_store) > 0
