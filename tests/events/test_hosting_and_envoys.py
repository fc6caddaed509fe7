"""Hosted visits said with "welcome" (active and passive), delegations and envoys sent to a
country, and money given or received as aid.  All sentences are our own, wire style."""

from __future__ import annotations

import pytest
from eventcheck import done_dyads, show

pytestmark = pytest.mark.slow


# ----------------------------------------------------------------- welcoming a visitor


def test_passive_welcome_is_a_hosted_visit_and_the_guests_visit(code) -> None:
    events = code(
        "The Ghanaian delegation was welcomed at the airport by Chinese Vice Foreign Minister"
        " Sun Weidong."
    )
    dyads = done_dyads(events)
    assert ("CHN", "GHA", "043") in dyads, show(events)
    assert ("GHA", "CHN", "042") in dyads, show(events)


def test_welcoming_a_named_leader_records_both_sides_of_the_visit(code) -> None:
    events = code("Egyptian President Abdel Fattah al-Sisi welcomed Kenyan President William Ruto.")
    dyads = done_dyads(events)
    assert ("EGY", "KEN", "043") in dyads, show(events)
    assert ("KEN", "EGY", "042") in dyads, show(events)


def test_welcoming_a_delegation_from_a_country_names_the_country(code) -> None:
    events = code("Indonesia's foreign minister welcomed a trade delegation from Vietnam.")
    dyads = done_dyads(events)
    assert ("IDN", "VNM", "043") in dyads, show(events)
    assert ("VNM", "IDN", "042") in dyads, show(events)


def test_welcoming_a_decision_is_no_visit(code) -> None:
    events = code("The United Nations welcomed Iran's decision to release the detained sailors.")
    assert not any(e.cameo in {"042", "043"} for e in events), show(events)


# ----------------------------------------------------------------- sending a delegation


def test_sending_a_delegation_is_a_visit_by_the_sender(code) -> None:
    events = code("Turkey sent a delegation to Libya on Monday.")
    assert ("TUR", "LBY", "042") in done_dyads(events), show(events)


def test_a_perfect_and_a_purpose_keep_one_visit(code) -> None:
    events = code("Qatar has sent an envoy to Khartoum to discuss a ceasefire.")
    assert ("QAT", "SDN", "042") in done_dyads(events), show(events)
    # the purpose restates why the envoy went: no meeting of its own
    assert not any(e.cameo_root == "04" and e.cameo != "042" for e in events), show(events)


def test_dispatching_emissaries_is_a_visit(code) -> None:
    events = code("Angola dispatched two emissaries to Kinshasa last week.")
    assert ("AGO", "COD", "042") in done_dyads(events), show(events)


def test_sending_troops_is_still_a_deployment_not_a_visit(code) -> None:
    events = code("Rwanda sent troops to Mozambique in July.")
    assert not any(e.cameo == "042" for e in events), show(events)


# ----------------------------------------------------------------- money as aid


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Kenya received money from China last year.", ("CHN", "KEN", "070")),
        ("The European Union gave cash to Jordan for refugee schools.", (None, "JOR", "070")),
        ("Japan pledged money to Ukraine on Tuesday.", ("JPN", "UKR", "033")),
    ],
)
def test_money_and_cash_are_aid(code, text: str, dyad: tuple[str | None, str, str]) -> None:
    events = code(text)
    source, target, cameo = dyad
    assert any(
        e.cameo == cameo
        and e.target_country == target
        and (source is None or e.source_country == source)
        for e in events
        if e.modality == "asserted"
    ), show(events)
