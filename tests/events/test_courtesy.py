"""A host asking a guest to pass greetings on is a courtesy, not an appeal
(events/courtesy.py).  Sentences written by us."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from eventcheck import asserted, show

from communique.types import EventMention

Coder = Callable[[str], list[EventMention]]

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Chinese President Xi Jinping asked the visiting Vietnamese prime minister to convey "
        "his greetings to the Vietnamese president.",
        "The Russian president asked the Mongolian foreign minister to pass on his best wishes "
        "to the people of Mongolia.",
        "The Emir of Qatar asked the Turkish envoy to convey his warm regards to President "
        "Recep Tayyip Erdogan.",
    ],
)
def test_relayed_greetings_are_no_appeal(code: Coder, text: str) -> None:
    events = code(text)
    assert not [e for e in asserted(events) if e.cameo.startswith("02")], show(events)


def test_asking_to_deliver_a_demand_stays_an_appeal(code: Coder) -> None:
    events = code("Egypt asked Israel to open the Rafah crossing to aid convoys.")
    assert any(e.cameo.startswith("02") for e in asserted(events)), show(events)
