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
tried in their input order.
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
    an augmenting path never un-matches a gold event it has matched.  ``prefer`` orders each
    gold event's candidates (preferred first) without changing how many are matched: two
    correctly dated mentions of the same dyad and root are not crossed over.
    """
    edges = [[s for s, ev in enumerate(system) if match(ev, g)] for g in gold]
    if prefer is not None:
        edges = [
            sorted(cands, key=lambda s, g=g: not prefer(system[s], g))
            for g, cands in zip(gold, edges, strict=True)
        ]
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
