"""Obligations (events/obligation.py): one put on another party is a demand, a course the speaker
shares or a generic opinion is none, and a third party may still demand of both sides.
Wire-style sentences we wrote ourselves; they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import done_dyads

pytestmark = pytest.mark.slow


# --------------------------------------------------------------------------- 3. should


def test_an_obligation_put_on_another_party_is_a_demand(code) -> None:
    events = code("Russia said Ukraine should withdraw its troops from the region.")
    assert any(s == "RUS" and t == "UKR" and c.startswith("10") for s, t, c in done_dyads(events))


def test_an_obligation_to_stop_an_act_is_one_demand(code) -> None:
    events = code("Russia said Washington must stop supplying arms to Kyiv.")
    found = done_dyads(events)
    assert any(s == "RUS" and t == "USA" and c.startswith("10") for s, t, c in found), found
    assert not any(t == "UKR" for _, t, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Japan's prime minister said Tokyo and Seoul should work together against the threats.",
        "The Chinese president said China and Russia should deepen their strategic cooperation.",
    ],
)
def test_a_course_the_speaker_shares_is_no_demand(code, text: str) -> None:
    assert not any(e.cameo_root == "10" for e in code(text))


def test_a_generic_opinion_is_no_event(code) -> None:
    assert code("The foreign ministry said the dispute should be settled peacefully.") == []


def test_a_third_party_may_still_demand_of_both_sides(code) -> None:
    events = code("The UN chief said Israel and Hamas must agree to a ceasefire.")
    targets = {e.target_country for e in events if e.cameo_root == "10"}
    assert "ISR" in targets
