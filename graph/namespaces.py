"""Every IRI textkg mints, in one place: entities, documents, statements, relations, qualifiers.

Nothing else in textkg builds an IRI. IRIs are built from the facts' stable identities
(``Entity.key``, ``Document.id``), so the same entity name and type gives the same IRI in every
run and every article, and any input (quotes, spaces, ``<``, ``>``, unicode) gives a valid IRI:
letters and digits of any script are kept, a space becomes ``_`` and every other character is
percent-encoded, which is injective (two different keys never share an IRI). Very long names are
cut and suffixed with a hash.

>>> ns = Namespaces()
>>> ns.entity("ORG/netflix")
'https://textkg.org/id/entity/org/netflix'
>>> ns.entity('PERSON/o"brien <ceo>')
'https://textkg.org/id/entity/person/o%22brien_%3Cceo%3E'
>>> ns.relation("uses"), ns.relation("beïnvloeden")
('https://textkg.org/ns#uses', 'https://textkg.org/ns/rel/be%C3%AFnvloeden')
>>> ns.relation_id(ns.relation("beïnvloeden"))
'beïnvloeden'
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote, unquote

from textkg.errors import ConfigError
from textkg.facts import ENTITY_TYPES
from textkg.vocabulary import RELATIONS

__all__ = [
    "DEFAULT_BASE",
    "TKG",
    "TKG_REL",
    "TKG_QUALIFIER",
    "RDF",
    "RDFS",
    "XSD",
    "SKOS",
    "SCHEMA",
    "PROV",
    "DCTERMS",
    "PREFIXES",
    "TYPE_CLASSES",
    "QUALIFIERS",
    "Namespaces",
    "slug",
]

DEFAULT_BASE = "https://textkg.org/id/"

# The textkg vocabulary (graph/textkg.ttl): canonical relations, qualifiers, classes.
TKG = "https://textkg.org/ns#"
# Relations outside the vocabulary (a raw verb lemma) and qualifiers without a tkg: property.
TKG_REL = "https://textkg.org/ns/rel/"
TKG_QUALIFIER = "https://textkg.org/ns/qualifier/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"

PREFIXES: dict[str, str] = {
    "tkg": TKG,
    "tkgrel": TKG_REL,
    "tkgq": TKG_QUALIFIER,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "skos": SKOS,
    "schema": SCHEMA,
    "prov": PROV,
    "dcterms": DCTERMS,
}

# ENTITY_TYPES -> the standard class each entity also gets (besides its tkg: type class).
# CONCEPT, ROLE and TECHNOLOGY are things people talk *about*, not agents or places: they
# become skos:Concept (so a SKOS browser shows them) and schema:DefinedTerm.
TYPE_CLASSES: dict[str, tuple[str, ...]] = {
    "PERSON": (SCHEMA + "Person",),
    "ORG": (SCHEMA + "Organization",),
    "GPE": (SCHEMA + "Place", SCHEMA + "AdministrativeArea"),
    "LOC": (SCHEMA + "Place",),
    "PRODUCT": (SCHEMA + "Product",),
    "WORK": (SCHEMA + "CreativeWork",),
    "EVENT": (SCHEMA + "Event",),
    "CONCEPT": (SKOS + "Concept", SCHEMA + "DefinedTerm"),
    "ROLE": (SKOS + "Concept", SCHEMA + "DefinedTerm"),
    "LAW": (SCHEMA + "Legislation",),
    "TECHNOLOGY": (SKOS + "Concept", SCHEMA + "DefinedTerm"),
    "OTHER": (SCHEMA + "Thing",),
}
assert set(TYPE_CLASSES) == set(ENTITY_TYPES)

# Qualifier names (Triple.qualifiers keys) that have their own tkg: property, with its comment.
# Any other qualifier name becomes <TKG_QUALIFIER + percent-encoded name>, reversibly.
QUALIFIERS: dict[str, tuple[str, str]] = {
    "factor": ("factor", "A multiplying factor stated with the fact: 'tien keer sneller' gives 10."),
    "instrument": ("instrument", "What the subject uses or works with: 'X uses AI for effects' gives 'AI'."),
    "modality": ("modality", "How certain or possible the fact is stated to be (may, will, must...)."),
    "negated": ("negated", "True when the sentence denies the fact."),
    "quote": ("quote", "The quoted words the fact was taken from."),
    "time": ("time", "When the fact holds or happened, as written."),
    "attributed_to": ("attributedTo", "Who the fact is attributed to (the speaker or source)."),
    "source": ("source", "The source the sentence cites for the fact."),
    "as": ("as", "The role or class in 'X sees Y as Z'."),
    "location": ("location", "Where the fact holds or happened, as written."),
    "medium": ("medium", "The channel the statement was made through ('in een brief')."),
    "audience": ("audience", "Who the statement was made to ('tegenover investeerders')."),
    "amount": ("amount", "An amount of money or things the fact involves, as written."),
    "count": ("count", "How many of the subject take part, as written: 'zestig medewerkers' gives 'zestig'."),
    "percent": ("percent", "A percentage the fact involves, as a number."),
    "kind": ("statementKind", "What sort of statement: reported_speech, type (class membership)...; absent for plain facts."),
}
_QUALIFIER_BY_LOCAL = {local: name for name, (local, _) in QUALIFIERS.items()}

_MAX_SLUG = 120


@lru_cache(maxsize=1 << 16)
def slug(text: str, *, spaces: bool = True) -> str:
    """An IRI path segment for any string: injective, readable, never empty.

    Letters and digits of any script and ``-.~`` are kept, anything else is percent-encoded
    (UTF-8). With ``spaces`` (for names) a space becomes ``_`` and ``_`` itself is encoded;
    without (for ids, which rarely hold spaces) ``_`` is kept and a space encoded. Segments longer
    than 120 characters are cut and get a SHA-1 suffix.

    >>> slug("Ted Sarandos"), slug("a_b"), slug(""), slug("x/y?"), slug("netflix_ai nl", spaces=False)
    ('Ted_Sarandos', 'a%5Fb', '%20', 'x%2Fy%3F', 'netflix_ai%20nl')
    """
    if not text:
        return "%20"  # no string maps here: a space always becomes "_" (or "%20" inside text)
    keep = "-.~" if spaces else "-.~_"
    out = []
    for ch in text:
        if ch == " " and spaces:
            out.append("_")
        elif (ch.isalnum() and (ch.isascii() or ch.isprintable())) or ch in keep:
            out.append(ch)
        else:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass")))
    result = "".join(out)
    if len(result) > _MAX_SLUG:
        digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        result = result[:_MAX_SLUG].rstrip("%0123456789ABCDEF") + "~" + digest
    return result


@dataclass(frozen=True)
class Namespaces:
    """The IRIs of one graph, under a configurable base IRI.

    Parameters
    ----------
    base : str
        Absolute IRI ending in ``/`` or ``#``. Defaults to ``https://textkg.org/id/``.
    """

    base: str = DEFAULT_BASE

    def __post_init__(self) -> None:
        if not (self.base.startswith(("http://", "https://", "urn:")) and self.base[-1] in "/#:"):
            raise ConfigError(
                f"base IRI {self.base!r} is not usable: give an absolute http(s) IRI ending in '/' or '#'"
            )

    # -- identities ---------------------------------------------------------------------------
    def entity(self, key: str) -> str:
        """IRI of the entity with ``Entity.key`` ``key`` (``"TYPE/normalised name"``)."""
        type_, _, name = key.partition("/")
        return f"{self.base}entity/{slug(type_.lower())}/{slug(name)}"

    def document(self, doc_id: str) -> str:
        """IRI of a document; its named graph has the same IRI."""
        return f"{self.base}doc/{slug(doc_id, spaces=False)}"

    def statement(self, doc_id: str, fingerprint: str) -> str:
        """IRI of the statement node of one fact in one document."""
        digest = hashlib.sha1(fingerprint.encode("utf-8")).hexdigest()[:20]
        return f"{self.document(doc_id)}/statement/{digest}"

    def mention(self, doc_id: str, entity_key: str, start: int, end: int) -> str:
        """IRI of one mention of an entity in a document."""
        digest = hashlib.sha1(entity_key.encode("utf-8")).hexdigest()[:8]
        return f"{self.document(doc_id)}/mention/{start}-{end}-{digest}"

    @property
    def entities_graph(self) -> str:
        """The shared named graph with entity descriptions (labels, types, aliases)."""
        return f"{self.base}graph/entities"

    def is_document(self, iri: str) -> bool:
        return iri.startswith(self.base + "doc/") and "/" not in iri[len(self.base) + 4 :]

    # -- vocabulary ---------------------------------------------------------------------------
    @staticmethod
    def relation(predicate: str) -> str:
        """Property IRI of a relation id: ``tkg:<id>`` for RELATIONS, else ``tkgrel:<encoded>``."""
        if predicate in RELATIONS:
            return TKG + predicate
        return TKG_REL + quote(predicate, safe="")

    @staticmethod
    def relation_id(iri: str) -> str | None:
        """Inverse of :meth:`relation`; None for an IRI that is not a textkg relation."""
        if iri.startswith(TKG) and iri[len(TKG) :] in RELATIONS:
            return iri[len(TKG) :]
        if iri.startswith(TKG_REL):
            return unquote(iri[len(TKG_REL) :])
        return None

    @staticmethod
    def qualifier(name: str) -> str:
        """Property IRI of a qualifier name (``Triple.qualifiers`` key)."""
        if name in QUALIFIERS:
            return TKG + QUALIFIERS[name][0]
        return TKG_QUALIFIER + quote(name, safe="")

    @staticmethod
    def qualifier_name(iri: str) -> str | None:
        """Inverse of :meth:`qualifier`; None for an IRI that is not a qualifier."""
        if iri.startswith(TKG) and iri[len(TKG) :] in _QUALIFIER_BY_LOCAL:
            return _QUALIFIER_BY_LOCAL[iri[len(TKG) :]]
        if iri.startswith(TKG_QUALIFIER):
            return unquote(iri[len(TKG_QUALIFIER) :])
        return None

    @staticmethod
    def type_class(type_: str) -> str:
        """The tkg: class of an entity type (``tkg:PERSON`` ...)."""
        return TKG + type_

    @staticmethod
    def type_of_class(iri: str) -> str | None:
        if iri.startswith(TKG) and iri[len(TKG) :] in ENTITY_TYPES:
            return iri[len(TKG) :]
        return None
