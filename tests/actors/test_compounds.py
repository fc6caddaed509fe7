"""Compound actor phrases (actors/compounds.py): "<agents> from <modifiers> <country>",
"<agent> in <country>", and a place naming an event held there ("the Beijing Olympics").
Hand-built parses: fast, no spaCy model."""

from __future__ import annotations

from communique.actors import KnowledgeBase, resolve_article
from communique.types import ActorMention


def _mentions(kb: KnowledgeBase, parsed) -> list[ActorMention]:
    [ms] = resolve_article(parsed, kb)
    return list(ms)


def _coded(ms: list[ActorMention]) -> list[tuple[str, str, str]]:
    return [(m.actor.code, m.via, m.actor.name) for m in ms]


# ------------------------------------------------- modifiers between "from/of" and the country


def test_hyphenated_modifier_before_origin_country(kb, article) -> None:
    spec = ("Refugees/NOUN/nsubj/6 from/ADP/prep/0 war/NOUN/npadvmod/4 -/PUNCT/punct/4 "
            "torn/VERB/amod/5 Sudan/PROPN/pobj/1 crossed/VERB/ROOT/6 the border")  # fmt: skip
    ms = _mentions(kb, article([spec]))
    assert ("SDNREF", "compound", "Refugees from war - torn Sudan") in _coded(ms)


def test_agent_noun_used_as_modifier_before_origin_country(kb, article) -> None:
    spec = ("Dissidents/NOUN/nsubj/6 from/ADP/prep/0 military/NOUN/npadvmod/4 -/PUNCT/punct/4 "
            "ruled/VERB/amod/5 Myanmar/PROPN/pobj/1 met/VERB/ROOT/6 the envoy")  # fmt: skip
    codes = [m.actor.code for m in _mentions(kb, article([spec]))]
    assert codes[0] == "MMROPP"
    assert "MIL" not in codes[0]


def test_participle_before_origin_country(kb, article) -> None:
    spec = ("Troops/NOUN/nsubj/4 from/ADP/prep/0 neighbouring/VERB/amod/3 Rwanda/PROPN/pobj/1 "
            "entered/VERB/ROOT/4 the town")  # fmt: skip
    ms = _mentions(kb, article([spec]))
    assert [m.actor.code for m in ms] == ["RWAMIL"]


def test_modifier_of_something_else_does_not_bridge(kb, article) -> None:
    # "refugees from rural areas" names no country; the modifier's head is not Sudan
    spec = ("Refugees/NOUN/nsubj/5 from/ADP/prep/0 rural/ADJ/amod/3 areas/NOUN/pobj/1 "
            "left/VERB/ROOT/5 Sudan/PROPN/dobj/5")  # fmt: skip
    codes = [m.actor.code for m in _mentions(kb, article([spec]))]
    assert "SDNREF" not in codes


# ------------------------------------------------- a locative ends the agent's span


def test_locative_after_agent_is_a_separate_place(kb, article) -> None:
    spec = ("The/DET/det/3 Sudanese/ADJ/amod/3 army/NOUN/compound/3 chief/NOUN/nsubj/6 "
            "in/ADP/prep/3 Egypt/PROPN/pobj/4 met/VERB/ROOT/6 reporters")  # fmt: skip
    ms = _mentions(kb, article([spec]))
    assert ("SDNMIL", "compound", "Sudanese army chief") in _coded(ms)
    assert ("EGY", "location", "Egypt") in _coded(ms)


def test_ambassador_in_a_country_keeps_the_host(kb, article) -> None:
    spec = ("The/DET/det/3 French/ADJ/amod/3 ambassador/NOUN/nsubj/5 in/ADP/prep/2 "
            "Mali/PROPN/pobj/3 met/VERB/ROOT/5 reporters")  # fmt: skip
    ms = _mentions(kb, article([spec]))
    assert len(ms) == 1
    assert ms[0].actor.country == "FRA"
    assert ms[0].actor.name.endswith("in Mali")


def _all(kb: KnowledgeBase, parsed) -> list[list[ActorMention]]:
    return [list(ms) for ms in resolve_article(parsed, kb)]


# ------------------------------------------------------------- a place naming an event there


def test_capital_before_event_noun_is_a_location(kb, article) -> None:
    spec = "The French president attended the Beijing/PROPN/compound/6 Olympics on Friday"
    [ms] = _all(kb, article([spec]))
    assert ("CHN", "location", "Beijing") in _coded(ms)
    assert not any(m.actor.code == "CHNGOV" for m in ms)


def test_country_before_two_word_event_noun_is_a_location(kb, article) -> None:
    spec = "Saudi officials flew to the Qatar/PROPN/compound/7 World/PROPN/compound/7 Cup"
    [ms] = _all(kb, article([spec]))
    assert ("QAT", "location", "Qatar") in _coded(ms)
    assert ("SAUGOV", "compound", "Saudi officials") in _coded(ms)


def test_place_before_unknown_name_is_still_part_of_that_name(kb, article) -> None:
    # "Paris Saint" is no event: the place stays inside an unknown longer name
    spec = "Fans of Paris/PROPN/compound/4 Saint/PROPN/compound/4 Germain celebrated"
    [ms] = _all(kb, article([spec]))
    assert not any(m.actor.country == "FRA" for m in ms)
