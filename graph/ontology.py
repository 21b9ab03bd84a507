"""The textkg vocabulary as RDF: generated from ``textkg.vocabulary`` into ``graph/textkg.ttl``.

``graph/textkg.ttl`` is never edited by hand: run ``python -m textkg.graph.ontology`` after
changing ``textkg/vocabulary.py`` (a test checks that the committed file matches).

>>> g = vocabulary_graph()
>>> len(g) > 100
True
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textkg.facts import ENTITY_TYPES
from textkg.vocabulary import RELATIONS

from .namespaces import PREFIXES, QUALIFIERS, TKG, TYPE_CLASSES

if TYPE_CHECKING:
    import rdflib

__all__ = ["VOCABULARY_PATH", "CONTEXT_PATH", "JSONLD_CONTEXT", "vocabulary_graph", "vocabulary_turtle",
           "context_json", "write_vocabulary"]

VOCABULARY_PATH = Path(__file__).with_name("textkg.ttl")
CONTEXT_PATH = Path(__file__).with_name("context.jsonld")

# The JSON-LD @context of textkg's exports (also shipped as graph/context.jsonld).
JSONLD_CONTEXT: dict = {
    **{prefix: iri for prefix, iri in PREFIXES.items()},
    "label": {"@id": "rdfs:label"},
    "altLabel": {"@id": "skos:altLabel"},
    "mentions": {"@id": "schema:mentions", "@type": "@id"},
    "wasDerivedFrom": {"@id": "prov:wasDerivedFrom", "@type": "@id"},
}

# Properties that hang on a statement (rdf:Statement) node, on documents and on entities.
_STATEMENT_PROPERTIES = {
    "evidence": ("evidence", "The sentence the fact was read from, verbatim.", "langString"),
    "start": ("start", "Character offset where the evidence sentence starts in the document text.", "integer"),
    "end": ("end", "Character offset where the evidence sentence ends in the document text.", "integer"),
    "confidence": ("confidence", "How sure the extractor is of the fact, 0 to 1.", "double"),
    "wording": ("wording", "The relation in the document's own words ('gebruiken voor').", "langString"),
    "relationLabel": ("relation label", "The English reading of the relation ('uses').", "langString"),
    "extractor": ("extractor", "Registered, versioned name of the rule that produced the fact.", "string"),
    "highlight": ("highlight", "Document offsets 'start-end' of words that state the fact.", "string"),
    "valueKind": ("value kind", "Kind of a literal object: text, quote, number or date.", "string"),
    "valueNumber": ("value number", "The number a literal object of kind 'number' stands for.", "double"),
}
_DOCUMENT_PROPERTIES = {
    "source": ("source", "Where the article was read from (a path, '-' for stdin, or empty).", "string"),
    "documentId": ("document id", "The document's id in textkg (Document.id).", "string"),
    "textLength": ("text length", "Length of the article text in characters.", "integer"),
}
_ENTITY_PROPERTIES = {
    "key": ("key", "The entity's identity: TYPE/normalised name (Entity.key).", "string"),
    "name": ("name in document", "The entity's canonical name as one document gives it (in that document's graph).", "langString"),
    "alias": ("alias in document", "Another name one document uses for the entity (in that document's graph).", "langString"),
}
_MENTION_PROPERTIES = {
    "mentionOf": ("mention of", "The entity a mention refers to.", None),
    "text": ("text", "The mention's words as written.", "string"),
    "kind": ("kind", "name, description or pronoun.", "string"),
}


def vocabulary_graph() -> "rdflib.Graph":
    """Build the textkg vocabulary: relations, qualifiers, classes, with labels and domains.

    Returns
    -------
    rdflib.Graph
        The vocabulary graph (``owl:Ontology`` ``https://textkg.org/ns``).
    """
    from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef

    tkg = Namespace(TKG)
    g = Graph()
    for prefix, iri in PREFIXES.items():
        if prefix not in ("tkgrel", "tkgq"):
            g.bind(prefix, iri)
    g.bind("owl", OWL)
    onto = URIRef(TKG.rstrip("#"))
    g.add((onto, RDF.type, OWL.Ontology))
    g.add((onto, RDFS.label, Literal("textkg vocabulary", lang="en")))
    g.add((onto, RDFS.comment, Literal(
        "Relations textkg extracts from news articles, the qualifiers and provenance that hang on "
        "each statement (an rdf:Statement node), and the entity classes. Generated from "
        "textkg/vocabulary.py; do not edit by hand.", lang="en")))

    def prop(local: str, label: str, comment: str, range_: str | None, kind=OWL.DatatypeProperty):
        p = tkg[local]
        g.add((p, RDF.type, kind))
        g.add((p, RDFS.label, Literal(label, lang="en")))
        g.add((p, RDFS.comment, Literal(comment, lang="en")))
        g.add((p, RDFS.isDefinedBy, onto))
        if range_ == "langString":
            g.add((p, RDFS.range, RDF.langString))
        elif range_:
            g.add((p, RDFS.range, XSD[range_]))
        return p

    for rel in RELATIONS.values():
        p = prop(rel.id, rel.label, rel.comment, None, OWL.ObjectProperty)
        if rel.domain:
            g.add((p, RDFS.domain, tkg[rel.domain]))
    for name, (local, comment) in QUALIFIERS.items():
        range_ = {"negated": "boolean", "percent": "double"}.get(name)
        label = "statement kind" if name == "kind" else name.replace("_", " ")
        p = prop(local, label, comment, range_, RDF.Property)
        g.add((p, RDFS.domain, RDF.Statement))
    for local, (label, comment, range_) in _STATEMENT_PROPERTIES.items():
        g.add((prop(local, label, comment, range_), RDFS.domain, RDF.Statement))
    for local, (label, comment, range_) in _DOCUMENT_PROPERTIES.items():
        g.add((prop(local, label, comment, range_), RDFS.domain, tkg.Document))
    for local, (label, comment, range_) in _ENTITY_PROPERTIES.items():
        prop(local, label, comment, range_)
    for local, (label, comment, range_) in _MENTION_PROPERTIES.items():
        kind = OWL.ObjectProperty if range_ is None else OWL.DatatypeProperty
        g.add((prop(local, label, comment, range_, kind), RDFS.domain, tkg.Mention))

    def cls(local: str, label: str, comment: str, parents=()):
        c = tkg[local]
        g.add((c, RDF.type, OWL.Class))
        g.add((c, RDFS.label, Literal(label, lang="en")))
        g.add((c, RDFS.comment, Literal(comment, lang="en")))
        g.add((c, RDFS.isDefinedBy, onto))
        for parent in parents:
            g.add((c, RDFS.subClassOf, URIRef(parent)))

    cls("Document", "document", "An article textkg read; its facts are in the named graph of the same IRI.",
        ("http://www.w3.org/ns/prov#Entity", "https://schema.org/CreativeWork"))
    cls("Mention", "mention", "One occurrence of an entity in a document's text (tkg:start, tkg:end).")
    for type_ in ENTITY_TYPES:
        cls(type_, type_.lower(), f"An entity of textkg type {type_}.", TYPE_CLASSES[type_])
    return g


def vocabulary_turtle() -> str:
    """The vocabulary as Turtle text (what ``graph/textkg.ttl`` must contain)."""
    header = "# Generated by `python -m textkg.graph.ontology` from textkg/vocabulary.py. Do not edit.\n"
    return header + vocabulary_graph().serialize(format="turtle")


def context_json() -> str:
    """The JSON-LD context document (what ``graph/context.jsonld`` must contain)."""
    import json

    return json.dumps({"@context": JSONLD_CONTEXT}, indent=2) + "\n"


def write_vocabulary(path: str | Path = VOCABULARY_PATH, context_path: str | Path = CONTEXT_PATH) -> Path:
    """Write the vocabulary Turtle file and the JSON-LD context next to it; returns the Turtle path."""
    path = Path(path)
    path.write_text(vocabulary_turtle(), encoding="utf-8")
    Path(context_path).write_text(context_json(), encoding="utf-8")
    return path


if __name__ == "__main__":  # pragma: no cover
    print(write_vocabulary())
