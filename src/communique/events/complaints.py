"""Whom a complaint is about when the complaint is reported speech: "Belgrade is failing
to protect the refugees, Tirana protested", "Albania complained that Serbian police had
blocked the border".

A verb of disapproval (CAMEO 11: complain, protest, charge, criticise) often takes the
grievance as a clause instead of naming its addressee as an object.  The party the grievance
is about is then the subject of that clause, and without it the accusation had no recipient
and was dropped (11 is never recorded monadic).
"""

from __future__ import annotations

from communique.events.doers import no_places
from communique.events.view import Found, SentenceView
from communique.types import ActorMention

DISAPPROVAL_ROOT = "11"
_CLAUSE_DEPS = frozenset({"ccomp"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def complaint_target(view: SentenceView, found: Found) -> tuple[ActorMention, ...]:
    """The actors named as subject of the clause a disapproval verb reports, when the act has
    a source and no recipient and they are not the source itself; else ``()``."""
    if found.targets or not found.sources or found.code[:2] != DISAPPROVAL_ROOT:
        return ()
    tree = view.tree
    own = {m.actor.code for m in found.sources}
    for clause in tree.kids(found.trigger, _CLAUSE_DEPS):
        for subj in tree.kids(clause, _SUBJECT_DEPS):
            named = tuple(m for m in no_places(view.in_phrase(subj)) if m.actor.code not in own)
            if named:
                return named
    return ()
