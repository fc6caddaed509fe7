"""Dates of acts told as background, and of present-perfect statements, on sentences written for
these tests (wire style, published Monday 6 May 2024).

* (``dates_background``, not yet wired into ``event_date``) an undated past act that follows a
  dated event of the story's past ("after the 2013 shelling", "days after ... in March") is
  dated to that period, never finer than the month; "then", "at the time" or a narrated past
  perfect take a past date in the same sentence or the one just before, never finer than the
  month; with none they keep the publication day;
* reported speech ("said it had summoned") and the day's news keep the publication day;
* "days after <an event the article dated to a month>" is that month, at month precision;
* a present perfect ("has condemned") is dated like the simple past: the publication day.
"""

from __future__ import annotations

from datetime import date

import pytest

from communique.events.dates import DateContext, NamedEvent, event_date, find_date_expressions
from communique.events.dates_background import background_date, is_background, period_end
from communique.events.dates_lexicon import default_lexicon
from communique.types import EventDate, EventMention

PUB = date(2024, 5, 6)  # a Monday
IN_2013 = DateContext(previous=((date(2013, 1, 1), "year"),), last=(date(2013, 1, 1), "year"))
LAST_FRIDAY = DateContext(previous=((date(2024, 5, 3), "day"),), last=(date(2024, 5, 3), "day"))


def _past(text: str, word: str, **kw: object) -> EventDate:
    """Date the act at ``word`` as the coder does for an asserted past-tense verb."""
    i = text.index(word)
    return event_date(text, PUB, anchor=(i, i + len(word)), future=False, **kw)  # type: ignore[arg-type]


def _background(text: str, word: str, context: DateContext | None = None) -> EventDate | None:
    """The background reading of the act at ``word`` over every date of the sentence."""
    i = text.index(word)
    every = find_date_expressions(text, PUB, future=False, context=context)
    return background_date(text, (i, i + len(word)), every, PUB, context, default_lexicon())


def _publication(when: EventDate | None) -> bool:
    if when is None:  # the background reading has nothing: the coder keeps publication
        return True
    return when == EventDate(PUB, "day", "publication", when.text)


# --------------------------------------------------------------------------- periods


def test_period_end_covers_each_precision() -> None:
    assert period_end(date(2024, 2, 1), "month") == date(2024, 2, 29)
    assert period_end(date(2023, 1, 1), "year") == date(2023, 12, 31)
    assert period_end(date(2024, 4, 29), "week") == date(2024, 5, 5)
    assert period_end(date(2024, 4, 29), "day") == date(2024, 4, 29)


def test_only_periods_well_before_publication_are_background() -> None:
    assert is_background(date(2024, 3, 1), "month", PUB)
    assert not is_background(date(2024, 4, 1), "month", PUB)  # April ended a week ago
    assert not is_background(date(2024, 4, 10), "day", PUB)  # within the month: still news
    assert is_background(date(2024, 3, 1), "month", PUB)
    assert not is_background(date(2024, 5, 3), "day", PUB)


def test_lexicon_carries_the_background_words() -> None:
    lex = default_lexicon()
    assert {"then", "at the time"} <= lex.background_cues
    assert "following" in lex.sequence_after
    assert "already" in lex.perfect_adverbs


# --------------------------------------------------------------------------- after a dated past


@pytest.mark.parametrize(
    ("text", "word", "value", "precision"),
    [
        ("Seoul withdrew its ambassador after the 2013 shelling of Yeonpyeong.", "withdrew",
         date(2013, 1, 1), "year"),
        ("Warsaw expelled three diplomats following the March 2019 cyber attack.", "expelled",
         date(2019, 3, 1), "month"),
        ("Seoul cut trade links following Pyongyang's 2010 torpedo attack.", "cut",
         date(2010, 1, 1), "year"),
        ("Manila recalled its envoy days after Chinese ships rammed a supply boat in March.",
         "recalled", date(2024, 3, 1), "month"),
        ("After Beijing's coast guard seized a fishing boat in 2021, Hanoi lodged a protest.",
         "lodged", date(2021, 1, 1), "year"),
        # a day is no better than its month: the act may come weeks later
        ("Ankara closed the crossing after the bombing on January 18, 2022.", "closed",
         date(2022, 1, 1), "month"),
        # ... but a counted step from a day is a day
        ("Oslo suspended aid two days after the coup on January 18, 2022.", "suspended",
         date(2022, 1, 20), "day"),
    ],
)  # fmt: skip
def test_an_act_after_a_dated_past_event_takes_its_period(
    text: str, word: str, value: date, precision: str
) -> None:
    # the coder has already set aside the date inside the "after" clause (``dating``), so
    # the act itself has none; the background reading finds it in the whole sentence
    i = text.index(word)
    every = find_date_expressions(text, PUB)
    when = background_date(text, (i, i + len(word)), every, PUB, None, default_lexicon())
    assert when is not None
    assert (when.value, when.precision, when.basis) == (value, precision, "relative")
    assert when.text.lower().startswith(("after", "following"))


