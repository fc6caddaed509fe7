"""Several parties in one slot: lists, control verbs, attribution phrases."""

from __future__ import annotations

from itertools import permutations

import pytest
from eventcheck import asserted, done_dyads, show

pytestmark = pytest.mark.slow


def test_a_three_party_meeting_is_coded_between_every_pair(code) -> None:
    events = code("France, Germany and Italy met in Brussels on Monday.")
    pairs = {(e.source_code, e.target_code) for e in events if e.cameo_root == "04"}
    assert pairs == set(permutations(["FRA", "DEU", "ITA"], 2))


def test_wanting_another_party_to_act_is_an_appeal_to_it(code) -> None:
    events = code("Washington wants Tokyo to raise its defence spending.")
    assert any(
        e.source_code == "USAGOV" and e.target_code == "JPNGOV" and e.cameo_root == "02"
        for e in events
    )


def test_an_attribution_phrase_is_no_event(code) -> None:
    events = code(
        "Iran and Iraq agreed to reopen border crossings, according to a joint "
        "statement issued by Iran and Turkey."
    )
    assert events
    assert not any("TUR" in {e.source_code, e.target_code} for e in events)


def test_a_conjunct_hung_on_the_first_name_still_joins_the_subject(code) -> None:
    # The small model often attaches "and <name>" to the surname, not to the subject token.
    events = code("Emmanuel Macron and Olaf Scholz will meet in Madrid to discuss energy prices.")
    pairs = {(e.source_code[:3], e.target_code[:3]) for e in events if e.target_code}
    assert {("FRA", "DEU"), ("DEU", "FRA")} <= pairs


def test_a_purpose_clause_shares_the_plan_of_its_main_verb(code) -> None:
    events = code("Emmanuel Macron and Olaf Scholz will meet in Madrid to discuss energy prices.")
    assert events
    assert all(e.modality == "future" for e in events)


# ------------------------------------------------------------ a describing apposition adds nobody


@pytest.mark.parametrize(
    ("text", "outsider"),
    [
        ("Japan and South Korea, the two U.S. allies, agreed to restore ties.", "USA"),
        ("France and Germany, two NATO members, signed a defence pact.", "IGO"),
    ],
)
def test_apposition_describing_a_pair_adds_no_party(code, text, outsider) -> None:
    events = code(text)
    assert events, "the pair's own act is still coded"
    assert not any(
        (e.source_code or "").startswith(outsider) or (e.target_code or "").startswith(outsider)
        for e in events
    ), show(events)


def test_list_of_three_states_still_reads_as_a_list(code) -> None:
    events = code("The United States, Russia and China condemned the missile launch by Pyongyang.")
    assert {(e.source_code or "")[:3] for e in asserted(events)} >= {"USA", "RUS", "CHN"}, show(
        events
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
