"""Event dates for the eve of an event, parts of a named day and counts in fortnights.

Sentences written for these tests in wire style; expected dates worked out by hand from a
calendar (14 June 2023 was a Wednesday, 12 June 2023 a Monday).

* "on the eve of <event>" is the day before that event: the event's day comes from the phrase
  itself ("the eve of Monday's summit", "the eve of the June 10 vote") or from the date the
  article gave the event earlier; without either, the sentence falls back to publication;
* "in the early hours of Tuesday", "on the night of June 10" date to the day they name (an
  "of" phrase there is a time, not the name of a thing);
* "earlier in the day" / "later in the day" are the story's latest day, like "that day";
* "a fortnight ago" is two weeks back, at week precision.
"""

from __future__ import annotations

from datetime import date

import pytest

from communique.events.dates import DateContext, NamedEvent, event_date, find_date_expressions
from communique.types import EventDate

PUB = date(2023, 6, 14)  # a Wednesday
MONDAY = date(2023, 6, 12)
AFTER_MONDAY = DateContext(previous=((MONDAY, "day"),))


def _at(text: str, word: str, **kw: object) -> EventDate:
    i = text.index(word)
    return event_date(text, PUB, anchor=(i, i + len(word)), **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        (
            "Moscow warned Paris against sending tanks on the eve of Monday's summit.",
            "warned",
            date(2023, 6, 11),
        ),
        (
            "On the eve of the June 10 vote, Serbia recalled its ambassador from Montenegro.",
            "recalled",
            date(2023, 6, 9),
        ),
        (
            "Two days after Monday's talks in Geneva, Iran seized a Greek tanker.",
            "seized",
            date(2023, 6, 14),
        ),
    ],
)
def test_eve_of_an_event_dated_in_the_phrase(text: str, trigger: str, value: date) -> None:
    got = _at(text, trigger)
    assert (got.value, got.precision) == (value, "day")


def test_the_dated_event_in_the_phrase_does_not_date_the_main_clause() -> None:
    # without the fix "Monday's" (closest to the trigger) dated the warning to the summit day
    text = "On the eve of Monday's summit in Brussels, Beijing warned Washington."
    assert _at(text, "warned").value == date(2023, 6, 11)


def test_eve_of_an_event_the_article_dated_earlier() -> None:
    text = "On the eve of the summit, Moscow warned Paris against sending tanks."
    start = text.index("the summit")
    named = (NamedEvent(start, start + len("the summit"), MONDAY, "day"),)
    got = _at(text, "warned", context=DateContext(previous=((MONDAY, "day"),), named=named))
    assert (got.value, got.precision) == (date(2023, 6, 11), "day")


def test_eve_of_an_undated_event_falls_back_to_publication() -> None:
    text = "On the eve of the summit, Beijing accused Washington of meddling."
    got = _at(text, "accused")
    assert (got.value, got.basis) == (PUB, "publication")


def test_eve_after_a_stated_day_dates_the_governed_event_forward() -> None:
    # "warned on Tuesday, on the eve of a visit": the visit is the day after Tuesday
    text = "Moscow warned Paris on Tuesday, on the eve of a visit by Macron to Kyiv."
    assert _at(text, "warned").value == date(2023, 6, 13)
    assert _at(text, "visit").value == date(2023, 6, 14)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Russian drones struck Kyiv in the early hours of Tuesday.", date(2023, 6, 13)),
        ("Russian drones struck Kyiv in the small hours of Sunday.", date(2023, 6, 11)),
        ("Russian drones struck Kyiv on the night of June 10.", date(2023, 6, 10)),
        ("Russian drones struck Kyiv on the morning of June 2.", date(2023, 6, 2)),
    ],
)
def test_parts_of_a_named_day(text: str, value: date) -> None:
    got = _at(text, "struck")
    assert (got.value, got.precision) == (value, "day")
    assert got.basis in {"relative", "explicit"}  # not the publication fallback


@pytest.mark.parametrize(
    "phrase", ["Earlier in the day", "Later in the day", "Later in the evening"]
)
def test_earlier_or_later_in_the_day_is_the_story_day(phrase: str) -> None:
    text = f"{phrase}, China sent two warships near the islands."
    got = _at(text, "sent", context=AFTER_MONDAY)
    assert (got.value, got.precision) == (MONDAY, "day")


def test_earlier_in_the_day_without_a_story_day_is_publication() -> None:
    got = _at("Earlier in the day, China sent two warships near the islands.", "sent")
    assert (got.value, got.basis) == (PUB, "publication")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Iran seized a Greek tanker a fortnight ago.", date(2023, 5, 29)),
        ("Iran seized a Greek tanker two fortnights ago.", date(2023, 5, 15)),
    ],
)
def test_fortnights_ago_are_weeks(text: str, value: date) -> None:
    [expr] = find_date_expressions(text, PUB)
    assert (expr.value, expr.precision) == (value, "week")


# the story's last dated day was 1 June, so counts forward stay before publication
AFTER_JUNE_1 = DateContext(previous=((date(2023, 6, 1), "day"),))


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # counts whose spelling holds the letters "eve" still count forwards
        (
            "Seven days later, Warsaw expelled two Belarusian diplomats.",
            "expelled",
            date(2023, 6, 8),
        ),
        (
            "Eleven days later, Ankara recalled its envoy from Vienna.",
            "recalled",
            date(2023, 6, 12),
        ),
        ("Seven days earlier, Warsaw had warned Minsk.", "warned", date(2023, 5, 25)),
    ],
)
def test_numbers_spelt_with_eve_are_not_the_eve(text: str, trigger: str, value: date) -> None:
    when = _at(text, trigger, context=AFTER_JUNE_1)
    assert (when.value, when.precision) == (value, "day")
