"""The extracted-facts model: the one currency between extractors/ and graph/.

Plain frozen dataclasses of strings and offsets, never spaCy tokens or rdflib terms, so that
facts can be pickled, sorted, de-duplicated and tested without either library.

Data flows one way: ``extractors`` produce a :class:`Document` (its entities and triples),
``graph`` turns it into RDF, ``outputs`` serialise and render it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

__all__ = ["ENTITY_TYPES", "Mention", "Entity", "Value", "Triple", "Document", "entity_key", "document_id"]

# The entity types textkg assigns; graph/ maps each to a schema.org class.
ENTITY_TYPES = (
    "PERSON", "ORG", "GPE", "LOC", "PRODUCT", "WORK", "EVENT", "CONCEPT", "ROLE", "LAW", "TECHNOLOGY", "OTHER",
)


@dataclass(frozen=True, order=True)
class Mention:
    """One occurrence of an entity in the text: a name, a description ("het bedrijf") or a pronoun."""

    start: int  # character offsets into Document.text
    end: int
    text: str
    kind: str = "name"  # name | description | pronoun


@dataclass(frozen=True)
class Entity:
    """One real thing in a document, with every surface form that refers to it."""

    name: str  # canonical name, e.g. "Ted Sarandos"
    type: str  # one of ENTITY_TYPES
    aliases: tuple[str, ...] = ()  # other names ("Sarandos", "VEO 3"), not descriptions or pronouns
    mentions: tuple[Mention, ...] = ()

    def __str__(self) -> str:
        return self.name

    @property
    def key(self) -> str:
        """Identity across documents: the same name and type is the same node."""
        return entity_key(self.name, self.type)


@dataclass(frozen=True)
class Value:
    """A literal object: a value, a class description, or quoted words (kind="quote")."""

    text: str
    kind: str = "text"  # text | quote | number | date
    number: float | None = None

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Triple:
    """A subject–relation–object fact, traced to its evidence sentence.

    ``predicate`` is a canonical relation id from the textkg vocabulary (e.g. "uses",
    "isCeoOf") or, for verbs outside it, the verb lemma; ``label`` is its English reading
    ("uses", "is CEO of"); ``wording`` keeps the original words ("gebruiken voor").
    """

    subject: Entity
    predicate: str
    object: Entity | Value
    label: str
    wording: str
    document: str  # Document.id
    evidence: str  # the evidence sentence, verbatim
    start: int  # character offsets of the evidence sentence in Document.text
    end: int
    confidence: float = 0.5
    # Structured qualifiers: factor, time, modality, negated, attributed_to, quote, source, ...
    qualifiers: tuple[tuple[str, str | float | bool], ...] = ()
    extractor: str = ""  # the registered, versioned name of the rule that produced it
    # Document offsets of the words that state the fact (subject, verb, object), for highlighting.
    highlights: tuple[tuple[int, int], ...] = ()

    def qualifier(self, name: str, default: str | float | bool | None = None) -> str | float | bool | None:
        return dict(self.qualifiers).get(name, default)


@dataclass
class Document:
    """One article with what textkg extracted from it."""

    id: str
    text: str
    lang: str
    source: str = ""  # where it came from (a path, "-", or "")
    entities: list[Entity] = field(default_factory=list)
    triples: list[Triple] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _normalise(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).casefold()
    return re.sub(r"\s+", " ", text).strip()


def entity_key(name: str, type: str) -> str:
    """Normalised ``type/name``: stable across runs and articles, case- and space-insensitive."""
    return f"{type}/{_normalise(name)}"


def document_id(text: str, source: str = "") -> str:
    """A stable id: the file's name for a file (re-ingesting replaces it), else a text hash."""
    if source and source != "-":
        stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", source.replace("\\", "/").rsplit("/", 1)[-1])
        slug = re.sub(r"[^\w.-]+", "-", unicodedata.normalize("NFKC", stem)).strip("-")
        if slug:
            return slug
    return "sha256-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
