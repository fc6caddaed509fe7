"""Golden records for the rule coder: one sentence (written by us) per phenomenon.

Each record lists events that must be produced (``expect``: every given field must match one
event) and events that must not be (``absent``).  They run the real spaCy parse, so they are
marked slow; the dictionaries and lexicon are the built-in ones, and a change to either ships
with its golden-record change.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from communique.types import EventMention

GOLDEN = Path(__file__).parents[1] / "golden" / "rule.v1.jsonl"
RECORDS = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line]

pytestmark = pytest.mark.slow


def _matches(event: EventMention, want: dict) -> bool:
    checks = {
        "source": lambda v: (event.source_code or "").startswith(v),
        "target": lambda v: (event.target_code or "").startswith(v),
        "code": lambda v: event.cameo == v,
        "root": lambda v: event.cameo_root == v,
        "modality": lambda v: event.modality == v,
        "date": lambda v: event.date == date.fromisoformat(v),
        "basis": lambda v: event.date_basis == v,
    }
    return all(checks[key](value) for key, value in want.items())


@pytest.fixture(scope="module")
def pipeline():
    from communique.pipeline import Pipeline

    return Pipeline()


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_golden_record(pipeline, record: dict) -> None:
    published = date.fromisoformat(record["published"])
    _, events = pipeline.code_text(record["text"], published=published)
    found = [
        f"{e.source_code}->{e.target_code} {e.cameo} {e.modality} {e.date}/{e.date_basis}"
        for e in events
    ]
    for want in record.get("expect", []):
        assert any(_matches(e, want) for e in events), (record["phenomenon"], want, found)
    for unwanted in record.get("absent", []):
        assert not any(_matches(e, unwanted) for e in events), (record["phenomenon"], found)


def test_every_event_has_evidence_inside_the_text(pipeline) -> None:
    text = " ".join(r["text"] for r in RECORDS[:6])
    article, events = pipeline.code_text(text, published=date(2022, 1, 13))
    assert events
    for e in events:
        assert 0 <= e.evidence_start < e.evidence_end <= len(article.text)
        assert article.text[e.evidence_start : e.evidence_end] in e.sentence
        assert e.coder == "rule.v1"
        assert e.plover is not None or e.cameo_root in {"01", "02"}
