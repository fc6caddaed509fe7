"""A bare royal title ("the Emir", "the King", "the Crown Prince") in a story about one state is
that state's head of state, resolved like other bare titles (actors/data/home_titles.tsv,
actors/officials.py).  Articles written by us."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from eventcheck import show

from communique.types import EventMention

Coder = Callable[[str], list[EventMention]]

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Qatar welcomed a visit by the Pakistani prime minister on Friday. The Emir met the "
         "Pakistani prime minister at the palace.", "QAT"),
        ("Jordan and Egypt pledged closer cooperation on Friday. The King received the Egyptian "
         "foreign minister in Amman.", "JOR"),
        ("Saudi Arabia signed a defence deal with France on Friday. The Crown Prince met the "
         "French defence minister in Riyadh.", "SAU"),
        ("Oman offered to mediate between Iran and the United States. The sultan met the "
         "Iranian foreign minister in Muscat on Sunday.", "OMN"),
    ],
)  # fmt: skip
def test_a_bare_royal_title_is_the_states_government(code: Coder, text: str, country: str) -> None:
    events = code(text)
    meetings = [e for e in events if e.cameo[:2] == "04" and e.source_country == country]
    assert any(e.source_code == country + "GOV" for e in meetings), show(events)
