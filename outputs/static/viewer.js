/* textkg viewer: builds the side panel and the vis-network graph from the page's JSON data.
 *
 * Every string in the data (labels, aliases, evidence, quotes, qualifiers) is untrusted article
 * text. It reaches the DOM only through textContent / text nodes, never innerHTML, and vis-network
 * tooltips get plain strings (which vis renders with innerText). */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var entities = data.entities;
  var facts = data.facts;
  var documents = data.documents;
  var LITERAL = {};
  data.literalTypes.forEach(function (t) { LITERAL[t] = true; });

  var viewer = {
    ready: false, readyAt: null, data: data, network: null, nodes: null, edges: null,
    selected: null, showNode: null, showEdge: null, focusNode: null
  };
  window.textkgViewer = viewer;

  // ------------------------------------------------------------------ DOM helpers
  function byId(id) { return document.getElementById(id); }
  function h(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }
  function plural(n, one, many) { return n.toLocaleString("en") + " " + (n === 1 ? one : (many || one + "s")); }
  function norm(s) { return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  function formatValue(v) {
    if (v === true) return "yes";
    if (v === false) return "no";
    if (v === null || v === undefined) return "";
    if (Array.isArray(v)) return v.map(formatValue).join(", ");
    if (typeof v === "object") return JSON.stringify(v);
    return String(v);
  }
  function relKey(f) { return f.predicate || f.label; }

  function swatch(type, size) {
    var st = data.types[type] || data.types.OTHER;
    var ratio = window.devicePixelRatio || 1;
    var c = document.createElement("canvas");
    c.width = c.height = Math.round(size * ratio);
    c.style.width = c.style.height = size + "px";
    c.className = "kg-swatch";
    c.setAttribute("aria-hidden", "true");
    var g = c.getContext("2d");
    g.scale(ratio, ratio);
    var s = size, m = size / 2, i, a;
    g.beginPath();
    switch (st.shape) {
      case "square": g.rect(s * 0.17, s * 0.17, s * 0.66, s * 0.66); break;
      case "triangle": g.moveTo(m, s * 0.1); g.lineTo(s * 0.92, s * 0.86); g.lineTo(s * 0.08, s * 0.86); g.closePath(); break;
      case "triangleDown": g.moveTo(s * 0.08, s * 0.14); g.lineTo(s * 0.92, s * 0.14); g.lineTo(m, s * 0.9); g.closePath(); break;
      case "diamond": g.moveTo(m, s * 0.06); g.lineTo(s * 0.94, m); g.lineTo(m, s * 0.94); g.lineTo(s * 0.06, m); g.closePath(); break;
      case "star":
        for (i = 0; i < 10; i++) {
          a = -Math.PI / 2 + i * Math.PI / 5;
          var r = (i % 2 ? 0.2 : 0.46) * s;
          if (i) g.lineTo(m + r * Math.cos(a), m + r * Math.sin(a)); else g.moveTo(m + r * Math.cos(a), m + r * Math.sin(a));
        }
        g.closePath(); break;
      case "hexagon":
        for (i = 0; i < 6; i++) {
          a = i * Math.PI / 3;
          if (i) g.lineTo(m + 0.44 * s * Math.cos(a), m + 0.44 * s * Math.sin(a)); else g.moveTo(m + 0.44 * s, m);
        }
        g.closePath(); break;
      case "box": g.rect(s * 0.06, s * 0.26, s * 0.88, s * 0.48); break;
      default: g.arc(m, m, s * 0.4, 0, 2 * Math.PI);
    }
    g.fillStyle = st.color;
    g.fill();
    g.lineWidth = 1;
    g.strokeStyle = "rgba(15, 23, 42, .35)";
    g.stroke();
    return c;
  }

  // ------------------------------------------------------------------ indexes
  var factsOf = entities.map(function () { return []; });
  facts.forEach(function (f, j) {
    factsOf[f.s].push(j);
    if (f.o !== f.s) factsOf[f.o].push(j);
  });
  var relations = {};
  var relOrder = [];
  facts.forEach(function (f) {
    var k = relKey(f);
    if (!relations[k]) { relations[k] = { label: f.label, count: 0, on: true }; relOrder.push(k); }
    relations[k].count++;
  });
  relOrder.sort(function (a, b) { return relations[b].count - relations[a].count || relations[a].label.localeCompare(relations[b].label); });
  var typeCounts = {};
  entities.forEach(function (e) { typeCounts[e.type] = (typeCounts[e.type] || 0) + 1; });
  var typeOn = {};
  Object.keys(data.types).forEach(function (t) { typeOn[t] = true; });
  var docFilter = -1;

  // ------------------------------------------------------------------ header
  byId("kg-title").textContent = data.title;
  var nLiteral = entities.filter(function (e) { return LITERAL[e.type]; }).length;
  var stats = [plural(documents.length, "article"), plural(entities.length - nLiteral, "entity", "entities")];
  if (nLiteral) stats.push(plural(nLiteral, "value"));
  stats.push(plural(facts.length, "fact"));
  byId("kg-stats").textContent = stats.join(" · ");
  var built = new Date(data.built);
  byId("kg-built").textContent = "Built " + (isNaN(built.getTime()) ? data.built :
    built.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" }));

  // ------------------------------------------------------------------ legend / type filter
  var typeList = byId("kg-types");
  Object.keys(data.types).forEach(function (t) {
    if (!typeCounts[t]) return;
    var li = h("li"), label = h("label"), box = h("input");
    box.type = "checkbox";
    box.checked = true;
    box.addEventListener("change", function () {
      typeOn[t] = box.checked;
      label.classList.toggle("kg-off", !box.checked);
      applyFilters();
    });
    label.append(box, swatch(t, 16), h("span", null, t), h("span", "kg-n", typeCounts[t].toLocaleString("en")));
    li.appendChild(label);
    typeList.appendChild(li);
  });

  if (typeList.childNodes.length <= 5) typeList.classList.add("kg-one-col");

  // ------------------------------------------------------------------ relation filter
  var relList = byId("kg-relations");
  var relBoxes = {};
  byId("kg-rel-count").textContent = "(" + relOrder.length + ")";
  relOrder.forEach(function (k) {
    var li = h("li"), label = h("label"), box = h("input");
    box.type = "checkbox";
    box.checked = true;
    box.addEventListener("change", function () { relations[k].on = box.checked; applyFilters(); });
    relBoxes[k] = box;
    label.append(box, h("span", null, relations[k].label), h("span", "kg-n", relations[k].count.toLocaleString("en")));
    li.appendChild(label);
    relList.appendChild(li);
  });
  function setAllRelations(on) {
    relOrder.forEach(function (k) { relations[k].on = on; relBoxes[k].checked = on; });
    applyFilters();
  }
  byId("kg-rel-all").addEventListener("click", function () { setAllRelations(true); });
  byId("kg-rel-none").addEventListener("click", function () { setAllRelations(false); });

  // ------------------------------------------------------------------ document filter
  var docSelect = byId("kg-document");
  var allOpt = h("option", null, "All articles (" + documents.length + ")");
  allOpt.value = "-1";
  docSelect.appendChild(allOpt);
  documents.forEach(function (d, i) {
    var opt = h("option", null, d.source + (d.lang ? " (" + d.lang + ")" : ""));
    opt.value = String(i);
    docSelect.appendChild(opt);
  });
  docSelect.addEventListener("change", function () { docFilter = parseInt(docSelect.value, 10); applyFilters(); });

  // ------------------------------------------------------------------ graph
  var nodes = new vis.DataSet(data.visNodes);
  var edges = new vis.DataSet(data.visEdges);
  var network = new vis.Network(byId("kg-graph"), { nodes: nodes, edges: edges }, data.options);
  viewer.network = network;
  viewer.nodes = nodes;
  viewer.edges = edges;
  var nodeHidden = entities.map(function () { return false; });
  var edgeHidden = facts.map(function () { return false; });

  function markReady() {
    if (viewer.ready) return;
    viewer.ready = true;
    viewer.readyAt = performance.now();
    byId("kg-loading").hidden = true;
    document.documentElement.setAttribute("data-ready", "true");
  }
  // Fit the whole graph, leaving room for the legend and the toolbar over the canvas.
  function fitWithMargin(animate) {
    network.fit();
    var view = { scale: network.getScale() * 0.86, position: network.getViewPosition() };
    var legend = byId("kg-legend"), graph = byId("kg-graph");
    if (legend && graph.clientWidth) view.position.x -= legend.offsetWidth * 0.25 / view.scale;
    if (animate) view.animation = { duration: 400, easingFunction: "easeInOutQuad" };
    network.moveTo(view);
  }
  viewer.fit = fitWithMargin;
  function stopPhysics() {
    network.stopSimulation();
    network.setOptions({ physics: { enabled: false } });
  }
  if (!entities.length) {
    markReady();
  } else if (data.layout === "physics") {
    var fill = byId("kg-bar-fill");
    network.on("stabilizationProgress", function (p) { fill.style.width = Math.round(100 * p.iterations / p.total) + "%"; });
    network.once("stabilizationIterationsDone", function () {
      stopPhysics();
      network.once("afterDrawing", markReady);
      fitWithMargin(false);
      network.redraw();
    });
    // Never leave a page spinning: stop physics whatever happens.
    setTimeout(function () { if (!viewer.ready) { stopPhysics(); markReady(); } }, 20000);
  } else {
    network.once("afterDrawing", markReady);
    fitWithMargin(false);
  }

  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
    else showOverview();
  });

  function applyFilters() {
    var allRel = relOrder.every(function (k) { return relations[k].on; });
    var nodeOk = entities.map(function (e) {
      return typeOn[e.type] !== false && (docFilter < 0 || e.documents.indexOf(docFilter) >= 0);
    });
    var hasEdge = entities.map(function () { return false; });
    var edgeOk = facts.map(function (f) {
      var ok = relations[relKey(f)].on && (docFilter < 0 || f.document === docFilter) && nodeOk[f.s] && nodeOk[f.o];
      if (ok) { hasEdge[f.s] = true; hasEdge[f.o] = true; }
      return ok;
    });
    if (!allRel) nodeOk = nodeOk.map(function (ok, i) { return ok && hasEdge[i]; });
    var nodeChanges = [], edgeChanges = [];
    nodeOk.forEach(function (ok, i) { if (nodeHidden[i] === ok) { nodeHidden[i] = !ok; nodeChanges.push({ id: i, hidden: !ok }); } });
    edgeOk.forEach(function (ok, j) { if (edgeHidden[j] === ok) { edgeHidden[j] = !ok; edgeChanges.push({ id: j, hidden: !ok }); } });
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
  }

  // ------------------------------------------------------------------ search
  var searchIndex = entities.map(function (e) { return [e.label].concat(e.aliases).map(norm); });
  var search = byId("kg-search");
  var results = byId("kg-results");
  var firstHit = null;
  function runSearch() {
    var q = norm(search.value.trim());
    clear(results);
    firstHit = null;
    if (!q) { results.hidden = true; return; }
    var hits = [];
    searchIndex.forEach(function (names, i) {
      var best = null;
      names.forEach(function (n, k) {
        var at = n.indexOf(q);
        if (at < 0) return;
        var score = (n === q ? 0 : at === 0 ? 1 : /[\s\-'’(]/.test(n.charAt(at - 1)) ? 2 : 3) + (k ? 0.5 : 0);
        if (!best || score < best.score) best = { score: score, alias: k ? entities[i].aliases[k - 1] : null };
      });
      if (best) hits.push({ i: i, score: best.score, alias: best.alias });
    });
    hits.sort(function (a, b) { return a.score - b.score || entities[b.i].degree - entities[a.i].degree; });
    results.hidden = false;
    if (!hits.length) { results.appendChild(h("li", "kg-empty", "No entity matches.")); return; }
    firstHit = hits[0].i;
    hits.slice(0, 15).forEach(function (hit) {
      var e = entities[hit.i];
      var li = h("li"), b = h("button");
      b.type = "button";
      var name = h("span", "kg-result-name", e.label);
      b.append(swatch(e.type, 14), name);
      if (hit.alias) b.appendChild(h("span", "kg-result-meta", "alias: " + hit.alias));
      b.appendChild(h("span", "kg-result-meta", e.type));
      b.addEventListener("click", function () { focusNode(hit.i); });
      li.appendChild(b);
      results.appendChild(li);
    });
    if (hits.length > 15) results.appendChild(h("li", "kg-empty", "… and " + (hits.length - 15) + " more"));
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && firstHit !== null) { ev.preventDefault(); focusNode(firstHit); }
    if (ev.key === "Escape") { search.value = ""; runSearch(); }
  });

  function focusNode(i) {
    if (!entities[i]) return;
    if (!nodeHidden[i]) {
      network.selectNodes([i]);
      network.focus(i, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 450, easingFunction: "easeInOutQuad" } });
    }
    showNode(i);
  }
  viewer.focusNode = focusNode;

  // ------------------------------------------------------------------ details panel
  var details = byId("kg-details");

  function entityRef(i, current) {
    if (i === current) return h("strong", null, entities[i].label);
    var b = h("button", "kg-entity-link", entities[i].label);
    b.type = "button";
    b.title = entities[i].type;
    b.addEventListener("click", function () { focusNode(i); });
    return b;
  }

  function evidenceBlock(f) {
    var bq = h("blockquote", "kg-evidence");
    if (!f.evidence) { bq.textContent = "(no evidence sentence recorded)"; return bq; }
    var chars = Array.from(f.evidence); // offsets are code points, as in Python
    var pos = 0;
    f.marks.forEach(function (span) {
      var a = Math.max(span[0], pos), b = Math.min(span[1], chars.length);
      if (b <= a) return;
      if (a > pos) bq.appendChild(document.createTextNode(chars.slice(pos, a).join("")));
      bq.appendChild(h("mark", null, chars.slice(a, b).join("")));
      pos = b;
    });
    if (pos < chars.length) bq.appendChild(document.createTextNode(chars.slice(pos).join("")));
    return bq;
  }

  function qualifierChips(q) {
    var ul = h("ul", "kg-chips");
    Object.keys(q).forEach(function (k) {
      var v = q[k];
      if (k === "quote" || v === null || v === undefined || v === "" || v === false) return;
      var text;
      if (k === "negated") text = "negated";
      else if (k === "factor" && typeof v === "number") text = "factor ×" + formatValue(v);
      else if (k === "attributed_to") text = "according to " + formatValue(v);
      else text = k.replace(/_/g, " ") + ": " + formatValue(v);
      ul.appendChild(h("li", k === "negated" ? "kg-chip-neg" : null, text));
    });
    return ul.childNodes.length ? ul : null;
  }

  function sourceLine(f) {
    var bits = [];
    var d = documents[f.document];
    bits.push("Source: " + (d ? d.source + (d.lang ? " (" + d.lang + ")" : "") : "unknown article"));
    if (f.start !== null && f.end !== null) bits.push("chars " + f.start + "–" + f.end);
    if (f.confidence !== null) bits.push("confidence " + f.confidence.toFixed(2));
    return h("p", "kg-source", bits.join(" · "));
  }

  function factCard(j, current) {
    var f = facts[j];
    var negated = !!f.qualifiers.negated;
    var card = h("div", "kg-fact" + (negated ? " kg-negated" : ""));
    var line = h("p", "kg-fact-line");
    var rel = h("span", "kg-rel");
    if (negated) rel.appendChild(h("span", "kg-not", "not "));
    rel.appendChild(document.createTextNode(f.label));
    line.append(entityRef(f.s, current), rel, entityRef(f.o, current));
    card.appendChild(line);
    if (f.wording) card.appendChild(h("p", "kg-wording", "Wording: “" + f.wording + "”"));
    var chips = qualifierChips(f.qualifiers);
    if (chips) card.appendChild(chips);
    card.appendChild(evidenceBlock(f));
    if (f.qualifiers.quote) card.appendChild(h("blockquote", "kg-quote", "“" + formatValue(f.qualifiers.quote) + "”"));
    card.appendChild(sourceLine(f));
    return card;
  }

  function metaList(pairs) {
    var dl = h("dl", "kg-meta");
    pairs.forEach(function (p) {
      if (!p[1] && p[1] !== 0) return;
      dl.appendChild(h("dt", null, p[0]));
      var dd = h("dd", p[2] || null);
      if (p[1] instanceof Node) dd.appendChild(p[1]); else dd.textContent = String(p[1]);
      dl.appendChild(dd);
    });
    return dl;
  }

  function badge(type) {
    var b = h("span", "kg-badge");
    b.append(swatch(type, 12), document.createTextNode(type));
    return b;
  }

  function showNode(i) {
    var e = entities[i];
    if (!e) return;
    viewer.selected = { node: i };
    clear(details);
    var head = h("div", "kg-entity-head");
    head.append(h("h2", null, e.label), badge(e.type));
    details.appendChild(head);
    var list = factsOf[i].slice().sort(function (a, b) {
      return facts[a].document - facts[b].document || (facts[a].start || 0) - (facts[b].start || 0);
    });
    details.appendChild(metaList([
      ["Aliases", e.aliases.join(", ")],
      ["Articles", e.documents.map(function (d) { return documents[d] ? documents[d].source : "?"; }).join(", ")],
      ["Facts", list.length],
      [LITERAL[e.type] ? "Value id" : "IRI", e.id, "kg-iri"]
    ]));
    details.appendChild(h("h3", "kg-h3", "Facts (" + list.length + ")"));
    if (!list.length) details.appendChild(h("p", "kg-placeholder", "No facts mention this entity."));
    var shown = 0;
    function more() {
      list.slice(shown, shown + 100).forEach(function (j) { details.appendChild(factCard(j, i)); });
      shown = Math.min(list.length, shown + 100);
      if (shown < list.length) {
        var b = h("button", "kg-link kg-more", "Show " + Math.min(100, list.length - shown) + " more of " + (list.length - shown));
        b.type = "button";
        b.addEventListener("click", function () { details.removeChild(b); more(); });
        details.appendChild(b);
      }
    }
    more();
    var panel = byId("kg-panel");
    if (details.offsetTop > panel.scrollTop + panel.clientHeight - 80 || details.offsetTop < panel.scrollTop) panel.scrollTop = details.offsetTop - 8;
  }
  viewer.showNode = showNode;

  function showEdge(j) {
    var f = facts[j];
    if (!f) return;
    viewer.selected = { edge: j };
    clear(details);
    var head = h("div", "kg-entity-head");
    head.append(h("h2", null, "Fact"));
    details.appendChild(head);
    details.appendChild(factCard(j, -1));
    details.appendChild(h("h3", "kg-h3", "Qualifiers"));
    var keys = Object.keys(f.qualifiers);
    if (!keys.length) details.appendChild(h("p", "kg-placeholder", "None: a plain statement."));
    else {
      var dl = h("dl", "kg-quals");
      keys.forEach(function (k) {
        dl.appendChild(h("dt", null, k.replace(/_/g, " ")));
        dl.appendChild(h("dd", null, formatValue(f.qualifiers[k])));
      });
      details.appendChild(dl);
    }
    details.appendChild(h("h3", "kg-h3", "Statement"));
    details.appendChild(metaList([
      ["Relation", f.predicate],
      ["Statement id", f.key, "kg-iri"],
      ["Confidence", f.confidence === null ? "" : f.confidence.toFixed(2)]
    ]));
  }
  viewer.showEdge = showEdge;

  function showOverview() {
    viewer.selected = null;
    clear(details);
    details.appendChild(h("p", "kg-placeholder", "Click a node or an edge to see its facts, with the evidence sentence and the exact words highlighted. Hover for a summary; scroll to zoom."));
    var top = entities.map(function (e, i) { return i; }).filter(function (i) { return !LITERAL[entities[i].type]; })
      .sort(function (a, b) { return entities[b].degree - entities[a].degree; }).slice(0, 8);
    if (!top.length) return;
    details.appendChild(h("h3", "kg-h3", "Most connected"));
    var ul = h("ul", "kg-checklist");
    top.forEach(function (i) {
      var li = h("li"), b = h("button", "kg-entity-link", entities[i].label);
      b.type = "button";
      b.addEventListener("click", function () { focusNode(i); });
      var row = h("label");
      row.append(swatch(entities[i].type, 14), b, h("span", "kg-n", plural(entities[i].degree, "fact")));
      li.appendChild(row);
      ul.appendChild(li);
    });
    details.appendChild(ul);
  }

  byId("kg-fit").addEventListener("click", function () { fitWithMargin(true); });
  byId("kg-reset").addEventListener("click", function () {
    search.value = "";
    runSearch();
    Array.prototype.forEach.call(typeList.querySelectorAll("input"), function (b) { b.checked = true; });
    Array.prototype.forEach.call(typeList.querySelectorAll("label"), function (l) { l.classList.remove("kg-off"); });
    Object.keys(typeOn).forEach(function (t) { typeOn[t] = true; });
    docSelect.value = "-1";
    docFilter = -1;
    setAllRelations(true);
    network.unselectAll();
    showOverview();
    fitWithMargin(true);
  });

  if (!entities.length) details.appendChild(h("p", "kg-placeholder", "This graph has no entities or facts yet."));
  else showOverview();
})();
