"""Promised retaliation (events/retaliation.py): a threat of force unless the means are economic,
no threat once it happened, and the named act when one is given.  Wire-style sentences we wrote
ourselves; they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import done_codes, done_dyads, show
from eventcheck import has_asserted as _has

pytestmark = pytest.mark.slow


# ------------------------------------------------------------ the kind of a promised retaliation


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("China vowed to retaliate against Canada with economic measures.", "CHN", "CAN"),
        ("Beijing warned it would retaliate against Washington with tariffs.", "CHN", "USA"),
    ],
)
def test_retaliation_with_economic_means_threatens_sanctions(code, text, src, tgt) -> None:
    events = code(text)
    assert _has(events, src, tgt, "1312"), show(events)
    assert not _has(events, src, tgt, "138"), show(events)


def test_retaliation_of_no_stated_kind_stays_a_threat_of_force(code) -> None:
    events = code("Iran vowed to retaliate against Israel.")
    assert _has(events, "IRN", "ISR", "138"), show(events)


# ------------------------------------------------------------------------- 3. vows to retaliate


@pytest.mark.parametrize(
    "text",
    [
        "Iran warned it would retaliate against Israel.",
        "Iran vowed to retaliate against Israel for the strike.",
    ],
)
def test_promised_retaliation_is_a_threat_of_force(code, text: str) -> None:
    assert ("IRN", "ISR", "138") in done_dyads(code(text))


def test_retaliation_that_happened_is_no_threat(code) -> None:
    assert not {
        c for c in done_codes(code("Iran retaliated against Israel.")) if c.startswith("13")
    }


def test_retaliation_by_a_named_act_is_that_act(code) -> None:
    found = done_dyads(code("Iran retaliated by expelling two French diplomats."))
    assert any(c.startswith("16") for s, _, c in found if s == "IRN")
    assert not any(c.startswith("13") for _, _, c in found)
