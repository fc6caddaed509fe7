"""When does a system event count as a gold event: the match rules, as small predicates.

Actor rule (sentence gold, PETRARCH codes)
    A gold actor code matches a system actor code when either is a prefix of the other:
    gold ``USA`` matches system ``USAGOV`` (the system is more specific), and gold ``GUYJUD``
    matches system ``GUY`` (the system found the right country but not the agent: we count
    this, i.e. the dyad is judged at country level at worst).  Gold ``DAGGOV`` never matches
    system ``ARN``.  ``---`` (PETRARCH's "no country") is dropped before comparing, so gold
    ``---GOV`` matches a system ``GOV`` actor without a country but not ``USAGOV``.  A gold
    actor of ``None`` means the gold does not say, and matches anything.
Country rule (article gold)
    Gold names countries (``CHN``); the system event's ``source_country``/``target_country``
    (or, when the coder left that empty, the first three letters of the actor code) must be
    equal to it.  Longer gold codes (``IGOUNO``) fall back to the actor rule.
Event rule
    ``dyad_root``: dyad and CAMEO root; ``dyad_code``: dyad and the full CAMEO code.

The one-to-one assignment of system to gold events is a maximum bipartite matching (Kuhn's
augmenting paths): exact, not greedy, and deterministic because gold and system events are
tried in their input order.  When a date preference is given (article gold), the assignment is
instead the optimum of a weighted matching whose weights rank, in strict priority: required
gold events matched, all gold events matched, required pairs whose date agrees, all pairs
whose date agrees, earlier system mentions.  So an optional gold event can never push a
required one off its correctly dated mention onto a years-old mention of the same dyad.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from communique.eval.gold import EXCLUDED_ACTOR, GoldEvent
from communique.types import EventMention

_NO_COUNTRY = "---"

EventMatch = Callable[[EventMention, GoldEvent], bool]


def canonical_actor(code: str | None) -> str:
    """Upper-case, unquoted, without PETRARCH's ``---`` no-country marker."""
    text = (code or "").strip().strip('"').upper()
    return text.removeprefix(_NO_COUNTRY)


def actor_matches(gold: str | None, system: str | None) -> bool:
    """The PETRARCH actor rule (see module docstring)."""
    if gold is None:
        return True
    g, s = canonical_actor(gold), canonical_actor(system)
    if not g or not s:
        return g == s
    return g.startswith(s) or s.startswith(g)


def system_country(code: str | None, country: str | None) -> str | None:
    """The system actor's country: the coder's own field, else the code's first segment."""
    if country:
        return country.upper()
    text = canonical_actor(code)
    if not text or (code or "").startswith(_NO_COUNTRY):
        return None
    return text[:3]


def country_matches(gold: str | None, code: str | None, country: str | None) -> bool:
    """The article-level country rule (see module docstring)."""
    if gold is None:
        return True
    if gold.upper() == system_country(code, country):
        return True
    return len(gold) > 3 and actor_matches(gold, code)


def sentence_dyad(event: EventMention, gold: GoldEvent) -> bool:
    return actor_matches(gold.source, event.source_code) and actor_matches(
        gold.target, event.target_code
    )


def article_dyad(event: EventMention, gold: GoldEvent) -> bool:
    """Country-level dyad; a symmetric gold event (a meeting) matches either direction."""

    def directed(src: str | None, tgt: str | None) -> bool:
        return country_matches(src, event.source_code, event.source_country) and country_matches(
            tgt, event.target_code, event.target_country
        )

    if directed(gold.source, gold.target):
        return True
    return gold.symmetric and directed(gold.target, gold.source)


def root_matches(event: EventMention, gold: GoldEvent) -> bool:
    root = event.cameo_root or event.cameo[:2]
    return root in gold.roots


def code_matches(event: EventMention, gold: GoldEvent) -> bool:
    return event.cameo in gold.codes


def both(*rules: EventMatch) -> EventMatch:
    """A rule that holds when all ``rules`` hold."""

    def match(event: EventMention, gold: GoldEvent) -> bool:
        return all(rule(event, gold) for rule in rules)

    return match


def excluded_agrees(event: EventMention, gold: GoldEvent) -> bool:
    """Does ``event`` agree with an excluded (unscoreable) gold event on its valid parts?

    Used so that a system event coding a sentence whose gold code is test-only (or whose
    actor is a quoted name) is neither rewarded nor punished.
    """
    if gold.excluded == EXCLUDED_ACTOR:
        return not gold.roots or root_matches(event, gold)
    return sentence_dyad(event, gold)


