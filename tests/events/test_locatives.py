"""Movements "close to" a border are aimed at the neighbour across it (events/locatives.py), and
name nobody when no party is there.  Wire-style sentences we wrote ourselves; they run the real
parse."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


# --------------------------------------------------------------- close to a border


def test_a_patrol_close_to_a_border_targets_the_neighbour(code) -> None:
    events = code("Chinese warships sailed close to the coast of Taiwan on Sunday.")
    assert any(
        e.source_code is not None
        and e.source_code.startswith("CHN")
        and e.target_code is not None
        and e.target_code.startswith("TWN")
        and e.cameo_root == "15"
        for e in events
    )


def test_close_to_without_a_party_gives_no_target(code) -> None:
    events = code("Chinese warships sailed close to the shore on Sunday.")
    assert not any(e.target_code and e.cameo_root == "15" for e in events)
