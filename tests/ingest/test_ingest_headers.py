"""Golden tests: every header date format we promise to read, with and without the header."""

from __future__ import annotations

from datetime import date

import pytest
from ingest_helpers import BODY1, BODY2, HEADLINE, clean, paragraphs, removed_by

HEADER_FORMATS = [
    # (header line as found in the wild, expected date, expected "HH:MM")
    (" date 2020-03-09", date(2020, 3, 9), None),
    ("14:02 March 9, 2020", date(2020, 3, 9), "14:02"),
    ("Published : May 4, 2020 - 08:15", date(2020, 5, 4), "08:15"),
    ("Nov. 2, 2019 - 17:40", date(2019, 11, 2), "17:40"),
    ("Posted : 2020-05-04 17:22", date(2020, 5, 4), "17:22"),
    ("2021-07-11 14:03", date(2021, 7, 11), "14:03"),
    ("July 11, 2021", date(2021, 7, 11), None),
    ("2021-07-11T14:03:00+09:00", date(2021, 7, 11), "14:03"),
    ("2021-07-11T05:03:00Z", date(2021, 7, 11), "05:03"),
    ("Monday, March 9, 2020, 2:02 p.m. KST", date(2020, 3, 9), "14:02"),
    ("9 March 2020", date(2020, 3, 9), None),
    ("Sept. 30, 2018 | 09:45 KST", date(2018, 9, 30), "09:45"),
    ("2020.05.04 08:15", date(2020, 5, 4), "08:15"),
    ("Published : May 4, 2020 - 08:15 Updated : May 5, 2020 - 10:11", date(2020, 5, 4), "08:15"),
    ("Updated: 2020-05-05 10:11 | Posted: 2020-05-04 08:15", date(2020, 5, 4), "08:15"),
]


@pytest.mark.parametrize(("header", "expected", "time"), HEADER_FORMATS)
def test_header_date_is_read_and_removed(header: str, expected: date, time: str | None) -> None:
    article = clean(f"{HEADLINE}\n{header}\n\n{BODY1}\n\n{BODY2}")
    assert article.published == expected
    assert article.published_time == time
    assert article.published_basis == "header"
    assert paragraphs(article) == [BODY1, BODY2]
    assert removed_by(article, "header") == [header.strip(), HEADLINE]
    assert article.title == HEADLINE
    assert not [w for w in article.warnings if "date" in w]


def test_updated_only_header_is_used_with_a_warning() -> None:
    article = clean(f"Updated : May 4, 2020 - 10:11\n{BODY1}\n{BODY2}")
    assert article.published == date(2020, 5, 4)
    assert article.published_time == "10:11"
    assert any("Updated" in w for w in article.warnings)
    assert paragraphs(article) == [BODY1, BODY2]


def test_dateline_without_year_leaves_published_empty() -> None:
    article = clean(f"TOKYO, March 9 (Kyodo) -- {BODY1}\n\n{BODY2}")
    assert article.published is None
    assert article.published_basis is None
    assert article.dateline == "TOKYO"
    assert article.outlet == "Kyodo"
    assert any("no year" in w for w in article.warnings)
    assert paragraphs(article) == [BODY1, BODY2]
    assert removed_by(article, "dateline") == ["TOKYO, March 9 (Kyodo) --"]


def test_no_date_anywhere() -> None:
    article = clean(f"{BODY1}\n\n{BODY2}")
    assert article.published is None
    assert article.published_time is None
    assert any("no publication date" in w for w in article.warnings)
    assert paragraphs(article) == [BODY1, BODY2]


def test_date_sentence_in_body_is_not_a_header() -> None:
    sentence = "The two sides last met on March 9, 2020."
    article = clean(f"{BODY1}\n{sentence}\n{BODY2}")
    assert article.published is None
    assert sentence in paragraphs(article)


def test_bare_date_line_after_the_header_zone_is_kept() -> None:
    # In a timeline, a bare date line below running text is a subheading, not page furniture.
    article = clean(f"{BODY1}\nJuly 11, 2021\n{BODY2}")
    assert article.published is None
    assert paragraphs(article) == [BODY1, "July 11, 2021", BODY2]


def test_labelled_date_line_at_the_foot_is_read() -> None:
    article = clean(f"{BODY1}\n{BODY2}\nPublished : May 4, 2020 - 08:15")
    assert article.published == date(2020, 5, 4)
    assert paragraphs(article) == [BODY1, BODY2]


def test_impossible_date_is_not_read() -> None:
    article = clean(f"2021-02-30 10:00\n{BODY1}")
    assert article.published is None
