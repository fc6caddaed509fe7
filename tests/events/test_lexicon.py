"""General trigger rows of the lexicon read on whole sentences: each row's verb or noun codes the
act a wire reporter means by it, and near misses of the same words code nothing.  Wire-style
sentences we wrote ourselves; they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import asserted, country_dyads, done_codes, done_dyads, show, show_plover
from eventcheck import has_asserted as _has

pytestmark = pytest.mark.slow


# ------------------------------------------------------------ lexicon rows


@pytest.mark.parametrize(
    ("text", "src", "tgt", "code_"),
    [
        (
            "Chinese coast guard ships blocked Philippine supply boats near the shoal.",
            "CHN",
            "PHL",
            "191",
        ),
        (
            "A Chinese coast guard ship sprayed a Philippine vessel with water cannon.",
            "CHN",
            "PHL",
            "190",
        ),
        (
            "The United States removed Cuba from its list of state sponsors of terrorism.",
            "USA",
            "CUB",
            "085",
        ),
        ("Washington took North Korea off its terrorism blacklist.", "USA", "PRK", "085"),
        (
            "Vietnam rejected China's sovereignty claims in the South China Sea.",
            "VNM",
            "CHN",
            "120",
        ),
        ("Manila dismissed Beijing's territorial claims on Tuesday.", "PHL", "CHN", "120"),
    ],
)
def test_general_triggers(code, text, src, tgt, code_) -> None:
    events = code(text)
    assert _has(events, src, tgt, code_), show(events)


def test_rejecting_an_accusation_is_still_a_denial(code) -> None:
    events = code("Vietnam rejected China's accusations on Tuesday.")
    assert _has(events, "VNM", "CHN", "016"), show(events)


def test_blocking_a_road_is_no_blockade(code) -> None:
    events = code("Protesters blocked the road to the airport.")
    assert not any(e.cameo == "191" for e in events), show(events)


# ------------------------------------------------------------ vowing to confront provocations


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Seoul vowed to confront Pyongyang's provocations by every lawful means.", "KOR", "PRK"),
        ("Manila pledged to confront China's aggression in the South China Sea.", "PHL", "CHN"),
    ],
)
def test_vow_to_confront_provocations_is_a_threat(code, text, src, tgt) -> None:
    events = code(text)
    assert _has(events, src, tgt, "13"), show(events)
    assert not _has(events, src, tgt, "03"), show(events)


def test_confronting_a_problem_is_no_threat(code) -> None:
    events = code("Ukraine and Poland vowed to confront the pandemic together.")
    assert not any(e.cameo.startswith("13") for e in events), show(events)


# ------------------------------------------------------------------ pausing a sanction


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Washington paused tariffs on Canadian steel on Tuesday.", ("USA", "CAN")),
        ("The European Union postponed new sanctions on Belarus.", ("IGO", "BLR")),
    ],
)
def test_pausing_a_sanction_eases_it(code, text: str, pair) -> None:
    events = code(text)
    assert pair in country_dyads(events, "085"), show(events)


def test_an_order_imposing_tariffs(code) -> None:
    events = code("President Joe Biden signed an executive order imposing tariffs on Brazil.")
    assert any(t == "BRA" for _, t in country_dyads(events, "163")), show(events)


def test_lodging_representations_is_an_official_complaint(code) -> None:
    events = code("Beijing lodged stern representations with Washington over the arms sale.")
    assert any(e.cameo == "114" and e.target_code.startswith("USA") for e in events), show(events)


# ------------------------------------------- 5. human shields, closures and re-imposed blockades


def test_holding_people_as_human_shields_is_coded_like_using_them(code) -> None:
    events = asserted(code("Rebels in Congo have been holding Rwandan villagers as human shields."))
    assert any(e.cameo == "184" for e in events), show_plover(events)


def test_holding_talks_is_not_a_human_shield(code) -> None:
    events = asserted(code("Rwanda held talks with Congo as a shield against criticism."))
    assert not [e for e in events if e.cameo == "184"], show_plover(events)


# ------------------------------------------------------------ asking a state for asylum


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Thousands of Afghan refugees sought refuge in Pakistan last month.", ("AFGREF", "PAK")),
        ("Two North Korean diplomats asked Seoul for asylum on Monday.", ("PRKGOV", "KORGOV")),
    ],
)
def test_seeking_asylum_is_a_request_to_the_host(code, text: str, dyad: tuple[str, str]) -> None:
    events = asserted(code(text), "REQUEST")
    assert {(e.source_code, e.target_code) for e in events} == {dyad}, show_plover(code(text))
    assert all(e.cameo == "0233" and e.plover_mode == "assist" for e in events)


def test_figurative_refuge_is_no_request(code) -> None:
    events = code("The government sought refuge from criticism in vague promises.")
    assert not [e for e in events if e.cameo == "0233"], show_plover(events)


# --------------------------------------------------------------- joint celebrations (017)


def test_celebrating_with_another_party_is_a_symbolic_act(code) -> None:
    events = code("Pakistan celebrated the new year with Chinese engineers in Islamabad.")
    assert any(
        e.source_code == "PAK" and (e.target_code or "").startswith("CHN") and e.cameo == "017"
        for e in events
    )


def test_the_place_of_a_celebration_is_not_its_partner(code) -> None:
    events = code("Armenia celebrated its independence day in France with Georgian diplomats.")
    assert not any(e.cameo == "017" and (e.target_code or "").startswith("FRA") for e in events)


# ------------------------------------------------------------------- 4. completed prisoner swaps


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Egypt carried out a prisoner exchange on Monday.",
        "Israel and Egypt completed a prisoner swap at the border.",
    ],
)
def test_completed_prisoner_exchange_is_a_release_both_ways(code, text: str) -> None:
    found = done_dyads(code(text))
    assert ("ISR", "EGY", "0841") in found
    assert ("EGY", "ISR", "0841") in found


def test_exchange_with_a_named_partner(code) -> None:
    found = done_dyads(code("Russia completed an exchange of prisoners with Ukraine."))
    assert ("RUS", "UKR", "0841") in found


def test_exchange_of_ideas_is_no_release(code) -> None:
    assert "0841" not in done_codes(code("France and Germany conducted an exchange of ideas."))


# --------------------------------------------------------------------- 10. closed borders


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey closed its border with Syria on Friday.", ("TUR", "SYR")),
        ("Jordan shut its border crossing with Iraq.", ("JOR", "IRQ")),
        ("Pakistan sealed its frontier with Afghanistan.", ("PAK", "AFG")),
    ],
)
def test_closing_a_border_restricts_movement(code, text: str, expected: tuple[str, str]) -> None:
    assert (*expected, "191") in done_dyads(code(text))


def test_closing_other_things_is_no_blockade(code) -> None:
    assert "191" not in done_codes(
        code("Turkey closed its consulate and the trade fair on Friday.")
    )


# ------------------------------------------------------------ regression guards (already passed)


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        # a protest whose recipient is the previous sentence's actor
        (
            "North Korea launched a ballistic missile on Sunday. Japan lodged a strong protest "
            "through its embassy in Beijing.",
            "JPN",
            "PRK",
            "11",
        ),
        # the nationality of expelled diplomats is the target
        ("Germany expelled Russian diplomats.", "DEU", "RUS", "16"),
        (
            "Poland ordered 45 Russian diplomats to leave the country on Thursday.",
            "POL",
            "RUS",
            "16",
        ),
        # the target inside a threatening conditional
        (
            "Israel's defence minister warned that his country would hit back hard if Hamas broke "
            "the truce.",
            "ISR",
            "PSE",
            "13",
        ),
        (
            "India withdrew Pakistan's most-favoured-nation trade status on Friday.",
            "IND",
            "PAK",
            "16",
        ),
        ("Turkey began a military operation in northern Syria on Wednesday.", "TUR", "SYR", "19"),
        # "both countries" after naming them
        (
            "India and Pakistan traded fire along the border. China urged both countries to show "
            "restraint.",
            "CHN",
            "PAK",
            "02",
        ),
        (
            "The latest round of Russian-Ukrainian talks in Istanbul ended on Tuesday.",
            "RUS",
            "UKR",
            "04",
        ),
        ("Hezbollah fired rockets at towns in northern Israel on Sunday.", "LBN", "ISR", "19"),
        ("China fired ballistic missiles into waters off Taiwan on Thursday.", "CHN", "TWN", "15"),
        ("Germany called in the Iranian ambassador on Tuesday.", "DEU", "IRN", "11"),
        (
            "Vietnam protested the deployment of a Chinese survey ship. "
            "China rejected the protest.",
            "CHN",
            "VNM",
            "12",
        ),
    ],
)
def test_regression_guards(code, text, src, tgt, root) -> None:
    events = code(text)
    assert _has(events, src, tgt, root), show(events)
