"""Verb senses that wire copy uses in a way the bare lemma does not give: trading fire or
prisoners, projectiles fired into a country, votes on a resolution, stopped arms deliveries and
aid cuts, and suspensions of links or sanctions.  Wire-style sentences we wrote ourselves; they
run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import done_codes, done_dyads

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


# --------------------------------------------------------------------------- 6. no comment


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin declined to comment on the report.",
        "The Pentagon declined to confirm the strike on the convoy.",
        "A spokesman for the Israeli army refused to comment.",
        "The ministry declined to give details of the talks with Seoul.",
    ],
)
def test_declining_to_comment_is_no_rejection(code, text: str) -> None:
    assert not any(e.cameo_root == "12" for e in code(text))


def test_declining_to_comment_about_a_party_is_decline_comment(code) -> None:
    events = code("The Kremlin declined to comment on the British report on Monday.")
    assert ("RUS", "GBR", "011") in done_dyads(events)


def test_what_a_source_would_not_say_is_not_coded_as_done(code) -> None:
    events = code("The Chinese embassy declined to say whether Beijing had sent envoys to Moscow.")
    assert events == []


def test_refusing_an_act_is_still_a_rejection(code) -> None:
    events = code("Pyongyang refused to hold talks with Seoul.")
    assert any(c == "125" for _, _, c in done_dyads(events))


# --------------------------------------------------------------------------- 4. warnings


@pytest.mark.parametrize(
    "text",
    [
        "The World Bank warned that food prices would rise sharply this year.",
        "The United Nations warned of a humanitarian catastrophe in the region.",
        "The IMF cautioned that growth in Asia would slow next year.",
        "Britain warned that Russia could invade Ukraine within weeks.",
    ],
)
def test_a_warning_about_a_bleak_outlook_is_no_threat(code, text: str) -> None:
    assert not any(e.cameo_root == "13" for e in code(text))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("North Korea warned Seoul of consequences if the drills went ahead.", "PRK", "KOR"),
        ("China warned Japan against interfering in the Taiwan issue.", "CHN", "JPN"),
        ("The European Union warned Russia that it would impose new sanctions.", None, "RUS"),
        (
            "North Korea warned that it would react strongly if Washington kept up its policy.",
            "PRK",
            "USA",
        ),
    ],
)
def test_a_warning_of_the_warners_own_harmful_act_is_a_threat(
    code, text: str, source: str | None, target: str
) -> None:
    found = done_dyads(code(text))
    assert any(
        c.startswith("13") and t == target and (source is None or s == source) for s, t, c in found
    ), found


def test_a_warning_that_the_warners_forces_will_act_is_a_threat(code) -> None:
    events = code("Iran warned that its forces would respond to any Israeli strike.")
    assert any(e.cameo_root == "13" and e.target_country == "ISR" for e in events)


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


# --------------------------------------------------------------------------- 8. mediation


@pytest.mark.parametrize(
    ("text", "mediators", "parties"),
    [
        ("Egypt and Qatar mediated talks between Israel and Hamas.", {"EGY", "QAT"}, 2),
        ("Talks between Armenia and Azerbaijan were mediated by the United States.", {"USA"}, 2),
        ("Russia and Ukraine held talks mediated by Turkey in Istanbul.", {"TUR"}, 2),
        ("Oman is mediating between Iran and the United States.", {"OMN"}, 2),
        ("Turkey brokered a deal between Russia and Ukraine on grain exports.", {"TUR"}, 2),
    ],
)
def test_a_mediator_mediates_towards_every_party(
    code, text: str, mediators: set[str], parties: int
) -> None:
    events = code(text)
    mediation = {(e.source_country, e.target_country) for e in events if e.cameo == "045"}
    assert {s for s, _ in mediation} == mediators
    for m in mediators:
        assert len({t for s, t in mediation if s == m}) == parties, mediation
    # the mediator is no party to the talks it mediates
    joint = [e for e in events if e.cameo[:2] in {"04", "05"} and e.cameo != "045"]
    assert not any(e.source_country in mediators or e.target_country in mediators for e in joint)


def test_the_parties_of_mediated_talks_consult_each_other(code) -> None:
    events = code("Egypt and Qatar mediated talks between Israel and Hamas.")
    assert any(e.cameo_root == "04" and e.source_country == "ISR" for e in events)


def test_an_appeal_to_stop_an_act_does_not_code_the_act(code) -> None:
    events = code("Beijing urged Washington to stop selling arms to Taiwan.")
    assert any(e.cameo_root == "02" and e.target_country == "USA" for e in events)
    assert not any(e.target_country == "TWN" and e.modality == "asserted" for e in events)


def test_a_threat_to_stop_arms_deliveries_is_a_threat_to_cut_aid(code) -> None:
    events = code("Russia threatened to stop sending weapons to Syria.")
    assert ("RUS", "SYR", "1311") in done_dyads(events)


# --------------------------------------------------------------------------- 3. should


def test_an_obligation_put_on_another_party_is_a_demand(code) -> None:
    events = code("Russia said Ukraine should withdraw its troops from the region.")
    assert any(s == "RUS" and t == "UKR" and c.startswith("10") for s, t, c in done_dyads(events))


def test_an_obligation_to_stop_an_act_is_one_demand(code) -> None:
    events = code("Russia said Washington must stop supplying arms to Kyiv.")
    found = done_dyads(events)
    assert any(s == "RUS" and t == "USA" and c.startswith("10") for s, t, c in found), found
    assert not any(t == "UKR" for _, t, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Japan's prime minister said Tokyo and Seoul should work together against the threats.",
        "The Chinese president said China and Russia should deepen their strategic cooperation.",
    ],
)
def test_a_course_the_speaker_shares_is_no_demand(code, text: str) -> None:
    assert not any(e.cameo_root == "10" for e in code(text))


def test_a_generic_opinion_is_no_event(code) -> None:
    assert code("The foreign ministry said the dispute should be settled peacefully.") == []


def test_a_third_party_may_still_demand_of_both_sides(code) -> None:
    events = code("The UN chief said Israel and Hamas must agree to a ceasefire.")
    targets = {e.target_country for e in events if e.cameo_root == "10"}
    assert "ISR" in targets
