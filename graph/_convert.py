"""Facts <-> RDF quads: one matched pair, :func:`document_quads` and :func:`documents_from_quads`.

The RDF model (documented in ``graph/README.md``, vocabulary in ``graph/textkg.ttl``):

* Each document is ``tkg:Document`` / ``prov:Entity`` and names its own graph (same IRI). That
  graph holds the document's description, every fact as a plain triple (``ex:netflix tkg:uses
  ex:ai``), one ``rdf:Statement`` node per fact carrying its provenance (evidence sentence,
  offsets, confidence, wording, qualifiers, highlights, ``prov:wasDerivedFrom`` the document),
  the document's contribution to each entity (``tkg:name``, ``tkg:alias``) and its mentions.
* The shared graph ``<base>graph/entities`` holds entity descriptions: ``rdf:type`` (a
  schema.org or SKOS class and a ``tkg:`` type class), ``rdfs:label`` and ``skos:altLabel`` with
  language tags, ``tkg:key``. It is the union of the contributions of the documents that
  mention the entity, recomputed when a document is replaced (see ``graph/build.py``), so
  re-ingesting never leaves stale labels or aliases behind.

Terms are pyoxigraph terms: they validate IRIs and are fast.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad

from textkg.facts import ENTITY_TYPES, Document, Entity, Mention, Triple, Value, entity_key

from .namespaces import DCTERMS, PROV, RDF, RDFS, SCHEMA, SKOS, TKG, TYPE_CLASSES, XSD, Namespaces

__all__ = [
    "EntityInfo",
    "GraphData",
    "document_quads",
    "entity_contributions",
    "description_quads",
    "read_graph",
    "documents_from_quads",
    "literal_node_id",
]

_LANG = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")


def _n(iri: str) -> NamedNode:
    return NamedNode(iri)


_TYPE = _n(RDF + "type")
_STATEMENT = _n(RDF + "Statement")
_SUBJECT, _PREDICATE, _OBJECT = _n(RDF + "subject"), _n(RDF + "predicate"), _n(RDF + "object")
_LABEL = _n(RDFS + "label")
_ALT = _n(SKOS + "altLabel")
_DERIVED = _n(PROV + "wasDerivedFrom")
_PROV_ENTITY = _n(PROV + "Entity")
_GENERATED = _n(PROV + "generatedAtTime")
_LANGUAGE = _n(DCTERMS + "language")
_MENTIONS = _n(SCHEMA + "mentions")
_TEXT = _n(SCHEMA + "text")
_XSD_INT, _XSD_DOUBLE, _XSD_BOOL = _n(XSD + "integer"), _n(XSD + "double"), _n(XSD + "boolean")
_XSD_DATETIME = _n(XSD + "dateTime")


class _T:
    """tkg: terms used here (a closed set, so a typo fails at import)."""

    Document = _n(TKG + "Document")
    Mention = _n(TKG + "Mention")
    documentId, source, textLength = _n(TKG + "documentId"), _n(TKG + "source"), _n(TKG + "textLength")
    key, name, alias = _n(TKG + "key"), _n(TKG + "name"), _n(TKG + "alias")
    mentionOf, text, kind = _n(TKG + "mentionOf"), _n(TKG + "text"), _n(TKG + "kind")
    evidence, start, end = _n(TKG + "evidence"), _n(TKG + "start"), _n(TKG + "end")
    confidence, wording, relationLabel = _n(TKG + "confidence"), _n(TKG + "wording"), _n(TKG + "relationLabel")
    extractor, highlight = _n(TKG + "extractor"), _n(TKG + "highlight")
    valueKind, valueNumber = _n(TKG + "valueKind"), _n(TKG + "valueNumber")


_key = lru_cache(maxsize=1 << 16)(entity_key)  # Entity.key, memoised: names repeat a lot


def _lang(lang: str) -> str | None:
    return lang if lang and _LANG.match(lang) and lang != "auto" else None


def _text(value: str, lang: str | None) -> Literal:
    return Literal(value, language=lang) if lang else Literal(value)


def _int(value: int) -> Literal:
    return Literal(str(int(value)), datatype=_XSD_INT)


def _double(value: float) -> Literal:
    return Literal(repr(float(value)), datatype=_XSD_DOUBLE)


def _qualifier_literal(value: str | float | bool | int) -> Literal:
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=_XSD_BOOL)
    if isinstance(value, int):
        return _int(value)
    if isinstance(value, float):
        return _double(value)
    return Literal(str(value))


def _python_value(lit: Literal) -> str | float | bool | int:
    dt = lit.datatype.value if lit.datatype else ""
    if dt == XSD + "boolean":
        return lit.value in ("true", "1")
    if dt == XSD + "integer":
        return int(lit.value)
    if dt in (XSD + "double", XSD + "decimal", XSD + "float"):
        return float(lit.value)
    return lit.value


def _object_id(obj: Entity | Value) -> str:
    if isinstance(obj, Entity):
        return "entity:" + obj.key
    return f"value:{obj.kind}:{obj.text}"


def literal_node_id(text: str) -> str:
    """The networkx node id of a literal object: ``"literal:" + sha1(text)``."""
    return "literal:" + hashlib.sha1(text.encode("utf-8")).hexdigest()


def _fingerprint(t: Triple, subject_key: str, object_id: str) -> str:
    return "\x1f".join(
        [subject_key, t.predicate, object_id, str(t.start), str(t.end), t.wording, t.extractor,
         repr(sorted(t.qualifiers, key=repr))]
    )


def _document_entities(doc: Document) -> dict[str, Entity]:
    """Every entity of a document by key: its entity list plus triple subjects and objects."""
    found: dict[str, Entity] = {}
    for ent in doc.entities:
        key = _key(ent.name, ent.type)
        prev = found.get(key)
        if prev is None:
            found[key] = ent
        else:  # the same entity listed twice: merge aliases and mentions
            found[key] = Entity(prev.name, prev.type, tuple(dict.fromkeys(prev.aliases + ent.aliases)),
                                    tuple(sorted(set(prev.mentions + ent.mentions))))
    for t in doc.triples:
        for ent in (t.subject, t.object):
            if isinstance(ent, Entity):
                key = _key(ent.name, ent.type)
                if key not in found:
                    found[key] = Entity(ent.name, ent.type, ent.aliases, ())
    return found


def entity_contributions(doc: Document) -> dict[str, tuple[set[tuple[str, str | None]], set[tuple[str, str | None]]]]:
    """What one document says about each entity: ``key -> ({(name, lang)}, {(alias, lang)})``."""
    lang = _lang(doc.lang)
    out = {}
    for key, ent in _document_entities(doc).items():
        out[key] = ({(ent.name, lang)}, {(a, lang) for a in ent.aliases if a != ent.name})
    return out


def description_quads(
    ns: Namespaces,
    key: str,
    names: Iterable[tuple[str, str | None]],
    aliases: Iterable[tuple[str, str | None]],
) -> list[Quad]:
    """The shared description of one entity (in the entities graph) from its contributions."""
    g = _n(ns.entities_graph)
    e = _n(ns.entity(key))
    type_ = key.partition("/")[0]
    quads = [Quad(e, _T.key, Literal(key), g)]
    if type_ in TYPE_CLASSES:
        quads.append(Quad(e, _TYPE, _n(ns.type_class(type_)), g))
        quads.extend(Quad(e, _TYPE, _n(c), g) for c in TYPE_CLASSES[type_])
    # labels are names with their white space tidied ("Ted  Sarandos" -> "Ted Sarandos")
    names = {(" ".join(n.split()) or n, lang) for n, lang in names}
    aliases = {(" ".join(a.split()) or a, lang) for a, lang in aliases}
    quads.extend(Quad(e, _LABEL, _text(n, lang), g) for n, lang in sorted(names, key=repr))
    label_texts = {n for n, _ in names}
    quads.extend(Quad(e, _ALT, _text(a, lang), g) for a, lang in sorted(aliases, key=repr) if a not in label_texts)
    return quads


def document_quads(doc: Document, ns: Namespaces, built: str) -> list[Quad]:
    """Every quad of a document's named graph: description, facts, statements, contributions.

    Parameters
    ----------
    doc : Document
        The extracted document.
    ns : Namespaces
        IRIs to mint.
    built : str
        ISO 8601 build time (``prov:generatedAtTime``).
    """
    lang = _lang(doc.lang)
    d = _n(ns.document(doc.id))
    g = d
    q: list[Quad] = [
        Quad(d, _TYPE, _T.Document, g),
        Quad(d, _TYPE, _PROV_ENTITY, g),
        Quad(d, _T.documentId, Literal(doc.id), g),
        Quad(d, _T.source, Literal(doc.source), g),
        Quad(d, _T.textLength, _int(len(doc.text)), g),
        Quad(d, _TEXT, _text(doc.text, lang), g),
        Quad(d, _GENERATED, Literal(built, datatype=_XSD_DATETIME), g),
    ]
    if doc.lang:
        q.append(Quad(d, _LANGUAGE, Literal(doc.lang), g))
    nodes: dict[int, tuple[NamedNode, str]] = {}

    def entity_node(ent: Entity) -> tuple[NamedNode, str]:
        # Entity.key normalises the name: compute it and the IRI once per entity object
        found = nodes.get(id(ent))
        if found is None:
            key = _key(ent.name, ent.type)
            found = nodes[id(ent)] = (_n(ns.entity(key)), key)
        return found

    for key, ent in _document_entities(doc).items():
        e = _n(ns.entity(key))
        q.append(Quad(d, _MENTIONS, e, g))
        q.append(Quad(e, _T.name, _text(ent.name, lang), g))
        q.extend(Quad(e, _T.alias, _text(a, lang), g) for a in ent.aliases)
        for m in ent.mentions:
            node = _n(ns.mention(doc.id, key, m.start, m.end))
            q += [
                Quad(node, _TYPE, _T.Mention, g),
                Quad(node, _T.mentionOf, e, g),
                Quad(node, _T.start, _int(m.start), g),
                Quad(node, _T.end, _int(m.end), g),
                Quad(node, _T.text, Literal(m.text), g),
                Quad(node, _T.kind, Literal(m.kind), g),
            ]
    predicates: dict[str, NamedNode] = {}
    for t in doc.triples:
        s, s_key = entity_node(t.subject)
        p = predicates.get(t.predicate)
        if p is None:
            p = predicates[t.predicate] = _n(ns.relation(t.predicate))
        if isinstance(t.object, Entity):
            o, o_key = entity_node(t.object)
            o_id = "entity:" + o_key
        else:
            o = _text(t.object.text, lang)
            o_id = f"value:{t.object.kind}:{t.object.text}"
        st = _n(ns.statement(doc.id, _fingerprint(t, s_key, o_id)))
        q += [
            Quad(s, p, o, g),
            Quad(st, _TYPE, _STATEMENT, g),
            Quad(st, _SUBJECT, s, g),
            Quad(st, _PREDICATE, p, g),
            Quad(st, _OBJECT, o, g),
            Quad(st, _DERIVED, d, g),
            Quad(st, _T.evidence, _text(t.evidence, lang), g),
            Quad(st, _T.start, _int(t.start), g),
            Quad(st, _T.end, _int(t.end), g),
            Quad(st, _T.confidence, _double(t.confidence), g),
            Quad(st, _T.wording, _text(t.wording, lang), g),
            Quad(st, _T.relationLabel, Literal(t.label, language="en"), g),
        ]
        if t.extractor:
            q.append(Quad(st, _T.extractor, Literal(t.extractor), g))
        q.extend(Quad(st, _T.highlight, Literal(f"{a}-{b}"), g) for a, b in t.highlights)
        if isinstance(t.object, Value):
            q.append(Quad(st, _T.valueKind, Literal(t.object.kind), g))
            if t.object.number is not None:
                q.append(Quad(st, _T.valueNumber, _double(t.object.number), g))
        for name, value in t.qualifiers:
            q.append(Quad(st, _n(ns.qualifier(name)), _qualifier_literal(value), g))
    return q


# -- RDF -> facts -----------------------------------------------------------------------------


@dataclass
class EntityInfo:
    """An entity as the shared graph describes it."""

    iri: str
    key: str
    type: str
    labels: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.labels[0] if self.labels else self.key.partition("/")[2]


@dataclass
class GraphData:
    """A whole stored graph read back: documents (with their facts) and entity descriptions."""

    documents: list[Document]
    entities: dict[str, EntityInfo]  # by IRI
    built: dict[str, str]  # doc id -> iso build time
    statement_ids: dict[int, str]  # id(Triple) -> statement IRI (edge keys)


def _term_key(term) -> str:
    return term.value if isinstance(term, (NamedNode, BlankNode)) else f"lit:{term.value}"


def read_graph(quads: Iterable[Quad], ns: Namespaces) -> GraphData:
    """Read facts back from quads (a whole store or one document's graph plus entities graph)."""
    by_graph: dict[str, dict[str, dict[str, list]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    entities_graph = ns.entities_graph
    for quad in quads:
        gname = quad.graph_name
        gkey = "" if isinstance(gname, DefaultGraph) else gname.value
        by_graph[gkey][_term_key(quad.subject)][quad.predicate.value].append(quad.object)

    entities: dict[str, EntityInfo] = {}
    for iri, props in by_graph.get(entities_graph, {}).items():
        keys = props.get(TKG + "key")
        if not keys:
            continue
        key = keys[0].value
        labels = _rank_labels({lit.value for lit in props.get(RDFS + "label", [])})
        aliases = sorted({lit.value for lit in props.get(SKOS + "altLabel", [])} - set(labels))
        entities[iri] = EntityInfo(iri, key, key.partition("/")[0], labels, aliases)

    documents: list[Document] = []
    built: dict[str, str] = {}
    statement_ids: dict[int, str] = {}
    for gkey, subjects in by_graph.items():
        if gkey == entities_graph or gkey not in subjects:
            continue
        dprops = subjects[gkey]
        if not any(getattr(t, "value", None) == TKG + "Document" for t in dprops.get(RDF + "type", [])):
            continue
        doc_id = _first(dprops, TKG + "documentId", gkey)
        text_lits = dprops.get(SCHEMA + "text", [])
        doc = Document(
            id=doc_id,
            text=text_lits[0].value if text_lits else "",
            lang=_first(dprops, DCTERMS + "language", ""),
            source=_first(dprops, TKG + "source", ""),
        )
        built[doc_id] = _first(dprops, PROV + "generatedAtTime", "")
        mentions: dict[str, list[Mention]] = defaultdict(list)
        for subj, props in subjects.items():
            if TKG + "mentionOf" in props:
                mentions[props[TKG + "mentionOf"][0].value].append(
                    Mention(int(_first(props, TKG + "start", 0)), int(_first(props, TKG + "end", 0)),
                            _first(props, TKG + "text", ""), _first(props, TKG + "kind", "name"))
                )
        doc_entities: dict[str, Entity] = {}
        for mentioned in dprops.get(SCHEMA + "mentions", []):
            iri = mentioned.value
            props = subjects.get(iri, {})
            info = entities.get(iri)
            type_ = info.type if info else _type_from_iri(iri, ns)
            name = _first(props, TKG + "name", info.label if info else iri.rsplit("/", 1)[-1])
            aliases = tuple(sorted({lit.value for lit in props.get(TKG + "alias", [])}))
            ent = Entity(name, type_, aliases, tuple(sorted(mentions.get(iri, []))))
            doc_entities[iri] = ent
            if info is not None and doc_id not in info.documents:
                info.documents.append(doc_id)
        doc.entities = sorted(doc_entities.values(), key=lambda e: e.key)
        for subj, props in subjects.items():
            if not any(getattr(t, "value", None) == RDF + "Statement" for t in props.get(RDF + "type", [])):
                continue
            triple = _statement_triple(subj, props, doc, doc_entities, entities, ns)
            if triple is not None:
                doc.triples.append(triple)
                statement_ids[id(triple)] = subj
        doc.triples.sort(key=lambda t: (t.start, t.end, t.subject.key, t.predicate, _object_id(t.object)))
        documents.append(doc)
    documents.sort(key=lambda d: d.id)
    for info in entities.values():
        info.documents.sort()
    return GraphData(documents, entities, built, statement_ids)


def _rank_labels(labels: set[str]) -> list[str]:
    """Labels best first: mixed case before ALL CAPS ("Netflix" before "NETFLIX"), then alphabetical."""
    mixed = any(not s.isupper() for s in labels)
    return sorted(labels, key=lambda s: (mixed and s.isupper(), s.lower(), s))


def documents_from_quads(quads: Iterable[Quad], ns: Namespaces | None = None) -> list[Document]:
    """The documents (entities and triples) stored in ``quads``; inverse of :func:`document_quads`."""
    return read_graph(quads, ns or Namespaces()).documents


def _first(props: dict[str, list], iri: str, default):
    values = props.get(iri)
    return values[0].value if values else default


def _type_from_iri(iri: str, ns: Namespaces) -> str:
    prefix = ns.base + "entity/"
    if iri.startswith(prefix):
        candidate = iri[len(prefix) :].split("/", 1)[0].upper()
        if candidate in ENTITY_TYPES:
            return candidate
    return "OTHER"


def _entity_for(iri: str, doc_entities: dict[str, Entity], entities: dict[str, EntityInfo], ns: Namespaces) -> Entity:
    if iri in doc_entities:
        return doc_entities[iri]
    info = entities.get(iri)
    if info is not None:
        return Entity(info.label, info.type, tuple(info.aliases))
    return Entity(iri.rsplit("/", 1)[-1], _type_from_iri(iri, ns))


def _statement_triple(subj, props, doc, doc_entities, entities, ns: Namespaces) -> Triple | None:
    try:
        s_term = props[RDF + "subject"][0]
        p_term = props[RDF + "predicate"][0]
        o_term = props[RDF + "object"][0]
    except (KeyError, IndexError):
        return None
    predicate = ns.relation_id(p_term.value) or p_term.value
    subject = _entity_for(s_term.value, doc_entities, entities, ns)
    if isinstance(o_term, Literal):
        number = props.get(TKG + "valueNumber")
        obj: Entity | Value = Value(o_term.value, _first(props, TKG + "valueKind", "text"),
                                   float(number[0].value) if number else None)
    else:
        obj = _entity_for(o_term.value, doc_entities, entities, ns)
    qualifiers = []
    for piri, values in props.items():
        name = ns.qualifier_name(piri)
        if name is not None:
            qualifiers.extend((name, _python_value(v)) for v in values)
    highlights = []
    for lit in props.get(TKG + "highlight", []):
        a, _, b = lit.value.partition("-")
        highlights.append((int(a), int(b)))
    return Triple(
        subject=subject,
        predicate=predicate,
        object=obj,
        label=_first(props, TKG + "relationLabel", predicate),
        wording=_first(props, TKG + "wording", ""),
        document=doc.id,
        evidence=_first(props, TKG + "evidence", ""),
        start=int(_first(props, TKG + "start", 0)),
        end=int(_first(props, TKG + "end", 0)),
        confidence=float(_first(props, TKG + "confidence", 0.5)),
        qualifiers=tuple(sorted(qualifiers, key=lambda kv: (kv[0], repr(kv[1])))),
        extractor=_first(props, TKG + "extractor", ""),
        highlights=tuple(sorted(highlights)),
    )


# -- pyoxigraph <-> rdflib terms (the memory store and the .rdf view) ---------------------------


def to_rdflib(term):
    """A pyoxigraph term as an rdflib term."""
    from rdflib import BNode as RBNode
    from rdflib import Literal as RLiteral
    from rdflib import URIRef

    if isinstance(term, NamedNode):
        return URIRef(term.value)
    if isinstance(term, BlankNode):
        return RBNode(term.value)
    if isinstance(term, Literal):
        if term.language:
            return RLiteral(term.value, lang=term.language)
        dt = term.datatype.value if term.datatype else None
        if dt == XSD + "string":
            dt = None
        return RLiteral(term.value, datatype=URIRef(dt) if dt else None)
    raise TypeError(f"cannot convert {term!r} to rdflib")


def from_rdflib(term):
    """An rdflib term as a pyoxigraph term."""
    from rdflib import BNode as RBNode
    from rdflib import Literal as RLiteral
    from rdflib import URIRef

    if isinstance(term, URIRef):
        return NamedNode(str(term))
    if isinstance(term, RBNode):
        return BlankNode(str(term))
    if isinstance(term, RLiteral):
        if term.language:
            return Literal(str(term), language=term.language)
        if term.datatype is not None:
            return Literal(str(term), datatype=NamedNode(str(term.datatype)))
        return Literal(str(term))
    raise TypeError(f"cannot convert {term!r} from rdflib")


def to_rdflib_quad(quad: Quad, dataset):
    """A pyoxigraph quad as an rdflib ``(s, p, o, Graph)`` for ``Dataset.addN``."""
    from rdflib import URIRef

    g = quad.graph_name
    ctx = dataset.default_graph if isinstance(g, DefaultGraph) else dataset.graph(URIRef(g.value))
    return (to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object), ctx)


def from_rdflib_quad(s, p, o, g) -> Quad:
    ident = getattr(g, "identifier", g)
    return Quad(from_rdflib(s), from_rdflib(p), from_rdflib(o), from_rdflib(ident))
