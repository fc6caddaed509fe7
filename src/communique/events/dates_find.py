"""Finding date expressions in a sentence: regex recognisers, then the words around each match.

Stage 1 (``find_hits``): every recogniser runs over the text; a match may grow by a tail ("July
23" + "-25" + ", 2021"); overlapping matches are settled longest first.  Stage 2
(``attach_context``): each match looks left for a relative word ("last Friday"), a
premodifier ("early July") and a governing preposition ("since 2019"), and at its neighbours
to tell an adverbial date from a noun modifier ("the 1961 treaty").  Matches that only look
like dates ("Resolution 2087", a capitalised "May") are dropped here.  Nothing is resolved to
a calendar date in this module; ``dates_resolve`` does that.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from communique.events.dates_lexicon import DateLexicon, alternation, phrase_alternation
from communique.events.dates_model import ROLE_MODIFIER, ROLE_POINT, ROLE_POSSESSIVE

YEAR = r"(?:1[89]\d\d|20\d\d)"
ORD = r"(?:st|nd|rd|th)"
NOT_WORD_BEFORE = r"(?<![A-Za-z0-9])"
END = r"(?![\w])"
PART = r"(?:day|morning|afternoon|evening|night)"  # parts of one day in "the next morning"

# Recognisers whose match names a thing when it sits between a determiner and a noun.
MODIFIABLE = frozenset({"iso", "numeric", "mdy", "dmy", "month_year", "weekday", "season_year"})
LOWER_NEXT_WORD = re.compile(r"\s+(?P<w>[a-z][\w'’-]*)")


@dataclass(frozen=True, slots=True)
class Hit:
    """A recogniser match before resolution.  ``groups`` holds the non-empty named groups of
    the core match and its tails; ``prep``/``premod``/``rel`` the words found to its left."""

    start: int
    end: int
    kind: str
    groups: Mapping[str, str]
    prep: str | None = None
    premod: str | None = None
    rel: str | None = None
    role: str = ROLE_POINT

    def get(self, name: str) -> str | None:
        return self.groups.get(name)


@dataclass(frozen=True, slots=True, eq=False)
class DatePatterns:
    """Every compiled regex, built once per lexicon."""

    core: tuple[tuple[str, re.Pattern[str]], ...]
    range_tail: re.Pattern[str]
    year_tail: re.Pattern[str]
    week_tail: re.Pattern[str]
    part_of_day_tail: re.Pattern[str]
    rel_back: re.Pattern[str]
    premod_back: re.Pattern[str]
    prep_back: re.Pattern[str]
    prev_word: re.Pattern[str]
    next_word: re.Pattern[str]


def _core_patterns(lex: DateLexicon) -> tuple[tuple[str, str], ...]:
    month, wd = lex.month_pattern("m"), lex.weekday_pattern("w")
    card = lex.cardinal_pattern("n")
    seasons = alternation(lex.seasons)
    ordw = lex.ordinal_word_pattern("nw")
    hours_card = lex.cardinal_pattern("hn")
    return (
        ("iso", rf"(?<![\d-])(?P<y>{YEAR})-(?P<m>\d\d)-(?P<d>\d\d)(?![\d-])"),
        ("numeric", rf"(?<![\d/.])(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)"
                    rf"(?P<y>{YEAR})(?![\d/])"),
        ("mdy", rf"{NOT_WORD_BEFORE}{month}\s+(?P<d>\d{{1,2}}){ORD}?(?!\d|[:.,]\d|[A-Za-z%])"),
        ("dmy", rf"(?<![\w.,])(?:(?i:the)\s+)?(?P<d>\d{{1,2}}){ORD}?"
                rf"(?:\s*[-–]\s*(?P<d0>\d{{1,2}}){ORD}?)?\s+(?:of\s+)?{month}"),
        ("month_year", rf"{NOT_WORD_BEFORE}{month}(?:\s+of)?,?\s+(?P<y>{YEAR})(?![\w-]|[.,]\d)"),
        ("month_rel_year", rf"{NOT_WORD_BEFORE}{month}\s+(?:of\s+)?"
                           rf"(?P<yrel>(?i:last|this|next))\s+year(?![\w'’])"),
        ("bare_month", rf"{NOT_WORD_BEFORE}{month}(?!\s+\d)"),
        ("year", rf"(?<![\w$£€#/.,])(?<!\d[-–])(?P<y>{YEAR})(?![\w%/]|[.,]\d)"),
        ("weekday", rf"{NOT_WORD_BEFORE}{wd}(?P<poss>['’]s)?"),
        ("dayword", r"(?i:(?<![\w])(?P<dw>the\s+day\s+before\s+yesterday|(?:earlier|later)\s+"
                    r"today|today|tonight|yesterday|this\s+(?:morning|afternoon|evening)|"
                    r"last\s+night)(?P<poss>['’]s)?(?![\w]))"),
        ("anaphoric", rf"(?i:(?<![\w])(?P<ana>the\s+(?:day|night)\s+before|the\s+eve\s+of|"
                      rf"(?:earlier|later)\s+in\s+the\s+{PART}|the\s+previous\s+"
                      rf"{PART}|the\s+day\s+after|the\s+(?:next|following)\s+{PART}|"
                      rf"(?:(?:later|earlier)\s+)?(?:the\s+same|that(?:\s+same)?)\s+{PART}|"
                      rf"{card}\s+(?P<aunit>day|week)s?\s+(?P<dir>earlier|later|before|after)|"
                      rf"(?:(?:{hours_card}|just|only|mere|some)\s+)?(?P<hours>hours?|minutes?|"
                      rf"moments)\s+(?P<hdir>earlier|later|before|after)|"
                      rf"(?P<soon>shortly|soon|immediately)\s+(?P<sdir>after(?:wards?)?|before)|"
                      rf"(?P<vague>days|weeks|months)\s+(?P<vdir>earlier|later|before|after))"
                      rf"(?![-'’]){END})"),
        # "later that week", "that same month", "earlier that year": counted from an earlier
        # date of the story.
        ("ana_period", r"(?i:(?<![\w])(?P<ana>(?:(?:later|earlier)\s+(?:in\s+)?)?(?:that|the\s+"
                       r"same)\s+(?:same\s+)?(?P<punit>week|month|year))(?![-'’\w]))"),
        ("period", r"(?i:(?<![\w])(?P<rel>last|this|next|the\s+previous|the\s+following|"
                   r"the\s+coming)\s+(?P<unit>week|weekend|month|year)(?P<poss>['’]s)?(?![\w]))"),
        ("weekend", r"(?i:(?<![\w])(?:over|at|during)\s+the\s+weekend(?![\w]))"),
        ("ago", rf"(?i:(?<![\w]){card}\s+(?P<unit>day|week|fortnight|month|year)s?\s+ago{END})"),
        ("day_of_month", rf"(?i:(?<![\w])the\s+(?P<d>\d{{1,2}}){ORD}{END}(?:\s+of\s+"
                         r"(?P<mrel>this|last|next|the\s+same|that)\s+month(?![\w]))?)"),
        ("season_rel", rf"(?i:(?<![\w])(?P<rel>last|this|next)\s+(?P<season>{seasons}){END})"),
        ("season_year", rf"(?i:(?<![\w])(?:the\s+)?(?P<season>{seasons})\s+(?:of\s+)?)"
                        rf"(?P<y>{YEAR}){END}"),
        ("anniversary", rf"(?i:(?<![\w])(?:the\s+|its\s+|their\s+)?(?:(?P<n>\d{{1,3}}){ORD}|"
                        rf"{ordw})\s+(?:[a-z]+\s+){{0,2}}?anniversary{END})"),
        ("anniversary", r"(?i:(?<![\w])(?:the|its|their)\s+(?:[a-z]+\s+)?anniversary(?![\w]))"),
    )  # fmt: skip


@lru_cache(maxsize=8)
def patterns_for(lex: DateLexicon) -> DatePatterns:
    """Compile the recognisers for ``lex`` (cached per lexicon object; patterns are
    immutable)."""
    month2 = lex.month_pattern("m2")
    preps = phrase_alternation(lex.prepositions)
    premods = phrase_alternation(lex.premodifiers)
    return DatePatterns(
        core=tuple((name, re.compile(p)) for name, p in _core_patterns(lex)),
        range_tail=re.compile(
            rf"\s*(?:[-–]|to|through|until|and)\s*(?:{month2}\s+)?(?P<d2>\d{{1,2}}){ORD}?"
            r"(?!\d|[:.]\d|,\d{3})"
        ),
        year_tail=re.compile(
            rf",?\s+(?P<y>{YEAR})(?![\w]|[.,]\d)|\s+(?:of\s+)?(?P<yrel>(?i:last|this|next))"
            r"\s+year(?![\w'’])"
        ),
        week_tail=re.compile(r"\s+(?:of\s+)?(?P<wk>(?i:last|this|next))\s+week(?![\w'’])"),
        part_of_day_tail=re.compile(r"\s+(?P<pod>morning|afternoon|evening|night)(?![\w])"),
        rel_back=re.compile(r"(?<![\w])(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+$"),
        premod_back=re.compile(rf"(?i:(?<![\w])(?P<pre>{premods})\s*$)"),
        prep_back=re.compile(rf"(?i:(?<![\w])(?P<prep>{preps})\s+$)"),
        prev_word=re.compile(r"(?P<w>[\w'’.-]+)\s*$"),
        next_word=re.compile(r"^,?\s+(?P<w>[A-Za-z][\w'’-]*)"),
    )


def _groups(match: re.Match[str]) -> dict[str, str]:
    return {k: v for k, v in match.groupdict().items() if v}


def _year_tail_fits(text: str, tail: re.Match[str], lex: DateLexicon) -> bool:
    """A year glued on without a comma must not be a count: "on May 5 2000 people"."""
    if tail.group(0).lstrip().startswith(",") or tail["y"] is None:
        return True
    nxt = LOWER_NEXT_WORD.match(text, tail.end())
    return nxt is None or nxt["w"] in lex.function_words or nxt["w"] in lex.clause_words


def _with_tails(
    text: str, kind: str, match: re.Match[str], pats: DatePatterns, lex: DateLexicon
) -> Hit:
    """Grow a core match by the tails its recogniser allows."""
    groups, end = _groups(match), match.end()
    if kind == "mdy" and (tail := pats.range_tail.match(text, end)):
        same_month = "m2" not in tail.groupdict() or tail["m2"] is None
        if not same_month or int(tail["d2"]) > int(groups["d"]):
            groups.update(_groups(tail))
            end = tail.end()
    tail = pats.year_tail.match(text, end) if kind in {"mdy", "dmy"} else None
    if tail is not None and _year_tail_fits(text, tail, lex):
        groups.update(_groups(tail))
        end = tail.end()
    if kind == "weekday" and "poss" not in groups:
        if tail := pats.week_tail.match(text, end):
            groups.update(_groups(tail))
            end = tail.end()
        if tail := pats.part_of_day_tail.match(text, end):
            groups.update(_groups(tail))
            end = tail.end()
    yesterday = kind == "dayword" and groups["dw"].lower() == "yesterday" and "poss" not in groups
    if yesterday and (tail := pats.part_of_day_tail.match(text, end)):
        end = tail.end()
    return Hit(match.start(), end, kind, groups)


def _raw_hits(text: str, pats: DatePatterns, lex: DateLexicon) -> Iterator[Hit]:
    for kind, pattern in pats.core:
        for match in pattern.finditer(text):
            yield _with_tails(text, kind, match, pats, lex)


def _settle_overlaps(hits: list[Hit]) -> list[Hit]:
    """Keep the longest of overlapping matches ("July 23, 2021" over "2021")."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if all(hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def _norm(words: str) -> str:
    return " ".join(words.lower().split())


