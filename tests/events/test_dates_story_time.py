"""Where a date puts the story, on sentences written for these tests.

* "early / mid / late <month>" moves the day within the month (the precision stays month);
* a date inside a clause that describes a thing ("the accord, signed on July 9, 2018, ...")
  is no time of the story: "Hours later" in the next sentence counts from the current act;
* a date opening a later coordinated predicate ("... and in June expelled ...") dates only
  that predicate; a date closing the whole coordination is shared.
Slow tests run the pipeline (spaCy model, loaded once per session).
"""

from __future__ import annotations

from datetime import date

import pytest

from communique.events.dates import find_date_expressions
from communique.events.dates_lexicon import default_lexicon
from communique.events.dates_resolve import month_part
from communique.types import EventMention

PUB = date(2024, 5, 20)  # a Monday


def _only(text: str, published: date = PUB) -> tuple[date | None, str]:
    [expr] = find_date_expressions(text, published)
    return expr.value, expr.precision


# ------------------------------------------------------------------------ month parts
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ankara recalled its envoy late last month.", date(2024, 4, 25)),
        ("The talks collapsed at the end of last month.", date(2024, 4, 25)),
        ("Cairo and Khartoum signed the accord in early March.", date(2024, 3, 5)),
        ("Lima expelled the attache in mid-March.", date(2024, 3, 15)),
        ("The delegations met in the middle of April.", date(2024, 4, 15)),
        ("Quito cut ties in late April 2019.", date(2019, 4, 25)),
    ],
)
def test_month_part_moves_the_day_and_keeps_month_precision(text: str, day: date) -> None:
    assert _only(text) == (day, "month")


def test_a_plain_month_stays_on_its_first_day() -> None:
    assert _only("Lima expelled the attache in March.") == (date(2024, 3, 1), "month")


def test_a_past_month_part_never_passes_the_publication_day() -> None:
    # read on the 3rd, "early this month" cannot be the 5th
    assert _only("Oslo hosted the talks early this month.", date(2024, 5, 3)) == (
        date(2024, 5, 3),
        "month",
    )


def test_a_future_month_part_is_not_clamped() -> None:
    value = month_part(date(2024, 6, 1), "month", "late", PUB, True, default_lexicon())
    assert value == date(2024, 6, 25)


def test_month_part_leaves_other_precisions_alone() -> None:
    lex = default_lexicon()
    assert month_part(date(2023, 1, 1), "year", "mid-", PUB, False, lex) == date(2023, 1, 1)
    assert _only("Talks ended late last week.")[1] == "week"


# --------------------------------------------------------------------- whole articles
def _dates(events: list[EventMention], cameo_root: str) -> set[date | None]:
    return {e.date for e in events if e.cameo_root == cameo_root}


@pytest.mark.slow
def test_hours_later_ignores_a_date_describing_the_accord(pipeline) -> None:
    text = (
        "Eritrea suspended the peace accord with Ethiopia on Tuesday. "
        "The accord, signed on July 9, 2018, in Asmara, had ended two decades of war. "
        "Hours later, Ethiopia recalled its ambassador from Eritrea."
    )
    events = pipeline.code_text(text, published=PUB)[1]
    assert _dates(events, "16") >= {date(2024, 5, 14)}
    assert date(2018, 7, 9) not in _dates(events, "16")


@pytest.mark.slow
def test_the_next_day_ignores_a_passive_relative_clause_date(pipeline) -> None:
    text = (
        "Armenia froze its role in the regional pact on Friday. "
        "The treaty, which was signed in Tashkent on May 15, 1992, binds six states. "
        "The next day, Russia criticised Armenia."
    )
    events = pipeline.code_text(text, published=PUB)[1]
    assert _dates(events, "11") == {date(2024, 5, 18)}


@pytest.mark.slow
def test_a_date_opening_a_later_conjunct_dates_only_that_conjunct(pipeline) -> None:
    text = (
        "Ghana criticised Togo, recalled its ambassador from Lome and in June expelled "
        "Togo's envoy."
    )
    events = pipeline.code_text(text, published=PUB)[1]
    criticised = _dates(events, "11")
    assert criticised and date(2023, 6, 1) not in criticised


@pytest.mark.slow
def test_a_date_closing_the_coordination_is_shared(pipeline) -> None:
    text = "Bolivia criticised Chile and recalled its ambassador from Santiago on Thursday."
    events = pipeline.code_text(text, published=PUB)[1]
    assert _dates(events, "11") == {date(2024, 5, 16)}
    assert _dates(events, "16") == {date(2024, 5, 16)}


@pytest.mark.slow
def test_a_date_in_an_earlier_conjunct_carries_forward(pipeline) -> None:
    # the story's time moves forward: the meeting is not dated before the arrival
    text = "Chile's president arrived in Lima on Friday and met Peruvian President Dina Boluarte."
    events = pipeline.code_text(text, published=PUB)[1]
    assert _dates(events, "04") == {date(2024, 5, 17)}


@pytest.mark.slow
def test_the_cause_of_a_dispute_is_not_dated_by_the_main_clause(pipeline) -> None:
    text = (
        "Azerbaijan summoned the French ambassador on Tuesday in a dispute over "
        "France's decision to back Armenia's plan."
    )
    events = pipeline.code_text(text, published=PUB)[1]
    summons = [e for e in events if e.cameo_root == "11"]
    support = [e for e in events if e.source_country == "FRA" and e.cameo_root == "05"]
    assert {e.date for e in summons} == {date(2024, 5, 14)}
    assert support and all(e.date_basis != "relative" for e in support)


@pytest.mark.slow
def test_a_date_inside_the_topic_phrase_still_dates_its_act(pipeline) -> None:
    text = (
        "Azerbaijan summoned the French ambassador on Tuesday over France's decision on "
        "Sunday to back Armenia's plan."
    )
    events = pipeline.code_text(text, published=PUB)[1]
    support = [e for e in events if e.source_country == "FRA" and e.cameo_root == "05"]
    assert support and {e.date for e in support} == {date(2024, 5, 19)}
