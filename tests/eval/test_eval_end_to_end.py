"""The real pipeline on gold we wrote ourselves: spaCy, actors and the rule coder.

These check that evaluation runs end to end and that plainly stated events are found; the
accuracy numbers themselves are the quality gate's business.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.eval import SharedParserFactory, evaluate

pytestmark = pytest.mark.slow

SENTENCES = [
    {
        "id": "own-1", "date": "20210723", "category": "MEET",
        "text": "The Chinese foreign minister met the North Korean envoy in Beijing on Friday.",
        "events": [{"source": "CHN", "target": "PRK", "code": "040"}],
        "noevents": False, "error": None, "category_in_include_list": True,
    },
    {
        "id": "own-2", "date": "20210723", "category": "ACCUSE",
        "text": "Japan condemned Russia over the missile test on Thursday.",
        "events": [{"source": "JPN", "target": "RUS", "code": "111"}],
        "noevents": False, "error": None, "category_in_include_list": True,
    },
    {
        "id": "own-3", "date": "20210723", "category": "NONE",
        "text": "Heavy rain fell across the region for a third day.",
        "events": [], "noevents": True, "error": None, "category_in_include_list": True,
    },
]  # fmt: skip

ARTICLE = {
    "id": "own-article",
    "published": "2021-07-24",
    "text": (
        "BEIJING, July 24 (Wire) - China and North Korea held talks in Beijing on Friday.\n\n"
        "Japan condemned Russia on Thursday over the missile test.\n"
    ),
    "events": [
        {"source": "CHN", "target": "PRK", "roots": ["04"], "date": "2021-07-23",
         "window": [-1, 1], "must": True, "symmetric": True, "happening": "talks"},
        {"source": "JPN", "target": "RUS", "roots": ["11"], "date": "2021-07-22",
         "window": [-1, 1], "must": False, "happening": "condemnation"},
    ],
}  # fmt: skip


def write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_sentence_and_article_gold_with_the_real_pipeline(
    tmp_path: Path, real_factory: SharedParserFactory
) -> None:
    sentences = write(tmp_path / "own_sentences.jsonl", SENTENCES)
    article = write(tmp_path / "own_article.jsonl", [ARTICLE])
    report = evaluate([sentences, article], pipeline_factory=real_factory)
    by_name = {f.name: f for f in report.files}
    s, a = by_name["own_sentences.jsonl"], by_name["own_article.jsonl"]
    assert (s.n_items, s.errors) == (3, [])
    assert (a.n_items, a.errors) == (1, [])
    assert s.dyad_root is not None and s.dyad_root.tp >= 1
    assert a.dyad_root is not None and a.dyad_root.recall == 1.0
    assert report.to_json()["n_gold"] == 4
