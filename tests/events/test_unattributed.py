"""Violence with victims and a named means of attack but no named perpetrator is recorded with
an unidentified armed force (UAF) as source, in the country where the attack happened."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _dyads(events) -> set[tuple[str | None, str | None]]:
    return {(e.source_code, e.target_code) for e in events if e.plover == "ASSAULT"}


def test_passive_with_weapon_agent_is_an_unidentified_force_in_the_place(coded) -> None:
    events = coded("Four Afghan policemen were killed by a roadside bomb near Kandahar on Monday.")
    assert ("AFGUAF", "AFGCOP") in _dyads(events), _dyads(events)


def test_explosion_as_subject_names_the_attack(coded) -> None:
    events = coded("A car bomb explosion in Mogadishu killed six Somali soldiers on Sunday.")
    assert ("SOMUAF", "SOMMIL") in _dyads(events), _dyads(events)


def test_victims_abroad_take_the_country_of_the_place_not_their_own(coded) -> None:
    events = coded("Two Turkish engineers were killed in a bombing in Kabul on Tuesday.")
    assert ("AFGUAF", "TUR") in {(s, (t or "")[:3]) for s, t in _dyads(events)}, _dyads(events)


def test_named_perpetrator_is_kept(coded) -> None:
    events = coded("Israeli troops killed two Palestinians in Gaza on Monday.")
    dyads = _dyads(events)
    assert any((s or "").startswith("ISR") for s, _ in dyads), dyads
    assert not any((s or "").endswith("UAF") for s, _ in dyads), dyads


def test_no_means_named_gives_no_invented_attacker(coded) -> None:
    events = coded("Three Iraqi civilians were killed in Baghdad on Monday.")
    assert not any((e.source_code or "").endswith("UAF") for e in events), _dyads(events)


def test_gunmen_are_an_unidentified_armed_force(coded) -> None:
    events = coded("Gunmen shot dead a Pakistani police officer in Karachi on Friday.")
    assert any(
        (e.source_code or "").endswith("UAF") and (e.target_code or "").startswith("PAK")
        for e in events
    ), _dyads(events)
