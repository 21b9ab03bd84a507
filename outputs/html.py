"""Write a knowledge graph as one offline, self-contained, interactive HTML viewer (pyvis / vis-network).

The viewer is a single file a journalist can open by double-click with no internet: vis-network's
script and stylesheet (the copy shipped inside the pyvis package) are inlined, no Bootstrap and no
CDN. pyvis turns the graph into vis-network node, edge and option data; the page itself is
textkg's own template (``outputs/static/``), because pyvis' template links CDNs, writes its heading
raw and switches tooltips to ``innerHTML``.

Every label, alias, quote and evidence sentence is untrusted article text. It reaches the page only
as JSON inside a ``<script type="application/json">`` element, with ``<``, ``>``, ``&`` and
U+2028/U+2029 escaped, and the page's script builds the DOM with ``textContent``. A
Content-Security-Policy allows only the page's own inline scripts (by hash), so an injected
``<script>`` or ``onerror=`` handler cannot run even if it reached the DOM.

Graphs above ``LAYOUT_THRESHOLD`` nodes get their layout computed up front (a sampled
Fruchterman-Reingold in numpy) and live physics disabled; smaller graphs stabilise with physics,
which then stops.

Examples
--------
>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("https://example.org/e/netflix", label="Netflix", type="ORG")
>>> g.add_node("https://example.org/e/ai", label="AI", type="TECHNOLOGY")
>>> g.add_edge("https://example.org/e/netflix", "https://example.org/e/ai", key="s1",
...            predicate="use", label="uses", evidence="Netflix zet in op AI.")
's1'
>>> page = render_html(g, title="Netflix & AI")
>>> page.startswith("<!DOCTYPE html>") and "<title>Netflix &amp; AI</title>" in page
True
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections import Counter, deque
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textkg.errors import ExportError

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["render_html", "write_html", "TYPE_STYLES", "LAYOUT_THRESHOLD"]

#: Above this many nodes the layout is computed in Python and live physics is off.
LAYOUT_THRESHOLD = 1000

#: Colour and vis-network shape of each entity type (literal values: VALUE, QUOTE).
TYPE_STYLES: dict[str, tuple[str, str]] = {
    "PERSON": ("#4e79a7", "dot"),
    "ORG": ("#f28e2b", "square"),
    "GPE": ("#59a14f", "triangle"),
    "LOC": ("#8cc084", "triangleDown"),
    "PRODUCT": ("#b07aa1", "diamond"),
    "WORK": ("#e0699b", "star"),
    "EVENT": ("#e6b800", "hexagon"),
    "CONCEPT": ("#4fb0a9", "dot"),
    "ROLE": ("#9c755f", "square"),
    "LAW": ("#6b5b95", "triangle"),
    "TECHNOLOGY": ("#e15759", "diamond"),
    "OTHER": ("#9aa5b1", "dot"),
    "VALUE": ("#d9dee4", "box"),
    "QUOTE": ("#fbf0c9", "box"),
}
_LITERAL_TYPES = frozenset({"VALUE", "QUOTE"})
_STATIC = Path(__file__).with_name("static")
_VIS_VERSION = "vis-9.1.2"
_MARKER = re.compile(r"@@TEXTKG_([A-Z_]+)@@")
_LABEL_MAX = 42


def render_html(graph: nx.MultiDiGraph, *, title: str = "textkg") -> str:
    """Render ``graph`` as the HTML text of the offline viewer.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The view from ``KnowledgeGraph.to_networkx()``: node id = entity IRI (or ``literal:<sha1>``)
        with ``label``, ``type``, ``aliases``, ``documents``; edge key = statement id with
        ``predicate``, ``label``, ``wording``, ``evidence``, ``document``, ``start``, ``end``,
        ``highlights``, ``confidence``, ``qualifiers``. Missing attributes get defaults; a plain
        ``Graph`` or ``DiGraph`` is accepted too.
    title : str
        Shown as the page title and heading (escaped). Defaults to ``"textkg"``.

    Returns
    -------
    str
        A complete HTML document with no reference to any URL.

    Raises
    ------
    ExportError
        If ``graph`` is not a networkx graph or pyvis' copy of vis-network cannot be found.
    """
    data = _viewer_data(graph, title=str(title))
    return _fill_template(data, title=str(title))


def write_html(graph: nx.MultiDiGraph, path: str | Path, *, title: str = "textkg") -> Path:
    """Write the offline viewer of ``graph`` to ``path`` (UTF-8) and return the path.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        See :func:`render_html`.
    path : str or Path
        The file to write; its parent directory must exist.
    title : str
        Page title and heading. Defaults to ``"textkg"``.

    Returns
    -------
    Path
        ``path`` as a :class:`~pathlib.Path`.

    Raises
    ------
    ExportError
        If the graph cannot be rendered or the file cannot be written.
    """
    path = Path(path)
    page = render_html(graph, title=title)
    try:
        path.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise ExportError(
            f"Cannot write the HTML viewer to {str(path)!r}: {exc.strerror or exc}. "
            "Check that the directory exists and is writable, or choose another path."
        ) from exc
    return path


# --------------------------------------------------------------------------- data


def _viewer_data(graph: Any, *, title: str) -> dict[str, Any]:
    """Build the JSON the page reads: documents, entities, facts and vis-network data."""
    if not (hasattr(graph, "nodes") and hasattr(graph, "edges") and hasattr(graph, "graph")):
        raise ExportError(
            f"The HTML viewer needs a networkx graph (KnowledgeGraph.to_networkx()), got "
            f"{type(graph).__name__}."
        )
    doc_meta = graph.graph.get("documents") or {}
    doc_index: dict[str, int] = {}
    documents: list[dict[str, Any]] = []

    def doc_id(doc: Any) -> int:
        if doc is None or doc == "":
            return -1
        doc = str(doc)
        if doc not in doc_index:
            meta = doc_meta.get(doc) if isinstance(doc_meta, dict) else None
            meta = meta if isinstance(meta, dict) else {}
            doc_index[doc] = len(documents)
            documents.append(
                {
                    "id": doc,
                    "source": _text(meta.get("source")) or doc,
                    "lang": _text(meta.get("lang")),
                    "text_length": _int(meta.get("text_length")),
                    "built": _text(meta.get("built")),
                }
            )
        return doc_index[doc]

    if isinstance(doc_meta, dict):
        for doc in doc_meta:
            doc_id(doc)

    node_index: dict[Any, int] = {}
    entities: list[dict[str, Any]] = []
    for node, attrs in graph.nodes(data=True):
        node_index[node] = len(entities)
        ntype = str(attrs.get("type") or "OTHER").upper()
        if ntype not in TYPE_STYLES:
            ntype = "OTHER"
        docs = attrs.get("documents") or []
        if isinstance(docs, str):
            docs = [docs]
        entities.append(
            {
                "id": str(node),
                "label": _text(attrs.get("label")).strip() or _fallback_label(str(node)),
                "type": ntype,
                "aliases": [_text(a) for a in _as_list(attrs.get("aliases")) if _text(a)],
                "documents": sorted({doc_id(d) for d in docs} - {-1}),
                "degree": 0,
            }
        )

    if graph.is_multigraph():
        edge_iter = graph.edges(keys=True, data=True)
    else:
        edge_iter = ((u, v, None, d) for u, v, d in graph.edges(data=True))
    facts: list[dict[str, Any]] = []
    for n, (u, v, key, attrs) in enumerate(edge_iter):
        s, o = node_index[u], node_index[v]
        entities[s]["degree"] += 1
        entities[o]["degree"] += 1
        evidence = _text(attrs.get("evidence"))
        start = attrs.get("start")
        qualifiers = attrs.get("qualifiers") if isinstance(attrs.get("qualifiers"), dict) else {}
        doc = doc_id(attrs.get("document"))
        if doc >= 0:
            for i in (s, o):
                if doc not in entities[i]["documents"]:
                    entities[i]["documents"].append(doc)
        facts.append(
            {
                "key": _text(key) if key is not None else f"e{n}",
                "s": s,
                "o": o,
                "predicate": _text(attrs.get("predicate")),
                "label": _text(attrs.get("label")) or _text(attrs.get("predicate")) or "related to",
                "wording": _text(attrs.get("wording")),
                "evidence": evidence,
                "document": doc,
                "start": _int(start),
                "end": _int(attrs.get("end")),
                "marks": _relative_marks(attrs.get("highlights"), start, evidence, attrs.get("wording")),
                "confidence": _float(attrs.get("confidence")),
                "qualifiers": {str(k): _jsonable(v) for k, v in qualifiers.items()},
            }
        )
    for entity in entities:
        entity["documents"].sort()

    large = len(entities) > LAYOUT_THRESHOLD
    vis_nodes, vis_edges, options = _vis_data(entities, facts, large=large)
    built = _text(graph.graph.get("built")) or datetime.now(timezone.utc).isoformat(timespec="seconds")
    return {
        "title": title,
        "built": built,
        "documents": documents,
        "entities": entities,
        "facts": facts,
        "types": {t: {"color": c, "shape": sh} for t, (c, sh) in TYPE_STYLES.items()},
        "literalTypes": sorted(_LITERAL_TYPES),
        "layout": "precomputed" if large else "physics",
        "visNodes": vis_nodes,
        "visEdges": vis_edges,
        "options": options,
    }


def _vis_data(
    entities: list[dict[str, Any]], facts: list[dict[str, Any]], *, large: bool
) -> tuple[list[dict], list[dict], dict]:
    """Let pyvis produce vis-network nodes, edges and options (not its page)."""
    try:
        from pyvis.network import Network
    except ImportError as exc:  # pragma: no cover - pyvis is a dependency
        raise ExportError("The HTML viewer needs pyvis: pip install 'pyvis==0.3.2'.") from exc

    class _Network(Network):
        # pyvis checks edge endpoints against a list (quadratic); a dict keeps 5,000 nodes fast.
        def get_nodes(self):  # noqa: D401
            return self.node_map

    net = _Network(directed=True, cdn_resources="in_line")
    positions = _precomputed_layout(len(entities), [(f["s"], f["o"]) for f in facts]) if large else None
    max_degree = max((e["degree"] for e in entities), default=0) or 1
    for i, ent in enumerate(entities):
        color, shape = TYPE_STYLES[ent["type"]]
        literal = ent["type"] in _LITERAL_TYPES
        opts: dict[str, Any] = {
            "title": _tooltip_node(ent),
            "color": {
                "background": color,
                "border": _darker(color),
                "highlight": {"background": color, "border": "#111827"},
                "hover": {"background": color, "border": "#111827"},
            },
        }
        if literal:
            opts["font"] = {"size": 14, "face": "system-ui, sans-serif", "color": "#1f2933"}
        else:
            opts["size"] = round(9 + 21 * math.sqrt(ent["degree"] / max_degree), 1)
        if positions is not None:
            opts["x"], opts["y"] = positions[i]
        net.add_node(i, label=_short(ent["label"]), shape=shape, **opts)

    pair_count: Counter = Counter()
    for i, fact in enumerate(facts):
        s, o = fact["s"], fact["o"]
        negated = bool(fact["qualifiers"].get("negated"))
        relation = ("not " if negated else "") + fact["label"]
        opts = {"id": i, "title": _tooltip_edge(fact, entities, relation)}
        if not large:
            opts["label"] = _short(relation, 32)
            pair = (min(s, o), max(s, o))
            nth = pair_count[pair]
            pair_count[pair] += 1
            if nth and s != o:  # parallel statements between one pair: fan them out
                opts["smooth"] = {
                    "enabled": True,
                    "type": "curvedCW" if nth % 2 else "curvedCCW",
                    "roundness": 0.15 + 0.12 * ((nth - 1) // 2),
                }
        if negated:
            opts["dashes"] = True
            opts["color"] = {"color": "#c2410c", "highlight": "#9a3412", "hover": "#9a3412"}
        net.add_edge(s, o, **opts)

    if large:
        net.toggle_physics(False)
        net.toggle_hide_edges_on_drag(True)
        net.set_edge_smooth("continuous")
    else:
        net.force_atlas_2based(
            gravity=-150, central_gravity=0.02, spring_length=130, spring_strength=0.06, damping=0.5, overlap=0.8
        )
    options = json.loads(net.options.to_json())
    options.pop("configure", None)
    n = len(entities)
    stabilization = {"enabled": not large, "iterations": 400 if n <= 300 else 200, "updateInterval": 20, "fit": True}
    _merge(
        options,
        {
            "autoResize": True,
            "nodes": {
                "font": {"size": 16, "face": "system-ui, sans-serif", "color": "#1f2933", "strokeWidth": 4, "strokeColor": "#ffffff"},
                "borderWidth": 1.5,
                "borderWidthSelected": 3,
                "scaling": {"label": {"drawThreshold": 6}},
            },
            "edges": {
                "color": {"color": "#a7b1bc", "highlight": "#1d4ed8", "hover": "#1d4ed8", "inherit": False},
                "font": {"size": 12, "face": "system-ui, sans-serif", "color": "#52606d", "strokeWidth": 3, "strokeColor": "#ffffff", "align": "horizontal"},
                "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                "width": 1.2,
                "selectionWidth": 2,
                "hoverWidth": 1,
                "smooth": {"enabled": not large, "type": "continuous", "roundness": 0.5},
            },
            "interaction": {
                "hover": not large,
                "tooltipDelay": 200,
                "keyboard": {"enabled": True, "bindToWindow": False},
                "hideEdgesOnDrag": large,
                "hideEdgesOnZoom": large,
                "navigationButtons": False,
                "multiselect": False,
            },
            "layout": {"randomSeed": 7, "improvedLayout": n <= 200},
            "physics": {"enabled": not large, "stabilization": stabilization, "minVelocity": 1.0},
        },
    )
    return net.nodes, net.edges, options


def _precomputed_layout(n: int, edges: list[tuple[int, int]], *, iterations: int = 90, seed: int = 7) -> list[tuple[float, float]]:
    """A Fruchterman-Reingold layout with sampled repulsion: O(n·m) per step, no scipy needed.

    Notes
    -----
    Nodes start near their breadth-first parent (hubs first, children on a ring around them), so
    the force steps only untangle locally. Each step every node is pushed away from ``m`` randomly
    drawn nodes (scaled to stand for all ``n``) and pulled along its edges; a weak gravity keeps
    components together. About 0.7 s for 5,000 nodes, where ``networkx.spring_layout`` needs scipy
    and ``networkx.forceatlas2_layout`` takes ~20 s.
    """
    import numpy as np

    if n == 0:
        return []
    rng = np.random.default_rng(seed)
    k = 110.0
    side = k * math.sqrt(n)
    pairs = np.array([(s, o) for s, o in edges if s != o], dtype=np.int64).reshape(-1, 2)
    src, dst = pairs[:, 0], pairs[:, 1]
    adjacency: list[list[int]] = [[] for _ in range(n)]
    for s, o in pairs.tolist():
        adjacency[s].append(o)
        adjacency[o].append(s)
    degree = np.array([len(a) for a in adjacency])
    pos = np.zeros((n, 2))
    seen = np.zeros(n, dtype=bool)
    for root in np.argsort(-degree, kind="stable").tolist():
        if seen[root]:
            continue
        seen[root] = True
        pos[root] = rng.uniform(-side / 2, side / 2, 2)
        queue = deque([root])
        while queue:
            u = queue.popleft()
            kids = [v for v in adjacency[u] if not seen[v]]
            if not kids:
                continue
            ring = k * (1 + math.sqrt(len(kids)) / 2)
            angles = rng.uniform(0, 2 * math.pi) + np.arange(len(kids)) * 2 * math.pi / len(kids)
            radii = ring * rng.uniform(0.7, 1.3, len(kids))
            for v, angle, radius in zip(kids, angles, radii):
                seen[v] = True
                pos[v] = pos[u] + radius * np.array([math.cos(angle), math.sin(angle)])
                queue.append(v)
    m = min(n - 1, 24)
    scale = (n - 1) / max(m, 1)
    temperature = side / 6
    gravity = 4.0 * k / side
    for _ in range(iterations):
        disp = np.zeros_like(pos)
        if m:
            idx = rng.integers(0, n, size=(n, m))
            delta = pos[:, None, :] - pos[idx]
            d2 = np.einsum("ijk,ijk->ij", delta, delta) + 1.0
            d2[idx == np.arange(n)[:, None]] = np.inf
            disp += (delta * (k * k / d2)[..., None]).sum(axis=1) * scale
        if len(src):
            dv = pos[src] - pos[dst]
            dist = np.sqrt((dv * dv).sum(axis=1)) + 1e-9
            pull = dv * (dist / k)[:, None]
            np.subtract.at(disp, src, pull)
            np.add.at(disp, dst, pull)
        disp -= pos * gravity * np.sqrt((pos * pos).sum(axis=1, keepdims=True)) / k
        length = np.sqrt((disp * disp).sum(axis=1, keepdims=True)) + 1e-9
        pos += disp / length * np.minimum(length, temperature)
        temperature = max(temperature * 0.95, k * 0.05)
    pos -= pos.mean(axis=0)
    return [(round(float(x), 1), round(float(y), 1)) for x, y in pos]


# --------------------------------------------------------------------------- page


def _fill_template(data: dict[str, Any], *, title: str) -> str:
    """Inline vis-network, the viewer's CSS/JS and the escaped data into the page template."""
    vis_js, vis_css = _vis_assets()
    vis_js = _guard(vis_js, "script")
    viewer_js = _guard((_STATIC / "viewer.js").read_text(encoding="utf-8"), "script")
    parts = {
        "TITLE": html.escape(title, quote=True),
        "CSP": _csp(vis_js, viewer_js),
        "VIS_CSS": _guard(vis_css, "style"),
        "VIEWER_CSS": _guard((_STATIC / "viewer.css").read_text(encoding="utf-8"), "style"),
        "VIS_JS": vis_js,
        "VIEWER_JS": viewer_js,
        "DATA": _script_json(data),
    }
    template = (_STATIC / "viewer.html").read_text(encoding="utf-8")
    # One pass, so text inserted for one marker is never scanned for another.
    return _MARKER.sub(lambda m: parts[m.group(1)], template)


