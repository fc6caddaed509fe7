"""Property tests for event-date resolution, plus the calendar helpers and lexicon loading."""

from __future__ import annotations

import json
from datetime import date, timedelta
from importlib.resources import files
from itertools import pairwise
from pathlib import Path

import dateparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.errors import DictionaryError
from communique.events.dates import event_date, find_date_expressions
from communique.events.dates_calendar import (
    FUTURE_MARGIN_DAYS,
    month_day_near,
    month_near,
    week_start,
    weekday_near,
)
from communique.events.dates_lexicon import load_date_lexicon

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
ABBREV = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec.")  # fmt: skip

pub_dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))
any_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))


@given(pub=pub_dates, weekday=st.integers(0, 6))
def test_on_weekday_is_within_the_week_ending_at_publication(pub: date, weekday: int) -> None:
    text = f"Kim Jong-un inspected a fertiliser plant on {WEEKDAYS[weekday]}, KCNA said."
    value = event_date(text, pub, anchor=(text.index("inspected"), text.index(" a "))).value
    assert value is not None
    assert pub - timedelta(days=6) <= value <= pub
    assert value.weekday() == weekday


@given(pub=pub_dates, weekday=st.integers(0, 6))
def test_future_weekday_is_within_the_week_starting_at_publication(pub: date, weekday: int) -> None:
    text = f"The envoy will arrive in Seoul on {WEEKDAYS[weekday]}."
    (expr,) = find_date_expressions(text, pub)
    assert expr.value is not None and expr.future
    assert pub <= expr.value <= pub + timedelta(days=6)
    assert expr.value.weekday() == weekday


@given(pub=pub_dates, weekday=st.integers(0, 6))
def test_last_and_next_weekday_never_fall_on_publication(pub: date, weekday: int) -> None:
    name = WEEKDAYS[weekday]
    (last,) = find_date_expressions(f"They met last {name}.", pub)
    (nxt,) = find_date_expressions(f"They meet next {name}.", pub)
    assert last.value is not None and nxt.value is not None
    assert pub - timedelta(days=7) <= last.value < pub
    assert pub < nxt.value <= pub + timedelta(days=7)


@given(
    day=any_dates,
    style=st.sampled_from(["mdy", "abbrev", "dmy", "iso", "ordinal"]),
    pub=st.one_of(st.none(), pub_dates),
)
def test_explicit_full_dates_round_trip(day: date, style: str, pub: date | None) -> None:
    written = {
        "mdy": f"{MONTHS[day.month - 1]} {day.day}, {day.year}",
        "abbrev": f"{ABBREV[day.month - 1]} {day.day}, {day.year}",
        "dmy": f"{day.day} {MONTHS[day.month - 1]} {day.year}",
        "iso": day.isoformat(),
        "ordinal": f"the {day.day}th of {MONTHS[day.month - 1]} {day.year}",
    }[style]
    text = f"The two sides signed the accord on {written} in Panmunjom."
    (expr,) = find_date_expressions(text, pub)
    assert (expr.value, expr.precision, expr.basis) == (day, "day", "explicit")
    assert expr.text == f"on {written}"


# No per-example deadline: dateparser's first call loads its language data, which on a
# loaded two-core machine takes longer than Hypothesis's default 200 ms.
@settings(max_examples=40, deadline=None)
@given(day=st.dates(min_value=date(1950, 1, 1), max_value=date(2049, 12, 31)))
def test_full_dates_agree_with_dateparser(day: date) -> None:
    """An independent parser as oracle for the absolute forms both of us read."""
    written = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    (expr,) = find_date_expressions(f"The talks ended on {written}.", None)
    parsed = dateparser.parse(written, settings={"PREFER_DAY_OF_MONTH": "first"})
    assert parsed is not None and expr.value == parsed.date()


PAST_FORMS = [
    "on {weekday}", "last {weekday}", "this {weekday}", "{weekday}'s talks", "yesterday",
    "earlier today", "last night", "the day before", "last week", "this week", "last month",
    "earlier this month", "last year", "earlier this year", "in {month}", "last {month}",
    "in {month} last year", "two days ago", "three weeks ago", "a month ago",
    "over the weekend", "{weekday} last week",
]  # fmt: skip


