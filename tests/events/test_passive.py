"""Passives: who did the act when the grammar hides the doer."""

from __future__ import annotations

import pytest
from eventcheck import show

from communique.types import EventMention

pytestmark = pytest.mark.slow


def dyads(events: list[EventMention]) -> set[tuple[str | None, str | None, str]]:
    return {(e.source_code, e.target_code, e.cameo_root) for e in events}


def test_a_participle_modifying_a_noun_makes_it_the_victim(code) -> None:
    # "legislators jailed for a year": the legislators did not jail anyone.
    events = code("Israel on Monday freed two Palestinian legislators jailed for a year.")
    assert ("ISR", "PSELEG", "08") in dyads(events)
    assert not any((e.source_code or "").startswith("PSE") for e in events)


def test_an_instrument_in_the_by_phrase_passes_on_to_its_own_agent(code) -> None:
    events = code("The Afghan army convoy was destroyed by a bomb planted by Taliban insurgents.")
    assert any(e.source_code == "REB" and e.target_code == "AFGMIL" for e in events)


def test_victims_of_a_named_attack_get_the_attacker_from_the_attack_phrase(code) -> None:
    events = code("Three villagers were killed in a Russian air strike on Tuesday.")
    assert any(e.source_code == "RUS" and e.cameo_root == "19" for e in events)


def test_a_place_is_not_an_attack_phrase(code) -> None:
    events = code("Twelve Turkish civilians were killed in Syria on Sunday.")
    assert not any(e.source_code == "SYR" for e in events)


def test_troops_killed_abroad_are_coded_to_the_country_they_fought_in(code) -> None:
    events = code("Twelve Turkish soldiers were killed in Syria on Sunday.")
    assert ("SYR", "TURMIL", "19") in dyads(events)
    assert not any(e.source_code == "TURMIL" for e in events)


def test_a_passive_relative_clause_is_done_to_its_noun(code) -> None:
    events = code(
        "Police in Minsk released the Polish activists who were detained by Belarusian "
        "security forces last week."
    )
    assert not any(e.source_code and e.source_code.startswith("POL") for e in events)


def test_being_pressured_by_someone_is_their_demand(code) -> None:
    events = code("Seoul was pressured by Washington to cut its imports of Iranian oil.")
    assert any(
        e.source_code.startswith("USA") and e.target_code.startswith("KOR") and e.cameo_root == "10"
        for e in events
    )


# ------------------------------ 3. "The N detained for X were freed by Y": the misparsed relative


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Two Turkish journalists detained for spying on the army were freed by Iran.",
            "IRN",
            "TUR",
        ),
        (
            "The Ukrainian sailors held for crossing the strait were released by Russia on Monday.",
            "RUS",
            "UKR",
        ),
    ],
)
def test_release_after_a_reduced_relative(code, text: str, source: str, target: str) -> None:
    events = code(text)
    freed = [e for e in events if e.cameo.startswith("084")]
    assert any(
        e.source_code.startswith(source) and (e.target_code or "").startswith(target) for e in freed
    ), show(events)
    # the detained are what the participle was done to, never its doer
    assert not any(e.source_code.startswith(target) for e in events), show(events)


def test_coordinated_passive_keeps_the_active_first_verb(code) -> None:
    """With its "and" the first verb is a real main verb: the troops still attacked."""
    events = code("Syrian troops attacked the rebel town and were repelled by the rebels.")
    assert any(e.source_code.startswith("SYR") and e.cameo.startswith("19") for e in events), show(
        events
    )


# --------------------------------------------------------------- fronted passive participles


def test_a_fronted_passive_participle_is_done_to_the_main_subject(code) -> None:
    events = code(
        "Condemned by Japan over the launch, North Korea said on Monday it would test more."
    )
    assert ("JPN", "PRK", "11") in dyads(events)
    assert not any(e.source_code == "PRK" and e.target_code == "JPN" for e in events)


def test_a_fronted_participle_with_its_auxiliary_stays_active(code) -> None:
    # "Having criticised Tokyo": the main subject did the criticising.
    events = code("Having criticised Japan on Monday, China called for calm.")
    assert ("CHN", "JPN", "11") in dyads(events)