@pytest.mark.parametrize(
    "text",
    [
        # the referenced event is the day's news: nothing moves
        "Tokyo summoned the envoy after the launch on Friday.",
        "Tokyo summoned the envoy after the April 30 launch.",
        # a state's bound, not an event the act follows
        "Tokyo summoned the envoy, the first such step since 2013.",
        # no date at all
        "Tokyo summoned the envoy after the launch.",
    ],
)
def test_an_act_after_recent_or_undated_events_keeps_its_usual_date(text: str) -> None:
    when = _past(text, "summoned")
    assert when.value is not None and when.value >= date(2024, 4, 30)
    assert when.precision == "day"


def test_a_future_or_undirected_clause_is_not_read_as_background() -> None:
    text = "Seoul withdrew its ambassador after the 2013 shelling."
    i = text.index("withdrew")
    assert _publication(event_date(text, PUB, anchor=(i, i + 8)))  # no past-tense word
    plan = "Seoul will withdraw its ambassador after the 2025 elections."
    j = plan.index("withdraw")
    assert event_date(plan, PUB, anchor=(j, j + 8), future=True).value != date(2025, 1, 1)


# --------------------------------------------------------------------------- cues and perfects


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Tokyo then recalled its ambassador from Beijing.", "recalled"),
        ("Tokyo recalled its ambassador from Beijing at the time.", "recalled"),
        ("Tokyo subsequently recalled its ambassador from Beijing.", "recalled"),
        ("Tokyo had recalled its ambassador from Beijing.", "recalled"),
        ("Tokyo had already been expelled from the talks.", "expelled"),
    ],
)
def test_a_background_act_takes_the_year_of_the_sentence_before(text: str, word: str) -> None:
    when = _background(text, word, context=IN_2013)
    assert (when.value, when.precision, when.basis) == (date(2013, 1, 1), "year", "relative")


def test_a_year_in_another_clause_of_the_same_sentence_dates_a_background_act() -> None:
    text = "Tokyo had recalled its envoy when ties collapsed over the islands in 2012."
    when = _background(text, "recalled")
    assert (when.value, when.precision) == (date(2012, 1, 1), "year")


def test_cues_with_a_recent_previous_date_keep_the_publication_day() -> None:
    assert _publication(_background("Tokyo then recalled its ambassador.", "recalled",
                              context=LAST_FRIDAY))  # fmt: skip
    assert _publication(_background("Tokyo had recalled its ambassador.", "recalled",
                              context=LAST_FRIDAY))  # fmt: skip


def test_only_the_sentence_just_before_counts() -> None:
    older = DateContext(previous=((date(2013, 1, 1), "year"),), last=None)
    assert _publication(
        _background("Tokyo then recalled its ambassador.", "recalled", context=older)
    )


def test_since_then_bounds_a_state_and_is_no_cue() -> None:
    when = _background(
        "Since then Tokyo recalled its ambassador twice.", "recalled", context=IN_2013
    )
    assert _publication(when)


def test_a_narrated_past_perfect_with_no_date_near_keeps_the_publication_day() -> None:
    # most often the step just before the day's news: plausibly current
    assert _publication(_background("Japan had recalled its ambassador from Beijing.", "recalled"))


def test_a_day_before_gives_its_month_not_the_day() -> None:
    on_day = DateContext(previous=((date(2013, 3, 4), "day"),), last=(date(2013, 3, 4), "day"))
    when = _background("Tokyo then recalled its ambassador.", "recalled", context=on_day)
    assert (when.value, when.precision) == (date(2013, 3, 1), "month")


def test_a_date_that_names_a_thing_is_no_base() -> None:
    text = "Pyongyang had violated the 1953 armistice, Seoul argued."
    assert _publication(_background(text, "violated"))
    deal = "Tehran resumed enrichment after Washington quit the 2015 nuclear deal."
    i = deal.index("resumed")
    every = find_date_expressions(deal, PUB)
    assert background_date(deal, (i, i + 7), every, PUB, None, default_lexicon()) is None


@pytest.mark.parametrize(
    "text",
    [
        "Japan had recalled its ambassador from Beijing, the ministry said.",
        "The ministry said Japan had recalled its ambassador from Beijing.",
        "Beijing denied an allegation that Japan had recalled its ambassador.",
        "According to Kyodo, Japan had recalled its ambassador.",
    ],
)
def test_reported_past_perfect_is_backshifted_news(text: str) -> None:
    assert _publication(_background(text, "recalled"))


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
    assert _publication(event_date(text, PUB, anchor=(i, i + 9)))


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
