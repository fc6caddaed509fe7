"""Publication dates from article headers, container metadata and wire datelines.

Why our own small grammar rather than a general date parser on whole lines: a header line is
only removed when *everything* on it is date furniture (a keyword such as "Published", a
date, a time, a weekday, a time zone, separators).  A general parser would happily find a date
inside a sentence and we would delete the sentence.  The grammar also gives the time of day
("HH:MM"), which analysts use to order same-day wire reports.

Nothing here guesses: a month and day without a year is returned as such, and the caller
decides whether a year is known from elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_TIME = r"(?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2}(?:\.\d+)?)?(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?"
_TZ = r"(?:Z\b|[+-]\d{2}:?\d{2}\b)"
_DATE_PATTERNS = (
    # 2021-07-11, 2021.07.11, 2021/07/11, 2021-07-11T14:03:00+09:00, 2020. 5. 4.
    re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<s>[-./])\s?(?P<m>\d{1,2})(?P=s)\s?(?P<d>\d{1,2})"
        r"(?!\d)\.?(?:(?:T|\s+)" + _TIME + r")?" + _TZ + "?",
        re.IGNORECASE,
    ),
    # March 9, 2020 / Nov. 2, 2019 / Sept 9th 2020
    re.compile(
        rf"\b(?P<mon>{MONTH})\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)",
        re.IGNORECASE,
    ),
    # 9 March 2020 / 9th of March, 2020
    re.compile(
        rf"(?<!\d)(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<mon>{MONTH}),?\s+"
        rf"(?P<y>(?:19|20)\d{{2}})(?!\d)",
        re.IGNORECASE,
    ),
)
_TIME_RE = re.compile(rf"(?<![\d:]){_TIME}", re.IGNORECASE)
_KEYWORD_RE = re.compile(
    r"\b(?P<kw>first published|last updated|last modified|published|posted|updated|modified|"
    r"created|issued|uploaded|released|date|dated|edited)\b(?:\s+(?:on|at))?",
    re.IGNORECASE,
)
_FILLER_RE = re.compile(
    r"\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?|at|on|"
    r"kst|jst|gmt|utc|est|edt|cst|cdt|pst|pdt|bst|cet|cest|hkt|sgt|msk|ict|et|pt|local time|"
    r"(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?)\b|[+-]\d{2}:?\d{2}\b",
    re.IGNORECASE,
)
_SEPARATORS = " \t,|:;-–—/·•()[]."
_UPDATE_WORDS = frozenset({"updated", "last updated", "modified", "last modified", "edited"})

# Capitalised labels a desk puts where a colon dateline would go; read once, never changed.
_RUBRICS = frozenset(
    line.strip().lower()
    for line in resources.files("communique.ingest.data")
    .joinpath("rubrics.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
)

_AGENCY = r"[A-Z][\w&.'-]*(?:[ -][A-Z][\w&.'-]*){0,3}"
_CAPS_PLACE = r"[A-Z][A-Z.'-]{2,}(?:\s[A-Z][A-Z.'-]+){0,3}"
_DATELINE_RE = re.compile(
    # "SEOUL", "NEW DELHI", or several places filed from at once: "BAKU/YEREVAN"
    rf"(?P<place>{_CAPS_PLACE}(?:\s?/\s?{_CAPS_PLACE}){{0,2}}"
    r"|(?P<tplace>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}))"
    rf"(?:,\s*(?!(?i:{MONTH})\s+\d)(?P<region>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){{0,2}}))?"
    # the day, and the year some desks add: "March 9, 2020", "Oct 14 2024"
    rf"(?:,\s*(?P<mon>(?i:{MONTH}))\s+(?P<day>\d{{1,2}})(?!\d)"
    r"(?:,?\s+(?P<year>(?:19|20)\d{2})(?!\d))?)?"
    # the agency in brackets, or between slashes as TASS writes it: "October 9. /TASS/."
    rf"(?:\s*\((?P<agency>{_AGENCY})\)|\.?\s*/(?P<sagency>{_AGENCY})/)?"
    # a dash or colon; right after the agency's bracket a full stop or nothing will do:
    # "ISLAMABAD (Reuters) Pakistan said", "Moscow, June 19 (TASS). Putin arrived"
    r"(?:\s*(?P<sep>--|—|–|-|:)(?:\s+|$)|(?<=[)/])(?P<tsep>\.?)\s+(?=[A-Z\"“']))",
)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date read from a header line or a metadata string; ``time`` is "HH:MM" or None.
    ``label`` is the keyword in front of it ("published", "updated" ...) or "" for none."""

    value: date
    time: str | None = None
    label: str = ""

    @property
    def is_update(self) -> bool:
        return self.label in _UPDATE_WORDS


