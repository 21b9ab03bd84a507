"""The benchmark still runs (tiny size): both sides load the same quads and answer the same rows."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_graph.py"


@pytest.mark.slow
def test_bench_runs_small():
    proc = subprocess.run([sys.executable, str(BENCH), "--triples", "5000", "--rounds", "1", "--repeat", "1", "--json"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["raw"]["quads"] == data["textkg"]["quads"] >= 4000
    assert data["raw"]["rows"] == data["textkg"]["rows"] > 0
    assert set(data["ratios"]) == {"load", "query", "reopen"}
