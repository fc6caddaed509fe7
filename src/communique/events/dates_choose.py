"""Choosing which date expression of a sentence dates a given event.

A sentence often carries several dates: the event's ("on Monday"), the report's ("KCNA said on
Tuesday"), and dates that belong to other things ("the 1961 treaty", "who took power in
2011").  Without a parse we judge by the text between the event trigger (the anchor) and each
expression: every word costs, commas and reporting verbs cost more (they usually start another
clause), and expressions before the trigger cost half as much again -- English puts an event's
time adjunct after the verb ("sent a letter to X on Monday").  Expressions that only name
things (``modifier``, ``of``) or bound a state (``since``, ``until``), and expressions inside a
relative clause or parenthesis that does not hold the anchor, are not candidates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from communique.events.dates_lexicon import DateLexicon, phrase_alternation
from communique.events.dates_model import (
    EVENT_ROLES,
    ROLE_ORIGIN,
    ROLE_POINT,
    ROLE_POSSESSIVE,
    ROLE_REFERENCE,
    DateExpression,
)

WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
COMMA_COST, HARD_PUNCT_COST, REPORT_COST, CLAUSE_WORD_COST = 3.0, 8.0, 10.0, 2.0
BEFORE_FACTOR, BEFORE_COST = 1.5, 2.0
ROLE_COST = {ROLE_POSSESSIVE: 1.0, ROLE_REFERENCE: 6.0, ROLE_ORIGIN: 12.0}
REPORT_ATTACHED_COST = 8.0  # "said on Tuesday": the report's date, a fallback for the event
UNRESOLVED_ANNIVERSARY_COST = 10.0  # yields to a real date nearby ("... anniversary on Sunday")
UNRESOLVED_ANAPHOR_COST = 10.0  # "days later, on March 4": the day that can be dated wins
ASIDE_COST = 20.0  # used only without an anchor


@dataclass(frozen=True, slots=True, eq=False)
class ChooserPatterns:
    asides: tuple[re.Pattern[str], ...]
    reporting: re.Pattern[str]
    report_before: re.Pattern[str]
    report_after: re.Pattern[str]
    clause_word: re.Pattern[str]


@lru_cache(maxsize=8)
def chooser_patterns(lex: DateLexicon) -> ChooserPatterns:
    rel = phrase_alternation(lex.relative_pronouns)
    report = phrase_alternation(lex.reporting_verbs)
    return ChooserPatterns(
        asides=(
            re.compile(rf"(?i:,\s*(?:{rel})\b[^,;()]*)"),
            re.compile(r"\([^()]*\)"),
            re.compile(r"\s[—–]\s[^—–]*\s[—–]\s|\s--\s.*?\s--\s"),
        ),
        reporting=re.compile(rf"(?i:(?<![\w])(?:{report})(?![\w]))"),
        report_before=re.compile(rf"(?i:(?<![\w])(?P<r>{report})\s*$)"),
        report_after=re.compile(rf"(?i:^\s*(?P<r>{report})(?![\w]))"),
        clause_word=re.compile(
            rf"(?i:(?<![\w])(?:{phrase_alternation(lex.clause_words)})(?![\w]))"
        ),
    )


def _aside_spans(text: str, pats: ChooserPatterns) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for p in pats.asides for m in p.finditer(text)]


def _inside(span: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def _in_foreign_aside(
    expr: DateExpression,
    anchor: tuple[int, int] | None,
    asides: list[tuple[int, int]],
    own: Sequence[tuple[int, int]] = (),
) -> bool:
    """Is ``expr`` inside a relative clause / parenthesis that does not contain the anchor?
    An aside the caller knows to be the event's own ("the summit, which took place in Hanoi
    in February") is not foreign."""
    for aside in asides:
        if not _inside((expr.start, expr.end), aside):
            continue
        if any(_inside((expr.start, expr.end), span) for span in own):
            continue
        if anchor is None or not _inside(anchor, aside):
            return True
    return False


def _report_attached(
    text: str, expr: DateExpression, anchor: tuple[int, int] | None, pats: ChooserPatterns
) -> bool:
    """Is ``expr`` the date of a reporting verb ("said on Tuesday", "on Monday said") that is
    not itself the anchor?"""
    for m, offset in (
        (pats.report_before.search(text, 0, expr.start), 0),
        (pats.report_after.match(text[expr.end :]), expr.end),
    ):
        if m is None:
            continue
        verb = (offset + m.start("r"), offset + m.end("r"))
        if anchor is None or verb[1] <= anchor[0] or verb[0] >= anchor[1]:
            return True
    return False


def is_report_date(text: str, expr: DateExpression, lex: DateLexicon) -> bool:
    """Is ``expr`` the date of a reporting verb ("said on Tuesday")?  Such a date tells when
    the story was told, not when anything in it happened."""
    return _report_attached(text, expr, None, chooser_patterns(lex))


