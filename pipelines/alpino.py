"""Convert Alpino XML dependency trees to Universal Dependencies (CoNLL-U).

This module turns the Alpino treebank as distributed with NLTK (``alpino.zip``
holding ``alpino/alpino.xml``: cdb newspaper sentences, ISO-8859-1, old
Alpino 1.2 node format) into CoNLL-U sentence blocks whose relation inventory
follows UD Dutch (UD_Dutch-Alpino, r2.16), so the result can be used as extra
training data for the Dutch dependency parser.

Method
------
The conversion follows the approach described by Gosse Bouma and Gertjan van
Noord, "Increasing return on annotation investment: the automatic
construction of a Universal Dependency treebank for Dutch", Proceedings of
the NoDaLiDa 2017 Workshop on Universal Dependencies (UDW 2017), which is how
the official UD Dutch treebanks are derived from Alpino/Lassy trees.  This is
an independent, simplified re-implementation (written from the paper's
description and the published UD data, not from their code):

* Every Alpino phrase gets a *content head*: the verbal complement (``vc``)
  instead of an auxiliary (hebben, zijn, worden, zullen, kunnen, moeten,
  mogen), the predicate (``predc``) instead of the copula *zijn*, the object
  of a preposition instead of the preposition, the ``body`` instead of a
  complementizer / relative pronoun, the first conjunct of a coordination,
  the first word of a multi-word unit.
* Non-head daughters attach to the content head of their mother with a UD
  relation computed from the Alpino relation plus the category of daughter
  and mother (e.g. ``su`` -> nsubj / nsubj:pass / csubj, ``obj1`` -> obj /
  ccomp, ``mod`` -> obl / advmod / amod / nmod / advcl / acl:relcl, ``pc`` ->
  obl:arg, ``svp`` -> compound:prt, ``se`` -> expl:pv, ``hd`` of a pp ->
  case, ``cmp`` -> mark, ``crd`` -> cc, ``mwp`` -> flat / fixed).
* Passives are recognised via Alpino's co-indexing: a subject that is
  co-indexed with an empty ``obj1``/``obj2`` inside a participle complement
  is ``nsubj:pass`` and the *worden*/*zijn* auxiliary becomes ``aux:pass``;
  a *door*-PP modifying such a participle becomes ``obl:agent``.
* Relative and wh-phrases (``rhd``/``whd``) are moved into the position of
  their co-indexed empty node, so a relative pronoun gets its clause-internal
  role (nsubj, obj, obl, ...).  Other empty (co-indexed) nodes are ignored:
  they only matter for enhanced dependencies, which are not produced.
* Punctuation (which Alpino leaves unattached) is attached to the head of the
  smallest constituent that has material on both sides of it, otherwise to
  the root.

The old NLTK release of the treebank has no POS tag set beyond a coarse
``pos`` attribute (pronouns and names are ``noun``), so UPOS is derived from
``pos`` plus word lists and capitalisation heuristics.  LEMMA, XPOS, FEATS
and DEPS are ``_`` (Alpino's ``root`` is a stem, not a lemma).  ``# text`` is
a heuristic detokenisation, with matching ``SpaceAfter=No`` in MISC.

Sentences whose conversion fails or does not yield a well-formed tree (one
root, no cycles, every token headed) are skipped and counted.

Usage::

    python pipelines/alpino.py alpino.zip out.conllu
"""

from __future__ import annotations

import io
import os
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterator, Optional

__all__ = ["convert", "convert_xml", "convert_sentence", "main", "ConversionError"]


class ConversionError(Exception):
    """Raised when a single Alpino tree cannot be converted to a valid UD tree."""


# --------------------------------------------------------------------------
# Word lists (Alpino stems in `root`, word forms lower-cased)
# --------------------------------------------------------------------------

AUX_ROOTS = {
    "heb", "hebben", "ben", "zijn", "word", "worden", "zal", "zullen",
    "kan", "kunnen", "moet", "moeten", "mag", "mogen",
}
PASSIVE_AUX_ROOTS = {"word", "worden", "ben", "zijn"}
COPULA_ROOTS = {"ben", "zijn"}

VERBAL_CATS = {"smain", "ssub", "sv1", "inf", "ppart", "svan"}
CLAUSAL_CATS = VERBAL_CATS | {"ti", "oti", "cp", "whsub", "whq", "ahi", "du"}
RELATIVE_CATS = {"rel", "whrel"}
NON_FINITE_CATS = {"ti", "oti", "inf", "ppart", "ahi"}

