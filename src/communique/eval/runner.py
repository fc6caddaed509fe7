"""Running a coder over gold files: build articles, code them in batches, score each item.

Model loading is the slow part of a run, so a pipeline is built once per distinct set of
extra actor files and reused for every gold file that needs that set; the spaCy parser is
shared by all of them.  One item that fails (bad HTML, a coder exception) is reported with
its id and the reason, and the rest of the file is still scored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from communique.eval.codebook import Codebook
from communique.eval.dictionaries import DICTIONARY_FILES, actor_files_for, validation_suite
from communique.eval.gold import ARTICLE, PLOVER, SENTENCE, GoldError, GoldItem, load_gold
from communique.eval.report import EvalReport, FileResult
from communique.eval.scoring import ItemResult, score_article, score_plover, score_sentence
from communique.types import Article, EventMention, RawDocument

log = logging.getLogger(__name__)

BATCH_SIZE = 64


class Processed(Protocol):
    events: list[EventMention]


class EvalPipeline(Protocol):
    """What the evaluator needs from a pipeline: ``communique.pipeline.Pipeline`` fits."""

    def process_batch(self, articles: Sequence[Article]) -> Sequence[Processed]: ...


PipelineFactory = Callable[[str, tuple[Path, ...]], EvalPipeline]
"""``(coder name, extra actor files) -> pipeline``."""

ArticleBuilder = Callable[[GoldItem], Article]


@dataclass
class SharedParserFactory:
    """The default pipeline factory: real coder, one spaCy parser shared by all pipelines."""

    _parser: Any = field(default=None, init=False, repr=False)

    def __call__(self, coder_name: str, actor_files: tuple[Path, ...]) -> EvalPipeline:
        from communique.events.base import get_coder
        from communique.nlp import Parser
        from communique.pipeline import Pipeline

        if self._parser is None:
            self._parser = Parser()
        # Only pass the option when there is something to pass: a plug-in coder need not
        # accept ``actor_files`` unless the user asks for extra dictionaries.
        options: dict[str, object] = {"actor_files": list(actor_files)} if actor_files else {}
        coder = get_coder(coder_name, **options)
        return Pipeline(parser=self._parser, coder=coder, coder_name=coder_name)


def build_gold_article(item: GoldItem) -> Article:
    """A gold item as an ``Article``: through ingest, so HTML gold is cleaned like real input
    and the gold date is the publication date relative dates resolve against."""
    from communique.ingest import build_article
    from communique.ingest.readers import parse_text
    from communique.types import Rejection

    raw = RawDocument(path=item.item_id, text=item.text, fmt=item.fmt, doc_id=item.item_id)
    if item.fmt == "html":  # main text and metadata are extracted by the HTML reader
        read = next(iter(parse_text(item.text, item.item_id, "html")), None)
        if read is None or isinstance(read, Rejection):
            raise ValueError(read.reason if read else "no text in HTML")
        raw = read
    return build_article(raw, published=item.published)


def _score(
    kind: str, file: str, item: GoldItem, events: Sequence[EventMention], codebook: Codebook
) -> ItemResult:
    if kind == SENTENCE:
        return score_sentence(file, item, events)
    if kind == PLOVER:
        return score_plover(file, item, events, codebook.system_plover)
    if kind == ARTICLE:
        return score_article(file, item, events)
    raise ValueError(f"unknown gold layout {kind!r}")


def code_items(
    items: Sequence[GoldItem],
    pipeline: EvalPipeline,
    build: ArticleBuilder,
    errors: list[str],
) -> list[tuple[GoldItem, list[EventMention]]]:
    """Code a batch of items; an item that fails is recorded in ``errors`` and left out.

    The whole batch goes through the pipeline at once (fast); if that fails, the items are
    retried one by one so that only the bad one is lost.
    """
    built: list[tuple[GoldItem, Article]] = []
    for item in items:
        try:
            built.append((item, build(item)))
        except Exception as exc:  # one bad article must not stop the run
            errors.append(f"{item.item_id}: could not build the article: {exc}")
    if not built:
        return []
    try:
        done = pipeline.process_batch([a for _, a in built])
        return [(item, list(p.events)) for (item, _), p in zip(built, done, strict=True)]
    except Exception:
        log.warning("batch failed; coding its %d items one by one", len(built), exc_info=True)
    out = []
    for item, article in built:
        try:
            [processed] = pipeline.process_batch([article])
        except Exception as exc:
            errors.append(f"{item.item_id}: coding failed: {exc}")
            continue
        out.append((item, list(processed.events)))
    return out


def evaluate_file(
    path: Path,
    pipeline_for: Callable[[tuple[Path, ...]], EvalPipeline],
    *,
    actor_files: Sequence[Path] = (),
    codebook: Codebook,
    build: ArticleBuilder = build_gold_article,
    limit: int | None = None,
    batch_size: int = BATCH_SIZE,
) -> FileResult:
    """Score one gold file.  ``actor_files`` (``--actors``) replace the auto-detected ones."""
    gold = load_gold(
        path, is_cameo=codebook.is_cameo, normalise_plover=codebook.normalise_plover, limit=limit
    )
    files = tuple(actor_files) or actor_files_for(path)
    result = FileResult(
        path=str(path),
        kind=gold.kind,
        actor_files=tuple(str(f) for f in files),
        skipped=gold.skipped,
        errors=list(gold.errors),
        warnings=list(gold.warnings),
    )
    suite = validation_suite(path)
    if not actor_files and suite and len(files) < len(DICTIONARY_FILES):
        result.errors.append(
            f"the {suite} validation dictionaries were not found beside {path.name}; "
            "scores for invented actors will be low (use --actors)"
        )
    if not gold.items:
        return result
    pipeline = pipeline_for(files)
    for start in range(0, len(gold.items), batch_size):
        batch = gold.items[start : start + batch_size]
        for item, events in code_items(batch, pipeline, build, result.errors):
            result.add(_score(gold.kind, result.name, item, events, codebook))
    return result


def evaluate(
    gold_paths: Sequence[Path],
    *,
    coder_name: str = "rule.v1",
    actor_files: Sequence[Path] = (),
    pipeline_factory: PipelineFactory | None = None,
    limit: int | None = None,
    codebook: Codebook | None = None,
    article_builder: ArticleBuilder | None = None,
    batch_size: int = BATCH_SIZE,
) -> EvalReport:
    """Code every gold file with ``coder_name`` and score it.

    ``actor_files``: extra actor dictionaries for every file (otherwise chosen per file, see
    ``dictionaries``).  ``pipeline_factory(coder_name, actor_files)`` builds a pipeline; it is
    called once per distinct actor-file set.  ``limit``: score only the first N items of each
    file.  A gold file that cannot be read at all raises ``GoldError`` naming it.
    """
    factory = pipeline_factory or SharedParserFactory()
    codebook = codebook or Codebook.from_ontology()
    build = article_builder or build_gold_article
    pipelines: dict[tuple[Path, ...], EvalPipeline] = {}

    def pipeline_for(files: tuple[Path, ...]) -> EvalPipeline:
        key = tuple(sorted(Path(f).resolve() for f in files))
        if key not in pipelines:
            log.info("building a %s pipeline with %d extra actor files", coder_name, len(key))
            pipelines[key] = factory(coder_name, tuple(files))
        return pipelines[key]

    paths = [Path(p) for p in gold_paths]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:  # before any model is loaded: a typo should cost nothing
        raise GoldError(f"no such gold file: {', '.join(missing)}")
    report = EvalReport(coder=coder_name)
    for path in paths:
        try:
            result = evaluate_file(
                path, pipeline_for, actor_files=actor_files, codebook=codebook,
                build=build, limit=limit, batch_size=batch_size,
            )  # fmt: skip
        except GoldError as exc:  # an unreadable file: report it, score the others
            result = FileResult(path=str(path), kind="", errors=[str(exc)])
        report.files.append(result)
    return report
