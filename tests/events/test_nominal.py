"""Acts stated inside nouns ("Algeria's decision to expel ...", "the expulsion of the envoy by
Niger") and reactions to things (aimed at whoever made the thing, not at its topic)."""

from __future__ import annotations

import pytest
from eventcheck import country_dyads, show

pytestmark = pytest.mark.slow


def _dyads(events) -> set[tuple[str | None, str | None, str]]:
    return {(e.source_country, e.target_country, e.cameo) for e in events}


def _expulsions(events):
    return [e for e in events if e.cameo == "161"]


# --------------------------------------------------------------------------- decisions


def test_decision_of_a_state_to_expel_is_that_states_expulsion(code) -> None:
    events = code("Morocco welcomed the decision of Algeria to expel two French diplomats.")
    expulsions = _expulsions(events)
    assert [(e.source_country, e.target_country) for e in expulsions] == [("DZA", "FRA")]
    assert expulsions[0].modality == "asserted"


def test_a_possessive_decision_is_the_act_done_not_a_threat(code) -> None:
    events = code("Mali's decision to expel the Swedish ambassador drew protests from Stockholm.")
    assert ("MLI", "SWE", "161") in _dyads(events)
    assert not any(e.cameo.startswith("13") for e in events)


def test_condemning_a_decision_by_a_state_codes_both_the_condemnation_and_the_act(code) -> None:
    events = code("Russia condemned the decision by Poland to expel five Russian diplomats.")
    assert {("RUS", "POL", "111"), ("POL", "RUS", "161")} <= _dyads(events)


def test_announcing_ones_own_decision_makes_the_subject_the_decider(code) -> None:
    events = code("Ethiopia announced its decision to expel two Kenyan diplomats on Tuesday.")
    assert ("ETH", "KEN", "161") in _dyads(events)


def test_a_decision_still_being_weighed_is_no_expulsion_done(code) -> None:
    events = code(
        "Algeria announced on Monday that it is weighing a decision to expel two diplomats."
    )
    assert not any(e.cameo == "161" and e.modality == "asserted" for e in events)


def test_a_decision_yet_to_be_announced_is_not_an_expulsion_done(code) -> None:
    events = code("Algeria will announce a decision to expel two French diplomats next week.")
    assert not any(e.cameo == "161" and e.modality == "asserted" for e in events)


def test_welcoming_an_unattributed_decision_does_not_make_the_welcomer_the_expeller(code) -> None:
    events = code("Morocco welcomed the decision to expel two French diplomats.")
    assert not any(e.source_country == "MAR" and e.cameo == "161" for e in events)


# --------------------------------------------------------------------------- by-phrases


def test_by_phrase_hung_on_the_of_object_still_names_the_expeller(code) -> None:
    events = code("The expulsion of the French ambassador by Niger drew a sharp response.")
    assert ("NER", "FRA", "161") in _dyads(events)


def test_airstrikes_by_a_state_on_positions_are_coded_from_the_noun(code) -> None:
    events = code("Damascus condemned airstrikes by Israel on Syrian army positions.")
    dyads = _dyads(events)
    assert ("ISR", "SYR", "195") in dyads
    assert ("SYR", "ISR", "111") in dyads


# --------------------------------------------------------------------------- reactions


def test_condemning_sanctions_targets_who_imposed_them_not_who_they_hit(code) -> None:
    events = code("Moscow condemned new sanctions by the European Union against Russian banks.")
    condemnations = [e for e in events if e.cameo == "111"]
    assert condemnations
    assert all(e.target_country != "RUS" for e in condemnations)
    assert any(e.target_code and e.target_code.startswith("IGOEU") for e in condemnations)


def test_rejecting_an_account_given_by_a_state_targets_that_state(code) -> None:
    events = code("Tehran rejected the account given by the United States.")
    assert ("IRN", "USA", "120") in _dyads(events)


def test_criticising_a_policy_toward_a_country_targets_the_policy_maker(code) -> None:
    events = code("France criticised Washington's policy toward Cuba.")
    targets = {e.target_country for e in events if e.cameo_root == "11"}
    assert targets == {"USA"}


def test_voting_against_a_resolution_on_a_country_does_not_target_the_topic(code) -> None:
    events = code("Belarus voted against the resolution on Ukraine.")
    assert [e for e in events if e.source_country == "BLR"]
    assert not any(e.target_country == "UKR" for e in events)


def test_regret_over_a_states_act_still_targets_that_state(code) -> None:
    events = code("Japan expressed strong regret over Pyongyang's missile launch.")
    assert ("JPN", "PRK", "110") in {
        (e.source_country, e.target_country, e.cameo[:3]) for e in events
    }


def test_condemning_the_decision_targets_the_actor_of_the_earlier_act(code) -> None:
    events = code("Estonia expelled a Russian diplomat on Monday. Moscow condemned the decision.")
    assert ("RUS", "EST", "111") in _dyads(events)


def test_a_reversed_decision_is_no_expulsion_done(code) -> None:
    events = code("Algeria on Friday reversed its decision to expel two French diplomats.")
    assert not any(e.cameo == "161" and e.modality == "asserted" for e in events)


def test_a_nominal_phone_call(code) -> None:
    events = code("Olaf Scholz and Xi Jinping held a phone call on Thursday, Berlin said.")
    assert ("DEU", "CHN") in country_dyads(events, "041"), show(events)
