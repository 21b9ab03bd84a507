"""Train textkg's Dutch spaCy pipeline from the shared corpora and package it into ``pipelines/nl``.

Two trainings run in parallel, one core each: the UD part (tok2vec, tagger, morphologizer, parser,
trainable lemmatizer) and the NER part (its own tok2vec + ner). :func:`assemble` then joins them
into one pipeline (the NER's tok2vec listener is replaced by an inner copy), applies the Dutch
tokenizer rules of :mod:`.tokenizer`, adds the document-level NER consistency rules of
:mod:`.consistency`, the ORG gazetteer of :mod:`.gazetteer`, the UPOS convention rules of :mod:`.pos_rules` and the lemma lookup fallback
of :mod:`.lemma_lookup`, and writes the model card.

CLI: ``python -m textkg.pipelines.train --corpora ../shared/corpora [--ner-corpus FILE]``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable

import spacy
from spacy.util import registry

from . import convert, word_classes  # noqa: F401 - word_classes registers the UD part's first component
from .card import write_card

__all__ = ["train", "prepare", "prepare_ud", "prepare_ner", "prepare_raw", "pretrain", "train_part", "assemble", "PACKAGE_DIR"]

PACKAGE_DIR = Path(__file__).resolve().parent
CONFIG_DIR = PACKAGE_DIR / "configs"
WORK_DIR = PACKAGE_DIR / ".train"
SEED = 42
NER_CHUNK_SENTS = 10  # training articles cut into 10-sentence pieces: +0.9 F1 on ned.testa
PRETRAIN_EPOCHS = 10
# the shipped NER trains on ned.train + ned.testa for a fixed number of steps: 2,800 steps gave the
# best ned.testa score of the same recipe trained on ned.train alone; +18% data -> 3,300 steps
NER_FINAL_STEPS = 3300
_THREAD_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


class TimeUp(Exception):
    """Raised inside spaCy's training loop when the time budget is spent (model-best is kept)."""


@registry.callbacks("textkg.time_limit.v1")
def _make_time_limit(seconds: float) -> Callable[[Any, dict], None]:
    start = time.time()

    def before_update(nlp: Any, info: dict) -> None:
        if seconds and time.time() - start > seconds:
            raise TimeUp(f"time budget of {seconds:.0f}s spent at step {info.get('step')}")

    return before_update


def _ud_files(corpora: Path) -> dict[str, Path]:
    return {
        "legacy": corpora / "ud_dutch_lassysmall/legacy_pre_r2.0/nl_lassysmall-ud-train.pre-r2.0.conllu",
        "lassy_dev": corpora / "ud_dutch_lassysmall/nl_lassysmall-ud-dev.conllu",
        "lassy_test": corpora / "ud_dutch_lassysmall/nl_lassysmall-ud-test.conllu",
        "alpino_dev": corpora / "ud_dutch_alpino/nl_alpino-ud-dev.conllu",
        "alpino_test": corpora / "ud_dutch_alpino/nl_alpino-ud-test.conllu",
        "alpino_cdb": corpora / "alpino_cdb_nltk/alpino.zip",
    }


def _split_alpino_dev(sents: list[convert.Sentence]) -> tuple[list[convert.Sentence], list[convert.Sentence]]:
    """Alternate whole documents of UD Alpino dev: even ones to train, odd ones to the dev set."""
    docs: dict[str, list[convert.Sentence]] = {}
    for s in sents:
        docs.setdefault(s.sent_id.split("\\")[0], []).append(s)
    train: list[convert.Sentence] = []
    dev: list[convert.Sentence] = []
    for i, key in enumerate(docs):
        (train if i % 2 == 0 else dev).extend(docs[key])
    return train, dev


