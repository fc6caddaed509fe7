"""Comments about another party and views two parties share, stated in a "that" clause.

* "Tokyo expressed hope that Pyongyang would return to talks": an optimistic (013) or
  pessimistic (012) comment is *about* the party the clause speaks of, so that party is its
  target when no preposition names one.
* "Lima and Santiago agreed that the dispute should go to arbitration": agreeing on a view
  commits nobody to anything; CAMEO codes it as expressed accord (019), not as an intent to
  cooperate (03).  When the clause's subject is a party ("agreed that they would meet again"),
  it states a commitment and stays with the intent frame.
"""

from __future__ import annotations

from collections.abc import Sequence

from communique.events.doers import no_places
from communique.events.view import SentenceView
from communique.types import ActorMention

COMMENT_CODES = frozenset({"012", "013"})
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PRONOUN_POS = frozenset({"PRON"})


def that_clauses(view: SentenceView, i: int, obj: int | None) -> list[int]:
    """Finite complement clauses of the verb at ``i`` or of its object noun ("hope that ...")."""
    tree = view.tree
    heads = [i] if obj is None else [i, obj]
    return [c for h in heads for c in tree.kids(h, {"ccomp", "acl"}) if _finite(view, c)]


def _finite(view: SentenceView, clause: int) -> bool:
    """A clause with a subject of its own (not "hope to meet", whose doer is the speaker)."""
    return view.tree.kid(clause, CLAUSE_SUBJECTS) is not None


def comment_targets(
    view: SentenceView, i: int, obj: int | None, sources: Sequence[ActorMention]
) -> tuple[ActorMention, ...]:
    """The party an optimistic or pessimistic comment is about: the subject of its clause."""
    own = {m.actor.country for m in sources if m.actor.country}
    for clause in that_clauses(view, i, obj):
        subj = view.tree.kid(clause, CLAUSE_SUBJECTS)
        if subj is None:
            continue
        found = tuple(
            m
            for m in no_places(view.in_phrase(subj))
            if m not in sources and not (m.actor.country and m.actor.country in own)
        )
        if found:
            return found
    return ()


def states_shared_view(view: SentenceView, i: int) -> bool:
    """The verb's complement is a "that" clause about an issue, not about a party's own act:
    "agreed that the dispute should be settled" (a view), not "agreed that they would meet"."""
    tree = view.tree
    for clause in tree.kids(i, {"ccomp"}):
        if not any(tree.lemma(k) == "that" for k in tree.kids(clause, {"mark"})):
            continue
        subj = tree.kid(clause, CLAUSE_SUBJECTS)
        if subj is None or tree.tok(subj).pos in PRONOUN_POS or view.in_phrase(subj):
            continue
        if any(tree.tok(k).pos in PRONOUN_POS for k in tree.kids(subj, {"poss"})):
            continue  # "agreed that their countries should cooperate": a commitment
        return True
    return False
