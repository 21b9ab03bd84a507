"""Write the model card of a packaged pipeline: ``README.md`` plus sources/licences in ``meta.json``."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

__all__ = ["write_card", "SOURCES"]

SOURCES = [
    {
        "name": "UD Dutch LassySmall r2.16 (dev, test) + legacy pre-r2.0 train",
        "url": "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
        "license": "CC BY-SA 4.0",
    },
    {
        "name": "UD Dutch Alpino r2.16 (dev only; test held out)",
        "url": "https://github.com/UniversalDependencies/UD_Dutch-Alpino",
        "license": "CC BY-SA 4.0",
    },
    {
        "name": "CoNLL-2002 Dutch NER (ned.train; ned.testa to choose the recipe, then trained on too; ned.testb held out)",
        "url": "https://github.com/nltk/nltk_data (packages/corpora/conll2002.zip)",
        "license": "research use only (CoNLL-2002 shared task terms; no commercial use)",
    },
]
_CDB_SOURCE = {
    "name": "Alpino Treebank cdb part (NLTK distribution), converted to UD by textkg.pipelines.alpino",
    "url": "https://github.com/nltk/nltk_data (packages/corpora/alpino.zip)",
    "license": "distributed with NLTK with the permission of Gertjan van Noord; cite van der Beek et al. 2002",
}

_EUROPEANA_SOURCE = {
    "name": "Europeana Newspapers NER, Dutch (KB): its text only, for pretraining the tok2vec",
    "url": "https://github.com/EuropeanaNewspapers/ner-corpora",
    "license": "CC0 1.0",
}

_CORPUS_DIRS = ("ud_dutch_", "conll2002", "alpino_cdb", "europeana", "uner_")

_DECISIONS = """\
## Decisions

- **Lemmas**: UD Dutch writes compound and separable-verb boundaries into lemmas with `_`
  (`mee_nemen`, `regering_leider`). textkg removes them in training and in the gold data it
  evaluates against, so lemmas are plain words: verbs join their parts (`meenemen`; *zette ... in*
  -> `inzetten`), other compounds keep the spelling of the word form, with linking letters and
  hyphens that Alpino's stems drop (`regeringsleider`, `politie-agent`). The lemmatizer is spaCy's
  trainable (edit-tree) lemmatizer, trained on UD lemmas only (never on Alpino cdb stems). `textkg_lemma_lookup` then replaces an
  unchanged lemma of a VERB/AUX/NOUN/ADJ by spaCy's Dutch lookup table (`nl_lemma_lookup`,
  spacy-lookups-data, MIT; its table is saved inside the pipeline): *liepen* -> *lopen*.
- **Legacy LassySmall train** (pre-r2.0): its 1,409 sentences that reappear in r2.16 LassySmall
  dev/test are dropped; labels mapped to r2.16 (`flat:name`->`flat`, possessive `det`->`nmod:poss`,
  `obl`+`door` under a passive -> `obl:agent`, `obl` -> `obl:arg` / `obj` `zich` -> `expl:pv` where
  r2.16 uses that label for the same verb(+preposition)). It has no XPOS: the tagger treats them as missing.
- **Sentence bounds** (`textkg_sentence_bounds`, before the parser): a sentence may start only after
  `. ! ? : ; …`, a closing quote or bracket, or a line break; the parser, trained on one sentence per
  document, otherwise ends about one in twenty news sentences after a title noun or a first name
  ("Vakbond | FNV Metaal reageert ..."), cutting the subject off its verb.
- **UPOS rules** (`textkg_pos_rules`, after the lemmatizer): the legacy data's conventions that
  differ from r2.16 are overridden: ordinals NUM -> ADJ, `als` ADP -> SCONJ, `zowel` -> CCONJ, and
  *zijn/worden/hebben/zullen/kunnen/moeten/mogen* AUX iff attached as aux/aux:pass/cop, else
  VERB (UPOS 0.944 -> 0.952 on the model-selection half of Alpino dev); a word with a direct object
  is a VERB, as is an adjective-tagged participle with an object and an auxiliary.
