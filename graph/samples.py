"""Hand-built documents shaped like textkg's output, for tests, docs and the benchmark.

No spaCy: the facts are written out as dataclasses. :func:`example_documents` gives two small
articles that share entities (Netflix, Ted Sarandos, AI) and one entity with a nasty name;
:func:`synthetic_documents` generates as many documents as a benchmark needs, deterministically.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from textkg.facts import Document, Entity, Mention, Triple, Value

__all__ = ["example_documents", "nasty_document", "synthetic_documents", "NASTY_NAMES"]

# Names that break naive IRI minting or serialisation.
NASTY_NAMES = (
    'O"Brien',
    "<script>alert(1)</script>",
    "Zoë Ünïcödé 東京",
    "a b\tc\nd",
    "100% AI & co.",
    "back\\slash {braces} |pipe| ^caret^ `tick`",
    "#hash ?q=1 /slash/",
    "a_b",
    "a b",
    "x" * 300,
    "   ",
)


def _mention(text: str, needle: str, kind: str = "name") -> tuple[Mention, ...]:
    at = text.find(needle)
    return (Mention(at, at + len(needle), needle, kind),) if at >= 0 else ()


def example_documents() -> list[Document]:
    """Two Dutch articles about Netflix and AI that share entities, plus nasty-name cases."""
    t1 = ("Netflix zet vol in op AI. Dat heeft CEO Ted Sarandos bekendgemaakt. "
          "“AI kan creatieve mensen betere tools geven”, zei Sarandos. "
          "Netflix gebruikt AI voor visuele effecten.")
    netflix = Entity("Netflix", "ORG", ("de streamingdienst",), _mention(t1, "Netflix"))
    ted = Entity("Ted Sarandos", "PERSON", ("Sarandos",), _mention(t1, "Ted Sarandos"))
    ai = Entity("AI", "TECHNOLOGY", ("kunstmatige intelligentie",), _mention(t1, "AI"))
    ceo = Entity("CEO", "ROLE")
    effects = Entity("visuele effecten", "CONCEPT", (), _mention(t1, "visuele effecten", "description"))
    s1 = (0, t1.find(".") + 1)
    s2 = (s1[1] + 1, t1.find(".", s1[1] + 1) + 1)
    s3 = (t1.find("“"), t1.find("Sarandos.", 0) + len("Sarandos."))
    s4 = (t1.find("Netflix gebruikt"), len(t1))
    quote = "AI kan creatieve mensen betere tools geven"
    doc1 = Document(
        id="netflix_ai_nl", text=t1, lang="nl", source="examples/netflix_ai_nl.txt",
        entities=[netflix, ted, ai, ceo, effects],
        triples=[
            Triple(ted, "isCeoOf", netflix, "is CEO of", "CEO", "netflix_ai_nl", t1[s2[0]:s2[1]], *s2, 0.9,
                   (), "textkg.apposition.v1", ((s2[0] + 14, s2[0] + 17), (s2[0] + 18, s2[0] + 30))),
            Triple(ted, "hasRole", ceo, "has role", "CEO", "netflix_ai_nl", t1[s2[0]:s2[1]], *s2, 0.8),
            Triple(netflix, "uses", ai, "uses", "gebruikt", "netflix_ai_nl", t1[s4[0]:s4[1]], *s4, 0.85,
                   (), "textkg.svo.v1", ((s4[0], s4[0] + 7), (s4[0] + 8, s4[0] + 16))),
            Triple(netflix, "uses", effects, "uses for", "gebruikt voor", "netflix_ai_nl", t1[s4[0]:s4[1]], *s4, 0.8,
                   (("instrument", "AI"),), "textkg.svo.v1", ((s4[0], s4[0] + 7), (s4[0] + 8, s4[0] + 16))),
            Triple(ted, "said", Value(quote, "quote"), "said", "zei", "netflix_ai_nl", t1[s3[0]:s3[1]], *s3, 0.95,
                   (("quote", quote), ("modality", "kan")), "textkg.quote.v1"),
            Triple(netflix, "inzetten", ai, "inzetten", "zet vol in op", "netflix_ai_nl", t1[s1[0]:s1[1]], *s1, 0.6,
                   (("negated", False),), "textkg.svo.v1"),
        ],
    )
    t2 = "Ted Sarandos leidt Netflix. Netflix ontwikkelt tien nieuwe series met AI in Hollywood."
    netflix2 = Entity("NETFLIX", "ORG", ("Netflix Inc.",), _mention(t2, "Netflix"))
    ted2 = Entity("Ted  Sarandos", "PERSON", (), _mention(t2, "Ted Sarandos"))
    hollywood = Entity("Hollywood", "GPE", (), _mention(t2, "Hollywood"))
    e1 = (0, t2.find(".") + 1)
    e2 = (e1[1] + 1, len(t2))
    doc2 = Document(
        id="netflix_series_nl", text=t2, lang="nl", source="examples/netflix_series_nl.txt",
        entities=[netflix2, ted2, hollywood, Entity("AI", "TECHNOLOGY")],
        triples=[
            Triple(ted2, "isCeoOf", netflix2, "is CEO of", "leidt", "netflix_series_nl", t2[e1[0]:e1[1]], *e1, 0.7),
            Triple(netflix2, "develops", Value("tien nieuwe series", "number", 10.0), "develops", "ontwikkelt",
                   "netflix_series_nl", t2[e2[0]:e2[1]], *e2, 0.75, (("time", "dit jaar"),)),
            Triple(netflix2, "locatedIn", hollywood, "is located in", "in", "netflix_series_nl", t2[e2[0]:e2[1]], *e2,
                   0.4),
        ],
    )
    return [doc1, doc2]


def nasty_document() -> Document:
    """One document whose entities, relation lemmas and qualifiers have hostile names."""
    text = " ".join(NASTY_NAMES)
    ents = [Entity(name, "OTHER" if i % 2 else "PERSON", (name + "!",)) for i, name in enumerate(NASTY_NAMES)]
    triples = []
    for i, (a, b) in enumerate(zip(ents, ents[1:])):
        predicate = ["uses", "beïnvloeden", "say <what>", "a b", "x/y#z", "%41"][i % 6]
        triples.append(Triple(a, predicate, b, predicate, predicate, "nasty \"doc\" <1>", "sentence " + a.name, 0, 5,
                              0.5, ((f"q {a.name[:10]}", b.name),)))
    triples.append(Triple(ents[0], "said", Value('"quoted" <b>\\ \u2028 ok', "quote"), "said", "zei",
                          "nasty \"doc\" <1>", "s", 0, 1))
    return Document('nasty "doc" <1>', text, "en", "", ents, triples)


def synthetic_documents(n_documents: int, facts_per_document: int = 40, entities: int = 5000,
                        seed: int = 7) -> Iterator[Document]:
    """Deterministic documents shaped like textkg output (shared entity pool, all relation kinds).

    Parameters
    ----------
    n_documents : int
        How many documents.
    facts_per_document : int
        Triples per document. Defaults to 40.
    entities : int
        Size of the shared entity pool (so documents link up). Defaults to 5000.
    seed : int
        Random seed. Defaults to 7.
    """
    from textkg.facts import ENTITY_TYPES
    from textkg.vocabulary import RELATIONS

    rng = random.Random(seed)
    types = [t for t in ENTITY_TYPES if t != "OTHER"]
    pool = [Entity(f"Entity {i}", types[i % len(types)], (f"E{i}",)) for i in range(entities)]
    relations = [(r.id, r.label) for r in RELATIONS.values()] + [("beweren", "beweren")]
    for d in range(n_documents):
        doc_id = f"synthetic-{d:06d}"
        chosen = rng.sample(pool, min(len(pool), max(2, facts_per_document // 2)))
        text_parts, triples = [], []
        offset = 0
        for f in range(facts_per_document):
            s, o = rng.sample(chosen, 2)
            pid, label = rng.choice(relations)
            sentence = f"{s.name} {label} {o.name} in zin {f}."
            obj: Entity | Value = o
            if f % 7 == 0:
                obj = Value(f"waarde {rng.randint(0, 999)}", "text")
            triples.append(Triple(
                s, pid, obj, label, label, doc_id, sentence, offset, offset + len(sentence),
                round(rng.random(), 3), (("factor", float(f % 5 + 2)),) if f % 3 == 0 else (),
                "textkg.svo.v1", ((offset, offset + len(s.name)),),
            ))
            text_parts.append(sentence)
            offset += len(sentence) + 1
        ents = [Entity(e.name, e.type, e.aliases, (Mention(0, len(e.name), e.name),)) for e in chosen]
        yield Document(doc_id, " ".join(text_parts), "nl", f"synthetic/{doc_id}.txt", ents, triples)
