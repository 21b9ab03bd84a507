"""Conversion of the training corpora: lemma cleaning, legacy LassySmall, IOB files."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from textkg.pipelines import convert


@pytest.mark.parametrize(
    "lemma, form, expected",
    [("mee_nemen", "neemt", "meenemen"), ("basis_niveau", "basisniveau", "basisniveau"), ("lopen", "liep", "lopen"),
     ("_", "_", "_"), ("_", "x", "")],
)
def test_clean_lemma(lemma: str, form: str, expected: str) -> None:
    assert convert.clean_lemma(lemma, form) == expected


def test_iob_docstart_makes_articles(tmp_path: Path) -> None:
    f = tmp_path / "mini.iob"
    f.write_text(
        "-DOCSTART- -DOCSTART- O\nTed N B-PER\nSarandos N I-PER\nleidt V O\nNetflix N B-ORG\n. Punc O\n\n"
        "Hij Pron O\nwoont V O\nin Prep O\nBuenos N B-LOC\nAires N I-LOC\n. Punc O\n\n"
        "-DOCSTART- -DOCSTART- O\nDe Art O\nEternaut N B-MISC\n. Punc O\n\n",
        encoding="utf8",
    )
    docs = convert.iob_docs(f, spacy.blank("nl").vocab)
    assert len(docs) == 2
    assert [(e.text, e.label_) for e in docs[0].ents] == [("Ted Sarandos", "PER"), ("Netflix", "ORG"), ("Buenos Aires", "LOC")]
    assert len(list(docs[0].sents)) == 2
    assert [(e.text, e.label_) for e in docs[1].ents] == [("Eternaut", "MISC")]


def test_iob_without_blank_lines_is_split_on_punctuation(tmp_path: Path) -> None:
    f = tmp_path / "europeana.bio"
    f.write_text("Jan B-PER\nkwam O\n. O\nIn O\nAmsterdam B-LOC\n. O\n", encoding="utf8")
    docs = convert.iob_docs(f, spacy.blank("nl").vocab)
    assert len(docs) == 1 and len(list(docs[0].sents)) == 2
    assert [e.label_ for e in docs[0].ents] == ["PER", "LOC"]


def test_iob1_is_repaired(tmp_path: Path) -> None:
    f = tmp_path / "iob1.txt"
    f.write_text("De O\nRabo I-ORG\nbank I-ORG\nin O\nUtrecht I-LOC\n\n", encoding="utf8")
    (doc,) = convert.iob_docs(f, spacy.blank("nl").vocab)
    assert [(e.text, e.label_) for e in doc.ents] == [("Rabo bank", "ORG"), ("Utrecht", "LOC")]


def test_legacy_lassysmall_drops_overlap_and_maps_labels(corpora: Path) -> None:
    lassy = corpora / "ud_dutch_lassysmall"
    kept, dropped = convert.legacy_lassysmall(
        lassy / "legacy_pre_r2.0/nl_lassysmall-ud-train.pre-r2.0.conllu",
        [lassy / "nl_lassysmall-ud-dev.conllu", lassy / "nl_lassysmall-ud-test.conllu"],
    )
    assert dropped == 1409 and len(kept) == 6641 - 1409
    labels = {r[7] for s in kept for r in s.rows}
    assert "flat:name" not in labels
    assert {"nmod:poss", "obl:agent", "obl:arg", "expl:pv"} <= labels


def test_ud_docs_have_clean_lemmas_and_trees(corpora: Path) -> None:
    sents = convert.read_conllu(corpora / "ud_dutch_alpino/nl_alpino-ud-dev.conllu")
    docs = convert.sentences_to_docs(sents[:50], spacy.blank("nl").vocab)
    assert sum(len(list(d.sents)) for d in docs) == 50
    assert not any("_" in t.lemma_ for d in docs for t in d if t.text != "_")
    assert all(d.has_annotation("DEP") and d.has_annotation("POS") for d in docs)
