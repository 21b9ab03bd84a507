"""The offline HTML viewer (textkg.outputs.html): data, offline-ness, safety, and a real browser run."""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from pathlib import Path

import networkx as nx
import pytest

from textkg.errors import ExportError
from textkg.outputs.html import LAYOUT_THRESHOLD, TYPE_STYLES, render_html, write_html

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "netflix_ai_nl.txt"
CHROMIUM = Path("/usr/bin/chromium")
DOC = "netflix_ai_nl"
E = "https://textkg.org/id/entity/"

# --------------------------------------------------------------------------- fixture graphs


def _entity(g: nx.MultiDiGraph, slug: str, label: str, etype: str, aliases=()) -> str:
    iri = E + slug
    g.add_node(iri, label=label, type=etype, aliases=list(aliases), documents=[DOC])
    return iri


def _literal(g: nx.MultiDiGraph, value: str, etype: str = "VALUE") -> str:
    node = "literal:" + hashlib.sha1(value.encode()).hexdigest()
    g.add_node(node, label=value, type=etype, aliases=[], documents=[DOC])
    return node


def _fact(g, text, s, o, predicate, label, sentence, words, *, doc=DOC, confidence=0.8, **qualifiers):
    """Add a statement whose evidence is ``sentence`` (found in ``text``) and whose ``words`` are highlighted."""
    start = text.index(sentence)
    highlights = []
    for w in words:
        at = sentence.index(w)
        highlights.append([start + at, start + at + len(w)])
    key = f"stmt-{len(g.edges)}"
    g.add_edge(
        s, o, key=key, predicate=predicate, label=label, wording=" ".join(words), evidence=sentence,
        document=doc, start=start, end=start + len(sentence), highlights=highlights,
        confidence=confidence, qualifiers=qualifiers,
    )
    return key


