"""Anaphoric dates: "the next day", "two days later", "later that week", "hours after the launch".

These expressions name no day of their own; they count from another one.  In order:

1. an earlier day of the same sentence ("fired on Sunday and again the next day");
2. for an expression that governs a clause or noun ("hours after the launch", "two days after
   North Korea fired"), the date the article gave that event earlier (``DateContext.named``);
3. otherwise the article's latest dated event (``DateContext.previous``): wire copy chains its
   dates ("North Korea fired two missiles on Tuesday. The next day, Japan protested.") and
   "the next day" means the day after that Tuesday, not after publication;
4. with none of these, what can be read from the publication date: a backward step ("the day
   before") counts from it like "yesterday"; "N days after <clause>" dates the clause N days
   before it.  Anything else stays unresolved and the event falls back to the publication date,
   marked ``publication``.

Counting keeps the unit of the expression: days for "the next day", ISO weeks for "later that
week" (value: the Monday), months, years.  A base coarser than the unit cannot be counted from:
"ten days later" after "in March" stays unresolved, while "the next day" after "In 2018, ..."
is dated to 2018 at year precision (a step of a day or two stays inside the period).  A count
that lands after publication in a clause that is not about the future is dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from communique.events.dates_calendar import FUTURE_MARGIN_DAYS, shift_months, week_start
from communique.events.dates_find import Hit
from communique.events.dates_lexicon import DateLexicon
from communique.events.dates_model import (
    EVENT_ROLES,
    PRECISIONS,
    ROLE_POINT,
    ROLE_POSSESSIVE,
    ROLE_REFERENCE,
    DateContext,
    DateExpression,
    NamedEvent,
)
from communique.events.dates_resolve import is_future_context

DAY, WEEK = "day", "week"
# "two days after it warned Seoul", "the day before the summit": counted from another event.
BOUND_TO_NAMED_EVENT = re.compile(
    r"\s+(?:(?i:the|a|an|his|her|its|their|he|she|it|they|we|i|you|this|that)\b|[A-Z]|\w+ing\b)"
)
# How far after a governing expression the words naming its event may start ("hours after
# North Korea's latest launch"): a few words, no punctuation.
NAMED_REACH = re.compile(r"[^,;:()\[\].!?—–]{0,60}")
# "the previous week", "the following month": period expressions that count from the story.
ANAPHORIC_PERIODS = {"the previous": -1, "the following": 1}
# Words of an anaphoric phrase that count back from the day it refers to ("the day before",
# "the previous day", "the eve of").
_BACKWARD_WORDS = frozenset({"before", "previous", "eve"})

Item = tuple[Hit, DateExpression]
# Longest counted step (in days) read as staying inside the month or year it starts from.
COARSE_STEP_DAYS = 7


def _rank(precision: str | None) -> int:
    return PRECISIONS.index(precision) if precision in PRECISIONS else len(PRECISIONS)


def _step(hit: Hit, expr: DateExpression, lex: DateLexicon) -> tuple[int | None, str] | None:
    """(offset, unit) of an anaphoric expression; ``None`` for any other expression.  The
    offset is ``None`` when the text gives no number ("days later", "a few days later")."""
    if hit.kind == "period":
        rel = " ".join(hit.groups.get("rel", "").lower().split())
        unit = hit.groups.get("unit", "").lower()
        if rel in ANAPHORIC_PERIODS and unit in {"week", "month", "year"}:
            return ANAPHORIC_PERIODS[rel], unit
        return None
    if expr.kind != "anaphoric":
        return None
    phrase = " ".join(hit.groups["ana"].lower().split())
    if hit.kind == "ana_period":
        return 0, hit.groups["punit"].lower()
    if "vague" in hit.groups:
        return None, DAY
    if "hours" in hit.groups or "soon" in hit.groups:
        return 0, DAY  # "hours later", "shortly after the launch": the same day
    if "same" in phrase or phrase.startswith(("that", "later", "earlier")):
        return 0, DAY
    n = lex.cardinal_value(hit.groups["n"]) if "n" in hit.groups else 1
    if n is None:
        return None, DAY
    if (hit.get("aunit") or "").lower() == "week":  # "one week after", "two weeks earlier"
        n *= 7
    direction = (hit.get("dir") or "").lower()
    # "on the eve of the summit" is the day before it.  Whole words only: "eve" is inside
    # "seven", "eleven" and "seventeen" ("seven days later" counts forwards).
    backwards = bool(_BACKWARD_WORDS & set(phrase.split())) or direction in {"earlier", "before"}
    return (-n if backwards else n), DAY


def shift(base: date, offset: int, unit: str) -> date:
    """``base`` moved ``offset`` units, as the canonical value of that unit's precision."""
    if unit == DAY:
        return base + timedelta(days=offset)
    if unit == WEEK:
        return week_start(base) + timedelta(days=7 * offset)
    if unit == "month":
        return date(*shift_months(base.year, base.month, offset), 1)
    return date(base.year + offset, 1, 1)