def max_matching(
    system: Sequence[EventMention],
    gold: Sequence[GoldEvent],
    match: EventMatch,
    prefer: EventMatch | None = None,
) -> dict[int, int]:
    """A maximum one-to-one matching, as ``{gold index: system index}``.

    Gold events are taken in order, so listing required gold events first guarantees they
    are matched whenever possible before optional ones compete for the same system event:
    an augmenting path never un-matches a gold event it has matched.  With ``prefer`` (a date
    check) the matching is the weighted optimum described in the module docstring: as many
    gold events matched (required first), then as many preferred pairs (required first).
    """
    edges = [[s for s, ev in enumerate(system) if match(ev, g)] for g in gold]
    if prefer is not None:
        return _weighted_matching(system, gold, edges, prefer)
    owner: dict[int, int] = {}  # system index -> gold index

    def augment(g: int, seen: set[int]) -> bool:
        for s in edges[g]:
            if s in seen:
                continue
            seen.add(s)
            if s not in owner or augment(owner[s], seen):
                owner[s] = g
                return True
        return False

    for g in range(len(gold)):
        augment(g, set())
    return {g: s for s, g in owner.items()}


def _pair_weight(
    gold: GoldEvent, preferred: bool, system_index: int, n_gold: int, n_system: int
) -> int:
    """The lexicographic weight of one pair, as one integer.

    Each priority level is scaled past the largest possible sum of all lower levels (at most
    ``n_gold`` pairs, each adding at most ``n_system`` in the last level), so the optimum of
    the sum is the lexicographic optimum of (required matched, matched, required preferred,
    preferred, earliest mentions).
    """
    base = n_gold + 1
    weight = int(gold.must)
    weight = weight * base + 1
    weight = weight * base + int(gold.must and preferred)
    weight = weight * base + int(preferred)
    return weight * (n_gold * n_system + 1) + (n_system - system_index)


def _weighted_matching(
    system: Sequence[EventMention],
    gold: Sequence[GoldEvent],
    edges: Sequence[Sequence[int]],
    prefer: EventMatch,
) -> dict[int, int]:
    """The maximum-weight one-to-one matching (``{gold index: system index}``) over ``edges``.

    Only system events with at least one edge take part, which keeps the square problem small
    (articles list a few dozen gold events; most mentions match none of them).
    """
    columns = sorted({s for cands in edges for s in cands})
    if not columns:
        return {}
    size = max(len(gold), len(columns))
    weights = [[0] * size for _ in range(size)]
    for g, cands in enumerate(edges):
        for s in cands:
            weights[g][columns.index(s)] = _pair_weight(
                gold[g], prefer(system[s], gold[g]), s, len(gold), len(system)
            )
    assignment = max_weight_assignment(weights)
    return {g: columns[c] for g, c in enumerate(assignment) if g < len(gold) and weights[g][c] > 0}


def max_weight_assignment(weights: Sequence[Sequence[int]]) -> list[int]:
    """Row -> column of a square matrix's maximum-weight perfect assignment.

    The Hungarian method with potentials (O(n^3)), on exact integers so priorities scaled to
    very large weights never lose precision.  Deterministic: rows are added in order and ties
    keep the first column found.
    """
    n = len(weights)
    top = max((w for row in weights for w in row), default=0)
    cost = [[top - w for w in row] for row in weights]  # minimise cost = maximise weight
    u = [0] * (n + 1)
    v = [0] * (n + 1)
    owner = [0] * (n + 1)  # column (1-based) -> row (1-based), 0 = free
    for row in range(1, n + 1):
        owner[0] = row
        col = 0
        slack = [None] * (n + 1)
        back = [0] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[col] = True
            r = owner[col]
            delta, nxt = None, 0
            for j in range(1, n + 1):
                if used[j]:
                    continue
                cur = cost[r - 1][j - 1] - u[r] - v[j]
                if slack[j] is None or cur < slack[j]:
                    slack[j], back[j] = cur, col
                if delta is None or slack[j] < delta:
                    delta, nxt = slack[j], j
            for j in range(n + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    slack[j] -= delta
            col = nxt
            if owner[col] == 0:
                break
        while col:
            prev = back[col]
            owner[col] = owner[prev]
            col = prev
    result = [0] * n
    for j in range(1, n + 1):
        result[owner[j] - 1] = j - 1
    return result