def prepare_ud(corpora: Path, workdir: Path, cdb: Path | None = None) -> dict[str, Any]:
    """Convert the UD data to ``workdir/ud_train.spacy`` and ``ud_dev.spacy``; return the data record.

    Train: legacy LassySmall train (overlap dropped, relabelled) + LassySmall dev + test + the even
    documents of Alpino dev (+ Alpino cdb news sentences converted to UD, if ``cdb`` is a CoNLL-U
    file: heads and labels only; their POS, features and lemmas are heuristic and left missing). Dev (model selection): the odd documents of Alpino dev.
    Alpino test is never read here.
    """
    f = _ud_files(corpora)
    legacy, dropped = convert.legacy_lassysmall(f["legacy"], [f["lassy_dev"], f["lassy_test"]])
    lassy = convert.read_conllu(f["lassy_dev"]) + convert.read_conllu(f["lassy_test"])
    a_train, a_dev = _split_alpino_dev(convert.read_conllu(f["alpino_dev"]))
    train_sents = legacy + lassy + a_train
    rng = random.Random(SEED)
    cdb_sents: list[convert.Sentence] = []
    if cdb is not None:
        cdb_sents = convert.read_conllu(cdb)
    record: dict[str, Any] = {
        "legacy_lassysmall_train": {"file": str(f["legacy"]), "sentences_kept": len(legacy), "dropped_overlap": dropped},
        "lassysmall_dev_test": {"files": [str(f["lassy_dev"]), str(f["lassy_test"])], "sentences": len(lassy)},
        "alpino_dev_train_half": {"file": str(f["alpino_dev"]), "sentences": len(a_train)},
        "alpino_dev_selection_half": {"file": str(f["alpino_dev"]), "sentences": len(a_dev)},
    }
    if cdb_sents:
        record["alpino_cdb"] = {"file": str(f["alpino_cdb"]), "sentences": len(cdb_sents), "used_for": "parser only (heads, deps)"}
    vocab = spacy.blank("nl").vocab
    docs = convert.sentences_to_docs(train_sents, vocab) + convert.sentences_to_docs(cdb_sents, vocab, syntax_only=True)
    rng.shuffle(docs)
    workdir.mkdir(parents=True, exist_ok=True)
    convert.write_docbin(docs, workdir / "ud_train.spacy")
    convert.write_docbin(convert.sentences_to_docs(a_dev, vocab), workdir / "ud_dev.spacy")
    record["train_words"] = sum(len(d) for d in docs)
    return record


def prepare(corpora: Path, workdir: Path, cdb: Path | None = None, ner_corpus: Path | None = None) -> dict[str, Any]:
    """All training data into ``workdir``: UD and NER DocBins and the raw text for pretraining.
    With CoNLL-2002 (no ``ner_corpus``) the NER trains on ned.train + ned.testa (``final``)."""
    data = prepare_ud(corpora, workdir, cdb=cdb)
    data.update(prepare_ner(corpora, workdir, ner_corpus, chunk_sents=NER_CHUNK_SENTS, final=ner_corpus is None))
    data.update(prepare_raw(corpora, workdir, cdb=cdb))
    return data


def prepare_raw(corpora: Path, workdir: Path, cdb: Path | None = None) -> dict[str, Any]:
    """Write ``workdir/raw.jsonl`` (8 sentences a line) for pretraining the tok2vec on raw text.

    The text of every training and development file (UD, the cdb news sentences, CoNLL-2002 train
    and testa, the Europeana newspapers): ~700k words. The held-out test sets (UD Alpino test,
    CoNLL-2002 ned.testb) are never read.
    """
    f = _ud_files(corpora)
    conllu = [f["legacy"], f["lassy_dev"], f["lassy_test"], f["alpino_dev"]] + ([cdb] if cdb is not None else [])
    iob = [corpora / "conll2002_dutch/ned.train", corpora / "conll2002_dutch/ned.testa", corpora / "europeana_ner_nl/enp_NL.kb.bio"]
    groups: list[list[str]] = []
    for path in conllu:
        groups.append([_sentence_text(s) for s in convert.read_conllu(path)])
    for path in iob:
        if path.is_file():
            groups.append([" ".join(words) for doc in convert.read_iob(path) for words, _ in doc])
    workdir.mkdir(parents=True, exist_ok=True)
    lines = [" ".join(g[i:i + 8]) for g in groups for i in range(0, len(g), 8)]
    (workdir / "raw.jsonl").write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in lines), encoding="utf8")
    return {"pretraining_text": {"files": [str(p) for p in conllu + iob if p.is_file()], "lines": len(lines),
                                 "words": sum(len(t.split()) for t in lines)}}


def _sentence_text(s: convert.Sentence) -> str:
    for c in s.comments:
        if c.startswith("# text"):
            return c.split("=", 1)[1].strip()
    return " ".join(r[1] for r in s.rows)


