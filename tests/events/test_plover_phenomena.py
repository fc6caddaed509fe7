"""Phenomena behind PLOVER event types, on wire-style sentences we wrote ourselves.

Each test names the phenomenon and checks the event the coder must produce (type and dyad)
and, where it matters, the one it must not.  They run the real parse, so they are slow.
"""

from __future__ import annotations

import pytest
from eventcheck import asserted, show_plover

pytestmark = pytest.mark.slow


def _has(events, plover: str, source: str, target: str | None = "*", code: str | None = None):
    return any(
        e.plover == plover
        and (e.source_code or "").startswith(source)
        and (
            target == "*"
            or (e.target_code or None) == target
            or (target is not None and (e.target_code or "").startswith(target))
        )
        and (code is None or e.cameo == code)
        and e.modality not in {"negated", "hypothetical"}
        for e in events
    )


# --------------------------------------------------------------------------- monadic events


def test_demand_without_addressee_is_recorded(coded) -> None:
    events = coded("Thousands of Kenyan teachers demanded higher wages on Monday.")
    assert _has(events, "REQUEST", "KEN", None), show_plover(events)


def test_refusal_without_addressee_is_recorded(coded) -> None:
    events = coded("The Bolivian government rejected the proposal on Tuesday.")
    assert _has(events, "REJECT", "BOL", None), show_plover(events)


def test_threat_with_no_other_party_is_monadic(coded) -> None:
    events = coded("Bolivia threatened on Friday to nationalise the gas industry.")
    assert _has(events, "THREATEN", "BOL", None), show_plover(events)


def test_criticism_without_target_is_not_monadic(coded) -> None:
    # an accusation whose addressee the parse missed is not an undirected act
    events = coded("Chile criticised the decision sharply on Monday.")
    assert not any(e.plover == "ACCUSE" and e.target_code is None for e in events), show_plover(
        events
    )


# --------------------------------------------------------------------------- obligations


def test_reported_obligation_is_a_demand_on_the_obliged_party(coded) -> None:
    events = coded(
        "Germany said on Monday that Serbia should withdraw its troops from the province."
    )
    assert _has(events, "REQUEST", "DEU", "SRB"), show_plover(events)
    # Serbia has not withdrawn anything: no retreat by Serbia
    assert not _has(events, "RETREAT", "SRB"), show_plover(events)


def test_own_obligation_is_not_a_demand(coded) -> None:
    events = coded("Japan said it must strengthen its coastal defences.")
    assert not any(e.plover == "REQUEST" for e in events), show_plover(events)


def test_media_report_of_an_obligation_is_not_the_outlet_s_demand(coded) -> None:
    events = coded("Xinhua reported that Vietnam must return the fishing boats.")
    assert not any((e.source_code or "").startswith("CHNMED") for e in events), show_plover(events)


# --------------------------------------------------------------------------- stances, readiness


def test_stance_participle_keeps_its_subject_as_source(coded) -> None:
    events = coded("Greece is opposed to Turkish membership of the bloc.")
    assert any((e.source_code or "").startswith("GRC") for e in events), show_plover(events)
    assert not any((e.target_code or "").startswith("GRC") for e in events), show_plover(events)


def test_stated_commitment_is_the_subject_s_own(coded) -> None:
    events = coded("Vietnam is committed to opening its banking sector, the minister said.")
    assert _has(events, "AGREE", "VNM", None), show_plover(events)


def test_true_passive_still_takes_the_agent(coded) -> None:
    events = coded("Sanctions were imposed on Belarus by Lithuania on Friday.")
    assert _has(events, "SANCTION", "LTU", "BLR"), show_plover(events)


def test_stated_readiness_to_withdraw_is_an_intention(coded) -> None:
    events = coded("Armenia said it is willing to withdraw its troops from Azerbaijan.")
    assert _has(events, "AGREE", "ARM", "AZE", code="0356"), show_plover(events)


def test_stated_readiness_to_use_force_is_a_threat(coded) -> None:
    events = coded("Pakistan said it is prepared to impose martial law in the province.")
    assert _has(events, "THREATEN", "PAK"), show_plover(events)


# --------------------------------------------------------------------------- threats


def test_threat_is_aimed_at_the_party_the_act_would_hit(coded) -> None:
    events = coded("Hezbollah threatened to resume rocket attacks in Israel.")
    assert _has(events, "THREATEN", "LBN", "ISR"), show_plover(events)


