"""Sentence-level passes over resolved date expressions.

After each expression is resolved on its own (``dates_resolve``), two things need the rest of
the sentence: a weekday glued to a date ("Monday, July 12") becomes one expression; an
anniversary takes its date from the origin the sentence gives ("signed on July 11, 1961" +
"60th anniversary").  "The day before" and its kind are resolved in ``dates_anaphora``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from communique.events.dates_calendar import anniversary_of, safe_date
from communique.events.dates_find import Hit
from communique.events.dates_lexicon import DateLexicon
from communique.events.dates_model import (
    ROLE_ORIGIN,
    ROLE_POINT,
    DateExpression,
)

DAY, MONTH = "day", "month"
GLUE = re.compile(r",?\s*\(?\s*")
Item = tuple[Hit, DateExpression]


def merge_weekday_dates(
    text: str, items: list[Item], ref: date | None, lex: DateLexicon
) -> list[Item]:
    """ "Monday, July 12" / "Monday (July 12)": one expression; the weekday picks the year
    of a year-less date when it can."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        hit, expr = items[i]
        nxt = items[i + 1] if i + 1 < len(items) else None
        if (
            nxt is not None
            and expr.kind == "weekday"
            and nxt[1].kind in {"absolute", "month-day"}
            and nxt[1].precision == DAY
            and GLUE.fullmatch(text[expr.end : nxt[1].start])
        ):
            n_hit, n_expr = nxt
            end = n_expr.end + (1 if text[n_expr.end : n_expr.end + 1] == ")" else 0)
            value = n_expr.value
            if n_expr.kind == "month-day" and ref is not None and value is not None:
                value = _year_by_weekday(value, ref, lex.weekdays[hit.groups["w"]])
            merged = replace(
                n_expr, start=expr.start, end=end, text=text[expr.start : end], value=value,
                role=expr.role, future=expr.future,
            )  # fmt: skip
            out.append((replace(n_hit, start=expr.start, end=end), merged))
            i += 2
            continue
        out.append((hit, expr))
        i += 1
    return out


def _year_by_weekday(value: date, ref: date, weekday: int) -> date:
    """Among the nearest years, the one in which ``value``'s day falls on ``weekday``."""
    options = [safe_date(ref.year + k, value.month, value.day) for k in (-1, 0, 1)]
    fitting = [d for d in options if d is not None and d.weekday() == weekday]
    return min(fitting, key=lambda d: abs((d - ref).days)) if fitting else value


def _anniversary_years(hit: Hit, lex: DateLexicon) -> int | None:
    if (n := hit.get("n")) is not None:
        return int(n)
    return lex.ordinal_value(hit.groups["nw"]) if "nw" in hit.groups else None


def resolve_anniversaries(items: list[Item], ref: date | None, lex: DateLexicon) -> list[Item]:
    """Give each "Nth anniversary" the origin date + N years when the sentence states the
    origin ("signed on July 11, 1961").  The origin is marked ``ROLE_ORIGIN`` so that it is
    not mistaken for the date of what happens now.  A year-only origin confirms the link but
    gives no day, so the anniversary stays unresolved (the caller falls back to publication)."""
    out = list(items)
    for i, (hit, expr) in enumerate(items):
        if expr.kind != "anniversary":
            continue
        years = _anniversary_years(hit, lex)
        origins = [
            (j, e) for j, (_, e) in enumerate(items)
            if j != i and e.kind == "absolute" and e.value is not None
            and (years is not None or e.start > expr.end)
            and (years is None or ref is None or abs(e.value.year + years - ref.year) <= 1)
        ]  # fmt: skip
        if not origins:
            continue
        j, origin = min(origins, key=lambda je: (je[1].start < expr.end, abs(je[0] - i)))
        value = None
        if years is not None and origin.value is not None:
            if origin.precision == DAY:
                value = anniversary_of(origin.value, years)
            elif origin.precision == MONTH:
                value = date(origin.value.year + years, origin.value.month, 1)
        precision = origin.precision if value is not None else DAY
        out[i] = (hit, replace(expr, value=value, precision=precision))
        if origin.role == ROLE_POINT:
            out[j] = (out[j][0], replace(origin, role=ROLE_ORIGIN))
    return out


ANNIVERSARY_OF = re.compile(r"\s+of\s+[^,;:()]*")
ORDINAL_DIGITS = re.compile(r"(\d{1,3})(?:st|nd|rd|th)\b", re.IGNORECASE)


