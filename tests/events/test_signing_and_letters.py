"""Signing as a noun, announced partnerships, a letter's "in which" clause and mediation in an
adjunct (lexicon_cameo.tsv, events/letters.py, events/mediation.py).  Sentences written by us."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from eventcheck import country_dyads, show

from communique.types import EventMention

Coder = Callable[[str], list[EventMention]]

pytestmark = pytest.mark.slow


def test_leaders_witnessing_the_signing_of_agreements_sign_them(code: Coder) -> None:
    events = code(
        "Malaysian Prime Minister Anwar Ibrahim and Turkish President Recep Tayyip Erdogan "
        "witnessed the signing of five agreements in Ankara."
    )
    assert {("MYS", "TUR"), ("TUR", "MYS")} <= country_dyads(events, "057"), show(events)


def test_announcing_a_strategic_partnership_upgrades_relations(code: Coder) -> None:
    events = code("Egypt and Greece announced the establishment of a strategic partnership.")
    assert ("EGY", "GRC") in country_dyads(events, "05"), show(events)
    events = code("Vietnam and Australia announced a comprehensive strategic partnership.")
    assert ("VNM", "AUS") in country_dyads(events, "05"), show(events)


def test_a_letter_s_in_which_clause_is_the_author_s_act_towards_the_addressee(
    code: Coder,
) -> None:
    events = code(
        "The foreign ministry made public a letter from Prime Minister Narendra Modi to "
        "Sheikh Hasina, dated April 30, in which he thanked her for the hospitality."
    )
    thanks = [e for e in events if e.cameo == "051"]
    assert [(e.source_country, e.target_country) for e in thanks] == [("IND", "BGD")], show(events)
    assert thanks[0].date == date(2024, 4, 30), thanks[0].date


def test_a_letter_clause_with_the_author_s_short_name(code: Coder) -> None:
    events = code(
        "State media published a message from Kim Jong Un to Xi Jinping in which Kim "
        "thanked Xi for his greetings."
    )
    assert ("PRK", "CHN") in country_dyads(events, "051"), show(events)


def test_a_named_speaker_in_a_letter_clause_keeps_its_own_voice(code: Coder) -> None:
    events = code(
        "Reporters obtained a letter from Emmanuel Macron to Olaf Scholz in which Poland "
        "criticised Germany."
    )
    assert ("FRA", "DEU") not in country_dyads(events, "11"), show(events)


def test_talks_mediated_in_an_adjunct_are_mediation_between_the_parties(code: Coder) -> None:
    events = code(
        "Ghana and Togo agreed to reopen their border after talks mediated by Nigerian "
        "President Bola Tinubu in Abuja."
    )
    assert {("NGA", "GHA"), ("NGA", "TGO")} <= country_dyads(events, "045"), show(events)
    events = code(
        "Armenia and Azerbaijan agreed on a prisoner exchange following negotiations "
        "mediated by Qatar."
    )
    assert {("QAT", "ARM"), ("QAT", "AZE")} <= country_dyads(events, "045"), show(events)
