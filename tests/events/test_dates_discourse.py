"""Event dates across the sentences of a wire story, on sentences and articles written for these
tests.

* anaphoric dates ("the next day", "two days later", "later that week") count from the latest
  date the article gave an event, not from the publication date; with none they fall back;
* "hours after the launch" / "the launch came a week after ..." use the date the article gave
  the named event;
* a relative or participial clause describing the event noun dates it, even when the parser
  hangs it on another word of the phrase;
* a range of days is dated from its first day, with one year for both ends;
* slow tests run whole articles through the pipeline (spaCy model, loaded once per session).
"""

from __future__ import annotations

from datetime import date

import pytest

from communique.events.dates import (
    DateContext,
    NamedEvent,
    event_date,
    find_date_expressions,
    narrative_date,
)
from communique.events.dates_discourse import owns_clause
from communique.events.dates_lexicon import default_lexicon
from communique.events.syntax import Tree
from communique.pipeline import Pipeline
from communique.types import EventDate, EventMention, ParsedSentence, Token

PUB = date(2024, 5, 6)  # a Monday
TUESDAY = date(2024, 4, 30)
AFTER_TUESDAY = DateContext(previous=((TUESDAY, "day"),))


def _at(text: str, word: str, published: date | None = PUB, **kw: object) -> EventDate:
    i = text.index(word)
    return event_date(text, published, anchor=(i, i + len(word)), **kw)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- anaphoric dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The next day, Japan lodged a protest with Beijing.", date(2024, 5, 1)),
        ("The following morning Seoul summoned the envoy.", date(2024, 5, 1)),
        ("A day later, the EU condemned the strike.", date(2024, 5, 1)),
        ("Two days later, Manila recalled its ambassador.", date(2024, 5, 2)),
        ("The day before, Hanoi had warned Beijing.", date(2024, 4, 29)),
        ("That day, Turkey closed its border.", TUESDAY),
        ("Later that day, Cairo hosted the delegations.", TUESDAY),
        ("Hours later, Israel struck a depot in Gaza.", TUESDAY),
        ("Shortly afterwards, Kyiv accused Moscow of shelling.", TUESDAY),
        ("One week later, NATO ministers met in Brussels.", date(2024, 5, 7)),
    ],
)
def test_anaphoric_day_counts_from_the_articles_latest_date(text: str, expected: date) -> None:
    (expr,) = find_date_expressions(text, PUB, context=AFTER_TUESDAY)
    assert (expr.value, expr.precision) == (expected, "day")


def test_periods_count_from_the_articles_latest_date() -> None:
    (week,) = find_date_expressions("Manila protested later that week.", PUB, context=AFTER_TUESDAY)
    assert (week.value, week.precision) == (date(2024, 4, 29), "week")
    (month,) = find_date_expressions(
        "The ministers met again later that month.", PUB, context=AFTER_TUESDAY
    )
    assert (month.value, month.precision) == (date(2024, 4, 1), "month")
    (nxt,) = find_date_expressions(
        "The following week, Seoul lifted the ban.", PUB, context=AFTER_TUESDAY
    )
    assert (nxt.value, nxt.precision) == (date(2024, 5, 6), "week")


def test_the_previous_week_without_a_story_date_still_counts_from_publication() -> None:
    (expr,) = find_date_expressions("The previous week, Seoul lifted the ban.", PUB)
    assert (expr.value, expr.precision) == (date(2024, 4, 29), "week")


def test_without_an_anchor_the_next_day_stays_unresolved_and_says_so() -> None:
    text = "The next day, Japan lodged a protest with Beijing."
    (expr,) = find_date_expressions(text, PUB)
    assert expr.value is None
    found = _at(text, "lodged")
    assert (found.value, found.basis, found.text) == (PUB, "publication", "The next day")


def test_a_backward_step_without_an_anchor_counts_from_publication() -> None:
    (expr,) = find_date_expressions("The day before, Hanoi had warned Beijing.", PUB)
    assert expr.value == date(2024, 5, 5)


def test_a_day_in_the_same_sentence_beats_the_article_anchor() -> None:
    text = "Pyongyang fired a missile on Thursday and another one the next day."
    found = find_date_expressions(text, PUB, context=AFTER_TUESDAY)
    assert [e.value for e in found] == [date(2024, 5, 2), date(2024, 5, 3)]


