"""textkg's own pipeline components on hand-made Docs (no trained model needed)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from textkg.pipelines.consistency import make_consistent
from textkg.pipelines.tokenizer import customize_tokenizer, split_possessives, fix_entity_edges


def _doc(words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(spacy.blank("nl").vocab, words=words)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


def test_majority_label_and_surname() -> None:
    words = "Netflix groeit . Ted Sarandos leidt Netflix . Netflix zegt dat Sarandos blijft .".split()
    doc = _doc(words, [(0, 1, "ORG"), (3, 5, "PER"), (6, 7, "ORG"), (8, 9, "PER")])
    make_consistent(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Netflix", "ORG"), ("Ted Sarandos", "PER"), ("Netflix", "ORG"), ("Netflix", "ORG"), ("Sarandos", "PER")]


def test_no_entities_is_a_no_op() -> None:
    doc = _doc(["Niets", "hier", "."], [])
    assert make_consistent(doc).ents == ()


def test_split_and_trim_possessive() -> None:
    nlp = spacy.blank("nl")
    customize_tokenizer(nlp)
    doc = split_possessives(nlp.make_doc("Google’s model en Rabo's kantoren"))
    assert [t.text for t in doc] == ["Google", "’s", "model", "en", "Rabo's", "kantoren"]
    assert doc[1].norm_ == "'s"
    doc.ents = [Span(doc, 0, 2, label="ORG")]
    assert [e.text for e in fix_entity_edges(doc).ents] == ["Google"]


def test_name_extends_over_its_version_number_not_over_a_count() -> None:
    nlp = spacy.blank("nl")
    doc = nlp.make_doc("OpenAI lanceerde Sora 2 en Google 3 modellen .")
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 2, 3, label="MISC"), Span(doc, 5, 6, label="ORG")]
    doc[4].pos_, doc[7].pos_ = "CCONJ", "NOUN"
    assert [e.text for e in fix_entity_edges(doc).ents] == ["OpenAI", "Sora 2", "Google"]


def test_pos_rules_apply_ud_dutch_conventions() -> None:
    from textkg.pipelines.pos_rules import apply_pos_rules

    words = "Jan de Vries kwam dinsdag te laat , als eerste .".split()
    pos = ["PROPN", "DET", "PROPN", "VERB", "NOUN", "ADP", "ADJ", "PUNCT", "ADP", "NUM", "PUNCT"]
    heads = [3, 0, 0, 3, 3, 6, 3, 3, 9, 3, 3]
    deps = ["nsubj", "flat", "flat", "ROOT", "obl", "advmod", "advmod", "punct", "mark", "obl", "punct"]
    doc = Doc(spacy.blank("nl").vocab, words=words, pos=pos, heads=heads, deps=deps)
    apply_pos_rules(doc)
    assert [t.pos_ for t in doc] == ["PROPN", "PROPN", "PROPN", "VERB", "PROPN", "ADV", "ADJ", "PUNCT", "SCONJ", "ADJ", "PUNCT"]


def test_a_word_with_a_direct_object_is_a_verb() -> None:
    from textkg.pipelines.pos_rules import apply_pos_rules

    words = "De bond eist loon en het rapport noemt haar trots .".split()
    pos = ["DET", "NOUN", "ADV", "NOUN", "CCONJ", "DET", "NOUN", "VERB", "PRON", "ADJ", "PUNCT"]
    heads = [1, 2, 2, 2, 7, 6, 7, 2, 9, 7, 2]
    deps = ["det", "nsubj", "ROOT", "obj", "cc", "det", "nsubj", "conj", "obj", "xcomp", "punct"]
    doc = apply_pos_rules(Doc(spacy.blank("nl").vocab, words=words, pos=pos, heads=heads, deps=deps))
    assert doc[2].pos_ == "VERB"  # "eist", tagged an adverb, has an object
    assert doc[9].pos_ == "ADJ" and doc[8].head.i == 9  # an adjective with an object is left alone
    words = "Zuiderwind heeft beroep aangetekend .".split()
    doc = apply_pos_rules(Doc(spacy.blank("nl").vocab, words=words, pos=["PROPN", "AUX", "NOUN", "ADJ", "PUNCT"],
                              heads=[3, 3, 3, 3, 3], deps=["nsubj", "aux", "obj", "ROOT", "punct"]))
    assert doc[3].pos_ == "VERB"  # ... unless an auxiliary makes it a participle


def test_an_unknown_capitalised_word_after_a_word_is_a_name() -> None:
    from textkg.pipelines.pos_rules import apply_pos_rules

    words = "Drinkwaterbedrijf Aquanor roept de Barneveldse klanten op .".split()
    pos = ["PROPN", "ADV", "VERB", "DET", "ADJ", "NOUN", "ADP", "PUNCT"]
    heads = [0, 2, 2, 5, 5, 2, 2, 2]
    deps = ["ROOT", "advmod", "ROOT", "det", "amod", "obj", "compound:prt", "punct"]
    doc = Doc(spacy.blank("nl").vocab, words=words, pos=pos, heads=heads, deps=deps)
    for tok in doc:  # as textkg_word_classes leaves them: 0 for a form the lexicon does not know
        tok.lex.lang = 0 if tok.text in ("Aquanor", "Barneveldse") else 1
    doc = apply_pos_rules(doc)
    assert doc[1].pos_ == "PROPN"  # "Aquanor", tagged an adverb
    assert doc[4].pos_ == "ADJ"  # a demonym keeps its tag
    doc[1].lex.lang = 1  # a word the lexicon knows keeps its tag
    doc[1].pos_ = "ADV"
    assert apply_pos_rules(doc)[1].pos_ == "ADV"


def test_pos_of_function_words_follows_their_relation() -> None:
    from textkg.pipelines.pos_rules import apply_pos_rules

    words = "Het bedrijf zegt dat het groeit maar dat weet niemand .".split()
    pos = ["PRON", "NOUN", "VERB", "PRON", "DET", "VERB", "ADV", "SCONJ", "VERB", "PRON", "PUNCT"]
    heads = [1, 2, 2, 5, 5, 2, 8, 8, 2, 8, 2]
    deps = ["det", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "cc", "obj", "conj", "nsubj", "punct"]
    doc = apply_pos_rules(Doc(spacy.blank("nl").vocab, words=words, pos=pos, heads=heads, deps=deps))
    assert [t.pos_ for t in doc][:9] == ["DET", "NOUN", "VERB", "SCONJ", "PRON", "VERB", "CCONJ", "PRON", "VERB"]

