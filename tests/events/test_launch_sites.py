"""The "from" phrase of a launching verb is the launch site, never the target; with no doer
named, an unidentified force of that place fired (events/launch_sites.py).  Sentences written
for these tests; they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import show

pytestmark = pytest.mark.slow


def _force(events):
    return [e for e in events if e.cameo[:2] in {"15", "19"}]


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah fired rockets from Lebanon at Israeli towns.",
        "Hezbollah fired rockets at Israel from Lebanon.",
    ],
)
def test_the_launch_site_is_not_the_target(code, text: str) -> None:
    events = _force(code(text))
    assert events, show(code(text))
    assert all((e.target_code or "").startswith("ISR") for e in events), show(events)
    assert all((e.source_code or "").startswith("LBN") for e in events), show(events)


def test_an_unnamed_doer_is_an_armed_force_of_the_launch_site(code) -> None:
    events = _force(
        code("Rockets were fired at Israel from the Gaza Strip on Sunday, the army said.")
    )
    assert events, show(events)
    assert all((e.source_code or "").startswith("PSE") for e in events), show(events)
    assert all("UAF" in (e.source_code or "") for e in events), show(events)
    assert all((e.target_code or "").startswith("ISR") for e in events), show(events)


def test_fire_at_it_is_aimed_at_the_speaker_and_is_an_attack(code) -> None:
    events = _force(code("Israel said two rockets were fired at it from Lebanon."))
    assert [e.target_code for e in events] == ["ISR"], show(events)
    assert all(e.cameo[:2] == "19" for e in events), show(events)


def test_a_target_named_at_the_base_is_not_replaced_by_the_site(code) -> None:
    events = _force(code("Two mortar shells were fired at the base from Lebanon."))
    assert all(not (e.target_code or "").startswith("LBN") for e in events), show(events)