def _vis_assets() -> tuple[str, str]:
    try:
        import pyvis
    except ImportError as exc:  # pragma: no cover
        raise ExportError("The HTML viewer needs pyvis: pip install 'pyvis==0.3.2'.") from exc
    lib = Path(pyvis.__file__).parent / "lib" / _VIS_VERSION
    try:
        js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
        css = (lib / "vis-network.css").read_text(encoding="utf-8")
        # No source-map reference: the file refers to nothing outside itself.
        return re.sub(r"^//# sourceMappingURL=.*$", "", js, flags=re.M), re.sub(r"/\*# sourceMappingURL=.*?\*/", "", css)
    except OSError as exc:
        raise ExportError(
            f"vis-network was not found in the pyvis package ({lib}): the HTML viewer inlines pyvis' "
            "own copy. Reinstall pyvis 0.3.2: pip install --force-reinstall 'pyvis==0.3.2'."
        ) from exc


def _csp(*scripts: str) -> str:
    """Allow exactly the page's inline scripts; no network, no injected handlers."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode("ascii") + "'" for s in scripts
    )
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
        "font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )


def _guard(text: str, tag: str) -> str:
    """Make sure inlined code cannot close its own element early."""
    return re.sub(rf"</(?={tag})", r"<\\/", text, flags=re.IGNORECASE)


def _script_json(data: Any) -> str:
    """JSON safe inside a <script> element: no ``<``, ``>``, ``&``, U+2028 or U+2029 left raw."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


