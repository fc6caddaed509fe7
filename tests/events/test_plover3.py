"""PLOVER third pass: demand nouns, messages that speak, aimed fire, territory taken by force,
and titled officials.  Wire-style sentences we wrote ourselves; they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import show_plover

pytestmark = pytest.mark.slow


def _events(events, plover: str | None = None, cameo: str | None = None):
    return [
        e
        for e in events
        if (plover is None or e.plover == plover)
        and (cameo is None or e.cameo.startswith(cameo))
        and e.modality not in {"negated", "hypothetical"}
    ]


# ----------------------------------------------------------------- demand nouns with a clause


def test_reiterated_demand_is_a_demand_on_the_clause_subject(coded) -> None:
    events = coded("Washington renewed its demand that Moscow withdraw its troops from Georgia.")
    demands = _events(events, "REQUEST")
    assert any(
        (e.source_code or "").startswith("USA") and (e.target_code or "").startswith("RUS")
        for e in demands
    ), show_plover(events)
    # the withdrawal is what is demanded, not something that happened
    assert not _events(events, "RETREAT"), show_plover(events)


def test_reminder_addressed_to_a_party_targets_it(coded) -> None:
    events = coded("France issued a stern reminder to Iran that it must respect the agreement.")
    assert any(
        e.plover == "REQUEST"
        and (e.source_code or "").startswith("FRA")
        and (e.target_code or "").startswith("IRN")
        for e in events
    ), show_plover(events)


def test_rejected_demand_does_not_code_its_content_as_done(coded) -> None:
    events = coded("Moscow rejected the demand that it withdraw its troops from Georgia.")
    assert _events(events, "REJECT"), show_plover(events)
    assert not _events(events, "RETREAT"), show_plover(events)


def test_call_for_a_resignation_is_no_resignation(coded) -> None:
    events = coded("The Kenyan opposition repeated its call for the cabinet to resign.")
    assert not [e for e in events if e.cameo == "0831"], show_plover(events)


# ------------------------------------------------------------------ a message speaks for its issuer


def test_statement_participle_takes_the_issuer_as_source(coded) -> None:
    events = coded(
        "The Kurdish rebel group issued a statement demanding that the Turkish government "
        "release its jailed commanders."
    )
    assert any(
        e.plover == "REQUEST" and e.source_code and (e.target_code or "").startswith("TUR")
        for e in events
    ), show_plover(events)


def test_statement_participle_does_not_make_a_phone_call(coded) -> None:
    events = coded("Pyongyang issued a statement calling Seoul a reckless neighbour on Tuesday.")
    assert not [e for e in events if e.cameo.startswith("04")], show_plover(events)


# ------------------------------------------------------------------ fire aimed into a place


def test_shells_fired_at_targets_inside_a_place_are_an_attack_on_it(coded) -> None:
    events = coded("Israeli tanks fired shells at targets in Gaza on Monday, witnesses said.")
    attacks = _events(events, "ASSAULT")
    assert any((e.target_code or "").startswith("PSE") for e in attacks), show_plover(events)
    assert not _events(events, "MOBILIZE"), show_plover(events)


def test_shells_fired_without_aim_stay_a_show_of_force(coded) -> None:
    events = coded("Russian warships fired shells during exercises in the Baltic Sea.")
    assert not _events(events, "ASSAULT"), show_plover(events)


# ------------------------------------------------------------ territory taken by force vs held


@pytest.mark.parametrize(
    "text",
    [
        "Burmese troops captured a rebel stronghold after four days of fighting.",
        "Ethiopian forces recaptured the town from the rebels on Sunday.",
        "Iraqi troops invaded Kuwait in August.",
    ],
)
def test_taking_territory_by_force_is_assault(coded, text: str) -> None:
    events = coded(text)
    taken = [e for e in events if e.cameo == "192"]
    assert taken and all(e.plover == "ASSAULT" for e in taken), show_plover(events)


def test_holding_territory_stays_coercion(coded) -> None:
    events = coded("Turkish troops occupied the northern part of Cyprus.")
    held = [e for e in events if e.cameo == "192"]
    assert held and all(e.plover == "COERCE" for e in held), show_plover(events)


# ------------------------------------------------------------------ titles before names


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Judge Carla Mendez opened an investigation into Chilean officials.", "JUD"),
        ("General Omar Haddad accused Iran of arming the militias.", "MIL"),
    ],
)
def test_capitalised_title_before_unknown_name_is_that_official(
    coded, text: str, sector: str
) -> None:
    events = coded(text)
    assert any((e.source_code or "").endswith(sector) for e in events), show_plover(events)
