"""Which sense a place word has where it stands (actors/senses.py): an event noun after a place
needs its capitals.  Hand-built tokens: fast, no spaCy model."""

from __future__ import annotations

from communique.actors.cues import Cues
from communique.actors.senses import event_after


def test_event_noun_needs_its_capitals(sentence) -> None:
    cues = Cues.load()
    tokens = sentence("the Dubai Expo opened").tokens
    assert event_after(tokens, 2, cues) == 3
    lower = sentence("the Dubai expo opened").tokens
    assert event_after(lower, 2, cues) == 0
    two = sentence("the Monaco Grand Prix was held").tokens
    assert event_after(two, 2, cues) == 4
