"""Stores: picking one by location, the on-disk Oxigraph store (persistence, locking, kill -9
during a write), the rdflib memory store, and a remote SPARQL endpoint (a real `oxigraph serve`)."""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
import urllib.request
from pathlib import Path

import pytest

from textkg.errors import ConfigError, QueryError, StoreError
from textkg.graph.stores import MemoryStore, OxigraphStore, SparqlStore, open_store, store_kind
from textkg.kg import open_graph

PY = sys.executable
COUNT_FACTS = ("SELECT ?g (COUNT(?st) AS ?n) WHERE { GRAPH ?g { ?st a "
               "<http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> } } GROUP BY ?g")


@pytest.mark.parametrize(
    "location, kind",
    [(None, "memory"), (":memory:", "memory"), ("store", "oxigraph"), (Path("x/y"), "oxigraph"),
     ("http://127.0.0.1:1/", "sparql"), ("HTTPS://example.org/sparql", "sparql")],
)
def test_store_kind(location, kind):
    assert store_kind(location) == kind


def test_open_store_picks_the_class(tmp_path):
    assert isinstance(open_store(None), MemoryStore)
    s = open_store(tmp_path / "kg")
    assert isinstance(s, OxigraphStore) and (tmp_path / "kg").is_dir()
    s.close()
    assert isinstance(open_store("http://127.0.0.1:9/"), SparqlStore)


def test_unknown_store_lists_registered():
    with pytest.raises(ConfigError, match="registered stores: .*memory.*oxigraph.*sparql"):
        open_store("x", kind="nope")


def test_file_is_not_a_store(tmp_path):
    f = tmp_path / "file.txt"
    f.write_text("hello")
    with pytest.raises(StoreError, match="is a file"):
        open_store(f)


