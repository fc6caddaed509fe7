"""Complaints lodged with a forum (the WTO, a UN organ) over another party's act are aimed at
that party, not at the forum (events/forums.py; real spaCy parses)."""

from __future__ import annotations

import pytest
from eventcheck import country_dyads, show

pytestmark = pytest.mark.slow


def test_a_trade_complaint_with_the_wto_over_duties_targets_who_imposed_them(code) -> None:
    events = code(
        "Indonesia lodged a complaint with the World Trade Organization on Tuesday over "
        "anti-dumping duties imposed by the European Union on its steel."
    )
    assert ("IDN", "IGO") in country_dyads(events, "11"), show(events)
    assert all((e.target_code or "") != "IGOBUSWTO" for e in events if e.cameo == "114")


def test_a_protest_lodged_with_the_un_over_a_states_act_targets_that_state(code) -> None:
    events = code(
        "Armenia lodged a protest with the United Nations over the blockade imposed by Azerbaijan."
    )
    assert ("ARM", "AZE") in country_dyads(events, "114"), show(events)


def test_a_complaint_against_a_named_state_targets_that_state(code) -> None:
    events = code("Australia filed a complaint with the WTO against China on Friday.")
    assert country_dyads(events, "114") == {("AUS", "CHN")}, show(events)


def test_a_protest_with_a_forum_and_no_grievance_party_stays_with_the_forum(code) -> None:
    events = code("Bangladesh lodged a formal protest with the United Nations on Monday.")
    assert country_dyads(events, "114") == {("BGD", "IGO")}, show(events)


# ------------------------------------------------------------------ against-party vs venue


def test_the_party_a_complaint_is_against_is_its_target(code) -> None:
    events = code(
        "Australia filed a complaint with the World Trade Organization against China and "
        "India on Monday over their duties on its barley."
    )
    targets = {t for _, t in country_dyads(events, "11")}
    assert {"CHN", "IND"} <= targets, show(events)
    assert not any(t.startswith("IGO") for t in targets), show(events)


def test_a_case_at_a_court_against_a_state(code) -> None:
    events = code("Ukraine brought a case at the International Court of Justice against Russia.")
    assert ("UKR", "RUS") in country_dyads(events, "11"), show(events)
