"""textkg.extractors: from a Dutch (later English) news article to entities and triples.

The work is done by spaCy pipeline components with one job each, added after textkg's trained
pipeline by :func:`load_pipeline` and sharing their results through ``Doc._.tkg_*`` extensions:

``textkg_repairs`` (arguments the parser hung on an auxiliary, moved to its verb) →
``textkg_mentions`` (names, concepts, pronouns) → ``textkg_coref`` (pronouns, role nouns,
definite descriptions) → ``textkg_entities`` (one entity per real thing) → ``textkg_relations``
(clause, copula, apposition and speech facts) → ``textkg_quotes`` (direct quotations).

:func:`extract` runs them on a text and returns a :class:`textkg.facts.Document`: the text is
cleaned (HTML stripped, with a warning), split into paragraphs (offsets kept) that are parsed in
batches with ``nlp.pipe`` and re-joined per chunk of about 30,000 characters, so a 5 MB article
stays within spaCy's ``max_length``; coreference works within a chunk, entities are merged across
chunks by name and type. Every Triple points back to its evidence sentence by character offsets
into ``Document.text``. Set ``TEXTKG_PIPELINE_NL`` (``_EN``) to a pipeline directory to override
the shipped model.

Triple qualifiers the extractors write: ``negated``, ``modality``, ``time``, ``factor``, ``amount``,
``attributed_to``, ``medium``, ``audience``, ``location``, ``as``, ``instrument``, a preposition for an
adjunct (``in``, ``aan``...), and ``kind`` (``type``, ``quote``, ``reported_speech``,
``attributed_claim``; plain facts have none).

>>> from textkg.extractors import detect_language
>>> detect_language("De kat zit op de mat en die is niet van mij.")
'nl'
"""

from __future__ import annotations

import os
import warnings
from bisect import bisect_right
from contextlib import closing
from itertools import islice
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from textkg.errors import ExtractorError, InputError, ModelError
from textkg.facts import Document, Entity, Mention, Triple, Value, document_id, entity_key

from . import coref, entities, mentions, quotes, relations, repairs  # noqa: F401  (register the factories)
from ._args import RawTriple
from ._ext import register_extensions
from ._text import chunks, detect_language, language_scores, looks_like_html, paragraphs, strip_html

__all__ = ["extract", "extract_many", "load_pipeline", "detect_language", "document_from_doc", "COMPONENTS",
           "ExtractionWarning"]

# The textkg components, in pipeline order.
COMPONENTS = ("textkg_repairs", "textkg_mentions", "textkg_coref", "textkg_entities", "textkg_relations", "textkg_quotes")
_CACHE: dict[str, Language] = {}
_CHUNK_CHARS = 30_000
# Entities kept in a Document even when no triple uses them.
_NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "PRODUCT", "WORK", "EVENT", "LAW"})


class ExtractionWarning(UserWarning):
    """Input was cleaned, skipped or processed with a fallback (see ``Document.warnings``)."""


def _base_pipeline(lang: str) -> Language:
    override = os.environ.get(f"TEXTKG_PIPELINE_{lang.upper()}")
    if override:
        from textkg.pipelines import load_from

        try:
            return load_from(override)
        except Exception as e:  # pragma: no cover - depends on the path given
            raise ModelError(f"cannot load the {lang!r} pipeline from TEXTKG_PIPELINE_{lang.upper()}={override}: {e}") from e
    try:
        from textkg.pipelines import load as _load  # type: ignore[attr-defined]
    except ImportError as e:
        raise ModelError(
            f"no spaCy pipeline for {lang!r}: textkg.pipelines is not installed or has no load(); "
            "reinstall textkg (pip install -e .) or set TEXTKG_PIPELINE_" + lang.upper() + " to a pipeline directory"
        ) from e
    try:
        # a fresh instance (not textkg.pipelines' cached one): our components must not leak into it
        return getattr(_load, "__wrapped__", _load)(lang)
    except ModelError:
        raise
    except Exception as e:
        raise ModelError(f"no usable spaCy pipeline for language {lang!r}: {e}") from e


