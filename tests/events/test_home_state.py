"""A bare "the government" subject stands for the state the previous sentence was about
(events/home_state.py), and an accusing participle after a report is the unknown speaker's,
never the reported clause's subject's (events/doers.py).  Real spaCy parses."""

from __future__ import annotations

import pytest
from eventcheck import country_dyads, show

pytestmark = pytest.mark.slow


def test_the_government_after_a_states_act_is_that_states(code) -> None:
    events = code(
        "Sudan suspended flights to Chad on Tuesday. "
        "The government accused N'Djamena of sheltering armed groups."
    )
    assert ("SDN", "TCD") in country_dyads(events, "112"), show(events)


def test_the_ministry_speaking_for_the_previous_sentences_state(code) -> None:
    events = code(
        "Peru recalled its ambassador from Mexico on Friday. "
        "The ministry said Mexican officials had meddled in its affairs, accusing Mexico City "
        "of violating diplomatic norms."
    )
    assert ("PER", "MEX") in country_dyads(events, "112"), show(events)


def test_the_government_after_two_states_doing_things_stays_unknown(code) -> None:
    events = code(
        "Sudan expelled a Chadian diplomat and Chad closed its embassy in Khartoum. "
        "The government accused Libya of arming rebels."
    )
    assert not country_dyads(events, "112"), show(events)


def test_an_accusing_participle_is_not_the_reported_subjects(code) -> None:
    events = code(
        "The government said on Sunday that Rwandan troops had entered the province, "
        "accusing Kigali of breaking the truce."
    )
    assert ("RWA", "RWA") not in country_dyads(events, "112"), show(events)


def test_a_consequence_participle_keeps_the_reported_doer(code) -> None:
    events = code(
        "Officials said Russian troops shelled the town on Monday, killing three civilians."
    )
    assert any(e.source_code and e.source_code.startswith("RUS") for e in events), show(events)
