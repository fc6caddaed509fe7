from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from eval_fakes import FAKE_CODEBOOK, sentence_record, write_jsonl

from communique.eval.gold import (
    ARTICLE,
    EXCLUDED_ACTOR,
    EXCLUDED_CODE,
    PLOVER,
    SENTENCE,
    GoldError,
    detect_kind,
    load_gold,
)


def load(path: Path, limit: int | None = None):
    return load_gold(
        path,
        is_cameo=FAKE_CODEBOOK.is_cameo,
        normalise_plover=FAKE_CODEBOOK.normalise_plover,
        limit=limit,
    )


def plover_record(rid: str, kind: str) -> dict:
    return {
        "id": rid, "date": "2000-01-01", "category": kind, "text": f"Sentence {rid}.",
        "events": [{"source": [{"actorText": "Ruritania", "code": "RUR", "sector": "GOV"}],
                    "target": None, "code": kind}],
    }  # fmt: skip


def article_record(rid: str, **event: object) -> dict:
    ev = {"source": "CHN", "target": "PRK", "roots": ["04"], "date": "2021-07-23"}
    ev.update(event)
    return {"id": rid, "text": "Beijing and Pyongyang talked.", "published": "2021-07-24",
            "events": [ev]}  # fmt: skip


@pytest.mark.parametrize(
    ("record", "kind"),
    [
        (sentence_record("s", "x", [("USA", "CHN", "042")]), SENTENCE),
        (sentence_record("s", "x", []), SENTENCE),  # no events, but PETRARCH keys
        (plover_record("p", "AGREE"), PLOVER),
        (article_record("a"), ARTICLE),
        ({"id": "?", "text": "t", "events": []}, None),  # nothing to tell by
    ],
)
def test_layout_is_detected_from_keys(record: dict, kind: str | None) -> None:
    assert detect_kind(record) == kind


def test_sentence_file(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "whatever_name.jsonl",
        [
            sentence_record("ok", "Ruritania praised Freedonia.", [("RUR", "FREGOV", "042")]),
            sentence_record("err", "DATELINE text", [], error="dateline"),
            sentence_record("out", "Not run.", [("RUR", "FRE", "042")],
                            category_in_include_list=False),
            sentence_record("test-only", "A test.", [("RUR", "FRE", "345"),
                                                     ("RUR", '"A NEW ACTOR"', "042")]),
        ],
    )  # fmt: skip
    gold = load(path)
    assert gold.kind == SENTENCE
    assert gold.skipped == 1
    assert [i.item_id for i in gold.items] == ["ok", "err", "test-only"]
    ok, err, test_only = gold.items
    assert ok.published == date(2021, 7, 23)
    assert ok.scored_events[0].roots == ("04",) and ok.scored_events[0].codes == ("042",)
    assert err.events == ()
    assert [e.excluded for e in test_only.events] == [EXCLUDED_CODE, EXCLUDED_ACTOR]
    assert test_only.scored_events == ()


def test_plover_file_maps_legacy_names(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "p.jsonl",
        [plover_record("p1", "DEMAND"), plover_record("p2", "AGREE"), plover_record("p3", "XX")],
    )
    gold = load(path)
    assert gold.kind == PLOVER
    assert [i.events[0].plover for i in gold.items] == ["REQUEST", "AGREE"]
    assert gold.items[0].category == "REQUEST"
    assert gold.items[0].events[0].source == "RURGOV"
    assert len(gold.errors) == 1 and "p.jsonl:3" in gold.errors[0] and "XX" in gold.errors[0]


def test_article_file_validates_each_record(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "a.jsonl",
        [
            article_record("good", window=[-1, 1], must=False, symmetric=True, codes=["043"]),
            article_record("bad-root", roots=["42"]),
            article_record("bad-window", window=[2, 1]),
            "{not json",
            sentence_record("wrong-layout", "x", [("USA", "CHN", "042")]),
        ],
    )
    gold = load(path)
    assert gold.kind == ARTICLE
    assert [i.item_id for i in gold.items] == ["good"]
    event = gold.items[0].events[0]
    assert (event.window, event.must, event.symmetric) == ((-1, 1), False, True)
    assert event.codes == ("043",)
    assert event.date == date(2021, 7, 23)
    assert gold.items[0].published == date(2021, 7, 24)
    where = sorted(e.split(":")[1] for e in gold.errors)
    assert where == ["2", "3", "4", "5"]


def test_limit_keeps_the_first_items(tmp_path: Path) -> None:
    records = [sentence_record(f"r{i}", "x", []) for i in range(5)]
    gold = load(write_jsonl(tmp_path / "s.jsonl", records), limit=2)
    assert [i.item_id for i in gold.items] == ["r0", "r1"]


def test_unrecognisable_file_is_an_error(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "x.jsonl", ['{"foo": 1}'])
    with pytest.raises(GoldError, match=r"x\.jsonl"):
        load(path)


def test_unreadable_story_date_is_a_warning_not_a_loss(tmp_path: Path) -> None:
    records = [
        sentence_record("odd-date", "Ruritania praised Freedonia.", [], date="1211"),
        sentence_record("no-text", "", [("RUR", "FRE", "042")]),
    ]
    gold = load(write_jsonl(tmp_path / "s.jsonl", records))
    assert [i.item_id for i in gold.items] == ["odd-date"]
    assert gold.items[0].published is None
    assert len(gold.warnings) == 1 and "'1211'" in gold.warnings[0]
    assert len(gold.errors) == 1 and "s.jsonl:2" in gold.errors[0] and "text" in gold.errors[0]
