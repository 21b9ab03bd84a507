"""The canonical relations of the textkg vocabulary: one small, documented list.

Extractors map verb lemmas and patterns onto these ids (``extractors/predicates.py`` holds the
Dutch lexicon); graph/ publishes them as ``tkg:`` properties (``graph/textkg.ttl``). A verb
outside the list still yields a triple, with its lemma as predicate and its wording as label,
so nothing is lost.

``label`` reads subject → object in the active voice ("uses"); ``passive`` is the reading of a
passive clause without an agent ("is used"), where the subject is the patient.
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
    passive: str = ""  # English reading of an agentless passive ("is used"); "" = "is <label>"


RELATIONS: dict[str, Relation] = {
    r.id: r
    for r in (
        # -- type and role facts
        Relation("isA", "is a", "The subject is an instance of the class or description in the object."),
        Relation("hasRole", "has role", "The subject holds the role or job title in the object.", "PERSON"),
        Relation("isCeoOf", "is CEO of", "The subject leads the organisation in the object (CEO, topman, chief executive).", "PERSON"),
        Relation("holdsPositionAt", "holds position at", "The subject holds a named position (director, spokesperson, chair...) in the object organisation.", "PERSON"),
        Relation("memberOf", "is member of", "The subject is a member of the object (a party, an association, a team).", "PERSON"),
        Relation("worksFor", "works for", "The subject is employed by or works for the object.", "PERSON"),
        Relation("foundedBy", "founded by", "The subject was founded by the object."),
        Relation("founded", "founded", "The subject founded the object.", passive="was founded"),
        Relation("owns", "owns", "The subject owns the object.", passive="is owned"),
        Relation("partOf", "is part of", "The subject is part of (or a subsidiary of) the object."),
        Relation("locatedIn", "is located in", "The subject is located in or takes place in the object."),
        Relation("fromCountry", "is from", "The subject comes from (has its origin in) the country or place in the object."),
        # -- actions
        Relation("uses", "uses", "The subject uses, deploys or applies the object.", passive="is used"),
        Relation("produces", "produces", "The subject produces, makes or creates the object.", passive="is produced"),
        Relation("builds", "builds", "The subject builds or constructs the object (a factory, a line, a wind farm).",
                 passive="is built"),
        Relation("madeOf", "is made of", "The subject is made of or consists of the material or parts in the object.",
                 passive="is made of"),
        Relation("develops", "develops", "The subject develops or builds the object.", passive="is developed"),
        Relation("announced", "announced", "The subject announced or made known the object.", passive="was announced"),
        Relation("acquires", "acquires", "The subject buys or takes over the object.", passive="is acquired"),
        Relation("sells", "sells", "The subject sells the object.", passive="is sold"),
        Relation("invests", "invests in", "The subject invests in the object."),
        Relation("collaboratesWith", "collaborates with", "The subject works together with the object."),
        Relation("competesWith", "competes with", "The subject competes with the object."),
        Relation("launches", "launches", "The subject launches or releases the object.", passive="is launched"),
        Relation("replaces", "replaces", "The subject replaces or takes over the object.", passive="is replaced"),
        Relation("improves", "improves", "The subject improves the object.", passive="is improved"),
        Relation("benefitsFrom", "benefits from", "The subject profits or benefits from the object."),
        # -- speech, attitude, stance
        Relation("said", "said", "The subject said the quoted or reported words in the object.", "PERSON"),
        Relation("worriedAbout", "worried about", "The subject is worried about or fears the object."),
        Relation("opposes", "opposes", "The subject opposes, resists or campaigns against the object."),
        Relation("supports", "supports", "The subject supports or campaigns for the object."),
        Relation("sees", "sees as", "The subject regards the object as something (the 'as' qualifier)."),
        Relation("playsRoleIn", "plays a role in", "The subject plays a role in the object."),
        Relation("rulesOut", "rules out", "The subject rules out (excludes) the object; usually negated."),
        Relation("expects", "expects", "The subject expects the object to happen."),
        # -- values
        Relation("costs", "costs", "The subject costs the amount in the object."),
        Relation("hasState", "is", "The subject is in the state named by the object (bankrupt, closed, for sale...)."),
        Relation("votedFor", "voted for", "The subject voted for the object."),
        Relation("votedAgainst", "voted against", "The subject voted against the object."),
    )
}