@dataclass(frozen=True, slots=True)
class Dateline:
    """A wire dateline at the start of a paragraph, e.g. ``SEOUL, July 30 (Yonhap) --``."""

    place: str
    agency: str | None
    month: int | None
    day: int | None
    end: int  # offset in the paragraph where the story text starts
    text: str  # the dateline as written, for the cleaning record
    year: int | None = None  # only when the dateline writes it ("LONDON, March 9, 2020")

    @property
    def bare_colon(self) -> bool:
        """``ISLAMABAD: ...`` with neither agency nor date: the one form a transcript's speaker
        tag (``PUTIN: ...``) can also take, so the caller checks the rest of the article."""
        return self.agency is None and self.month is None and self.text.endswith(":")


def _month(word: str) -> int:
    return _MONTHS[word.lower().rstrip(".")[:3]]


def _time(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    if groups.get("H") is None:
        return None
    hour, minute = int(groups["H"]), int(groups["M"])
    ampm = (groups.get("ampm") or "").lower()
    if ampm == "p" and hour < 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _date_from(m: re.Match[str]) -> date | None:
    groups = m.groupdict()
    month = _month(groups["mon"]) if groups.get("mon") else int(groups["m"])
    try:
        return date(int(groups["y"]), month, int(groups["d"]))
    except ValueError:
        return None


def _spans(text: str) -> list[tuple[int, int, str, re.Match[str]]]:
    """Non-overlapping date, time and keyword matches in text order."""
    found: list[tuple[int, int, str, re.Match[str]]] = []
    taken: list[tuple[int, int]] = []

    def free(m: re.Match[str]) -> bool:
        return all(m.end() <= a or m.start() >= b for a, b in taken)

    for kind, patterns in (("date", _DATE_PATTERNS), ("time", (_TIME_RE,)), ("kw", (_KEYWORD_RE,))):
        for pattern in patterns:
            for m in pattern.finditer(text):
                if free(m):
                    taken.append(m.span())
                    found.append((m.start(), m.end(), kind, m))
    return sorted(found, key=lambda f: f[0])


def _only_furniture(text: str, spans: list[tuple[int, int, str, re.Match[str]]]) -> bool:
    """True when nothing but separators and fillers is left outside the matched spans."""
    rest, pos = [], 0
    for start, end, _, _ in spans:
        rest.append(text[pos:start])
        pos = end
    rest.append(text[pos:])
    leftover = _FILLER_RE.sub(" ", " ".join(rest))
    return not leftover.strip(_SEPARATORS + " ")


def parse_header_line(line: str) -> FoundDate | None:
    """The publication date of a header line made only of date furniture, else None.

    ``Published : May 4, 2020 - 08:15 Updated : May 4, 2020 - 10:11`` gives the published
    part; a line with only an "Updated" date gives that date, labelled so the caller can warn.
    """
    if len(line) > 160 or not re.search(r"\d", line):
        return None
    spans = _spans(line)
    if not any(kind == "date" for _, _, kind, _ in spans) or not _only_furniture(line, spans):
        return None
    segments: list[list[tuple[str, re.Match[str]]]] = [[]]
    labels = [""]
    for _, _, kind, m in spans:
        if kind == "kw":
            segments.append([])
            labels.append(m.group("kw").lower())
        else:
            segments[-1].append((kind, m))
    candidates = []
    for label, segment in zip(labels, segments, strict=True):
        found = _segment_date(segment, label)
        if found is not None:
            candidates.append(found)
    if not candidates:
        return None
    original = [c for c in candidates if not c.is_update]
    return (original or candidates)[0]


def _segment_date(segment: list[tuple[str, re.Match[str]]], label: str) -> FoundDate | None:
    day, clock = None, None
    for kind, m in segment:
        if kind == "date" and day is None:
            day = _date_from(m)
            clock = clock or _time(m)
        elif kind == "time" and clock is None:
            clock = _time(m)
    return FoundDate(day, clock, label) if day else None


def parse_date_string(text: str) -> FoundDate | None:
    """A date declared by a container (JSON field, HTML <meta>): ISO or any header format."""
    text = text.strip()
    found = parse_header_line(text)
    if found is not None:
        return FoundDate(found.value, found.time, "")
    for pattern in _DATE_PATTERNS:
        m = pattern.search(text)
        if m and (value := _date_from(m)):
            return FoundDate(value, _time(m), "")
    return None


def parse_dateline(paragraph: str) -> Dateline | None:
    """A wire dateline at the very start of ``paragraph``, or None.

    To keep ordinary sentences safe, a title-case place ("Seoul") counts only with an agency
    in brackets, and an all-capitals place needs an agency, a date or a dash.
    """
    m = _DATELINE_RE.match(paragraph)
    if not m:
        return None
    agency, mon = m.group("agency") or m.group("sagency"), m.group("mon")
    if m.group("tplace") and not agency:
        return None
    if m.group("sep") is None and m.group("tplace") and not (m.group("tsep") and mon):
        # no dash after a title-case place: only the "Moscow, June 19 (TASS)." form, which
        # a sentence opening "The Council (UNSC) Said ..." cannot take
        return None
    if not agency and not mon and not _bare_dateline_ok(m.group("place"), m.group("sep") or ""):
        return None
    if m.end() >= len(paragraph.rstrip()) and not (agency or mon):
        return None
    place = m.group("place").strip()
    if m.group("region"):
        place = f"{place}, {m.group('region')}"
    month = _month(mon) if mon else None
    day = int(m.group("day")) if m.group("day") else None
    if month and day and not _valid_month_day(month, day):
        return None
    year = int(m.group("year")) if m.group("year") else None
    if year and month and day and not _valid_date(year, month, day):
        return None
    text = paragraph[: m.end()].strip()
    return Dateline(place, agency, month, day, m.end(), text, year)


def _bare_dateline_ok(place: str, sep: str) -> bool:
    """A dateline with neither agency nor date ("WASHINGTON -- ...") needs a long dash, or a
    plain hyphen or a colon after a place of whole capital words ("U.S. - China" is not a
    dateline; "ISLAMABAD: " is how much of the South Asian and Gulf press writes one).  The
    colon form refuses the capitalised rubrics a desk puts in the same place ("BREAKING:")."""
    if sep in ("--", "—", "–"):
        return True
    place = place.strip()
    whole_caps = len(place) >= 4 and re.fullmatch(r"[A-Z]{2,}(?: [A-Z]{2,})*", place) is not None
    if sep == ":":
        return whole_caps and place.lower() not in _RUBRICS
    return sep == "-" and whole_caps


def _valid_month_day(month: int, day: int) -> bool:
    return _valid_date(2000, month, day)  # a leap year, so Feb 29 is accepted


def _valid_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def near_month_day(value: date, month: int, day: int, slack_days: int = 1) -> bool:
    """Whether ``month``/``day`` falls within ``slack_days`` of ``value`` (time zones)."""
    for year in (value.year - 1, value.year, value.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if abs(candidate - value) <= timedelta(days=slack_days):
            return True
    return False


_URL_DATE_RE = re.compile(r"/(?P<y>(?:19|20)\d{2})[/-]?(?P<m>0[1-9]|1[0-2])?(?:[/-]?\d{2})?(?=/)")
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def url_year_month(url: str | None) -> tuple[int, int | None] | None:
    """The year (and month) in a URL path such as ``/2021/07/30/slug``."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.IGNORECASE)
    m = _URL_DATE_RE.search(path + "/")
    if not m:
        return None
    return int(m.group("y")), int(m.group("m")) if m.group("m") else None


def years_in(text: str) -> set[int]:
    return {int(y) for y in _YEAR_RE.findall(text)}
