"""UPOS rules after the parser that enforce UD Dutch r2.16 conventions the legacy training data breaks.

The legacy (pre-r2.0) LassySmall train file tags ordinals (``eerste``) as NUM, ``als`` as ADP and
modal verbs as VERB, where r2.16 has ADJ, SCONJ and AUX. The morphologizer learns the mix. The
``textkg_pos_rules`` component, placed after the parser, applies the r2.16 conventions:

* ordinals tagged NUM become ADJ;
* ``als`` tagged ADP becomes SCONJ; ``zowel`` is CCONJ;
* *zijn, worden, hebben, zullen, kunnen, moeten, mogen* are AUX when the parser attaches them as
  ``aux``, ``aux:pass`` or ``cop`` and VERB otherwise.

More conventions hold (almost) without exception in every UD Dutch file here, but the model
misses them now and then: names of weekdays and months are PROPN; a name particle the parser puts
inside a name (``flat``: *Jan **de** Vries*) is PROPN; *te* before an adjective is ADV (*te
groot*); and the UPOS of *het, die, deze, dit, dat, of, maar* follows from their relation (``det``
DET, subject/object PRON, ``mark`` SCONJ, ``cc`` CCONJ), so tags agree with the parse. A word with
a direct object is a verb (``obj`` hangs only on verbs in UD Dutch, and on a few adjectives):
the tagger misreads rare verb forms as nouns or adverbs (*De vakbond **eist** een loonsverhoging*),
and a participle with an object and an auxiliary as an adjective (*heeft beroep **aangetekend***).
A capitalised word right after another word that the word-class table does not know is a name
(PROPN), not the adverb, verb or adjective the tagger guessed (*Drinkwaterbedrijf **Vitens** roept
...*): Dutch writes common words in lowercase. Demonyms (*Barneveldse*) and foreign words (X) keep
their tags.

On the model-selection half of UD Alpino dev the first rules raised UPOS accuracy from 0.944 to
0.952, the later ones from 0.9505 to 0.9545 (both with the first shipped model); the object rule fixes 6 of 5,836 tokens there
and breaks none (it breaks three adjectives when extended to ADJ, so it leaves them alone).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["POS_RULES_COMPONENT", "apply_pos_rules"]

POS_RULES_COMPONENT = "textkg_pos_rules"

_ORDINALS = {
    "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende",
    "tiende", "eerst", "laatste",
}
_AUX_LEMMAS = {"zijn", "worden", "hebben", "zullen", "kunnen", "moeten", "mogen"}
_CALENDAR = set("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni "
                "juli augustus september oktober november december".split())
_PARTICLES = {"de", "van", "der", "den", "ter", "ten", "te", "het"}
# function words whose UPOS follows from their relation in every UD Dutch file here
_BY_DEP = {
    **{(w, d): "DET" for w in ("het", "die", "deze", "dit", "dat") for d in ("det",)},
    **{(w, d): "PRON" for w in ("het", "die", "deze", "dit", "dat") for d in ("nsubj", "nsubj:pass", "obj", "iobj", "expl")},
    ("dat", "mark"): "SCONJ", ("of", "mark"): "SCONJ", ("of", "cc"): "CCONJ", ("maar", "cc"): "CCONJ",
    ("maar", "advmod"): "ADV",
}
_AUX_DEPS = {"aux", "aux:pass", "cop"}
_NOT_VERBS = {"NOUN", "PROPN", "ADV", "X", "ADP", "INTJ", "SCONJ", "PRON"}  # never heads an object in UD Dutch


_UNKNOWN_NAME_TAGS = {"ADV", "ADJ", "VERB"}  # not X: a foreign word inside a name ("Guinness Book")


def _capitalised_after_word(tok) -> bool:
    """Capitalised (not all caps) right after a word: a name in Dutch, where nouns are lowercase."""
    return tok.text[:1].isupper() and tok.text[1:].islower() and tok.text.isalpha() \
        and tok.i > 0 and tok.nbor(-1).is_alpha and not (tok.pos_ == "ADJ" and tok.lower_.endswith("se"))  # "Noordierse"


def _is_ordinal(low: str) -> bool:
    return low in _ORDINALS or (low.endswith(("ste", "de")) and low[:-3 if low.endswith("ste") else -2].isdigit())


def apply_pos_rules(doc: Doc) -> Doc:
    """Apply the r2.16 UPOS conventions of the module docstring to ``doc`` (needs a parse)."""
    for tok in doc:
        pos, low = tok.pos_, tok.lower_
        if pos == "NUM" and _is_ordinal(low):
            tok.pos_ = "ADJ"
        elif low == "als" and pos == "ADP":
            tok.pos_ = "SCONJ"
        elif low == "zowel":
            tok.pos_ = "CCONJ"
        elif pos in ("AUX", "VERB") and tok.lemma_ in _AUX_LEMMAS:
            tok.pos_ = "AUX" if tok.dep_ in _AUX_DEPS else "VERB"
        elif (low, tok.dep_) in _BY_DEP:
            tok.pos_ = _BY_DEP[(low, tok.dep_)]
        elif low in _CALENDAR:
            tok.pos_ = "PROPN"
        elif low in _PARTICLES and tok.dep_ == "flat" and tok.head.pos_ == "PROPN" and tok.i + 1 < len(doc) \
                and doc[tok.i + 1].text[:1].isupper():
            tok.pos_ = "PROPN"
        elif low == "te" and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "ADJ":
            tok.pos_ = "ADV"
        elif pos in _NOT_VERBS and any(c.dep_ == "obj" for c in tok.children) or pos == "ADJ" and {"obj", "aux"} <= {
                c.dep_ for c in tok.children}:
            tok.pos_ = "VERB"  # "heeft beroep aangetekend": a participle with an object and an auxiliary
        elif pos in _UNKNOWN_NAME_TAGS and tok.lex.lang == 0 and _capitalised_after_word(tok):
            tok.pos_ = "PROPN"  # "Drinkwaterbedrijf Vitens roept ...": an unknown capitalised word inside a sentence
    return doc


@Language.component(POS_RULES_COMPONENT)
def _pos_rules_component(doc: Doc) -> Doc:
    return apply_pos_rules(doc)
