"""Reactions to a free relative ("condemned what it called X's provocation"): the party the label
names is the target (events/free_relatives.py).  Wire-style sentences we wrote ourselves; they
run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import asserted, show
from eventcheck import has_asserted as _has

pytestmark = pytest.mark.slow


# ------------------------------------------------------------ reactions to a free relative


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Pakistan condemned what it called Indian aggression along the border.", "PAK", "IND"),
        ("Ankara condemned what it called Israel's massacre in Gaza.", "TUR", "ISR"),
        ("Vietnam denounced what it described as China's illegal drilling.", "VNM", "CHN"),
        ("Seoul condemned what was described as a North Korean provocation.", "KOR", "PRK"),
    ],
)
def test_reaction_to_a_free_relative_targets_the_labelled_party(code, text, src, tgt) -> None:
    events = code(text)
    assert _has(events, src, tgt, "11"), show(events)


def test_free_relative_keeps_the_coordinated_appeal(code) -> None:
    events = code(
        "Ankara condemned what it called Israel's massacre in Gaza and urged the U.N. to act."
    )
    assert _has(events, "TUR", "ISR", "11"), show(events)
    assert _has(events, "TUR", "IGO", "02"), show(events)


def test_free_relative_without_an_actor_in_the_label_names_no_target(code) -> None:
    events = code("Moscow rejected what it called baseless accusations.")
    assert not any(e.target_code for e in asserted(events)), show(events)