def _sentence_base(earlier: list[Item], unit: str) -> date | None:
    """The latest earlier date of the sentence fine enough to count ``unit`` from."""
    bases = [
        e.value
        for _, e in earlier
        if e.kind != "anaphoric" and e.value is not None and e.role in EVENT_ROLES
        and _rank(e.precision) <= _rank(unit)
    ]  # fmt: skip
    return bases[-1] if bases else None


def _within(day: date, value: date, precision: str) -> bool:
    """Does ``day`` fall in the period ``value`` stands for at ``precision``?"""
    if precision == WEEK:
        return week_start(day) == value
    if precision == "month":
        return (day.year, day.month) == (value.year, value.month)
    if precision == "year":
        return day.year == value.year
    return day == value


def _story_base(context: DateContext, unit: str) -> date | None:
    """The article's latest date fine enough to count ``unit`` from.

    A coarser date mentioned since then keeps the chain only when it contains that date ("...
    on Tuesday.  It was the third launch this month.  The next day ..."); after "In 2018, Kim
    met Trump in Singapore." the story has moved to a day it does not name, and "the next day"
    cannot be counted."""
    coarser: list[tuple[date, str]] = []
    for value, precision in context.previous:
        if _rank(precision) > _rank(unit):
            coarser.append((value, precision))
            continue
        if all(_within(value, v, p) for v, p in coarser):
            return value
        return None
    return None


def _coarse_base(context: DateContext, offset: int | None, unit: str) -> tuple[date, str] | None:
    """ "In 2018, Kim met Trump in Singapore. The next day, ...": the story's latest date is
    a month or a year, and a step of a day or two stays inside it (but for its last day), so
    the event is dated to that month or year rather than to the publication day."""
    if not context.previous or unit != DAY or offset is None or abs(offset) > 2:
        return None
    value, precision = context.previous[0]
    return (value, precision) if precision in {"month", "year"} else None


def _named_after(text: str, expr: DateExpression, context: DateContext) -> NamedEvent | None:
    """The earlier-dated event named in the phrase an expression governs ("after the launch")."""
    reach = NAMED_REACH.match(text, expr.end)
    limit = reach.end() if reach else expr.end
    named = [n for n in context.named if expr.end <= n.start and n.end <= limit]
    return min(named, key=lambda n: n.start) if named else None


def _dated_in_phrase(
    text: str, expr: DateExpression, later: list[Item]
) -> tuple[int, NamedEvent] | None:
    """The date the phrase governed by ``expr`` gives its own event ("the eve of Monday's
    summit", "two days after the June 10 vote"), as (index into ``later``, event)."""
    reach = NAMED_REACH.match(text, expr.end)
    limit = reach.end() if reach else expr.end
    for k, (_, other) in enumerate(later):
        if other.start >= limit:
            break
        if other.kind != "anaphoric" and other.value is not None and other.end <= limit:
            return k, NamedEvent(other.start, other.end, other.value, other.precision)
    return None


def _named_before(expr: DateExpression, context: DateContext) -> NamedEvent | None:
    """An earlier-dated event named in the main clause ("The launch came a week after ..."):
    the day the governed clause is counted back from."""
    named = [n for n in context.named if n.subject and n.end <= expr.start]
    return max(named, key=lambda n: n.start) if named else None


def _past_the_story(
    text: str, expr: DateExpression, value: date, ref: date | None, lex: DateLexicon
) -> bool:
    """Did counting forward land after the story was filed, in a clause that does not speak
    of the future?  Then the count started from the wrong day (the article's latest date was
    not what "two days later" counts from), and no date is better than an impossible one."""
    if ref is None or value <= ref + timedelta(days=FUTURE_MARGIN_DAYS):
        return False
    return not is_future_context(text, expr.start, expr.end, lex)


