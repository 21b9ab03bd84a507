"""Document-level NER consistency: a name tagged once is tagged (the same way) everywhere in the doc.

News articles repeat names; the CNN tagger sees a few words of context and can miss or mislabel a
later mention (``Netflix`` as ORG in one sentence, missed or PER in another). The
``textkg_ner_consistency`` component, placed after ``ner``:

1. gives every mention of the same entity text the label most often predicted for it in the doc
   (a multi-word PER also votes PER for its last word: *Ted Sarandos* ... *Sarandos*);
2. tags an untagged, capitalised word as PER when it is the last word of a PER name in the doc;
3. optionally (off by default: no gain on ned.testa) tags further exact, capitalised occurrences of
   any entity text that the model left untagged.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

__all__ = ["CONSISTENCY_COMPONENT", "make_consistent"]

CONSISTENCY_COMPONENT = "textkg_ner_consistency"


def make_consistent(doc: Doc, relabel: bool = True, propagate: bool = False, surnames: bool = True) -> Doc:
    """Apply the rules of the module docstring to ``doc.ents``; returns the same Doc."""
    if not doc.ents:
        return doc
    votes: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for ent in doc.ents:
        votes[tuple(t.text for t in ent)][ent.label_] += 1
    if surnames:
        for ent in doc.ents:
            if ent.label_ == "PER" and len(ent) > 1 and ent[-1].text[:1].isupper():
                votes[(ent[-1].text,)]["PER"] += 1
    best = {key: c.most_common(1)[0][0] for key, c in votes.items()}
    ents = [Span(doc, e.start, e.end, label=best[tuple(t.text for t in e)]) if relabel else e for e in doc.ents]
    if surnames:
        surname = {key[0] for key in best if len(key) == 1 and best[key] == "PER"} - {
            e.text for e in doc.ents if len(e) == 1 and e.label_ != "PER"}
        taken = set(i for e in ents for i in range(e.start, e.end))
        for i, tok in enumerate(doc):
            if i not in taken and tok.text in surname and tok.text[:1].isupper():
                ents.append(Span(doc, i, i + 1, label="PER"))
    if propagate:
        taken = set(i for e in ents for i in range(e.start, e.end))
        by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for key in best:
            if key[0][:1].isupper():
                by_first[key[0]].append(key)
        for i, tok in enumerate(doc):
            if i in taken or tok.text not in by_first:
                continue
            for key in sorted(by_first[tok.text], key=len, reverse=True):
                j = i + len(key)
                if j <= len(doc) and tuple(t.text for t in doc[i:j]) == key and not taken.intersection(range(i, j)):
                    ents.append(Span(doc, i, j, label=best[key]))
                    taken.update(range(i, j))
                    break
    doc.ents = filter_spans(ents)
    return doc


@Language.component(CONSISTENCY_COMPONENT)
def _consistency_component(doc: Doc) -> Doc:
    return make_consistent(doc)
