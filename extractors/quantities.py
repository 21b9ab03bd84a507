"""Quantities and time expressions as structured qualifiers.

* factors: "tien keer sneller", "2 maal zo groot" -> ("factor", 10.0)
* percentages and amounts: "30 procent", "3,5 miljard euro" -> ("percent", 30.0), ("amount", "3,5 miljard euro")
* time: a verb's dependent phrase built on a time word, a month, a weekday or a year
  ("begin deze zomer", "vorig jaar", "op 12 mei", "in 2016") -> ("time", "begin deze zomer")
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ._ext import children_of
from ._lexicon import DAY_RE, NUMBER_WORDS, TIME_WORDS, number_value

__all__ = ["factor_of", "time_phrase", "is_time_phrase", "is_money", "amounts_in", "qualifiers_for_verb"]

_MONTH_NAMES = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                "november", "december"}
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_CURRENCY = {"euro", "dollar", "dollars", "pond", "yen", "€", "$", "£", "dlrs", "usd", "eur"}
_TIME_ADVS = {"nu", "toen", "straks", "vandaag", "gisteren", "morgen", "onlangs", "binnenkort", "momenteel",
              "inmiddels", "tegenwoordig", "destijds", "eerder", "later", "ooit", "vroeger", "recent"}


def is_money(tok: Token) -> bool:
    """Does the phrase headed by ``tok`` name an amount of money ("25 miljoen euro", "€ 3 miljard")?"""
    return any(w.lower_ in _CURRENCY for w in tok.subtree) or tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in _CURRENCY


def _subtree_tokens(tok: Token) -> list[Token]:
    """The phrase of ``tok`` without prepositional phrases the parser hung on it ("sinds de zomervakantie
    [met een tekort aan docenten]"), except "van" ones ("begin van dit jaar")."""
    pps = {t.i for c in children_of(tok) if c.dep_ == "nmod" and c.i > tok.i
           and any(g.dep_ == "case" and g.lower_ != "van" for g in children_of(c)) for t in c.subtree}
    return [t for t in tok.subtree if t.i not in pps]


def is_bare_year(tok: Token) -> bool:
    """"gaat eind 2027 dicht" with "2027" parsed as the subject: a year on its own is a time, never an argument."""
    return tok.pos_ == "NUM" and _YEAR.match(tok.text) is not None and not any(c.dep_ in ("nmod", "case", "det") for c in children_of(tok))


def is_time_phrase(tok: Token) -> bool:
    """Does the phrase headed by ``tok`` denote a time ("begin deze zomer", "in 2016", "vorig jaar")?"""
    words = _subtree_tokens(tok)
    if len(words) > 8:
        return False
    if tok.lower_ in _TIME_ADVS or DAY_RE.match(tok.lower_):
        return True
    head_low = (tok.lemma_ or tok.lower_).lower()
    if len(words) <= 5 and any(w.lower_ in _MONTH_NAMES for w in words) and not any(
            w.pos_ == "VERB" or w.pos_ == "PROPN" and w.lower_ not in _MONTH_NAMES for w in words):
        return True  # "op 26 maart", "26 maart 2019"
    if head_low in TIME_WORDS or tok.lower_ in TIME_WORDS or _YEAR.match(tok.text) or head_low.endswith("vakantie"):
        return not any(w.ent_type_ in ("ORG", "PER", "PERSON") for w in words)
    if tok.lower_ in ("begin", "eind", "einde", "halverwege", "midden", "medio", "eerder", "later"):
        nxt = tok.doc[tok.i + 1: tok.i + 4]
        return any(w.lower_ in TIME_WORDS or _YEAR.match(w.text) for w in list(words) + list(nxt))
    return False


def time_phrase(tok: Token) -> str:
    """The text of a time phrase without its leading preposition ("op 12 mei" -> "12 mei")."""
    amounts = {w.i for g in children_of(tok) if g.dep_ == "nmod" and g.i > tok.i and any(
        c.dep_ == "case" and c.lower_ in ("met", "tot", "naar") for c in children_of(g)) for w in g.subtree}
    words = [w for w in _subtree_tokens(tok) if not (w.pos_ == "PRON" and w.i < tok.i and w.head.i == tok.i)
             and w.i not in amounts]  # not "het eerste halfjaar met 4,2 procent"
    while words and words[0].pos_ == "PRON":
        words = words[1:]
    if tok.lower_ in ("begin", "eind", "einde", "halverwege", "midden", "medio") and len(words) == 1:
        for j in range(tok.i + 1, min(tok.i + 4, len(tok.doc))):
            if tok.doc[j].lower_ in TIME_WORDS or _YEAR.match(tok.doc[j].text):
                return tok.doc[tok.i: j + 1].text
    while words and words[0].dep_ == "case" and words[0].head.i == tok.i and len(words) > 1 and words[0].lower_ in ("op", "in", "sinds", "vanaf", "tot", "per"):
        words = words[1:]
    if not words:
        return tok.text
    return tok.doc[words[0].i: words[-1].i + 1].text


def factor_of(tokens: list[Token] | Span) -> float | None:
    """The factor in "N keer/maal <comparative>" within the tokens, or None."""
    toks = list(tokens)
    for k, t in enumerate(toks[:-1]):
        if toks[k + 1].lower_ in ("keer", "maal", "x") and (t.like_num or t.lower_ in NUMBER_WORDS):
            v = number_value(t.text)
            if v is not None:
                return v
        if re.fullmatch(r"\d+(?:[.,]\d+)?x", t.lower_):
            return number_value(t.lower_[:-1])
    return None


def amounts_in(tokens: list[Token] | Span) -> list[tuple[str, str | float]]:
    """Percentages and money amounts in the tokens, as qualifiers."""
    out: list[tuple[str, str | float]] = []
    toks = list(tokens)
    for k, t in enumerate(toks):
        if not (t.like_num or t.lower_ in NUMBER_WORDS) or t.lower_ in ("een", "één"):
            continue
        nxt = toks[k + 1].lower_ if k + 1 < len(toks) else ""
        if nxt in ("procent", "%", "procentpunt"):
            v = number_value(t.text)
            if v is not None:
                out.append(("percent", v))
        else:
            end = k + 1
            while end < len(toks) and toks[end].lower_ in ("miljoen", "miljard", "duizend", "honderd"):
                end += 1
            if end < len(toks) and toks[end].lower_ in _CURRENCY or k > 0 and toks[k - 1].text in ("€", "$", "£"):
                s = toks[k - 1].i if k > 0 and toks[k - 1].text in ("€", "$", "£") else t.i
                e = toks[min(end, len(toks) - 1)].i + 1
                out.append(("amount", t.doc[s:e].text))
    return out


def qualifiers_for_verb(verb: Token) -> tuple[list[tuple[str, str | float]], set[int]]:
    """Time/factor/amount qualifiers from a verb's dependents; also the token heads they consume
    (read once per verb: speech, clauses and quotations all ask; each caller gets its own copies)."""
    cache = verb.doc.user_data.setdefault("_tkg_verb_quals", {})
    if verb.i not in cache:
        cache[verb.i] = _qualifiers_for_verb(verb)
    quals, used = cache[verb.i]
    return list(quals), set(used)


def _qualifiers_for_verb(verb: Token) -> tuple[list[tuple[str, str | float]], set[int]]:
    quals: list[tuple[str, str | float]] = []
    used: set[int] = set()
    for c in children_of(verb):
        if c.dep_ in ("obl", "advmod", "nmod", "obl:tmod", "nmod:tmod", "obj", "xcomp", "dep") and is_time_phrase(c):
            quals.append(("time", time_phrase(c)))
            used.add(c.i)
    # time phrases the parse hung on an argument ("gebruikt sinds vorig jaar software")
    for c in children_of(verb):
        if c.dep_ in ("obj", "xcomp", "nsubj", "nsubj:pass", "obl"):
            for g in children_of(c):
                if g.dep_ in ("obl", "nmod") and g.i < c.i and is_time_phrase(g) and any(k.dep_ == "case" for k in children_of(g)):
                    quals.append(("time", time_phrase(g)))
                    used.add(g.i)
    # a factor ("tien keer sneller") anywhere in the verb's own clause
    from ._args import clause_tokens

    f = factor_of(clause_tokens(verb))
    if f is not None:
        quals.append(("factor", f))
    return quals, used
