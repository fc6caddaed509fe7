"""Mediation (events/mediation.py): a host of talks between two other parties mediates towards
each, a party to its own talks does not, and the parties of mediated talks consult each other.
Wire-style sentences we wrote ourselves; they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import country_dyads, show

pytestmark = pytest.mark.slow


# ------------------------------------------------------------------ hosts of talks mediate


def test_a_host_of_talks_between_two_other_parties_mediates(code) -> None:
    events = code("Qatar hosted talks between Armenia and Azerbaijan in Doha on Tuesday.")
    mediated = country_dyads(events, "045")
    assert {("QAT", "ARM"), ("QAT", "AZE")} <= mediated, show(events)
    assert not any(s in {"ARM", "AZE"} for s, _ in mediated), show(events)
    talks = country_dyads(events, "04") - mediated
    assert ("ARM", "AZE") in talks or ("AZE", "ARM") in talks, show(events)


def test_a_party_to_its_own_talks_does_not_mediate(code) -> None:
    events = code("France held talks between its foreign minister and Algeria on Tuesday.")
    assert not country_dyads(events, "045"), show(events)


# --------------------------------------------------------------------------- 8. mediation


@pytest.mark.parametrize(
    ("text", "mediators", "parties"),
    [
        ("Egypt and Qatar mediated talks between Israel and Hamas.", {"EGY", "QAT"}, 2),
        ("Talks between Armenia and Azerbaijan were mediated by the United States.", {"USA"}, 2),
        ("Russia and Ukraine held talks mediated by Turkey in Istanbul.", {"TUR"}, 2),
        ("Oman is mediating between Iran and the United States.", {"OMN"}, 2),
        ("Turkey brokered a deal between Russia and Ukraine on grain exports.", {"TUR"}, 2),
    ],
)
def test_a_mediator_mediates_towards_every_party(
    code, text: str, mediators: set[str], parties: int
) -> None:
    events = code(text)
    mediation = {(e.source_country, e.target_country) for e in events if e.cameo == "045"}
    assert {s for s, _ in mediation} == mediators
    for m in mediators:
        assert len({t for s, t in mediation if s == m}) == parties, mediation
    # the mediator is no party to the talks it mediates
    joint = [e for e in events if e.cameo[:2] in {"04", "05"} and e.cameo != "045"]
    assert not any(e.source_country in mediators or e.target_country in mediators for e in joint)


def test_the_parties_of_mediated_talks_consult_each_other(code) -> None:
    events = code("Egypt and Qatar mediated talks between Israel and Hamas.")
    assert any(e.cameo_root == "04" and e.source_country == "ISR" for e in events)
