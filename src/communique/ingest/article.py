"""From a ``RawDocument`` to a cleaned ``Article``: the orchestrator of the cleaning steps.

Stages, in order (each records ``CleaningAction``s on the article):

1. normalise Unicode, quotes and whitespace; split into paragraphs (unwrapping hard-wrapped
   text);
2. drop the container's headline from the top of the body (HTML repeats or glues it);
3. one pass over the paragraphs removing boilerplate (share widgets, paywall and copyright
   footers, photo credits and captions), bylines, header date lines and outlet-name lines,
   collecting the metadata they carry;
4. take a headline-looking first line as the title when the container gave none;
5. cut the wire dateline off the first body paragraph, keeping place, agency and month/day;
6. drop exact and near-exact repeated paragraphs, keeping the first (after 5, so a lead
   repeated without its dateline is still caught);
7. resolve outlet and publication date from all of the above, with warnings for doubts.

The result's ``text`` is the paragraphs joined by blank lines; ``article_id`` is its hash.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from communique.ingest.clean import (
    classify_junk,
    drop_repeats,
    is_body_like,
    looks_like_headline,
    normalise,
    split_paragraphs,
)
from communique.ingest.dates import Dateline, FoundDate, parse_dateline, parse_header_line
from communique.ingest.metadata import (
    Byline,
    clean_title,
    parse_byline,
    resolve_outlet,
    resolve_published,
    strip_declared_title,
)
from communique.ingest.rules import CleaningRules, default_rules
from communique.types import Article, CleaningAction, RawDocument

_DECLARED_BASIS = {"html": "html-meta", "json": "json", "jsonl": "json"}


def article_id_for(text: str) -> str:
    """Content hash of cleaned text: sha256 of its whitespace-collapsed form, 16 hex digits.

    Whitespace is collapsed so the same story read from a .txt and a .jsonl file (or with
    different line endings) gets the same id, and re-ingesting it changes nothing.
    """
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


@dataclass
class _Scan:
    """What the boilerplate pass kept and the metadata it found (local to one article)."""

    kept: list[str] = field(default_factory=list)
    actions: list[CleaningAction] = field(default_factory=list)
    header_dates: list[FoundDate] = field(default_factory=list)
    byline: Byline | None = None
    header_outlet: str | None = None
    notices: list[str] = field(default_factory=list)


def _scan(paragraphs: list[str], rules: CleaningRules) -> _Scan:
    """Remove boilerplate, bylines and header lines in one pass, collecting their metadata.

    The header zone lasts until the first kept paragraph of running text; bare date lines
    and outlet-name lines are only header furniture there.
    """
    scan = _Scan()
    in_header = True
    for paragraph in paragraphs:
        junk = classify_junk(paragraph, rules, in_header=in_header)
        if junk is not None:
            scan.actions.append(CleaningAction(junk[0], junk[1], paragraph))
            if junk[0] == "paywall":  # copyright notices name the publisher; photo credits don't
                scan.notices.append(paragraph)
            continue
        byline = parse_byline(paragraph, rules.outlets)
        if byline is not None:
            scan.byline = scan.byline or byline
            scan.actions.append(CleaningAction("byline", "byline", paragraph))
            continue
        found = parse_header_line(paragraph)
        if found is not None and (in_header or found.label):
            scan.header_dates.append(found)
            scan.actions.append(CleaningAction("header", "date line", paragraph))
            continue
        outlet = rules.outlets.canonical(paragraph) if in_header else None
        if outlet is not None:
            scan.header_outlet = scan.header_outlet or outlet
            scan.actions.append(CleaningAction("header", "outlet name line", paragraph))
            continue
        scan.kept.append(paragraph)
        if is_body_like(paragraph) or parse_dateline(paragraph) is not None:
            in_header = False
    return scan


def _take_title(paragraphs: list[str]) -> tuple[str | None, list[str], list[CleaningAction]]:
    """A headline-looking first paragraph becomes the title (only when more text follows)."""
    if len(paragraphs) < 2 or not looks_like_headline(paragraphs[0]):
        return None, paragraphs, []
    if parse_dateline(paragraphs[0]) is not None:
        return None, paragraphs, []
    action = CleaningAction("header", "headline (kept as title)", paragraphs[0])
    return paragraphs[0], paragraphs[1:], [action]


def _cut_dateline(
    paragraphs: list[str],
) -> tuple[Dateline | None, list[str], list[CleaningAction]]:
    """Remove the wire dateline opening the first body paragraph (short lines before it,
    such as a standfirst, are looked through).

    Only when running text follows it: a dateline glued to something headline-like is left
    alone, because once cut, that remainder would pass for a headline on re-ingestion.
    """
    for i, paragraph in enumerate(paragraphs):
        dateline = parse_dateline(paragraph)
        if dateline is not None and dateline.bare_colon and _speaker_tags(paragraphs, i):
            break
        if dateline is not None:
            rest = paragraph[dateline.end :].strip()
            following = rest or (paragraphs[i + 1] if i + 1 < len(paragraphs) else "")
            if not is_body_like(following):
                break
            out = paragraphs[:i] + ([rest] if rest else []) + paragraphs[i + 1 :]
            action = CleaningAction(
                "dateline", f"wire dateline (place {dateline.place})", dateline.text
            )
            return dateline, out, [action]
        if is_body_like(paragraph):
            break
    return None, paragraphs, []


def _speaker_tags(paragraphs: list[str], first: int) -> bool:
    """Whether a later paragraph also opens with a capitalised name and a colon: then
    ``PUTIN: ...`` is a transcript's speaker tag, not an ``ISLAMABAD: ...`` dateline, and
    cutting it would lose who spoke."""
    return any(
        (found := parse_dateline(paragraph)) is not None and found.bare_colon
        for paragraph in paragraphs[first + 1 :]
    )


def _declared_title(raw: RawDocument) -> str | None:
    if not raw.title or not raw.title.strip():
        return None
    return " ".join(normalise(raw.title)[0].split())


def _declared_byline(raw: RawDocument) -> str | None:
    if not raw.byline or not raw.byline.strip():
        return None
    text = " ".join(normalise(raw.byline)[0].split())
    return text[3:].strip() if text.lower().startswith("by ") else text


def _clean(
    raw: RawDocument, rules: CleaningRules
) -> tuple[str, str | None, Dateline | None, _Scan, list[CleaningAction]]:
    """Stages 1-6: (text, title, dateline, scan findings, cleaning actions in order)."""
    text, actions = normalise(raw.text)
    paragraphs, more = split_paragraphs(text, unwrap=raw.fmt != "html")
    actions += more
    title = _declared_title(raw)
    if title:
        paragraphs, more = strip_declared_title(paragraphs, title)
        actions += more
    scan = _scan(paragraphs, rules)
    actions += scan.actions
    kept = scan.kept
    if title is None:
        title, kept, more = _take_title(kept)
        actions += more
        if title:  # a headline printed twice (site header + article) goes with it
            kept, more = strip_declared_title(kept, title)
            actions += more
    dateline, kept, more = _cut_dateline(kept)
    actions += more
    kept, more = drop_repeats(kept, seen=(title,) if title else ())
    actions += more
    if title:  # with repeats gone a copy of the headline can reach the top, where re-ingestion
        kept, more = strip_declared_title(kept, title)  # would strip it: strip it now
        actions += more
    if title:
        title, tag = clean_title(title)
        if tag:
            actions.append(CleaningAction("header", "wire revision tag in headline", tag))
    return "\n\n".join(kept), title, dateline, scan, actions


def build_article(
    raw: RawDocument,
    *,
    published: date | None = None,
    outlet: str | None = None,
    rules: CleaningRules | None = None,
) -> Article:
    """Clean ``raw`` and read its metadata.  ``published``/``outlet`` are user overrides.

    Never raises on odd text: an article with nothing left after cleaning comes back with
    empty ``text`` and a warning (``load_articles`` turns that into a ``Rejection``).
    """
    rules = rules or default_rules()
    body, title, dateline, scan, actions = _clean(raw, rules)
    when = resolve_published(
        override=published,
        declared=raw.published,
        declared_basis=_DECLARED_BASIS.get(raw.fmt, "json"),
        header_dates=scan.header_dates,
        dateline=dateline,
        url=raw.url,
    )
    warnings = list(when.warnings)
    if not body:
        warnings.append("no text left after cleaning")
    return Article(
        article_id=article_id_for(body),
        path=raw.path,
        fmt=raw.fmt,
        raw_text=raw.text,
        text=body,
        title=title or None,
        outlet=resolve_outlet(
            override=outlet,
            declared=raw.outlet,
            dateline=dateline,
            byline=scan.byline,
            header_outlet=scan.header_outlet,
            url=raw.url,
            notices=scan.notices,
            outlets=rules.outlets,
        ),
        published=when.value,
        published_time=when.time,
        published_basis=when.basis,
        byline=_declared_byline(raw) or (scan.byline.names if scan.byline else None),
        dateline=dateline.place if dateline else None,
        url=raw.url,
        doc_id=raw.doc_id,
        cleaning=tuple(actions),
        warnings=tuple(warnings),
    )