def _is_content_word(word: str | None, lex: DateLexicon) -> bool:
    """A word that can head the noun a date modifies ("treaty" in "the 1961 treaty")."""
    if word is None:
        return False
    low = word.lower()
    closed = lex.function_words | lex.reporting_verbs | lex.subject_verbs | lex.clause_words
    return low not in closed and not low.isdigit()


def _neighbours(text: str, start: int, end: int, pats: DatePatterns) -> tuple[str | None, ...]:
    """(previous word or None after punctuation/start, next word or None)."""
    before = text[:start].rstrip()
    prev = None
    if before and (before[-1].isalnum() or before[-1] in "'’"):
        m = pats.prev_word.search(before)
        prev = m["w"] if m else None
    nxt = pats.next_word.match(text[end:])
    return prev, (nxt["w"] if nxt else None)


def _look_left(text: str, hit: Hit, floor: int, pats: DatePatterns) -> Hit:
    """Attach a relative word, a premodifier and a preposition found just left of ``hit``."""
    start, prep, premod, rel = hit.start, None, None, None
    allow_rel = hit.kind in {"weekday", "bare_month"}
    for _ in range(3):
        before = text[floor:start]
        first_step = rel is None and premod is None and prep is None
        if allow_rel and first_step and (m := pats.rel_back.search(before)):
            rel, start = m["rel"].lower(), floor + m.start()
            continue
        if premod is None and (m := pats.premod_back.search(before)):
            premod, start = _norm(m["pre"]), floor + m.start()
            continue
        if prep is None and (m := pats.prep_back.search(before)):
            prep, start = _norm(m["prep"]), floor + m.start()
            continue
        break
    return replace(hit, start=start, prep=prep, premod=premod, rel=rel)


