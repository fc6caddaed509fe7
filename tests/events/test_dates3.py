"""Dates of acts counted from an earlier event, and of present-perfect statements, on sentences
written for these tests (wire style, published Monday 6 May 2024).

* "days after <an event the article dated to a month>" is that month, at month precision;
* a present perfect ("has condemned") is dated like the simple past: the publication day.
"""

from __future__ import annotations

from datetime import date

import pytest

from communique.events.dates import DateContext, NamedEvent, event_date
from communique.types import EventDate, EventMention

PUB = date(2024, 5, 6)  # a Monday


def _past(text: str, word: str, **kw: object) -> EventDate:
    """Date the act at ``word`` as the coder does for an asserted past-tense verb."""
    i = text.index(word)
    return event_date(text, PUB, anchor=(i, i + len(word)), future=False, **kw)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- days after a month


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Days after the accusation, Manila summoned the Chinese ambassador.", "summoned"),
        ("Two days after the accusation, Manila summoned the Chinese ambassador.", "summoned"),
        ("Manila summoned the Chinese ambassador days after the accusation.", "summoned"),
    ],
)
def test_days_after_an_event_dated_to_a_month_is_that_month(text: str, word: str) -> None:
    start = text.index("accusation")
    named = NamedEvent(start, start + len("accusation"), date(2024, 3, 1), "month")
    ctx = DateContext(previous=((date(2024, 3, 1), "month"),), named=(named,))
    when = _past(text, word, context=ctx)
    assert (when.value, when.precision) == (date(2024, 3, 1), "month")


def test_a_long_step_from_a_month_is_not_kept_in_it() -> None:
    text = "Three weeks after the accusation, Manila summoned the Chinese ambassador."
    start = text.index("accusation")
    named = NamedEvent(start, start + len("accusation"), date(2024, 3, 1), "month")
    when = _past(text, "summoned", context=DateContext(named=(named,)))
    assert when.precision != "month"


# --------------------------------------------------------------------------- present perfect


@pytest.mark.parametrize(
    "text",
    [
        "China has condemned the arrest of its nationals by the Philippines.",
        "China condemned the arrest of its nationals by the Philippines.",
        "China condemned the arrest of its nationals, the ministry said.",
    ],
)
def test_present_perfect_is_dated_like_the_simple_past(text: str) -> None:
    i = text.index("condemned")
    when = event_date(text, PUB, anchor=(i, i + 9))
    assert (when.value, when.precision, when.basis) == (PUB, "day", "publication")


# --------------------------------------------------------------------------- whole articles


@pytest.mark.slow
def test_articles_keep_the_publication_day_for_reported_past_perfects(code: object) -> None:
    events: list[EventMention] = code(  # type: ignore[operator]
        "TOKYO, May 6 -- The foreign ministry said Japan had recalled its ambassador from Beijing."
    )
    recalls = [(e.date, e.date_precision) for e in events if e.cameo_root == "16"]
    assert recalls == [(PUB, "day")]


@pytest.mark.slow
def test_articles_date_days_after_a_month(code: object) -> None:
    events: list[EventMention] = code(  # type: ignore[operator]
        "MANILA, May 6 -- China accused the Philippines of provocation in March. "
        "Days after the accusation, Manila summoned the Chinese ambassador."
    )
    summons = [e for e in events if e.cameo_root == "11" and e.source_country == "PHL"]
    assert summons and all(
        (e.date, e.date_precision) == (date(2024, 3, 1), "month") for e in summons
    )