def example_graph() -> nx.MultiDiGraph:
    """A hand-made graph of the example article, as KnowledgeGraph.to_networkx() would give it."""
    text = EXAMPLE.read_text(encoding="utf-8")
    g = nx.MultiDiGraph()
    g.graph["documents"] = {DOC: {"source": "examples/netflix_ai_nl.txt", "lang": "nl", "text_length": len(text), "built": "2026-11-25T09:30:00+00:00"}}
    g.graph["built"] = "2026-11-25T09:30:00+00:00"
    netflix = _entity(g, "org/netflix", "Netflix", "ORG", ["de streamingdienst", "het bedrijf"])
    ted = _entity(g, "person/ted_sarandos", "Ted Sarandos", "PERSON", ["Sarandos", "de topman"])
    ai = _entity(g, "technology/ai", "AI", "TECHNOLOGY", ["de technologie"])
    ceo = _entity(g, "role/ceo", "CEO", "ROLE")
    eternaut = _entity(g, "work/the_eternaut", "The Eternaut", "WORK", ["sciencefictionserie"])
    vfx = _entity(g, "org/vfx-team", "VFX-team", "ORG")
    models = _entity(g, "technology/ai-modellen", "AI-modellen", "TECHNOLOGY")
    ba = _entity(g, "gpe/buenos_aires", "Buenos Aires", "GPE")
    hollywood = _entity(g, "gpe/hollywood", "Hollywood", "GPE")
    veo = _entity(g, "product/veo_3", "VEO 3", "PRODUCT")
    sora = _entity(g, "product/sora_2", "Sora 2", "PRODUCT")
    google = _entity(g, "org/google", "Google", "ORG")
    openai = _entity(g, "org/openai", "OpenAI", "ORG")
    tool = _entity(g, "concept/hulpmiddel", "hulpmiddel", "CONCEPT")
    effects = _entity(g, "concept/visuele_effecten", "visuele effecten", "CONCEPT")
    faster = _literal(g, "tien keer sneller")
    quote = _literal(g, "Het vergt nog steeds een groot kunstenaar om iets groot te maken", "QUOTE")

    s1 = "Netflix is vastberaden om vol in te zetten op AI."
    _fact(g, text, netflix, ai, "invest_in", "invests in", s1, ["vol in te zetten op"], confidence=0.91)
    s2 = "Dat heeft CEO Ted Sarandos bekendgemaakt tegenover investeerders."
    _fact(g, text, ted, ceo, "has_role", "has role", s2, ["CEO"], confidence=0.95)
    _fact(g, text, ted, netflix, "works_for", "works for", s2, ["CEO"], confidence=0.6)
    s3 = "Met de opkomst van tools als Google’s VEO 3 en OpenAI’s Sora 2"
    _fact(g, text, google, veo, "makes", "makes", s3, ["Google’s"])
    _fact(g, text, openai, sora, "makes", "makes", s3, ["OpenAI’s"])
    s4 = "Netflix ziet AI dus vooral als hulpmiddel."
    _fact(g, text, netflix, ai, "use", "uses", s4, ["ziet", "als"], confidence=0.7)
    _fact(g, text, ai, tool, "instance_of", "is a", s4, ["als hulpmiddel"], confidence=0.66)
    s5 = "Dat doet de streamingdienst overigens al langer door het te gebruiken voor pre-visualisatie, shotplanning en visuele effecten."
    _fact(g, text, netflix, effects, "use_for", "uses for", s5, ["te gebruiken voor"], time="al langer")
    s6 = "In de Argentijnse sciencefictionserie The Eternaut werkt het VFX-team samen met AI-modellen om de instorting van een gebouw in Buenos Aires te simuleren."
    _fact(g, text, vfx, models, "collaborate_with", "collaborates with", s6, ["werkt", "samen met"])
    _fact(g, text, eternaut, ba, "set_in", "is set in", s6, ["in Buenos Aires"], confidence=0.55)
    _fact(g, text, netflix, eternaut, "produce", "produces", s6, ["sciencefictionserie"], confidence=0.5)
    s7 = "Sarandos noemde het resultaat verbluffend en zei dat de scène op deze manier tien keer sneller was voltooid dan via traditionele methoden."
    _fact(g, text, eternaut, faster, "completed", "was completed", s7, ["tien keer sneller", "voltooid"],
          factor=10.0, attributed_to="Ted Sarandos")
    s8 = "“AI kan creatieve mensen betere tools geven, maar het maakt je niet automatisch een betere verhalenvertellen.”"
    _fact(g, text, ai, tool, "give", "gives better tools", s8, ["kan", "betere tools geven"], modality="kan",
          attributed_to="Ted Sarandos", time="begin deze zomer", quote=s8.strip("“”"))
    _fact(g, text, ai, ted, "make", "makes a better storyteller", s8, ["maakt", "niet", "betere verhalenvertellen"],
          negated=True, attributed_to="Ted Sarandos", quote=s8.strip("“”"))
    s9 = "“Het vergt nog steeds een groot kunstenaar om iets groot te maken”, zei hij begin deze zomer."
    _fact(g, text, ted, quote, "say", "said", s9, ["zei"], time="begin deze zomer")
    s10 = "De zet vanuit Netflix komt overigens wel in een tijd waarin Hollywood zich steeds meer zorgen maakt om de opkomst van AI."
    _fact(g, text, hollywood, ai, "worry_about", "worries about", s10, ["zorgen maakt om"])
    return g


PAYLOADS = ["<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "</script><script>alert(2)</script>",
            '<a href="javascript:alert(3)">href</a>', "\u2028\u2029", "&lt;b&gt;"]


def xss_graph() -> nx.MultiDiGraph:
    """Every untrusted field carries a payload; some titles contain "href" (pyvis' innerHTML switch)."""
    g = nx.MultiDiGraph()
    g.graph["documents"] = {"<img src=x onerror=alert(9)>": {"source": "<script>alert(8)</script>", "lang": "nl"}}
    g.graph["built"] = "<img src=x onerror=alert(7)>"
    doc = "<img src=x onerror=alert(9)>"
    nodes = []
    for i, p in enumerate(PAYLOADS):
        node = f"{E}x/{i}{p}"
        g.add_node(node, label=f"{p} node {i} href", type="PERSON" if i % 2 else "<b>ORG</b>", aliases=[p, "href " + p], documents=[doc])
        nodes.append(node)
    for i, p in enumerate(PAYLOADS):
        sentence = f"Evidence {p} with href {p}."
        g.add_edge(
            nodes[i], nodes[(i + 1) % len(nodes)], key=f"k{i}{p}", predicate=p, label=f"rel {p} href",
            wording=p, evidence=sentence, document=doc, start=100, end=100 + len(sentence),
            highlights=[[109, 109 + len(p)]], confidence=0.5,
            qualifiers={"quote": p, "attributed_to": p, "time": p, "negated": bool(i % 2), p: p},
        )
    return g


