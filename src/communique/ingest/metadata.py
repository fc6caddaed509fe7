"""Article metadata from the text and its container: headline, byline, outlet, publication date.

Why these rules are conservative: a wrong publication date silently shifts every relative
date ("on Tuesday") the event coder resolves against it, and a wrong outlet corrupts the
cross-outlet counts analysts compute.  So sources are ranked, disagreements become warnings,
and a dateline's month and day never get a year that is not attested elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from communique.ingest.clean import comparison_key
from communique.ingest.dates import (
    Dateline,
    FoundDate,
    near_month_day,
    parse_date_string,
    parse_dateline,
    url_year_month,
)
from communique.ingest.rules import OutletNames
from communique.types import CleaningAction

_BYLINE_RE = re.compile(r"by\s+(?P<rest>\S.*)", re.IGNORECASE)
_EMAIL_RE = re.compile(r"[\[(<]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[\])>]?")
_BYLINE_SPLIT = re.compile(r"\s*[,|/]\s*|\s+[-–—]\s+")
_NAME_PARTICLES = frozenset({"and", "&", "de", "van", "von", "der", "da", "bin", "al", "el", "le"})
_NOT_NAMES = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "the", "then", "now", "contrast", "comparison",
        "law", "far", "default", "design", "chance", "mistake", "accident", "way",
    }
)  # fmt: skip
_WIRE_TAG_RE = re.compile(
    r"^\((?:\d?\s*(?:st|nd|rd|th)?\s*LEAD|\d+(?:st|nd|rd|th)\s+LD|URGENT|UPDATE(?:\s+\d+)?|"
    r"WRAPUP(?:\s+\d+)?|CORRECTED|REFILE|RECASTS?)(?:[^)]{0,40})\)\s*",
    re.IGNORECASE,
)
_WIRE_DASH_TAG_RE = re.compile(r"^(?:UPDATE\s+\d+|REFILE|CORRECTED|WRAPUP\s+\d+)\s*-\s*")


@dataclass(frozen=True, slots=True)
class Byline:
    names: str | None
    outlet: str | None


@dataclass(frozen=True, slots=True)
class Published:
    value: date | None = None
    time: str | None = None
    basis: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)


def parse_byline(paragraph: str, outlets: OutletNames) -> Byline | None:
    """``By Kim Soo-yeon, Yonhap`` → names and outlet; None unless the line is a byline."""
    m = _BYLINE_RE.fullmatch(paragraph)
    if not m or len(paragraph) > 120 or paragraph.rstrip()[-1:] == ".":
        return None
    rest = _EMAIL_RE.sub(" ", m.group("rest")).strip(" ,|")
    parts = [p for p in _BYLINE_SPLIT.split(rest) if p]
    if not parts:
        return None
    if (outlet := outlets.canonical(parts[0])) is not None:
        return Byline(None, outlet)
    if not _looks_like_names(parts[0]):
        return None
    outlet = None
    for part in parts[1:]:
        if len(part.split()) > 6:
            return None
        outlet = outlet or outlets.canonical(part) or outlets.mentioned(part)
    return Byline(parts[0], outlet)


def _looks_like_names(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 8:
        return False
    capitalised = 0
    for word in words:
        if word.lower() in _NAME_PARTICLES:
            continue
        if word.lower().strip(".,") in _NOT_NAMES or not word[0].isupper():
            return False
        capitalised += 1
    return capitalised >= 1


def clean_title(title: str) -> tuple[str, str]:
    """Drop wire revision tags ("(LEAD)", "(2nd LD)", "UPDATE 2-"): the same story's
    revisions should carry the same headline.  Returns (title, removed tag)."""
    m = _WIRE_TAG_RE.match(title) or _WIRE_DASH_TAG_RE.match(title)
    if not m or not title[m.end() :].strip():
        return title, ""
    return title[m.end() :].strip(), m.group(0).strip()


def strip_declared_title(
    paragraphs: list[str], title: str
) -> tuple[list[str], list[CleaningAction]]:
    """Remove the container's headline from the top of the body.

    HTML extraction often repeats the headline as the first line, or glues it to the first
    paragraph ("...economyBEIJING, July 11 (Yonhap) --").  A glued prefix is cut only when
    the rest clearly starts anew (no space at the seam, or a dateline), so a first sentence
    that merely begins with the headline's words is left whole.
    """
    key = comparison_key(title)
    if not key:
        return paragraphs, []
    for i, paragraph in enumerate(paragraphs[:3]):
        if comparison_key(paragraph) == key:
            action = CleaningAction("header", "headline (kept as title)", paragraph)
            return paragraphs[:i] + paragraphs[i + 1 :], [action]
        if len(paragraph) > len(title) and paragraph.lower().startswith(title.lower()):
            rest = paragraph[len(title) :]
            seam_glued = not rest[:1].isspace() and rest[:1].isupper()
            if seam_glued or parse_dateline(rest.lstrip()) is not None:
                action = CleaningAction(
                    "header", "headline glued to first paragraph", paragraph[: len(title)]
                )
                return [*paragraphs[:i], rest.strip(), *paragraphs[i + 1 :]], [action]
    return paragraphs, []


def resolve_outlet(
    *,
    override: str | None,
    declared: str | None,
    dateline: Dateline | None,
    byline: Byline | None,
    header_outlet: str | None,
    url: str | None,
    notices: list[str],
    outlets: OutletNames,
) -> str | None:
    """The outlet, from the most to the least explicit source."""
    if override:
        return override.strip()
    if declared and declared.strip():
        return outlets.canonical(declared) or declared.strip()
    if dateline is not None and dateline.agency:
        return outlets.canonical(dateline.agency) or dateline.agency
    for candidate in (byline.outlet if byline else None, header_outlet, outlets.for_url(url)):
        if candidate:
            return candidate
    for notice in notices:
        if found := outlets.mentioned(notice) or outlets.by_footer(notice):
            return found
    return None


def resolve_published(
    *,
    override: date | None,
    declared: str | None,
    declared_basis: str,
    header_dates: list[FoundDate],
    dateline: Dateline | None,
    url: str | None,
) -> Published:
    """Publication date, time, basis and warnings; ``value`` None rather than a guess."""
    if override is not None:
        return Published(override, None, "override")
    warnings: list[str] = []
    chosen, basis = None, None
    if declared and declared.strip():
        chosen = parse_date_string(declared)
        basis = declared_basis
        if chosen is None:
            warnings.append(f"could not read the declared publication date {declared.strip()!r}")
    header = _pick_header_date(header_dates)
    if chosen is not None and header is not None:
        if abs(header.value - chosen.value).days > 1:
            warnings.append(
                f"header date {header.value.isoformat()} disagrees with the declared "
                f"{chosen.value.isoformat()}; kept the declared date"
            )
        elif chosen.time is None and header.value == chosen.value:
            chosen = FoundDate(chosen.value, header.time)
    elif header is not None:
        chosen, basis = header, "header"
        if header.is_update:
            warnings.append("publication date taken from an 'Updated' line")
    month_day = _month_day(dateline)
    if chosen is not None:
        if month_day and dateline and not near_month_day(chosen.value, *month_day):
            warnings.append(
                f"dateline {dateline.text!r} disagrees with publication date "
                f"{chosen.value.isoformat()}"
            )
        elif month_day and dateline and (local := _local_day(chosen.value, month_day)):
            warnings.append(
                f"dateline {dateline.text!r} is a day off the {basis} date "
                f"{chosen.value.isoformat()} (time zones); kept the dateline's day"
            )
            return Published(local, None, "dateline", tuple(warnings))
        return Published(chosen.value, chosen.time, basis, tuple(warnings))
    if month_day and dateline and dateline.year is not None:
        # "LONDON, March 9, 2020 (Reuters) -": the desk wrote the whole date
        written = date(dateline.year, *month_day)
        return Published(written, None, "dateline", tuple(warnings))
    if month_day and dateline:
        return _from_dateline(month_day, dateline.text, declared, url, warnings)
    warnings.append("no publication date found; published left empty")
    return Published(None, None, None, tuple(warnings))


def _local_day(value: date, month_day: tuple[int, int]) -> date | None:
    """The dateline's day when it is one day off ``value``, else ``None``.

    A header or feed timestamp is often in another time zone than the desk that filed the
    story (an 01:10 KST Yonhap story is stamped the previous day in New York).  The dateline is
    the writer's own day, and "on Tuesday" or "yesterday" in the story count from it: read from
    a header a day behind, "on Tuesday" would land a week early."""
    for step in (-1, 1):
        near = value + timedelta(days=step)
        if (near.month, near.day) == month_day:
            return near
    return None


def _month_day(dateline: Dateline | None) -> tuple[int, int] | None:
    if dateline is None or dateline.month is None or dateline.day is None:
        return None
    return dateline.month, dateline.day


def _pick_header_date(found: list[FoundDate]) -> FoundDate | None:
    originals = [f for f in found if not f.is_update]
    return (originals or found or [None])[0]


def _from_dateline(
    month_day: tuple[int, int],
    dateline_text: str,
    declared: str | None,
    url: str | None,
    warnings: list[str],
) -> Published:
    """Month/day from the dateline plus a year attested by the URL path or a partial declared
    date ("2021", "2021-07"), only when every hint agrees.  Copyright years are not used:
    they are often the year the page was rendered, not written."""
    month, day = month_day
    hints: list[tuple[int, int | None, str]] = []
    if (ym := url_year_month(url)) is not None:
        hints.append((ym[0], ym[1], "URL"))
    if declared and (m := re.fullmatch(r"\s*((?:19|20)\d{2})(?:-(\d{1,2}))?\s*", declared)):
        hints.append((int(m.group(1)), int(m.group(2)) if m.group(2) else None, "metadata"))
    years = {year for year, _, _ in hints}
    month_ok = all(hint in (None, month) for _, hint, _ in hints)
    if len(years) == 1 and month_ok:
        year = years.pop()
        try:
            value = date(year, month, day)
        except ValueError:
            value = None
        if value is not None:
            sources = ", ".join(sorted({source for _, _, source in hints}))
            warnings.append(f"publication year {year} from {sources}; month and day from dateline")
            return Published(value, None, "dateline", tuple(warnings))
    reason = "no year is attested elsewhere" if not years else "the year hints disagree"
    warnings.append(f"dateline {dateline_text!r} has no year and {reason}; published left empty")
    return Published(None, None, None, tuple(warnings))