PRONOUNS = {
    "ik", "me", "mij", "mijzelf", "mezelf", "jij", "je", "jou", "jezelf", "u",
    "uzelf", "hij", "hem", "hemzelf", "zij", "ze", "haar", "haarzelf", "het",
    "'t", "wij", "we", "ons", "onszelf", "jullie", "hen", "hun", "zich",
    "zichzelf", "men", "elkaar", "elkander", "mekaar", "die", "dat", "dit",
    "deze", "wie", "wat", "welke", "iets", "niets", "niks", "iemand",
    "niemand", "alles", "iedereen", "ieder", "elk", "allen", "beiden",
    "velen", "anderen", "sommigen", "enkelen", "weinigen", "zoiets",
    "dezelfde", "hetzelfde", "zulks", "wiens", "wier", "degene", "diegene",
    "datgene", "hetgeen", "watte", "allemaal", "zelf", "'m", "'r", "'k",
    "'ie", "'s", "'ns", "jou", "jullie",
}
POSSESSIVES = {
    "mijn", "m'n", "jouw", "je", "uw", "zijn", "z'n", "haar", "d'r", "ons",
    "onze", "jullie", "hun", "diens", "wiens", "wier", "dier", "mijne",
    "zijne", "hare", "onzer", "uwer", "hunner",
}
QUANTIFIER_DETS = {
    "veel", "vele", "meer", "meest", "meeste", "weinig", "minder", "minst",
    "enkele", "enige", "alle", "al", "beide", "sommige", "zoveel",
    "evenveel", "hoeveel", "genoeg", "menig", "menige", "verscheidene",
    "diverse", "talloze", "tal",
}
CARDINALS = {
    "een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht",
    "negen", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien",
    "zestien", "zeventien", "achttien", "negentien", "twintig", "dertig",
    "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig",
    "honderd", "duizend", "miljoen", "miljard", "half", "anderhalf",
    "tientallen", "honderden", "duizenden", "miljoenen", "nul",
}
PREPOSITIONS = {
    "aan", "achter", "af", "behalve", "beneden", "bij", "binnen", "boven",
    "buiten", "door", "gedurende", "in", "langs", "met", "na", "naar",
    "naast", "om", "onder", "ondanks", "op", "over", "per", "rond", "sinds",
    "te", "tegen", "tegenover", "ten", "ter", "tot", "tussen", "uit", "van",
    "vanaf", "vanuit", "via", "volgens", "voor", "voorbij", "wegens",
    "zonder", "toe", "mee", "heen", "vandaan", "langs", "omtrent", "nabij",
}
DETERMINERS = {
    "de", "het", "een", "'n", "'t", "der", "des", "den", "deze", "dit",
    "die", "dat", "geen", "elke", "ieder", "iedere", "elk", "zo'n", "welke",
    "zulke", "zulk", "dezelfde", "hetzelfde", "wat", "sommige", "allerlei",
}
COORDINATORS = {
    "en", "of", "maar", "noch", "doch", "want", "zowel", "alsmede", "plus",
    "ofwel", "hetzij", "en/of", "annex", "alias", "respectievelijk",
    "resp.", "dan", "als", "etc.", "enz.", "e.d.", "enzovoort",
    "enzovoorts", "/", "kortom", "dus",
}
INTERJECTIONS = {
    "ja", "nee", "neen", "och", "ach", "nou", "hoor", "he", "hè", "hé",
    "sjonge", "welnu", "hup", "wee", "o", "oh", "tja", "jawel", "kijk",
}
ADJ_NOT_PARTICIPLE = {
    "gezond", "gezonde", "geschikt", "geschikte", "gewoon", "gewone", "gelijk",
    "gelijke", "geheel", "gehele", "gemeen", "gemene", "geel", "gele", "gering",
    "geringe", "gerust", "gek", "gekke", "gemiddeld", "gemiddelde", "gewend",
    "gevoelig", "gelukkig", "gerechtvaardigd", "geleden", "bekend", "bekende",
    "voldoende", "ellende", "gezamenlijk", "gezamenlijke", "geducht",
    "geduchte", "gewichtig", "geniaal", "geniale", "geldig", "geldige",
}
PARTICIPLE_RE = re.compile(
    r"^((aan|af|bij|door|in|mee|na|om|onder|op|over|terug|toe|uit|vast|voor|weg|samen|tegen|neer)?"
    r"ge[a-zë]{2,}(d|t|de|te|en|ene)|[a-zë]{3,}end|[a-zë]{3,}ende)$"
)
ORDINAL_RE = re.compile(r"^(\d+(e|ste|de)|.*(ste|tiende|de))$")
DIGIT_RE = re.compile(r"^[\d.,/:\-½¼¾]+$")
PUNCT_RE = re.compile(r"^[^\w\s]+$")


# --------------------------------------------------------------------------
# Tree representation
# --------------------------------------------------------------------------


@dataclass(eq=False)
class Node:
    """One Alpino `<node>`; leaves carry `word`, empty nodes carry nothing."""

    rel: str
    cat: Optional[str] = None
    pos: Optional[str] = None
    root: Optional[str] = None
    word: Optional[str] = None
    begin: int = 0
    end: int = 0
    index: Optional[str] = None
    children: list["Node"] = field(default_factory=list)
    parent: Optional["Node"] = None
    tok: int = 0  # 1-based token id for leaves
    overt: bool = False

    @property
    def is_leaf(self) -> bool:
        return self.word is not None

    def iter(self) -> Iterator["Node"]:
        yield self
        for c in self.children:
            yield from c.iter()

    def first_tok(self) -> int:
        return min((n.tok for n in self.iter() if n.is_leaf), default=0)


def _build(elem: ET.Element, parent: Optional[Node]) -> Node:
    a = elem.attrib
    node = Node(
        rel=a.get("rel", "--"),
        cat=a.get("cat"),
        pos=a.get("pos"),
        root=a.get("root"),
        word=a.get("word"),
        begin=int(a.get("begin", 0)),
        end=int(a.get("end", 0)),
        index=a.get("index"),
        parent=parent,
    )
    for child in elem.findall("node"):
        node.children.append(_build(child, node))
    return node


def _mark_overt(node: Node) -> bool:
    flags = [_mark_overt(c) for c in node.children]
    node.overt = node.is_leaf or any(flags)
    return node.overt


# --------------------------------------------------------------------------
# The converter for one sentence
# --------------------------------------------------------------------------


