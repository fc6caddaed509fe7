"""Counted plural anaphors: "the three countries" stands for the last list of three states.

"Poland, Hungary and Slovakia banned Ukrainian grain ... On Friday the three countries extended
the ban": wire copy names a group once, as a list, and then counts it.  "the two sides" and "both
countries" are the latest bilateral pair (``view.py``); for three or more the antecedent is the
latest *list* with that many distinct parties -- names standing next to each other, separated
only by commas and "and" -- not the last n names mentioned, which would pull in whatever the
list's sentence named after it ("Ukrainian grain").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from communique.types import ActorMention

# "the three countries", "the 4 nations": counts from three up; two is the bilateral pair.
COUNT_WORDS = {
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10,
}  # fmt: skip
# Tokens a list's names may be separated by: ", ", " and ", ", and ".
_MAX_GAP = 2


def _party(m: ActorMention) -> str:
    return m.actor.country or m.actor.code


def _runs(mentions: Sequence[ActorMention]) -> list[list[ActorMention]]:
    """The lists in one sentence's mentions: runs of names at most ``_MAX_GAP`` tokens apart."""
    runs: list[list[ActorMention]] = []
    for m in sorted(mentions, key=lambda m: m.tok_start):
        last = runs[-1][-1] if runs else None
        if last is not None and 0 <= m.tok_start - last.tok_end <= _MAX_GAP:
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def listed_parties(
    here: Iterable[ActorMention], recent: Iterable[ActorMention], n: int
) -> tuple[ActorMention, ...]:
    """The latest list of exactly ``n`` distinct parties: this sentence's mentions before the
    anaphor (``here``) first, then the earlier sentences' (``recent``, most recent first)."""
    by_sentence: dict[int, list[ActorMention]] = {}
    for m in [*here, *recent]:
        if m.via != "location":
            by_sentence.setdefault(m.sentence, []).append(m)
    for sentence in sorted(by_sentence, reverse=True):
        for run in reversed(_runs(by_sentence[sentence])):
            parties: dict[str, ActorMention] = {}
            for m in run:
                parties.setdefault(_party(m), m)
            if len(parties) == n:
                return tuple(parties.values())
    return ()