def load_pipeline(lang: str = "nl") -> Language:
    """textkg's trained pipeline for ``lang`` with the extraction components added (cached).

    lang (str): "nl" or "en".
    RETURNS (Language): the pipeline; ``nlp(text)`` fills ``doc._.tkg_triples``.
    RAISES ModelError: no pipeline is available for the language.
    """
    if lang not in ("nl", "en"):
        raise ModelError(f"unsupported language {lang!r}: textkg extracts from 'nl' (and, with its pipeline, 'en')")
    if lang in _CACHE:
        return _CACHE[lang]
    register_extensions()
    nlp = _base_pipeline(lang)
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    nlp.max_length = max(nlp.max_length, 2 * _CHUNK_CHARS)
    _CACHE[lang] = nlp
    return nlp


def _available(lang: str) -> bool:
    try:
        load_pipeline(lang)
        return True
    except ModelError:
        return False


def extract(text: str, *, doc_id: str | None = None, lang: str = "auto", source: str = "",
            nlp: Language | None = None, n_process: int = 1) -> Document:
    """Extract entities and triples from one article.

    text (str): the article (plain text; HTML is stripped with a warning).
    doc_id (str): the Document id. Defaults to ``textkg.facts.document_id(text, source)``.
    lang (str): "nl", "en" or "auto" (stopword guess; falls back to "nl" with a warning when
        there is no English pipeline).
    source (str): where the text came from (a path), kept on the Document.
    nlp (Language): a pipeline from :func:`load_pipeline` to use instead of the cached one.
    n_process (int): processes that parse a long article (over one chunk of ~30,000 characters)
        while this one extracts; spaCy's own multiprocessing, so 2 on a 2-core machine.
    RETURNS (Document): entities, triples (with evidence and offsets) and warnings.
    """
    return next(iter(extract_many([text], doc_ids=[doc_id], lang=lang, sources=[source], nlp=nlp, n_process=n_process)))


def extract_many(texts: Iterable[str], *, doc_ids: Iterable[str | None] | None = None, lang: str = "auto",
                 sources: Iterable[str] | None = None, nlp: Language | None = None,
                 batch_size: int = 32, n_process: int = 1) -> Iterator[Document]:
    """Extract from many articles, parsing their paragraphs in batches with ``nlp.pipe``.

    A pure function of the texts (the pipeline is loaded once per process), so it scales out as is:
    ``dask.bag.from_sequence(texts, npartitions=8).map(extract)`` or ``multiprocessing.Pool.map``.
    RETURNS (Iterator[Document]): one Document per text, in order.
    """
    if n_process < 1:
        raise InputError(f"n_process must be 1 or more, got {n_process}")
    texts = list(texts)
    ids = list(doc_ids) if doc_ids is not None else [None] * len(texts)
    srcs = list(sources) if sources is not None else [""] * len(texts)
    for text, did, src in zip(texts, ids, srcs):
        yield _extract_one(text, did, lang, src or "", nlp, batch_size, n_process)


