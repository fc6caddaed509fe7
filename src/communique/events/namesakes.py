"""A description repeated with "the": "A Russian government delegation arrived in Pyongyang
on Friday. The delegation was greeted at the airport by ...".

State-media and wire copy name a visiting party once in full and then call it "the
delegation", "the envoy", "the troupe".  The bare definite noun names nobody by itself, so
the greeting or the talks that follow lose a party.  The article memory records, for each
party of a coded event, the head noun it was named by (``words.tsv`` ``REPEATED_HEADS``:
delegations, envoys, missions and the like); a later "the <same noun>" with no modifier of
its own stands for the latest party so named.  Only the same head noun is read back, so
"the delegation" never turns into the envoy named before it.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import replace
from typing import TYPE_CHECKING

from communique.events.lexicon import word_list
from communique.types import ActorMention

if TYPE_CHECKING:
    from communique.events.view import Found, SentenceView

REPEATED_HEADS = frozenset(word_list("REPEATED_HEADS"))
_KEY = "named-by:"
_UNASSERTED = frozenset({"negated", "hypothetical"})


def remember_heads(
    memory: MutableMapping[str, ActorMention], view: SentenceView, found: Found
) -> None:
    """Record the parties of a coded event under the head noun that named them."""
    if found.modality in _UNASSERTED:
        return
    tree = view.tree
    for m in (*found.sources, *found.targets):
        if m.sentence != tree.sentence.index or not 0 <= m.head < len(tree.tokens):
            continue
        lemma = tree.lemma(m.head)
        if lemma in REPEATED_HEADS and m.via != "namesake":
            memory[_KEY + lemma] = m


def namesake(view: SentenceView, i: int) -> tuple[ActorMention, ...]:
    """The party an earlier sentence named with the noun at ``i`` when ``i`` is a bare
    "the <noun>" (no other modifier); empty otherwise.  The mention is re-anchored on this
    sentence's words so that the evidence points here."""
    tree = view.tree
    tok = tree.tok(i)
    if tok.pos != "NOUN" or tree.lemma(i) not in REPEATED_HEADS:
        return ()
    kids = [k for k in tree.kids(i) if tree.tok(k).dep != "punct"]
    if len(kids) != 1 or tree.tok(kids[0]).text.lower() != "the" or kids[0] != i - 1:
        return ()
    earlier = view.antecedents.get(_KEY + tree.lemma(i))
    if earlier is None or earlier.sentence == tree.sentence.index:
        return ()
    return (
        replace(
            earlier,
            sentence=tree.sentence.index,
            tok_start=i - 1,
            tok_end=i + 1,
            head=i,
            start=tree.tok(i - 1).start,
            end=tok.end,
            via="namesake",
        ),
    )
