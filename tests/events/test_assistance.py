"""Troops sent to help a state are military aid to it (072), not a mobilisation against it;
without a cue of help a deployment stays a force posture (events/assistance.py).  Sentences
written by us."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from eventcheck import country_dyads, show

from communique.types import EventMention

Coder = Callable[[str], list[EventMention]]

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Rwanda sent 1,000 troops to Mozambique to help fight insurgents, the army said.",
         ("RWA", "MOZ")),
        ("Kenya deployed 1,000 police officers to Haiti at the request of the Haitian "
         "government.", ("KEN", "HTI")),
        ("Russia sent troops to help the Syrian government fight rebels.", ("RUS", "SYR")),
        ("Chad dispatched soldiers to Niger at Niamey's invitation to secure the border "
         "region.", ("TCD", "NER")),
    ],
)  # fmt: skip
def test_troops_sent_to_help_a_state_are_military_aid(
    code: Coder, text: str, dyad: tuple[str, str]
) -> None:
    events = code(text)
    assert dyad in country_dyads(events, "072"), show(events)
    assert dyad not in country_dyads(events, "15"), show(events)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("India deployed additional troops to its border with China on Friday.", ("IND", "CHN")),
        ("Russia sent thousands of troops to the Ukrainian border.", ("RUS", "UKR")),
    ],
)
def test_troops_sent_to_a_border_stay_a_force_posture(
    code: Coder, text: str, dyad: tuple[str, str]
) -> None:
    events = code(text)
    assert dyad in country_dyads(events, "15"), show(events)
    assert not country_dyads(events, "07"), show(events)