def test_a_coarse_anchor_cannot_be_counted_in_days() -> None:
    context = DateContext(previous=((date(2024, 3, 1), "month"),))
    (expr,) = find_date_expressions("Ten days later, Seoul protested.", PUB, context=context)
    assert expr.value is None
    # ... but a day or two later stays inside that month
    (expr,) = find_date_expressions("The next day, Seoul protested.", PUB, context=context)
    assert (expr.value, expr.precision) == (date(2024, 3, 1), "month")


def test_a_coarser_date_containing_the_latest_day_keeps_the_chain() -> None:
    # "... on Tuesday.  It was the third launch in April.  The next day ..."
    context = DateContext(previous=((date(2024, 4, 1), "month"), (TUESDAY, "day")))
    (expr,) = find_date_expressions("The next day, Seoul protested.", PUB, context=context)
    assert expr.value == date(2024, 5, 1)


def test_a_coarser_date_elsewhere_cuts_the_chain_of_days() -> None:
    # "... on Tuesday.  In 2018, Kim met Trump in Singapore.  The next day ...": the day
    # after an unnamed day of 2018 is somewhere in 2018, not the day after Tuesday.
    context = DateContext(previous=((date(2018, 1, 1), "year"), (TUESDAY, "day")))
    (expr,) = find_date_expressions("The next day, Seoul protested.", PUB, context=context)
    assert (expr.value, expr.precision) == (date(2018, 1, 1), "year")
    (week,) = find_date_expressions("A week later, Seoul protested.", PUB, context=context)
    assert week.value is None
    (year,) = find_date_expressions("Later that year, Seoul protested.", PUB, context=context)
    assert (year.value, year.precision) == (date(2018, 1, 1), "year")


def test_counting_past_the_publication_date_in_a_past_clause_gives_nothing() -> None:
    context = DateContext(previous=((date(2024, 5, 5), "day"),))
    (expr,) = find_date_expressions("A week later, Seoul protested.", PUB, context=context)
    assert expr.value is None
    (plan,) = find_date_expressions(
        "A week later, the envoys will meet again.", PUB, context=context
    )
    assert plan.value == date(2024, 5, 12)


def test_vague_counts_are_not_invented() -> None:
    (expr,) = find_date_expressions("Days later, Seoul protested.", PUB, context=AFTER_TUESDAY)
    assert expr.value is None


def test_an_unresolved_anaphor_yields_to_a_real_date() -> None:
    text = "Days later, on May 2, the envoys met in Doha."
    assert _at(text, "met", context=AFTER_TUESDAY).value == date(2024, 5, 2)


# --------------------------------------------------------------------------- named events


def _named(text: str, word: str, value: date, *, subject: bool = False) -> DateContext:
    i = text.index(word)
    return DateContext(named=(NamedEvent(i, i + len(word), value, "day", subject),))


def test_hours_after_a_dated_event_is_that_day() -> None:
    text = "Hours after the launch, Tokyo lodged a protest with Pyongyang."
    context = _named(text, "launch", TUESDAY)
    assert _at(text, "lodged", context=context).value == TUESDAY
    assert _at(text, "launch", context=context).value == TUESDAY


def test_days_after_a_dated_event_count_from_it() -> None:
    text = "Two days after the summit, Seoul announced new sanctions on Pyongyang."
    context = _named(text, "summit", TUESDAY)
    assert _at(text, "announced", context=context).value == date(2024, 5, 2)
    assert _at(text, "summit", context=context).value == TUESDAY


def test_a_dated_event_as_subject_dates_the_governed_clause() -> None:
    text = "The meeting came three days after Islamabad accused New Delhi of raids."
    context = _named(text, "meeting", date(2024, 5, 2), subject=True)
    assert _at(text, "accused", context=context).value == date(2024, 4, 29)
    # ... and without the article's date, from publication as before
    assert _at(text, "accused").value == date(2024, 5, 3)


def test_a_named_event_not_in_the_governed_phrase_is_ignored() -> None:
    text = "Two days after Seoul warned, the talks ended."
    context = _named(text, "talks", TUESDAY)
    assert _at(text, "ended", context=context).value == PUB


# --------------------------------------------------------------------------- clauses, ranges


