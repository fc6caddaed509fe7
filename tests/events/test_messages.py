"""Messages: a messenger's "from" phrase names the author, never the recipient
(events/messages.py); a statement participle speaks for its issuer and a participle restating a
message adds no second event.  Sentences written by us."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from eventcheck import show, show_plover

from communique.types import EventMention

Coder = Callable[[str], list[EventMention]]

pytestmark = pytest.mark.slow


def test_a_lawmaker_conveying_his_president_s_greetings_does_not_praise_him(code: Coder) -> None:
    # without the author rule this was RUSLEG -> RUSGOV 051: an intra-state dyad
    events = code(
        "The speaker of Russia's State Duma, Vyacheslav Volodin, conveyed warm greetings "
        "from President Vladimir Putin."
    )
    assert not [e for e in events if e.target_country == "RUS"], show(events)


def test_greetings_conveyed_from_a_head_of_state_are_not_aimed_at_him(code: Coder) -> None:
    events = code(
        "Vietnamese Foreign Minister Bui Thanh Son conveyed warm greetings from President "
        "To Lam during the meeting."
    )
    assert not [e for e in events if e.target_country == "VNM"], show(events)


def test_a_letter_handed_over_from_one_leader_goes_to_the_other(code: Coder) -> None:
    events = code("The Cuban envoy handed over a letter from Miguel Diaz-Canel to Vladimir Putin.")
    dyads = {(e.source_country, e.target_country) for e in events}
    assert ("CUB", "RUS") in dyads, show(events)
    assert ("CUB", "CUB") not in dyads, show(events)


def test_the_author_stands_in_for_an_unknown_messenger(code: Coder) -> None:
    events = code("An aide delivered a message from Emmanuel Macron to Olaf Scholz.")
    assert any(e.source_country == "FRA" and e.target_country == "DEU" for e in events), show(
        events
    )


def test_a_received_letter_still_runs_from_its_sender(code: Coder) -> None:
    events = code("Kim Jong Un received a letter from Xi Jinping on Monday.")
    assert any(e.source_country == "CHN" and e.target_country == "PRK" for e in events), show(
        events
    )


def test_a_proposal_from_a_country_is_still_the_target_of_a_reaction(code: Coder) -> None:
    events = code("Japan welcomed the proposal from South Korea.")
    assert any(e.source_country == "JPN" and e.target_country == "KOR" for e in events), show(
        events
    )


# ------------------------------------------------------------------ a message speaks for its issuer


def test_statement_participle_takes_the_issuer_as_source(coded) -> None:
    events = coded(
        "The Kurdish rebel group issued a statement demanding that the Turkish government "
        "release its jailed commanders."
    )
    assert any(
        e.plover == "REQUEST" and e.source_code and (e.target_code or "").startswith("TUR")
        for e in events
    ), show_plover(events)


def test_statement_participle_does_not_make_a_phone_call(coded) -> None:
    events = coded("Pyongyang issued a statement calling Seoul a reckless neighbour on Tuesday.")
    assert not [e for e in events if e.cameo.startswith("04")], show_plover(events)


def test_a_participle_restating_a_message_adds_no_second_event(code: Coder) -> None:
    text = (
        "Chinese President Xi Jinping marked the anniversary on Monday. Russian President "
        "Vladimir Putin sent Xi a letter congratulating him on the occasion."
    )
    events = [e for e in code(text) if e.source_country == "RUS" and e.target_country == "CHN"]
    assert len({e.cameo for e in events}) == len(events)
