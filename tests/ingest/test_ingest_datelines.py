"""Wire datelines in the forms the agencies and the national press write them.

Each form must be cut from the story (so the agency never becomes a source actor and the place
never becomes the first word of a sentence), and give the place, the agency and whatever date
it writes.  Datelines and story text written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from ingest_helpers import BODY1, BODY2, clean, paragraphs, removed_by

from communique.ingest.dates import parse_dateline

FORMS = [
    # (dateline, place, agency, (month, day) or None, year or None)
    ("SEOUL, March 9 (Yonhap) --", "SEOUL", "Yonhap", (3, 9), None),
    ("BEIJING, Oct. 9 (Xinhua) --", "BEIJING", "Xinhua", (10, 9), None),
    ("MOSCOW, October 9. /TASS/.", "MOSCOW", "TASS", (10, 9), None),
    ("Moscow, Oct 9 /TASS/.", "Moscow", "TASS", (10, 9), None),
    ("KYIV, Ukraine (AP) —", "KYIV, Ukraine", "AP", None, None),
    ("DUBAI, United Arab Emirates (AP) —", "DUBAI, United Arab Emirates", "AP", None, None),
    ("PARIS (AFP) -", "PARIS", "AFP", None, None),
    ("ANKARA (AA) -", "ANKARA", "AA", None, None),
    ("ISLAMABAD:", "ISLAMABAD", None, None, None),
    ("NEW DELHI:", "NEW DELHI", None, None, None),
    ("NEW DELHI, Oct 14 (PTI)", "NEW DELHI", "PTI", (10, 14), None),
    ("Tokyo, Oct. 14 (Jiji Press) --", "Tokyo", "Jiji Press", (10, 14), None),
    ("TOKYO, March 9 (Kyodo) --", "TOKYO", "Kyodo", (3, 9), None),
    ("MEXICO CITY/QUITO, April 6 (Reuters) -", "MEXICO CITY/QUITO", "Reuters", (4, 6), None),
    ("NEW DELHI, Oct 14, 2024 (PTI) -", "NEW DELHI", "PTI", (10, 14), 2024),
    ("LONDON, March 9, 2020 (Reuters) -", "LONDON", "Reuters", (3, 9), 2020),
    ("GENEVA, Sept. 21 2023 (AFP) -", "GENEVA", "AFP", (9, 21), 2023),
    ("WASHINGTON, Jan. 5, 2021 --", "WASHINGTON", None, (1, 5), 2021),
]


@pytest.mark.parametrize(("text", "place", "agency", "month_day", "year"), FORMS)
def test_dateline_form_is_read(
    text: str, place: str, agency: str | None, month_day: tuple[int, int] | None, year: int | None
) -> None:
    found = parse_dateline(f"{text} {BODY1}")
    assert found is not None
    assert (found.place, found.agency, found.year) == (place, agency, year)
    assert (found.month, found.day) == (month_day or (None, None))
    assert f"{text} {BODY1}"[found.end :] == BODY1


@pytest.mark.parametrize(("text", "place", "agency", "month_day", "year"), FORMS)
def test_dateline_form_is_cut_and_the_agency_is_the_outlet(
    text: str, place: str, agency: str | None, month_day: tuple[int, int] | None, year: int | None
) -> None:
    article = clean(f"{text} {BODY1}\n\n{BODY2}")
    assert paragraphs(article) == [BODY1, BODY2]
    assert article.dateline == place
    assert removed_by(article, "dateline") == [text]
    if agency:
        assert article.outlet is not None
    if year and month_day:
        assert article.published == date(year, *month_day)
        assert article.published_basis == "dateline"
    else:
        assert article.published is None


def test_a_header_on_the_datelines_day_keeps_its_time() -> None:
    article = clean(f"March 9, 2020 - 18:15\nLONDON, March 9, 2020 (Reuters) - {BODY1}")
    assert (article.published, article.published_basis) == (date(2020, 3, 9), "header")
    assert article.published_time == "18:15"


def test_a_header_a_day_off_a_dated_dateline_gives_the_datelines_day() -> None:
    article = clean(f"March 10, 2020 - 02:15\nLONDON, March 9, 2020 (Reuters) - {BODY1}")
    assert (article.published, article.published_basis) == (date(2020, 3, 9), "dateline")


def test_impossible_dated_dateline_is_refused() -> None:
    assert parse_dateline(f"LONDON, Feb. 29, 2023 (Reuters) - {BODY1}") is None
    assert parse_dateline(f"LONDON, Feb. 29, 2024 (Reuters) - {BODY1}") is not None


@pytest.mark.parametrize(
    "opening",
    [
        "BREAKING: North Korea fired a missile toward the East Sea, the military said.",
        "EXCLUSIVE: Seoul and Tokyo are preparing a summit, officials said.",
        "UN: The council will meet on Friday.",
        "Islamabad: Pakistan summoned the envoy on Monday.",
        "NEW DELHI:India summoned the envoy on Monday.",
    ],
)
def test_colon_openings_that_are_not_datelines(opening: str) -> None:
    assert parse_dateline(opening) is None


def test_a_transcripts_speaker_tags_are_not_datelines() -> None:
    text = (
        "PUTIN: We have never refused to talk to Kyiv, and we do not refuse now.\n\n"
        "MACRON: France is ready to help both sides return to the negotiating table."
    )
    article = clean(text)
    assert article.dateline is None
    assert paragraphs(article)[0].startswith("PUTIN: ")
    assert not removed_by(article, "dateline")


def test_a_colon_dateline_over_ordinary_paragraphs_is_cut() -> None:
    article = clean(f"ISLAMABAD: {BODY1}\n\n{BODY2}")
    assert article.dateline == "ISLAMABAD"
    assert paragraphs(article) == [BODY1, BODY2]
