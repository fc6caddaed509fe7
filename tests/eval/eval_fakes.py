"""Fakes for the eval tests (imported by the test modules): a coder that returns events we
construct and a pipeline that skips spaCy, so scoring is tested fast and independently of
the real coder."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from communique.eval import Codebook
from communique.eval.gold import GoldItem
from communique.types import Article, EventMention, ParsedArticle

# A small, hand-picked slice of CAMEO: enough for the fixtures, independent of the ontology.
FAKE_CAMEO = frozenset(
    {"01", "010", "02", "020", "03", "036", "04", "040", "042", "043", "05", "050", "057",
     "06", "064", "11", "111", "112", "17", "173", "19", "190", "193"}
)  # fmt: skip
LEGACY_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT"}
PLOVER_TYPES = frozenset({"AGREE", "REQUEST", "ACCUSE", "ASSAULT", "CONSULT", "COERCE"})


def fake_normalise_plover(name: str) -> str:
    key = LEGACY_PLOVER.get(name.strip().upper(), name.strip().upper())
    if key not in PLOVER_TYPES:
        raise KeyError(name)
    return key


FAKE_CODEBOOK = Codebook(is_cameo=FAKE_CAMEO.__contains__, normalise_plover=fake_normalise_plover)


def make_event(
    source: str | None = "USA",
    target: str | None = "CHN",
    cameo: str = "042",
    **overrides: Any,
) -> EventMention:
    """An event mention with sensible defaults; countries derive from the codes."""
    base = EventMention(
        event_id="e", article_id="a", article_path="p", outlet=None, published=None,
        date=None, date_precision=None, date_basis="none",
        source_code=source, source_country=None, source_sector=None, source_name=source,
        target_code=target, target_country=None, target_sector=None, target_name=target,
        cameo=cameo, cameo_root=cameo[:2], cameo_name="", plover=None, plover_mode=None,
        goldstein=0.0, quad_class=1, sentence="The coded sentence.", evidence_start=0,
        evidence_end=1, modality="asserted", coder="fake.v1",
    )  # fmt: skip
    return replace(base, **overrides)


@dataclass
class FakeCoder:
    """Implements the ``Coder`` protocol: returns the events scripted for an article id."""

    script: dict[str, list[EventMention]]
    name: str = "fake.v1"
    fail_on: frozenset[str] = frozenset()

    def code(self, article: ParsedArticle) -> list[EventMention]:
        key = article.article.path
        if key in self.fail_on:
            raise RuntimeError(f"coder exploded on {key}")
        return list(self.script.get(key, []))


@dataclass
class Done:
    parsed: ParsedArticle
    events: list[EventMention]


@dataclass
class FakePipeline:
    """``process_batch`` without a parser: each article becomes an unparsed ParsedArticle."""

    coder: FakeCoder
    batches: list[int] = field(default_factory=list)

    def process_batch(self, articles: Sequence[Article]) -> list[Done]:
        self.batches.append(len(articles))
        out = []
        for article in articles:
            parsed = ParsedArticle(article=article, sentences=())
            out.append(Done(parsed, self.coder.code(parsed)))
        return out


@dataclass
class FakeFactory:
    """Records every pipeline it builds, so tests can check pipelines are reused."""

    script: dict[str, list[EventMention]]
    fail_on: frozenset[str] = frozenset()
    calls: list[tuple[str, tuple[Path, ...]]] = field(default_factory=list)
    built: list[FakePipeline] = field(default_factory=list)

    def __call__(self, coder_name: str, actor_files: tuple[Path, ...]) -> FakePipeline:
        self.calls.append((coder_name, actor_files))
        pipeline = FakePipeline(FakeCoder(self.script, fail_on=self.fail_on))
        self.built.append(pipeline)
        return pipeline


def fake_article(item: GoldItem) -> Article:
    """Stands in for ingest: the gold text is the article text, unchanged."""
    return Article(
        article_id=item.item_id, path=item.item_id, fmt=item.fmt, raw_text=item.text,
        text=item.text, published=item.published,
    )  # fmt: skip


def write_jsonl(path: Path, records: Sequence[dict[str, Any] | str]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def sentence_record(
    rid: str, text: str, events: list[tuple[str, str, str]], **extra: Any
) -> dict[str, Any]:
    record = {
        "id": rid, "uid": rid, "date": "20210723", "category": extra.pop("category", "DEMO"),
        "text": text, "events": [{"source": s, "target": t, "code": c} for s, t, c in events],
        "noevents": not events, "error": None, "category_in_include_list": True,
    }  # fmt: skip
    record.update(extra)
    return record


def day(d: int) -> date:
    return date(2021, 7, d)
