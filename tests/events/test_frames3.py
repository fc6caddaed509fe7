"""Frames and triggers that wire copy words in ways the bare rules missed: stated intentions to
cut ties or aid (non-force threats), light verbs that pass an invasion's PLOVER type on, vows to
retaliate, completed prisoner exchanges, appeals to free people, offers turned down, calls made
to congratulate, support for a party (and not for what the party is the target of), closed
borders."""

from __future__ import annotations

import pytest
from eventcheck import done_codes, done_dyads

from communique.events.lexicon import load_lexicon

pytestmark = pytest.mark.slow


# ------------------------------------------------------------ 1. intentions to reduce relations


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ("1622", "1311"),  # cut military aid
        ("163", "1312"),  # impose sanctions
        ("161", "1313"),  # break off relations
        ("164", "134"),  # walk out of talks
        ("166", "136"),  # expel monitors
        ("1723", "1323"),  # impose a curfew
        ("14", "133"),  # stage protests
        ("0874", "0356"),  # withdraw troops: still an intent to de-escalate
    ],
)
def test_intent_frame_reads_punitive_measures_as_non_force_threats(
    inner: str, expected: str
) -> None:
    assert load_lexicon().frame_code("intent", inner) == expected


@pytest.mark.parametrize(
    ("text", "source", "target", "expected"),
    [
        ("The United States vowed to cut military aid to Pakistan.", "USA", "PAK", "1311"),
        ("Russia pledged to impose sanctions on Georgia.", "RUS", "GEO", "1312"),
    ],
)
def test_vow_to_cut_or_sanction_is_a_threat(
    code, text: str, source: str, target: str, expected: str
) -> None:
    assert (source, target, expected) in done_dyads(code(text))
    assert "030" not in done_codes(code(text))


def test_decision_to_cut_aid_stays_the_cut_itself(code) -> None:
    found = done_dyads(code("The United States decided to cut military aid to Pakistan."))
    assert ("USA", "PAK", "1622") in found


# ------------------------------------------------------- 2. light verb + invasion keeps PLOVER


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched its invasion of Ukraine on Thursday.",
        "Russia mounted an invasion of Georgia in August.",
    ],
)
def test_light_verb_passes_the_nouns_plover_type(code, text: str) -> None:
    events = [e for e in code(text) if e.cameo == "192"]
    assert events, text
    assert {e.plover for e in events} == {"ASSAULT"}


# ------------------------------------------------------------------------- 3. vows to retaliate


@pytest.mark.parametrize(
    "text",
    [
        "Iran warned it would retaliate against Israel.",
        "Iran vowed to retaliate against Israel for the strike.",
    ],
)
def test_promised_retaliation_is_a_threat_of_force(code, text: str) -> None:
    assert ("IRN", "ISR", "138") in done_dyads(code(text))


def test_retaliation_that_happened_is_no_threat(code) -> None:
    assert not {
        c for c in done_codes(code("Iran retaliated against Israel.")) if c.startswith("13")
    }


def test_retaliation_by_a_named_act_is_that_act(code) -> None:
    found = done_dyads(code("Iran retaliated by expelling two French diplomats."))
    assert any(c.startswith("16") for s, _, c in found if s == "IRN")
    assert not any(c.startswith("13") for _, _, c in found)


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


# ------------------------------------------------------------- 6. appeals to release people


@pytest.mark.parametrize(
    "text",
    [
        "Japan asked China to release the detained businessman.",
        "Canada urged Iran to free the jailed activists.",
    ],
)
def test_appeal_to_release_people(code, text: str) -> None:
    found = done_dyads(code(text))
    assert any(c == "0253" for _, _, c in found), found


# ------------------------------------------------------ 7. the giver of a rejected offer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran turned down the offer from France.", ("IRN", "FRA")),
        ("Iran rejected the proposal from France on Monday.", ("IRN", "FRA")),
        ("Iran rejected an offer of talks from France.", ("IRN", "FRA")),
    ],
)
def test_rejection_is_aimed_at_who_made_the_offer(
    code, text: str, expected: tuple[str, str]
) -> None:
    pairs = {(s, t) for s, t, c in done_dyads(code(text)) if c.startswith("12")}
    assert expected in pairs


def test_from_phrase_of_a_withdrawal_is_a_place_not_a_giver(code) -> None:
    found = done_dyads(code("Turkey withdrew its troops from Syria."))
    assert not any(c.startswith("12") for _, _, c in found)


# ------------------------------------------------ 8. a call made to congratulate the addressee


def test_pronoun_object_of_a_purpose_is_the_calls_addressee(code) -> None:
    found = done_dyads(code("Putin called the Turkish ambassador to congratulate him."))
    assert ("RUS", "TUR", "051") in found
    assert ("RUS", "RUS", "051") not in found


# ------------------------------------------------ 9. support for a party, not for a measure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany expressed support for Ukraine.", ("DEU", "UKR")),
        ("Japan expressed appreciation for India's efforts.", ("JPN", "IND")),
        ("France expressed solidarity with Lebanon.", ("FRA", "LBN")),
    ],
)
def test_expressed_support_is_aimed_at_the_party(
    code, text: str, expected: tuple[str, str]
) -> None:
    assert (*expected, "051") in done_dyads(code(text))


def test_support_for_a_measure_against_a_party_is_no_praise_of_it(code) -> None:
    found = done_dyads(code("Germany expressed support for sanctions against Russia."))
    assert ("DEU", "RUS", "051") not in found


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


# ---------------------------------------------- 5. collective subjects of a symmetric act


@pytest.mark.parametrize(
    "text",
    [
        "The two Koreas traded threats on Tuesday.",
        "China and Japan met in Tokyo. Both sides later traded accusations over the islands.",
    ],
)
def test_collective_subject_of_a_joint_act_is_coded_both_ways(code, text: str) -> None:
    pairs = {(s, t) for s, t, c in done_dyads(code(text)) if c[:2] in {"11", "13"}}
    assert len(pairs) == 2 and all((t, s) in pairs for s, t in pairs), pairs