def _extract_one(text: str, doc_id: str | None, lang: str, source: str, nlp: Language | None, batch_size: int,
                 n_process: int) -> Document:
    if not isinstance(text, str):
        raise InputError(f"expected the article as str, got {type(text).__name__}")
    warns: list[str] = []
    did = doc_id or document_id(text, source)
    if looks_like_html(text):
        text = strip_html(text)
        warns.append("[W001] the input looks like HTML: tags, scripts and styles were removed before extraction")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if lang not in ("auto", "nl", "en"):
        raise ModelError(f"unsupported language {lang!r}: use 'nl', 'en' or 'auto'")
    paras = paragraphs(text)
    chosen = lang
    if lang == "auto":
        chosen = detect_language(text)
        kinds = [("en" if language_scores(p)[1] > language_scores(p)[0] else "nl") for _, p in paras if len(p.split()) >= 8]
        if kinds and 0 < kinds.count("en") < len(kinds) and min(kinds.count("en"), kinds.count("nl")) >= max(1, len(kinds) // 10):
            warns.append(f"[W002] mixed-language input ({kinds.count('nl')} Dutch, {kinds.count('en')} English paragraphs): "
                         f"processed with the {chosen!r} pipeline")
        if chosen == "en" and (nlp.lang != "en" if nlp is not None else not _available("en")):
            warns.append("[W003] the text looks English but textkg has no English pipeline: processed with the Dutch one")
            chosen = "nl"
    doc_out = Document(id=did, text=text, lang=chosen, source=source)
    if not any(ch.isalpha() for ch in text):
        doc_out.warnings = warns + ["[W004] the input has no sentence to extract from: empty document"]
        for w in doc_out.warnings:
            warnings.warn(w, ExtractionWarning, stacklevel=3)
        return doc_out
    nlp = nlp or load_pipeline(chosen)
    ents: dict[str, Entity] = {}
    triples: list[Triple] = []
    try:
        groups = chunks(paras, _CHUNK_CHARS)
        with closing(_parse(nlp, [p for _, p in paras], batch_size, n_process if len(groups) > 1 else 1)) as parsed:
            for chunk in groups:
                doc, starts = _extract_chunk(nlp, list(islice(parsed, len(chunk))))
                _collect(doc, starts, chunk, did, text, ents, triples)
    except (ModelError, InputError):
        raise
    except Exception as e:  # a bug or a parse we cannot read: say where
        raise ExtractorError(f"extraction failed on document {did!r}: {type(e).__name__}: {e}") from e
    if not triples and not ents:
        warns.append("[W005] no entities or facts were found in the text")
    # objects and subjects point to the merged entity of their key
    final = {k: e for k, e in ents.items()}
    doc_out.triples = [_rebind(t, final) for t in _dedupe(triples)]
    used = {t.subject.key for t in doc_out.triples} | {t.object.key for t in doc_out.triples if isinstance(t.object, Entity)}
    doc_out.entities = [e for k, e in final.items() if k in used or e.type in _NAMED_TYPES and any(m.kind == "name" for m in e.mentions)]
    doc_out.warnings = warns
    for w in warns:
        warnings.warn(w, ExtractionWarning, stacklevel=3)
    return doc_out


def _components(nlp: Language) -> list:
    """The extraction steps for ``nlp``: its own textkg components, or standalone ones if it has none."""
    # component_names, not pipe_names: while _parse runs, the textkg components are disabled, not gone
    steps = [nlp.get_pipe(n) for n in COMPONENTS if n in nlp.component_names]
    if len(steps) == len(COMPONENTS):
        return steps
    from .coref import CorefResolver
    from .entities import EntityClusterer
    from .mentions import MentionDetector
    from .quotes import QuoteExtractor
    from .relations import RelationExtractor
    from .repairs import ParseRepairer

    return [ParseRepairer(nlp), MentionDetector(nlp), CorefResolver(nlp), EntityClusterer(nlp),
            RelationExtractor(nlp), QuoteExtractor(nlp)]


def _parse(nlp: Language, texts: list[str], batch_size: int, n_process: int) -> Iterator[Doc]:
    """The paragraphs parsed lazily, in order, without textkg's extraction components."""
    mine = [n for n in COMPONENTS if n in nlp.pipe_names]
    with nlp.select_pipes(disable=mine):
        yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)


def _extract_chunk(nlp: Language, docs: list[Doc]) -> tuple[Doc, list[int]]:
    """One Doc for a chunk's parsed paragraphs, run through the extraction components."""
    starts, off = [], 0
    for d in docs:
        starts.append(off)
        off += len(d.text) + (0 if d.text[-1:].isspace() else 1)
    doc = Doc.from_docs(docs, ensure_whitespace=True) if len(docs) > 1 else docs[0]
    for step in _components(nlp):
        doc = step(doc)
    return doc, starts


