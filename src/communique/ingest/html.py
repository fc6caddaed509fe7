"""Main text and metadata of an HTML page, via trafilatura, plus the page's own date tags.

Why read the date tags ourselves: trafilatura reports a day but not the time, and its date
search can fall back to dates found in the page text.  ``article:published_time`` and its
kin are what the publisher declared, so they are taken first (and are the ``html-meta``
basis); trafilatura's date is used only when no such tag exists, with its text search off.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

log = logging.getLogger(__name__)

# <meta> names/properties that declare the original publication time, most specific first.
_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "date",
)
_TRAFILATURA_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    text: str
    title: str | None
    published: str | None
    author: str | None
    sitename: str | None
    url: str | None


def extract_html(html: str) -> HtmlExtract | None:
    """Main text (one paragraph per line) and metadata; None when no main text is found.

    Raises ``ValueError`` for pages trafilatura cannot parse at all.
    """
    import trafilatura  # imported here: ~0.3 s, and only HTML input needs it

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=_TRAFILATURA_DATE_PARAMS,
    )
    if doc is None or not (doc.text or "").strip():
        return None
    declared = meta_published(html)
    return HtmlExtract(
        text=doc.text,
        title=doc.title or None,
        published=declared or doc.date or None,
        author=doc.author or None,
        sitename=doc.sitename or None,
        url=doc.url or None,
    )


def meta_published(html: str) -> str | None:
    """The publication time declared in ``<meta>`` tags, ``itemprop`` or JSON-LD."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(html.encode("utf-8"))
    except (ValueError, TypeError) as exc:  # lxml raises ParserError(ValueError) on junk
        log.debug("cannot parse HTML head: %s", exc)
        return None
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = (meta.get("content") or "").strip()
        if key in _DATE_META and content and key not in found:
            found[key] = content
    for key in _DATE_META:
        if key in found:
            return found[key]
    for element in tree.iter("time"):
        if (element.get("itemprop") or "").lower() == "datepublished" and element.get("datetime"):
            return element.get("datetime")
    return _json_ld_published(tree)


def _json_ld_published(tree: HtmlElement) -> str | None:
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for item in _walk_json(data):
            value = item.get("datePublished")
            if isinstance(value, str) and value.strip():
                return value.strip()
    return None


def _walk_json(data: object) -> list[dict[str, object]]:
    """Every JSON object in ``data`` (JSON-LD nests articles in lists and ``@graph``)."""
    out: list[dict[str, object]] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            out.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return out