def test_threat_is_aimed_at_the_party_the_condition_names(coded) -> None:
    events = coded("Moscow threatened to walk out of the talks if Washington deploys the missiles.")
    assert _has(events, "THREATEN", "RUS", "USA"), show_plover(events)


# --------------------------------------------------------------------------- people acted upon


def test_expelled_diplomats_make_their_country_the_target(coded) -> None:
    events = coded("Norway expelled two Iranian diplomats for spying on Tuesday.")
    assert _has(events, "SANCTION", "NOR", "IRN"), show_plover(events)


# --------------------------------------------------------------------------- new triggers


@pytest.mark.parametrize(
    ("text", "plover", "source"),
    [
        ("Egypt reopened its border with Libya on Sunday.", "RETREAT", "EGY"),
        ("The Nepalese government eased the curfew in Kathmandu on Monday.", "CONCEDE", "NPL"),
        ("Chadian forces completed their withdrawal from the town on Sunday.", "RETREAT", "TCD"),
        ("The IAEA dispatched inspectors to Syria on Monday.", "ACCUSE", "IGO"),
        ("Colombian truck drivers organized a general strike on Monday.", "PROTEST", "COL"),
        ("Indian troops remained on alert along the border on Sunday.", "MOBILIZE", "IND"),
        ("Turkey strengthened its forces in northern Cyprus on Friday.", "MOBILIZE", "TUR"),
        ("Sudanese police wounded three Chadian refugees on Sunday.", "ASSAULT", "SDN"),
        ("Kenya said it will not accept any more Somali refugees.", "REJECT", "KEN"),
    ],
)
def test_general_trigger_rows(coded, text: str, plover: str, source: str) -> None:
    events = coded(text)
    assert _has(events, plover, source), show_plover(events)


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


# ---------------------------------------------------------------- 1. lifting restrictions


@pytest.mark.parametrize(
    "text",
    [
        "The Georgian government lifted restrictions on opposition rallies in the capital.",
        "Israel eased restrictions on Palestinian workers on Sunday.",
        "A Kenyan court cancelled restrictions on the activities of rights groups.",
    ],
)
def test_lifting_restrictions_is_concede(code, text: str) -> None:
    events = asserted(code(text))
    assert any(e.cameo.startswith("081") and e.plover == "CONCEDE" for e in events), show_plover(
        events
    )
    assert not asserted(events, "RETREAT"), show_plover(events)


def test_lifting_trade_restrictions_stays_economic_easing(code) -> None:
    events = asserted(code("Japan lifted trade restrictions on South Korea on Monday."))
    assert any(e.cameo == "085" for e in events), show_plover(events)


def test_imposing_restrictions_is_still_a_sanction(code) -> None:
    events = asserted(code("Russia imposed restrictions on Georgian wine imports."))
    assert any(e.plover == "SANCTION" for e in events), show_plover(events)
    assert not asserted(events, "CONCEDE"), show_plover(events)


# ------------------------------------------------- 3. demands whose clause hangs on the verb


@pytest.mark.parametrize(
    "text",
    [
        "The European Union reiterated its demand on Monday that Syria lift restrictions "
        "on aid convoys.",
        "The World Health Organization repeated its demand today that Sudan ease "
        "restrictions on the movement of aid workers.",
    ],
)
def test_demand_that_another_party_ease_is_only_a_request(code, text: str) -> None:
    events = asserted(code(text))
    assert any(e.plover == "REQUEST" for e in events), show_plover(events)
    # the demanded act has not happened: neither the easing nor a concession is coded
    assert not [e for e in events if e.plover in {"CONCEDE", "RETREAT"}], show_plover(events)


def test_demand_clause_not_borrowed_for_unrelated_verbs(code) -> None:
    # a 'that'-clause after a non-demand object of a reporting verb is not a demand
    events = asserted(code("Syria reiterated its position that Israel lifted the blockade."))
    assert not asserted(events, "REQUEST"), show_plover(events)


@pytest.mark.parametrize(
    "text",
    [
        "Israel imposed a closure on the Gaza Strip on Monday.",
        "Israel Monday reimposed a closure on the Gaza Strip.",
        "Azerbaijan reimposed a blockade on Armenia after the clashes.",
    ],
)
def test_closures_and_reimposed_blockades_restrict_movement(code, text: str) -> None:
    events = asserted(code(text))
    assert any(e.cameo == "191" and e.plover == "COERCE" for e in events), show_plover(events)
