"""Who makes an appeal coordinated after a reported clause: "Trudeau said that India had
made an error and called on New Delhi to cooperate".

The parser often hangs the second verb ("called on") on the verb of the reported clause
("made") instead of on the reporting verb ("said"), so the appeal inherits the reported
clause's subject and India ends up calling on India -- a self-aimed act that is then dropped,
losing Canada's appeal.  A party does not appeal to, demand from, criticise or threaten
itself, so when such an act would be aimed at its own doer's party and its verb is a
conjunct inside a clause reported by another speaker, the speaker is its doer.

The same misparse leaves the act with no doer at all when the reported clause's subject is a
thing: "Washington said the launch violated U.N. resolutions and urged Pyongyang to return
to talks", "Lukashenko said the ties had grown stronger and voiced support for Beijing's
plan".  A launch or a relationship cannot urge, voice support or protest, so a verbal act
(statements, appeals, pledges, support, demands, disapproval, rejection, threats) whose
inherited subject names no actor and is no pronoun belongs to the speaker
(``speaker_for_thing_subject``).  Material acts keep their inanimate subject ("officials
said the blast killed five and wounded ten": no speaker wounded anybody).
"""

from __future__ import annotations

from dataclasses import replace

from communique.events.discourse import party
from communique.events.doers import subject_actors
from communique.events.view import Found, SentenceView

# Acts aimed at another party by nature: appeals, demands, disapproval, rejection, threats.
OTHER_AIMED_ROOTS = frozenset({"02", "10", "11", "12", "13"})
_CLAUSE_DEPS = frozenset({"ccomp"})
# Acts only a speaking party performs (CAMEO's verbal roots but investigation).
SPOKEN_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_PRONOUN_TAGS = frozenset({"PRP", "PRP$", "WP", "WDT", "DT", "EX"})
# Nouns naming people, who can speak even when no actor is resolved for them.
_PEOPLE_CLASSES = ("PERSONS", "DIPLOMAT")


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


def _reporter_of_conjunct(view: SentenceView, trigger: int) -> tuple[int, int] | None:
    """(reported clause, reporting verb) when ``trigger`` is a conjunct hung on the verb of
    a clause reported by another verb; None otherwise."""
    tree = view.tree
    if tree.tok(trigger).dep != "conj":
        return None
    clause = tree.head(trigger)
    if clause is None or tree.tok(clause).dep not in _CLAUSE_DEPS:
        return None
    reporter = tree.head(clause)
    if reporter is None or reporter == clause:
        return None
    if tree.lemma(reporter) not in view.lexicon.speech:
        return None
    return clause, reporter


def _thing(view: SentenceView, k: int) -> bool:
    """Does the subject phrase headed by ``k`` name a thing, not a party?  Its head is a
    common noun that is no actor and no person, and whatever actors it mentions hang on
    its prepositional phrases ("the friendship between the two countries", "the launch
    from the coast of Wonsan"), not on the head, a possessive or an adjective."""
    tree = view.tree
    tok = tree.tok(k)
    if tok.pos != "NOUN" or view.at(k) or any(tree.kids(k, {"conj"})):
        return False
    if any(view.lexicon.in_class(tree.lemma(k), c) for c in _PEOPLE_CLASSES):
        return False
    preps = {j for p in tree.kids(k, {"prep"}) for j in tree.subtree(p)}
    return not any(view.at(j) for j in tree.subtree(k) if j != k and j not in preps)


def speaker_for_thing_subject(view: SentenceView, found: Found) -> Found:
    """``found`` with the reporting verb's subject as source when the verbal act, a
    conjunct of a reported clause whose subject names no actor, has no doer; else
    ``found`` unchanged (see the module note)."""
    if found.code[:2] not in SPOKEN_ROOTS:
        return found
    tree = view.tree
    if tree.kids(found.trigger, _SUBJECT_DEPS):
        return found
    pair = _reporter_of_conjunct(view, found.trigger)
    if pair is None:
        return found
    clause, reporter = pair
    subjects = tree.kids(clause, _SUBJECT_DEPS)
    if not subjects or any(tree.tok(k).tag in _PRONOUN_TAGS for k in subjects):
        return found
    if not all(_thing(view, k) for k in subjects):
        return found
    aimed = {party(m) for m in found.targets}
    speakers = tuple(m for m in subject_actors(view, reporter) if party(m) not in aimed)
    if not speakers:
        return found
    return replace(found, sources=speakers)
