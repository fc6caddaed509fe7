"""Building the canonical event of a cluster: the best-supported value of every field.

* **Code**: votes climb the CAMEO tree (``1951`` supports ``195`` supports the root), and the
  choice descends from the best-supported root into a more specific code while a single child
  holds at least half of the support: "a 3-digit code beats its root when supported", but one
  outlet's guess at a sub-code does not override three that stayed general.  Host-side votes
  (043) count for their visit (042), since both describe the same happening.
* **Parties**: majority of the members' dyads (aligned to one direction for joint acts); the
  actor code is the most common, a tie going to the more specific (``CHNGOV`` over ``CHN``).
* **Date**: the firmest basis wins (explicit > relative > publication), and within it the
  finest precision; a finer date from an explicit/relative member that lies inside that period
  refines it ("in July" + "on July 11" -> July 11).  Among equals, the most common day.
Ties are always broken by a fixed order (codes, then values), never by member order.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from communique.merge.keys import MentionKey, period
from communique.merge.model import CanonicalEvent
from communique.merge.rules import CodeRules
from communique.merge.summary import Phraser, summary_line
from communique.types import EventMention

_BASIS_RANK = {"explicit": 0, "relative": 1, "publication": 2}
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def cluster_id_for(event_ids: Iterable[str]) -> str:
    """``c`` + 16 hex digits of the smallest member id: content-derived, order-free."""
    return "c" + hashlib.sha1(min(event_ids).encode("utf-8")).hexdigest()[:16]


def _generic(root: str, rules: CodeRules) -> str:
    generic = root + "0"
    return generic if rules.ontology.is_cameo(generic) else root


def _parent(code: str, rules: CodeRules) -> str | None:
    """Parent in the support tree: ``0251 -> 025 -> 020``; ``020`` (and ``02``) are the top."""
    root = rules.root(code)
    top = _generic(root, rules)
    if code in (root, top):
        return None
    if len(code) == 4 and rules.ontology.is_cameo(code[:3]) and code[:3] != top:
        return code[:3]
    return top


def choose_code(codes: Sequence[str], rules: CodeRules) -> str:
    """The best-supported code of a cluster (see the module docstring)."""
    support: Counter[str] = Counter()
    children: dict[str, set[str]] = {}
    for code in codes:
        node: str | None = code if code != rules.root(code) else _generic(code, rules)
        while node is not None:
            support[node] += 1
            parent = _parent(node, rules)
            if parent is not None:
                children.setdefault(parent, set()).add(node)
            node = parent
    tops = {_generic(rules.root(c), rules) for c in codes}
    node = min(tops, key=lambda t: (-support[t], t))
    while children.get(node):
        ranked = sorted(children[node], key=lambda c: (-support[c], c))
        best = ranked[0]
        tied = len(ranked) > 1 and support[ranked[1]] == support[best]
        if tied or 2 * support[best] < support[node]:
            break
        node = best
    return node


def _vote(values: Iterable[str | None]) -> str | None:
    """Most common non-empty value; ties go to the longer (more specific), then the smaller."""
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], -len(v), v))


@dataclass(frozen=True, slots=True)
class _Side:
    """One member's parties, oriented like the canonical event."""

    src: str
    tgt: str
    src_code: str | None
    tgt_code: str | None
    src_country: str | None
    tgt_country: str | None


def _oriented(key: MentionKey, rules: CodeRules) -> _Side:
    m = key.mention
    side = _Side(key.src, key.tgt, m.source_code, m.target_code, m.source_country, m.target_country)
    if rules.is_host_side(m.cameo):  # key.src/tgt are already flipped; flip the codes too
        side = _Side(
            key.src, key.tgt, m.target_code, m.source_code, m.target_country, m.source_country
        )
    return side


def _flip(s: _Side) -> _Side:
    return _Side(s.tgt, s.src, s.tgt_code, s.src_code, s.tgt_country, s.src_country)


def choose_parties(keys: Sequence[MentionKey], rules: CodeRules, symmetric: bool) -> _Side:
    """The cluster's dyad and actor codes, oriented the visitor's way for 042/043 pairs."""
    sides = [_oriented(k, rules) for k in keys]
    directions = Counter((s.src, s.tgt) for s in sides)
    if symmetric:
        folded = Counter({d: directions[d] + directions[(d[1], d[0])] for d in directions})
        pair = min(folded, key=lambda d: (-folded[d], -directions[d], d))
        sides = [_flip(s) if (s.tgt, s.src) == pair and s.src != s.tgt else s for s in sides]
    else:
        pair = min(directions, key=lambda d: (-directions[d], d))
    agreeing = [s for s in sides if (s.src, s.tgt) == pair]
    return _Side(
        pair[0],
        pair[1],
        _vote(s.src_code for s in agreeing),
        _vote(s.tgt_code for s in agreeing),
        _vote(s.src_country for s in agreeing),
        _vote(s.tgt_country for s in agreeing),
    )


