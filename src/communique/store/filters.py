"""Event filters and their translation to a parameterised SQL ``WHERE`` clause.

The SQL text is built only from fixed fragments; every user value travels as a bound parameter,
so no filter value can change the query's meaning (or inject SQL).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to read.  Every field is optional; set fields are combined with AND.

    - ``actor``: an actor code prefix (``PRK`` matches ``PRKGOV``, ``PRKMIL`` ...) or a
      substring of the actor's name in the text, case-insensitive, on either side.
    - ``country``: the source's or the target's country code (exact, case-insensitive).
    - ``dyad``: ``(A, B)``; each side matches a country code or an actor-code prefix.  Events
      from A to B and from B to A both match unless ``directed`` is set.
    - ``cameo``: a CAMEO code prefix (``04`` is every consult event, ``042`` one kind).
    - ``since`` / ``until``: inclusive bounds on the event's ``date``.  Events whose date is
      unknown never match a date bound: the publication date is only a fallback the coder
      records explicitly (``date_basis == 'publication'``), not something the filter invents.
    - ``article_id``: an article id or unique-enough prefix.
    - ``limit``: at most this many events (after ordering by date, article, sentence).
    """

    actor: str | None = None
    country: str | None = None
    dyad: tuple[str, str] | None = None
    directed: bool = False
    cameo: str | None = None
    since: date | None = None
    until: date | None = None
    article_id: str | None = None
    limit: int | None = None

    def __post_init__(self) -> None:
        if self.limit is not None and self.limit < 0:
            raise ValueError(f"limit must be 0 or more, got {self.limit}")
        if self.dyad is not None and (
            len(self.dyad) != 2 or not all(isinstance(s, str) and s.strip() for s in self.dyad)
        ):
            raise ValueError(
                f"dyad must be two non-empty actor or country codes, got {self.dyad!r}"
            )
        if self.since is not None and self.until is not None and self.since > self.until:
            raise ValueError(f"since ({self.since}) is after until ({self.until})")


def _side_matches(side: str) -> str:
    """A dyad side (``source`` or ``target``) matching one bound value: country or code prefix."""
    return f"(upper({side}_country) = upper(?) OR starts_with(upper({side}_code), upper(?)))"


def where_clause(f: EventFilter) -> tuple[str, list[Any]]:
    """``(sql, params)`` for ``f``; ``sql`` is ``''`` when nothing is filtered."""
    parts: list[str] = []
    params: list[Any] = []
    if f.actor:
        parts.append(
            "(starts_with(upper(source_code), upper(?))"
            " OR starts_with(upper(target_code), upper(?))"
            " OR contains(lower(source_name), lower(?))"
            " OR contains(lower(target_name), lower(?)))"
        )
        params += [f.actor] * 4
    if f.country:
        parts.append("(upper(source_country) = upper(?) OR upper(target_country) = upper(?))")
        params += [f.country] * 2
    if f.dyad is not None:
        a, b = (s.strip() for s in f.dyad)
        forward = f"({_side_matches('source')} AND {_side_matches('target')})"
        if f.directed:
            parts.append(forward)
            params += [a, a, b, b]
        else:
            parts.append(f"({forward} OR {forward})")
            params += [a, a, b, b, b, b, a, a]
    if f.cameo:
        parts.append("starts_with(cameo, ?)")
        params.append(f.cameo.strip())
    if f.since is not None:
        parts.append("date >= ?")
        params.append(f.since)
    if f.until is not None:
        parts.append("date <= ?")
        params.append(f.until)
    if f.article_id:
        parts.append("starts_with(article_id, ?)")
        params.append(f.article_id)
    if not parts:
        return "", []
    return "WHERE " + " AND ".join(parts), params
