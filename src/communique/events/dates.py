"""Event dates: the day an event happened, which is not the day it was reported.

Public API (the event coder calls these with sentence text and character offsets; nothing
here needs spaCy):

* ``find_date_expressions(text, published)`` -- every date expression in a sentence, each
  resolved against the publication date where it is relative.
* ``event_date(text, published, anchor=...)`` -- the ``EventDate`` of the event whose trigger
  sits at ``anchor``.

Why our own rules rather than ``dateparser``: the expressions that matter in wire copy are few
and regular, and the library gets exactly the relative ones wrong ("last October" and "in
October last year" give nothing; a weekday equal to the publication weekday goes back a week;
``search_dates`` invents spans), so we recognise and resolve every form ourselves, with one
documented rule per form.  Conventions:

* Precision ``day`` -- the day; ``week`` -- the Monday of the ISO week ("last week" in a story
  of Monday 12 July 2021 is 5 July 2021); ``month`` -- the 1st; ``year`` -- 1 January.
* Past by default: "on Monday" is the most recent Monday on or before publication (the
  publication day itself when it is a Monday); "on March 4" the most recent 4 March not more
  than two days after publication (time zones); "in October" the most recent October, this
  month included; "last October" the most recent October before this month.
* Future when the clause says so ("will visit ... on Monday", "is due to", "scheduled"): the
  first such day on or after publication.  ``future=True/False`` overrides the cue reading.
* "next Monday" is always after, "last Friday" always before the publication day.
* An anniversary is dated from the origin the sentence gives ("signed on July 11, 1961" +
  "60th anniversary" = 11 July 2021); otherwise it cannot be dated and the event falls back
  to the publication date, marked as such.  Conversely, the event named by "the third
  anniversary of <event>" is dated N years before the anniversary (the sentence's day, else
  the publication day).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from communique.events.dates_anaphora import resolve_anaphors
from communique.events.dates_choose import choose_expression, is_report_date
from communique.events.dates_find import find_hits
from communique.events.dates_lexicon import DateLexicon, default_lexicon
from communique.events.dates_model import (
    ROLE_POINT,
    ROLE_POSSESSIVE,
    DateContext,
    DateExpression,
    NamedEvent,
)
from communique.events.dates_passes import (
    anniversary_origin,
    duration_start,
    merge_weekday_dates,
    resolve_anniversaries,
    when_clause_date,
)
from communique.events.dates_resolve import to_expression
from communique.types import EventDate

__all__ = [
    "DateContext", "DateExpression", "NamedEvent", "event_date", "find_date_expressions",
    "narrative_date",
]  # fmt: skip


def _as_date(published: date | None) -> date | None:
    """Accept a ``datetime`` too (it is a ``date`` subclass but breaks date arithmetic)."""
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    if not isinstance(published, date):
        raise TypeError(f"published must be a date or None, not {type(published).__name__}")
    return published


def find_date_expressions(
    text: str,
    published: date | None,
    *,
    future: bool | None = None,
    lexicon: DateLexicon | None = None,
    context: DateContext | None = None,
) -> list[DateExpression]:
    """Every date expression in ``text`` (one sentence), in text order.

    Offsets are relative to ``text``.  Relative expressions are resolved against
    ``published``; their ``value`` is ``None`` when it is ``None`` (explicit dates with a year
    still resolve).  ``future`` forces the reading of direction-dependent expressions ("on
    Monday", "on March 4", "in October"); ``None`` reads it from the clause.  ``context``
    carries what the article dated before this sentence, for "the next day" and "hours after
    the launch" (``dates_anaphora``).
    """
    lex = lexicon or default_lexicon()
    ref = _as_date(published)
    items = [(hit, to_expression(text, hit, ref, future, lex)) for hit in find_hits(text, lex)]
    items = merge_weekday_dates(text, items, ref, lex)
    items = resolve_anniversaries(items, ref, lex)
    items = resolve_anaphors(text, items, ref, lex, context)
    return [expr for _, expr in items]


def _check_anchor(text: str, anchor: tuple[int, int] | None) -> None:
    if anchor is None:
        return
    start, end = anchor
    if not 0 <= start <= end <= len(text):
        raise ValueError(
            f"anchor {anchor!r} is not a span of the sentence (length {len(text)}): {text[:60]!r}"
        )


def _realign(
    given: Sequence[DateExpression], fresh: Sequence[DateExpression]
) -> list[DateExpression]:
    """Re-resolved versions of the caller's expressions (matched by span)."""
    spans = {(e.start, e.end) for e in given}
    kept = [e for e in fresh if (e.start, e.end) in spans]
    return kept if kept or not given else list(given)


def event_date(
    text: str,
    published: date | None,
    *,
    anchor: tuple[int, int] | None = None,
    expressions: Sequence[DateExpression] | None = None,
    future: bool | None = None,
    lexicon: DateLexicon | None = None,
    context: DateContext | None = None,
    own: Sequence[tuple[int, int]] = (),
) -> EventDate:
    """The date of the event whose trigger is ``text[anchor[0]:anchor[1]]``.

    ``expressions`` lets a coder find the sentence's expressions once and date several events;
    ``future`` is the coder's modality hint (a future event prefers the next Monday, not the
    last).  ``context`` is what the article dated earlier (see ``find_date_expressions``);
    ``own`` lists spans (clauses) that belong to the event although they are set off like an
    aside ("the summit, which took place in Hanoi in February, ...").  Without a usable
    expression the event takes the publication date (basis ``publication``; ``text`` keeps an
    anaphoric expression that was seen but had nothing to count from, such as "the next day" in
    a story with no earlier date); without a publication date either,
    ``EventDate(None, None, "none")``.
    """
    _check_anchor(text, anchor)
    lex = lexicon or default_lexicon()
    ref = _as_date(published)
    # a sentence with no expression has none under any reading: nothing to re-resolve
    if expressions is None or (future is not None and expressions):
        fresh = find_date_expressions(text, ref, future=future, lexicon=lex, context=context)
        expressions = fresh if expressions is None else _realign(expressions, fresh)
    given = list(expressions)
    chosen = (
        anniversary_origin(text, given, anchor, ref, lex)
        or when_clause_date(text, given, anchor)
        or duration_start(text, given, anchor, ref, lex)
    )
    if chosen is None:
        chosen = choose_expression(text, expressions, anchor, lex, own=own)
    if chosen is not None and chosen.value is not None:
        return EventDate(chosen.value, chosen.precision, chosen.basis, chosen.text)
    if ref is not None:
        seen = chosen.text if chosen is not None and chosen.kind == "anaphoric" else ""
        return EventDate(ref, "day", "publication", seen)
    return EventDate(None, None, "none", chosen.text if chosen is not None else "")


def narrative_date(
    text: str,
    published: date | None,
    *,
    context: DateContext | None = None,
    lexicon: DateLexicon | None = None,
) -> EventDate | None:
    """The time a sentence with no coded event moves its story to ("The two envoys met in
    Geneva on Monday."), so that "the next day" in the next sentence counts from it.  ``None``
    when the sentence gives no date of its own: only the date of a report ("officials said on
    Tuesday"), a date that names a thing ("the 1953 armistice") or bounds a state ("since
    2019"), or an expression that cannot be resolved."""
    lex = lexicon or default_lexicon()
    expressions = find_date_expressions(text, _as_date(published), lexicon=lex, context=context)
    chosen = choose_expression(text, expressions, None, lex)
    if chosen is None or chosen.value is None or chosen.role not in {ROLE_POINT, ROLE_POSSESSIVE}:
        return None
    if is_report_date(text, chosen, lex):
        return None
    return EventDate(chosen.value, chosen.precision, chosen.basis, chosen.text)
