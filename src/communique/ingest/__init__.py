"""Ingest: read articles from files, folders, globs or stdin, clean them, read their metadata.

Public API::

    iter_documents(paths, *, stdin=None)      -> Iterator[RawDocument | Rejection]
    build_article(raw, *, published=None, outlet=None, rules=None) -> Article
    load_articles(paths, *, stdin=None, published=None, outlet=None, rules=None)
                                              -> Iterator[Article | Rejection]
    article_id_for(text)                      -> str

Formats: ``.txt`` (one article), ``.html``/``.htm`` (main text via trafilatura), ``.jsonl``
(one article per line), ``.json`` (an object or an array of objects); JSON objects need
``text`` and may have ``id``, ``title``, ``url``, ``published``, ``outlet``, ``byline``.
Bad items come back as ``Rejection(path, reason)`` and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import TextIO

from communique.ingest.article import article_id_for, build_article
from communique.ingest.readers import iter_documents
from communique.ingest.rules import CleaningRules, default_rules, load_rules
from communique.types import Article, Rejection

__all__ = [
    "CleaningRules",
    "article_id_for",
    "build_article",
    "default_rules",
    "iter_documents",
    "load_articles",
    "load_rules",
    "too_little_text",
]


def load_articles(
    paths: Iterable[str],
    *,
    stdin: TextIO | None = None,
    published: date | None = None,
    outlet: str | None = None,
    rules: CleaningRules | None = None,
) -> Iterator[Article | Rejection]:
    """Read and clean every article; an article with no text left after cleaning (only
    boilerplate) becomes a ``Rejection`` so nothing empty reaches the parser."""
    rules = rules or default_rules()
    for item in iter_documents(paths, stdin=stdin):
        if isinstance(item, Rejection):
            yield item
            continue
        article = build_article(item, published=published, outlet=outlet, rules=rules)
        problem = too_little_text(article)
        yield article if problem is None else Rejection(item.path, problem)


MIN_WORDS = 5


def too_little_text(article: Article) -> str | None:
    """Why ``article`` has no article text worth coding, or None.

    A page reduced to boilerplate, or to a menu word such as "Home" by HTML extraction, is not
    an article: storing it would add an empty row to every count per article."""
    words = article.text.split()
    if not words:
        return "nothing left after cleaning (only boilerplate)"
    if len(words) < MIN_WORDS:
        return f"no article text after cleaning (only {len(words)} words: {article.text[:40]!r})"
    return None
