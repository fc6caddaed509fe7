"""The nlp stage: the only place that imports spaCy.

A spaCy ``Doc`` is converted to our own frozen ``ParsedSentence``/``Token`` records at this
border, so later stages never see spaCy objects: they can be tested with hand-built parses,
pickled to worker processes and coded by a parser other than spaCy.
"""

from __future__ import annotations

from communique.nlp.parse import (
    DEFAULT_MODEL,
    Parser,
    doc_to_sentences,
    parse_articles,
)

__all__ = ["DEFAULT_MODEL", "Parser", "doc_to_sentences", "parse_articles"]