@given(
    pub=pub_dates,
    form=st.sampled_from(PAST_FORMS),
    weekday=st.sampled_from(WEEKDAYS),
    month=st.sampled_from(MONTHS),
)
def test_past_tense_never_lands_after_publication(
    pub: date, form: str, weekday: str, month: str
) -> None:
    """For week/month/year precision the value is the period's first day, which must not be
    after publication either."""
    phrase = form.format(weekday=weekday, month=month)
    text = f"North Korea conducted the test {phrase}, state media said."
    found = find_date_expressions(text, pub)
    assert len(found) == 1, (text, found)
    assert found[0].value is not None and found[0].value <= pub, (text, found[0])


@given(pub=pub_dates, day=st.dates(min_value=date(2000, 1, 1), max_value=date(2000, 12, 31)))
def test_year_less_dates_fall_within_the_year_before_publication(pub: date, day: date) -> None:
    text = f"The envoy left Pyongyang on {MONTHS[day.month - 1]} {day.day}."
    (expr,) = find_date_expressions(text, pub)
    assert expr.value is not None
    assert (expr.value.month, expr.value.day) == (day.month, day.day)
    latest = pub + timedelta(days=FUTURE_MARGIN_DAYS)
    assert expr.value <= latest
    # the most recent such day: a year later would already be past the margin
    if (day.month, day.day) != (2, 29):
        assert expr.value.replace(year=expr.value.year + 1) > latest


words = st.sampled_from(
    ["on", "in", "the", "last", "next", "Monday", "May", "July", "23", "2019", "1,000", "-",
     ",", "day", "before", "week", "ago", "two", "anniversary", "60th", "of", "will", "said",
     "Kim", "'s", "(", ")", "since", "year", "this", "early", "mid-", "Sept.", "9"]
)  # fmt: skip


@given(
    tokens=st.lists(st.one_of(words, st.text(max_size=4)), max_size=25),
    pub=st.one_of(st.none(), pub_dates),
)
def test_any_text_gives_consistent_spans(tokens: list[str], pub: date | None) -> None:
    text = " ".join(tokens)
    found = find_date_expressions(text, pub)
    for expr in found:
        assert text[expr.start : expr.end] == expr.text
        assert expr.precision in {"day", "week", "month", "year"}
    assert all(a.end <= b.start for a, b in pairwise(found))
    result = event_date(text, pub, anchor=(0, min(3, len(text))))
    assert result.basis in {"explicit", "relative", "publication", "none"}


# --------------------------------------------------------------------------- calendar helpers


@given(day=any_dates)
def test_week_start_is_the_monday_of_the_iso_week(day: date) -> None:
    start = week_start(day)
    assert start.weekday() == 0
    assert start.isocalendar()[:2] == day.isocalendar()[:2]


def test_month_near_counts_the_current_month_unless_strict() -> None:
    ref = date(2021, 10, 15)
    assert month_near(ref, 10, future=False) == date(2021, 10, 1)
    assert month_near(ref, 10, future=False, strict=True) == date(2020, 10, 1)
    assert month_near(ref, 10, future=True, strict=True) == date(2022, 10, 1)
    assert month_near(ref, 2, future=True) == date(2022, 2, 1)


def test_weekday_near_same_day() -> None:
    monday = date(2021, 7, 12)
    assert weekday_near(monday, 0, future=False) == monday
    assert weekday_near(monday, 0, future=False, strict=True) == date(2021, 7, 5)
    assert weekday_near(monday, 0, future=True, strict=True) == date(2021, 7, 19)


def test_month_day_near_handles_impossible_days() -> None:
    assert month_day_near(date(2021, 7, 12), 4, 31, future=False) is None
    assert month_day_near(date(2021, 7, 12), 2, 29, future=True) == date(2024, 2, 29)


# --------------------------------------------------------------------------- lexicon


def test_custom_lexicon_file_is_used(tmp_path: Path) -> None:
    resource = files("communique.events").joinpath("data", "dates_lexicon.json")
    packaged = json.loads(resource.read_text("utf-8"))
    assert find_date_expressions("They met on Mon.", date(2021, 7, 14)) == []
    packaged["weekdays"]["Mon"] = 0  # a house style that abbreviates weekdays
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps(packaged), "utf-8")
    lex = load_date_lexicon(path)
    (expr,) = find_date_expressions("They met on Mon.", date(2021, 7, 14), lexicon=lex)
    assert expr.value == date(2021, 7, 12)


def test_malformed_lexicon_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"version": "x", "months": {}}', "utf-8")
    with pytest.raises(DictionaryError, match=r"broken\.json"):
        load_date_lexicon(path)
    path.write_text("{not json", "utf-8")
    with pytest.raises(DictionaryError, match="not valid JSON"):
        load_date_lexicon(path)
