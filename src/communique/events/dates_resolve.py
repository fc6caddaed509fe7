"""Turning one recogniser match (``dates_find.Hit``) into a resolved ``DateExpression``.

Each match is resolved on its own against the publication date, looking backwards unless its
clause is about the future ("will visit ... on Monday").  What needs the rest of the sentence
(anniversaries, "the day before", "Monday, July 12") is done afterwards in ``dates_passes``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from communique.events.dates_calendar import (
    day_of_month_near,
    month_day_near,
    month_near,
    range_near,
    safe_date,
    season_start,
    shift_months,
    week_start,
    weekday_in_week,
    weekday_near,
)
from communique.events.dates_find import Hit
from communique.events.dates_lexicon import DateLexicon, phrase_alternation
from communique.events.dates_model import DateExpression

EXPLICIT, RELATIVE = "explicit", "relative"
DAY, WEEK, MONTH, YEAR = "day", "week", "month", "year"
REL_OFFSET: dict[str, int | None] = {
    "last": -1, "past": -1, "the previous": -1, "this": 0, "the same": 0, "that": 0,
    "next": 1, "the coming": 1, "the following": None,
}  # fmt: skip
DAYWORD_OFFSET = {"the day before yesterday": -2, "yesterday": -1, "last night": -1}
# Kinds whose value depends on reading the clause as past or future.
DIRECTIONAL = frozenset({"weekday", "mdy", "dmy", "bare_month", "day_of_month", "weekend"})
BOUNDARY = re.compile(r"[,;:()\[\]—–]|\s--\s")

Resolution = tuple[date | None, str, str, str]  # value, precision, basis, kind


@dataclass(frozen=True, slots=True, eq=False)
class CuePatterns:
    future: re.Pattern[str]
    reporting: re.Pattern[str]
    past: re.Pattern[str]


@lru_cache(maxsize=8)
def cue_patterns(lex: DateLexicon) -> CuePatterns:
    words = [c for c in lex.future_cues if c[0] not in "'’"]
    clitics = [c for c in lex.future_cues if c[0] in "'’"]
    future = rf"(?i:(?<![\w'’])(?:{phrase_alternation(words)})(?![\w])"
    if clitics:
        future += rf"|(?:{phrase_alternation(clitics)})(?![\w])"
    return CuePatterns(
        future=re.compile(future + ")"),
        reporting=re.compile(
            rf"(?i:(?<![\w])(?:{phrase_alternation(lex.reporting_verbs)})(?![\w]))"
        ),
        # regular past forms, not "-eed" ("need", "proceed")
        past=re.compile(
            rf"(?<![\w'’])(?:(?i:{phrase_alternation(lex.past_cues) or '(?!)'})|[a-z]+[^e\W]ed)"
            r"(?![\w'’])"
        ),
    )


# --------------------------------------------------------------------------- direction


def _segment(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the comma/semicolon/bracket-delimited piece of text around a span."""
    left = 0
    for m in BOUNDARY.finditer(text, 0, start):
        left = m.end()
    right_match = BOUNDARY.search(text, end)
    return left, (right_match.start() if right_match else len(text))


def is_future_context(text: str, start: int, end: int, lex: DateLexicon) -> bool:
    """Does the clause around ``text[start:end]`` speak of the future?

    Looks for a cue ("will", "is due to", "scheduled") to the left of the expression in its
    own segment, after the last reporting verb ("Kim said he will visit on Monday").  An
    expression that opens its clause ("On Monday, Kim will ...") looks right instead, up to a
    reporting verb, so "On Monday Kim said he will go" stays in the past.
    """
    cues = cue_patterns(lex)
    left_bound, right_bound = _segment(text, start, end)
    left = text[left_bound:start]
    reports = list(cues.reporting.finditer(left))
    if reports:
        left = left[reports[-1].end() :]
    if cues.future.search(left):
        return True
    if left.strip():
        return False
    right = text[end:right_bound]
    if not right.strip() and right_bound < len(text):
        _, next_right = _segment(text, right_bound + 1, right_bound + 1)
        right = text[right_bound + 1 : next_right]
    report = cues.reporting.search(right)
    if report:
        right = right[: report.start()]
    return bool(cues.future.search(right))


