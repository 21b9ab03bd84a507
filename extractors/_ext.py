"""The Doc extensions that carry textkg's intermediate results between pipeline components, and a
cache of the parse tree they all read."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

__all__ = ["MentionSpan", "Cluster", "register_extensions", "children_of"]


@dataclass
class MentionSpan:
    """A mention found in a Doc (token offsets), before clustering into entities."""

    start: int  # token index, inclusive
    end: int  # token index, exclusive
    head: int  # token index of the syntactic head
    kind: str  # name | description | pronoun
    type: str  # entity type guess (facts.ENTITY_TYPES) or "" for pronouns
    text: str  # surface text of the whole span
    name: str  # the span's naming form: determiners/possessives stripped, "'s" removed
    antecedent: int | None = None  # index into Doc._.tkg_mentions
    cluster: int | None = None  # index into Doc._.tkg_clusters
    klass: str = ""  # class noun phrase in apposition ("Argentijnse sciencefictionserie")
    role: str = ""  # role noun in apposition ("ceo")
    role_token: int | None = None
    klass_token: int | None = None  # the class noun's token ("bedrijf" in "het bedrijf Starship")
    predicative: bool = False  # says what its antecedent is ("een chemicus", "tot beste speler"): a value as an argument
    members: list[int] = field(default_factory=list)  # the names a group stands for ("de twee ziekenhuizen")


@dataclass
class Cluster:
    """One entity of a Doc: the mentions that refer to it."""

    name: str
    type: str
    mentions: list[int] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


def register_extensions() -> None:
    """Register the ``Doc._.tkg_*`` extensions (idempotent)."""
    for name in ("tkg_mentions", "tkg_clusters", "tkg_triples", "tkg_quotes", "tkg_warnings"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("tkg_head2mention"):
        Doc.set_extension("tkg_head2mention", default=None)


def children_of(tok: Token) -> list[Token]:
    """A token's children (cached per Doc: ``Token.children`` builds new Token objects on every call,
    and the extractors ask for them tens of thousands of times). Only the parse repairs and fragment
    joins move heads, and they run before anything asks (the same holds for :func:`sentence_of`)."""
    doc = tok.doc
    table = doc.user_data.get("_tkg_children")
    if table is None:
        tokens = list(doc)
        table = [[] for _ in tokens]
        for t in tokens:
            if t.head.i != t.i:
                table[t.head.i].append(t)
        doc.user_data["_tkg_children"] = table
    return table[tok.i]


register_extensions()