def _names_a_day(span: str, kind: str, prev: str | None, lex: DateLexicon) -> bool:
    """ "Good Friday", "Super Tuesday", "Russia Today": part of a name, not a date."""
    if prev is None or not prev[:1].isupper():
        return False
    if kind == "weekday":
        return prev.lower() in lex.named_day_prefixes
    return kind == "dayword" and span[:1].isupper()


def _role(text: str, hit: Hit, pats: DatePatterns, lex: DateLexicon) -> str | None:
    """The expression's role, or ``None`` when the match is not a date after all."""
    prep_role = lex.prepositions.get(hit.prep) if hit.prep else None
    governed = hit.prep is not None or hit.premod is not None or hit.rel is not None
    if hit.kind == "bare_month" and not governed:
        return None
    prev, nxt = _neighbours(text, hit.start, hit.end, pats)
    if not governed and _names_a_day(text[hit.start : hit.end], hit.kind, prev, lex):
        return None
    if hit.kind == "day_of_month" and (
        hit.prep is None or (nxt is not None and nxt.lower() not in lex.function_words)
    ):
        return None
    if prep_role not in (None, ROLE_POINT):
        return prep_role
    possessive = ROLE_POSSESSIVE if hit.get("poss") else ROLE_POINT
    if governed:
        return possessive
    determined = prev is not None and (
        prev.lower() in lex.determiners or prev.lower().endswith(("'s", "’s"))
    )
    if hit.kind == "year":
        if determined:
            return ROLE_MODIFIER if _is_content_word(nxt, lex) else None
        if prev is None and nxt is not None and nxt.lower() in lex.subject_verbs:
            return ROLE_POINT  # "2019 saw the first summit"
        if prev is None and _is_content_word(nxt, lex):
            return ROLE_MODIFIER  # "2018 summit talks ..."
        return None  # "Resolution 2087", "and 2019": a number, or too loose to trust
    if hit.kind in MODIFIABLE and determined and _is_content_word(nxt, lex):
        return ROLE_MODIFIER
    return possessive


def find_hits(text: str, lex: DateLexicon) -> list[Hit]:
    """Every date-like match in ``text`` with its left context and role, in text order."""
    pats = patterns_for(lex)
    found: list[Hit] = []
    floor = 0
    for hit in _settle_overlaps(list(_raw_hits(text, pats, lex))):
        hit = _look_left(text, hit, floor, pats)
        role = _role(text, hit, pats, lex)
        if role is None:
            continue
        found.append(replace(hit, role=role))
        floor = hit.end
    return found
