"""A header or feed date one day off the dateline: the dateline's day is the story's own.

Wire desks stamp stories in their home time zone while aggregators and feeds stamp them in
theirs, so an 01:10 Seoul story can carry a New York header of the previous day.  Relative
words in the text ("on Tuesday", "yesterday") count from the writer's day, which the dateline
gives; a header a day behind would put "on Tuesday" a week early.  Texts written for these
tests (13 June 2023 was a Tuesday).
"""

from __future__ import annotations

from datetime import date

import pytest
from ingest_helpers import BODY1, clean

from communique.ingest import build_article
from communique.ingest.metadata import _local_day
from communique.types import RawDocument


@pytest.mark.parametrize(
    ("header", "dateline", "value"),
    [
        ("Updated 23:40 June 12, 2023 ET", "SEOUL, June 13 (Yonhap) --", date(2023, 6, 13)),
        ("2023-06-13 01:10 KST", "WASHINGTON, June 12 (Yonhap) --", date(2023, 6, 12)),
        ("Dec. 31, 2022 - 22:15", "TOKYO, Jan. 1 (Kyodo) --", date(2023, 1, 1)),
    ],
)
def test_dateline_a_day_off_the_header_wins(header: str, dateline: str, value: date) -> None:
    article = clean(f"{header}\n{dateline} {BODY1}")
    assert article.published == value
    assert article.published_basis == "dateline"
    assert article.published_time is None  # the header's clock belongs to the other zone
    assert any("a day off" in w for w in article.warnings)


def test_declared_feed_date_a_day_off_the_dateline() -> None:
    article = clean(f"SEOUL, June 13 (Yonhap) -- {BODY1}", fmt="json", published="2023-06-12")
    assert article.published == date(2023, 6, 13)
    assert article.published_basis == "dateline"


def test_same_day_keeps_the_header_and_its_time() -> None:
    article = clean(f"June 13, 2023 - 09:30\nSEOUL, June 13 (Yonhap) -- {BODY1}")
    assert (article.published, article.published_basis) == (date(2023, 6, 13), "header")
    assert article.published_time == "09:30"


def test_override_is_never_moved() -> None:
    raw = RawDocument(path="t.txt", text=f"SEOUL, June 13 (Yonhap) -- {BODY1}", fmt="txt")
    article = build_article(raw, published=date(2023, 6, 12))
    assert (article.published, article.published_basis) == (date(2023, 6, 12), "override")


@pytest.mark.parametrize(
    ("value", "month_day", "expected"),
    [
        (date(2023, 6, 12), (6, 13), date(2023, 6, 13)),
        (date(2023, 6, 12), (6, 11), date(2023, 6, 11)),
        (date(2023, 6, 12), (6, 12), None),
        (date(2023, 6, 12), (6, 14), None),
        (date(2024, 2, 28), (2, 29), date(2024, 2, 29)),
    ],
)
def test_local_day(value: date, month_day: tuple[int, int], expected: date | None) -> None:
    assert _local_day(value, month_day) == expected
