"""Actor phrases the grammar used to leave unresolved: a place naming an event held there
("the Beijing Olympics"), a possessive pointing back to a state ("its foreign ministry") and a
victim group placed in a country ("civilians in Mali").  Hand-built parses: fast, no model."""

from __future__ import annotations

from communique.actors import KnowledgeBase, resolve_article
from communique.actors.cues import Cues
from communique.actors.senses import event_after
from communique.types import ActorMention


def _all(kb: KnowledgeBase, parsed) -> list[list[ActorMention]]:
    return [list(ms) for ms in resolve_article(parsed, kb)]


def _coded(ms: list[ActorMention]) -> list[tuple[str, str, str]]:
    return [(m.actor.code, m.via, m.actor.name) for m in ms]


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


def test_event_noun_needs_its_capitals(sentence) -> None:
    cues = Cues.load()
    tokens = sentence("the Dubai Expo opened").tokens
    assert event_after(tokens, 2, cues) == 3
    lower = sentence("the Dubai expo opened").tokens
    assert event_after(lower, 2, cues) == 0
    two = sentence("the Monaco Grand Prix was held").tokens
    assert event_after(two, 2, cues) == 4