def page_data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert match, "the page embeds its data as JSON"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return example_graph()


@pytest.fixture(scope="module")
def page(graph) -> str:
    return render_html(graph, title="Netflix zet in op AI")


# --------------------------------------------------------------------------- static checks

def test_write_html_writes_file_and_returns_path(tmp_path, graph):
    out = write_html(graph, str(tmp_path / "kg.html"), title="Netflix")
    assert out == tmp_path / "kg.html"
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert "<title>Netflix</title>" in text


def test_nodes_edges_and_labels_present(graph, page):
    data = page_data(page)
    assert {e["id"] for e in data["entities"]} == set(graph.nodes)
    assert {e["label"] for e in data["entities"]} == {a["label"] for _, a in graph.nodes(data=True)}
    assert {f["key"] for f in data["facts"]} == {k for _, _, k in graph.edges(keys=True)}
    assert len(data["visNodes"]) == graph.number_of_nodes()
    assert len(data["visEdges"]) == graph.number_of_edges()
    assert {e["label"] for e in data["visEdges"]} >= {"invests in", "has role", "not makes a better storyteller"}
    ted = next(e for e in data["entities"] if e["label"] == "Ted Sarandos")
    assert set(ted["aliases"]) == {"Sarandos", "de topman"}
    assert data["documents"] == [{"id": DOC, "source": "examples/netflix_ai_nl.txt", "lang": "nl",
                                  "text_length": len(EXAMPLE.read_text(encoding="utf-8")), "built": "2026-11-25T09:30:00+00:00"}]
    assert data["title"] == "Netflix zet in op AI" and data["built"] == "2026-11-25T09:30:00+00:00"


def test_nodes_styled_by_type_and_sized_by_degree(graph, page):
    data = page_data(page)
    by_label = {e["label"]: (e, v) for e, v in zip(data["entities"], data["visNodes"])}
    for ent, vis in by_label.values():
        color, shape = TYPE_STYLES[ent["type"]]
        assert vis["shape"] == shape and vis["color"]["background"] == color
    assert by_label["Netflix"][1]["size"] > by_label["Buenos Aires"][1]["size"]
    assert by_label["Netflix"][0]["degree"] == graph.degree(E + "org/netflix")
    assert by_label["tien keer sneller"][1]["shape"] == "box"


def test_evidence_highlights_are_sentence_relative(page):
    data = page_data(page)
    marked = {}
    for f in data["facts"]:
        chars = list(f["evidence"])
        marked[f["label"]] = ["".join(chars[a:b]) for a, b in f["marks"]]
    assert marked["invests in"] == ["vol in te zetten op"]
    assert marked["was completed"] == ["tien keer sneller", "voltooid"]
    assert marked["makes a better storyteller"] == ["maakt", "niet", "betere verhalenvertellen"]


@pytest.mark.parametrize(
    "highlights, start, evidence, wording, expected",
    [
        ([[10, 15]], 10, "Netflix zet", None, [[0, 5]]),
        ([[5, 15]], 10, "Netflix zet", None, [[0, 5]]),  # starts before the sentence: clamped
        ([[18, 40]], 10, "Netflix zet", None, [[8, 11]]),  # ends after it: clamped
        ([[12, 15], [10, 13]], 10, "Netflix zet", None, [[0, 5]]),  # overlapping: merged
        ([[50, 60]], 10, "Netflix zet", None, []),  # outside: dropped
        ([["a", 3]], 10, "Netflix zet", "zet", [[8, 11]]),  # unusable: fall back to the wording
        (None, None, "Netflix zet in", "zet in", [[8, 14]]),
    ],
    ids=["inside", "clamp-start", "clamp-end", "merge", "outside", "fallback-wording", "no-offsets"],
)
def test_relative_marks(highlights, start, evidence, wording, expected):
    from textkg.outputs.html import _relative_marks

    assert _relative_marks(highlights, start, evidence, wording) == expected


