"""Verb senses that wire copy uses in a way the bare lemma does not give: trading fire or
prisoners, projectiles fired into a country, votes on a resolution, stopped arms deliveries and
aid cuts, and suspensions of links or sanctions.  Wire-style sentences we wrote ourselves; they
run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import country_dyads, done_codes, done_dyads, show, show_plover

pytestmark = pytest.mark.slow


# --------------------------------------------------------------------------- 1. trading fire


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indian and Pakistani troops traded fire along the frontier on Tuesday.", "190"),
        ("Armenian and Azerbaijani soldiers traded gunfire overnight.", "193"),
        ("Russian and Ukrainian forces exchanged artillery fire along the river.", "194"),
        ("Thai and Cambodian troops traded rocket fire near the temple.", "194"),
    ],
)
def test_trading_fire_is_a_fight_between_both_sides(code, text: str, expected: str) -> None:
    events = code(text)
    found = done_dyads(events)
    pairs = {(s, t) for s, t, c in found if c == expected}
    assert len(pairs) == 2 and all(s != t for s, t in pairs), found
    assert all(e.symmetric for e in events if e.cameo == expected)
    assert not any(c.startswith("06") for c in done_codes(events))


def test_trading_accusations_is_mutual_accusation_not_trade(code) -> None:
    events = code("The United States and China traded accusations over the balloon incident.")
    found = done_dyads(events)
    assert ("USA", "CHN", "112") in found and ("CHN", "USA", "112") in found
    assert "061" not in done_codes(events)


def test_trading_goods_is_still_trade(code) -> None:
    events = code("Vietnam traded rice with Cambodia last year.")
    assert ("VNM", "KHM", "061") in done_dyads(events)


def test_exchanging_views_stays_a_consultation(code) -> None:
    events = code("The foreign ministers of China and India exchanged views on the border issue.")
    assert ("CHN", "IND", "040") in done_dyads(events)


def test_trading_prisoners_is_a_release(code) -> None:
    events = code("Israel and Hamas traded prisoners under the truce.")
    assert {c for c in done_codes(events)} == {"0841"}


# --------------------------------------------------------------------------- 2. fired into


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        ("Russia fired cruise missiles into Ukraine overnight.", "UKR", "194"),
        ("Iran launched ballistic missiles toward Israel on Saturday.", "ISR", "194"),
        ("Hezbollah fired rockets into northern Israel.", "ISR", "194"),
        ("North Korea fired artillery shells towards South Korea's border islands.", "KOR", "194"),
        ("North Korea fired rockets across the border into South Korea.", "KOR", "194"),
    ],
)
def test_projectiles_fired_into_another_country_are_an_attack(
    code, text: str, target: str, expected: str
) -> None:
    events = code(text)
    assert any(t == target and c == expected for _, t, c in done_dyads(events)), done_dyads(events)
    assert "150" not in done_codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile into the East Sea on Thursday.",
        "North Korea launched two missiles into the Sea of Japan.",
        "North Korea fired two missiles into waters off its east coast.",
    ],
)
def test_a_test_launch_into_the_sea_stays_a_show_of_force(code, text: str) -> None:
    events = code(text)
    assert "150" in done_codes(events)
    assert not any(c.startswith("19") for c in done_codes(events))


def test_warning_shots_are_a_show_of_force_wherever_aimed(code) -> None:
    events = code("South Korea fired warning shots toward North Korean soldiers.")
    assert any(c == "150" for _, _, c in done_dyads(events))
    assert not any(c.startswith("19") for c in done_codes(events))


# --------------------------------------------------------------------------- 5. votes


def test_a_vote_against_a_resolution_is_a_rejection_not_a_veto(code) -> None:
    events = code("Russia voted against the resolution at the Security Council.")
    assert any(s == "RUS" and c == "120" for s, _, c in done_dyads(events)), done_dyads(events)
    assert "129" not in done_codes(events)


def test_a_veto_is_still_a_veto(code) -> None:
    events = code("Russia vetoed a Security Council resolution on Syria.")
    assert any(s == "RUS" and c == "129" for s, _, c in done_dyads(events))


def test_a_vote_for_a_resolution_endorses_it_and_its_sponsor(code) -> None:
    events = code("India voted for the resolution proposed by Brazil.")
    assert ("IND", "BRA", "051") in done_dyads(events)


def test_abstaining_is_no_event(code) -> None:
    assert code("China and Russia abstained in the vote on the resolution.") == []


# --------------------------------------------------------------------------- 7. stopped acts


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Germany said it was no longer transferring weapons to Israel.", ("DEU", "ISR", "1622")),
        ("The United States stopped supplying arms to Saudi Arabia.", ("USA", "SAU", "1622")),
        ("The EU stopped funding the Palestinian Authority.", (None, "PSE", "162")),
        ("India is no longer buying oil from Russia.", ("IND", "RUS", "163")),
        ("India is not buying Russian oil any longer.", ("IND", "RUS", "163")),
        ("China stopped imports of Japanese seafood in August.", ("CHN", "JPN", "163")),
        ("Russia stopped shelling Kharkiv on Sunday.", ("RUS", "UKR", "087")),
    ],
)
def test_a_stopped_act_is_the_act_of_stopping_it(code, text: str, dyad: tuple) -> None:
    events = code(text)
    source, target, expected = dyad
    found = done_dyads(events)
    assert any(
        c == expected and t == target and (source is None or s == source) for s, t, c in found
    ), found
    assert not any(e.cameo_root in {"06", "07", "19"} for e in events)


def test_an_announced_stop_is_a_threat_to_cut_aid(code) -> None:
    events = code("Washington will stop sending weapons to Kyiv, the senator said.")
    assert any(e.cameo.startswith("131") and e.target_country == "UKR" for e in events)


def test_an_act_not_done_is_still_negated_not_stopped(code) -> None:
    events = code("Israel did not supply weapons to Ukraine.")
    assert {e.modality for e in events} == {"negated"}
    assert all(e.cameo == "072" for e in events)


def test_an_appeal_to_stop_an_act_does_not_code_the_act(code) -> None:
    events = code("Beijing urged Washington to stop selling arms to Taiwan.")
    assert any(e.cameo_root == "02" and e.target_country == "USA" for e in events)
    assert not any(e.target_country == "TWN" and e.modality == "asserted" for e in events)


def test_a_threat_to_stop_arms_deliveries_is_a_threat_to_cut_aid(code) -> None:
    events = code("Russia threatened to stop sending weapons to Syria.")
    assert ("RUS", "SYR", "1311") in done_dyads(events)


# ------------------------------------------------------------ coded sentences (spaCy)


def _scored(events, plover: str | None = None):
    return [
        e
        for e in events
        if (plover is None or e.plover == plover) and e.modality not in {"negated", "hypothetical"}
    ]


def test_no_longer_transferring_weapons_is_a_cut_in_military_aid(code) -> None:
    events = code("Spain said on Monday it was no longer sending weapons to Israel.")
    assert ("ESP", "ISR") in country_dyads(events, "1622"), show(events)


def test_exchanging_fire_is_fighting_not_trade(code) -> None:
    events = code("Thai and Cambodian troops exchanged fire along the border on Sunday.")
    assert not country_dyads(events, "06"), show(events)
    assert ("THA", "KHM") in country_dyads(events, "19"), show(events)


@pytest.mark.parametrize(
    "text",
    [
        "Japan announced on Tuesday that it would suspend all aid to Myanmar.",
        "Germany announced it would stop military assistance to Turkey.",
    ],
)
def test_announced_aid_cut_is_the_sanction(code, text: str) -> None:
    events = code(text)
    assert _scored(events, "SANCTION"), show_plover(events)
    assert not _scored(events, "THREATEN"), show_plover(events)


@pytest.mark.parametrize("verb", ["prohibited", "stopped", "withheld", "ended", "cut off"])
def test_verbs_that_stop_aid(code, verb: str) -> None:
    events = code(f"The United States {verb} all military aid to Uganda on Friday.")
    sanctions = _scored(events, "SANCTION")
    assert {(e.source_code, e.target_code, e.cameo[:3]) for e in sanctions} == {
        ("USA", "UGA", "162")
    }, show_plover(events)


# ------------------------------------------------------------ suspended links, aid and ties


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Greece announced a suspension of rail links with Albania on Thursday.", "163"),
        ("Greece suspended all flights to Albania on Thursday.", "163"),
        ("Greece announced the suspension of aid to Albania on Thursday.", "162"),
        ("Greece announced the suspension of diplomatic relations with Albania.", "161"),
    ],
)
def test_suspension_of_links_aid_or_ties_is_a_sanction(code, text: str, cameo: str) -> None:
    events = _scored(code(text), "SANCTION")
    assert {(e.source_code, e.target_code, e.cameo[:3]) for e in events} == {
        ("GRC", "ALB", cameo)
    }, show_plover(code(text))


def test_suspension_of_sanctions_eases_them(code) -> None:
    events = code("The European Union announced the suspension of sanctions on Belarus.")
    assert not _scored(events, "SANCTION"), show_plover(events)
    assert [e.cameo for e in _scored(events, "RETREAT")] == ["085"], show_plover(events)


def test_flights_suspended_for_weather_are_no_sanction(code) -> None:
    events = code("Airlines announced the suspension of flights because of the storm.")
    assert not _scored(events, "SANCTION"), show_plover(events)
