"""Acts aimed at the country they are done in, when the text names no recipient."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from eventcheck import country_dyads, done_root_dyads, show

from communique.types import EventMention

pytestmark = pytest.mark.slow


def test_reduction_of_aid_in_a_country_is_aimed_at_it(coded) -> None:
    events = coded("The World Food Programme suspended food deliveries in Somalia on Monday.")
    assert any(e.plover == "SANCTION" and e.target_code == "SOM" for e in events), [
        (e.source_code, e.target_code, e.cameo) for e in events
    ]


# ------------------------------------------------------------------ phenomena that pass


def test_strikes_in_a_states_province_target_the_state(code) -> None:
    events = code("Turkish jets carried out air strikes in Iraq's Duhok province on Friday.")
    assert ("TUR", "IRQ") in country_dyads(events, "19"), show(events)


# ------------------------- 4. killed in shelling "in the north of X": the region is inside X


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Three civilians were killed in Russian artillery shelling in the north of Ukraine "
            "on Sunday, officials said.",
            "RUS",
            "UKR",
        ),
        ("Two soldiers were killed in a Turkish air strike in the north of Iraq.", "TUR", "IRQ"),
        ("Syrian troops shelled villages in the south of Lebanon.", "SYR", "LBN"),
    ],
)
def test_force_in_a_region_of_a_country_is_aimed_at_it(code, text, source, target) -> None:
    events = [e for e in code(text) if e.cameo[:2] in {"18", "19", "20"}]
    assert any(
        e.source_code.startswith(source) and (e.target_code or "").startswith(target)
        for e in events
    ), show(events)


Coder = Callable[[str], list[EventMention]]


# ---------------------------------------------------------------------- 3. locatives


def test_protest_outside_an_embassy_targets_its_country(code: Coder) -> None:
    text = "Hundreds of South Korean activists protested outside the US embassy in Seoul."
    assert ("KOR", "USA", "14") in done_root_dyads(code(text))
