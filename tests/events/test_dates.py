"""Event-date resolution: validation records grouped by phenomenon, then dates counted from
an earlier event and present-perfect statements.

Each record is a sentence we wrote in wire style, the publication date, and the date an
analyst would write down, worked out by hand from a calendar (12 July 2021 was a Monday,
3 January 2022 a Monday, 15 October 2021 a Friday, 20 November 2021 a Saturday).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from communique.events.dates import (
    DateContext,
    DateExpression,
    NamedEvent,
    event_date,
    find_date_expressions,
)
from communique.types import EventDate, EventMention

MON = date(2021, 7, 12)  # Monday
TUE = date(2021, 7, 13)
NEW_YEAR = date(2022, 1, 3)  # Monday, first days of a year
FRI = date(2021, 10, 15)  # Friday in October
SAT_NOV = date(2021, 11, 20)  # Saturday in November


def only(text: str, published: date | None, **kw: object) -> DateExpression:
    """The single date expression of ``text``."""
    found = find_date_expressions(text, published, **kw)  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


def dated(text: str, trigger: str, published: date | None, **kw: object) -> EventDate:
    """The event date of the event whose trigger word is ``trigger``."""
    i = text.index(trigger)
    return event_date(text, published, anchor=(i, i + len(trigger)), **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------- explicit dates

EXPLICIT = [
    # (sentence, published, expression text, value, precision, kind)
    ("Kim met Xi on July 23, 2021 in Beijing.", MON, "on July 23, 2021", date(2021, 7, 23),
     "day", "absolute"),
    ("The talks opened on 23 July 2021.", MON, "on 23 July 2021", date(2021, 7, 23), "day",
     "absolute"),
    ("The talks opened on the 23rd of July, 2021.", None, "on the 23rd of July, 2021",
     date(2021, 7, 23), "day", "absolute"),
    ("Troops withdrew Sept. 9, 1948, the ministry said.", None, "Sept. 9, 1948",
     date(1948, 9, 9), "day", "absolute"),
    ("The launch was detected at 2021-07-11 local time.", MON, "at 2021-07-11",
     date(2021, 7, 11), "day", "absolute"),
    ("The envoy arrived on 13/07/2021.", None, "on 13/07/2021", date(2021, 7, 13), "day",
     "numeric"),
    # year inferred: the most recent such day not after publication (+2 days for time zones)
    ("Kim sent a letter to Moon on March 4.", MON, "on March 4", date(2021, 3, 4), "day",
     "month-day"),
    ("The envoy left Pyongyang on Jan. 5.", MON, "on Jan. 5", date(2021, 1, 5), "day",
     "month-day"),
    ("The envoy left Pyongyang Sept. 9.", MON, "Sept. 9", date(2020, 9, 9), "day", "month-day"),
    ("The army held a parade on July 23.", MON, "on July 23", date(2020, 7, 23), "day",
     "month-day"),
    ("The army held a parade on July 13.", MON, "on July 13", date(2021, 7, 13), "day",
     "month-day"),
    ("The ships docked on Dec. 31.", NEW_YEAR, "on Dec. 31", date(2021, 12, 31), "day",
     "month-day"),
    ("The deal was signed on Dec. 31 last year.", MON, "on Dec. 31 last year",
     date(2020, 12, 31), "day", "month-day"),
    ("A rally was held on Feb. 29.", MON, "on Feb. 29", date(2020, 2, 29), "day", "month-day"),
    ("The delegation arrived on the 23rd.", MON, "on the 23rd", date(2021, 6, 23), "day",
     "day-of-month"),
    ("The delegation arrived on the 3rd.", MON, "on the 3rd", date(2021, 7, 3), "day",
     "day-of-month"),
    ("The delegation arrived on the 23rd of last month.", TUE, "on the 23rd of last month",
     date(2021, 6, 23), "day", "day-of-month"),
    # month and year precision
    ("The two sides met in July 2021.", MON, "in July 2021", date(2021, 7, 1), "month",
     "absolute"),
    ("The two sides met in March of 2019.", MON, "in March of 2019", date(2019, 3, 1), "month",
     "absolute"),
    ("The two sides met in 2019.", MON, "in 2019", date(2019, 1, 1), "year", "absolute"),
    ("The sanctions were eased in early 2019.", MON, "in early 2019", date(2019, 1, 1), "year",
     "absolute"),
    # a month part moves the day within the month, never past publication (``month_part``)
    ("Exports resumed in mid-July.", MON, "in mid-July", date(2021, 7, 12), "month", "month"),
    ("2019 saw the first summit in Hanoi.", MON, "2019", date(2019, 1, 1), "year", "absolute"),
    # ranges date from their first day
    ("The drills ran from July 23 to 25, 2020.", MON, "from July 23 to 25, 2020",
     date(2020, 7, 23), "day", "absolute"),
    ("The drills ran 23-25 June 2021.", MON, "23-25 June 2021", date(2021, 6, 23), "day",
     "absolute"),
    # weekday glued to a date: one expression, the date wins
    ("The summit opened on Monday, July 5.", MON, "on Monday, July 5", date(2021, 7, 5), "day",
     "month-day"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "pub", "span", "value", "precision", "kind"), EXPLICIT)
def test_explicit_dates(
    text: str, pub: date | None, span: str, value: date, precision: str, kind: str
) -> None:
    expr = only(text, pub)
    assert (expr.text, expr.value, expr.precision, expr.kind) == (span, value, precision, kind)
    assert expr.basis == "explicit"
    assert text[expr.start : expr.end] == expr.text


def test_a_count_after_a_date_is_not_its_year() -> None:
    expr = only("On May 5 2000 people marched in Yangon.", MON)
    assert (expr.text, expr.value) == ("On May 5", date(2021, 5, 5))
    assert only("Kim met Moon on July 23 2018 in Seoul.", MON).value == date(2018, 7, 23)


def test_dated_document_is_marked_as_its_own_date() -> None:
    expr = only("The message, dated March 4, was read out on state television.", MON)
    assert (expr.value, expr.role) == (date(2021, 3, 4), "dated")


@pytest.mark.parametrize(
    "text",
    [
        "The envoy arrived on 07/08/2021.",  # 7 August or 8 July: we do not guess
        "The talks were set for February 30, 2021.",
    ],
)
def test_ambiguous_or_impossible_dates_stay_unresolved(text: str) -> None:
    assert only(text, MON).value is None


# ---------------------------------------------------------------------------------------- weekdays

WEEKDAYS = [
    # (sentence, published, expected) -- the most recent such day, the same day included
    ("Kim Jong-un sent a message to Xi Jinping on Monday, KCNA said.", MON, date(2021, 7, 12)),
    ("Kim inspected a munitions factory on Sunday.", MON, date(2021, 7, 11)),
    ("Monday's meeting ended without an agreement.", MON, date(2021, 7, 12)),
    ("Tuesday saw state media carry a long commentary.", MON, date(2021, 7, 6)),
    ("North Korea said Saturday it had tested a new engine.", MON, date(2021, 7, 10)),
    ("The envoy returned last Friday.", MON, date(2021, 7, 9)),
    ("The envoy returned last Monday.", MON, date(2021, 7, 5)),
    ("The envoy returned this Wednesday.", MON, date(2021, 7, 7)),
    ("The envoy returned on Friday.", FRI, date(2021, 10, 15)),
    ("The envoy returned last Friday.", FRI, date(2021, 10, 8)),
    ("The envoy returned on Friday last week.", FRI, date(2021, 10, 8)),
    ("Shelling was heard late on Monday.", MON, date(2021, 7, 12)),
    ("Shelling was heard on Sunday night.", MON, date(2021, 7, 11)),
    ("The ships sailed on Sunday.", NEW_YEAR, date(2022, 1, 2)),
]


@pytest.mark.parametrize(("text", "pub", "value"), WEEKDAYS)
def test_weekdays_resolve_to_the_most_recent_one(text: str, pub: date, value: date) -> None:
    expr = only(text, pub)
    assert (expr.value, expr.precision, expr.basis, expr.kind) == (
        value, "day", "relative", "weekday"
    )  # fmt: skip


FUTURE_WEEKDAYS = [
    ("The minister will visit Seoul on Tuesday.", MON, date(2021, 7, 13)),
    ("The minister will visit Seoul on Monday.", MON, date(2021, 7, 12)),
    ("The minister is due to arrive in Seoul on Sunday.", MON, date(2021, 7, 18)),
    ("On Friday, the minister will visit Seoul.", MON, date(2021, 7, 16)),
    ("Kim said he will visit Seoul on Friday.", MON, date(2021, 7, 16)),
    ("Talks are scheduled for Monday next week.", FRI, date(2021, 10, 18)),
    ("Kim met the envoy, who leaves next Monday.", MON, date(2021, 7, 19)),
    ("Talks will resume on Jan. 5.", MON, date(2022, 1, 5)),
    ("The assembly is scheduled to convene in October.", MON, date(2021, 10, 1)),
    ("The assembly is scheduled to convene in June.", MON, date(2022, 6, 1)),
    ("The delegation will arrive on the 3rd.", MON, date(2021, 8, 3)),
]


@pytest.mark.parametrize(("text", "pub", "value"), FUTURE_WEEKDAYS)
def test_future_clauses_look_forward(text: str, pub: date, value: date) -> None:
    assert only(text, pub).value == value


def test_future_cue_after_a_reporting_verb_does_not_leak_back() -> None:
    # "On Monday" dates the saying; the visit is what lies in the future.
    expr = find_date_expressions("On Monday Kim said he will visit Seoul.", date(2021, 7, 14))
    assert [(e.value, e.future) for e in expr] == [(date(2021, 7, 12), False)]


def test_future_flag_overrides_the_clause_reading() -> None:
    assert only("Kim visited Seoul on Tuesday.", MON, future=True).value == date(2021, 7, 13)
    assert only("Kim will visit Seoul on Tuesday.", MON, future=False).value == date(2021, 7, 6)


# ----------------------------------------------------------------------- relative days and periods

RELATIVE = [
    # (sentence, published, span, value, precision)
    ("Artillery fire was heard earlier today.", MON, "earlier today", date(2021, 7, 12), "day"),
    ("Protesters gathered tonight.", MON, "tonight", date(2021, 7, 12), "day"),
    ("The ministry spoke this morning.", MON, "this morning", date(2021, 7, 12), "day"),
    ("The ministry spoke yesterday.", MON, "yesterday", date(2021, 7, 11), "day"),
    ("Rockets were fired last night.", MON, "last night", date(2021, 7, 11), "day"),
    ("The talks ended the day before yesterday.", MON, "the day before yesterday",
     date(2021, 7, 10), "day"),
    ("The talks had ended the day before.", MON, "the day before", date(2021, 7, 11), "day"),
    ("The missile was fired two days ago.", MON, "two days ago", date(2021, 7, 10), "day"),
    ("The missile was fired 10 days ago.", MON, "10 days ago", date(2021, 7, 2), "day"),
    # week precision: the Monday of that ISO week
    ("The envoys met last week.", MON, "last week", date(2021, 7, 5), "week"),
    ("The envoys met last week.", NEW_YEAR, "last week", date(2021, 12, 27), "week"),
    ("The envoys meet this week.", FRI, "this week", date(2021, 10, 11), "week"),
    ("The envoys met a week ago.", MON, "a week ago", date(2021, 7, 5), "week"),
    ("The envoys met three weeks ago.", MON, "three weeks ago", date(2021, 6, 21), "week"),
    ("The envoys met a few days ago.", MON, "a few days ago", date(2021, 7, 5), "week"),
    ("Shells landed over the weekend.", MON, "over the weekend", date(2021, 7, 5), "week"),
    ("Shells landed over the weekend.", SAT_NOV, "over the weekend", date(2021, 11, 15),
     "week"),
    # month precision: the 1st
    ("Exports fell last month.", MON, "last month", date(2021, 6, 1), "month"),
    ("Exports fell last month.", NEW_YEAR, "last month", date(2021, 12, 1), "month"),
    ("Exports fell earlier this month.", MON, "earlier this month", date(2021, 7, 1), "month"),
    ("Exports fell a month ago.", MON, "a month ago", date(2021, 6, 1), "month"),
    ("Kim visited the plant in October last year.", MON, "in October last year",
     date(2020, 10, 1), "month"),
    ("Kim visited the plant in October last year.", NEW_YEAR, "in October last year",
     date(2021, 10, 1), "month"),
    ("Kim visited the plant last October.", MON, "last October", date(2020, 10, 1), "month"),
    ("Kim visited the plant last October.", FRI, "last October", date(2020, 10, 1), "month"),
    ("Kim visited the plant last October.", SAT_NOV, "last October", date(2021, 10, 1),
     "month"),
    ("Kim visited the plant in October.", MON, "in October", date(2020, 10, 1), "month"),
    ("Kim visited the plant in October.", FRI, "in October", date(2021, 10, 1), "month"),
    ("Kim visited the plant in October.", NEW_YEAR, "in October", date(2021, 10, 1), "month"),
    # year precision: 1 January
    ("Trade collapsed last year.", MON, "last year", date(2020, 1, 1), "year"),
    ("Trade collapsed this year.", MON, "this year", date(2021, 1, 1), "year"),
    ("Trade collapsed earlier this year.", NEW_YEAR, "earlier this year", date(2022, 1, 1),
     "year"),
    ("Trade collapsed two years ago.", MON, "two years ago", date(2019, 1, 1), "year"),
    ("Floods hit the north last summer.", MON, "last summer", date(2020, 1, 1), "year"),
    ("Floods hit the north last summer.", SAT_NOV, "last summer", date(2021, 1, 1), "year"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "pub", "span", "value", "precision"), RELATIVE)
def test_relative_expressions(text: str, pub: date, span: str, value: date, precision: str) -> None:
    expr = only(text, pub)
    assert (expr.text, expr.value, expr.precision) == (span, value, precision)


def test_month_names_name_the_month_even_when_the_year_is_inferred() -> None:
    assert only("Kim visited the plant last October.", MON).basis == "explicit"
    assert only("Kim visited the plant last week.", MON).basis == "relative"


# ----------------------------------------------------------------------------- no publication date


def test_without_publication_explicit_dates_still_resolve() -> None:
    text = "Kim met Xi on July 23, 2021, and again in 2019, on Monday and last week."
    found = {e.text: e.value for e in find_date_expressions(text, None)}
    assert found == {
        "on July 23, 2021": date(2021, 7, 23),
        "in 2019": date(2019, 1, 1),
        "on Monday": None,
        "last week": None,
    }


def test_datetime_publication_is_accepted_as_its_date() -> None:
    assert only("They met on Sunday.", datetime(2021, 7, 12, 23, 30)).value == date(2021, 7, 11)


def test_non_date_publication_is_rejected_with_the_reason() -> None:
    with pytest.raises(TypeError, match="published must be a date"):
        find_date_expressions("They met on Sunday.", "2021-07-12")  # type: ignore[arg-type]


# ----------------------------------------------------------------------- what is not an event date


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Kim praised the 1961 treaty with China.", "modifier"),
        ("Kim recalled the June 2018 summit in Singapore.", "modifier"),
        ("Veterans marked the July 27, 1953, armistice.", "modifier"),
        ("Pyongyang's 2018 pledge was not kept.", "modifier"),
        ("Talks have stalled since 2019.", "since"),
        ("The freeze lasts until 2022.", "until"),
        ("The plant must close by the end of next year.", "until"),
        ("Kim left after Monday's talks.", "reference"),
        ("Few recall the events of June 1950.", "of"),
    ],
)
def test_roles_that_do_not_date_the_event(text: str, role: str) -> None:
    assert only(text, MON).role == role


@pytest.mark.parametrize(
    "text",
    [
        "The council adopted Resolution 2087 unanimously.",
        "Delegates may attend in person.",
        "May I ask a question?",
        "The march on the capital drew 2000 people.",
        "The unit occupied the 23rd floor.",
        "Negotiators revisited the Good Friday Agreement.",
        "Super Tuesday shaped the race.",
        "Russia Today carried the interview.",
    ],
)
def test_numbers_and_words_that_only_look_like_dates(text: str) -> None:
    assert find_date_expressions(text, MON) == []


# ----------------------------------------------------------------------- choosing the event's date


def test_wire_sentence_takes_the_weekday() -> None:
    text = (
        "North Korean leader Kim Jong-un sent a message to Chinese President Xi Jinping "
        "on Monday, KCNA said."
    )
    assert dated(text, "sent", MON) == EventDate(date(2021, 7, 12), "day", "relative", "on Monday")


def test_event_and_report_dates_go_to_their_own_verbs() -> None:
    text = "Kim sent a message to Xi on Monday, KCNA said on Tuesday."
    assert dated(text, "sent", TUE).value == date(2021, 7, 12)
    assert dated(text, "said", TUE).value == date(2021, 7, 13)
    text = "KCNA said on Tuesday that Kim had sent a message to Xi on Monday."
    assert dated(text, "sent", TUE).value == date(2021, 7, 12)
    assert dated(text, "said", TUE).value == date(2021, 7, 13)


def test_fronted_date_dates_the_main_clause() -> None:
    text = "On Sunday, Kim sent a message to Xi, KCNA said on Monday."
    assert dated(text, "sent", MON).value == date(2021, 7, 11)


def test_a_date_after_the_trigger_is_preferred() -> None:
    text = "After talks on Sunday, Kim sent a letter to Trump on Monday."
    assert dated(text, "sent", MON).value == date(2021, 7, 12)


def test_report_date_is_used_when_the_event_has_none() -> None:
    text = "KCNA said on Tuesday that Kim had sent a message to Xi."
    assert dated(text, "sent", date(2021, 7, 14)).value == date(2021, 7, 13)


def test_dates_in_relative_clauses_belong_to_the_clause() -> None:
    text = "Kim, who took power in 2011, sent a message to Xi, KCNA said."
    assert dated(text, "sent", MON) == EventDate(MON, "day", "publication")
    assert dated(text, "took", MON).value == date(2011, 1, 1)


def test_noun_modifier_years_are_not_event_dates() -> None:
    text = "Kim praised the 1961 treaty and the 2018 summit."
    assert dated(text, "praised", MON) == EventDate(MON, "day", "publication")


def test_letter_dated_gives_the_letters_date() -> None:
    text = "Kim sent a letter dated March 4 to Trump, the ministry said."
    assert dated(text, "sent", MON) == EventDate(
        date(2021, 3, 4), "day", "explicit", "dated March 4"
    )


def test_since_is_not_an_event_date() -> None:
    text = "Talks have stalled since 2019, the ministry said."
    assert dated(text, "stalled", MON).basis == "publication"


def test_the_day_before_counts_from_the_sentence_date() -> None:
    text = "The ministry said on Tuesday that the army had fired a missile the day before."
    assert dated(text, "fired", date(2021, 7, 14)).value == date(2021, 7, 12)


def test_days_after_a_clause_date_that_clause() -> None:
    text = "North Korea fired a missile on Sunday, two days after it warned Seoul."
    assert dated(text, "fired", MON).value == date(2021, 7, 11)
    assert dated(text, "warned", MON).value == date(2021, 7, 9)


def test_day_before_an_unnamed_event_cannot_be_dated() -> None:
    text = "Kim arrived in Beijing the day before the summit opened."
    assert dated(text, "arrived", MON) == EventDate(MON, "day", "publication")
    text = "Kim arrived in Beijing on Monday, the day before the summit opened."
    assert dated(text, "arrived", MON).value == date(2021, 7, 12)
    assert dated(text, "opened", MON).value == date(2021, 7, 13)


def test_anaphoric_days_count_from_the_previous_date() -> None:
    text = "Kim left Beijing on Thursday and returned to Pyongyang the following day."
    assert dated(text, "returned", MON).value == date(2021, 7, 9)
    text = "The envoy arrived on Friday; three days later the talks collapsed."
    assert dated(text, "collapsed", MON).value == date(2021, 7, 12)


def test_future_hint_switches_the_weekday() -> None:
    text = "Kim visits Seoul on Tuesday."
    assert dated(text, "visits", MON).value == date(2021, 7, 6)
    assert dated(text, "visits", MON, future=True).value == date(2021, 7, 13)


def test_expressions_found_once_serve_several_anchors() -> None:
    text = "Kim sent a message to Xi on Monday, KCNA said on Tuesday."
    found = find_date_expressions(text, TUE)
    i, j = text.index("sent"), text.index("said")
    assert event_date(text, TUE, anchor=(i, i + 4), expressions=found).value == date(2021, 7, 12)
    assert event_date(text, TUE, anchor=(j, j + 4), expressions=found).value == date(2021, 7, 13)
    future = event_date(text, TUE, anchor=(i, i + 4), expressions=found, future=True)
    assert future.value == date(2021, 7, 19)


def test_without_anchor_the_main_clause_date_is_taken() -> None:
    text = "Kim, who took power in 2011, sent a message on Monday, KCNA said on Tuesday."
    assert event_date(text, TUE).value == date(2021, 7, 12)


def test_fallbacks() -> None:
    text = "Kim held talks with Xi in Beijing."
    assert dated(text, "held", MON) == EventDate(MON, "day", "publication")
    assert dated(text, "held", None) == EventDate(None, None, "none")
    weekday = dated("Kim held talks with Xi on Monday.", "held", None)
    assert (weekday.value, weekday.basis, weekday.text) == (None, "none", "on Monday")
    full = dated("Kim held talks with Xi on July 23, 2021.", "held", None)
    assert (full.value, full.basis) == (date(2021, 7, 23), "explicit")


def test_bad_anchor_is_reported() -> None:
    with pytest.raises(ValueError, match="not a span"):
        event_date("Kim met Xi.", MON, anchor=(5, 50))


# ----------------------------------------------------------------------------------- anniversaries


def test_anniversary_with_origin_in_the_sentence() -> None:
    text = (
        "Kim marked the 60th anniversary of the signing of the treaty, which was signed "
        "on July 11, 1961."
    )
    assert dated(text, "marked", MON) == EventDate(
        date(2021, 7, 11), "day", "explicit", "the 60th anniversary"
    )


def test_anniversary_origin_before_it_and_ordinal_words() -> None:
    text = (
        "The republic, founded on Sept. 9, 1948, celebrated its seventy-third founding "
        "anniversary with a parade."
    )
    assert dated(text, "celebrated", date(2021, 9, 10)).value == date(2021, 9, 9)


def test_anniversary_origin_is_not_the_event_date() -> None:
    text = "The treaty was signed on July 11, 1961, and Kim marked its 60th anniversary."
    exprs = find_date_expressions(text, MON)
    assert [e.role for e in exprs] == ["origin", "point"]
    assert dated(text, "marked", MON).value == date(2021, 7, 11)


def test_anniversary_without_origin_falls_back_to_publication() -> None:
    text = "Kim sent a message marking the 73rd founding anniversary of the republic."
    assert dated(text, "sent", MON) == EventDate(MON, "day", "publication")


def test_anniversary_gives_way_to_a_stated_day() -> None:
    text = (
        "Kim sent a message to Xi on the 100th founding anniversary of the Communist Party "
        "of China on Thursday."
    )
    assert dated(text, "sent", MON).value == date(2021, 7, 8)


def test_year_only_origin_does_not_invent_a_day() -> None:
    text = "Kim marked the 73rd anniversary of the army, which was founded in 1948."
    assert dated(text, "marked", date(2021, 2, 8)).basis == "publication"


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
