"""Benchmark: words/s of textkg extraction vs the bare spaCy pass on the same text, in one run.

    python bench/bench_extraction.py                    # the example article, repeated to ~20,000 words
    python bench/bench_extraction.py --words 5000 FILE  # another text

Both sides parse the same paragraphs with the same trained pipeline:

* bare     ``nlp.pipe(paragraphs)`` with textkg's extraction components disabled
* textkg   ``textkg.extractors.extract(text)`` (paragraph parsing + mentions, coreference,
           entities, relations, quotes, and assembling the Document)

The sides alternate ``--rounds`` times and the best of each is kept. It prints both rates and the
overhead ratio textkg / bare (target: at most 1.30, i.e. extraction adds ≤ 30 % on top of parsing).
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", default=str(ROOT / "examples" / "netflix_ai_nl.txt"))
    ap.add_argument("--words", type=int, default=20_000, help="repeat the text to about this many words")
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args(argv)

    from textkg.extractors import COMPONENTS, extract, load_pipeline
    from textkg.extractors._text import paragraphs

    base = Path(a.file).read_text(encoding="utf-8")
    reps = max(1, a.words // max(1, len(base.split())))
    text = "\n\n".join([base] * reps)
    n_words = len(text.split())
    nlp = load_pipeline("nl")
    paras = [p for _, p in paragraphs(text)]
    mine = [n for n in COMPONENTS if n in nlp.pipe_names]
    extract(base, nlp=nlp)  # warm up (lookup tables, first-call allocations)

    bare_best = textkg_best = float("inf")
    n_triples = 0
    for _ in range(a.rounds):
        t0 = time.perf_counter()
        with nlp.select_pipes(disable=mine):
            for _doc in nlp.pipe(paras, batch_size=32):
                pass
        bare_best = min(bare_best, time.perf_counter() - t0)
        t0 = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            doc = extract(text, nlp=nlp)
        textkg_best = min(textkg_best, time.perf_counter() - t0)
        n_triples = len(doc.triples)
    ratio = textkg_best / bare_best
    print(f"text: {a.file} x{reps} = {n_words} words, {len(paras)} paragraphs; {n_triples} triples extracted")
    print(f"bare spaCy pass : {n_words / bare_best:10.0f} words/s  ({bare_best:.2f} s)")
    print(f"textkg extract  : {n_words / textkg_best:10.0f} words/s  ({textkg_best:.2f} s)")
    print(f"ratio textkg/bare: {ratio:.2f}  (target <= 1.30: {'ok' if ratio <= 1.30 else 'OVER'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
