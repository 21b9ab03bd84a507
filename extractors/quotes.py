"""Direct quotations and their speakers: (speaker, said, Value(kind="quote")).

A quotation is text between typographic or straight double quotes (“…”, „…”, "…", «…») of at
least three words. Its speaker is the subject of a verb of saying outside the quotes in the
same sentence ("…", zei hij) or the name before a colon (Bosman: "…"), else the subject of the verb of saying in the sentence just
before or after in the same paragraph, else the speaker of the previous quotation in the
paragraph (a continued quote). Time phrases of the verb of saying become a ``time`` qualifier,
and the quotation's clause facts get ``attributed_to``. Writes ``Doc._.tkg_quotes`` (character
spans with speaker cluster) and appends to ``Doc._.tkg_triples``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from textkg.facts import Value

from ._args import RawTriple, resolve, sentence_of, subjects, verb_lemma
from .predicates import SAY_VERBS
from .quantities import qualifiers_for_verb

__all__ = ["QuoteExtractor", "make_quote_extractor", "find_quotes"]

# verbs that introduce a quotation: saying, and "spreekt van", "reageert", "vervolgt"
_QUOTE_VERBS = SAY_VERBS | {"spreken", "reageren", "vervolgen", "roepen", "zuchten"}
_QUOTE_RE = re.compile(r"“([^”“]{3,}?)”|„([^”“„]{3,}?)[”“]|«([^»]{3,}?)»|\"([^\"]{3,}?)\"")


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans (inside the quote marks) of the quotations in a text with ≥ 3 words."""
    out = []
    for m in _QUOTE_RE.finditer(text):
        g = next(i for i in range(1, 5) if m.group(i) is not None)
        s, e = m.start(g), m.end(g)
        if len(text[s:e].split()) >= 3:
            out.append((s, e))
    return out


class QuoteExtractor:
    """Attribute direct quotations to speakers."""

    def __init__(self, nlp: Language, name: str = "textkg_quotes"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        triples: list[RawTriple] = list(doc._.tkg_triples or [])
        clusters = doc._.tkg_clusters or []
        quotes = []
        last_speaker = None
        last_end = -1
        text = doc.text  # O(len) per access: read once
        for s, e in find_quotes(text):
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            speaker, verb = self._speaker(doc, span, text)
            if speaker is None and last_speaker is not None and "\n\n" not in text[last_end:s] and s - last_end < 400:
                speaker, verb = last_speaker
            if speaker is None:
                continue
            last_speaker, last_end = (speaker, verb), e
            quote = text[s:e].strip().rstrip(",").strip()
            quals: list = []
            if verb is not None:
                q, _ = qualifiers_for_verb(verb)
                quals += [x for x in q if x[0] == "time"]
            sents = [sentence_of(t) for t in (span[0], span[-1])]
            st, en = min(x.start_char for x in sents), max(x.end_char for x in sents)
            hl = [(s, e)] + ([(verb.idx, verb.idx + len(verb.text))] if verb is not None else [])
            # the same words read as reported speech by the relation extractor: this reading (a quotation) replaces it
            triples = [t for t in triples if not (t.subject == speaker and t.predicate == "said" and isinstance(t.object, Value)
                                                  and t.object.text == quote)]
            triples.append(RawTriple(speaker, "said", "said", verb.text if verb is not None else "", Value(quote, "quote"),
                                     st, en, hl, 0.8, quals, "textkg.quote.v1", "quote"))
            quotes.append((s, e, speaker))
            name = clusters[speaker].name
            # facts stated inside the quotation are claims of the speaker
            for t in triples:
                if t.extractor.startswith("textkg.svo") and any(s <= a and b <= e for a, b in t.highlights[:1]) and not any(
                        q[0] == "attributed_to" for q in t.qualifiers):
                    t.qualifiers.append(("attributed_to", name))
                    t.kind = "attributed_claim"
        doc._.tkg_triples = triples
        doc._.tkg_quotes = quotes
        return doc

    def _speaker(self, doc: Doc, span: Span, text: str) -> tuple[int | None, Token | None]:
        sents = []
        first = sentence_of(span[0])
        sents.append(first)
        if sentence_of(span[-1]) != first:
            sents.append(sentence_of(span[-1]))
        # neighbours in the same paragraph
        if first.start > 0:
            sents.append(sentence_of(doc[first.start - 1]))
        last = sentence_of(span[-1])
        if last.end < len(doc):
            sents.append(sentence_of(doc[last.end]))
        head2 = doc._.tkg_head2mention or {}
        mentions = doc._.tkg_mentions or []
        k = span.start - 1
        while k >= 0 and doc[k].is_quote:
            k -= 1
        if k > 0 and doc[k].text == ":":
            # 'Voorzitter Erik Bosman: "We staan achter deze prik"': the speaker is named before the colon
            m = mentions[head2[k - 1]] if k - 1 in head2 else None
            if m is not None and m.cluster is not None and m.kind == "name":
                return m.cluster, None
        for sent in sents:
            for t in sent:
                if span.start <= t.i < span.end:
                    continue
                if t.lower_ in ("aldus", "volgens") and sent is first:
                    # '"…", aldus Jakobs' / '"…", volgens de topman'
                    after = self._mention_after(t, sent, head2, mentions)
                    if after is not None:
                        return after, t
                if t.pos_ in ("VERB", "AUX") and verb_lemma(t) in _QUOTE_VERBS:
                    subs, _ = subjects(t)
                    subs = [x for x in subs if not span.start <= x.i < span.end]
                    if not subs and sent is first and t.i >= span.end:
                        # '"…", zegt topvrouw Marieke van Dalen' with the name parsed as a modifier
                        after = self._mention_after(t, sent, head2, mentions)
                        if after is not None:
                            return after, t
                    for x in subs:
                        got = resolve(doc, x)
                        if got and got[0].cluster is not None:
                            if sent is not first and "\n" in text[min(sent.end_char, first.end_char):max(sent.start_char, first.start_char)]:
                                continue
                            return got[0].cluster, t
        return None, None

    @staticmethod
    def _mention_after(t: Token, sent: Span, head2: dict, mentions: list) -> int | None:
        """The cluster of the first mention within five words after ``t`` (a speaker named after
        "aldus" or after the verb of saying)."""
        for k in range(t.i + 1, min(t.i + 6, sent.end)):
            idx = head2.get(k)
            if idx is not None:
                return mentions[idx].cluster
        return None


@Language.factory("textkg_quotes", assigns=["doc._.tkg_quotes", "doc._.tkg_triples"],
                  requires=["doc._.tkg_clusters", "doc._.tkg_triples"])
def make_quote_extractor(nlp: Language, name: str) -> QuoteExtractor:
    """Factory of :class:`QuoteExtractor` (``textkg_quotes``)."""
    return QuoteExtractor(nlp, name)
