"""Warnings that are no threats (events/cautions.py): a bleak outlook is no threat, a warning of
the warner's own harmful act or of its forces acting is one.  Wire-style sentences we wrote
ourselves; they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import done_dyads

pytestmark = pytest.mark.slow


# --------------------------------------------------------------------------- 4. warnings


@pytest.mark.parametrize(
    "text",
    [
        "The World Bank warned that food prices would rise sharply this year.",
        "The United Nations warned of a humanitarian catastrophe in the region.",
        "The IMF cautioned that growth in Asia would slow next year.",
        "Britain warned that Russia could invade Ukraine within weeks.",
    ],
)
def test_a_warning_about_a_bleak_outlook_is_no_threat(code, text: str) -> None:
    assert not any(e.cameo_root == "13" for e in code(text))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("North Korea warned Seoul of consequences if the drills went ahead.", "PRK", "KOR"),
        ("China warned Japan against interfering in the Taiwan issue.", "CHN", "JPN"),
        ("The European Union warned Russia that it would impose new sanctions.", None, "RUS"),
        (
            "North Korea warned that it would react strongly if Washington kept up its policy.",
            "PRK",
            "USA",
        ),
    ],
)
def test_a_warning_of_the_warners_own_harmful_act_is_a_threat(
    code, text: str, source: str | None, target: str
) -> None:
    found = done_dyads(code(text))
    assert any(
        c.startswith("13") and t == target and (source is None or s == source) for s, t, c in found
    ), found


def test_a_warning_that_the_warners_forces_will_act_is_a_threat(code) -> None:
    events = code("Iran warned that its forces would respond to any Israeli strike.")
    assert any(e.cameo_root == "13" and e.target_country == "ISR" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Britain warned its nationals against all travel to Haiti.",
        "The United States warned its citizens about travel to Venezuela on Monday.",
        "Seoul warned its citizens against visits to North Korea.",
    ],
)
def test_a_travel_advisory_to_the_warners_own_people_is_no_threat(code, text: str) -> None:
    assert not any(e.cameo_root == "13" for e in code(text))


def test_a_warning_to_another_state_against_an_act_stays_a_threat(code) -> None:
    events = code("Russia warned Finland against joining NATO.")
    assert ("RUS", "FIN", "130") in done_dyads(events)
