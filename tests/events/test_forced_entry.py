"""Forcing entry into diplomatic or state premises is a raid on whoever holds them, coded like
storming them (lexicon_cameo.tsv: break_into, burst_into, force_way_into, force_entry_into).
Real spaCy parses."""

from __future__ import annotations

import pytest
from eventcheck import country_dyads, show

pytestmark = pytest.mark.slow


def test_police_forcing_their_way_into_an_embassy_raid_its_state(code) -> None:
    events = code(
        "Bolivian police forced their way into the Argentine embassy in La Paz on Saturday."
    )
    assert ("BOL", "ARG") in country_dyads(events, "19"), show(events)


def test_agents_breaking_into_a_consulate(code) -> None:
    events = code("Belarusian security agents broke into the Lithuanian consulate in Grodno.")
    assert ("BLR", "LTU") in country_dyads(events, "19"), show(events)


def test_protesters_bursting_into_an_embassy_is_a_violent_protest(code) -> None:
    events = code("Angry protesters burst into the Danish embassy in Tehran on Friday.")
    assert any(e.cameo == "145" and e.target_country == "DNK" for e in events), show(events)


def test_forcing_ones_way_into_a_final_is_no_raid(code) -> None:
    events = code("Morocco forced their way into the final with a late win over Egypt.")
    assert not country_dyads(events, "19"), show(events)