def is_past_context(text: str, start: int, lex: DateLexicon) -> bool:
    """Does the clause left of ``text[start:]`` (its own segment) have a past-tense verb ("talks
    were held on August 27 and 28")?  Used only where neither direction is the default."""
    cues = cue_patterns(lex)
    left_bound, _ = _segment(text, start, start)
    reports = list(cues.reporting.finditer(text, left_bound, start))
    if reports:  # "officials said the talks run from ...": the saying is not the clause
        left_bound = reports[-1].end()
    return bool(cues.past.search(text, left_bound, start))


# --------------------------------------------------------------------------- single matches


def _year_offset(ref: date | None, word: str | None) -> int | None:
    offset = REL_OFFSET.get(word.lower()) if word else None
    return None if ref is None or offset is None else ref.year + offset


def _range_end(hit: Hit, lex: DateLexicon) -> tuple[int, int] | None:
    """(month, day) of the last day of a range ("March 30 to April 2", "27-28 August")."""
    month = lex.month_number(hit.groups["m"])
    if (d2 := hit.get("d2")) is not None:
        m2 = hit.get("m2")
        return (lex.month_number(m2) if m2 else month), int(d2)
    if (d0 := hit.get("d0")) is not None:  # "27-28 August"
        return month, int(d0)
    return None


def _month_day(hit: Hit, ref: date | None, future: bool | None, lex: DateLexicon) -> Resolution:
    """``future`` ``None``: the clause gives no direction (only ranges use that reading)."""
    month, day = lex.month_number(hit.groups["m"]), int(hit.groups["d"])
    if (year := hit.get("y")) is not None:
        return safe_date(int(year), month, day), DAY, EXPLICIT, "absolute"
    if hit.get("yrel") is not None:
        year_num = _year_offset(ref, hit.get("yrel"))
        value = None if year_num is None else safe_date(year_num, month, day)
        return value, DAY, EXPLICIT, "month-day"
    if ref is None:
        return None, DAY, EXPLICIT, "month-day"
    if (end := _range_end(hit, lex)) is not None:
        return range_near(ref, (month, day), end, future=future), DAY, EXPLICIT, "month-day"
    return month_day_near(ref, month, day, future=bool(future)), DAY, EXPLICIT, "month-day"


def _numeric(hit: Hit) -> Resolution:
    """ "11/07/2021": only when the order is unambiguous (one part above 12, or both equal)."""
    a, b, year = int(hit.groups["a"]), int(hit.groups["b"]), int(hit.groups["y"])
    if a > 12 >= b:
        value = safe_date(year, b, a)
    elif b > 12 >= a or a == b:
        value = safe_date(year, a, b)
    else:
        value = None
    return value, DAY, EXPLICIT, "numeric"


def _bare_month(hit: Hit, ref: date | None, future: bool, lex: DateLexicon) -> Resolution:
    """ "in October", "last October" (the most recent October before this month), "this
    October" (this year's), "next October"."""
    month = lex.month_number(hit.groups["m"])
    if ref is None:
        return None, MONTH, EXPLICIT, "month"
    if hit.rel in {"last", "past"}:
        value = month_near(ref, month, future=False, strict=True)
    elif hit.rel == "next":
        value = month_near(ref, month, future=True, strict=True)
    elif hit.rel == "this":
        value = date(ref.year, month, 1)
    else:
        value = month_near(ref, month, future=future)
    return value, MONTH, EXPLICIT, "month"


def _weekday(hit: Hit, ref: date | None, future: bool, lex: DateLexicon) -> Resolution:
    weekday = lex.weekdays[hit.groups["w"]]
    if ref is None:
        return None, DAY, RELATIVE, "weekday"
    if (week := hit.get("wk")) is not None:
        value = weekday_in_week(ref, weekday, REL_OFFSET[week.lower()] or 0)
    elif hit.rel in {"last", "past"}:
        value = weekday_near(ref, weekday, future=False, strict=True)
    elif hit.rel == "next":
        value = weekday_near(ref, weekday, future=True, strict=True)
    else:
        value = weekday_near(ref, weekday, future=future)
    return value, DAY, RELATIVE, "weekday"


