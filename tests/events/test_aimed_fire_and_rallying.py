"""Weapons fired at a party when the parser hangs the "at" phrase on the weapon noun, and calls
for a boycott or sanctions against a party (CAMEO 113, rallying third parties against it).
All sentences are our own."""

from __future__ import annotations

import pytest
from eventcheck import done_dyads, sentence_from_spec, show_plover

from communique.events.lexicon import load_lexicon
from communique.events.senses import fired_at
from communique.events.syntax import Tree
from communique.events.view import SentenceView
from communique.types import ActorMention, ActorRef

LEXICON = load_lexicon()

# "Syria again fired two shells at Turkey", with "at" hung on the noun (as the parser does
# after an adverb before the verb).
_SHELLS = (
    "Syria/Syria/PROPN/nsubj/2 again/again/ADV/advmod/2 fired/fire/VERB/ROOT/2"
    " two/two/NUM/nummod/4 shells/shell/NOUN/dobj/2 at/at/ADP/prep/4 {place}/{place}/{pos}/pobj/5"
)


def _mention(i: int, code: str) -> ActorMention:
    return ActorMention(0, i, i + 1, i, 0, 0, ActorRef(code, code, None, code), "name")


def _view(place: str, pos: str, mentions: tuple[ActorMention, ...]) -> SentenceView:
    tree = Tree.of(sentence_from_spec(_SHELLS.format(place=place, pos=pos)))
    return SentenceView(tree, mentions, LEXICON)


# ------------------------------------------------------------ aimed fire (fast)


def test_an_at_phrase_on_the_weapon_naming_a_party_is_aimed_fire() -> None:
    syria, turkey = _mention(0, "SYR"), _mention(6, "TUR")
    view = _view("Turkey", "PROPN", (syria, turkey))
    assert fired_at(view, 2, 4, (syria,))


def test_an_at_phrase_on_the_weapon_naming_no_party_is_not() -> None:
    syria = _mention(0, "SYR")
    view = _view("dawn", "NOUN", (syria,))
    assert not fired_at(view, 2, 4, (syria,))


def test_the_shooters_own_country_on_the_weapon_is_not_a_target() -> None:
    # "fired two shells at Syria" by Syria: a test range at home, not an attack.
    syria, home = _mention(0, "SYR"), _mention(6, "SYR")
    view = _view("Syria", "PROPN", (syria, home))
    assert not fired_at(view, 2, 4, (syria,))


# ------------------------------------------------------------ whole pipeline (slow)


@pytest.mark.slow
def test_shells_fired_at_a_capital_after_a_date_adverb_are_an_attack(code) -> None:
    events = code("North Korea on Thursday fired two artillery shells at Seoul.")
    assert ("PRK", "KOR", "194") in done_dyads(events)
    assert not any(e.cameo == "150" for e in events)


@pytest.mark.slow
def test_calling_for_a_boycott_against_a_state_rallies_opposition(code) -> None:
    events = code("Iran on Sunday called for a boycott against Israel.")
    assert ("IRN", "ISR", "113") in done_dyads(events)


@pytest.mark.slow
def test_calling_for_sanctions_on_a_state_rallies_opposition(code) -> None:
    events = code("Ukraine called for new sanctions on Russia after the strike.")
    assert any(
        e.source_country == "UKR" and e.target_country == "RUS" and e.cameo == "113" for e in events
    )


@pytest.mark.slow
def test_calling_for_talks_is_still_a_call_for_talks(code) -> None:
    events = code("Iran called for talks with Israel on Sunday.")
    assert not any(e.cameo == "113" for e in events)


def _events(events, plover: str | None = None, cameo: str | None = None):
    return [
        e
        for e in events
        if (plover is None or e.plover == plover)
        and (cameo is None or e.cameo.startswith(cameo))
        and e.modality not in {"negated", "hypothetical"}
    ]


# ------------------------------------------------------------------ fire aimed into a place


@pytest.mark.slow
def test_shells_fired_at_targets_inside_a_place_are_an_attack_on_it(coded) -> None:
    events = coded("Israeli tanks fired shells at targets in Gaza on Monday, witnesses said.")
    attacks = _events(events, "ASSAULT")
    assert any((e.target_code or "").startswith("PSE") for e in attacks), show_plover(events)
    assert not _events(events, "MOBILIZE"), show_plover(events)


@pytest.mark.slow
def test_shells_fired_without_aim_stay_a_show_of_force(coded) -> None:
    events = coded("Russian warships fired shells during exercises in the Baltic Sea.")
    assert not _events(events, "ASSAULT"), show_plover(events)
