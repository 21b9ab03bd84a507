"""Entity clustering: one entity per real thing in a Doc, with its surface forms as aliases.

Mentions are joined (union-find) when coreference links them, when their names are the same up
to case, accents and a possessive, when a person's name is the tail of a longer one ("Sarandos"
in "Ted Sarandos"), or when two descriptions have the same naming form ("acteurs"/"Acteurs").
The canonical name is the longest person name, else the most frequent name, else the most
informative description. Writes ``Doc._.tkg_clusters`` and ``MentionSpan.cluster``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc

from ._ext import Cluster, MentionSpan
from ._ext import children_of
from ._lexicon import PLACE_INSTITUTIONS, org_shaped, title_type
from .mentions import abbreviates

__all__ = ["EntityClusterer", "make_entity_clusterer", "name_key"]

_TYPE_PRIORITY = ("PERSON", "ORG", "GPE", "LOC", "PRODUCT", "WORK", "EVENT", "LAW", "TECHNOLOGY", "CONCEPT", "ROLE", "MISC", "OTHER")


@lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """Case-, accent-, hyphen- and possessive-insensitive key of a name."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"['’]s\b", "", s)
    s = re.sub(r"[^\w&]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


class EntityClusterer:
    """Cluster a Doc's mentions into entities."""

    def __init__(self, nlp: Language, name: str = "textkg_entities"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[MentionSpan] = doc._.tkg_mentions or []
        parent = list(range(len(mentions)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def union(a: int, b: int) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

        # an unresolved demonstrative description ("die mogelijkheid") is no entity of its own
        skip = set()
        for i, m in enumerate(mentions):
            if m.kind == "description" and m.antecedent is None:
                dets = [c.lower_ for c in children_of(doc[m.head]) if c.dep_ == "det"] + [doc[m.start].lower_]
                if set(dets) & {"die", "deze", "dit", "dat"} and doc[m.start].i != m.head or doc[m.head].i > 0 and doc[m.head - 1].lower_ in ("die", "deze", "dit", "dat") and doc[m.head - 1].pos_ == "DET":
                    skip.add(i)
        by_key: dict[str, int] = {}
        persons: list[int] = []
        for i, m in enumerate(mentions):
            if m.kind == "pronoun":
                continue
            k = (m.kind == "name", name_key(m.name))
            if not k[1]:
                continue
            kk = f"{k[0]}|{k[1]}"
            if kk in by_key:
                if not (m.kind == "description" and m.antecedent is not None and mentions[by_key[kk]].antecedent is not None):
                    union(by_key[kk], i)  # two resolved descriptions ("het ziekenhuis") may name different things
            else:
                by_key[kk] = i
            if m.kind == "name" and m.type == "PERSON":
                persons.append(i)
        # a description with the same words as a name ("AI" as noun and as name) is that name
        for i, m in enumerate(mentions):
            if m.kind == "description" and f"True|{name_key(m.name)}" in by_key:
                union(by_key[f"True|{name_key(m.name)}"], i)
        # person name tails: "Sarandos" -> "Ted Sarandos"; other names of another type by tail too
        names = [i for i, m in enumerate(mentions) if m.kind == "name"]
        keys = {i: name_key(mentions[i].name).split() for i in names}
        by_last: dict[str, list[int]] = {}
        first_of: dict[tuple, int] = {}
        for i in names:
            if keys[i]:
                t = tuple(keys[i])
                if t not in first_of:  # identical names are already joined: compare one of each
                    first_of[t] = i
                    by_last.setdefault(keys[i][-1], []).append(i)
        for i in first_of.values():
            ki = keys[i]
            longer = [j for j in by_last.get(ki[-1], ()) if j != i and len(keys[j]) > len(ki) and mentions[j].type == "PERSON"]
            for j in by_last.get(ki[-1], ()):
                if i == j or len(longer) > 1 and j in longer and j != min(longer, key=lambda x: mentions[x].start):
                    continue  # "Bakkali" after "Noor Bakkali" and "haar broer Yassin Bakkali": the one introduced first
                kj = keys[j]
                classed = title_type(mentions[i].klass.split()[-1].lower()) if mentions[i].klass else None
                if len(ki) < len(kj) and kj[-len(ki):] == ki and kj[0] not in PLACE_INSTITUTIONS and (
                        mentions[j].type == "PERSON" and mentions[i].type in ("PERSON", "MISC", "ORG", "GPE")
                        or mentions[i].type in (mentions[j].type, "MISC") and mentions[j].type != "GPE"
                        and (len(ki) > 1 or kj[1:] == ki)) \
                        and not (mentions[j].type == "PERSON" and classed not in (None, "PERSON")):
                    union(i, j)  # not "dochterbedrijf Korvel" with "Hendrik Korvel": its class noun says what it is;
                    # an organisation is not its last word ("Veluwe" <- "Stichting Natuurwacht Veluwe"), but "Rivierduin"
                    # is "Ziekenhuis Rivierduin"
        # a capitalised word the tagger did not call a name is still a person's surname ("Koopmans zei ...")
        for i, m in enumerate(mentions):
            last = [j for j in by_last.get(name_key(m.name), ()) if mentions[j].type == "PERSON" and len(keys[j]) > 1]
            if m.kind == "description" and m.end - m.start == 1 and doc[m.start].text[:1].isupper() and len(last) == 1:
                union(i, last[0])
        def join_first_words(longer: Callable[[int], bool], short: Callable[[int, int], bool]) -> None:
            """A one-word name is the one longer name of a kind that starts with it."""
            by_first: dict[str, list[int]] = {}
            for i in first_of.values():
                if len(keys[i]) > 1 and longer(i):
                    by_first.setdefault(keys[i][0], []).append(i)
            for i in first_of.values():
                full = by_first.get(keys[i][0], []) if len(keys[i]) == 1 else []
                if len(full) == 1 and short(i, full[0]):
                    union(i, full[0])

        # a first name alone ("Mikkel" in a quote) is the one person introduced with it ("Mikkel Sørensen")
        join_first_words(lambda i: mentions[i].type == "PERSON",
                         lambda i, j: mentions[i].type in ("PERSON", "MISC") and mentions[i].start > mentions[j].start)
        # an organisation's short name is the head of its full one: "Brightfield" -> "Brightfield Foods"
        join_first_words(lambda i: mentions[i].type == "ORG" or org_shaped(mentions[i].name),
                         lambda i, j: mentions[i].type in ("ORG", "MISC") and keys[i][0] not in PLACE_INSTITUTIONS)
        # an abbreviation in brackets after a name is that name: "Autoriteit Consument & Markt (ACM)"
        at = {mentions[i].start: i for i in names}
        for i in names:
            m = mentions[i]
            j = at.get(m.end + 1)
            if j is not None and mentions[j].end == m.end + 2 and doc[m.end].text == "(" \
                    and m.end + 2 < len(doc) and doc[m.end + 2].text == ")" and abbreviates(mentions[j].name, m.name):
                union(i, j)
        # Dutch possessive -s without apostrophe: "Kahns bedrijf" is Kahn's
        tails = {}
        for i in names:
            k = keys[i]
            if k:
                tails.setdefault(k[-1], i)
        for i in names:
            m = mentions[i]
            k = keys[i]
            nxt = doc[m.end] if m.end < len(doc) else None
            if k and k[-1].endswith("s") and len(k[-1]) > 3 and nxt is not None and nxt.pos_ == "NOUN" and k[-1][:-1] in tails:
                union(i, tails[k[-1][:-1]])
        for i, m in enumerate(mentions):
            if m.antecedent is not None:
                union(i, m.antecedent)
        groups: dict[int, list[int]] = {}
        for i, m in enumerate(mentions):
            groups.setdefault(find(i), []).append(i)
        clusters: list[Cluster] = []
        for root in sorted(groups):
            members = groups[root]
            ms = [mentions[i] for i in members]
            if all(m.kind == "pronoun" or i in skip for i, m in zip(members, ms)):
                for i in members:
                    mentions[i].cluster = None
                continue
            name, type_ = self._canonical(ms)
            classed = Counter(title_type(m.klass.split()[-1].lower()) for m in ms if m.kind == "name" and m.klass)
            classed.pop(None, None)
            classed.pop("PERSON", None)
            classed.pop("CONCEPT", None)
            if classed and type_ in ("MISC", "CONCEPT", "GPE", "ORG", "PRODUCT", "PERSON") and not any(m.role for m in ms):
                # a class noun in apposition ("Zuivelconcern Frieslandia") outweighs the NER's guesses
                type_ = classed.most_common(1)[0][0]
            personal = any(m.kind == "pronoun" and m.text.lower() in ("hij", "hem", "zij", "ze", "haar") or m.role for m in ms)
            if type_ in ("PERSON", "LOC", "GPE", "MISC") and not personal and org_shaped(name):
                type_ = "ORG"  # "Consumentenbond", "Zomerfeest Events": a name built on an organisation word
            if type_ in ("MISC", "CONCEPT", "PERSON", "GPE") and any(m.kind == "name" for m in ms):
                # the NER was unsure: a coreferent class noun ("het bedrijf") decides
                described = Counter(m.type for m in ms if m.kind == "description" and m.type not in ("CONCEPT", "ROLE", "MISC"))
                personal = any(m.kind == "pronoun" and m.text.lower() in ("hij", "hem") or m.role for m in ms)
                if described and (type_ in ("MISC", "CONCEPT") or not personal and described.most_common(1)[0][0] != "PERSON"):
                    type_ = described.most_common(1)[0][0]
            aliases = []
            for m in ms:
                if m.kind == "name":
                    for form in (m.name, m.text):
                        if form != name and form not in aliases and name_key(form) != "":
                            aliases.append(form)
            c = Cluster(name=name, type=type_, mentions=members, aliases=aliases)
            for i in members:
                mentions[i].cluster = len(clusters)
            clusters.append(c)
        doc._.tkg_clusters = clusters
        return doc

    @staticmethod
    def _canonical(ms: list[MentionSpan]) -> tuple[str, str]:
        names = [m for m in ms if m.kind == "name"]
        types = Counter(m.type for m in ms if m.type and m.kind != "pronoun")
        if names:
            ntypes = Counter(m.type for m in names if m.type != "MISC")
            ntypes.update("PERSON" for m in names if m.role)  # "directeur Marieke Hofstede" outweighs the NER's ORG
            type_ = ntypes.most_common(1)[0][0] if ntypes else None
            if type_ is None:
                dtypes = [m.type for m in ms if m.kind == "description" and m.type not in ("CONCEPT", "ROLE")]
                type_ = dtypes[0] if dtypes else "MISC"
            if type_ == "PERSON":
                name = max((m.name for m in names if m.type in ("PERSON", "MISC")), key=lambda n: (len(n.split()), len(n)))
            else:
                freq = Counter(name_key(m.name) for m in names)
                # the most frequent name, the first one on a tie
                name = max(names, key=lambda m: freq[name_key(m.name)]).name
                # prefer a mixed-case spelling ("Veo 3") over an all-caps one when both occur
                same = [m.name for m in names if name_key(m.name) == name_key(name) and not m.name.isupper()]
                if name.isupper() and same and len(name) > 4:
                    name = same[0]
                # the name an abbreviation spells out ("CBS" -> "Centraal Bureau voor de Statistiek")
                name = next((m.name for m in names if abbreviates(name, m.name)), name)
            return name, type_
        # a predicative noun phrase ("is een combinatie van ...") describes the thing; it does not name it
        descs = [m for m in ms if m.kind == "description" and not m.predicative] or [m for m in ms if m.kind == "description"]
        best = max(descs, key=lambda m: len(m.name.split()))
        typed = [m.type for m in descs if m.type not in ("CONCEPT", "ROLE")]
        type_ = typed[0] if typed else (types.most_common(1)[0][0] if types else "CONCEPT")
        return best.name, type_


@Language.factory("textkg_entities", assigns=["doc._.tkg_clusters"], requires=["doc._.tkg_mentions"])
def make_entity_clusterer(nlp: Language, name: str) -> EntityClusterer:
    """Factory of :class:`EntityClusterer` (``textkg_entities``)."""
    return EntityClusterer(nlp, name)