def _weekend(rel: str | None, ref: date, future: bool) -> date:
    """Week (Monday) of the weekend meant; "over the weekend" is the latest one begun."""
    saturday = weekday_near(ref, 5, future=False)
    if rel == "next" or (future and rel in {None, "this"} and ref.weekday() < 5):
        saturday = weekday_near(ref, 5, future=True, strict=True)
    elif rel in {"last", "the previous"} and ref.weekday() >= 5:
        saturday -= timedelta(days=7)
    return week_start(saturday)


def _period(hit: Hit, ref: date | None, future: bool) -> Resolution:
    unit = hit.groups["unit"].lower() if "unit" in hit.groups else "weekend"
    rel = " ".join(hit.groups["rel"].lower().split()) if "rel" in hit.groups else None
    precision = {"week": WEEK, "weekend": WEEK, "month": MONTH, "year": YEAR}[unit]
    offset = REL_OFFSET.get(rel, 0) if rel else 0
    if ref is None or offset is None:  # "the following week": counted from an unknown day
        return None, precision, RELATIVE, "relative-period"
    if unit == "weekend":
        value = _weekend(rel, ref, future)
    elif unit == "week":
        value = week_start(ref) + timedelta(days=7 * offset)
    elif unit == "month":
        value = date(*shift_months(ref.year, ref.month, offset), 1)
    else:
        value = date(ref.year + offset, 1, 1)
    return value, precision, RELATIVE, "relative-period"


def _ago(hit: Hit, ref: date | None, lex: DateLexicon) -> Resolution:
    """ "two days ago" (day), "three weeks ago" (week), "a month ago" (month), "a year ago"
    (year); "a few days ago" widens to the week."""
    unit, n = hit.groups["unit"].lower(), lex.cardinal_value(hit.groups["n"])
    if unit == "fortnight":  # "a fortnight ago": two weeks, at week precision
        unit, n = "week", (None if n is None else 2 * n)
    if ref is None:
        return None, {"day": DAY, "week": WEEK}.get(unit, unit), RELATIVE, "ago"
    if unit == "day":
        if n is None:
            return week_start(ref - timedelta(days=3)), WEEK, RELATIVE, "ago"
        return ref - timedelta(days=n), DAY, RELATIVE, "ago"
    if n is None:
        return None, unit, RELATIVE, "ago"
    if unit == "week":
        return week_start(ref - timedelta(days=7 * n)), WEEK, RELATIVE, "ago"
    if unit == "month":
        return date(*shift_months(ref.year, ref.month, -n), 1), MONTH, RELATIVE, "ago"
    return date(ref.year - n, 1, 1), YEAR, RELATIVE, "ago"


def _day_of_month(hit: Hit, ref: date | None, future: bool) -> Resolution:
    day = int(hit.groups["d"])
    if ref is None:
        return None, DAY, EXPLICIT, "day-of-month"
    if (mrel := hit.get("mrel")) is not None:
        offset = REL_OFFSET.get(" ".join(mrel.lower().split()), 0) or 0
        return (
            safe_date(*shift_months(ref.year, ref.month, offset), day),
            DAY,
            EXPLICIT,
            ("day-of-month"),
        )
    return day_of_month_near(ref, day, future=future), DAY, EXPLICIT, "day-of-month"


def _season(hit: Hit, ref: date | None, lex: DateLexicon) -> Resolution:
    """Seasons (northern hemisphere) carry year precision: the year most of it falls in."""
    first = lex.seasons[hit.groups["season"].lower()]
    spill = 1 if first == 12 else 0  # winter is mostly in the next calendar year
    if (year := hit.get("y")) is not None:
        return date(int(year), 1, 1), YEAR, EXPLICIT, "season"
    if ref is None:
        return None, YEAR, RELATIVE, "season"
    rel = hit.groups["rel"].lower()
    current = season_start(ref, first, 0)
    under_way = shift_months(current.year, current.month, 3) > (ref.year, ref.month)
    if rel == "this":
        start = current if under_way else date(ref.year, first, 1)
    elif rel == "last":
        start = season_start(ref, first, -1) if under_way else current
    else:
        start = season_start(ref, first, 1)
    return date(start.year + spill, 1, 1), YEAR, RELATIVE, "season"