class _Sentence:
    def __init__(self, top: Node, lexicon: Optional[Counter[str]] = None) -> None:
        self.top = top
        self.lexicon = lexicon or Counter()
        self.leaves = sorted((n for n in top.iter() if n.is_leaf), key=lambda n: (n.begin, n.end))
        if not self.leaves:
            raise ConversionError("no tokens")
        begins = [n.begin for n in self.leaves]
        if len(set(begins)) != len(begins):
            raise ConversionError("duplicate token positions")
        for i, leaf in enumerate(self.leaves, start=1):
            leaf.tok = i
        self.n = len(self.leaves)
        self._move_wh_phrases()
        _mark_overt(top)
        self._hchild: dict[int, Optional[Node]] = {}
        self._remnant_heads: set[int] = set()
        self._htok: dict[int, int] = {}
        self.head = [-1] * (self.n + 1)
        self.deprel = [""] * (self.n + 1)
        self.passive_indices = self._passive_indices()

    # ---- pre-processing ---------------------------------------------------

    def _move_wh_phrases(self) -> None:
        """Put rhd/whd phrases in the slot of their co-indexed empty node."""
        for node in list(self.top.iter()):
            if node.rel not in ("rhd", "whd") or node.index is None or node.parent is None:
                continue
            if not any(n.is_leaf for n in node.iter()):
                continue
            mother = node.parent
            targets = [
                n for n in mother.iter()
                if n is not node and n.index == node.index and not n.children and not n.is_leaf
            ]
            if not targets:
                continue
            empty = targets[0]
            slot = empty.parent
            assert slot is not None
            slot.children[slot.children.index(empty)] = node
            mother.children.remove(node)
            node.parent = slot
            node.rel = empty.rel

    def _passive_indices(self) -> set[str]:
        """Indices of subjects that are the understood object of a participle."""
        out: set[str] = set()
        for n in self.top.iter():
            if (
                n.index is not None
                and not n.children
                and not n.is_leaf
                and n.rel in ("obj1", "obj2")
                and n.parent is not None
                and n.parent.cat == "ppart"
            ):
                out.add(n.index)
        return out

    # ---- heads ------------------------------------------------------------

    @staticmethod
    def _overt_children(node: Node, rel: Optional[str] = None) -> list[Node]:
        return sorted(
            (c for c in node.children if c.overt and (rel is None or c.rel == rel)),
            key=lambda c: c.first_tok(),
        )

    def _verbal_head(self, node: Node) -> Optional[Node]:
        hds = self._overt_children(node, "hd")
        if not hds:
            return None
        hd = hds[0]
        if hd.is_leaf and hd.pos == "verb":
            vcs = self._overt_children(node, "vc")
            if hd.root in AUX_ROOTS and vcs and self._is_aux_complement(vcs[0]):
                return vcs[0]
            predcs = self._overt_children(node, "predc")
            if hd.root in COPULA_ROOTS and predcs and not vcs:
                return predcs[0]
        return hd

    def _gapped_head(self, node: Node) -> Optional[Node]:
        """Head of a clause whose verb is elided (gapping in coordination).

        The empty hd is co-indexed with the verb of an earlier conjunct: if that
        verb is an auxiliary or the copula, the remaining verbal complement or
        predicate is the head; otherwise a remnant is promoted, subject first.
        """
        empty = next((c for c in node.children if c.rel == "hd" and not c.overt), None)
        antecedent: Optional[Node] = None
        if empty is not None and empty.index is not None:
            antecedent = next(
                (n for n in self.top.iter() if n.index == empty.index and n.is_leaf), None
            )
        root = antecedent.root if antecedent is not None else None
        if root in AUX_ROOTS:
            vc = self._first(node, "vc")
            if vc is not None:
                return vc
        if root in COPULA_ROOTS:
            predc = self._first(node, "predc")
            if predc is not None:
                return predc
        promoted = self._first(node, "su", "obj1", "obj2", "predc", "vc", "pc", "ld", "mod", "se", "svp")
        if promoted is not None:
            self._remnant_heads.add(id(node))
        return promoted

    def _is_aux_complement(self, vc: Node) -> bool:
        if vc.cat in ("inf", "ppart"):
            return True
        if vc.cat == "conj":
            cnjs = self._overt_children(vc, "cnj")
            return bool(cnjs) and all(c.cat in ("inf", "ppart") for c in cnjs)
        return False

    def hchild(self, node: Node) -> Optional[Node]:
        """The daughter that supplies the UD head of `node` (None for leaves)."""
        key = id(node)
        if key in self._hchild:
            return self._hchild[key]
        result = self._compute_hchild(node)
        self._hchild[key] = result
        return result

    def _first(self, node: Node, *rels: str) -> Optional[Node]:
        for rel in rels:
            kids = [c for c in self._overt_children(node, rel) if not self._is_punct(c)]
            if kids:
                return kids[0]
        return None

    def _compute_hchild(self, node: Node) -> Optional[Node]:
        if node.is_leaf:
            return None
        cat = node.cat
        h: Optional[Node] = None
        if cat in VERBAL_CATS:
            h = self._verbal_head(node)
            if h is None:
                h = self._gapped_head(node)
        elif cat == "conj":
            h = self._first(node, "cnj")
        elif cat == "mwu":
            h = self._first(node, "mwp")
        elif cat in ("cp", "ti", "oti", "ahi", "rel", "whrel", "whsub", "whq", "svan"):
            h = self._first(node, "body")
        elif cat == "pp":
            h = self._first(node, "obj1", "pobj1", "vc")
        elif cat == "du":
            h = self._first(node, "nucl", "dp")
        if h is None:
            h = self._first(node, "hd")
        if h is None:
            h = self._first(
                node, "body", "cnj", "nucl", "dp", "predc", "vc", "obj1", "su",
                "pc", "ld", "obj2", "app", "mod", "det", "cmp", "mwp", "svp", "me",
                "sat", "tag", "crd", "rhd", "whd", "predm", "obcomp", "se", "dlink",
            )
        if h is None:
            kids = [c for c in self._overt_children(node) if not self._is_punct(c)]
            if not kids:
                kids = self._overt_children(node)
            h = kids[0] if kids else None
        return h

    def htok(self, node: Node) -> int:
        key = id(node)
        if key in self._htok:
            return self._htok[key]
        if node.is_leaf:
            tok = node.tok
        else:
            h = self.hchild(node)
            if h is None:
                raise ConversionError(f"phrase without overt material: {node.cat}")
            tok = self.htok(h)
        self._htok[key] = tok
        return tok

    # ---- classification ---------------------------------------------------

    @staticmethod
    def _is_punct(node: Node) -> bool:
        return node.is_leaf and node.pos == "punct"

    def kind(self, node: Node) -> str:
        """Coarse syntactic type: np, pp, adj, adv, det, num, verb, clause, rel, punct, conj."""
        if node.is_leaf:
            pos = node.pos
            word = (node.word or "").lower()
            if pos in ("noun", "name", "pron"):
                return "np"
            if pos == "num":
                return "num"
            if pos == "det":
                return "det"
            if pos == "adj":
                return "adj"
            if pos == "verb":
                return "verb"
            if pos == "prep":
                return "prep"
            if pos == "punct":
                return "punct"
            if pos in ("vg", "comp", "comparative"):
                return "conj"
            if pos == "fixed" and word in PREPOSITIONS:
                return "prep"
            return "adv"
        cat = node.cat
        if cat == "np":
            return "np"
        if cat == "pp":
            return "pp"
        if cat == "ap":
            return "adj"
        if cat == "advp":
            return "adv"
        if cat == "detp":
            return "det"
        if cat in RELATIVE_CATS:
            return "rel"
        if cat == "cp":
            body = self._first(node, "body")
            if body is not None and self.kind(body) in ("np", "adj", "pp", "num", "det"):
                return "pp"
            return "clause"
        if cat in CLAUSAL_CATS:
            return "clause"
        if cat == "conj":
            first = self._first(node, "cnj")
            return self.kind(first) if first is not None else "np"
        if cat == "mwu":
            parts = self._overt_children(node, "mwp")
            if any(p.pos in ("noun", "name") for p in parts):
                return "np"
            if parts:
                return self.kind(parts[0])
            return "adv"
        return "np"

    def context(self, node: Node) -> str:
        """How the mother behaves for its dependents: clause, nominal, adjectival, pp."""
        cat = node.cat
        if cat in VERBAL_CATS or cat in CLAUSAL_CATS or cat in RELATIVE_CATS:
            return "clause"
        if cat in ("np", "mwu"):
            return "nominal"
        if cat in ("ap", "advp", "detp"):
            return "adjectival"
        if cat == "pp":
            h = self.hchild(node)
            if h is not None and h.rel != "hd":
                return "nominal" if self.kind(h) == "np" else "adjectival"
            return "adjectival"
        if cat == "conj":
            first = self._first(node, "cnj")
            if first is not None and not first.is_leaf:
                return self.context(first)
            if first is not None:
                k = self.kind(first)
                return {"np": "nominal", "verb": "clause"}.get(k, "adjectival")
        return "clause"

    def is_passive_clause(self, clause: Node) -> bool:
        """True if `clause` is a participle complement of a passive auxiliary."""
        if clause.cat != "ppart" or clause.parent is None:
            return False
        for c in clause.children:
            if not c.children and not c.is_leaf and c.rel in ("obj1", "obj2") and c.index in self.passive_indices:
                return True
        mother = clause.parent
        if clause.rel == "cnj" and mother.parent is not None:
            mother = mother.parent
        hd = self._first(mother, "hd")
        if hd is not None and hd.is_leaf and hd.root in ("word", "worden"):
            su = [c for c in mother.children if c.rel == "su"]
            if not su:  # impersonal passive: "er wordt gedanst"
                return True
        return False

    def _is_cardinal(self, node: Node) -> bool:
        w = (node.word or "").lower()
        return bool(DIGIT_RE.match(w)) or w in CARDINALS

    # ---- relation labels --------------------------------------------------

    def label(self, child: Node, mother: Node) -> str:
        rel = child.rel
        k = self.kind(child)
        ctx = self.context(mother)
        if self._is_punct(child):
            return "punct"
        label = self._label(child, mother, rel, k, ctx)
        if label not in ("cc", "mark", "punct", "case", "det", "parataxis") and self._is_gapped(mother):
            return "orphan"  # "..., tussen Schiphol en Leiden [vervoert de lijn] ruim elf miljoen"
        return label

    def _is_gapped(self, clause: Node) -> bool:
        """A clause whose verb was elided (empty co-indexed hd) and that has no verbal complement."""
        if clause.cat not in VERBAL_CATS:
            return False
        hds = [c for c in clause.children if c.rel == "hd"]
        if not hds or hds[0].overt:
            return False
        self.hchild(clause)
        return id(clause) in self._remnant_heads

    def _label(self, child: Node, mother: Node, rel: str, k: str, ctx: str) -> str:
        if rel == "su":
            if k in ("clause", "rel"):
                return "csubj"
            if child.index is not None and child.index in self.passive_indices:
                return "nsubj:pass"
            return "nsubj"
        if rel == "hd":
            if mother.cat in VERBAL_CATS:
                if child.is_leaf and child.root in COPULA_ROOTS and self._first(mother, "predc") is not None \
                        and self.hchild(mother) is not child and not self._overt_children(mother, "vc"):
                    return "cop"
                vc = self.hchild(mother)
                if vc is not None and vc.rel == "vc":
                    if child.root in PASSIVE_AUX_ROOTS and self._vc_is_passive(vc):
                        return "aux:pass"
                    return "aux"
                return "aux"
            if mother.cat == "pp":
                h = self.hchild(mother)
                if h is not None and self.kind(h) in ("clause",):
                    return "mark"
                return "case"
            if mother.cat == "cp":
                return "mark"
            return "dep"
        if rel == "pobj1":
            return "expl"
        if rel == "obj1":
            if k in ("clause", "rel"):
                return "ccomp"
            if ctx == "nominal":
                return "nmod"
            return "obj"
        if rel == "obj2":
            if k == "pp":
                return "obl"
            if k == "clause":
                return "ccomp"
            return "iobj"
        if rel in ("sup",):
            return "expl"
        if rel == "se":
            return "expl:pv"
        if rel == "vc":
            if ctx == "nominal":
                return "acl"
            if child.cat in NON_FINITE_CATS:
                return "xcomp"
            if child.cat == "conj":
                first = self._first(child, "cnj")
                if first is not None and first.cat in NON_FINITE_CATS:
                    return "xcomp"
            if k == "pp":
                return "obl"
            if k == "np":
                return "obj"
            if k in ("adv", "adj"):
                return "advmod"  # "zo constateert hij"
            return "ccomp"
        if rel == "predc":
            if ctx == "nominal":
                return "nmod"
            return "xcomp"
        if rel == "pc":
            if ctx == "nominal":
                return "nmod" if k not in ("clause",) else "acl"
            if k == "clause":
                return "ccomp" if child.cat in ("cp", "whsub", "smain", "sv1") else "xcomp"
            if k == "adv":
                return "advmod"
            return "obl:arg"
        if rel == "ld":
            if k == "clause":
                return "advcl"
            if k in ("adv", "adj"):
                return "advmod"
            return "obl"
        if rel in ("mod", "predm", "me", "obcomp", "pred"):
            return self._modifier(child, mother, k, ctx, rel)
        if rel == "det":
            if not child.is_leaf:
                htok = self.leaves[self.htok(child) - 1]
                if self._is_cardinal(htok):
                    return "nummod"
                if k == "np" and child.cat == "np" and (htok.word or "")[:1].isupper() and htok.tok > 1:
                    return "nmod:poss"  # genitive name: "Jans boek"
                return "det"
            w = (child.word or "").lower()
            if child.is_leaf and child.pos == "det" and w in POSSESSIVES and w not in DETERMINERS:
                return "nmod:poss"
            if child.is_leaf and child.pos == "num":
                return "nummod" if self._is_cardinal(child) else ("amod" if ORDINAL_RE.match(w) and w not in QUANTIFIER_DETS else "det")
            if not child.is_leaf and child.cat == "detp":
                h = self.hchild(child)
                if h is not None and h.is_leaf and h.pos == "num" and self._is_cardinal(h):
                    return "nummod"
            if child.is_leaf and child.pos in ("noun", "name"):
                return "nmod:poss"  # genitive: "Hitlers", "Castro's"
            if k == "adj":
                return "amod"
            return "det"
        if rel == "app":
            return "appos"
        if rel == "cmp":
            h = self.hchild(mother)
            if h is not None and self.kind(h) not in ("clause", "rel", "verb"):
                return "case"
            return "mark"
        if rel == "crd":
            return "cc"
        if rel == "dlink":
            return "cc" if (child.word or "").lower() in COORDINATORS else "advmod"
        if rel == "cnj":
            return "conj"
        if rel == "mwp":
            return "flat" if self._is_name_mwu(mother) else "fixed"
        if rel == "svp":
            return "compound:prt"
        if rel == "sat" and child.cat == "cp" and k == "clause":
            return "advcl"
        if rel in ("dp", "sat", "nucl", "tag", "--"):
            return "parataxis"
        if rel == "hdf":
            return "case"
        if rel in ("rhd", "whd"):
            if k == "pp":
                return "obl"
            if k in ("adv", "adj"):
                return "advmod"
            return "obj"
        if rel == "body":
            return "ccomp"
        return "dep"

    def _vc_is_passive(self, vc: Node) -> bool:
        if vc.cat == "ppart":
            return self.is_passive_clause(vc)
        if vc.cat == "conj":
            first = self._first(vc, "cnj")
            return first is not None and self.is_passive_clause(first)
        return False

    def _modifier(self, child: Node, mother: Node, k: str, ctx: str, rel: str) -> str:
        word = (child.word or "").lower()
        if k == "rel":
            return "acl:relcl" if ctx == "nominal" else "advcl"
        if k == "clause":
            return "acl" if ctx == "nominal" else "advcl"
        if ctx == "nominal":
            if k in ("pp", "np"):
                return "nmod"
            if k in ("adj", "verb"):
                return "amod"
            if k == "num":
                return "nummod" if self._is_cardinal(child) else "amod"
            if k == "det":
                return "det"
            return "advmod"
        # clause / adjectival / pp contexts
        if k == "pp":
            if (
                child.cat == "pp"
                and mother.cat == "ppart"
                and self.is_passive_clause(mother)
            ):
                hd = self._first(child, "hd")
                if hd is not None and hd.is_leaf and (hd.word or "").lower() == "door":
                    return "obl:agent"
            return "obl"
        if k == "np":
            if ctx == "adjectival" and rel == "me":
                return "obl"
            return "obl"
        if k == "num":
            return "nummod" if (ctx != "clause" and self._is_cardinal(child)) else "advmod"
        if k == "det" and word in DETERMINERS:
            return "det" if ctx != "clause" else "advmod"
        return "advmod"

    def _is_name_mwu(self, mwu: Node) -> bool:
        """flat for names, dates and other nominal multi-word units; fixed otherwise."""
        return self._mwu_type(mwu) in ("name", "flat")

    def _mwu_type(self, mwu: Node) -> str:
        """'name' (flat, PROPN), 'flat' (nominal/date, flat) or 'fixed'."""
        parts = self._overt_children(mwu, "mwp")
        if not parts:
            return "fixed"
        if any(p.pos == "name" for p in parts):
            return "name"
        words = [p.word or "" for p in parts]
        nominal = any(p.pos in ("noun", "name") for p in parts)
        # a capitalised word that is not sentence-initial marks a name ("Van der Heijden")
        capitalised = any(
            w[:1].isupper() and p.tok > 1 and w.lower() not in PRONOUNS for p, w in zip(parts, words)
        )
        if nominal and (capitalised or all(w[:1].isupper() or DIGIT_RE.match(w) for w in words)):
            return "name"
        if all(p.pos in ("noun", "num") for p in parts):
            return "flat"  # dates ("15 september"), foreign or lower-case noun sequences
        return "fixed"

    # ---- building the dependency tree -------------------------------------

    def _attach(self, dep: int, head: int, rel: str) -> None:
        if dep == head:
            raise ConversionError("self-loop")
        if self.head[dep] != -1:
            raise ConversionError("token attached twice")
        self.head[dep] = head
        self.deprel[dep] = rel

    def convert(self) -> None:
        top = self.top
        mains = [c for c in top.children if c.overt and not self._is_punct(c)]
        if mains:
            mains.sort(key=lambda c: c.first_tok())
            root = self.htok(mains[0])
        else:
            raise ConversionError("only punctuation")
        self.head[root] = 0
        self.deprel[root] = "root"
        for other in mains[1:]:
            self._attach(self.htok(other), root, "parataxis")
        flattened = self._flatten_svp()
        for node in top.iter():
            if node is top or node.is_leaf or not node.overt or id(node) in flattened:
                continue
            h = self.hchild(node)
            for child in node.children:
                if not child.overt or child is h or id(child) in flattened:
                    continue
                if self._is_punct(child) and child.parent is top:
                    continue
                target = self.htok(node)
                if node.cat == "conj" and child.rel == "crd":
                    nxt = [c for c in self._overt_children(node, "cnj") if c.first_tok() > child.first_tok()]
                    if nxt:
                        target = self.htok(nxt[0])
                rel = self.label(child, node)
                self._attach(self.htok(child), target, rel)
        for leaf in self.leaves:
            if self.head[leaf.tok] == -1 and leaf.tok != root and not self._is_punct(leaf):
                raise ConversionError(f"unattached token {leaf.word!r}")
        self._attach_punctuation(root)
        for leaf in self.leaves:
            if self._is_punct(leaf) and self.deprel[leaf.tok] not in ("root",):
                self.deprel[leaf.tok] = "punct"
        self._validate()

    def _flatten_svp(self) -> set[int]:
        """Multi-word separable parts ("de ronde doen", "in aanmerking komen").

        As in UD Dutch, the first word becomes compound:prt of the verb and the
        other words attach to it as fixed.  Returns ids of the nodes handled here.
        """
        done: set[int] = set()
        for node in self.top.iter():
            if node.rel != "svp" or node.is_leaf or not node.overt or node.parent is None:
                continue
            if node.cat not in ("np", "pp", "mwu", "ap", "advp", "detp"):
                continue
            words = [x for x in self.leaves if any(x is y for y in node.iter())]
            if len(words) < 2:
                continue
            target = self.htok(node.parent)
            first = words[0]
            if target == first.tok:
                continue
            self._attach(first.tok, target, "compound:prt")
            for w in words[1:]:
                self._attach(w.tok, first.tok, "punct" if self._is_punct(w) else "fixed")
            for x in node.iter():
                done.add(id(x))
        return done

    def _attach_punctuation(self, root: int) -> None:
        """Attach Alpino's unattached punctuation, following the UD Dutch conventions.

        Spans are computed on the (content-head) UD tree of the words.  A comma,
        colon, dash or opening bracket/quote attaches to the head of the largest
        phrase that starts right after it; if there is none (or for sentence-final
        punctuation) to the head of the largest phrase that ends right before it;
        a closing bracket/quote attaches where its opening partner attached.
        """
        n = self.n
        is_punct = [False] * (n + 1)
        for leaf in self.leaves:
            is_punct[leaf.tok] = self._is_punct(leaf)
        kids: dict[int, list[int]] = {}
        for t in range(1, n + 1):
            if not is_punct[t] and self.head[t] > 0:
                kids.setdefault(self.head[t], []).append(t)
        span: dict[int, tuple[int, int]] = {}

        def compute(t: int) -> tuple[int, int]:
            lo = hi = t
            stack = [t]
            while stack:
                x = stack.pop()
                lo, hi = min(lo, x), max(hi, x)
                stack.extend(kids.get(x, ()))
            return lo, hi

        for t in range(1, n + 1):
            if not is_punct[t]:
                span[t] = compute(t)

        def climb(t: Optional[int], i: int, right: bool) -> Optional[int]:
            if t is None:
                return None
            lo, hi = span[t]
            if (right and lo < i) or (not right and hi > i):
                return None
            while True:
                p = self.head[t]
                if p <= 0 or p not in span:
                    return t
                plo, phi = span[p]
                if (right and plo < i) or (not right and phi > i):
                    return t
                t = p

        def neighbour(i: int, step: int) -> Optional[int]:
            j = i + step
            while 1 <= j <= n:
                if not is_punct[j]:
                    return j
                j += step
            return None

        openers: list[tuple[str, int]] = []
        quote_open: Optional[int] = None
        pairs = {")": "(", "]": "[", "}": "{"}
        for leaf in self.leaves:
            i = leaf.tok
            if self.head[i] != -1 or i == root:
                continue
            word = leaf.word or ""
            right = climb(neighbour(i, 1), i, True)
            left = climb(neighbour(i, -1), i, False)
            target: Optional[int] = None
            if word in pairs:
                for k in range(len(openers) - 1, -1, -1):
                    if openers[k][0] == pairs[word]:
                        target = self.head[openers[k][1]]
                        del openers[k:]
                        break
                if target is None:
                    target = left or right
            elif word in ('"', "'", "''", ",,", "`", "``") and quote_open is not None:
                target = self.head[quote_open]
                quote_open = None
            elif neighbour(i, 1) is None:  # sentence-final punctuation
                target = left or right
            else:
                target = right or left
            if target is None or target <= 0:
                target = root
            self._attach(i, target, "punct")
            if word in ("(", "[", "{"):
                openers.append((word, i))
            elif word in ('"', "'", ",,", "`", "``") and target is not None:
                quote_open = i

    def _validate(self) -> None:
        roots = [i for i in range(1, self.n + 1) if self.head[i] == 0]
        if len(roots) != 1:
            raise ConversionError(f"{len(roots)} roots")
        for i in range(1, self.n + 1):
            if self.head[i] < 0 or self.head[i] > self.n:
                raise ConversionError("token without head")
            seen = set()
            j = i
            while j != 0:
                if j in seen:
                    raise ConversionError("cycle")
                seen.add(j)
                j = self.head[j]

    # ---- part of speech ---------------------------------------------------

    def upos(self, leaf: Node, index: int) -> str:
        pos = leaf.pos
        word = leaf.word or ""
        w = word.lower()
        rel = self.deprel[leaf.tok]
        if pos == "punct" or (PUNCT_RE.match(word) and pos not in ("noun", "name")):
            return "PUNCT" if rel == "punct" or pos == "punct" else "SYM"
        mwu_type = self._mwu_type(leaf.parent) if leaf.rel == "mwp" and leaf.parent is not None else ""
        if mwu_type == "name" and pos != "punct":
            return "NUM" if DIGIT_RE.match(w) else "PROPN"
        if mwu_type == "fixed" and pos in ("prep", "adv", "noun", "adj"):
            # parts of fixed expressions carry the pos of the whole unit
            if w in PREPOSITIONS:
                return "ADP"
            if w in DETERMINERS:
                return "DET"
            if pos == "prep":
                return "NOUN"
        if pos == "verb":
            return "AUX" if rel in ("aux", "aux:pass", "cop") else "VERB"
        if pos == "name":
            return "PROPN"
        if pos == "pron":
            return "PRON"
        if pos == "noun":
            if DIGIT_RE.match(w) or w in CARDINALS - {"een", "één", "half"}:
                return "NUM"
            if w in PRONOUNS or w in ("er", "daar", "hier", "waar"):
                if w in ("er", "daar", "hier", "waar") and rel != "expl":
                    return "ADV"
                return "PRON"
            if word[:1].isupper():
                if index == 0 or self.leaves[index - 1].word in ('"', "(", ":", "'", "-"):
                    # sentence-initial: capitalised only if never seen lower-cased
                    return "NOUN" if self.lexicon.get(w, 0) > 0 else "PROPN"
                return "PROPN"
            return "NOUN"
        if pos == "adj":
            # the old Alpino tag set has no participle tag; UD Dutch tags them VERB
            if PARTICIPLE_RE.match(w) and w not in ADJ_NOT_PARTICIPLE:
                return "VERB"
            return "ADJ"
        if pos == "adv":
            if w in ("er",) and rel == "expl":
                return "PRON"
            return "ADV"
        if pos == "prep":
            return "ADP"
        if pos == "det":
            if rel == "nmod:poss":
                return "PRON"
            if rel not in ("det", "fixed", "flat", "compound:prt", "nummod", "amod") and w in PRONOUNS:
                return "PRON"  # independent use: "het", "dat", "dit", "deze", "die"
            if w in DETERMINERS or w in QUANTIFIER_DETS:
                return "DET" if rel in ("det",) or w in DETERMINERS else "PRON"
            return "DET" if rel == "det" else "PRON"
        if pos == "num":
            if self._is_cardinal(leaf):
                return "NUM"
            if ORDINAL_RE.match(w) and w not in QUANTIFIER_DETS:
                return "ADJ"
            return "DET" if rel == "det" else "PRON"
        if pos in ("vg",):
            if w in ("tot", "a", "à", "tegen", "met", "van", "bij", "na", "tegenover"):
                return "ADP"
            if w in ("niet", "alleen", "wel", "zo", "d.w.z."):
                return "ADV"
            return "CCONJ"
        if pos == "comp":
            if w in ("te", "om") or w in PREPOSITIONS:
                return "ADP"
            if w in ("en", "maar", "want", "doch", "of") and rel == "cc":
                return "CCONJ"
            return "SCONJ"
        if pos == "comparative":
            return "SCONJ"
        if pos == "part":
            if w in PREPOSITIONS:
                return "ADP"
            return "ADV"
        if pos == "pp":
            return "ADV"
        if pos == "tag":
            return "INTJ" if w in INTERJECTIONS else "X"
        if pos == "fixed":
            if w in DETERMINERS:
                return "DET"
            if w in PREPOSITIONS:
                return "ADP"
            return "NOUN"
        return "X"

    # ---- output -----------------------------------------------------------

    def to_conllu(self, sent_id: str) -> str:
        words = [leaf.word or "" for leaf in self.leaves]
        space_after = _space_after(words)
        text = "".join(w + (" " if sp else "") for w, sp in zip(words, space_after)).strip()
        lines = [f"# sent_id = {sent_id}", f"# text = {text}"]
        for i, leaf in enumerate(self.leaves):
            tok = leaf.tok
            misc = "_" if space_after[i] or i == self.n - 1 else "SpaceAfter=No"
            lines.append(
                "\t".join(
                    [
                        str(tok),
                        words[i],
                        "_",
                        self.upos(leaf, i),
                        "_",
                        "_",
                        str(self.head[tok]),
                        self.deprel[tok],
                        "_",
                        misc,
                    ]
                )
            )
        return "\n".join(lines) + "\n"