_REMOTE = re.compile(
    r"""(?:\b(?:src|href|srcset|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//)"""
    r"""|(?:@import\s*(?:url\()?\s*["']?\s*(?:https?:)?//)|(?:url\(\s*["']?\s*(?:https?:)?//)""",
    re.IGNORECASE,
)


@pytest.mark.parametrize("which", ["example", "xss", "large"])
def test_no_remote_resource_references(which, page):
    text = {"example": lambda: page, "xss": lambda: render_html(xss_graph()),
            "large": lambda: render_html(_synthetic_graph(LAYOUT_THRESHOLD + 50))}[which]()
    assert not _REMOTE.findall(text)
    assert not re.search(r"<script[^>]*\bsrc\s*=", text, re.I)
    assert not re.search(r"<link[^>]*stylesheet", text, re.I)
    assert "bootstrap" not in text.lower()
    assert "<title>" in text and "vis-network" in text  # vis is inlined, not linked
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', text).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp


def test_remote_reference_check_catches_pyvis_own_page():
    """The check above is not vacuous: pyvis' own template links Bootstrap and vis from CDNs."""
    from pyvis.network import Network

    net = Network(cdn_resources="in_line")
    net.add_node(1, label="a")
    assert _REMOTE.findall(net.generate_html())


def test_untrusted_text_cannot_leave_its_json():
    text = render_html(xss_graph(), title="<script>alert('t')</script>")
    # Exactly the page's own three script elements close, and nothing can enter the parser's
    # "double escaped" state in which a </script> would not close its element.
    assert len(re.findall(r"</script", text, re.I)) == 3
    assert "<!--" not in text
    for raw in ("<img src=x", "<script>alert", "\u2028", "\u2029", "<a href"):
        assert raw not in text
    assert "<title>&lt;script&gt;alert(&#x27;t&#x27;)&lt;/script&gt;</title>" in text
    data = page_data(text)
    assert data["entities"][0]["label"].startswith(PAYLOADS[0])  # escaped, yet intact after parsing
    assert data["facts"][2]["evidence"] == f"Evidence {PAYLOADS[2]} with href {PAYLOADS[2]}."
    assert {e["type"] for e in data["entities"]} == {"PERSON", "OTHER"}  # unknown types fall back


def test_csp_allows_exactly_the_inline_scripts(page):
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2
    csp = re.search(r'content="(default-src[^"]+)"', page).group(1)
    hashes = set(re.findall(r"'sha256-([^']+)'", csp))
    assert hashes == {base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in scripts}
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


def test_small_graph_uses_physics_that_stabilises(page):
    options = page_data(page)["options"]
    assert page_data(page)["layout"] == "physics"
    assert options["physics"]["enabled"] is True
    assert options["physics"]["stabilization"]["enabled"] is True
    assert "configure" not in options


def test_large_graph_layout_is_precomputed():
    g = _synthetic_graph(LAYOUT_THRESHOLD + 200)
    data = page_data(render_html(g))
    assert data["layout"] == "precomputed"
    assert data["options"]["physics"]["enabled"] is False
    xs = [(n["x"], n["y"]) for n in data["visNodes"]]
    assert len(xs) == g.number_of_nodes() and all(math.isfinite(x) and math.isfinite(y) for x, y in xs)
    assert len(set(xs)) > 0.95 * len(xs)  # spread out, not piled up
    assert not any("label" in e for e in data["visEdges"])  # edge labels only in tooltips / panel


def test_accepts_digraph_and_missing_attributes():
    g = nx.DiGraph()
    g.add_edge("https://textkg.org/id/entity/org/a", "https://textkg.org/id/entity/org/b")
    data = page_data(render_html(g))
    assert [e["label"] for e in data["entities"]] == ["a", "b"]
    assert data["facts"][0]["label"] == "related to" and data["facts"][0]["marks"] == []
    assert data["documents"] == []