def resolve_hit(
    hit: Hit, ref: date | None, future: bool, lex: DateLexicon, *, undirected: bool = False
) -> Resolution:
    """Resolve one match on its own (anaphors and anniversaries are finished later).
    ``undirected``: nothing in the clause (no cue, no caller) said past or future; a range of
    days then takes the year nearest publication (``dates_calendar.range_near``)."""
    kind, groups = hit.kind, hit.groups
    if kind == "iso":
        return (
            safe_date(int(groups["y"]), int(groups["m"]), int(groups["d"])),
            DAY,
            EXPLICIT,
            ("absolute"),
        )
    if kind == "numeric":
        return _numeric(hit)
    if kind in {"mdy", "dmy"}:
        return _month_day(hit, ref, None if undirected else future, lex)
    if kind == "month_year":
        return (
            safe_date(int(groups["y"]), lex.month_number(groups["m"]), 1),
            MONTH,
            (EXPLICIT),
            "absolute",
        )
    if kind == "month_rel_year":
        year = _year_offset(ref, groups["yrel"])
        value = None if year is None else date(year, lex.month_number(groups["m"]), 1)
        return value, MONTH, EXPLICIT, "month"
    if kind == "bare_month":
        return _bare_month(hit, ref, future, lex)
    if kind == "year":
        return date(int(groups["y"]), 1, 1), YEAR, EXPLICIT, "absolute"
    if kind == "weekday":
        return _weekday(hit, ref, future, lex)
    if kind == "dayword":
        offset = DAYWORD_OFFSET.get(" ".join(groups["dw"].lower().split()), 0)
        return (
            (None if ref is None else ref + timedelta(days=offset)),
            DAY,
            RELATIVE,
            ("relative-day"),
        )
    if kind in {"period", "weekend"}:
        return _period(hit, ref, future)
    if kind == "ago":
        return _ago(hit, ref, lex)
    if kind == "day_of_month":
        return _day_of_month(hit, ref, future)
    if kind in {"season_rel", "season_year"}:
        return _season(hit, ref, lex)
    if kind == "anaphoric":
        return None, DAY, RELATIVE, "anaphoric"
    if kind == "ana_period":  # "later that week": finished in ``dates_passes``
        return None, groups["punit"].lower(), RELATIVE, "anaphoric"
    return None, DAY, EXPLICIT, "anniversary"


def to_expression(
    text: str, hit: Hit, ref: date | None, forced: bool | None, lex: DateLexicon
) -> DateExpression:
    future = forced
    if future is None:
        future = hit.kind in DIRECTIONAL and is_future_context(text, hit.start, hit.end, lex)
    ranged = hit.get("d2") is not None or hit.get("d0") is not None
    undirected = forced is None and not future and ranged
    undirected = undirected and not is_past_context(text, hit.start, lex)
    value, precision, basis, kind = resolve_hit(hit, ref, future, lex, undirected=undirected)
    value = month_part(value, precision, hit.premod, ref, future, lex)
    return DateExpression(
        hit.start, hit.end, text[hit.start : hit.end], value, precision, basis, kind,
        role=hit.role, future=future,
    )  # fmt: skip


def month_part(
    value: date | None,
    precision: str,
    premod: str | None,
    ref: date | None,
    future: bool,
    lex: DateLexicon,
) -> date | None:
    """The day that stands for "early/mid/late <month>" ("late last month" ~ the 25th).

    Why: the precision stays ``month`` (an analyst still reads it as that month, and merge
    keys compare whole months), but the day within it is where the text puts the event, so a
    consumer that needs one day gets a near one instead of the 1st, which is twenty days off
    for "late".  A past event is never put after the publication day ("early this month"
    read on the 3rd stays on or before the 3rd).
    """
    if value is None or precision != MONTH or premod is None:
        return value
    day = lex.month_part_days.get(" ".join(premod.lower().split()))
    if day is None:
        return value
    shifted = safe_date(value.year, value.month, day) or value
    if ref is not None and not future and value <= ref < shifted:
        return ref
    return shifted
