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

from communique.events.dates_choose import choose_expression
from communique.events.dates_find import find_hits
from communique.events.dates_lexicon import DateLexicon, default_lexicon
from communique.events.dates_model import DateExpression
from communique.events.dates_passes import (
    anniversary_origin,
    duration_start,
    merge_weekday_dates,
    resolve_anaphors,
    resolve_anniversaries,
    when_clause_date,
)
from communique.events.dates_resolve import to_expression
from communique.types import EventDate

__all__ = ["DateExpression", "event_date", "find_date_expressions"]


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
) -> list[DateExpression]:
    """Every date expression in ``text`` (one sentence), in text order.

    Offsets are relative to ``text``.  Relative expressions are resolved against
    ``published``; their ``value`` is ``None`` when it is ``None`` (explicit dates with a year
    still resolve).  ``future`` forces the reading of direction-dependent expressions ("on
    Monday", "on March 4", "in October"); ``None`` reads it from the clause.
    """
    lex = lexicon or default_lexicon()
    ref = _as_date(published)
    items = [(hit, to_expression(text, hit, ref, future, lex)) for hit in find_hits(text, lex)]
    items = merge_weekday_dates(text, items, ref, lex)
    items = resolve_anniversaries(items, ref, lex)
    items = resolve_anaphors(text, items, ref, lex)
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
) -> EventDate:
    """The date of the event whose trigger is ``text[anchor[0]:anchor[1]]``.

    ``expressions`` lets a coder find the sentence's expressions once and date several events;
    ``future`` is the coder's modality hint (a future event prefers the next Monday, not the
    last).  Without a usable expression the event takes the publication date (basis
    ``publication``); without that either, ``EventDate(None, None, "none")``.
    """
    _check_anchor(text, anchor)
    lex = lexicon or default_lexicon()
    ref = _as_date(published)
    if expressions is None or future is not None:
        fresh = find_date_expressions(text, ref, future=future, lexicon=lex)
        expressions = fresh if expressions is None else _realign(expressions, fresh)
    given = list(expressions)
    chosen = (
        anniversary_origin(text, given, anchor, ref, lex)
        or when_clause_date(text, given, anchor)
        or duration_start(text, given, anchor, ref, lex)
    )
    if chosen is None:
        chosen = choose_expression(text, expressions, anchor, lex)
    if chosen is not None and chosen.value is not None:
        return EventDate(chosen.value, chosen.precision, chosen.basis, chosen.text)
    if ref is not None:
        return EventDate(ref, "day", "publication")
    return EventDate(None, None, "none", chosen.text if chosen is not None else "")