def _years_in(text: str, lex: DateLexicon) -> int | None:
    """N of "the third anniversary", "its 60th anniversary", "the twenty-fifth anniversary"."""
    if m := ORDINAL_DIGITS.search(text):
        return int(m.group(1))
    words = text.replace("-", " ").split()
    for k in range(len(words)):
        for width in (2, 1):
            value = lex.ordinal_value(" ".join(words[k : k + width]))
            if value is not None and len(words[k : k + width]) == width:
                return value
    return None


def anniversary_origin(
    text: str,
    expressions: list[DateExpression],
    anchor: tuple[int, int] | None,
    ref: date | None,
    lex: DateLexicon,
) -> DateExpression | None:
    """ "adopted sanctions on Monday, on the third anniversary of Moscow's invasion": the event
    named in the "of" phrase happened N years before the anniversary, which is the sentence's
    day (or, without one, the publication day).  ``None`` unless the anchor is in that phrase."""
    if anchor is None:
        return None
    for expr in expressions:
        if expr.kind != "anniversary":
            continue
        phrase = ANNIVERSARY_OF.match(text, expr.end)
        if phrase is None or not (phrase.start() < anchor[0] and anchor[1] <= phrase.end()):
            continue
        years = _years_in(expr.text, lex)
        days = [
            e.value for e in expressions
            if e is not expr and e.kind != "anniversary" and e.precision == DAY
            and e.role == ROLE_POINT and e.value is not None and e.end <= expr.start
        ]  # fmt: skip
        base = expr.value or (days[-1] if days else ref)
        if years is None or base is None:
            return None
        origin = safe_date(base.year - years, base.month, base.day)
        if origin is None:  # 29 February
            origin = date(base.year - years, base.month, 28)
        return replace(expr, value=origin, precision=DAY, basis="relative", role=ROLE_ORIGIN)
    return None


WHEN_CLAUSE = re.compile(r",?\s+when\s+[^,;:()]*", re.IGNORECASE)


def when_clause_date(
    text: str, expressions: list[DateExpression], anchor: tuple[int, int] | None
) -> DateExpression | None:
    """ "has not held talks since October last year, when negotiations broke down in
    Stockholm": a "when" clause right after a date tells what happened at that date, whatever
    role the date plays for the main clause.  ``None`` unless the anchor is in such a clause."""
    if anchor is None:
        return None
    for expr in expressions:
        clause = WHEN_CLAUSE.match(text, expr.end)
        if expr.value is None or clause is None:
            continue
        if clause.start() < anchor[0] and anchor[1] <= clause.end():
            return replace(expr, role=ROLE_POINT)
    return None


def _duration_pattern(lex: DateLexicon) -> re.Pattern[str]:
    cards = "|".join(sorted((re.escape(c) for c in lex.cardinals), key=len, reverse=True))
    return re.compile(
        rf"(?i:(?<![\w])after\s+(?P<n>\d{{1,2}}|{cards})\s+(?P<unit>day|week)s?\s+of\s+"
        rf"[^,;:()]*)"
    )


def duration_start(
    text: str,
    expressions: list[DateExpression],
    anchor: tuple[int, int] | None,
    ref: date | None,
    lex: DateLexicon,
) -> DateExpression | None:
    """ "announced the deal after four days of talks in Beijing": the talks began N days before
    the sentence's day (else the publication day).  Like a range, a stretch of days is dated
    from its first day.  ``None`` unless the anchor is in the "of" phrase."""
    if anchor is None:
        return None
    for m in _duration_pattern(lex).finditer(text):
        of_start = m.start() + m.group(0).lower().index(" of ") + 3
        if not (of_start < anchor[0] and anchor[1] <= m.end()):
            continue
        n = lex.cardinal_value(m["n"])
        days = [
            e.value for e in expressions
            if e.precision == DAY and e.role == ROLE_POINT and e.value is not None
            and e.end <= m.start()
        ]  # fmt: skip
        base = days[-1] if days else ref
        if n is None or base is None:
            return None
        n *= 7 if m["unit"].lower() == "week" else 1
        value = base - timedelta(days=n)
        span = m.group(0)[: of_start - m.start()].rstrip()
        return DateExpression(
            m.start(), m.start() + len(span), span, value, DAY, "relative", "anaphoric"
        )
    return None
