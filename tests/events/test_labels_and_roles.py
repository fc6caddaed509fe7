"""Labelling predicates, purpose clauses and role fallbacks, on sentences written for these tests.

Each case is one phenomenon of wire copy the coder must read in general:

* name-calling and reported evaluations ("called X a warmonger", "said the sanctions were
  illegal") are criticism or accusations against the labelled party;
* an infinitive of purpose ("summoned the envoy to protest ...") shares its act's parties;
* "the military", "its forces", an unknown name with a title in apposition, a subjectless
  complement and a stray "between" still lead to the right actors.

They run the real spaCy parse (slow); the pipeline is loaded once per session.
"""

from __future__ import annotations

from datetime import date

import pytest
from eventcheck import country_dyads, show

from communique.types import EventMention

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 5, 10)  # a Wednesday


@pytest.fixture(scope="session")
def pipeline():
    from communique.pipeline import Pipeline

    return Pipeline()


def _events(pipeline, text: str) -> list[EventMention]:
    _, events = pipeline.code_text(text, published=PUBLISHED)
    return [e for e in events if e.modality not in {"negated", "hypothetical"}]


def _has(
    events: list[EventMention], source: str, target: str | None, code: str | None = None
) -> bool:
    def ok(e: EventMention) -> bool:
        if not (e.source_code or "").startswith(source):
            return False
        if target is None and e.target_code is not None:
            return False
        if target is not None and not (e.target_code or "").startswith(target):
            return False
        return code is None or e.cameo.startswith(code)

    return any(ok(e) for e in events)


def _show(events: list[EventMention]) -> list[str]:
    return [f"{e.source_code}->{e.target_code} {e.cameo} {e.date}" for e in events]


# --------------------------------------------------------------------------- labels


def test_name_calling_is_criticism_of_the_named_party(pipeline) -> None:
    events = _events(
        pipeline,
        "North Korea's state news agency on Tuesday called the South Korean defence minister "
        "a reckless warmonger.",
    )
    assert _has(events, "PRK", "KOR", "111"), _show(events)


def test_a_label_naming_a_wrongdoing_is_the_matching_accusation(pipeline) -> None:
    events = _events(pipeline, "China branded the U.S. arms sale to Taiwan a provocation.")
    assert _has(events, "CHN", "USA", "1123"), _show(events)


def test_free_relative_label_accuses_the_doer_in_its_by_phrase(pipeline) -> None:
    events = _events(
        pipeline,
        "Kenya on Monday summoned the Ugandan envoy to protest what Nairobi called an "
        "incursion by Ugandan troops.",
    )
    assert _has(events, "KEN", "UGA", "1123"), _show(events)


def test_label_with_as_and_an_adjective(pipeline) -> None:
    events = _events(pipeline, "Moscow described the Polish decision as hostile.")
    assert _has(events, "RUS", "POL", "111"), _show(events)


def test_reported_evaluation_of_an_earlier_event_targets_its_doer(pipeline) -> None:
    events = _events(
        pipeline,
        "The European Union imposed new sanctions on Belarus on Friday. A spokesman for "
        "Belarusian President Alexander Lukashenko said the sanctions were illegal.",
    )
    assert _has(events, "BLR", "IGO", "111"), _show(events)


def test_evaluated_event_noun_accuses_its_doer_not_its_victims(pipeline) -> None:
    events = _events(
        pipeline,
        "Israeli jets struck targets in Syria on Sunday. Syria's foreign ministry said the "
        "attacks on civilians were a war crime.",
    )
    assert _has(events, "SYR", "ISR", "112"), _show(events)
    assert not any(e.target_code == "CVL" for e in events), _show(events)


def test_praise_and_a_labelled_person_are_not_criticism_or_a_phone_call(pipeline) -> None:
    events = _events(
        pipeline,
        "Indian Prime Minister Narendra Modi called the agreement with Japan a milestone. "
        "U.S. President Donald Trump called North Korean leader Kim Jong Un a great leader.",
    )
    assert not any(e.cameo_root == "11" for e in events), _show(events)
    assert not any(e.cameo == "041" for e in events), _show(events)