# --------------------------------------------------------------------------- helpers


def _relative_marks(highlights: Any, start: Any, evidence: str, wording: Any) -> list[list[int]]:
    """Highlight spans as code-point offsets into the evidence sentence, clamped and merged."""
    spans: list[list[int]] = []
    base = _int(start)
    length = len(evidence)
    if base is not None:
        for span in _as_list(highlights):
            try:
                a, b = int(span[0]) - base, int(span[1]) - base
            except (TypeError, ValueError, IndexError):
                continue
            a, b = max(a, 0), min(b, length)
            if a < b:
                spans.append([a, b])
    if not spans and wording and evidence:
        # No usable offsets: fall back to the original wording if it occurs verbatim.
        for word in re.split(r"\s*[|;]\s*|\s{2,}", str(wording)):
            found = evidence.lower().find(word.lower()) if word else -1
            if found >= 0:
                spans.append([found, found + len(word)])
    spans.sort()
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return merged


def _tooltip_node(ent: dict[str, Any]) -> str:
    lines = [ent["label"], f"{ent['type']} · {ent['degree']} fact{'s' if ent['degree'] != 1 else ''}"]
    if ent["aliases"]:
        lines.append("also: " + ", ".join(ent["aliases"][:5]))
    return "\n".join(_short(line, 120) for line in lines)