def document_from_doc(doc: Doc, doc_id: str = "doc", source: str = "", nlp: Language | None = None) -> Document:
    """Run the extraction components on an already parsed Doc (e.g. one built from a gold parse).

    doc (Doc): a Doc with POS, dependencies, lemmas and entities set.
    RETURNS (Document): its entities and triples, offsets into ``doc.text``.
    """
    import spacy

    register_extensions()
    for step in _components(nlp or spacy.blank("nl")):
        doc = step(doc)
    out = Document(id=doc_id, text=doc.text, lang="nl", source=source)
    ents: dict[str, Entity] = {}
    triples: list[Triple] = []
    _collect(doc, [0], [(0, doc.text)], doc_id, doc.text, ents, triples)
    out.triples = [_rebind(t, ents) for t in _dedupe(triples)]
    used = {t.subject.key for t in out.triples} | {t.object.key for t in out.triples if isinstance(t.object, Entity)}
    out.entities = [e for k, e in ents.items() if k in used or e.type in _NAMED_TYPES and any(m.kind == "name" for m in e.mentions)]
    return out


def _mapper(starts: list[int], chunk: list[tuple[int, str]]):
    def to_orig(c: int, end: bool = False) -> int:
        k = bisect_right(starts, c - 1 if end else c) - 1
        k = max(k, 0)
        return chunk[k][0] + (c - starts[k])
    return to_orig


def _collect(doc: Doc, starts: list[int], chunk, did: str, text: str, ents: dict, triples: list) -> None:
    to_orig = _mapper(starts, chunk)
    clusters = doc._.tkg_clusters or []
    mentions_ = doc._.tkg_mentions or []
    local: list[Entity] = []
    for c in clusters:
        ms = []
        for i in c.mentions:
            m = mentions_[i]
            s, e = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)
            ms.append(Mention(to_orig(s), to_orig(e, True), m.text, m.kind))
        ent = Entity(c.name, c.type, tuple(c.aliases), tuple(sorted(set(ms))))
        k = ent.key
        if k in ents:
            old = ents[k]
            aliases = tuple(dict.fromkeys(old.aliases + ent.aliases))
            ent = Entity(old.name, old.type, aliases, tuple(sorted(set(old.mentions + ent.mentions))))
        ents[k] = ent
        local.append(ent)
    for rt in doc._.tkg_triples or []:
        rt: RawTriple
        subj = local[rt.subject]
        obj = local[rt.object] if isinstance(rt.object, int) else rt.object
        s, e = to_orig(rt.sent_start), to_orig(rt.sent_end, True)
        hl = tuple((to_orig(a), to_orig(b, True)) for a, b in rt.highlights)
        quals = list(rt.qualifiers)
        if rt.kind != "fact" and not any(q[0] == "kind" for q in quals):
            quals.append(("kind", rt.kind))
        triples.append(Triple(subject=subj, predicate=rt.predicate, object=obj, label=rt.label, wording=rt.wording,
                              document=did, evidence=text[s:e], start=s, end=e, confidence=rt.confidence,
                              qualifiers=tuple(quals), extractor=rt.extractor, highlights=hl))


def _rebind(t: Triple, final: dict[str, Entity]) -> Triple:
    from dataclasses import replace

    subj = final.get(t.subject.key, t.subject)
    obj = final.get(t.object.key, t.object) if isinstance(t.object, Entity) else t.object
    return replace(t, subject=subj, object=obj)


def _dedupe(triples: list[Triple]) -> list[Triple]:
    seen: dict[tuple, int] = {}
    out: list[Triple] = []
    for t in triples:
        o = t.object.key if isinstance(t.object, Entity) else (t.object.kind, t.object.text)
        k = (t.subject.key, t.predicate, t.label, o)
        if k in seen:
            continue
        seen[k] = len(out)
        out.append(t)
    return out