def test_an_aside_that_describes_the_event_dates_it() -> None:
    text = "The summit, which took place in Hanoi in February, ended without a deal."
    clause = text.index("which"), text.index(", ended")
    assert _at(text, "summit").basis == "publication"
    found = _at(text, "summit", own=(clause,))
    assert (found.value, found.precision) == (date(2024, 2, 1), "month")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # undirected present tense: the range nearest publication (this year, ahead)
        ("Officials meet in Lima from March 30 to April 2.", date(2024, 3, 11), date(2024, 3, 30)),
        # explicitly planned
        (
            "Envoys will meet in Oslo from March 30 to April 2.",
            date(2024, 3, 11),
            date(2024, 3, 30),
        ),
        # a planned range under way at publication crossing New Year
        ("Drills will run from December 28 to January 3.", date(2024, 1, 1), date(2023, 12, 28)),
        ("Talks were held on August 27 and 28.", date(2024, 3, 11), date(2023, 8, 27)),
        ("Talks took place on 27-28 August.", date(2024, 9, 2), date(2024, 8, 27)),
        ("Officials meet in Lima from October 3 to 5.", date(2024, 3, 11), date(2023, 10, 3)),
        (
            "Officials said the envoys meet in Lima from March 30 to April 2.",
            date(2024, 3, 11),
            date(2024, 3, 30),
        ),
    ],
)
def test_a_range_of_days_is_dated_from_its_first_day(
    text: str, published: date, expected: date
) -> None:
    (expr,) = find_date_expressions(text, published)
    assert (expr.value, expr.precision) == (expected, "day")


def test_a_past_clause_puts_a_range_in_the_past() -> None:
    text = "Officials met in Lima from March 30 to April 2."
    (expr,) = find_date_expressions(text, date(2024, 3, 11), future=False)
    assert expr.value == date(2023, 3, 30)


def test_narrative_date_skips_report_dates() -> None:
    assert narrative_date("The envoys sat down in Geneva on Thursday.", PUB) == EventDate(
        date(2024, 5, 2), "day", "relative", "on Thursday"
    )
    assert narrative_date("The ministry said on Thursday.", PUB) is None
    assert narrative_date("The 1953 armistice holds.", PUB) is None


# --------------------------------------------------------------------------- whole articles


def _events(pipeline: Pipeline, text: str, published: date = PUB) -> list[EventMention]:
    return pipeline.code_text(text, published=published)[1]


def _by_root(events: list[EventMention], root: str) -> list[EventMention]:
    found = [e for e in events if e.cameo_root == root]
    assert found, [(e.cameo, e.sentence_index, e.date) for e in events]
    return found


@pytest.mark.slow
def test_article_chains_its_dates(pipeline: Pipeline) -> None:
    text = (
        "Russian forces shelled the Ukrainian city of Kharkiv on Thursday, regional officials "
        "said. The following day, Ukraine's foreign minister condemned Russia. A day later, "
        "Poland summoned the Russian ambassador."
    )
    events = _events(pipeline, text)
    by_sentence = {(e.sentence_index, e.date, e.date_basis) for e in events}
    assert by_sentence == {
        (0, date(2024, 5, 2), "relative"),
        (1, date(2024, 5, 3), "relative"),
        (2, date(2024, 5, 4), "relative"),
    }


@pytest.mark.slow
def test_article_without_an_earlier_date_falls_back(pipeline: Pipeline) -> None:
    (event, *_) = _events(pipeline, "The next day, Japan lodged a protest with China.")
    assert (event.date, event.date_basis, event.date_text) == (PUB, "publication", "The next day")


@pytest.mark.slow
def test_a_sentence_without_an_event_still_moves_the_story(pipeline: Pipeline) -> None:
    text = (
        "Chinese warships entered Philippine waters on April 20. Manila protested to Beijing "
        "later that week."
    )
    (protest, *_) = _by_root(_events(pipeline, text), "11")
    assert (protest.date, protest.date_precision) == (date(2024, 4, 15), "week")


@pytest.mark.slow
def test_hours_after_a_dated_event(pipeline: Pipeline) -> None:
    text = (
        "Iranian and Saudi diplomats held talks in Baghdad on Wednesday. Hours after the talks, "
        "Iran accused Israel of sabotage."
    )
    events = _events(pipeline, text)
    accusations = [e for e in events if e.sentence_index == 1]
    assert accusations and {e.date for e in accusations} == {date(2024, 5, 1)}


