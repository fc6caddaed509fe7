"""Scoring one gold item against the events the system coded from it.

Choices that change numbers, in one place:

* Only events whose modality is not in ``UNSCORED_MODALITIES`` are scored.  A negated or
  hypothetical event is the coder saying "this did *not* (certainly) happen", which no gold
  file codes as an event; future, wished-for, appealed-for and reported events are coded by
  PETRARCH-style gold, so they count.  Dropped events are counted (``n_unscored``).
* Sentence gold (PETRARCH): identical system events in one record (same actor codes, same
  CAMEO code) count once, as the gold lists each event once.  After that, every system
  event not matched one-to-one to a gold event is a false positive, except one that agrees
  with an *excluded* gold event (test-only code or actor), which is ignored.
* Article gold (ours): one article usually mentions an event several times (lead, body,
  quote).  All mentions matching a gold event count once: the first matched mention is the
  one scored (its date decides date accuracy); the extra mentions are neither true nor false
  positives.  Optional gold events (``must: false``) are credited when found and never missed.
  For ``dyad_code``, gold events without ``codes`` are optional (the gold does not say which
  code is right) and are matched on their roots.
* PLOVER gold: a record is right when any scored system event in it has the gold type.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from communique.eval.gold import GoldEvent, GoldItem
from communique.eval.matching import (
    EventMatch,
    article_dyad,
    both,
    code_matches,
    excluded_agrees,
    max_matching,
    root_matches,
    sentence_dyad,
)
from communique.eval.scores import Accuracy, Discrepancy, Scores
from communique.types import EventMention

UNSCORED_MODALITIES: frozenset[str] = frozenset({"negated", "hypothetical"})
"""System events with these modalities are not scored (see module docstring)."""


@dataclass(frozen=True, slots=True)
class LevelOutcome:
    """The matching at one level (``dyad_root`` or ``dyad_code``) for one item."""

    scores: Scores
    pairs: dict[int, int]  # gold index -> system index
    missed: tuple[int, ...]  # required gold events not found
    false_positives: tuple[int, ...]  # system events matching no gold event


@dataclass(frozen=True, slots=True)
class ItemResult:
    """Everything one gold item contributes to its file's result."""

    item_id: str
    category: str
    n_gold: int
    n_system: int
    n_unscored: int
    n_excluded: dict[str, int]
    dyad_root: Scores | None = None
    dyad_code: Scores | None = None
    plover: Accuracy | None = None
    date: Accuracy | None = None
    discrepancies: tuple[Discrepancy, ...] = ()


def describe(event: EventMention) -> str:
    text = f"{event.source_code or '-'} -> {event.target_code or '-'} {event.cameo}"
    return f"{text} [{event.modality}]" if event.modality != "asserted" else text


def scoreable(events: Sequence[EventMention]) -> list[EventMention]:
    return [e for e in events if e.modality not in UNSCORED_MODALITIES]


def distinct(events: Sequence[EventMention]) -> list[EventMention]:
    """First of each (source code, target code, CAMEO code), in order."""
    seen: set[tuple[str | None, str | None, str]] = set()
    out = []
    for e in events:
        key = (e.source_code, e.target_code, e.cameo)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def match_level(
    system: Sequence[EventMention],
    gold: Sequence[GoldEvent],
    rule: EventMatch,
    *,
    ignore: Callable[[EventMention], bool] = lambda _e: False,
    extras_ok: bool = False,
    prefer: EventMatch | None = None,
    mirrors_ok: bool = False,
) -> LevelOutcome:
    """Match ``system`` to ``gold`` one-to-one and count.

    ``ignore``: system events that must not count as false positives when unmatched.
    ``extras_ok``: unmatched system events that match some gold event are repeats of an
    already-found event, not false positives (article gold).
    """
    order = sorted(range(len(gold)), key=lambda i: not gold[i].must)  # required first, stable
    found = max_matching(system, [gold[i] for i in order], rule, prefer)
    pairs = {order[g]: s for g, s in found.items()}
    used = set(pairs.values())
    fps = tuple(
        s
        for s, event in enumerate(system)
        if s not in used
        and not ignore(event)
        and not (extras_ok and any(rule(event, g) for g in gold))
        and not (mirrors_ok and any(is_mirror(event, system[t]) for t in used))
    )
    missed = tuple(i for i, g in enumerate(gold) if g.must and i not in pairs)
    tp = sum(1 for i in pairs if gold[i].must)
    scores = Scores(tp=tp, fp=len(fps), fn=len(missed), credited=len(pairs) - tp)
    return LevelOutcome(scores, pairs, missed, fps)


def is_mirror(event: EventMention, other: EventMention) -> bool:
    """Is ``event`` the other side of the joint act ``other`` ("A and B met": A->B and B->A,
    both flagged symmetric)?  Sentence gold often lists one direction of a meeting; the
    mirror of a matched joint act is the same act, not a false positive."""
    return (
        event.symmetric
        and other.symmetric
        and event.cameo == other.cameo
        and event.source_code == other.target_code
        and event.target_code == other.source_code
    )