def choose_date(keys: Sequence[MentionKey]) -> tuple[date | None, str | None, str]:
    """``(date, precision, basis)`` by the rules in the module docstring."""
    dated = [k.mention for k in keys if k.mention.date is not None and k.basis != "none"]
    if not dated:
        return None, None, "none"

    def rank(m: EventMention) -> tuple[int, int]:
        return _BASIS_RANK.get(m.date_basis, 3), _PRECISION_RANK.get(m.date_precision or "", 4)

    best = min(rank(m) for m in dated)
    chosen = [m for m in dated if rank(m) == best]
    ref = chosen[0]
    if ref.date_precision != "day":
        votes = Counter(period(m.date, m.date_precision) for m in chosen)  # type: ignore[arg-type]
        lo, hi = min(votes, key=lambda p: (-votes[p], p))
        finer = [
            m
            for m in dated
            if m.date_basis in ("explicit", "relative")
            and _PRECISION_RANK.get(m.date_precision or "", 4) < best[1]
            and lo <= m.date.toordinal() <= hi  # type: ignore[union-attr]
        ]
        if finer:
            best = min(rank(m)[::-1] for m in finer)[::-1]
            chosen = [m for m in finer if rank(m) == best]
    days = Counter(m.date for m in chosen)
    value = min(days, key=lambda d: (-days[d], d))  # type: ignore[arg-type,return-value]
    picked = next(m for m in chosen if m.date == value)
    return value, picked.date_precision, picked.date_basis


def choose_plover(
    members: Sequence[EventMention], code: str, default: tuple[str | None, str | None]
) -> tuple[str | None, str | None]:
    """The PLOVER type and mode the mentions of the chosen code carry, by majority (ties to
    the first in event-id order).  The coder can name a finer type than the CAMEO code's
    (a resignation is RETREAT although 0831 maps to CONCEDE); recomputing from the code would
    lose it.  Falls back to the code's mapping."""
    votes = Counter((m.plover, m.plover_mode) for m in members if m.cameo == code and m.plover)
    if not votes:
        return default
    best = max(votes.values())
    return next(pair for pair in votes if votes[pair] == best)


def _modality(keys: Sequence[MentionKey]) -> str:
    """The cluster's modality class; an ``asserted`` class of nothing but one side's reports
    (allegations) says ``reported``."""
    klass = keys[0].modality
    if klass == "asserted" and all(k.mention.modality == "reported" for k in keys):
        return "reported"
    return klass


def build_event(keys: Sequence[MentionKey], rules: CodeRules, phraser: Phraser) -> CanonicalEvent:
    """The canonical event of one cluster of mention keys."""
    keys = sorted(keys, key=lambda k: k.event_id)
    members = tuple(k.mention for k in keys)
    folded = [rules.reverse[m.cameo] if rules.is_host_side(m.cameo) else m.cameo for m in members]
    code = choose_code(folded, rules)
    host_only = code in rules.reverse and all(m.cameo != code for m in members)
    symmetric_votes = sum(m.symmetric for m in members)
    symmetric = rules.is_joint(code) or 2 * symmetric_votes >= len(members)
    side = choose_parties(keys, rules, symmetric)
    if host_only:  # every report was of the hosting: present it as the hosting
        code = rules.reverse[code]
        side = _flip(side)
    entry = rules.ontology.cameo(code)
    plover = choose_plover(members, code, (entry.plover, entry.plover_mode))
    modality = _modality(keys)
    when = choose_date(keys)
    published = [m.published for m in members if m.published is not None]
    no_target = side.tgt == "-"
    target_code = None if no_target else side.tgt_code
    target_country = None if no_target else side.tgt_country
    return CanonicalEvent(
        cluster_id=cluster_id_for(m.event_id for m in members),
        source_code=side.src_code,
        source_country=side.src_country,
        target_code=target_code,
        target_country=target_country,
        cameo=code,
        cameo_root=entry.root,
        cameo_name=entry.name,
        plover=plover[0],
        plover_mode=plover[1],
        goldstein=entry.goldstein,
        quad_class=entry.quad_class,
        date=when[0],
        date_precision=when[1],
        date_basis=when[2],
        symmetric=symmetric,
        modality=modality,
        num_mentions=len(members),
        num_articles=len({m.article_id for m in members}),
        num_sources=len({k.outlet for k in keys}),
        first_reported=min(published) if published else None,
        mention_ids=tuple(m.event_id for m in members),
        summary=summary_line(
            phraser,
            source=(side.src_country, side.src_code),
            target=(target_country, target_code),
            cameo_name=entry.name,
            symmetric=symmetric,
            modality=modality,
            when=(when[0], when[1]),
        ),
        members=members,
    )
