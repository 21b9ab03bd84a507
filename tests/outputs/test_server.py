"""The SPARQL 1.1 Protocol endpoint over real HTTP on loopback: GET/POST, Accept, read-only, timeout."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest

from textkg.outputs.server import _accepted, _is_update, make_server

SELECT = ("PREFIX tkg: <https://textkg.org/ns#> SELECT ?s ?o WHERE { ?s tkg:uses ?o "
          "FILTER(?o = <https://textkg.org/id/entity/technology/ai>) } ORDER BY ?s")
SLOW = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from textkg.graph.samples import example_documents
    from textkg.kg import open_graph

    kg = open_graph(tmp_path_factory.mktemp("server") / "store")
    kg.add(example_documents())
    srv = make_server(kg, timeout=1.0)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()
    kg.close()


def _req(url, *, method="GET", data=None, headers=None, timeout=30):
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


def _get(server, query, accept=None, **params):
    qs = urllib.parse.urlencode({"query": query, **params})
    return _req(f"{server.url}sparql?{qs}", headers={"Accept": accept} if accept else {})


def test_binds_loopback_by_default(server):
    assert server.server_address[0] == "127.0.0.1" and server.url.startswith("http://127.0.0.1:")


def test_get_select_json_by_default(server):
    status, ctype, body = _get(server, SELECT)
    assert status == 200 and ctype == "application/sparql-results+json"
    data = json.loads(body)
    assert data["head"]["vars"] == ["s", "o"]
    assert {"type": "uri", "value": "https://textkg.org/id/entity/org/netflix"} in [b["s"] for b in data["results"]["bindings"]]


@pytest.mark.parametrize(
    "accept, ctype, fmt",
    [("application/sparql-results+xml", "application/sparql-results+xml", ox.QueryResultsFormat.XML),
     ("text/csv", "text/csv", ox.QueryResultsFormat.CSV),
     ("text/tab-separated-values", "text/tab-separated-values", ox.QueryResultsFormat.TSV),
     ("application/sparql-results+json", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
     ("text/html;q=0.9, text/csv;q=0.5", "text/csv", ox.QueryResultsFormat.CSV),
     ("*/*", "application/sparql-results+json", ox.QueryResultsFormat.JSON)],
)
def test_accept_header_picks_format(server, accept, ctype, fmt):
    status, got_type, body = _get(server, SELECT, accept)
    assert status == 200 and got_type.split(";")[0] == ctype
    if fmt == ox.QueryResultsFormat.CSV:  # lossy: pyoxigraph does not parse it back
        import csv
        import io

        rows = list(csv.reader(io.StringIO(body.decode())))[1:]
    else:
        rows = list(ox.parse_query_results(body, format=fmt))
    assert len(rows) == 1


def test_post_form_and_direct(server):
    form = urllib.parse.urlencode({"query": SELECT}).encode()
    s1, _, b1 = _req(server.url + "sparql", method="POST", data=form,
                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    s2, _, b2 = _req(server.url + "sparql", method="POST", data=SELECT.encode(),
                     headers={"Content-Type": "application/sparql-query"})
    assert s1 == s2 == 200 and json.loads(b1) == json.loads(b2)


def test_ask_and_construct(server):
    status, _, body = _get(server, "ASK { ?s ?p ?o }")
    assert status == 200 and json.loads(body)["boolean"] is True
    status, ctype, body = _get(server, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5")
    assert status == 200 and ctype.startswith("text/turtle")
    assert len(list(ox.parse(body, format=ox.RdfFormat.TURTLE))) == 5
    status, ctype, body = _get(server, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5", "application/n-triples")
    assert ctype == "application/n-triples" and len(body.splitlines()) == 5


@pytest.mark.parametrize(
    "method, data, headers, path",
    [("POST", b"update=INSERT+DATA+%7B%3Curn%3Aa%3E+%3Curn%3Ab%3E+%3Curn%3Ac%3E%7D",
      {"Content-Type": "application/x-www-form-urlencoded"}, "sparql"),
     ("POST", b"INSERT DATA { <urn:a> <urn:b> <urn:c> }", {"Content-Type": "application/sparql-update"}, "sparql"),
     ("POST", b"PREFIX x: <urn:x#>\n# sneaky\nDELETE WHERE { ?s ?p ?o }", {"Content-Type": "application/sparql-query"},
      "sparql"),
     ("GET", None, {}, "sparql?update=DROP+ALL"),
     ("GET", None, {}, "sparql?query=CLEAR+ALL"),
     ("PUT", b"<urn:a> <urn:b> <urn:c> .", {"Content-Type": "application/n-triples"}, "sparql"),
     ("DELETE", None, {}, "sparql"),
     ("PATCH", b"x", {}, "sparql"),
     ("POST", b"x", {"Content-Type": "text/plain"}, "update")],
)
def test_writes_are_refused(server, method, data, headers, path):
    before = len(server.kg)
    status, _, body = _req(server.url + path, method=method, data=data, headers=headers)
    assert status == 403, body
    assert b"read-only" in body or b"nothing to POST" in body
    assert len(server.kg) == before


def test_bad_requests(server):
    assert _get(server, "SELECT ?s WHERE {")[0] == 400
    assert _req(server.url + "sparql")[0] == 400
    assert _req(server.url + "nothing")[0] == 404
    assert _get(server, SELECT, "image/png")[0] == 406
    assert _get(server, SELECT, **{"default-graph-uri": "urn:g"})[0] == 400
    status, _, body = _req(server.url + "sparql", method="POST", data=b"q", headers={"Content-Type": "text/plain"})
    assert status == 415


def test_format_parameter_overrides_accept(server):
    status, ctype, _ = _get(server, SELECT, "application/sparql-results+json", format="tsv")
    assert status == 200 and ctype.startswith("text/tab-separated-values")


def test_union_default_graph_can_be_switched_off(server):
    status, _, body = _get(server, "ASK { ?s ?p ?o }", **{"union-default-graph": "false"})
    assert json.loads(body)["boolean"] is False


def test_long_query_is_cut_off_with_503(server):
    t = time.monotonic()
    status, _, body = _get(server, SLOW)
    assert status == 503 and b"timeout" in body and b"LIMIT" in body
    assert time.monotonic() - t < 10
    assert _get(server, "ASK { ?s ?p ?o }")[0] == 200  # still serving


def test_viewer_at_root(server):
    pytest.importorskip("textkg.outputs.html")
    status, ctype, body = _req(server.url)
    assert status == 200 and ctype.startswith("text/html")
    assert b"<html" in body.lower() and b"Netflix" in body


def test_update_detection():
    assert _is_update("PREFIX a: <urn:a#>\n# c\n insert data {}")
    assert _is_update("BASE <urn:x> DROP ALL")
    assert not _is_update("PREFIX a: <urn:a#> SELECT * WHERE { ?s ?p ?o }")
    assert not _is_update("# DELETE\nASK {}")


def test_accept_parsing():
    table = {"application/sparql-results+json": "json", "text/csv": "csv"}
    assert _accepted("", table) == "json"
    assert _accepted("text/csv;q=0.9, application/sparql-results+json;q=0.1", table) == "csv"
    assert _accepted("text/*", table) == "csv"
    assert _accepted("image/png, */*;q=0", table) is None


@pytest.mark.slow
def test_serve_in_a_real_process(tmp_path, docs):
    from textkg.kg import open_graph

    store = tmp_path / "store"
    with open_graph(store) as kg:
        kg.add(docs)
    code = ("import sys; from textkg.outputs.server import serve; from textkg.kg import open_graph\n"
            "serve(open_graph(sys.argv[1], read_only=True), port=0, timeout=5)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(store)], stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        assert "http://127.0.0.1:" in line, line
        url = line.split("SPARQL endpoint ")[1].split()[0].rstrip(",")
        with urllib.request.urlopen(url + "?" + urllib.parse.urlencode({"query": SELECT}), timeout=30) as resp:
            assert len(json.loads(resp.read())["results"]["bindings"]) == 1
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.slow
def test_queries_cut_off_still_count_until_they_end(tmp_path):
    """An aggregate cut off by the timeout keeps its slot until the engine finishes it; then the server recovers."""
    from textkg.graph.samples import example_documents
    from textkg.kg import open_graph

    kg = open_graph(tmp_path / "store")
    kg.add(example_documents())
    srv = make_server(kg, timeout=0.3, max_queries=1)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
        status, _, body = _get(srv, heavy)
        assert status == 503 and b"timeout" in body
        status, _, body = _get(srv, "ASK { ?s ?p ?o }")
        assert status == 200 or (status == 503 and b"busy" in body)
        deadline = time.monotonic() + 120
        while _get(srv, "ASK { ?s ?p ?o }")[0] != 200:
            assert time.monotonic() < deadline
            time.sleep(0.5)
    finally:
        srv.shutdown()
        srv.server_close()
        kg.close()


def test_port_in_use_is_a_clear_config_error(server):
    from textkg.errors import ConfigError

    with pytest.raises(ConfigError, match="cannot listen on 127.0.0.1:.*--port"):
        make_server(server.kg, port=server.server_address[1])
