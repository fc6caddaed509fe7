"""Agents named by a possessive pronoun (actors/possessives.py): "its foreign ministry" takes the
earlier subject country, at sentence start the previous subject; a subject that is no actor, the
owner's own asset and "its people" are left alone.  Hand-built parses: fast, no spaCy model."""

from __future__ import annotations

from communique.actors import KnowledgeBase, resolve_article
from communique.types import ActorMention


def _all(kb: KnowledgeBase, parsed) -> list[list[ActorMention]]:
    return [list(ms) for ms in resolve_article(parsed, kb)]


def _coded(ms: list[ActorMention]) -> list[tuple[str, str, str]]:
    return [(m.actor.code, m.via, m.actor.name) for m in ms]


# ------------------------------------------------------- "its foreign ministry", "their army"


def test_its_agent_takes_the_earlier_subject_country(kb, article) -> None:
    spec = ("Peru/PROPN/nsubj/1 said/VERB/ROOT/1 its/PRON/poss/4 foreign/ADJ/amod/4 "
            "ministry/NOUN/nsubj/5 summoned/VERB/ccomp/1 the envoy")  # fmt: skip
    [ms] = _all(kb, article([spec]))
    assert ("PERGOV", "compound", "its foreign ministry") in _coded(ms)


def test_its_at_sentence_start_takes_previous_subject(kb, article) -> None:
    first = "Chile/PROPN/nsubj/1 mobilised/VERB/ROOT/1 reserves"
    second = "Its/PRON/poss/1 army/NOUN/nsubj/2 shelled/VERB/ROOT/2 Peru/PROPN/dobj/2"
    _, ms = _all(kb, article([first, second]))
    assert ("CHLMIL", "compound", "Its army") in _coded(ms)


def test_its_after_a_subject_that_is_no_actor_is_left_alone(kb, article) -> None:
    spec = ("The/DET/det/1 company/NOUN/nsubj/2 said/VERB/ROOT/2 its/PRON/poss/4 "
            "spokesman/NOUN/nsubj/5 met/VERB/ccomp/2 Peru/PROPN/dobj/5")  # fmt: skip
    [ms] = _all(kb, article([spec]))
    assert [m.actor.code for m in ms] == ["PER"]


def test_its_agent_as_object_is_the_owners_own_asset(kb, article) -> None:
    spec = ("Chile/PROPN/nsubj/1 offered/VERB/ROOT/1 its/PRON/poss/3 troops/NOUN/dobj/1 "
            "to/ADP/prep/1 Peru/PROPN/pobj/4")  # fmt: skip
    [ms] = _all(kb, article([spec]))
    assert not any(m.actor.sector == "MIL" for m in ms)


def test_its_people_are_no_party(kb, article) -> None:
    spec = ("Chile/PROPN/nsubj/1 said/VERB/ROOT/1 its/PRON/poss/3 "
            "farmers/NOUN/nsubj/4 protested/VERB/ccomp/1")  # fmt: skip
    [ms] = _all(kb, article([spec]))
    assert [m.actor.code for m in ms] == ["CHL"]