def _gap_cost(
    text: str,
    expr: DateExpression,
    anchor: tuple[int, int],
    others: Sequence[DateExpression],
    pats: ChooserPatterns,
) -> float:
    if expr.start >= anchor[1]:
        lo, hi, after = anchor[1], expr.start, True
    elif expr.end <= anchor[0]:
        lo, hi, after = expr.end, anchor[0], False
    else:
        return 0.0
    chars = list(text[lo:hi])
    for other in others:  # other date expressions in the gap do not count as words
        for k in range(max(other.start, lo), min(other.end, hi)):
            chars[k - lo] = " "
    gap = "".join(chars)
    cost = float(len(WORD.findall(gap)))
    # clause words are counted with other expressions left in: "after" in "two days after"
    # still opens another clause.
    cost += CLAUSE_WORD_COST * len(pats.clause_word.findall(text, lo, hi))
    cost += COMMA_COST * gap.count(",")
    cost += HARD_PUNCT_COST * sum(gap.count(c) for c in ";:()—–")
    cost += REPORT_COST * len(pats.reporting.findall(gap))
    return cost if after else cost * BEFORE_FACTOR + BEFORE_COST


GOVERNED_END = re.compile(r"[,;:()\[\]—–]|\s--\s")


def _governs_anchor(text: str, expr: DateExpression, anchor: tuple[int, int] | None) -> bool | None:
    """For "two days after it warned": ``True`` when the anchor is in the governed clause,
    ``False`` when it is not (the expression then dates nothing the anchor did), ``None`` for
    every other expression.  The governed clause runs to the next comma: in "Two days after
    the summit, Seoul announced sanctions" the announcement is the main clause."""
    if expr.kind != "anaphoric" or expr.role != ROLE_REFERENCE:
        return None
    if anchor is None or anchor[0] < expr.end:
        return False
    stop = GOVERNED_END.search(text, expr.end)
    trailing = bool(text[: expr.start].strip())  # "Two days after Geneva, the ministers ..."
    close = _apposition_end(text, expr.end, stop) if stop is not None and trailing else None
    if close is not None:
        # "a day after Kim Yo Jong, vice director of ..., denounced": the comma opens an
        # apposition to the clause's subject, so the clause goes on past the aside
        stop = GOVERNED_END.search(text, close)
    return stop is None or anchor[1] <= stop.start()


# A clause opened by a bare name: "(the) Kim Yo Jong", "the Joint Chiefs of Staff".
GOVERNED_NAME = re.compile(r"\s*(?:the\s+)?[A-Z][\w.'-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.'-]*)*\s*$")
MAX_APPOSITION_WORDS = 12


def _apposition_end(text: str, start: int, stop: re.Match[str]) -> int | None:
    """Where the apposition ends when the governed clause cut at ``stop`` is only
    interrupted by an apposition to its subject (a bare name, a comma, a short aside and
    another comma); None otherwise.  Only a clause that follows its main clause is read so: a
    fronted "A week after Brussels, the ministers met ..." ends at its comma."""
    if stop.group(0) != "," or not GOVERNED_NAME.fullmatch(text, start, stop.start()):
        return None
    close = GOVERNED_END.search(text, stop.end())
    if close is None or close.group(0) != ",":
        return None
    words = len(WORD.findall(text, stop.end(), close.start()))
    return close.end() if 0 < words <= MAX_APPOSITION_WORDS else None


def choose_expression(
    text: str,
    expressions: Sequence[DateExpression],
    anchor: tuple[int, int] | None,
    lex: DateLexicon,
    *,
    own: Sequence[tuple[int, int]] = (),
) -> DateExpression | None:
    """The expression that dates the event at ``anchor`` (or the sentence, without one).
    ``own``: spans set off like asides that belong to the event (see ``_in_foreign_aside``)."""
    pats = chooser_patterns(lex)
    asides = _aside_spans(text, pats)
    candidates = [e for e in expressions if e.role in EVENT_ROLES]
    if anchor is not None:
        candidates = [e for e in candidates if not _in_foreign_aside(e, anchor, asides, own)]
    best: tuple[float, DateExpression] | None = None
    for index, expr in enumerate(candidates):
        governs = _governs_anchor(text, expr, anchor)
        if governs is False and expr.main_value is None:
            continue
        if governs is False:
            # "Japan protested hours after the launch": the main clause is dated from the
            # launch, which the article dated earlier.
            expr = replace(
                expr, value=expr.main_value, precision=expr.main_precision, role=ROLE_POINT
            )
        cost = 0.0 if governs else ROLE_COST.get(expr.role, 0.0)
        if _report_attached(text, expr, anchor, pats):
            cost += REPORT_ATTACHED_COST
        if expr.kind == "anniversary" and expr.value is None:
            cost += UNRESOLVED_ANNIVERSARY_COST
        if expr.kind == "anaphoric" and expr.value is None:
            cost += UNRESOLVED_ANAPHOR_COST
        if anchor is None:
            cost += (ASIDE_COST if _in_foreign_aside(expr, None, asides) else 0.0) + index / 100
        else:
            cost += _gap_cost(text, expr, anchor, expressions, pats)
        if best is None or cost < best[0]:
            best = (cost, expr)
    return None if best is None else best[1]
