"""Dutch tokenizer rules of textkg's pipeline: curly quotes, dashes and the possessive ``’s`` of names.

The training treebanks (UD Dutch, CoNLL-2002) contain only straight quotes and keep ``Rabo's`` /
``Honda's`` as one token. Modern news text uses “ ” ‘ ’ and writes ``Google’s``. So:

* curly quotes and apostrophes get the NORM of their straight counterparts (the models embed NORM);
* a word with an inner apostrophe stays one token, curly or straight (``auto’s`` like ``auto's``),
  as does a decade (``'98``); the Dutch low double quote ``,,`` is one token, as in UD;
* an em/en dash between two words is split off (``bedrijf—Netflix—zei``), as is a quote glued
  after a colon (``zei:"nee"``);
* the component ``textkg_possessive`` splits ``’s`` / ``'s`` off a capitalised name when the name
  ends in a consonant, ``e`` or a capital (``Google’s`` -> ``Google`` ``’s``; ``OpenAI’s``;
  ``Netflix's``) so NER sees the bare name. Dutch plurals with an apostrophe follow a vowel
  (``Foto's``, ``Rabo's``, ``auto’s``) or an all-caps acronym (``NGO's``) and stay whole, as in the
  treebanks; it also gives every token with a curly apostrophe the NORM of its straight spelling.
* ``textkg_ent_edges`` (after NER) cuts entity spans at such a split-off ``’s`` (``Google ’s`` ->
  ``Google``; ``OpenAI ’s Sora 2`` -> ``OpenAI``, ``Sora 2``) and extends a name over the version
  number right after it (``Sora`` ``2`` -> ``Sora 2``), which CoNLL-2002 rarely shows.
"""

from __future__ import annotations

import re

from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_prefix_regex

__all__ = ["customize_tokenizer", "POSSESSIVE_COMPONENT", "EDGES_COMPONENT", "split_possessives", "fix_entity_edges"]

POSSESSIVE_COMPONENT = "textkg_possessive"
EDGES_COMPONENT = "textkg_ent_edges"

_QUOTE_NORMS = {"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'", "’s": "'s", "‘s": "'s"}
_EXTRA_INFIXES = [
    r"(?<=[\w.,;:!?)\]])[—–](?=[\w(\[“\"‘'])",  # word—word, word–word
    r"(?<=[\w)])[—–]$",
    r"(?<=:)[\"“„‘'](?=\w)",  # zei:"nee"
    r"(?<=\w):(?=[\"“„‘'])",
]
_APOSTROPHE_WORD = re.compile(r"^(?:\w+[’'‘]\w+|['’‘]\d\d)$")  # auto’s, Google’s, '98
_POSSESSIVE = re.compile(r"^(?P<stem>[A-Z][\w.&+-]*[^aiouyáéíóúäëïöü\W_])(?P<s>['’]s)$")
_KEEP_WHOLE = {"mcdonald", "women", "people", "men", "children", "macy", "domino", "kellogg", "wendy", "levi", "sotheby", "christie"}


def split_possessives(doc: Doc) -> Doc:
    """Split ``’s``/``'s`` off capitalised names (see the module docstring); returns the same Doc."""
    hits = []
    for tok in doc:
        if "’" in tok.text or "‘" in tok.text:
            tok.norm_ = tok.lower_.replace("’", "'").replace("‘", "'")
        m = _POSSESSIVE.match(tok.text)
        if m is None:
            continue
        stem = m.group("stem")
        if stem.isupper() or stem.lower() in _KEEP_WHOLE:
            continue
        hits.append((tok, stem, m.group("s")))
    if hits:
        with doc.retokenize() as retok:
            for tok, stem, s in hits:
                # each piece its own head: a preset attachment would survive a parser that leaves the
                # token unattached, and make a cycle (seen with a retrained parser)
                retok.split(tok, [stem, s], heads=[(tok, 0), (tok, 1)], attrs={"NORM": [stem.lower(), "'s"]})
    return doc


@Language.component(POSSESSIVE_COMPONENT)
def _possessive_component(doc: Doc) -> Doc:
    return split_possessives(doc)


def fix_entity_edges(doc: Doc) -> Doc:
    """Cut entity spans at a split-off ``’s``/``'s`` token (``Google ’s`` -> ``Google``; ``OpenAI ’s
    Sora 2`` -> ``OpenAI`` + ``Sora 2``, both keep the span's label) and extend a name over a version
    number right after it (``Sora 2``, ``Veo 3``), unless the number counts the next word."""
    ents = []
    for ent in doc.ents:
        start = ent.start
        for cut in [t.i for t in ent if t.norm_ == "'s" and t.i > ent.start] + [ent.end]:
            if cut > start:
                ents.append(Span(doc, start, cut, label=ent.label_))
            start = cut + 1
    taken = {t.i for e in ents for t in e}
    for k, ent in enumerate(ents):
        nxt = doc[ent.end] if ent.end < len(doc) else None
        after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
        if nxt is not None and nxt.text.isdigit() and len(nxt.text) <= 3 and ent[-1].whitespace_ and nxt.i not in taken \
                and (after is None or after.is_punct or after.pos_ in ("CCONJ", "SCONJ", "ADP", "VERB", "AUX", "ADV", "DET", "PRON")) \
                and ent.label_ in ("ORG", "MISC", "PRODUCT"):
            ents[k] = Span(doc, ent.start, ent.end + 1, label=ent.label_)
    if [(e.start, e.end, e.label_) for e in ents] != [(e.start, e.end, e.label_) for e in doc.ents]:
        doc.ents = ents
    return doc


@Language.component(EDGES_COMPONENT)
def _edges_component(doc: Doc) -> Doc:
    return fix_entity_edges(doc)


def customize_tokenizer(nlp: Language) -> None:
    """Add textkg's Dutch rules to ``nlp``'s tokenizer and put ``textkg_possessive`` first."""
    tok = nlp.tokenizer
    infixes = list(nlp.Defaults.infixes or []) + _EXTRA_INFIXES
    tok.infix_finditer = compile_infix_regex(infixes).finditer
    tok.prefix_search = compile_prefix_regex([",,"] + list(nlp.Defaults.prefixes or [])).search  # ,,Dat (low quote)
    tok.token_match = _APOSTROPHE_WORD.match  # auto’s, Google’s: one token, like auto's
    for orth, norm in _QUOTE_NORMS.items():
        tok.add_special_case(orth, [{ORTH: orth, NORM: norm}])
    if POSSESSIVE_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(POSSESSIVE_COMPONENT, first=True)
    if "ner" in nlp.pipe_names and EDGES_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(EDGES_COMPONENT, after="ner")