def _space_after(words: list[str]) -> list[bool]:
    """Heuristic detokenisation: whether a space follows each token."""
    n = len(words)
    out = [True] * n
    quote_open = False
    for i, w in enumerate(words):
        if i + 1 < n and words[i + 1] in (",", ".", ":", ";", "?", "!", ")", "...", "..", "...."):
            out[i] = False
        if w in ("(",):
            out[i] = False
        if w == '"':
            if not quote_open:
                out[i] = False
            elif i > 0:
                out[i - 1] = False
            quote_open = not quote_open
    return out


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


def convert_sentence(ds: ET.Element, sent_id: str, lexicon: Optional[Counter[str]] = None) -> str:
    """Convert one `<alpino_ds>` element into a CoNLL-U block (raises ConversionError)."""
    top_elem = ds.find("node")
    if top_elem is None:
        raise ConversionError("no tree")
    top = _build(top_elem, None)
    sent = _Sentence(top, lexicon)
    sent.convert()
    return sent.to_conllu(sent_id)


def _iter_sentences(stream: IO[bytes]) -> Iterator[ET.Element]:
    for _event, elem in ET.iterparse(stream, events=("end",)):
        if elem.tag == "alpino_ds":
            yield elem


def _lowercase_lexicon(elements: list[ET.Element]) -> Counter[str]:
    """Counts of word forms that occur lower-cased (used to decide NOUN vs PROPN)."""
    lex: Counter[str] = Counter()
    for ds in elements:
        for node in ds.iter("node"):
            word = node.get("word")
            if word and word[:1].islower():
                lex[word] += 1
    return lex


