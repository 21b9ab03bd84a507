"""textkg on an existing engine: Dask maps ``textkg.extract`` over articles in worker processes and
the results merge into one on-disk graph, exactly as a sequential run does."""

from __future__ import annotations

from pathlib import Path

import pytest

import textkg

dask_bag = pytest.importorskip("dask.bag", reason="dask is in the test extra: pip install -e '.[test]'")

pytestmark = pytest.mark.slow

ARTICLES = sorted((Path(__file__).resolve().parent / "extractors" / "articles").glob("*.txt"))


def _extract(path: str) -> textkg.Document:
    return textkg.extract(Path(path).read_text(encoding="utf-8"), doc_id=Path(path).stem)


def test_dask_processes_build_the_same_graph_as_a_sequential_run(tmp_path):
    paths = [str(p) for p in ARTICLES[:4]]
    docs = dask_bag.from_sequence(paths, npartitions=2).map(_extract).compute(scheduler="processes", num_workers=2)
    assert [d.id for d in docs] == [Path(p).stem for p in paths]

    with textkg.open(tmp_path / "dask-store") as kg:
        kg.add(docs)
        parallel = sorted((t.document, t.subject.name, t.label, str(t.object)) for t in kg.triples)
    with textkg.open(tmp_path / "seq-store") as kg:
        kg.add([_extract(p) for p in paths])
        sequential = sorted((t.document, t.subject.name, t.label, str(t.object)) for t in kg.triples)
    assert parallel and parallel == sequential
    assert {d for d, *_ in parallel} == {Path(p).stem for p in paths}