# --------------------------------------------------------------------------- roles


def test_summoned_person_of_the_other_side_is_the_target(pipeline) -> None:
    events = _events(pipeline, "Kenya on Monday summoned the Ugandan envoy.")
    assert _has(events, "KEN", "UGA", "114"), _show(events)


def test_purpose_of_a_message_is_its_code_and_the_military_is_the_main_actor(pipeline) -> None:
    events = _events(
        pipeline,
        "The South Korean navy fired warning shots toward a North Korean patrol boat on "
        "Tuesday, and the military sent a message to the North through the hotline to protest "
        "the incursion.",
    )
    assert _has(events, "KOR", "PRK", "114"), _show(events)
    assert not any(e.cameo_root == "13" for e in events), _show(events)


def test_subjectless_complement_of_a_report_keeps_the_speaker(pipeline) -> None:
    events = _events(
        pipeline,
        "Turkish President Tayyip Erdogan met Russian President Vladimir Putin in Sochi on "
        "Monday. Erdogan said the two sides had reached an understanding on grain exports and, "
        "speaking at a joint news conference, proposed that their next meeting take place in "
        "Ankara.",
    )
    assert _has(events, "TUR", "RUS", "036"), _show(events)


def test_possessive_pronoun_subject_refers_to_the_speaker(pipeline) -> None:
    events = _events(
        pipeline,
        "Azerbaijan's Defence Ministry said its forces had observed the truce and accused "
        "Armenia of violating it.",
    )
    assert _has(events, "AZE", "ARM", "112"), _show(events)


def test_unknown_name_is_identified_by_its_apposition(pipeline) -> None:
    events = _events(
        pipeline,
        "Poland lodged a protest on Tuesday over comments by Sergei Volkonov, Russia's deputy "
        "envoy in Warsaw.",
    )
    assert _has(events, "POL", "RUS", "114"), _show(events)


def test_demand_is_addressed_to_the_complement_subject_not_the_attribution(pipeline) -> None:
    events = _events(
        pipeline,
        "On Thursday, Pakistan's foreign secretary demanded that Indian officials take back "
        "their words, according to the Pakistani Foreign Office.",
    )
    assert _has(events, "PAK", "IND", "10"), _show(events)


def test_stray_between_names_the_parties_of_talks_and_their_participle_dates_them(
    pipeline,
) -> None:
    events = _events(
        pipeline,
        "The deal came out of talks held in Doha from May 2 to 5 between an Afghan delegation "
        "and a Pakistani delegation.",
    )
    talks = [e for e in events if e.cameo == "046"]
    assert {(e.source_country, e.target_country) for e in talks} >= {
        ("AFG", "PAK"),
        ("PAK", "AFG"),
    }, _show(events)
    assert all(e.date == date(2023, 5, 2) for e in talks), _show(events)


def test_support_specified_by_including_military_items_is_military_aid(pipeline) -> None:
    events = _events(
        pipeline, "Britain pledged to keep giving Ukraine a new package, including tanks."
    )
    assert _has(events, "GBR", "UKR", "0332"), _show(events)


def test_condemned_strikes_refer_to_the_strikes_not_the_latest_shoot_down(pipeline) -> None:
    events = _events(
        pipeline,
        "Russia launched air strikes on Kyiv on Monday. Ukraine's air force said it had shot "
        "down 20 drones. The European Union condemned the strikes.",
    )
    assert _has(events, "IGO", "RUS", "111"), _show(events)
    assert not _has(events, "IGO", "UKR", "111"), _show(events)


# ------------------------------------------------------------------ labelling as criticism


def test_labelling_a_government_a_dictatorship_is_criticism(code) -> None:
    events = code(
        "Bolivia recalled its ambassador from Lima on Monday after Peru's prime minister "
        "described the Bolivian government as a dictatorship."
    )
    assert ("PER", "BOL") in country_dyads(events, "111"), show(events)


def test_tyranny_label_in_a_main_clause(code) -> None:
    events = code(
        "Cuba's foreign minister on Friday described the Nicaraguan government as a tyranny."
    )
    assert ("CUB", "NIC") in country_dyads(events, "111"), show(events)