def convert_xml(data: bytes, prefix: str = "alpino_cdb", stats: Optional[Counter[str]] = None) -> list[str]:
    """Convert an Alpino XML document (one or more `<alpino_ds>`) to CoNLL-U blocks."""
    stats = stats if stats is not None else Counter()
    elements = list(_iter_sentences(io.BytesIO(data)))
    lexicon = _lowercase_lexicon(elements)
    blocks: list[str] = []
    for n, ds in enumerate(elements, start=1):
        sent_id = f"{prefix}-{ds.get('id') or n}"
        try:
            blocks.append(convert_sentence(ds, sent_id, lexicon))
            stats["converted"] += 1
        except (ConversionError, RecursionError, ValueError, AssertionError) as exc:
            stats["skipped"] += 1
            stats[f"skipped: {str(exc).split(':')[0]}"] += 1
    return blocks


def convert(zip_path: Path, stats: Optional[Counter[str]] = None) -> list[str]:
    """Convert the NLTK Alpino zip (alpino/alpino.xml) to CoNLL-U sentence blocks.

    Each block ends with a newline; join them with "\\n" to get a CoNLL-U file.
    If `stats` is given it receives "converted"/"skipped" counts.
    """
    with zipfile.ZipFile(zip_path) as zf:
        member = next(
            (name for name in zf.namelist() if name.endswith(".xml")),
            None,
        )
        if member is None:
            raise FileNotFoundError(f"no .xml member in {zip_path}")
        data = zf.read(member)
    return convert_xml(data, stats=stats)


def main(argv: Optional[list[str]] = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: alpino.py ALPINO_ZIP OUT.conllu", file=sys.stderr)
        return 2
    zip_path, out_path = Path(args[0]), Path(args[1])
    stats: Counter[str] = Counter()
    blocks = convert(zip_path, stats)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    # write atomically: a consumer watching `out_path` never sees a partial file
    tmp_path = out_path.with_name(out_path.name + ".tmp")
    tmp_path.write_text("\n".join(blocks) + "\n" if blocks else "", encoding="utf-8")
    os.replace(tmp_path, out_path)
    print(f"converted {stats['converted']} sentences, skipped {stats['skipped']}", file=sys.stderr)
    for key, value in sorted(stats.items()):
        if key.startswith("skipped: "):
            print(f"  {key} {value}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
