"""Aiming participles (events/aiming.py): "..., targeting X" adds X as the target of an attack, an
outcome participle is no second attack.  Wire-style sentences we wrote ourselves; they run the
real parse."""

from __future__ import annotations

import pytest
from eventcheck import country_dyads, show

pytestmark = pytest.mark.slow


# ------------------------------------------------------------------ aiming participles


def test_an_aiming_participle_adds_its_party_as_target(code) -> None:
    events = code("Israeli aircraft struck Damascus on Sunday, targeting commanders of Hezbollah.")
    targets = {t for _, t in country_dyads(events, "19")}
    assert {"SYR", "LBN"} <= targets, show(events)


def test_an_outcome_participle_is_no_second_attack(code) -> None:
    events = code("Russia launched missiles at Odesa overnight, killing four civilians.")
    attacks = [e for e in events if e.cameo.startswith(("18", "19", "20"))]
    assert len({e.cameo[:2] for e in attacks}) == 1, show(events)
    assert ("RUS", "UKR") in country_dyads(events, "19"), show(events)
