"""Reported blame as accusation (CAMEO 112): "said X was responsible for / to blame for /
behind" a harm, "said the attack was carried out by X", a breach of an agreement
reported of another party ("said Israel had broken the ceasefire"), and the act alleged in
"accused X of <doing>", whose doer is the accused."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from eventcheck import done_dyads, show

from communique.types import EventMention

Coder = Callable[[str], list[EventMention]]

pytestmark = pytest.mark.slow


# ------------------------------------------------------------ 1. copula verdicts of blame


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "China's foreign ministry said Washington was responsible for the rising "
            "tensions in the strait.",
            "CHN",
            "USA",
        ),
        ("Russia said Ukraine was to blame for the shelling of the dam.", "RUS", "UKR"),
        ("Seoul said North Korea was behind the cyberattack on its banks.", "KOR", "PRK"),
        ("Armenia said Azerbaijan was guilty of the deaths of its soldiers.", "ARM", "AZE"),
        (
            "Iran was responsible for the attack on the tanker, the British government said.",
            "GBR",
            "IRN",
        ),
    ],
)
def test_reported_blame_is_an_accusation(code: Coder, text: str, source: str, target: str) -> None:
    assert (source, target, "112") in done_dyads(code(text))


def test_the_blamed_party_is_not_coded_as_the_doer(code: Coder) -> None:
    # "was to blame" is the speaker's verdict, not an act of blaming by Ukraine.
    found = done_dyads(code("Russia said Ukraine was to blame for the explosion at the depot."))
    assert not any(src == "UKR" for src, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Japan said China was responsible for the talks on fishing rights.",
        "The ministry said Jordan was responsible for security at the holy site.",
    ],
)
def test_being_in_charge_is_no_blame(code: Coder, text: str) -> None:
    assert not any(c.startswith("112") for _, _, c in done_dyads(code(text)))


# --------------------------------------------------- 2. naming the perpetrator of a harm


def test_attack_said_to_be_carried_out_by_a_party(code: Coder) -> None:
    text = "India said the attack on its border post was carried out by Pakistani troops."
    assert ("IND", "PAK", "112") in done_dyads(code(text))


def test_a_passive_reaction_is_no_perpetration(code: Coder) -> None:
    text = "Officials in Kabul said the bombing was condemned by France."
    assert not any(c == "112" for _, _, c in done_dyads(code(text)))


# -------------------------------------------------------- 3. reported breach of an accord


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("North Korea said South Korea had violated the armistice agreement.", "PRK", "KOR"),
        ("Egypt said Israel had broken the ceasefire in Gaza.", "EGY", "ISR"),
    ],
)
def test_reported_breach_is_an_accusation(code: Coder, text: str, source: str, target: str) -> None:
    found = done_dyads(code(text))
    assert (source, target, "112") in found
    # The breach is alleged, not coded as done by the accused.
    assert not any(src == target for src, _, _ in found)


def test_own_breach_is_not_an_accusation(code: Coder) -> None:
    found = done_dyads(code("Turkey said it had violated the agreement by mistake."))
    assert not any(c == "112" for _, _, c in found)


def test_direct_accusation_of_violation_still_works(code: Coder) -> None:
    found = done_dyads(code("Iran accused Israel of violating the truce."))
    assert ("IRN", "ISR", "112") in found


# --- the act alleged in "accused X of <doing>" -------------------------------------------------


def test_shelling_alleged_in_an_accusation_has_the_accused_as_doer(code: Coder) -> None:
    events = code("Armenia accused Azerbaijan of shelling Armenian villages on Sunday.")
    shelling = [e for e in events if e.cameo.startswith("19")]
    assert shelling, events
    assert all(e.source_code.startswith("AZE") for e in shelling), events
    assert all(e.modality == "reported" for e in shelling), events


def test_subject_of_a_passive_accusation_is_the_alleged_doer(code: Coder) -> None:
    events = code("Serbia was accused of shelling Bosnian towns near the border.")
    shelling = [e for e in events if e.cameo.startswith("19")]
    assert shelling, events
    assert all(e.source_code.startswith("SRB") and e.modality == "reported" for e in shelling)


def test_possessed_forces_accused_of_shelling_are_the_doers(code: Coder) -> None:
    events = code("Georgia accused Russia's army of shelling Georgian villages overnight.")
    shelling = [e for e in events if e.cameo.startswith("19")]
    assert shelling and all(e.source_code.startswith("RUS") for e in shelling), events


def test_alleged_act_with_no_victim_adds_no_event(code: Coder) -> None:
    events = code("Kyiv accused Moscow of breaking the truce it had declared.")
    assert not [e for e in events if e.cameo.startswith("19") and e.source_code[:3] == "RUS"]


def test_an_accusation_targets_the_accused_not_the_victims_of_the_alleged_act(code) -> None:
    # the alleged shelling hits the accuser's own villages: the accusation is still aimed
    # at the accused, and the shelling is coded as reported
    events = code("Armenia accused Azerbaijan of shelling Armenian villages on Monday.")
    accusations = [e for e in events if e.cameo.startswith("112")]
    assert [(e.source_code, e.target_code) for e in accusations] == [("ARM", "AZE")], show(events)
    assert any(
        e.source_code == "AZE" and e.target_code == "ARM" and e.modality == "reported"
        for e in events
    ), show(events)
