"""Reactions aimed at the doer named inside the object (an attack's attacker, never its victim;
the possessor of the act reacted to), and invitations that are not visits."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from eventcheck import country_dyads, done_root_dyads, show

from communique.types import EventMention


def _dyads(events) -> set[tuple[str | None, str | None, str]]:
    return {(e.source_country, e.target_country, e.cameo) for e in events}


def test_condemning_an_act_targets_the_doer_its_participle_names(code) -> None:
    events = code(
        "North Korea on Tuesday condemned joint drills staged by South Korea and the United "
        "States, calling them a rehearsal for invasion."
    )
    assert {("PRK", "KOR", "111"), ("PRK", "USA", "111")} <= _dyads(events)


def test_criticising_remarks_made_by_someone_targets_the_speaker(code) -> None:
    events = code("China criticised the remarks made by the Japanese prime minister.")
    assert ("CHN", "JPN", "111") in _dyads(events)


def test_an_invitation_is_intent_to_meet_not_a_visit_made(code) -> None:
    events = code(
        "Russian President Vladimir Putin met Kim Jong Un on Monday. Putin also invited Kim "
        "to visit Moscow."
    )
    invite = [e for e in events if "invited" in e.sentence]
    assert [(e.source_country, e.target_country, e.cameo) for e in invite] == [
        ("RUS", "PRK", "036")
    ]


def test_a_piece_in_a_countrys_newspaper_addresses_the_country(code) -> None:
    events = code("Xi Jinping published a signed article in the Rodong Sinmun on Wednesday.")
    assert [(e.source_code, e.target_code) for e in events] == [("CHNGOV", "PRK")]


def test_the_two_countries_are_states_not_the_envoy_or_paper_that_stood_for_them(code) -> None:
    events = code(
        "China's ambassador to North Korea published an op-ed in the Rodong Sinmun on Friday "
        "praising the alliance between the two countries."
    )
    assert ("CHNGOV", "PRK") in {(e.source_code, e.target_code) for e in events}
    assert all(e.target_code != "PRKMED" for e in events)


def test_each_other_makes_the_subjects_each_others_targets(code) -> None:
    events = code("India and Pakistan blamed each other for the clash on the border.")
    assert {("IND", "PAK"), ("PAK", "IND")} <= {
        (e.source_country, e.target_country) for e in events if e.cameo_root == "11"
    }


def test_a_complaint_targets_the_party_it_is_against_not_the_body_it_is_lodged_with(
    code,
) -> None:
    events = code(
        "Japan lodged a complaint with the World Trade Organization against South Korea's "
        "export curbs."
    )
    assert [(e.source_country, e.target_country, e.cameo) for e in events] == [
        ("JPN", "KOR", "114")
    ]


def test_a_passive_agent_is_never_also_the_target(code) -> None:
    events = code("The bombing was condemned by France and Germany on Monday.")
    assert not any(
        e.source_country in {"FRA", "DEU"} and e.target_country in {"FRA", "DEU"} for e in events
    )


# ------------------------------------------------------------------ reactions to an attack


@pytest.mark.slow
def test_condemning_an_attack_never_targets_its_victim(code) -> None:
    events = code("The European Union condemned the attack on Poland.")
    assert not any(e.target_code and e.target_code.startswith("POL") for e in events), show(events)


@pytest.mark.slow
def test_condemning_an_attack_targets_the_attacker_named_earlier(code) -> None:
    events = code(
        "Russian forces shelled a power plant in Ukraine on Monday. "
        "France condemned the attack on Ukraine."
    )
    assert ("FRA", "RUS") in country_dyads(events, "11"), show(events)
    assert ("FRA", "UKR") not in country_dyads(events, "11"), show(events)


@pytest.mark.slow
def test_condemning_an_attack_by_soldiers_targets_their_side(code) -> None:
    events = code("The Dutch government condemned an attack by Serbian troops in northern Kosovo.")
    assert ("NLD", "SRB") in country_dyads(events, "11"), show(events)


@pytest.mark.slow
def test_attacker_named_as_modifier_of_the_attack(code) -> None:
    events = code("Canada denounced the Iranian missile strikes on Iraq.")
    assert ("CAN", "IRN") in country_dyads(events, "11"), show(events)
    assert ("CAN", "IRQ") not in country_dyads(events, "11"), show(events)


Coder = Callable[[str], list[EventMention]]


# ----------------------------------------------------------------- 1. possessive recipients


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan announced it would release treated water into the sea. South Korea "
            "criticised Japan's decision on Tuesday.",
            ("KOR", "JPN", "11"),
        ),
        (
            "India proposed new border talks. China welcomed India's offer on Monday.",
            ("CHN", "IND", "05"),
        ),
        ("France praised Germany's efforts to end the crisis.", ("FRA", "DEU", "05")),
        ("Russia rejected Ukraine's proposal for a ceasefire.", ("RUS", "UKR", "12")),
    ],
)
def test_possessor_of_the_act_reacted_to_is_the_target(
    code: Coder, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in done_root_dyads(code(text))


@pytest.mark.slow
def test_own_troops_do_not_make_the_speaker_a_target(code: Coder) -> None:
    found = done_root_dyads(code("Japan said it would never send its own troops abroad."))
    assert all(target != "JPN" for _, target, _ in found)