- **Word classes** (`textkg_word_classes`, first): every token gets the set of word classes its form
  has in spaCy's Dutch lemma tables (`nl_lemma_index`, `nl_lemma_exc`, `nl_lemma_lookup`,
  spacy-lookups-data, MIT; ~414k forms, saved inside the pipeline) as a bit mask, which the UD
  tok2vec embeds beside its other features (carried in the lexeme's `LANG` attribute, the one
  integer lexeme attribute spaCy lets a component set and `MultiHashEmbed` read). A lexicon for the
  words the treebanks never show: on the model-selection half of Alpino dev UPOS 0.955 -> 0.963,
  LAS 0.795 -> 0.802 against the same recipe without it (textkg_nl 0.2); on Alpino test UPOS
  0.941 -> 0.951, LAS 0.756 -> 0.780.
- **Model selection**: UD Alpino dev is split by document; even documents are training data, odd
  documents the development set. The NER recipe and its length (steps of the best ned.testa score
  of a run on ned.train alone, scaled by the 18% more data) were chosen on ned.testa; the shipped
  NER then trains on ned.train + ned.testa for that many steps. UD Alpino **test** and CoNLL-2002
  **ned.testb** are held out: never trained or tuned on, not even as raw text.
- **Pretraining**: the NER encoder starts from one pretrained with spaCy's character objective
  (predict each word's first and last 4 characters from its context) on the raw text of the
  training and development corpora (~700k words, `pipelines/configs/nl_pretrain.cfg`, 10 epochs):
  +1.1 NER F1 on ned.testa. The UD part trained from the same encoder parsed better (Alpino test
  LAS 0.772 vs 0.756) but is not shipped: textkg's extraction rules were written against this
  parser and lost 10 points of core-triple recall on the example article with the other one.
- **NER consistency** (`textkg_ner_consistency`, after NER): within a document every mention of
  an entity text gets its majority label, and a capitalised word that is the last word of a PER
  name (*Sarandos* after *Ted Sarandos*) is PER. Chosen on ned.testa (+1.0 F1 there).
- **ORG gazetteer** (`textkg_gazetteer`, spaCy `entity_ruler` after NER, overwriting): ~80
  hand-listed present-day technology/AI/media companies (Netflix, Google, OpenAI, ...) are ORG,
  because CoNLL-2002 (2000) never saw them; see `textkg.pipelines.gazetteer`.
- **NER labels** are CoNLL-2002's PER / ORG / LOC / MISC. Products and works (e.g. *Sora 2*, *The
  Eternaut*) come out as MISC; textkg's extraction layer maps MISC to product/work with rules.
- **Tokenizer**: spaCy's Dutch rules plus textkg's (`textkg.pipelines.tokenizer`): curly quotes get
  straight NORMs, words with an inner apostrophe stay whole (`auto’s`), em/en dashes between words
  split, and the `textkg_possessive` component splits `’s` off names (`Google’s` -> `Google` `’s`).
  Loading needs `textkg.pipelines.load("nl")` (which registers that component).
- **Architecture**: two CNN tok2vec encoders (width 128, depth 4, hash embeddings of NORM, PREFIX,
  SUFFIX, SHAPE, and in the UD one the word-class mask; no static vectors): one shared by tagger (XPOS), morphologizer (UPOS+feats),
  parser (also sentence boundaries) and lemmatizer, one inside NER. Trained separately (one CPU
  core each, `pipelines/configs/nl_ud.cfg` and `nl_ner.cfg`: Adam, dropout 0.15 / 0.25, NER with
  parameter averaging), seed 42; the UD part stopped by a wall-clock budget with the best
  checkpoint on its development set kept, the NER part after its fixed number of steps; then assembled.
