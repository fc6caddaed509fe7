"""Who the parties of a meeting are: co-doers of a one-sided consultation (co-hosts,
co-mediators, fellow visitors) are not each other's counterparts, onlookers of a meeting are no
parties, and "the two sides" that name their members in their own phrase are those members."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from eventcheck import show

from communique.types import EventMention

pytestmark = pytest.mark.slow


def test_co_mediators_of_a_truce_are_not_coded_against_each_other(code) -> None:
    events = code("The truce in Gaza was brokered by Egypt, Qatar and the United States.")
    countries = {"EGY", "QAT", "USA"}
    crossed = [e for e in events if e.source_country in countries and e.target_country in countries]
    assert not crossed, show(events)


def test_co_hosts_of_talks_are_not_each_others_guests(code) -> None:
    events = code("Peace talks hosted by Turkey and Saudi Arabia resumed in Istanbul on Monday.")
    assert not [e for e in events if e.cameo == "043" and e.target_code], show(events)


def test_two_leaders_meeting_are_still_coded_between_them(code) -> None:
    events = code("Kenya and Ethiopia held talks in Nairobi on Monday.")
    assert any(
        e.source_country == "KEN" and e.target_country == "ETH" and e.cameo_root == "04"
        for e in events
    ), show(events)


Coder = Callable[[str], list[EventMention]]

_BACKGROUND = "Russia launched missiles at Kyiv on Sunday. "


def dyads(events: list[EventMention]) -> set[tuple[str | None, str | None, str]]:
    return {(e.source_code, e.target_code, e.cameo[:3]) for e in events}


def parties(events: list[EventMention]) -> set[str | None]:
    return {e.source_code for e in events} | {e.target_code for e in events}


# --- "the two sides" that name their members ----------------------------------------------------


def test_two_sides_with_apposed_members_are_those_members(code: Coder) -> None:
    events = code(
        _BACKGROUND + "The two sides, Turkish Foreign Minister Hakan Fidan and his Greek "
        "counterpart Giorgos Gerapetritis, signed a maritime accord in Athens on Monday."
    )
    signed = {(s, t) for s, t, c in dyads(events) if c == "057"}
    assert signed == {("TURGOV", "GRCGOV"), ("GRCGOV", "TURGOV")}


def test_two_sides_led_by_named_ministers_are_those_ministers(code: Coder) -> None:
    events = code(
        _BACKGROUND + "In Athens, the two sides, led by Turkish Foreign Minister Hakan Fidan "
        "and Greek Foreign Minister Giorgos Gerapetritis, signed a maritime accord."
    )
    assert ("TURGOV", "GRCGOV", "057") in dyads(events)
    assert not any("RUS" in (s or "") for s, _, c in dyads(events) if c == "057")


def test_two_sides_without_members_still_mean_the_latest_pair(code: Coder) -> None:
    events = code(
        "Colombia and Venezuela held talks in Havana on Monday. "
        "The two sides agreed to reopen the border."
    )
    assert {(s, t) for s, t, c in dyads(events) if c == "035"} == {
        ("COL", "VEN"),
        ("VEN", "COL"),
    }


# --- onlookers of a meeting -------------------------------------------------------------------


def test_leaders_present_at_a_meeting_are_not_its_parties(code: Coder) -> None:
    events = code(
        "Brazilian President Luiz Inacio Lula da Silva and Argentine President Javier Milei "
        "met in Brasilia on Monday, with other regional leaders and a Chinese envoy present."
    )
    assert "CHNGOV" not in parties(events)
    assert ("BRAGOV", "ARGGOV", "040") in dyads(events)


def test_ministers_looking_on_are_not_parties(code: Coder) -> None:
    events = code(
        "Japan's prime minister met the Indian prime minister in Tokyo on Friday, with "
        "Australian diplomats looking on."
    )
    assert not any((p or "").startswith("AUS") for p in parties(events))
    assert ("JPNGOV", "INDGOV", "040") in dyads(events)


def test_a_with_phrase_partner_is_still_a_party(code: Coder) -> None:
    events = code("The Chinese foreign minister met with the Kenyan president on Monday.")
    assert ("CHNGOV", "KENGOV", "040") in dyads(events)
