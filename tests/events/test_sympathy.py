"""Expressions of sympathy (events/sympathy.py) are aimed at the stricken party, never at the
speaker's own side, and follow the victims to the place of the loss.  Wire-style sentences we
wrote ourselves; they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import show

pytestmark = pytest.mark.slow


def _empathy(events):
    return [e for e in events if e.cameo == "018"]


# ------------------------------------------------- 1. condolences go to the place a loss struck


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Japanese prime minister offered condolences over the earthquake in Turkey.", "TUR"),
        ("The German chancellor expressed sorrow for the floods in Pakistan on Monday.", "PAK"),
        ("France sent condolences to the families of the victims of the bombing in Egypt.", "EGY"),
        ("Canada expressed sympathy for Japan after the tsunami.", "JPN"),
    ],
)
def test_empathy_targets_the_stricken_party(code, text: str, target: str) -> None:
    events = _empathy(code(text))
    assert events, show(code(text))
    assert all((e.target_code or "").startswith(target) for e in events), show(events)


def test_empathy_where_the_speaker_stands_is_no_target(code) -> None:
    """The place hangs on the comment's verb, not on the loss: it is only where they spoke."""
    text = "The Spanish foreign minister expressed sorrow in Paris over the death of the soldiers."
    events = _empathy(code(text))
    assert all(not (e.target_code or "").startswith("FRA") for e in events), show(events)


def test_empathy_follows_the_victims_to_the_place_of_the_loss(code) -> None:
    """ "the victims of the avalanche in Austria": the place hangs two "of" phrases down."""
    text = "Italy expressed grief for the victims of the avalanche in Austria."
    events = _empathy(code(text))
    assert [e.target_code for e in events] == ["AUT"], show(events)
    assert all(e.source_code == "ITA" for e in events), show(events)