def _governs(text: str, expr: DateExpression) -> bool:
    phrase = text[expr.start : expr.end].lower().rstrip()
    governing = phrase.endswith(("before", "after")) or phrase.endswith("eve of")
    return governing and bool(BOUND_TO_NAMED_EVENT.match(text, expr.end))


def _governing(
    text: str, expr: DateExpression, offset: int | None, unit: str, base: date | None,
    ref: date | None, context: DateContext, lex: DateLexicon, own: NamedEvent | None = None,
) -> DateExpression:  # fmt: skip
    """ "Two days after it warned Seoul": the expression dates the clause it governs, as the
    main clause's day minus the offset ("fired on Sunday, two days after it warned" -- the
    warning was on Friday; "the launch came a week after ..." when the article dated the
    launch).  When the article dated the governed event earlier ("hours after the launch"),
    that date is the clause's and the main clause is counted from it."""
    value, precision, main, main_precision = None, expr.precision, None, DAY
    named = own or (_named_after(text, expr, context) if base is None else None)
    base = None if own is not None else base
    before = _named_before(expr, context) if base is None and named is None else None
    if before is not None and _rank(before.precision) <= _rank(unit):
        base = before.value
    if offset is not None and base is not None:
        value = shift(base, -offset, unit)
    elif named is not None:
        value, precision = named.value, named.precision
        if offset is not None and _rank(named.precision) <= _rank(unit):
            main = shift(named.value, offset, unit)
            if _past_the_story(text, expr, main, ref, lex):
                main = None
        elif _within_period(offset, unit, named.precision):
            # "days after the accusation" (dated to March): the act falls in the same period
            main, main_precision = named.value, named.precision
    elif offset is not None and offset > 0 and ref is not None:
        # "The statement came two days after the Treasury sanctioned ...": with no day in the
        # sentence the main event is the day's news, so the governed (earlier) event is
        # counted back from the publication date.
        value = shift(ref, -offset, unit)
    return replace(
        expr, value=value, precision=precision, role=ROLE_REFERENCE, main_value=main,
        main_precision=main_precision,
    )  # fmt: skip


def _within_period(offset: int | None, unit: str, precision: str) -> bool:
    """Does a step of ``offset`` ``unit`` (``None``: "days", "a few days") from an event dated
    at the coarser ``precision`` most likely stay inside that month or year?"""
    if unit != DAY or precision not in {"month", "year"}:
        return False
    return offset is None or 0 <= offset <= COARSE_STEP_DAYS


def resolve_anaphors(
    text: str,
    items: list[Item],
    ref: date | None,
    lex: DateLexicon,
    context: DateContext | None = None,
) -> list[Item]:
    """Resolve every anaphoric expression of a sentence (see the module docstring).

    Expressions that govern a clause get ``ROLE_REFERENCE``; "the day before the summit" with
    no day to count from stays unresolved rather than pointing past the story."""
    ctx = context or DateContext()
    out = list(items)
    for i, (hit, expr) in enumerate(items):
        step = _step(hit, expr, lex)
        if step is None:
            continue
        offset, unit = step
        base = _sentence_base(out[:i], unit)
        if _governs(text, expr):
            inner = _dated_in_phrase(text, expr, out[i + 1 :])
            own = None if inner is None else inner[1]
            out[i] = (hit, _governing(text, expr, offset, unit, base, ref, ctx, lex, own))
            if inner is not None:  # that date is the governed event's, not the main clause's
                j = i + 1 + inner[0]
                if out[j][1].role in {ROLE_POINT, ROLE_POSSESSIVE}:
                    out[j] = (out[j][0], replace(out[j][1], role=ROLE_REFERENCE))
            continue
        base = base if base is not None else _story_base(ctx, unit)
        precision = unit
        if base is None and (coarse := _coarse_base(ctx, offset, unit)) is not None:
            base, precision, offset, unit = coarse[0], coarse[1], 0, coarse[1]
        if offset is not None and base is not None:
            value: date | None = shift(base, offset, unit)
            if _past_the_story(text, expr, value, ref, lex):
                value = None
        elif hit.kind == "period":
            value = expr.value  # "the previous week" with no story date: from publication
        elif offset is not None and offset < 0 and ref is not None and unit == DAY:
            value = ref + timedelta(days=offset)  # "the day before", like "yesterday"
        else:
            value = None
        out[i] = (hit, replace(expr, value=value, precision=precision))
    return out
