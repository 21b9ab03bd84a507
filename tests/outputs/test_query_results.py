"""`textkg query` output formats: table, csv, tsv, json for SELECT, ASK and CONSTRUCT."""

from __future__ import annotations

import csv
import io
import json

import pytest

from textkg.errors import ConfigError
from textkg.outputs.results import QUERY_FORMATS, format_result

SELECT = """PREFIX tkg: <https://textkg.org/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?name ?conf WHERE { ?st tkg:confidence ?conf ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?s .
?s rdfs:label ?name } ORDER BY ?name ?conf"""


@pytest.fixture
def full(kg, docs):
    kg.add(docs)
    return kg


def test_table(full):
    out = format_result(full.query(SELECT), "table")
    lines = out.splitlines()
    assert lines[0].split("|")[0].strip() == "name" and set(lines[1]) <= {"-", "+"}
    assert any(line.startswith("Ted Sarandos ") for line in lines)
    assert out.rstrip().endswith("rows)")


def test_csv_and_tsv(full):
    result = full.query(SELECT)
    rows = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert rows[0] == ["name", "conf"] and len(rows) == len(result) + 1
    tsv = format_result(result, "tsv").splitlines()
    assert tsv[0] == "?name\t?conf" and len(tsv) == len(result) + 1


def test_json_is_sparql_results_json(full):
    data = json.loads(format_result(full.query(SELECT), "json"))
    assert data["head"]["vars"] == ["name", "conf"]
    b = data["results"]["bindings"][0]
    assert b["name"]["xml:lang"] == "nl" and b["conf"]["datatype"].endswith("#double")


def test_ask(full):
    assert format_result(full.query("ASK { ?s ?p ?o }"), "table") == "true\n"
    assert json.loads(format_result(full.query("ASK { <urn:x> ?p ?o }"), "json")) == {"head": {}, "boolean": False}


@pytest.mark.parametrize("fmt", QUERY_FORMATS)
def test_construct(full, fmt):
    out = format_result(full.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 4"), fmt)
    assert out.strip()


def test_unknown_format(full):
    with pytest.raises(ConfigError, match="table, csv, tsv, json"):
        format_result(full.query("ASK {}"), "yaml")


def test_nasty_cells_stay_on_one_line(kg, nasty):
    kg.add([nasty])
    out = format_result(kg.query("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                                 "SELECT ?l WHERE { ?e rdfs:label ?l }"), "table")
    assert len(out.splitlines()) == len(nasty.entities) + 4  # header, rule, rows, blank, count
