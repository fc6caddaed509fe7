"""Counted plural anaphors: "the three countries" stands for the last list of three states.

"Poland, Hungary and Slovakia banned Ukrainian grain ... On Friday the three countries extended
the ban": wire copy names a group once, as a coordinated list, and then counts it.  "the two
sides" and "both countries" are the latest bilateral pair (``view.py``); for three or more the
antecedent is the latest *list* with that many distinct parties -- names joined by the parser's
``conj`` relation -- not the last n names mentioned, which would pull in whatever the list's
sentence named after it ("Ukrainian grain").  Lists of earlier sentences are kept in the
article memory under ``list<n>:<k>`` keys (``note_lists``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, MutableMapping

from communique.events.syntax import Tree
from communique.types import ActorMention

# "the three countries", "the 4 nations": counts from three up; two is the bilateral pair.
COUNT_WORDS = {
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10,
}  # fmt: skip


def _party(m: ActorMention) -> str:
    return m.actor.country or m.actor.code


def _list_head(tree: Tree, k: int) -> int:
    """The first conjunct of the coordination ``k`` belongs to ("Latvia" -> "Estonia")."""
    while tree.tok(k).dep == "conj":
        up = tree.head(k)
        if up is None:
            break
        k = up
    return k


def sentence_lists(tree: Tree, mentions: Iterable[ActorMention]) -> list[tuple[ActorMention, ...]]:
    """The coordinated lists of three or more distinct parties in a sentence, in text order,
    each as one mention per party."""
    groups: dict[int, dict[str, ActorMention]] = {}
    for m in sorted(mentions, key=lambda m: m.tok_start):
        if m.via != "location":
            groups.setdefault(_list_head(tree, m.head), {}).setdefault(_party(m), m)
    lists = [tuple(g.values()) for g in groups.values() if len(g) >= 3]
    return sorted(lists, key=lambda ms: ms[0].tok_start)


def note_lists(
    memory: MutableMapping[str, ActorMention], tree: Tree, mentions: Iterable[ActorMention]
) -> None:
    """Remember this sentence's lists by size: ``list3:0`` .. ``list3:2`` for a list of three
    (a later list of the same size replaces an earlier one)."""
    for listed in sentence_lists(tree, mentions):
        for k, m in enumerate(listed):
            memory[f"list{len(listed)}:{k}"] = m


def listed_parties(
    tree: Tree,
    here: Iterable[ActorMention],
    memory: Mapping[str, ActorMention],
    n: int,
) -> tuple[ActorMention, ...]:
    """The latest list of exactly ``n`` parties: in this sentence before the anaphor (``here``),
    else from the article memory."""
    for listed in reversed(sentence_lists(tree, here)):
        if len(listed) == n:
            return listed
    found = [memory.get(f"list{n}:{k}") for k in range(n)]
    return tuple(m for m in found if m is not None) if all(found) else ()
