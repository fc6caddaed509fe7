"""Who a verbal reaction is aimed at: every party of a "between" list, and a new party named by
a participle of the reaction ("..., accusing X of ...").  Sentences written by us."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from eventcheck import done_dyads, show

from communique.types import EventMention

Coder = Callable[[str], list[EventMention]]

pytestmark = pytest.mark.slow


def _aimed(events: list[EventMention], root: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, c in done_dyads(events) if c.startswith(root)}


# --- "between A and B": both are parties -------------------------------------------------------


def test_criticism_of_a_deal_between_two_states_is_aimed_at_both(code: Coder) -> None:
    events = code("Ukraine condemned the arms deal between Belarus and Iran on Tuesday.")
    assert {("UKR", "BLR"), ("UKR", "IRN")} <= _aimed(events, "11"), show(events)


def test_concern_over_ties_between_two_capitals_names_both(code: Coder) -> None:
    events = code(
        "Japan's foreign ministry voiced concern over the growing military ties between "
        "Beijing and Moscow."
    )
    targets = {t for s, t in _aimed(events, "") if s == "JPN"}
    assert {"CHN", "RUS"} <= targets, show(events)


def test_a_single_party_in_a_phrase_is_not_multiplied(code: Coder) -> None:
    # no "between": the old reading (the closest actor) stands
    events = code("Poland criticised the pipeline deal with Hungary.")
    assert ("POL", "HUN") in _aimed(events, "11"), show(events)


# --- ", accusing X of ...": a participle aimed at a new party ---------------------------------


def test_an_accusing_participle_aimed_at_a_new_party_is_coded(code: Coder) -> None:
    events = code(
        "Lithuania denounced the border incident, accusing Belarus of pushing migrants "
        "across the frontier."
    )
    assert ("LTU", "BLR") in _aimed(events, "11"), show(events)


def test_a_participle_restating_the_same_party_stays_folded(code: Coder) -> None:
    events = code("Seoul condemned Pyongyang, accusing the North of raising tensions.")
    kor_prk = [e for e in events if e.source_country == "KOR" and e.target_country == "PRK"]
    assert len([e for e in kor_prk if e.cameo.startswith("11")]) == 1, show(events)


def test_an_attack_with_a_killing_participle_is_one_attack(code: Coder) -> None:
    events = code("Russian forces shelled Kharkiv on Sunday, killing four Ukrainian soldiers.")
    attacks = [e for e in events if e.cameo[:2] in {"18", "19", "20"}]
    assert len(attacks) == 1, show(events)