def _excluded_counts(item: GoldItem) -> dict[str, int]:
    counts: dict[str, int] = {}
    for e in item.events:
        if e.excluded:
            counts[e.excluded] = counts.get(e.excluded, 0) + 1
    return counts


def _discrepancies(
    file: str,
    item: GoldItem,
    gold: Sequence[GoldEvent],
    system: Sequence[EventMention],
    root: LevelOutcome,
    *,
    miss_text: str,
) -> list[Discrepancy]:
    """Misses and false positives at root level, plus right-root-wrong-code pairs."""
    out = [
        Discrepancy("miss", file, item.item_id, item.category, gold[g].describe(), "", miss_text)
        for g in root.missed
    ]
    out += [
        Discrepancy(
            "false_positive", file, item.item_id, item.category, "", describe(system[s]),
            system[s].sentence or miss_text,
        )
        for s in root.false_positives
    ]  # fmt: skip
    for g, s in sorted(root.pairs.items()):
        if gold[g].codes and not code_matches(system[s], gold[g]):
            out.append(
                Discrepancy(
                    "code", file, item.item_id, item.category, gold[g].describe(),
                    describe(system[s]), system[s].sentence or miss_text,
                )
            )  # fmt: skip
    return out


def score_sentence(file: str, item: GoldItem, events: Sequence[EventMention]) -> ItemResult:
    """A PETRARCH-style record: dyad + root and dyad + full code, one-to-one."""
    kept = scoreable(events)
    system = distinct(kept)
    gold = item.scored_events
    excluded = [e for e in item.events if e.excluded]

    def ignore(event: EventMention) -> bool:
        return any(excluded_agrees(event, x) for x in excluded)

    root = match_level(
        system, gold, both(sentence_dyad, root_matches), ignore=ignore, mirrors_ok=True
    )
    code = match_level(
        system, gold, both(sentence_dyad, code_matches), ignore=ignore, mirrors_ok=True
    )
    return ItemResult(
        item_id=item.item_id,
        category=item.category,
        n_gold=len(gold),
        n_system=len(system),
        n_unscored=len(events) - len(kept),
        n_excluded=_excluded_counts(item),
        dyad_root=root.scores,
        dyad_code=code.scores,
        discrepancies=tuple(_discrepancies(file, item, gold, system, root, miss_text=item.text)),
    )


def _article_code_rule(event: EventMention, gold: GoldEvent) -> bool:
    if not article_dyad(event, gold):
        return False
    return code_matches(event, gold) if gold.codes else root_matches(event, gold)


def date_right(event: EventMention, gold: GoldEvent) -> bool:
    """Is the system date within the gold window (``[low, high]`` days around the date)?"""
    if gold.date is None or event.date is None:
        return False
    low, high = gold.window
    return low <= (event.date - gold.date).days <= high


def score_article(file: str, item: GoldItem, events: Sequence[EventMention]) -> ItemResult:
    """An article-level record: country dyad + root (any of ``roots``), repeats count once."""
    system = scoreable(events)
    gold = item.scored_events
    root = match_level(
        system, gold, both(article_dyad, root_matches), extras_ok=True, prefer=date_right
    )
    code_gold = [g if g.codes else replace(g, must=False) for g in gold]
    code = match_level(system, code_gold, _article_code_rule, extras_ok=True)
    dated = [(g, s) for g, s in sorted(root.pairs.items()) if gold[g].date is not None]
    right = [date_right(system[s], gold[g]) for g, s in dated]
    found = _discrepancies(file, item, gold, system, root, miss_text="")
    for (g, s), ok in zip(dated, right, strict=True):
        if not ok:
            window = f"{gold[g].date} {list(gold[g].window)}"
            found.append(
                Discrepancy(
                    "date", file, item.item_id, item.category,
                    f"{gold[g].describe()} on {window}",
                    f"{describe(system[s])} on {system[s].date}", system[s].sentence,
                )
            )  # fmt: skip
    return ItemResult(
        item_id=item.item_id,
        category=item.category,
        n_gold=len(gold),
        n_system=len(system),
        n_unscored=len(events) - len(system),
        n_excluded=_excluded_counts(item),
        dyad_root=root.scores,
        dyad_code=code.scores,
        date=Accuracy(sum(right), len(right)),
        discrepancies=tuple(found),
    )


def score_plover(
    file: str,
    item: GoldItem,
    events: Sequence[EventMention],
    normalise_plover: Callable[[str], str],
) -> ItemResult:
    """A PLOVER record: right when any scored system event has the gold PLOVER type."""
    system = scoreable(events)
    types = {normalise_plover(e.plover) for e in system if e.plover}
    gold = item.scored_events
    right = [g.plover in types for g in gold]
    found = ", ".join(sorted(types)) or "no event"
    misses = tuple(
        Discrepancy("plover", file, item.item_id, item.category, g.plover or "", found, item.text)
        for g, ok in zip(gold, right, strict=True)
        if not ok
    )
    return ItemResult(
        item_id=item.item_id,
        category=item.category,
        n_gold=len(gold),
        n_system=len(system),
        n_unscored=len(events) - len(system),
        n_excluded=_excluded_counts(item),
        plover=Accuracy(sum(right), len(right)),
        discrepancies=misses,
    )
