"""Helpers for the ingest tests (a plain module: conftest files are not importable)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from communique.ingest import build_article
from communique.types import Article, RawDocument

FIXTURES = Path(__file__).parent / "fixtures"

# Two paragraphs of our own wire-style text, reused as the "real content" that must survive.
BODY1 = (
    "North Korea's vice foreign minister met China's ambassador in Pyongyang on Monday and "
    "discussed ways to expand exchanges, the Korean Central News Agency said."
)
BODY2 = (
    "The ambassador said Beijing valued the traditional friendship between the two "
    "countries and would keep strategic communication with the North."
)
HEADLINE = "N. Korea, China discuss expanding exchanges"


def clean(text: str, *, fmt: str = "txt", path: str = "t.txt", **fields: Any) -> Article:
    """The Article built from ``text`` as if read from a .txt file."""
    return build_article(RawDocument(path=path, text=text, fmt=fmt, **fields))


def removed_by(article: Article, step: str) -> list[str]:
    """What the cleaning steps called ``step`` removed, in order."""
    return [a.removed for a in article.cleaning if a.step == step]


def paragraphs(article: Article) -> list[str]:
    return article.text.split("\n\n") if article.text else []
