"""Recipients given indirectly, over short multi-sentence stories: the possessor of the act
reacted to ("criticised Seoul's decision"), object pronouns for people named earlier ("He
thanked him"), a protest outside a country's embassy, and plural subjects standing for the two
parties of the latest meeting."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.types import EventMention

Coder = Callable[[str], list[EventMention]]

pytestmark = pytest.mark.slow


def dyads(events: list[EventMention]) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, CAMEO root) of the asserted events."""
    return {
        (e.source_country, e.target_country, e.cameo[:2])
        for e in events
        if e.modality == "asserted"
    }


# ----------------------------------------------------------------- 1. possessive recipients


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
    assert expected in dyads(code(text))


def test_own_troops_do_not_make_the_speaker_a_target(code: Coder) -> None:
    found = dyads(code("Japan said it would never send its own troops abroad."))
    assert all(target != "JPN" for _, target, _ in found)


# ------------------------------------------------------------------ 2. object pronouns


def test_him_is_the_other_person_not_the_subject(code: Coder) -> None:
    text = (
        "Japanese Prime Minister Fumio Kishida met US President Joe Biden in Washington on "
        "Monday. He thanked him for the support of the alliance."
    )
    found = dyads(code(text))
    assert ("JPN", "USA", "05") in found
    assert ("JPN", "JPN", "05") not in found


def test_urged_him_after_a_meeting(code: Coder) -> None:
    text = (
        "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin. "
        "Scholz urged him to back the new budget rules."
    )
    found = dyads(code(text))
    assert ("DEU", "FRA", "02") in found


def test_them_is_the_other_parties_of_the_previous_sentence(code: Coder) -> None:
    text = (
        "Japanese Prime Minister Fumio Kishida met US President Joe Biden and South Korean "
        "President Yoon Suk Yeol on Friday. He urged them to strengthen missile defence "
        "cooperation."
    )
    found = {(s, t) for s, t, root in dyads(code(text)) if root == "02"}
    assert found == {("JPN", "USA"), ("JPN", "KOR")}


def test_a_participle_restating_a_message_adds_no_second_event(code: Coder) -> None:
    text = (
        "Chinese President Xi Jinping marked the anniversary on Monday. Russian President "
        "Vladimir Putin sent Xi a letter congratulating him on the occasion."
    )
    events = [e for e in code(text) if e.source_country == "RUS" and e.target_country == "CHN"]
    assert len({e.cameo for e in events}) == len(events)


# ---------------------------------------------------------------------- 3. locatives


def test_protest_outside_an_embassy_targets_its_country(code: Coder) -> None:
    text = "Hundreds of South Korean activists protested outside the US embassy in Seoul."
    assert ("KOR", "USA", "14") in dyads(code(text))


# ------------------------------------------------------------ 5. plural and reciprocal


def test_the_two_leaders_are_the_parties_of_the_meeting(code: Coder) -> None:
    text = (
        "US President Joe Biden and Chinese President Xi Jinping met in Bali on Monday. "
        "The two leaders pledged to cooperate on climate change."
    )
    found = dyads(code(text))
    assert ("USA", "CHN", "03") in found and ("CHN", "USA", "03") in found


def test_both_sides_agreed_after_a_meeting(code: Coder) -> None:
    text = "Indian and Pakistani officials met in Geneva. Both sides agreed to resume talks."
    found = dyads(code(text))
    assert ("IND", "PAK", "03") in found and ("PAK", "IND", "03") in found
