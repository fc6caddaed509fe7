"""Weapon-specific force codes, talks as negotiations, bearings and the shelling noun.

CAMEO distinguishes how force is used (193 small arms, 194 artillery, rocket and missile
fire, 195 from the air) and treats "holding talks" as negotiation (046), not a bare meeting
(040).  Sentences are our own, in wire-report style.
"""

from __future__ import annotations

import pytest
from eventcheck import country_dyads, show

from communique.events.locatives import bearing_place
from communique.events.syntax import Tree
from communique.types import ActorMention, ActorRef, ParsedSentence, Token

slow = pytest.mark.slow


def _dyads(events) -> list[tuple[str | None, str | None, str]]:
    return [(e.source_code, e.target_code, e.cameo) for e in events]


# --------------------------------------------------------------------------- talks


@slow
def test_held_talks_are_negotiations(code) -> None:
    events = code("Chinese and Japanese officials held talks in Beijing on Monday.")
    got = {(e.source_country, e.target_country, e.cameo) for e in events}
    assert ("CHN", "JPN", "046") in got and ("JPN", "CHN", "046") in got, _dyads(events)


@slow
def test_phone_talks_stay_a_phone_call(code) -> None:
    events = code("The Turkish president held phone talks with the Iranian president on Monday.")
    assert any(e.cameo == "041" for e in events), _dyads(events)
    assert not any(e.cameo == "046" for e in events), _dyads(events)


@slow
def test_summit_talks_are_a_summit_meeting(code) -> None:
    events = code(
        "The Turkish president and the Iranian president held summit talks in Ankara on Monday."
    )
    fours = [e.cameo for e in events if e.cameo_root == "04"]
    assert fours and all(c != "046" for c in fours), _dyads(events)


# --------------------------------------------------------------------------- weapons


@slow
def test_a_firefight_is_small_arms_fighting_with_the_engaged_party(code) -> None:
    events = code("Syrian rebels engaged Turkish troops in a firefight in Idlib on Sunday.")
    hits = [e for e in events if e.source_country == "SYR" and e.target_country == "TUR"]
    assert hits and hits[0].cameo == "193", _dyads(events)
    # the place the firefight happened in is not the party it was fought with
    assert not any(e.target_code == "SYR" for e in events), _dyads(events)


@slow
def test_rockets_fired_at_someone_are_rocket_fire(code) -> None:
    events = code("Militants in Gaza fired rockets at Israeli towns on Sunday.")
    assert any(e.target_country == "ISR" and e.cameo == "194" for e in events), _dyads(events)


@slow
def test_missiles_fired_at_someone_are_missile_fire_not_air_bombing(code) -> None:
    # CAMEO 194 names non-portable missile launchers; 195 is bombing from aircraft
    events = code("Russia fired cruise missiles at Kyiv on Monday.")
    assert any(e.target_country == "UKR" and e.cameo == "194" for e in events), _dyads(events)
    raid = code("Israeli jets carried out air strikes on Damascus on Monday.")
    assert any(e.target_country == "SYR" and e.cameo.startswith("195") for e in raid), _dyads(raid)


@slow
def test_victims_of_shelling_name_the_shelling_side(code) -> None:
    events = code("Two soldiers were killed in Russian shelling of Kharkiv on Monday.")
    assert any(e.source_country == "RUS" and e.cameo_root == "19" for e in events), _dyads(events)


@slow
def test_shelling_as_a_verb_is_still_shelling(code) -> None:
    events = code("Azerbaijani troops were shelling Armenian villages on Monday.")
    assert any(e.source_country == "AZE" and e.cameo == "194" for e in events), _dyads(events)


# --------------------------------------------------------------------------- bearings


@slow
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a checkpoint 30 km south of Kabul on Friday.",
        "Turkish jets launched an air strike against a rebel target southwest of Damascus.",
    ],
)
def test_a_place_a_bearing_is_measured_from_is_no_target(code, text: str) -> None:
    events = code(text)
    assert any(e.cameo_root == "19" for e in events), _dyads(events)
    assert not any(e.target_code for e in events if e.cameo_root == "19"), _dyads(events)


# --------------------------------------------------------------------------- unit


def _tok(i: int, text: str, pos: str, dep: str, head: int) -> Token:
    return Token(i, text, text.lower(), pos, pos, dep, head, i * 10, i * 10 + len(text))


def _mention(i: int) -> ActorMention:
    actor = ActorRef(code="IRQGOV", country="IRQ", sector="GOV", name="Baghdad")
    return ActorMention(
        sentence=0, tok_start=i, tok_end=i + 1, head=i, start=0, end=1, actor=actor, via="metonym"
    )  # fmt: skip


def _sentence(tokens: list[Token]) -> Tree:
    return Tree.of(ParsedSentence(0, 0, 100, " ".join(t.text for t in tokens), tuple(tokens)))


def test_bearing_place_unit() -> None:
    # "a camp southwest of Baghdad" (the parser hangs "a" on the compass word)
    bearing = _sentence(
        [
            _tok(0, "a", "DET", "det", 2),
            _tok(1, "camp", "NOUN", "compound", 2),
            _tok(2, "southwest", "NOUN", "ROOT", 2),
            _tok(3, "of", "ADP", "prep", 2),
            _tok(4, "Baghdad", "PROPN", "pobj", 3),
        ]
    )
    assert bearing_place(bearing, _mention(4))
    # "the far north of Iraq": a region, the country stays a party
    region = _sentence(
        [
            _tok(0, "the", "DET", "det", 2),
            _tok(1, "far", "ADJ", "amod", 2),
            _tok(2, "north", "NOUN", "ROOT", 2),
            _tok(3, "of", "ADP", "prep", 2),
            _tok(4, "Iraq", "PROPN", "pobj", 3),
        ]
    )
    assert not bearing_place(region, _mention(4))


@pytest.mark.slow
def test_shells_fired_into_another_states_territory_are_an_attack(code) -> None:
    events = code("Azerbaijan fired mortar shells into Armenian territory on Tuesday.")
    assert ("AZE", "ARM") in country_dyads(events, "19"), show(events)
    assert not country_dyads(events, "15"), show(events)
