"""Who makes an appeal coordinated after a reported clause: "Trudeau said that India had
made an error and called on New Delhi to cooperate".

The parser often hangs the second verb ("called on") on the verb of the reported clause
("made") instead of on the reporting verb ("said"), so the appeal inherits the reported
clause's subject and India ends up calling on India -- a self-aimed act that is then dropped,
losing Canada's appeal.  A party does not appeal to, demand from, criticise or threaten
itself, so when such an act would be aimed at its own doer's party and its verb is a
conjunct inside a clause reported by another speaker, the speaker is its doer.
"""

from __future__ import annotations

from dataclasses import replace

from communique.events.discourse import party
from communique.events.doers import subject_actors
from communique.events.view import Found, SentenceView

# Acts aimed at another party by nature: appeals, demands, disapproval, rejection, threats.
OTHER_AIMED_ROOTS = frozenset({"02", "10", "11", "12", "13"})
_CLAUSE_DEPS = frozenset({"ccomp"})


def speaker_for_self_aimed(view: SentenceView, found: Found) -> Found:
    """``found`` with the reporting verb's subject as source when the act, a conjunct of a
    reported clause, would otherwise be aimed at its own doer; else ``found`` unchanged."""
    if found.code[:2] not in OTHER_AIMED_ROOTS or not found.sources or not found.targets:
        return found
    own = {party(m) for m in found.sources}
    aimed = {party(m) for m in found.targets}
    if not own & aimed:
        return found
    tree = view.tree
    if tree.tok(found.trigger).dep != "conj":
        return found
    clause = tree.head(found.trigger)
    if clause is None or tree.tok(clause).dep not in _CLAUSE_DEPS:
        return found
    reporter = tree.head(clause)
    if reporter is None or reporter == clause:
        return found
    speakers = tuple(m for m in subject_actors(view, reporter) if party(m) not in aimed)
    if not speakers:
        return found
    return replace(found, sources=speakers)