def test_foreign_directory_is_not_a_store(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="not a textkg"):
        open_store(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_read_only_needs_an_existing_store(tmp_path):
    with pytest.raises(StoreError, match="no store there"):
        open_store(tmp_path / "missing", read_only=True)


def test_sparql_endpoint_derivation():
    assert SparqlStore("http://h:7878").query_endpoint == "http://h:7878/query"
    assert SparqlStore("http://h:7878/").update_endpoint == "http://h:7878/update"
    s = SparqlStore("http://h/ds/query")
    assert (s.query_endpoint, s.update_endpoint) == ("http://h/ds/query", "http://h/ds/update")
    s = SparqlStore("http://h/sparql", update_endpoint="http://h/statements")
    assert (s.query_endpoint, s.update_endpoint) == ("http://h/sparql", "http://h/statements")
    with pytest.raises(ConfigError):
        SparqlStore("ftp://h/")


def test_unreachable_endpoint_is_a_store_error():
    port = _free_port()
    with pytest.raises(StoreError, match="cannot reach"):
        len(SparqlStore(f"http://127.0.0.1:{port}/", timeout=2))


def _run(code: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([PY, "-c", textwrap.dedent(code), *args], capture_output=True, text=True, timeout=timeout)


@pytest.mark.slow
def test_store_persists_across_processes(tmp_path):
    store = str(tmp_path / "kg")
    r = _run("""
        import sys
        from textkg.kg import open_graph
        from textkg.graph.samples import example_documents
        with open_graph(sys.argv[1]) as kg:
            kg.add(example_documents())
            print(len(kg))
    """, store)
    assert r.returncode == 0, r.stderr
    with open_graph(store) as kg:
        assert len(kg) == int(r.stdout)
        assert {t.document for t in kg.triples} == {"netflix_ai_nl", "netflix_series_nl"}


@pytest.mark.slow
def test_second_writer_gets_a_clear_error(tmp_path):
    store = tmp_path / "kg"
    with open_graph(store) as kg:
        kg.add([])
        r = _run("""
            import sys
            from textkg.errors import StoreError
            from textkg.kg import open_graph
            try:
                open_graph(sys.argv[1])
            except StoreError as e:
                print("STORE_ERROR", e)
        """, str(store))
    assert "STORE_ERROR" in r.stdout and "another textkg process" in r.stdout, r.stdout + r.stderr


_WRITER = """
import sys, dataclasses
from textkg.kg import open_graph
from textkg.graph.samples import example_documents, synthetic_documents
small = example_documents()[0]
big = next(synthetic_documents(1, 3000, entities=400, seed=1))
big = dataclasses.replace(big, id=small.id, triples=[dataclasses.replace(t, document=small.id) for t in big.triples])
kg = open_graph(sys.argv[1])
kg.add([small])
kg.store.flush()
print("ready", flush=True)
for i, doc in enumerate(synthetic_documents(10_000, 400, entities=2000, seed=3)):
    kg.add([big if i % 2 == 0 else small, doc])
"""


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.8, 2.0])
def test_kill_9_during_writes_leaves_complete_previous_content(tmp_path, delay):
    from textkg.graph.samples import example_documents, synthetic_documents

    store = tmp_path / "kg"
    proc = subprocess.Popen([PY, "-c", _WRITER, str(store)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        time.sleep(delay)
        assert proc.poll() is None, "the writer finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    small_facts = len(example_documents()[0].triples)
    big_facts = len(next(synthetic_documents(1, 3000, entities=400, seed=1)).triples)
    with open_graph(store) as kg:
        counts = {row[0].value.rsplit("/", 1)[-1]: int(row[1].value) for row in kg.query(COUNT_FACTS, union=False).rows}
        assert counts.pop("netflix_ai_nl") in (small_facts, big_facts)  # old or new version, never half
        assert all(n == 400 for n in counts.values()), counts  # every other document complete
        # every entity that a stored document mentions is described; no description is orphaned
        orphans = kg.query("""PREFIX tkg: <https://textkg.org/ns#> PREFIX schema: <https://schema.org/>
            SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://textkg.org/id/graph/entities> { ?e tkg:key ?k }
            FILTER NOT EXISTS { GRAPH ?g { ?d schema:mentions ?e } } }""", union=False)
        assert orphans.rows[0][0].value == "0"
        assert kg.triples  # readable as facts


# -- a real remote endpoint ---------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def oxigraph_server(tmp_path):
    exe = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(exe).exists():
        pytest.skip("the `oxigraph` server (PyPI package oxigraph, a test dependency) is not installed")
    port = _free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(tmp_path / "remote"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(url + "query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"oxigraph serve did not start: {proc.stderr.read().decode()}")
            time.sleep(0.1)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.mark.slow
def test_remote_endpoint_build_query_reingest(oxigraph_server, docs, tmp_path):
    with open_graph(oxigraph_server) as kg:
        assert isinstance(kg.store, SparqlStore)
        kg.add(docs)
        n = len(kg)
        assert n > 0
        kg.add(docs)
        assert len(kg) == n
        rows = kg.query("PREFIX tkg: <https://textkg.org/ns#> SELECT ?s ?o WHERE { ?s tkg:uses ?o }").values()
        assert ("https://textkg.org/id/entity/org/netflix", "https://textkg.org/id/entity/technology/ai") in rows
        assert kg.query("ASK { ?s ?p ?o }")
        construct = kg.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3")
        assert construct.kind == "graph" and len(construct) == 3
        remote_facts = sorted((t.subject.key, t.predicate, t.start) for t in kg.triples)
        with pytest.raises(QueryError):
            kg.query("SELECT ?s WHERE {")
    # the same documents on a local store give the same graph
    with open_graph(tmp_path / "local") as local:
        local.add(docs)
        assert sorted((t.subject.key, t.predicate, t.start) for t in local.triples) == remote_facts
        assert len(local) == n


@pytest.mark.slow
def test_remote_and_local_quads_are_identical(oxigraph_server, docs, nasty, tmp_path):
    from textkg.graph.build import add_documents, remove_documents

    built = "2026-01-01T00:00:00+00:00"
    remote, local = open_store(oxigraph_server), open_store(tmp_path / "local")
    for store in (remote, local):
        add_documents(store, docs + [nasty], built=built)
        add_documents(store, [nasty], built=built)  # the replace path, through SPARQL Update text
    assert set(remote.quads()) == set(local.quads())
    for store in (remote, local):
        remove_documents(store, [docs[0].id])
    assert set(remote.quads()) == set(local.quads())
    local.close()


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["nquads", "trig", "jsonld"])
def test_remote_store_exports_round_trip(oxigraph_server, docs, fmt):
    import rdflib
    from rdflib.compare import isomorphic

    with open_graph(oxigraph_server) as kg:
        kg.add(docs)
        ref = rdflib.Dataset()
        ref.parse(data=kg.store.dump("nquads"), format="nquads")
        back = rdflib.Dataset()
        back.parse(data=kg.serialize(fmt), format={"nquads": "nquads", "trig": "trig", "jsonld": "json-ld"}[fmt])
        want = {str(g.identifier): g for g in ref.graphs() if len(g)}
        got = {str(g.identifier): g for g in back.graphs() if len(g)}
        assert set(got) == set(want) and all(isomorphic(got[k], want[k]) for k in want)
