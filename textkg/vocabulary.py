"""The canonical relations of the textkg vocabulary: one small, documented list.

Extractors map verb lemmas and patterns onto these ids (keeping the original wording as a
label); graph/ publishes them as ``tkg:`` properties (``graph/textkg.ttl``). A verb outside the
list still yields a triple, with its lemma as predicate, so nothing is lost.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Relation", "RELATIONS"]


@dataclass(frozen=True)
class Relation:
    """A canonical relation: id (an RDF local name), English label, meaning, expected subject type."""

    id: str
    label: str
    comment: str
    domain: str | None = None  # an ENTITY_TYPES value, or None for any


RELATIONS: dict[str, Relation] = {
    r.id: r
    for r in (
        Relation("isA", "is a", "The subject is an instance of the class or description in the object."),
        Relation("hasRole", "has role", "The subject holds the role or job title in the object.", "PERSON"),
        Relation("isCeoOf", "is CEO of", "The subject leads the organisation in the object.", "PERSON"),
        Relation("worksFor", "works for", "The subject is employed by or works for the object.", "PERSON"),
        Relation("uses", "uses", "The subject uses or deploys the object."),
        Relation("produces", "produces", "The subject produces, makes or creates the object."),
        Relation("develops", "develops", "The subject develops or builds the object."),
        Relation("said", "said", "The subject said the quoted or reported words in the object.", "PERSON"),
        Relation("announced", "announced", "The subject announced the object."),
        Relation("worriedAbout", "worried about", "The subject is worried about or fears the object."),
        Relation("opposes", "opposes", "The subject opposes or resists the object."),
        Relation("supports", "supports", "The subject supports the object."),
        Relation("invests", "invests in", "The subject invests in the object."),
        Relation("partOf", "is part of", "The subject is part of the object."),
        Relation("locatedIn", "is located in", "The subject is located in the object."),
        Relation("collaboratesWith", "works with", "The subject works together with the object."),
        Relation("acquires", "acquires", "The subject buys or takes over the object."),
        Relation("owns", "owns", "The subject owns the object."),
        Relation("foundedBy", "founded by", "The subject was founded by the object."),
        Relation("sees", "sees as", "The subject regards the object as something (the 'as' qualifier)."),
    )
}
