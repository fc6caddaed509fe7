"""A strike on a secondary town of a conflict state targets that state (places.tsv).  All
sentences are our own, wire style."""

from __future__ import annotations

import pytest
from eventcheck import show

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Insurgents attacked Mocimboa da Praia on Sunday.", "MOZ"),
        ("The RSF shelled Ed Daein overnight, residents said.", "SDN"),
        ("Saudi jets bombed Ataq on Friday.", "YEM"),
        ("Rebel fighters attacked Kindu at dawn.", "COD"),
    ],
)
def test_a_strike_on_a_town_targets_its_country(code, text: str, country: str) -> None:
    events = code(text)
    assert any(e.cameo_root in {"18", "19"} and e.target_country == country for e in events), show(
        events
    )