def test_non_finite_numbers_do_not_break_the_json():
    g = nx.MultiDiGraph()
    g.add_edge("a", "b", confidence=float("nan"), qualifiers={"factor": float("inf"), "when": object()})
    fact = page_data(render_html(g))["facts"][0]
    assert fact["confidence"] is None and fact["qualifiers"]["factor"] is None
    assert isinstance(fact["qualifiers"]["when"], str)


def test_rejects_what_it_cannot_write(tmp_path, graph):
    with pytest.raises(ExportError, match="networkx graph"):
        render_html({"nodes": []})
    with pytest.raises(ExportError, match="Cannot write"):
        write_html(graph, tmp_path / "missing" / "kg.html")


def test_empty_graph_renders():
    data = page_data(render_html(nx.MultiDiGraph()))
    assert data["entities"] == [] and data["facts"] == []


# --------------------------------------------------------------------------- browser

def _synthetic_graph(n: int, seed: int = 1) -> nx.MultiDiGraph:
    base = nx.barabasi_albert_graph(n, 1, seed=seed)
    types = [t for t in TYPE_STYLES if t not in ("VALUE", "QUOTE")]
    g = nx.MultiDiGraph()
    g.graph["documents"] = {"d0": {"source": "synthetic", "lang": "en"}}
    for i in base.nodes:
        g.add_node(f"{E}n/{i}", label=f"Entity {i}", type=types[i % len(types)], aliases=[], documents=["d0"])
    for k, (u, v) in enumerate(base.edges):
        g.add_edge(f"{E}n/{u}", f"{E}n/{v}", key=f"s{k}", predicate="rel", label="relates to", evidence=f"Entity {u} relates to Entity {v}.",
                   document="d0", start=0, end=10, highlights=[], confidence=0.5, qualifiers={})
    return g


browser_test = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent (Debian package 'chromium', installed by .ci/run)")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent (Debian package 'chromium', installed by .ci/run)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (python) is needed to drive Chromium")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


class _Page:
    """A page opened on a viewer file, collecting console errors, page errors, dialogs and requests."""

    def __init__(self, browser, path: Path, width: int = 1280, height: int = 800):
        self.context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=1)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(path.as_uri())
        # A function, not an expression: polling an expression string needs eval, which the CSP forbids.
        self.page.wait_for_function("() => window.textkgViewer && window.textkgViewer.ready", timeout=30000)

    def node_point(self, index: int) -> tuple[float, float]:
        p = self.page.evaluate(
            "i => { const n = textkgViewer.network; const pos = n.getPositions([i])[i];"
            " const d = n.canvasToDOM(pos); const r = document.getElementById('kg-graph').getBoundingClientRect();"
            " return [d.x + r.left, d.y + r.top]; }", index)
        return p[0], p[1]

    def edge_point(self, index: int):
        """A viewport point on edge ``index`` where vis reports that edge (and no node)."""
        return self.page.evaluate(
            """j => { const n = textkgViewer.network; const e = textkgViewer.edges.get(j);
              const pos = n.getPositions([e.from, e.to]); const r = document.getElementById('kg-graph').getBoundingClientRect();
              const a = n.canvasToDOM(pos[e.from]), b = n.canvasToDOM(pos[e.to]);
              for (let t = 0.5, k = 0; k < 40; k++, t = 0.5 + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 0.02) {
                for (const off of [0, 3, -3, 6, -6, 10, -10, 15, -15]) {
                  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
                  const p = {x: a.x + (b.x - a.x) * t - (b.y - a.y) / len * off, y: a.y + (b.y - a.y) * t + (b.x - a.x) / len * off};
                  if (n.getNodeAt(p) === undefined && n.getEdgeAt(p) === j) return [p.x + r.left, p.y + r.top];
                }
              }
              return null; }""", index)

    def drawn_fraction(self) -> float:
        """The share of canvas pixels the graph drew on."""
        return self.page.evaluate(
            "() => { const c = document.querySelector('#kg-graph canvas'); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
            " let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n / (c.width * c.height); }")

    def assert_clean(self) -> None:
        """No console or page errors, and nothing was fetched from outside the file."""
        assert not self.errors, self.errors
        assert all(u.startswith(("file:", "data:")) for u in self.requests), self.requests

    def qualifiers(self) -> dict[str, str]:
        """The qualifiers the details panel lists, name -> value."""
        panel = self.page.locator("#kg-details .kg-quals")
        return dict(zip(panel.locator("dt").all_text_contents(), panel.locator("dd").all_text_contents()))

    def close(self):
        self.context.close()