def _tooltip_edge(fact: dict[str, Any], entities: list[dict[str, Any]], relation: str) -> str:
    line = f"{entities[fact['s']]['label']} → {relation} → {entities[fact['o']]['label']}"
    lines = [_short(line, 140)]
    if fact["wording"]:
        lines.append(_short(f"“{fact['wording']}”", 120))
    return "\n".join(lines)


def _short(text: str, limit: int = _LABEL_MAX) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _fallback_label(node_id: str) -> str:
    tail = re.split(r"[/#:]", node_id.rstrip("/#"))[-1]
    return tail or node_id


def _darker(hex_color: str, factor: float = 0.72) -> str:
    r, g, b = (int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * factor) for c in (r, g, b)))


def _merge(base: dict, extra: dict) -> None:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = value


def _as_list(value: Any) -> list:
    if value is None:
        return []
    if isinstance(value, (list, tuple, set, frozenset)):
        return list(value)
    return [value]


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _int(value: Any) -> int | None:
    try:
        return None if value is None or isinstance(value, bool) else int(value)
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _jsonable(value: Any) -> Any:
    """Qualifier values as JSON: finite numbers, strings, bools, lists, dicts; anything else as text."""
    if value is None or isinstance(value, (bool, str, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_jsonable(v) for v in value]
    return str(value)
