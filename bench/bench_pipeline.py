"""Benchmark: words per second of textkg's whole shipped Dutch pipeline, one process, on this machine.

Texts: the raw text of UD Dutch Alpino test and CoNLL-2002 ned.testb (from ``../shared/corpora``)
when present, else the example article repeated. Prints one line, e.g.
``textkg_nl 0.1.0: 6,123 words/s (80,011 words, 13.1 s wall, 1 process; 6,200 words per CPU-second)``
(the CPU-second figure is what the pipeline does on one free core when the machine is busy).

``--against DIR`` times another pipeline directory on the same texts in the same run (alternating
halves, so that a busy machine slows both alike) and prints the ratio: how a retrained pipeline
compares with the shipped one, whatever the machine.

Usage: ``OMP_NUM_THREADS=1 python bench/bench_pipeline.py [--corpora DIR] [--repeat N] [--against DIR]``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]


def _texts(corpora: Path) -> list[str]:
    ud = corpora / "ud_dutch_alpino/nl_alpino-ud-test.conllu"
    ner = corpora / "conll2002_dutch/ned.testb"
    texts: list[str] = []
    if ud.is_file():
        texts += [ln[len("# text = "):] for ln in ud.read_text(encoding="utf8").splitlines() if ln.startswith("# text = ")]
    if ner.is_file():
        sent: list[str] = []
        for ln in ner.read_text(encoding="utf8").splitlines():
            parts = ln.split()
            if not parts:
                if sent:
                    texts.append(" ".join(sent))
                sent = []
            elif parts[0] != "-DOCSTART-":
                sent.append(parts[0])
        if sent:
            texts.append(" ".join(sent))
    if not texts:
        article = (_ROOT / "examples/netflix_ai_nl.txt").read_text(encoding="utf8")
        texts = [p for p in article.split("\n\n") if p.strip()] * 100
    return texts


def _time(nlp, texts: list[str], batch_size: int) -> tuple[int, float, float]:
    start, cpu_start = time.perf_counter(), time.process_time()
    n_words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
    return n_words, time.perf_counter() - start, time.process_time() - cpu_start


def main() -> None:
    """Load the shipped pipeline, warm it up, time ``nlp.pipe`` over the texts and print words/s."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpora", type=Path, default=_ROOT.parent / "shared/corpora")
    p.add_argument("--repeat", type=int, default=1)
    p.add_argument("--batch-size", type=int, default=64)
    p.add_argument("--against", type=Path, help="another pipeline directory, timed side by side")
    a = p.parse_args()
    from textkg.pipelines import load, load_from

    pipes = [("shipped", load("nl"))] + ([(str(a.against), load_from(a.against))] if a.against else [])
    texts = _texts(a.corpora) * a.repeat
    for _, nlp in pipes:
        list(nlp.pipe(texts[:50]))  # warm-up
    totals = {name: [0, 0.0, 0.0] for name, _ in pipes}
    half = len(texts) // 2
    for part in (texts[:half], texts[half:]):
        for name, nlp in pipes:
            for k, v in enumerate(_time(nlp, part, a.batch_size)):
                totals[name][k] += v
    for name, nlp in pipes:
        n_words, secs, cpu = totals[name]
        print(
            f"{nlp.meta.get('name', 'pipeline')} {nlp.meta.get('version', '')} ({name}): {n_words / secs:,.0f} words/s "
            f"({n_words:,} words, {secs:.1f} s wall, 1 process; {n_words / cpu:,.0f} words per CPU-second)"
        )
    if a.against:
        (n0, s0, _), (n1, s1, _) = totals["shipped"], totals[str(a.against)]
        print(f"ratio {a.against} / shipped: {(n1 / s1) / (n0 / s0):.2f}")


if __name__ == "__main__":
    main()