def _label_index(data: dict, label: str) -> int:
    return next(i for i, e in enumerate(data["entities"]) if e["label"] == label)


@pytest.mark.browser
@pytest.mark.slow
@browser_test
def test_viewer_renders_and_shows_evidence(browser, graph, tmp_path):
    path = write_html(graph, tmp_path / "viewer.html", title="Netflix zet in op AI")
    view = _Page(browser, path)
    page = view.page
    try:
        assert page.evaluate("textkgViewer.nodes.length") == graph.number_of_nodes()
        assert page.evaluate("textkgViewer.edges.length") == graph.number_of_edges()
        assert page.evaluate("textkgViewer.network.physics.options.enabled") is False  # stabilised, then stopped
        assert view.drawn_fraction() > 0.01, "the canvas is blank"
        assert page.text_content("#kg-title") == "Netflix zet in op AI"
        assert page.text_content("#kg-stats") == "1 article · 15 entities · 2 values · 16 facts"

        data = page.evaluate("textkgViewer.data")
        x, y = view.node_point(_label_index(data, "Netflix"))
        page.mouse.click(x, y)
        details = page.locator("#kg-details")
        assert details.locator("h2").text_content() == "Netflix"
        text = details.text_content()
        assert "ORG" in text and "de streamingdienst, het bedrijf" in text
        assert "Netflix is vastberaden om vol in te zetten op AI." in text
        assert "Source: examples/netflix_ai_nl.txt (nl)" in text
        marks = details.locator("blockquote.kg-evidence mark").all_text_contents()
        assert "vol in te zetten op" in marks and "te gebruiken voor" in marks
        assert details.locator(".kg-fact").count() == graph.degree(E + "org/netflix")

        # Search by alias, pick the result: Ted Sarandos, whose negated fact shows its quote.
        page.fill("#kg-search", "topman")
        page.locator("#kg-results button").first.click()
        assert details.locator("h2").text_content() == "Ted Sarandos"
        negated = details.locator(".kg-fact.kg-negated")
        assert negated.locator(".kg-not").text_content() == "not "
        assert negated.locator("mark").all_text_contents() == ["maakt", "niet", "betere verhalenvertellen"]
        assert "AI kan creatieve mensen betere tools geven" in negated.locator("blockquote.kg-quote").text_content()
        page.fill("#kg-search", "")

        view.assert_clean()
    finally:
        view.close()


@pytest.mark.browser
@pytest.mark.slow
@browser_test
def test_edge_click_shows_fact_qualifiers_and_quote(browser, graph, tmp_path):
    view = _Page(browser, write_html(graph, tmp_path / "viewer.html"))
    page = view.page
    try:
        facts = page.evaluate("textkgViewer.data.facts")
        j = next(i for i, f in enumerate(facts) if f["label"] == "was completed")
        point = view.edge_point(j)
        assert point, "no clickable point found on the edge"
        page.mouse.click(*point)
        details = page.locator("#kg-details")
        assert details.locator("h2").text_content() == "Fact"
        quals = view.qualifiers()
        assert quals == {"factor": "10", "attributed to": "Ted Sarandos"}
        assert details.locator(".kg-chips li").all_text_contents() == ["factor ×10", "according to Ted Sarandos"]
        assert details.locator("mark").all_text_contents() == ["tien keer sneller", "voltooid"]

        k = next(i for i, f in enumerate(facts) if f["label"] == "gives better tools")
        page.evaluate("k => textkgViewer.showEdge(k)", k)
        quals = view.qualifiers()
        assert quals["modality"] == "kan" and quals["time"] == "begin deze zomer"
        assert details.locator("blockquote.kg-quote").text_content().startswith("“AI kan creatieve mensen")
        assert not view.errors, view.errors
    finally:
        view.close()


