"""Whether an act is done, negated, hypothetical or future (events/modality.py): ranked
descriptions and noun complements, denials in apposition, conditional options, plans alleged by
others, scenarios, permissions, conditions and announced plans.  Wire-style sentences we wrote
ourselves; they run the real parse."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from eventcheck import UNDONE, asserted, has_act, show

from communique.types import EventMention

pytestmark = pytest.mark.slow


# ------------------------------------------------------------ modality


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Yoon is the first South Korean president to visit Japan in 12 years.", "KOR", "JPN"),
        ("Macron became the first French leader to visit Algeria since 2012.", "FRA", "DZA"),
    ],
)
def test_ranked_description_states_a_fact(code, text, src, tgt) -> None:
    events = code(text)
    assert has_act(events, src, tgt, "04"), show(events)


def test_ranked_description_keeps_the_copula_tense(code) -> None:
    events = code("Macron will be the first French leader to visit Algeria since 2012.")
    assert not has_act(events, "FRA", "DZA", "04"), show(events)  # not yet done
    assert any(e.target_code == "DZA" and e.modality == "future" for e in events), show(events)


def test_unranked_noun_complement_stays_unrealised(code) -> None:
    events = code("The French president was under pressure to visit Algeria.")
    assert not has_act(events, "FRA", "DZA", "04"), show(events)
    visit = [e for e in events if e.target_code == "DZA" and e.cameo_root == "04"]
    assert visit and all(e.modality == "hypothetical" for e in visit), show(events)


@pytest.mark.parametrize(
    "text",
    [
        "India has accused Pakistan of harbouring militants, a charge Islamabad denies.",
        "India accused Pakistan of sheltering militants, an allegation Islamabad denies.",
    ],
)
def test_appositive_denial_does_not_negate_the_accusation(code, text) -> None:
    events = code(text)
    assert has_act(events, "IND", "PAK", "112"), show(events)


def test_a_denied_supply_is_not_coded_as_done(code) -> None:
    events = code("Tehran denied that it supplied drones to Russia.")
    assert not has_act(events, "IRN", "RUS", "07"), show(events)


# ------------------------------------------------------------------ conditional options


def test_a_possibility_with_a_condition_is_hypothetical(code) -> None:
    events = code(
        "Beijing could consider easing its sanctions on Taiwan if Taipei changed its policy, "
        "a foreign ministry spokesman said."
    )
    assert events, "the option is still recorded"
    assert all(e.modality == "hypothetical" for e in events), show(events)


def test_a_stated_intention_without_condition_stays_future(code) -> None:
    events = code("Beijing said it would ease its sanctions on Lithuania.")
    assert any(e.modality == "future" for e in events), show(events)


Coder = Callable[[str], list[EventMention]]


def done(events: list[EventMention], prefix: str) -> list[EventMention]:
    return [e for e in events if e.cameo.startswith(prefix) and e.modality not in UNDONE]


# --- irrealis scopes ------------------------------------------------------------------------


def test_a_plan_alleged_by_a_third_party_is_no_threat(code: Coder) -> None:
    events = code("Tehran accused Washington of plans to bomb Iranian oil terminals.")
    assert not done(events, "13") and not done(events, "19"), show(events)
    assert done(events, "11"), show(events)  # the accusation itself stays


def test_warning_of_plans_to_invade_codes_no_invasion_intent(code: Coder) -> None:
    events = code("Officials in Chisinau warned of Russian plans to occupy Moldova.")
    assert not done(events, "19") and not done(events, "138"), show(events)


def test_being_free_to_deepen_ties_is_no_cooperation(code: Coder) -> None:
    events = code("The foreign minister said Hungary was free to deepen ties with China.")
    assert not done(events, "03"), show(events)


def test_acts_a_scenario_describes_have_not_happened(code: Coder) -> None:
    events = code("The leaked scenario involved Belarusian troops invading Lithuania.")
    assert not done(events, "19"), show(events)


def test_a_while_clause_under_a_refusal_is_a_condition(code: Coder) -> None:
    events = code(
        '"We will not hold talks while Armenia occupies our villages," the minister said.'
    )
    assert not done(events, "19"), show(events)


def test_a_while_clause_under_a_done_act_is_still_an_act(code: Coder) -> None:
    events = code("Syrian troops shelled the town on Monday while Turkey bombed Kurdish positions.")
    assert done(events, "19"), show(events)


def test_agreeing_that_neither_side_will_use_force_is_restraint_not_a_threat(code) -> None:
    events = code("Armenia and Azerbaijan agreed that neither would use force against the other.")
    assert not any(e.cameo_root == "13" for e in events), [(e.source_code, e.cameo) for e in events]
    assert {(e.source_code, e.target_code, e.cameo) for e in events} >= {
        ("ARM", "AZE", "0356"),
        ("AZE", "ARM", "0356"),
    }
    # renouncing nothing: a vow of force stays a threat
    assert any(e.cameo.startswith("13") for e in code("China vowed to use force against Taiwan."))


def test_an_announced_plan_is_the_intent_of_the_act_planned(code) -> None:
    events = code("Japan's prime minister announced plans to visit China.")
    assert any(e.cameo == "036" and e.target_code == "CHN" for e in events), show(events)
    ready = code("Russia expressed willingness to resume talks with Ukraine.")
    assert any(e.cameo.startswith("03") and e.target_code == "UKR" for e in ready), show(ready)
    # a plan for a thing, with no act on the noun, is no event
    assert not code("Japan announced plans for a new budget."), "a budget plan is no event"


@pytest.mark.parametrize(
    "text",
    [
        "Russia rejected the accusations that its troops fired on the power plant on Thursday.",
        "Moscow denied claims that its forces shelled the village.",
        "Kyiv dismissed reports that Ukrainian drones attacked the refinery.",
        "The accusations that Russian troops shelled the plant were rejected by Moscow.",
    ],
)
def test_an_act_in_a_disputed_claim_is_not_done(code, text: str) -> None:
    events = code(text)
    assert not any(e.cameo_root in {"15", "18", "19"} for e in asserted(events)), show(events)


def test_an_act_in_an_undisputed_report_stays_done(code) -> None:
    events = code("Ukraine reported that Russian troops shelled the plant on Friday.")
    assert any(e.cameo_root == "19" for e in asserted(events)), show(events)
