"""What the resolver remembers while reading one article, in reading order.

Why per-article state: bare surnames ("Kim"), pronouns ("he") and bare titles ("the
minister") only mean something after a full mention earlier in the same article.  The state
is created per article and thrown away, so nothing leaks between articles or processes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from communique.actors.kb import Coding, KnowledgeBase
from communique.actors.names import surname_candidates

__all__ = ["ArticleState", "PersonRecord", "surname_candidates"]


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """A person mentioned in full: who (``entity_id``, ``None`` if not in the knowledge base
    but coded from "<country> <title> <Name>"), how coded, offices and usable surnames."""

    entity_id: str | None
    codings: tuple[Coding, ...]
    name: str
    titles: tuple[str, ...] = ()
    surnames: tuple[str, ...] = ()


@dataclass
class ArticleState:
    """Mutable, per article only."""

    korea: bool = False
    text: str = ""
    home: str | None = None  # the dateline's country
    # the country a national outlet writes from, whose officials need no nationality word
    outlet_home: str | None = None
    persons: list[PersonRecord] = field(default_factory=list)
    surnames: dict[str, PersonRecord] = field(default_factory=dict)
    last_subject: PersonRecord | None = None
    # (country, is_subject) of the state actors of the latest sentence that named one
    officials: tuple[tuple[str, bool], ...] = ()
    current: list[str] = field(default_factory=list)  # countries named so far in this sentence
    # what "its"/"their" may point back to (possessives.py): this sentence's subject tokens,
    # its subject mentions resolved so far (head, codings), the previous sentence's subject
    subject_tokens: tuple[int, ...] = ()
    subjects: list[tuple[int, tuple[Coding, ...]]] = field(default_factory=list)
    previous_subject: tuple[Coding, ...] = ()
    _weights: dict[str, int] = field(default_factory=dict)

    def weigh(self, country: str, kb: KnowledgeBase) -> int:
        """How much the article is about ``country``: mentions of its names, adjectives and
        capitals in the text, plus the dateline.  Computed once per country."""
        if country not in self._weights:
            count = sum(self.text.count(n) for n in kb.country_names(country))
            self._weights[country] = count + (2 if country == self.home else 0)
        return self._weights[country]

    def add_person(self, rec: PersonRecord, *, subject: bool) -> None:
        """Remember a full person mention; later mentions of a surname mean the latest."""
        self.persons.append(rec)
        for s in rec.surnames:
            self.surnames[s] = rec
        if subject:
            self.last_subject = rec

    def by_title(self, title: str) -> PersonRecord | None:
        """The most recent person whose office matches a bare title: "the minister" matches
        "foreign minister", "the ambassador" matches "ambassador to PRK"."""
        t = title.lower()
        for rec in reversed(self.persons):
            for held in (x.lower() for x in rec.titles):
                if held == t or held.endswith(" " + t) or held.startswith(t + " "):
                    return rec
        return None