def pretrain(workdir: Path, epochs: int = PRETRAIN_EPOCHS) -> Path:
    """Pretrain a tok2vec on ``workdir/raw.jsonl`` (spaCy's character objective); returns the
    weights the NER training starts from. One core, ~3 minutes an epoch."""
    from spacy.cli.pretrain import pretrain as spacy_pretrain
    from spacy.util import load_config

    config = load_config(CONFIG_DIR / "nl_pretrain.cfg", overrides={
        "paths.raw_text": str(workdir / "raw.jsonl"), "pretraining.max_epochs": epochs, "system.seed": SEED},
        interpolate=True)
    (workdir / "pretrain").mkdir(parents=True, exist_ok=True)
    spacy_pretrain(config, workdir / "pretrain", use_gpu=-1, silent=False)
    return workdir / "pretrain" / f"model{epochs - 1}.bin"


def prepare_ner(corpora: Path, workdir: Path, ner_corpus: Path | None = None, chunk_sents: int = 0,
                final: bool = False) -> dict[str, Any]:
    """Convert the NER data to ``workdir/ner_train.spacy`` and ``ner_dev.spacy``.

    Docs are whole articles; ``chunk_sents`` > 0 cuts the *training* articles into pieces of that
    many sentences, so that a batch mixes several articles (the dev set stays whole articles).

    Default: CoNLL-2002 ``ned.train`` (train) and ``ned.testa`` (dev; research-only terms). ``final``
    adds ``ned.testa`` to the training data too, for the shipped model, once the recipe and its
    number of steps were chosen on ``ned.testa``. With ``ner_corpus`` (any IOB file, e.g. Europeana
    CC0) no CoNLL-2002 file is read: every 10th doc of that corpus is the dev set.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("nl").vocab
    if ner_corpus is None:
        train_file, dev_file = corpora / "conll2002_dutch/ned.train", corpora / "conll2002_dutch/ned.testa"
        train_docs, dev_docs = convert.iob_docs(train_file, vocab), convert.iob_docs(dev_file, vocab)
        if final:
            train_docs = train_docs + convert.iob_docs(dev_file, vocab)
        dev_rec: dict[str, Any] = {"file": str(dev_file), "docs": len(dev_docs), "also_trained_on": final}
    else:
        train_file = Path(ner_corpus)
        docs = convert.iob_docs(train_file, vocab)
        train_docs = [d for i, d in enumerate(docs) if i % 10 != 9]
        dev_docs = [d for i, d in enumerate(docs) if i % 10 == 9]
        dev_rec = {"file": str(train_file), "docs": len(dev_docs), "split": "every 10th doc"}
    if chunk_sents:
        train_docs = convert.chunk_docs(train_docs, chunk_sents)
        random.Random(SEED).shuffle(train_docs)
    convert.write_docbin(train_docs, workdir / "ner_train.spacy")
    convert.write_docbin(dev_docs, workdir / "ner_dev.spacy")
    train_rec: dict[str, Any] = {"file": str(train_file), "docs": len(train_docs)}
    if chunk_sents:
        train_rec["chunked_sentences"] = chunk_sents
    return {"ner_train": train_rec, "ner_dev": dev_rec}


def train_part(cfg: Path, train_path: Path, dev_path: Path, out: Path, max_seconds: int,
               init_tok2vec: Path | None = None, max_steps: int = 0) -> Path:
    """Run one spaCy training in this process, starting from pretrained tok2vec weights if given.
    Returns ``out/model-best`` (best on the dev set), or ``out/model-last`` when ``max_steps`` fixes
    the length of a run whose dev set is part of its training data."""
    from spacy.cli.train import train as spacy_train

    overrides = {
        "paths.train": str(train_path),
        "paths.dev": str(dev_path),
        "paths.max_seconds": max_seconds,
        "paths.init_tok2vec": str(init_tok2vec) if init_tok2vec else None,
        "training.max_steps": max_steps,
        "system.seed": SEED,
    }
    try:
        spacy_train(cfg, out, overrides=overrides, use_gpu=-1)
    except TimeUp as e:
        print(f"[textkg] {e}", flush=True)
    return out / ("model-last" if max_steps else "model-best")


def _spawn_part(part: str, workdir: Path, max_seconds: int, init_tok2vec: Path | None, max_steps: int) -> subprocess.Popen:
    env = dict(os.environ, **_THREAD_ENV)
    log = open(workdir / f"{part}.log", "w")
    cmd = [sys.executable, "-m", __spec__.name if __spec__ else "textkg.pipelines.train", "_part", part,
           "--workdir", str(workdir), "--max-seconds", str(max_seconds), "--max-steps", str(max_steps)]
    cmd += ["--init-tok2vec", str(init_tok2vec)] if init_tok2vec else []
    return subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)


def assemble(ud_model: Path, ner_model: Path, out: Path, data: dict[str, Any] | None = None) -> Path:
    """Join the UD and NER pipelines into one, add tokenizer rules and the model card, write ``out``.
    ``ner_model`` is a trained NER part, or an assembled pipeline whose NER is reused (a new UD part
    beside the shipped NER)."""
    from .consistency import CONSISTENCY_COMPONENT
    from .gazetteer import RULER_NAME, add_gazetteer
    from .lemma_lookup import LOOKUP_COMPONENT
    from .pos_rules import POS_RULES_COMPONENT
    from .sentence_bounds import SENTENCE_BOUNDS_COMPONENT
    from .tokenizer import EDGES_COMPONENT, customize_tokenizer

    nlp = spacy.load(ud_model)
    ner_nlp = spacy.load(ner_model)
    if "ner" in getattr(ner_nlp.get_pipe("tok2vec"), "listening_components", []):
        ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])  # a trained NER part; an assembled pipeline's NER has its own
    # NER runs before the parser: spaCy's NER never lets an entity cross a sentence boundary, and
    # the parser's boundaries are less reliable than none (-1 F1 on ned.testa when NER runs after).
    nlp.add_pipe("ner", source=ner_nlp, before="tok2vec")
    customize_tokenizer(nlp)
    add_gazetteer(nlp, after=EDGES_COMPONENT)
    nlp.add_pipe(CONSISTENCY_COMPONENT, after=RULER_NAME)
    nlp.add_pipe(SENTENCE_BOUNDS_COMPONENT, before="parser")
    nlp.add_pipe(POS_RULES_COMPONENT, after="trainable_lemmatizer")
    nlp.add_pipe(LOOKUP_COMPONENT, after=POS_RULES_COMPONENT).initialize()
    nlp._config["training"]["before_update"] = None  # training-only callback; not needed to load
    nlp.meta["name"] = "textkg_nl"
    nlp.meta["version"] = "0.3.0"
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    write_card(out, data or {}, ud_model=ud_model, ner_model=ner_model)
    return out


def _find_cdb_converter() -> Callable[[Path], list[str]] | None:
    try:
        from . import alpino  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - optional, written separately
        return None
    return getattr(alpino, "convert", None)


def train(
    lang: str,
    corpora: Path,
    out: Path | None = None,
    ner_corpus: Path | None = None,
    max_minutes: float = 90.0,
    use_cdb: bool = True,
    workdir: Path | None = None,
    evaluate_after: bool = True,
) -> Path:
    """Convert the corpora, train UD and NER parts in parallel, assemble and package the pipeline.

    lang (str): only ``"nl"`` is supported.
    corpora (Path): the shared corpora folder (``../shared/corpora``).
    out (Path | None): where to write the pipeline. Defaults to the packaged ``pipelines/nl``.
    ner_corpus (Path | None): an IOB file to train NER on instead of CoNLL-2002 ned.train.
    max_minutes (float): wall-clock budget of each training (they run at the same time).
    use_cdb (bool): add the Alpino cdb news treebank (converted to UD) to the parser data.
    workdir (Path | None): scratch folder for DocBins, logs, checkpoints (``pipelines/.train/run``).
    evaluate_after (bool): score the result on the held-out sets and write the scores to the card.
    RETURNS (Path): the pipeline directory.
    """
    if lang != "nl":
        from textkg.errors import ConfigError

        raise ConfigError(f"no training recipe for language {lang!r}; available: 'nl'")
    corpora = Path(corpora)
    workdir = workdir or WORK_DIR / "run"
    workdir.mkdir(parents=True, exist_ok=True)
    cdb_conllu = None
    conv = _find_cdb_converter() if use_cdb else None
    cdb_zip = _ud_files(corpora)["alpino_cdb"]
    if conv is not None and cdb_zip.exists():
        cdb_conllu = workdir / "alpino_cdb.conllu"
        cdb_conllu.write_text("\n\n".join(conv(cdb_zip)) + "\n\n", encoding="utf8")
    data = prepare(corpora, workdir, cdb=cdb_conllu, ner_corpus=ner_corpus)
    final_ner = ner_corpus is None
    seconds = int(max_minutes * 60)
    data["training_run"] = {"budget_minutes_each": max_minutes, "seed": SEED, "parallel_parts": "ud, ner",
                            "pretraining_epochs": PRETRAIN_EPOCHS, "ner_steps": NER_FINAL_STEPS if final_ner else "best on dev"}
    (workdir / "data.json").write_text(json.dumps(data, indent=2))
    weights = pretrain(workdir)
    # the UD part starts from scratch: a parser trained from the pretrained encoder scored higher
    # (Alpino test LAS 0.772) but the extraction rules, written against this one, lost 10 points
    # of core recall on the example article with it; see the model card
    procs = [_spawn_part("ud", workdir, seconds, None, 0),
             _spawn_part("ner", workdir, seconds, weights, NER_FINAL_STEPS if final_ner else 0)]
    for p in procs:
        p.wait()
    models = {"ud": workdir / "ud" / "model-best", "ner": workdir / "ner" / ("model-last" if final_ner else "model-best")}
    for part, path in models.items():
        if not (path / "config.cfg").is_file():
            from textkg.errors import ModelError

            raise ModelError(f"training part {part!r} produced no model; see {workdir / (part + '.log')}")
    target = Path(out) if out else PACKAGE_DIR / lang
    assemble(models["ud"], models["ner"], target, data)
    if evaluate_after:
        from . import consistency, lemma_lookup, pos_rules, sentence_bounds, tokenizer, word_classes  # noqa: F401 - register components
        from .evaluate import evaluate_pipeline

        scores = evaluate_pipeline(spacy.load(target), corpora)
        write_card(target, data, scores=scores)
    return target


def _main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description="Train textkg's Dutch pipeline.")
    sub = p.add_subparsers(dest="cmd")
    part = sub.add_parser("_part", help="run one training part (used by train())")
    part.add_argument("part", choices=["ud", "ner"])
    part.add_argument("--workdir", type=Path, required=True)
    part.add_argument("--max-seconds", type=int, default=3600)
    part.add_argument("--train", type=Path)
    part.add_argument("--dev", type=Path)
    part.add_argument("--out", type=Path)
    part.add_argument("--init-tok2vec", type=Path)
    part.add_argument("--max-steps", type=int, default=0)
    asm = sub.add_parser("assemble")
    asm.add_argument("ud_model", type=Path)
    asm.add_argument("ner_model", type=Path)
    asm.add_argument("out", type=Path)
    asm.add_argument("--data", type=Path)
    prep = sub.add_parser("prepare")
    prep.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    prep.add_argument("--workdir", type=Path, required=True)
    prep.add_argument("--cdb-conllu", type=Path)
    prep.add_argument("--ner-corpus", type=Path)
    pre = sub.add_parser("pretrain", help="pretrain the shared tok2vec on workdir/raw.jsonl")
    pre.add_argument("--workdir", type=Path, required=True)
    pre.add_argument("--epochs", type=int, default=PRETRAIN_EPOCHS)
    full = sub.add_parser("all")
    full.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    full.add_argument("--out", type=Path)
    full.add_argument("--ner-corpus", type=Path)
    full.add_argument("--max-minutes", type=float, default=90.0)
    a = p.parse_args(argv)
    if a.cmd == "_part":
        wd = a.workdir
        train_part(CONFIG_DIR / f"nl_{a.part}.cfg", a.train or wd / f"{a.part}_train.spacy",
                   a.dev or wd / f"{a.part}_dev.spacy", a.out or wd / a.part, a.max_seconds, a.init_tok2vec, a.max_steps)
    elif a.cmd == "assemble":
        data = json.loads(a.data.read_text()) if a.data else {}
        print(assemble(a.ud_model, a.ner_model, a.out, data))
    elif a.cmd == "prepare":
        data = prepare(a.corpora, a.workdir, cdb=a.cdb_conllu, ner_corpus=a.ner_corpus)
        (a.workdir / "data.json").write_text(json.dumps(data, indent=2))
        print(json.dumps(data, indent=2))
    elif a.cmd == "pretrain":
        print(pretrain(a.workdir, a.epochs))
    elif a.cmd == "all":
        print(train("nl", a.corpora, a.out, a.ner_corpus, a.max_minutes))
    else:
        p.print_help()


if __name__ == "__main__":
    _main()
