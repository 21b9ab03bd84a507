"""Benchmark the offline HTML viewer: time until a 5,000-node graph (and a 100-node one) is interactive.

For each size it builds a synthetic knowledge graph in the ``KnowledgeGraph.to_networkx()`` schema
(a preferential-attachment graph, two facts per new entity, with evidence sentences, aliases and
qualifiers), writes the viewer with :func:`textkg.outputs.html.write_html`, opens the file in
headless Chromium and reports:

- ``write``: Python time to lay out and render the file;
- ``ready``: time from navigation start until the page sets ``textkgViewer.ready`` (data parsed,
  panel built, graph drawn; for small graphs: physics stabilised and stopped);
- ``click``: time from a mouse click on the most connected node until its facts are in the panel.

The issue's target: the 5,000-node viewer is interactive within 10 s.

Usage::

    .venv/bin/python bench/bench_viewer.py [--sizes 100 5000] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from textkg.outputs.html import write_html

TYPES = ["PERSON", "ORG", "GPE", "LOC", "PRODUCT", "WORK", "EVENT", "CONCEPT", "ROLE", "LAW", "TECHNOLOGY", "OTHER"]
RELATIONS = [("use", "uses"), ("work_for", "works for"), ("acquire", "acquires"), ("located_in", "is located in"),
             ("invest_in", "invests in"), ("say", "says"), ("produce", "produces"), ("criticise", "criticises")]
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def synthetic_graph(n: int, *, seed: int = 1, docs: int = 50) -> nx.MultiDiGraph:
    """A ``to_networkx()``-shaped graph with ``n`` nodes and about ``2 n`` facts."""
    base = nx.barabasi_albert_graph(n, 2, seed=seed)
    g = nx.MultiDiGraph()
    g.graph["built"] = "2026-11-25T10:00:00+00:00"
    g.graph["documents"] = {f"doc{d}": {"source": f"articles/article_{d:03d}.txt", "lang": "nl", "text_length": 4000,
                                        "built": "2026-11-25T10:00:00+00:00"} for d in range(docs)}
    iri = "https://textkg.org/id/entity/{}/e{}".format
    for i in base.nodes:
        t = TYPES[i % len(TYPES)]
        g.add_node(iri(t.lower(), i), label=f"Entity {i}", type=t, aliases=[f"E{i}", f"entiteit {i}"],
                   documents=[f"doc{i % docs}"])
    for k, (u, v) in enumerate(base.edges):
        pred, label = RELATIONS[k % len(RELATIONS)]
        sentence = f"Volgens de krant {label} Entity {u} sinds vorig jaar Entity {v}, zo meldt de woordvoerder."
        start = 100 * (k % 30)
        g.add_edge(iri(TYPES[u % len(TYPES)].lower(), u), iri(TYPES[v % len(TYPES)].lower(), v), key=f"stmt{k}",
                   predicate=pred, label=label, wording=label, evidence=sentence, document=f"doc{k % docs}",
                   start=start, end=start + len(sentence), highlights=[[start + 17, start + 17 + len(label)]],
                   confidence=0.75, qualifiers={"time": "sinds vorig jaar"} if k % 3 == 0 else {})
    return g


def measure(browser, n: int, workdir: Path) -> dict[str, float]:
    g = synthetic_graph(n)
    t0 = time.perf_counter()
    path = write_html(g, workdir / f"viewer_{n}.html", title=f"Benchmark: {n} nodes")
    write_s = time.perf_counter() - t0
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    t0 = time.perf_counter()
    page.goto(path.as_uri(), wait_until="commit")
    page.wait_for_function("() => window.textkgViewer && window.textkgViewer.ready", timeout=60_000, polling=50)
    wall_s = time.perf_counter() - t0
    ready_ms = page.evaluate("textkgViewer.readyAt")
    hub = max(g.degree, key=lambda d: d[1])[0]
    index = list(g.nodes).index(hub)
    x, y = page.evaluate(
        "i => { const n = textkgViewer.network; const d = n.canvasToDOM(n.getPositions([i])[i]);"
        " const r = document.getElementById('kg-graph').getBoundingClientRect(); return [d.x + r.left, d.y + r.top]; }", index)
    t0 = time.perf_counter()
    page.mouse.click(x, y)
    page.wait_for_function("i => textkgViewer.selected && textkgViewer.selected.node === i", arg=index, timeout=30_000, polling=20)
    click_s = time.perf_counter() - t0
    context.close()
    if errors:
        raise RuntimeError(f"{n} nodes: page errors {errors}")
    return {"nodes": g.number_of_nodes(), "facts": g.number_of_edges(), "mb": path.stat().st_size / 1e6,
            "write": write_s, "ready": ready_ms / 1000, "wall": wall_s, "click": click_s}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 5000])
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args(argv)
    if not Path(args.chromium).exists():
        print(f"{args.chromium} not found: install Debian's chromium package", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
        try:
            for n in args.sizes:
                rows.append(measure(browser, n, Path(tmp)))
        finally:
            browser.close()
    print(f"{'nodes':>6} {'facts':>6} {'file MB':>8} {'write s':>8} {'ready s':>8} {'goto→ready s':>13} {'click s':>8}")
    for r in rows:
        print(f"{r['nodes']:>6} {r['facts']:>6} {r['mb']:>8.2f} {r['write']:>8.2f} {r['ready']:>8.2f} {r['wall']:>13.2f} {r['click']:>8.2f}")
    worst = max((r for r in rows if r["nodes"] >= 5000), key=lambda r: r["wall"], default=None)
    if worst:
        verdict = "OK" if worst["wall"] < 10 else "TOO SLOW"
        print(f"5,000-node target (< 10 s until interactive): {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
