"""Evidence similarity: token Jaccard over content words.

Two reports of one happening usually share its content words ("fired", "projectiles", "East
Sea") even when the outlets' wording differs; function words would make every pair look alike,
so they are dropped (``data/stopwords.txt``).  This is deliberately cheap: it only breaks ties
and gates weak links, and ``MergeConfig.similarity`` can swap in anything better.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communique.merge.rules import read_data

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def load_stopwords() -> frozenset[str]:
    text = read_data("stopwords.txt")
    return frozenset(
        line.strip().casefold() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


@dataclass(frozen=True)
class Tokenizer:
    """Content-word sets of sentences (an object, so the stopword list is loaded once)."""

    stopwords: frozenset[str]

    @classmethod
    def load(cls) -> Tokenizer:
        return cls(load_stopwords())

    def tokens(self, text: str) -> frozenset[str]:
        words = (w.casefold() for w in _WORD.findall(text))
        return frozenset(w for w in words if w not in self.stopwords)

    def similarity(self, a: str, b: str) -> float:
        """Token Jaccard of two sentences (the default ``MergeConfig.similarity``)."""
        return jaccard(self.tokens(a), self.tokens(b))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """|a ∩ b| / |a ∪ b|; 0.0 for two empty sets (nothing in common to go on)."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)