@pytest.mark.slow
def test_a_dated_event_as_subject_dates_the_earlier_act(pipeline: Pipeline) -> None:
    text = (
        "The foreign ministers of India and Pakistan met in Astana on Thursday. The meeting "
        "came three days after Pakistan accused India of cross-border raids."
    )
    events = _events(pipeline, text)
    accusation = [e for e in events if e.sentence_index == 1]
    assert accusation and {e.date for e in accusation} == {date(2024, 4, 29)}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The meeting between Putin and Erdogan, which took place in Sochi in February, "
        "produced a ceasefire deal.",
        "The first round of negotiations between Serbia and Kosovo, which was held in Brussels "
        "in February, ended in acrimony.",
        "A series of meetings between Chinese and Indian commanders, held along the border in "
        "February, failed to ease tensions.",
    ],
)
def test_a_clause_on_the_event_phrase_dates_the_event(pipeline: Pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert events, text
    assert {(e.date, e.date_precision) for e in events} == {(date(2024, 2, 1), "month")}


@pytest.mark.slow
def test_a_clause_on_a_participant_does_not_date_the_event(pipeline: Pipeline) -> None:
    text = (
        "Chinese President Xi Jinping met North Korean leader Kim Jong Un, who took power in "
        "2011, in Beijing on Thursday."
    )
    events = _by_root(_events(pipeline, text), "04")
    assert {e.date for e in events} == {date(2024, 5, 2)}


@pytest.mark.slow
def test_background_visits_are_dated_by_the_most_recent_one(pipeline: Pipeline) -> None:
    text = (
        "Kim Jong Un has visited China four times since March last year, most recently in January."
    )
    (visit, *_) = _by_root(_events(pipeline, text), "04")
    assert (visit.date, visit.date_precision) == (date(2024, 1, 1), "month")


@pytest.mark.slow
def test_a_present_tense_schedule_is_this_years(pipeline: Pipeline) -> None:
    text = "Venezuelan and Guyanese officials meet in Brasilia from May 20 to May 22."
    events = _by_root(_events(pipeline, text), "04")
    assert {e.date for e in events} == {date(2024, 5, 20)}


def test_hyphenated_compounds_are_not_anaphoric_dates() -> None:
    text = "Officials said that day-to-day trade and that year-on-year growth slowed."
    assert find_date_expressions(text, PUB, context=AFTER_TUESDAY) == []


def _hand_parsed(rows: list[tuple[str, str, str, str, str, int]]) -> Tree:
    """A sentence parsed by hand: (text, lemma, pos, tag, dep, head) per token, so the test
    fixes the attachment the parser may get wrong."""
    tokens, at = [], 0
    for i, (text, lemma, pos, tag, dep, head) in enumerate(rows):
        tokens.append(Token(i, text, lemma, pos, tag, dep, head, at, at + len(text)))
        at += len(text) + 1
    text = " ".join(r[0] for r in rows)
    return Tree.of(ParsedSentence(0, 0, len(text), text, tuple(tokens)))


def _talks_with_iran(
    verb: str, lemma: str, tag: str, *rest: tuple[str, str, str, str, str, int]
) -> Tree:
    """ "talks with Iran , which <verb> ... ended": the clause hung on "Iran" (token 2)."""
    return _hand_parsed(
        [
            ("talks", "talk", "NOUN", "NNS", "nsubj", 7 + len(rest)),
            ("with", "with", "ADP", "IN", "prep", 0),
            ("Iran", "Iran", "PROPN", "NNP", "pobj", 1),
            (",", ",", "PUNCT", ",", "punct", 2),
            ("which", "which", "PRON", "WDT", "nsubj", 5),
            (verb, lemma, "VERB", tag, "relcl", 2),
            *rest,
            ("in", "in", "ADP", "IN", "prep", 5),
            ("ended", "end", "VERB", "VBD", "ROOT", 7 + len(rest)),
        ]
    )


def test_a_clause_only_an_event_can_have_belongs_to_the_event_noun() -> None:
    lex = default_lexicon()
    took = _talks_with_iran("took", "take", "VBD", ("place", "place", "NOUN", "NN", "dobj", 5))
    assert owns_clause(took, 5, 0, 0, lex)
    began = _talks_with_iran("began", "begin", "VBD")
    assert owns_clause(began, 5, 0, 0, lex)
    enriching = _talks_with_iran(
        "began", "begin", "VBD", ("enriching", "enrich", "VERB", "VBG", "xcomp", 5)
    )
    assert not owns_clause(enriching, 5, 0, 0, lex)
    boycott = _talks_with_iran(
        "ended", "end", "VBD", ("boycott", "boycott", "NOUN", "NN", "dobj", 5)
    )
    assert not owns_clause(boycott, 5, 0, 0, lex)
    # a clause on a participant that is not in the event noun's phrase
    assert not owns_clause(began, 5, 7, None, lex)
