"""Dates for acts a story tells as background: what happened before the news it reports.

Status: ``background_date`` is not yet called by ``dates.event_date`` -- wired in, it lowered
the date accuracy of a held-out gold set below its floor, and the lead decides whether and
how it goes in.  It is kept here, tested, for that decision.

An act with no date of its own falls back to the publication day, which is right for the day's
news ("China condemned the arrest", "has condemned the arrest": both told on publication) and
wrong for history.  Wire copy marks history in two ways, and each gets the date the text
gives instead (basis ``relative``: it is read from another date of the text):

1. **After a dated event.**  "Seoul withdrew its ambassador after the 2013 shelling", "...
   days after Chinese vessels rammed a supply boat in March": the act follows the date of the
   phrase or clause that "after" / "following" opens, so it is dated to that period -- never
   finer than the month ("after the March 4 shelling" may be weeks later), except for a
   counted step from a day ("two days after ... on March 4" is March 6).
2. **A background cue** ("then", "at the time", "subsequently") or a **narrated past perfect**
   ("had recalled"), with a date of the story's past in the same sentence or in the sentence
   just before ("In 2013, Chinese ships entered the waters. Tokyo then recalled its envoy."):
   that date, never finer than the month -- the cue says "around then", not "on that day".
   A past perfect in reported speech ("the ministry said it had summoned the envoy") is the
   ordinary backshift of news and is no cue.

With no such date the act keeps the publication day: a past perfect in wire copy is most often
the step just before the day's news ("It had warned Seoul against the drills"), so the act is
plausibly current, and a date of ``none`` would drop a real, recent act from the date-indexed
event stream.

Only past-tense acts are read this way (``future=False`` from the coder), and only from dates
that ended more than ``BACKGROUND_DAYS`` before publication (about a month: wire follow-ups
report acts of the past weeks as news): "after Friday's launch" in a Monday story is the day's
news, handled by the usual choice of expression.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from communique.events.dates_calendar import shift_months, week_start
from communique.events.dates_lexicon import DateLexicon, phrase_alternation
from communique.events.dates_model import (
    PRECISIONS,
    ROLE_MODIFIER,
    ROLE_OF,
    ROLE_SINCE,
    ROLE_UNTIL,
    DateContext,
    DateExpression,
)
from communique.types import EventDate

# A date whose period ended more than this long before publication is the story's past.
BACKGROUND_DAYS = 31
# A date that names a thing ("the 2013 shelling") dates the act only when it opens the noun
# phrase "after" governs ("after the 2013 shelling", "following Pyongyang's 2013 shelling"),
# not inside a clause ("after Washington quit the 2015 nuclear deal").
MODIFIER_REACH_WORDS = 3
# How far an "after" may stand before the date it introduces ("after North Korea shelled a
# border island in 2013"): words, with no punctuation between.
AFTER_REACH_WORDS = 12
RELATIVE = "relative"
_STATE_ROLES = frozenset({ROLE_SINCE, ROLE_UNTIL})
_NAMING_ROLES = frozenset({ROLE_MODIFIER, ROLE_OF})
_PUNCT = re.compile(r"[,;:()\[\]—–]|\s--\s")
_WORD = re.compile(r"[\w'’-]+")
_THAT = re.compile(r"(?i:(?<![\w])that(?![\w]))")


@dataclass(frozen=True, slots=True, eq=False)
class BackgroundPatterns:
    after: re.Pattern[str]
    cue: re.Pattern[str]
    perfect: re.Pattern[str]
    reporting: re.Pattern[str]


@lru_cache(maxsize=8)
def background_patterns(lex: DateLexicon) -> BackgroundPatterns:
    adverbs = phrase_alternation(lex.perfect_adverbs) or "(?!)"
    return BackgroundPatterns(
        after=re.compile(rf"(?i:(?<![\w])(?:{phrase_alternation(lex.sequence_after) or '(?!)'})"
                         r"(?![\w]))"),
        # "since then", "until then" bound a state; they do not place an act in the past
        cue=re.compile(
            r"(?i:(?<!since )(?<!until )(?<!till )(?<![\w])"
            rf"(?:{phrase_alternation(lex.background_cues) or '(?!)'})(?![\w]))"
        ),
        perfect=re.compile(rf"(?i:(?<![\w])had(?:\s+(?:{adverbs}))*\s+$)"),
        reporting=re.compile(
            rf"(?i:(?<![\w])(?:{phrase_alternation(lex.reporting_verbs) or '(?!)'})(?![\w]))"
        ),
    )  # fmt: skip


# --------------------------------------------------------------------------- periods


def period_end(value: date, precision: str) -> date:
    """The last day of the period ``value`` stands for at ``precision``."""
    if precision == "week":
        return week_start(value) + timedelta(days=6)
    if precision == "month":
        year, month = shift_months(value.year, value.month, 1)
        return date(year, month, 1) - timedelta(days=1)
    if precision == "year":
        return date(value.year, 12, 31)
    return value


def is_background(value: date, precision: str, published: date) -> bool:
    """Did the period end more than ``BACKGROUND_DAYS`` before publication?"""
    return period_end(value, precision) < published - timedelta(days=BACKGROUND_DAYS)


def _coarsen(value: date, precision: str, floor: str) -> tuple[date, str]:
    """``value`` at ``precision`` or ``floor``, whichever is coarser (canonical value)."""
    if PRECISIONS.index(precision) >= PRECISIONS.index(floor):
        return value, precision
    if floor == "month":
        return date(value.year, value.month, 1), "month"
    return date(value.year, 1, 1), "year"


# --------------------------------------------------------------------------- cues


def is_past_perfect(text: str, anchor: tuple[int, int], lex: DateLexicon) -> bool:
    """Is the trigger at ``anchor`` a past participle after "had" ("had recalled", "had
    already been expelled")?"""
    return bool(background_patterns(lex).perfect.search(text, 0, anchor[0]))


def is_reported(text: str, anchor: tuple[int, int], lex: DateLexicon) -> bool:
    """Does the sentence report speech ("said", "according to"), or does the act sit in a
    content clause ("an allegation that the rebels had taken the town", "denied that it had
    fired")?  A past perfect there is the backshift of news, not history."""
    if background_patterns(lex).reporting.search(text):
        return True
    return bool(_THAT.search(text, 0, anchor[0]))


def background_cue(text: str, lex: DateLexicon) -> str | None:
    """The first background cue of the sentence ("then", "at the time"), or ``None``."""
    match = background_patterns(lex).cue.search(text)
    return match.group(0) if match else None


# --------------------------------------------------------------------------- rules


def _after_word(text: str, expr: DateExpression, lex: DateLexicon) -> re.Match[str] | None:
    """The "after" that opens the phrase or clause ``expr`` sits in, within reach and with no
    punctuation between (``MODIFIER_REACH_WORDS`` for a date that names a thing)."""
    last = None
    for match in background_patterns(lex).after.finditer(text, 0, expr.start):
        last = match
    if last is None:
        return None
    gap = text[last.end() : expr.start]
    words = _WORD.findall(gap)
    if _PUNCT.search(gap) or len(words) > AFTER_REACH_WORDS:
        return None
    if expr.role in _NAMING_ROLES and not _opens_noun_phrase(gap, words, lex):
        return None
    return last


def _opens_noun_phrase(gap: str, words: list[str], lex: DateLexicon) -> bool:
    """Is the text between "after" and a date that names a thing only the start of that
    thing's noun phrase ("after the 2013 shelling", "following North Korea's 2013 test")?"""
    if len(words) > MODIFIER_REACH_WORDS:
        return False
    if all(w.lower() in lex.determiners for w in words):
        return True
    return gap.rstrip().endswith(("'s", "’s"))


def _counted_step(
    expressions: Sequence[DateExpression], after: re.Match[str], lex: DateLexicon
) -> int | None:
    """The number of days of "two days after" ending at ``after``; ``None`` for none/vague."""
    for expr in expressions:
        if expr.kind == "anaphoric" and expr.end == after.end() and expr.start < after.start():
            words = expr.text.lower().split()
            if len(words) >= 3 and words[1].rstrip("s") == "day":
                return lex.cardinal_value(words[0])
    return None


def after_date(
    text: str,
    anchor: tuple[int, int],
    expressions: Sequence[DateExpression],
    published: date,
    lex: DateLexicon,
) -> EventDate | None:
    """Rule 1 of the module docstring: the act follows a dated event of the story's past."""
    for expr in expressions:
        if expr.value is None or expr.kind == "anaphoric" or expr.role in _STATE_ROLES:
            continue
        after = _after_word(text, expr, lex)
        if after is None or not is_background(expr.value, expr.precision, published):
            continue
        # the act's own phrase: "after" follows the trigger, or the whole phrase is fronted
        if not (after.start() >= anchor[1] or expr.end <= anchor[0]):
            continue
        step = _counted_step(expressions, after, lex)
        if expr.precision == "day" and step is not None:
            value, precision = expr.value + timedelta(days=step), "day"
        else:
            value, precision = _coarsen(expr.value, expr.precision, "month")
        return EventDate(value, precision, RELATIVE, text[after.start() : expr.end])
    return None


def _sentence_past(
    expressions: Sequence[DateExpression], published: date
) -> tuple[date, str] | None:
    """The first date of the sentence that lies in the story's past: not a state's bound, nor
    a date that names a thing ("had violated the 1953 armistice")."""
    for expr in expressions:
        if expr.value is None or expr.kind == "anaphoric":
            continue
        if expr.role in _STATE_ROLES or expr.role in _NAMING_ROLES:
            continue
        if is_background(expr.value, expr.precision, published):
            return expr.value, expr.precision
    return None


def background_date(
    text: str,
    anchor: tuple[int, int],
    expressions: Sequence[DateExpression],
    published: date | None,
    context: DateContext | None,
    lex: DateLexicon,
) -> EventDate | None:
    """The date of an undated past act the sentence tells as background (rules 1-2 of the
    module docstring), or ``None`` when the act is plausibly the day's news.  ``expressions``:
    every date expression of the sentence, in any clause."""
    if published is None:
        return None
    dated = after_date(text, anchor, expressions, published, lex)
    if dated is not None:
        return dated
    perfect = is_past_perfect(text, anchor, lex) and not is_reported(text, anchor, lex)
    cue = "had" if perfect else background_cue(text, lex)
    if cue is None:
        return None
    base = _sentence_past(expressions, published)
    last = context.last if context is not None else None
    if base is None and last is not None and is_background(*last, published):
        base = last
    if base is None:
        return None
    value, precision = _coarsen(*base, "month")
    return EventDate(value, precision, RELATIVE, cue)
