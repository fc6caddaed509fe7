"""PLOVER fourth pass: agreeing to a ceasefire, aid provided for a party, and participants
"engaged in" an act.  Wire-style sentences we wrote ourselves; they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import asserted, show_plover

pytestmark = pytest.mark.slow


def _has(events, plover: str, source: str, target: str | None = None) -> bool:
    return any(
        e.plover == plover
        and (e.source_code or "").startswith(source)
        and (target is None or (e.target_code or "").startswith(target))
        for e in events
    )


# ------------------------------------------------------------------ ceasefire: agreed vs observed


def test_agreeing_to_a_ceasefire_is_agree(coded) -> None:
    events = coded(
        "Armenia and Azerbaijan agreed to a ceasefire on Tuesday after a week of clashes."
    )
    assert _has(asserted(events), "AGREE", "ARM"), show_plover(events)
    assert not asserted(events, "RETREAT"), show_plover(events)


def test_signing_a_truce_is_agree(coded) -> None:
    events = coded("The Sudanese government signed a truce with the rebels in Juba on Monday.")
    assert _has(asserted(events), "AGREE", "SDN"), show_plover(events)


def test_observing_a_ceasefire_stays_retreat(coded) -> None:
    events = coded("Ethiopian troops observed the truce along the border on Sunday.")
    assert _has(asserted(events), "RETREAT", "ETH"), show_plover(events)
    assert not asserted(events, "AGREE"), show_plover(events)


# ------------------------------------------------------------------ aid provided for a party


def test_aid_provided_for_a_country_targets_it(coded) -> None:
    events = coded("Japan provided emergency aid for Haiti last week, the foreign ministry said.")
    assert _has(events, "AID", "JPN", "HTI"), show_plover(events)


def test_agreement_to_provide_aid_for_a_country_targets_it(coded) -> None:
    events = coded("The European Union agreed to provide 40 million euros of aid for Yemen.")
    assert any((e.target_code or "").startswith("YEM") for e in events), show_plover(events)


def test_provide_for_a_non_actor_adds_no_target(coded) -> None:
    events = coded("Germany provided aid for the reconstruction of the port last year.")
    # the "for" phrase names a purpose, not a recipient
    assert all(not e.target_code for e in events), show_plover(events)


# ------------------------------------------------------------------ "X were engaged in" an act


def test_forces_engaged_in_an_act_are_its_source(coded) -> None:
    events = coded("Burmese troops were engaged in ethnic cleansing against the Rohingya minority.")
    assert any(
        (e.source_code or "").startswith("MMR") and e.cameo.startswith("20") for e in events
    ), show_plover(events)


def test_engaged_by_an_agent_stays_passive(coded) -> None:
    events = coded("Syrian troops were engaged by Turkish artillery near the border.")
    assert not any((e.source_code or "").startswith("SYR") for e in events), show_plover(events)


# ------------------------------------------------------------------ opposing mediation


def test_being_opposed_to_mediation_rejects_it(coded) -> None:
    events = coded("Turkey is opposed to Russian mediation in the dispute, a senior official said.")
    assert _has(asserted(events), "REJECT", "TUR"), show_plover(events)
    assert not asserted(events, "ACCUSE"), show_plover(events)


def test_opposing_mediation_rejects_it(coded) -> None:
    events = coded("Pakistan opposed any Chinese mediation between the two sides.")
    assert _has(asserted(events), "REJECT", "PAK"), show_plover(events)


def test_being_opposed_to_a_policy_stays_disapproval(coded) -> None:
    events = coded("Turkey is opposed to the new European sanctions, the foreign minister said.")
    assert not asserted(events, "REJECT"), show_plover(events)