@pytest.mark.browser
@pytest.mark.slow
@browser_test
def test_filters_by_type_relation_and_document(browser, graph, tmp_path):
    view = _Page(browser, write_html(graph, tmp_path / "viewer.html"))
    page = view.page
    hidden_nodes = "() => textkgViewer.nodes.get().filter(n => n.hidden).map(n => textkgViewer.data.entities[n.id].label).sort()"
    hidden_edges = "() => textkgViewer.edges.get().filter(e => e.hidden).length"
    try:
        page.locator("#kg-types label", has_text="PRODUCT").locator("input").uncheck()
        assert page.evaluate(hidden_nodes) == ["Sora 2", "VEO 3"]
        assert page.evaluate(hidden_edges) == 2
        page.locator("#kg-types label", has_text="PRODUCT").locator("input").check()
        assert page.evaluate(hidden_nodes) == []

        page.locator("summary", has_text="Relations").click()
        page.click("#kg-rel-none")
        assert page.evaluate(hidden_edges) == graph.number_of_edges()
        page.locator("#kg-relations label", has_text="makes").first.locator("input").check()
        assert page.evaluate(hidden_nodes) == sorted(
            set(a["label"] for _, a in graph.nodes(data=True)) - {"Google", "OpenAI", "VEO 3", "Sora 2"})
        page.click("#kg-reset")
        assert page.evaluate(hidden_nodes) == [] and page.evaluate(hidden_edges) == 0

        page.select_option("#kg-document", "0")
        assert page.evaluate(hidden_nodes) == []
        assert not view.errors, view.errors
    finally:
        view.close()


@pytest.mark.browser
@pytest.mark.slow
@browser_test
def test_untrusted_text_never_runs(browser, tmp_path):
    g = xss_graph()
    view = _Page(browser, write_html(g, tmp_path / "xss.html", title="<img src=x onerror=alert(5)>"))
    page = view.page
    try:
        n = g.number_of_nodes()
        assert page.evaluate("textkgViewer.nodes.length") == n
        tips = 0
        for i in range(n):  # hover (vis tooltip) and click (details panel) every node
            x, y = view.node_point(i)
            page.mouse.move(x, y)
            page.wait_for_timeout(350)
            tip = page.locator("div.vis-tooltip")
            if tip.count() and tip.is_visible():
                tips += 1
                # Plain text: vis' innerText turns line breaks into <br>, and nothing else is an element.
                assert tip.evaluate("t => [...t.querySelectorAll('*')].every(e => e.tagName === 'BR')")
                assert "href" in tip.text_content()
            page.mouse.click(x, y)
            assert page.locator("#kg-details h2").text_content() == page.evaluate(f"textkgViewer.data.entities[{i}].label")
        for j in range(g.number_of_edges()):
            page.evaluate("j => textkgViewer.showEdge(j)", j)
            point = view.edge_point(j)
            if point:
                page.mouse.move(*point)
                page.wait_for_timeout(250)
                page.mouse.click(*point)
        assert tips >= n // 2, "hovering showed no tooltips"
        page.fill("#kg-search", "<img")
        page.locator("#kg-results button").first.click()
        page.fill("#kg-search", "script")

        assert view.dialogs == []
        injected = page.evaluate(
            "() => ({img: document.querySelectorAll('img, iframe, object, embed, a[href]').length,"
            " scripts: document.scripts.length,"
            " handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length})")
        assert injected == {"img": 0, "scripts": 3, "handlers": 0}
        assert "<img src=x onerror=alert(1)>" in page.text_content("#kg-details") + page.text_content("#kg-results")
        assert page.title() == "<img src=x onerror=alert(5)>"
        assert not view.errors, view.errors
    finally:
        view.close()


