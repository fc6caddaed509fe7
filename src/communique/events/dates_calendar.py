"""Calendar arithmetic for event-date resolution: pure functions over ``datetime.date``.

Every "the most recent X on or before the publication date" rule lives here once, so the
recognisers in ``dates_find`` only decide *what* an expression says and never how a calendar
works.  Conventions (shared with ``DateExpression`` and ``EventDate``): a value of precision
``week`` is the Monday of its ISO week, ``month`` the first of the month, ``year`` 1 January.
"""

from __future__ import annotations

from datetime import date, timedelta

# How far after the publication date a past-tense "on July 13" may still fall in the same year:
# outlets and agencies sit in different time zones, so a Seoul event dated the 13th can be
# published in New York on the 12th.  Beyond this margin the previous year is meant.
FUTURE_MARGIN_DAYS = 2


def safe_date(year: int, month: int, day: int) -> date | None:
    """``date(year, month, day)`` or ``None`` when no such day exists (30 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def week_start(day: date) -> date:
    """The Monday of ``day``'s ISO week: the canonical value of a week-precision date."""
    return day - timedelta(days=day.weekday())


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by ``delta`` months, crossing year boundaries."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def weekday_near(ref: date, weekday: int, *, future: bool, strict: bool = False) -> date:
    """The ``weekday`` (0 = Monday) nearest ``ref`` in one direction.

    Past: the most recent such day on or before ``ref`` -- a wire story published on a Monday
    that says "on Monday" means that same day.  Future: the first on or after ``ref``.
    ``strict`` excludes ``ref`` itself ("last Friday" on a Friday is a week ago).
    """
    if future:
        ahead = (weekday - ref.weekday()) % 7
        if strict and ahead == 0:
            ahead = 7
        return ref + timedelta(days=ahead)
    back = (ref.weekday() - weekday) % 7
    if strict and back == 0:
        back = 7
    return ref - timedelta(days=back)


def weekday_in_week(ref: date, weekday: int, week_offset: int) -> date:
    """The ``weekday`` of the ISO week ``week_offset`` weeks from ``ref``'s ("Friday last
    week" is offset -1)."""
    return week_start(ref) + timedelta(days=7 * week_offset + weekday)


def month_day_near(
    ref: date, month: int, day: int, *, future: bool, margin: int = FUTURE_MARGIN_DAYS
) -> date | None:
    """The year-less date ``month``/``day`` placed in the year the writer meant.

    Past: the most recent occurrence not after ``ref`` + ``margin`` days.  Future: the first
    occurrence not before ``ref`` - ``margin``.  Searches a few years so that 29 February
    lands on the nearest leap year; ``None`` when the day never exists (31 April).
    """
    candidates = [safe_date(ref.year + k, month, day) for k in range(-8, 9)]
    found = [c for c in candidates if c is not None]
    if future:
        later = [c for c in found if c >= ref - timedelta(days=margin)]
        return min(later) if later else None
    earlier = [c for c in found if c <= ref + timedelta(days=margin)]
    return max(earlier) if earlier else None


def range_near(
    ref: date,
    start: tuple[int, int],
    end: tuple[int, int],
    *,
    future: bool | None,
    margin: int = FUTURE_MARGIN_DAYS,
) -> date | None:
    """The first day of a year-less range of days ("from March 30 to April 2", "on August 27
    and 28"), with one year inference for both ends (a range that crosses New Year ends in the
    next year).

    Past: the latest range that began by ``ref`` + ``margin``.  Future: the first range that
    has not ended before ``ref`` - ``margin`` (one under way counts).  ``None`` -- the clause
    says neither ("officials meet in Tokyo from March 30 to April 2"): the range nearest the
    publication date, the earlier one on a tie; a schedule is seldom told a year late.
    """
    spans = []
    for k in range(-8, 9):
        first = safe_date(ref.year + k, *start)
        if first is None:
            continue
        last = safe_date(first.year + (1 if end < start else 0), *end) or first
        spans.append((first, last))
    if not spans:
        return None
    if future is True:
        later = [s for s, e in spans if e >= ref - timedelta(days=margin)]
        return min(later) if later else None
    if future is False:
        earlier = [s for s, _ in spans if s <= ref + timedelta(days=margin)]
        return max(earlier) if earlier else None

    def distance(span: tuple[date, date]) -> tuple[int, date]:
        first, last = span
        gap = 0 if first <= ref <= last else min(abs((first - ref).days), abs((last - ref).days))
        return gap, first

    return min(spans, key=distance)[0]


def day_of_month_near(
    ref: date, day: int, *, future: bool, margin: int = FUTURE_MARGIN_DAYS
) -> date | None:
    """ "On the 23rd": the nearest month (in one direction) that has that day."""
    candidates = []
    for k in range(-3, 4):
        year, month = shift_months(ref.year, ref.month, k)
        found = safe_date(year, month, day)
        if found is not None:
            candidates.append(found)
    if future:
        later = [c for c in candidates if c >= ref - timedelta(days=margin)]
        return min(later) if later else None
    earlier = [c for c in candidates if c <= ref + timedelta(days=margin)]
    return max(earlier) if earlier else None


def month_near(ref: date, month: int, *, future: bool, strict: bool = False) -> date:
    """First day of the nearest ``month`` in one direction from ``ref``'s month.

    "In October" (past) is the most recent October whose start is not after ``ref``'s month,
    the current month included; ``strict`` excludes the current month ("last October" written
    in October means a year ago).
    """
    if future:
        ahead = (month - ref.month) % 12
        if strict and ahead == 0:
            ahead = 12
        year, m = shift_months(ref.year, ref.month, ahead)
    else:
        back = (ref.month - month) % 12
        if strict and back == 0:
            back = 12
        year, m = shift_months(ref.year, ref.month, -back)
    return date(year, m, 1)


def season_start(ref: date, first_month: int, offset: int) -> date:
    """First day of a season that starts in ``first_month``: the one under way (or most
    recently begun) at ``ref`` for ``offset`` 0, the one before it for -1, after it for +1."""
    year = ref.year if ref.month >= first_month else ref.year - 1
    return date(year + offset, first_month, 1)


def anniversary_of(origin: date, years: int) -> date:
    """``origin`` moved ``years`` years on; 29 February falls back to 28 February."""
    found = safe_date(origin.year + years, origin.month, origin.day)
    return found if found is not None else date(origin.year + years, origin.month, 28)
