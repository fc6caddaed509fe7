"""Leftover phenomena of wire copy, in our own sentences: reactions to an attack aimed at its
attacker (never its victim), exercises called "war games", trade bans aimed at the trading
partner, meetings named only by a noun ("during a phone call"), passive threats ("will be
held responsible", "will pay a heavy price") and acts on an agreement whose partner was named
in an earlier sentence.  They run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import country_dyads, show

pytestmark = pytest.mark.slow


# ------------------------------------------------------------------ reactions to an attack


def test_condemning_an_attack_never_targets_its_victim(code) -> None:
    events = code("The European Union condemned the attack on Poland.")
    assert not any(e.target_code and e.target_code.startswith("POL") for e in events), show(events)


def test_condemning_an_attack_targets_the_attacker_named_earlier(code) -> None:
    events = code(
        "Russian forces shelled a power plant in Ukraine on Monday. "
        "France condemned the attack on Ukraine."
    )
    assert ("FRA", "RUS") in country_dyads(events, "11"), show(events)
    assert ("FRA", "UKR") not in country_dyads(events, "11"), show(events)


def test_condemning_an_attack_by_soldiers_targets_their_side(code) -> None:
    events = code("The Dutch government condemned an attack by Serbian troops in northern Kosovo.")
    assert ("NLD", "SRB") in country_dyads(events, "11"), show(events)


def test_attacker_named_as_modifier_of_the_attack(code) -> None:
    events = code("Canada denounced the Iranian missile strikes on Iraq.")
    assert ("CAN", "IRN") in country_dyads(events, "11"), show(events)
    assert ("CAN", "IRQ") not in country_dyads(events, "11"), show(events)


# ------------------------------------------------------------------ exercises and bans


def test_war_games_around_an_island_are_a_show_of_force(code) -> None:
    events = code("China launched war games surrounding Taiwan on Saturday.")
    assert ("CHN", "TWN") in country_dyads(events, "150"), show(events)


def test_a_ban_on_imports_targets_where_they_come_from(code) -> None:
    events = code("The Russian president signed a decree banning imports of wine from Georgia.")
    assert ("RUS", "GEO") in country_dyads(events, "163"), show(events)


def test_a_ban_on_exports_targets_where_they_go(code) -> None:
    events = code("Beijing banned exports of gallium to the United States on Tuesday.")
    assert ("CHN", "USA") in country_dyads(events, "163"), show(events)


# ------------------------------------------------------------------ threats as a penalty


def test_will_be_held_responsible_is_a_threat_against_that_party(code) -> None:
    events = code("Iran warned on Sunday that Israel would be held responsible for any attack.")
    assert ("IRN", "ISR") in country_dyads(events, "13"), show(events)


def test_will_pay_a_heavy_price_is_a_threat(code) -> None:
    events = code("The Chinese foreign ministry said Manila will pay a heavy price for the move.")
    assert ("CHN", "PHL") in country_dyads(events, "13"), show(events)


def test_pay_dearly_with_the_speaker_after_the_clause(code) -> None:
    events = code("Seoul will pay dearly, the North Korean defence minister said on Friday.")
    assert ("PRK", "KOR") in country_dyads(events, "13"), show(events)


def test_a_price_paid_in_the_past_is_no_threat(code) -> None:
    events = code("Lebanon paid a heavy price in the war, the Syrian foreign minister said.")
    assert not country_dyads(events, "13"), show(events)


def test_a_denied_penalty_is_no_threat(code) -> None:
    events = code("The Polish president said Belarus would not pay any price.")
    assert ("POL", "BLR") not in country_dyads(events, "13"), show(events)


# ------------------------------------------------------------------ meetings named by a noun


def test_phone_conversation_in_an_adjunct_is_a_call_between_the_parties(code) -> None:
    events = code(
        "In a telephone conversation with the Greek prime minister, the Turkish president "
        "discussed migration."
    )
    assert ("TUR", "GRC") in country_dyads(events, "041"), show(events)


def test_meeting_with_a_partner_sets_any_clause(code) -> None:
    events = code(
        "After his meeting with the Japanese prime minister, the Indian prime minister said "
        "ties were strong."
    )
    assert ("IND", "JPN") in country_dyads(events, "04"), show(events)


def test_a_visit_in_an_adjunct_is_not_read_as_talks(code) -> None:
    events = code("During a visit to Nairobi, the Ethiopian president announced a new road.")
    assert ("ETH", "KEN") not in country_dyads(events, "040"), show(events)


# ------------------------------------------------------------------ undoing an earlier agreement


def test_scrapping_the_agreement_targets_its_earlier_partner(code) -> None:
    events = code(
        "Ankara and Athens signed a migration accord in 2019. "
        "On Monday Ankara scrapped the agreement."
    )
    assert ("TUR", "GRC") in country_dyads(events, "16"), show(events)


def test_scrapping_an_agreement_with_no_partner_in_the_story_names_nobody(code) -> None:
    events = code("The Indian government scrapped the agreement on Monday.")
    assert not [e for e in events if e.cameo.startswith("16") and e.target_code], show(events)