"""


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _files_with_hashes(data: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for key, rec in data.items():
        if not isinstance(rec, dict) or key == "training_run":
            continue
        files = rec.get("files") or ([rec["file"]] if "file" in rec else [])
        for f in files:
            p = Path(f)
            starts = [i for i, part in enumerate(p.parts) if part.startswith(_CORPUS_DIRS)]
            entry = {"use": key, "file": "/".join(p.parts[starts[0]:]) if starts else p.name}
            entry.update({k: v for k, v in rec.items() if k not in ("file", "files")})
            if p.is_file():
                entry["sha256"] = _sha256(p)
            out.append(entry)
    return out


def write_card(
    out: Path,
    data: dict[str, Any],
    ud_model: Path | None = None,
    ner_model: Path | None = None,
    scores: dict[str, Any] | None = None,
) -> None:
    """Record the data used, licences, decisions and (if given) held-out scores in ``out``.

    out (Path): the pipeline directory (already written by ``nlp.to_disk``).
    data (dict): the data record of ``train.prepare_ud`` / ``prepare_ner``.
    scores (dict | None): output of ``evaluate.evaluate``; written to meta and README.
    """
    out = Path(out)
    meta_path = out / "meta.json"
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
    conll = "conll2002" in str(data.get("ner_train", {}).get("file", "conll2002"))
    sources = list(SOURCES[:2]) + ([SOURCES[2]] if conll else [])
    if not conll:
        sources.append({"name": f"NER corpus {data['ner_train']['file']}", "license": "see that corpus"})
    sources += [_CDB_SOURCE] if "alpino_cdb" in data else []
    sources += [_EUROPEANA_SOURCE] if "europeana" in json.dumps(data.get("pretraining_text", {})) else []
    files = _files_with_hashes(data)
    meta.update(
        {
            "name": "textkg_nl",
            "description": "textkg's Dutch pipeline: tokenizer, tagger, morphologizer, parser, "
            "trainable lemmatizer, NER (PER/ORG/LOC/MISC). Trained by textkg.pipelines.train.",
            "author": "textkg",
            "license": "CC BY-SA 4.0 (UD parts); NER trained on CoNLL-2002: RESEARCH USE ONLY"
            if conll else "CC BY-SA 4.0 (UD parts); NER: see the terms of its training corpus",
            "sources": sources,
            "textkg_training_data": files,
        }
    )
    if scores:
        meta["textkg_heldout_scores"] = scores
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf8")

    lines = [
        "# textkg_nl: textkg's Dutch spaCy pipeline",
        "",
        f"spaCy {meta.get('spacy_version', '')}; components: {', '.join(meta.get('pipeline', []))}.",
        "",
        "## Licence: READ THIS",
        "",
        "- The UD-trained components (tagger, morphologizer, parser, lemmatizer) derive from UD Dutch",
        "  LassySmall and Alpino: **CC BY-SA 4.0**.",
    ]
    if conll:
        lines += [
            "- The NER component is trained on **CoNLL-2002 Dutch**, whose terms allow **research use only**",
            '  ("may only be used for research applications in the context of the CoNLL-2002 shared task ...',
            '  not for commercial applications"). Users who need other terms retrain NER on another IOB',
            "  corpus: `textkg model train --lang nl --ner-corpus FILE` (e.g. the CC0 Europeana Newspapers set).",
        ]
    else:
        lines += [f"- The NER component is trained on `{data['ner_train']['file']}`: its own terms apply."]
    if "alpino_cdb" in data:
        lines += [
            "- The parser also learned from the Alpino Treebank cdb part (news), distributed with NLTK",
            "  with the permission of Gertjan van Noord (van der Beek et al. 2002), converted to UD",
            "  by `textkg.pipelines.alpino`; its lemmas/stems were not used.",
        ]
    lines += ["", "## Data used", "", "| use | file | details | sha256 |", "|---|---|---|---|"]
    for f in files:
        details = ", ".join(f"{k}={v}" for k, v in f.items() if k not in ("use", "file", "sha256"))
        lines.append(f"| {f['use']} | {f['file']} | {details} | {f.get('sha256', '')[:16]}… |")
    if isinstance(data.get("training_run"), dict):
        lines += ["", "## Training run", ""] + [f"- {k}: {v}" for k, v in data["training_run"].items()]
    if "train_words" in data:
        lines += ["", f"UD training words (syntactic words, all sources): {data['train_words']:,}."]
    lines += ["", _DECISIONS]
    if scores:
        from .evaluate import format_table

        lines += ["## Held-out scores", "", "```", format_table(scores), "```", "",
                  "Measured by `textkg model evaluate --lang nl` (`textkg.pipelines.evaluate`).", ""]
    (out / "README.md").write_text("\n".join(lines), encoding="utf8")
