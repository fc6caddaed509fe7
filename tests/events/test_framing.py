"""Frames around a trigger (events/framing.py and data/frames.tsv): stated intentions to cut ties
or aid, light verbs passing a noun's PLOVER type on, agreeing to or observing a ceasefire,
appeals to free people, support for a party, and measures left to lapse.  Wire-style sentences
we wrote ourselves; they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import (
    asserted,
    country_dyads,
    done_codes,
    done_dyads,
    has_plover,
    show,
    show_plover,
)

from communique.events.lexicon import load_lexicon

pytestmark = pytest.mark.slow


# ------------------------------------------------------------------ letting a measure lapse


def test_declining_to_renew_sanctions_lets_them_lapse(code) -> None:
    events = code("The UN Security Council declined to renew the arms embargo on Sudan on Friday.")
    assert any(t == "SDN" for _, t in country_dyads(events, "085")), show(events)
    assert not country_dyads(events, "12"), show(events)


def test_refusing_to_impose_sanctions_stays_a_rejection(code) -> None:
    events = code("India refused to impose sanctions on Russia on Friday.")
    assert ("IND", "RUS") in country_dyads(events, "12"), show(events)


# ------------------------------------------------------------------ ceasefire: agreed vs observed


def test_agreeing_to_a_ceasefire_is_agree(coded) -> None:
    events = coded(
        "Armenia and Azerbaijan agreed to a ceasefire on Tuesday after a week of clashes."
    )
    assert has_plover(asserted(events), "AGREE", "ARM"), show_plover(events)
    assert not asserted(events, "RETREAT"), show_plover(events)


def test_signing_a_truce_is_agree(coded) -> None:
    events = coded("The Sudanese government signed a truce with the rebels in Juba on Monday.")
    assert has_plover(asserted(events), "AGREE", "SDN"), show_plover(events)


def test_observing_a_ceasefire_stays_retreat(coded) -> None:
    events = coded("Ethiopian troops observed the truce along the border on Sunday.")
    assert has_plover(asserted(events), "RETREAT", "ETH"), show_plover(events)
    assert not asserted(events, "AGREE"), show_plover(events)


# ------------------------------------------------------------------ opposing mediation


def test_being_opposed_to_mediation_rejects_it(coded) -> None:
    events = coded("Turkey is opposed to Russian mediation in the dispute, a senior official said.")
    assert has_plover(asserted(events), "REJECT", "TUR"), show_plover(events)
    assert not asserted(events, "ACCUSE"), show_plover(events)


def test_opposing_mediation_rejects_it(coded) -> None:
    events = coded("Pakistan opposed any Chinese mediation between the two sides.")
    assert has_plover(asserted(events), "REJECT", "PAK"), show_plover(events)


def test_being_opposed_to_a_policy_stays_disapproval(coded) -> None:
    events = coded("Turkey is opposed to the new European sanctions, the foreign minister said.")
    assert not asserted(events, "REJECT"), show_plover(events)


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