@pytest.mark.browser
@pytest.mark.slow
@browser_test
def test_large_graph_is_interactive_without_live_physics(browser, tmp_path):
    g = _synthetic_graph(LAYOUT_THRESHOLD + 500)
    view = _Page(browser, write_html(g, tmp_path / "large.html"))
    page = view.page
    try:
        assert page.evaluate("textkgViewer.readyAt") < 10_000
        assert page.evaluate("textkgViewer.nodes.length") == g.number_of_nodes()
        assert page.evaluate("textkgViewer.network.physics.options.enabled") is False
        hub = max(range(g.number_of_nodes()), key=lambda i: g.degree(f"{E}n/{i}"))
        page.mouse.click(*view.node_point(hub))
        assert page.locator("#kg-details h2").text_content() == f"Entity {hub}"
        assert page.locator("#kg-details .kg-fact").count() == min(100, g.degree(f"{E}n/{hub}"))
        assert not view.errors, view.errors
    finally:
        view.close()


# --------------------------------------------------------------------------- with the real graph


@pytest.fixture
def built(kg, docs, nasty):
    """The example articles plus the hostile-names document, through the real store and view."""
    kg.add(docs + [nasty])
    return kg


def test_real_networkx_view_renders(built, tmp_path):
    g = built.to_networkx()
    data = page_data(render_html(g))
    assert {e["id"] for e in data["entities"]} == set(g.nodes)
    assert {f["key"] for f in data["facts"]} == {k for _, _, k in g.edges(keys=True)}
    for fact, (_, _, attrs) in zip(data["facts"], g.edges(data=True)):
        evidence = attrs["evidence"] or ""
        assert all(0 <= a < b <= len(evidence) for a, b in fact["marks"])
    assert len(data["documents"]) == len(g.graph["documents"])
    out = built.to_html(tmp_path / "kg.html")
    assert not _REMOTE.findall(out.read_text(encoding="utf-8"))


@pytest.mark.browser
@pytest.mark.slow
@browser_test
def test_real_graph_in_the_browser(browser, built, tmp_path):
    g = built.to_networkx()
    view = _Page(browser, write_html(g, tmp_path / "kg.html"))
    page = view.page
    try:
        assert page.evaluate("textkgViewer.nodes.length") == g.number_of_nodes()
        for i in range(min(g.number_of_nodes(), 12)):
            page.evaluate("i => textkgViewer.showNode(i)", i)
        for j in range(g.number_of_edges()):
            page.evaluate("j => textkgViewer.showEdge(j)", j)
        assert view.dialogs == [] and not view.errors, (view.dialogs, view.errors)
        assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    finally:
        view.close()


@pytest.mark.browser
@pytest.mark.slow
@browser_test
def test_example_article_viewer_from_the_real_pipeline(browser, example_store, tmp_path):
    """The example article through the real pipeline, store and `textkg view`; makes docs/viewer.png."""
    import subprocess
    import sys

    from textkg.kg import open_graph

    out = tmp_path / "netflix.html"
    subprocess.run([sys.executable, "-m", "textkg.cli", "view", "--store", str(example_store), "-o", str(out)],
                   check=True, capture_output=True)
    with open_graph(example_store, read_only=True) as kg:
        graph = kg.to_networkx()
    view = _Page(browser, out)
    page = view.page
    try:
        assert page.evaluate("textkgViewer.nodes.length") == graph.number_of_nodes() > 20
        assert view.drawn_fraction() > 0.01, "the canvas is blank"
        data = page.evaluate("textkgViewer.data")
        x, y = view.node_point(_label_index(data, "Ted Sarandos"))
        page.mouse.click(x, y)
        details = page.locator("#kg-details")
        assert details.locator("h2").text_content() == "Ted Sarandos"
        assert "PERSON" in details.text_content()
        evidence = details.locator("blockquote.kg-evidence").all_text_contents()
        assert any("Ted Sarandos bekendgemaakt tegenover investeerders" in e for e in evidence)
        assert details.locator("blockquote.kg-evidence mark").count() > 0
        # The screenshot the README shows: Ted Sarandos selected, his facts in the panel.
        page.wait_for_timeout(600)  # focus animation
        page.mouse.move(1270, 790)  # no tooltip over the picture
        page.evaluate("textkgViewer.fit(false)")
        page.wait_for_timeout(200)
        (ROOT / "docs").mkdir(exist_ok=True)
        page.screenshot(path=str(ROOT / "docs" / "viewer.png"))
        view.assert_clean()
    finally:
        view.close()
