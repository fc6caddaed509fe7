"""Event dates that depend on how a date relates to a clause, on sentences written for these tests.

* "one week after <clause>" / "two days after <clause>": the governed clause is counted back
  from the sentence's day, else from the publication day;
* "on the third anniversary of <event>": the event is N years older than the anniversary;
* "after four days of <event>": the event began four days before the sentence's day;
* "since October last year, when <clause>": the "when" clause happened at that date;
* a date inside an "after"/"before" clause does not date the main clause (slow: needs a parse).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from eventcheck import show

from communique.events.dates import event_date, find_date_expressions
from communique.types import EventMention

MONDAY = date(2023, 5, 8)


def _at(text: str, word: str, published: date) -> date | None:
    i = text.index(word)
    return event_date(text, published, anchor=(i, i + len(word))).value


def test_weeks_after_a_clause_count_back_from_the_sentence_day() -> None:
    text = (
        "The North fired two missiles on Monday, one week after it launched a satellite "
        "from its west coast."
    )
    assert _at(text, "launched", MONDAY) == date(2023, 5, 1)
    assert _at(text, "fired", MONDAY) == MONDAY


def test_days_after_a_clause_count_back_from_publication_without_a_day() -> None:
    text = "The protest came two days after Tokyo revised its school textbooks."
    assert _at(text, "revised", MONDAY) == date(2023, 5, 6)


def test_a_day_before_a_named_event_stays_unresolved() -> None:
    # Counting forward from publication would put the summit after the story was filed.
    (expr,) = find_date_expressions("Kim arrived the day before the summit.", MONDAY)
    assert expr.value is None


def test_weeks_later_without_a_base_is_not_invented() -> None:
    (expr,) = find_date_expressions("Seoul protested two weeks later.", MONDAY)
    assert expr.value is None


def test_event_named_by_an_anniversary_is_that_many_years_older() -> None:
    text = (
        "NATO leaders met in Vilnius on Monday, on the 25th anniversary of the alliance's "
        "first enlargement, and pledged more aid."
    )
    assert _at(text, "enlargement", MONDAY) == date(1998, 5, 8)
    assert _at(text, "met", MONDAY) == MONDAY


def test_anniversary_without_a_day_counts_from_publication() -> None:
    text = "Armenia marked the 30th anniversary of the ceasefire with Azerbaijan."
    assert _at(text, "ceasefire", MONDAY) == date(1993, 5, 8)


def test_days_of_an_event_before_another_date_it_from_its_first_day() -> None:
    text = "A ceasefire was agreed on Friday after three days of negotiations in Cairo."
    assert _at(text, "negotiations", MONDAY) == date(2023, 5, 2)
    assert _at(text, "agreed", MONDAY) == date(2023, 5, 5)
    text = "The accord was signed after two weeks of talks in Geneva."
    assert _at(text, "talks", MONDAY) == date(2023, 4, 24)


def test_when_clause_after_a_date_happened_at_that_date() -> None:
    text = (
        "The two Koreas have held no military talks since June last year, when a meeting at "
        "the border village ended without agreement."
    )
    found = event_date(text, MONDAY, anchor=(text.index("meeting"), text.index("meeting") + 7))
    assert (found.value, found.precision) == (date(2022, 6, 1), "month")
    # the main clause is not dated by it ("since" bounds a state)
    assert _at(text, "held", MONDAY) == MONDAY


@pytest.mark.slow
def test_date_in_an_after_clause_does_not_date_the_main_event() -> None:
    from communique.pipeline import Pipeline

    text = (
        "Japan is expected to urge China to rein in North Korea after talks between "
        "Washington and Pyongyang broke down in February."
    )
    _, events = Pipeline().code_text(text, published=MONDAY)
    appeals = [e for e in events if e.cameo_root == "02"]
    assert appeals, [(e.cameo, e.date) for e in events]
    assert all(e.date == MONDAY for e in appeals), [(e.cameo, e.date) for e in appeals]
    # ... and the talks, told in the past tense, broke down last February, not next
    talks = [e for e in events if e.cameo_root == "04"]
    assert talks and all(e.date == date(2023, 2, 1) for e in talks), [
        (e.cameo, e.date) for e in talks
    ]


Coder = Callable[[str], list[EventMention]]


# --- a past act in an after/since clause is background ------------------------------------------


@pytest.mark.slow
def test_an_undated_act_weeks_before_the_main_act_takes_no_day_from_it(
    code: Coder,
) -> None:
    events = code("Peace talks resumed on Tuesday, weeks after rebels seized the port city.")
    seizures = [e for e in events if e.cameo.startswith("19")]
    assert seizures and all(e.date_basis == "none" for e in seizures), show(events)


@pytest.mark.slow
def test_an_after_clause_with_its_own_date_keeps_it(code: Coder) -> None:
    events = code("Talks resumed on Tuesday, two months after rebels seized the port on March 3.")
    seizures = [e for e in events if e.cameo.startswith("19")]
    assert seizures and all(str(e.date) == "2024-03-03" for e in seizures), show(events)


@pytest.mark.slow
def test_the_main_act_keeps_its_day_before_an_after_clause(code: Coder) -> None:
    events = code("Ukraine expelled a Hungarian diplomat on Friday after Budapest expelled two.")
    main = [e for e in events if e.source_code and e.source_code.startswith("UKR")]
    assert main and all(str(e.date) == "2024-05-03" for e in main), show(events)


@pytest.mark.slow
def test_an_after_clause_with_no_gap_shares_the_main_day(code: Coder) -> None:
    events = code("Protests erupted on Friday after Serbian police raided a Kosovo border post.")
    raids = [e for e in events if e.cameo.startswith("1") and e.source_code.startswith("SRB")]
    assert raids and all(str(e.date) == "2024-05-03" for e in raids), show(events)
