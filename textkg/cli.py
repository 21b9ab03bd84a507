"""The ``textkg`` command: turns flags into calls to the library, and errors into one clear line.

Exit codes: 0 success, 1 input errors (bad article, bad query, store trouble; also when some of
several inputs were skipped), 2 usage errors. Other tools call these commands by name:
build, export, query, view, serve, model.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from collections.abc import Sequence
from pathlib import Path

from .errors import TextkgError

__all__ = ["main"]

DEFAULT_STORE = "./textkg-store"
EXPORT_FORMATS = ("turtle", "ntriples", "nquads", "trig", "jsonld", "graphml", "triples-json")
QUERY_FORMATS = ("table", "csv", "tsv", "json")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except TextkgError as error:
        print(f"textkg {args.command}: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(f"textkg {args.command}: interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="textkg", description="Build a knowledge graph from news articles.")
    parser.add_argument("--version", action="version", version=f"textkg {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser("build", help="extract articles and merge them into the store")
    build.add_argument("paths", nargs="+", metavar="PATH", help="UTF-8 text files, or - for stdin")
    _store_option(build)
    build.add_argument("--lang", choices=("auto", "nl", "en"), default="auto", help="article language (default: auto)")
    build.add_argument("--html", metavar="FILE", help="also write the interactive viewer to FILE")
    build.add_argument("--jobs", type=int, default=1, metavar="N",
                       help="processes that parse an article longer than ~30,000 characters (default: 1)")
    build.set_defaults(run=_build)

    export = commands.add_parser("export", help="serialise the stored graph")
    _store_option(export)
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    export.set_defaults(run=_export)

    query = commands.add_parser("query", help="run a SPARQL 1.1 query over the stored graph")
    _store_option(query)
    query.add_argument("sparql", nargs="?", metavar="SPARQL", help="the query text")
    query.add_argument("--file", metavar="Q.rq", help="read the query from a file instead")
    query.add_argument("--format", choices=QUERY_FORMATS, default="table")
    query.set_defaults(run=_query)

    view = commands.add_parser("view", help="write the interactive HTML viewer of the stored graph")
    _store_option(view)
    view.add_argument("-o", "--output", required=True, metavar="FILE.html")
    view.set_defaults(run=_view)

    serve = commands.add_parser("serve", help="serve SPARQL at /sparql (read-only) and the viewer at /")
    _store_option(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    serve.add_argument("--port", type=int, default=7878, help="port (default: 7878; 0 picks a free one)")
    serve.add_argument("--timeout", type=float, default=30.0, help="seconds a query may run (default: 30)")
    serve.set_defaults(run=_serve)

    model = commands.add_parser("model", help="train or evaluate textkg's spaCy pipelines")
    model_commands = model.add_subparsers(dest="model_command", required=True, metavar="ACTION")
    train = model_commands.add_parser("train", help="train and package a pipeline from the corpora")
    evaluate = model_commands.add_parser("evaluate", help="score the shipped pipeline on held-out sets")
    for sub in (train, evaluate):
        sub.add_argument("--lang", choices=("nl",), default="nl")
        sub.add_argument("--corpora", type=Path, default=Path("../shared/corpora"), help="corpora folder")
    train.add_argument("--ner-corpus", type=Path, metavar="IOB", help="another IOB NER corpus to train on")
    train.add_argument("--output", type=Path, metavar="DIR", help="where to package (default: inside textkg)")
    train.set_defaults(run=_model_train)
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.set_defaults(run=_model_evaluate)
    return parser


def _store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store",
        default=DEFAULT_STORE,
        help=f"store directory, or a SPARQL 1.1 endpoint URL (default: {DEFAULT_STORE})",
    )


def _version() -> str:
    from . import __version__

    return __version__


def _open(args: argparse.Namespace, *, must_exist: bool = True):
    from .errors import StoreError
    from .kg import open_graph

    store = args.store
    if not must_exist:
        return open_graph(store)
    if "://" not in store and not Path(store).exists():
        raise StoreError(f"{store}: no store here; run 'textkg build ARTICLE --store {store}' first")
    return open_graph(store, read_only=True)


def _build(args: argparse.Namespace) -> int:
    from .extractors import ExtractionWarning, extract
    from .sources import read_article

    warnings.simplefilter("ignore", ExtractionWarning)  # printed below from Document.warnings, once
    started = time.perf_counter()
    documents, skipped = [], 0
    for path in args.paths:
        try:
            article = read_article(path)
        except TextkgError as error:
            print(f"textkg build: skipped: {error}", file=sys.stderr)
            skipped += 1
            continue
        if article.notice:
            print(f"textkg build: notice: {article.notice}", file=sys.stderr)
        document = extract(article.text, lang=args.lang, source=article.source, n_process=args.jobs)
        for warning in document.warnings:
            print(f"textkg build: warning: {article.source}: {warning}", file=sys.stderr)
        documents.append(document)
    if documents:
        with _open(args, must_exist=False) as kg:
            kg.add(documents)
            if args.html:
                kg.to_html(args.html)
            totals = kg.stats()
        seconds = time.perf_counter() - started
        entities = len({entity.key for document in documents for entity in document.entities})
        triples = sum(len(document.triples) for document in documents)
        print(
            f"built {len(documents)} document(s): {entities} entities, {triples} triples in {seconds:.1f} s\n"
            f"store {args.store}: {totals['documents']} documents, {totals['entities']} entities, "
            f"{totals['facts']} facts, {totals['quads']} RDF quads"
        )
        if args.html:
            print(f"viewer {args.html}")
    if skipped:
        print(f"textkg build: {skipped} of {len(args.paths)} input(s) skipped", file=sys.stderr)
        return 1
    return 0


def _export(args: argparse.Namespace) -> int:
    with _open(args) as kg:
        data = kg.serialize(args.format)
    raw = data if isinstance(data, bytes) else data.encode("utf-8")
    if args.output:
        Path(args.output).write_bytes(raw)
    else:
        sys.stdout.buffer.write(raw)
    return 0


def _query(args: argparse.Namespace) -> int:
    from .errors import ConfigError, InputError
    from .outputs.results import format_result

    if (args.sparql is None) == (args.file is None):
        raise ConfigError("give the query either as an argument or with --file, not both or neither")
    if args.file:
        try:
            sparql = Path(args.file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(f"{args.file}: cannot read query ({error})") from error
    else:
        sparql = args.sparql
    with _open(args) as kg:
        print(format_result(kg.query(sparql), args.format), end="")
    return 0


def _view(args: argparse.Namespace) -> int:
    with _open(args) as kg:
        path = kg.to_html(args.output)
    print(f"viewer {path}")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from .outputs.server import serve

    with _open(args) as kg:
        serve(kg, host=args.host, port=args.port, timeout=args.timeout)
    return 0


def _model_train(args: argparse.Namespace) -> int:
    from .pipelines.train import train

    path = train(args.lang, args.corpora, out=args.output, ner_corpus=args.ner_corpus)
    print(f"pipeline packaged at {path}")
    return 0


def _model_evaluate(args: argparse.Namespace) -> int:
    from .pipelines.evaluate import evaluate, format_table

    scores = evaluate(args.lang, args.corpora)
    print(json.dumps(scores) if args.json else format_table(scores))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
