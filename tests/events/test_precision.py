"""False positives of wire copy, by phenomenon: word senses of phrasal verbs and purposes,
"the two sides" after background paragraphs, place adjectives, reported content, interview
framing and announced measures.  Every sentence here is our own."""

from __future__ import annotations

import pytest
from eventcheck import asserted

pytestmark = pytest.mark.slow


def _dyads(events) -> set[tuple[str | None, str | None, str]]:
    return {(e.source_country, e.target_country, e.cameo) for e in events}


def _in(events, words: str) -> list:
    return [e for e in events if words in e.sentence]


# --------------------------------------------------------------------------- 1. word senses


@pytest.mark.parametrize(
    "text",
    [
        "China's foreign ministry called in the Japanese ambassador on Monday.",
        "Seoul called the Japanese envoy in on Tuesday over the textbook row.",
        "Lithuania called in Russia's charge d'affaires after the incursion.",
        "The Foreign Office hauled in the Iranian ambassador on Friday.",
    ],
)
def test_calling_in_a_diplomat_is_a_summons_not_a_phone_call(code, text: str) -> None:
    events = code(text)
    assert events and all(e.cameo == "114" for e in events)
    assert all(e.target_country not in {None, e.source_country} for e in events)


def test_the_purpose_of_a_summons_is_the_same_complaint_not_a_second_event(code) -> None:
    events = code(
        "China's foreign ministry called in the Japanese ambassador on Monday to protest "
        "against the visit to the shrine."
    )
    assert [(e.source_country, e.target_country, e.cameo) for e in events] == [
        ("CHN", "JPN", "114")
    ]


def test_a_state_summoning_to_protest_never_becomes_a_demonstration(code) -> None:
    events = code(
        "Germany summoned the Russian ambassador to protest against the detention of a "
        "German reporter in Moscow."
    )
    assert ("DEU", "RUS", "114") in _dyads(events)
    assert not any(e.cameo.startswith("14") for e in events)


def test_calling_a_diplomat_to_complain_is_a_summons(code) -> None:
    events = code("Ankara called the Swedish ambassador on Tuesday to complain about the rally.")
    assert _dyads(events) == {("TUR", "SWE", "114")}


def test_calling_a_leader_stays_a_phone_call(code) -> None:
    events = code("Joe Biden called Xi Jinping on Tuesday.")
    assert ("USA", "CHN", "041") in _dyads(events)


def test_calling_back_an_ambassador_is_a_recall(code) -> None:
    events = code("Germany called back its ambassador from Moscow on Wednesday.")
    assert _dyads(events) == {("DEU", "RUS", "161")}


def test_calling_in_the_army_is_no_summons(code) -> None:
    assert not any(e.cameo == "114" for e in code("Britain called in the army to help."))


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Armenia and Azerbaijan traded accusations over the shelling.", "112"),
        ("Armenia and Azerbaijan exchanged insults at the summit.", "111"),
        ("Armenia and Azerbaijan traded threats on Monday.", "130"),
        ("Armenia and Azerbaijan traded fire on the border on Monday.", "190"),
    ],
)
def test_what_is_traded_decides_the_sense(code, text: str, cameo: str) -> None:
    assert _dyads(code(text)) == {("ARM", "AZE", cameo), ("AZE", "ARM", cameo)}


def test_traded_goods_are_still_trade(code) -> None:
    assert ("CHN", "VNM", "061") in _dyads(code("China and Vietnam traded rice and coal."))


# --------------------------------------------------------------------------- 2. the two sides


def _last(events, words: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_country, e.target_country) for e in _in(events, words)}


def test_a_third_partys_reaction_does_not_become_the_two_sides(code) -> None:
    events = code(
        "China and Japan held talks in Beijing on Monday. The United States, which has troops "
        "in Japan, welcomed the meeting. The two sides agreed to set up a military hotline."
    )
    assert _last(events, "two sides") == {("CHN", "JPN"), ("JPN", "CHN")}


def test_a_background_paragraph_does_not_become_the_two_sides(code) -> None:
    events = code(
        "Russia and Ukraine held talks in Istanbul on Friday. Britain has sent tanks and "
        "missiles to Ukraine since 2022. Both sides agreed to exchange prisoners of war."
    )
    assert _last(events, "Both sides") == {("RUS", "UKR"), ("UKR", "RUS")}


def test_a_third_party_criticising_one_side_does_not_become_the_two_sides(code) -> None:
    events = code(
        "South Korea and Japan signed a fisheries accord on Tuesday. North Korea has long "
        "criticised Tokyo. The two sides will meet again in May."
    )
    assert _last(events, "two sides") == {("KOR", "JPN"), ("JPN", "KOR")}


def test_a_directed_main_event_keeps_the_pair_past_a_third_partys_condemnation(code) -> None:
    events = code(
        "Russian missiles struck Kyiv on Monday. The European Union condemned Moscow. The two "
        "sides also traded accusations over the dam."
    )
    assert _last(events, "two sides") == {("RUS", "UKR"), ("UKR", "RUS")}


def test_a_new_joint_event_moves_the_pair(code) -> None:
    events = code(
        "Joe Biden met Xi Jinping in Lima on Saturday. Later, Biden and Fumio Kishida held talks "
        "in Tokyo. The two sides agreed to expand defence ties."
    )
    assert _last(events, "two sides") == {("USA", "JPN"), ("JPN", "USA")}


# --------------------------------------------------------------------------- 3. place adjectives


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Kurds protested near the Turkish border on Sunday.",
        "NATO held exercises close to the Russian frontier on Monday.",
        "Belarus held military drills near Poland's border.",
        "Pakistan deployed troops along the Afghan border.",
        "Russia massed troops on the Ukrainian border.",
        "Rebels attacked an army post on the outskirts of the Syrian capital.",
    ],
)
def test_a_place_adjective_in_a_locative_phrase_is_no_recipient(code, text: str) -> None:
    events = code(text)
    assert events
    assert all(e.target_code is None for e in events)


def test_a_country_named_as_the_inside_of_an_attack_stays_the_target(code) -> None:
    events = code("Israel launched air strikes in the Lebanese capital on Tuesday.")
    assert ("ISR", "LBN") in {(e.source_country, e.target_country) for e in events}


def test_a_border_adjective_does_not_hide_a_named_addressee(code) -> None:
    events = code("Ukraine accused Russia of massing troops near the Belarusian border.")
    assert ("UKR", "RUS") in {(e.source_country, e.target_country) for e in events}
    assert all(e.target_country != "BLR" for e in events)


# --------------------------------------------------------------------------- 4. reported content


def test_a_fight_the_speaker_recounts_from_years_ago_is_not_news(code) -> None:
    events = code("Moscow said on Monday its troops had fought Ukrainian forces in 2014.")
    assert not any(e.cameo_root == "19" for e in events)


def test_a_recollection_verb_retells_history(code) -> None:
    events = code("Lavrov recalled that Russia had helped Syria fight militants for years.")
    assert events == []


def test_a_reported_launch_by_another_actor_is_still_coded(code) -> None:
    events = code("Seoul said North Korea fired two ballistic missiles into the sea on Tuesday.")
    assert any(e.source_country == "PRK" and e.cameo_root == "15" for e in events)


def test_a_recently_dated_reported_clash_is_still_coded(code) -> None:
    events = code("The ministry said Chinese troops clashed with Indian soldiers in April.")
    assert ("CHN", "IND", "190") in _dyads(events)


def test_a_party_inside_a_description_is_not_the_one_warned(code) -> None:
    events = code("North Korea warned that those betting on the United States would regret it.")
    assert all(e.target_country != "USA" for e in events)


def test_a_warning_of_action_against_a_named_party_keeps_it(code) -> None:
    events = code("Iran warned that it would take action against Israel.")
    assert ("IRN", "ISR", "130") in _dyads(events)


def test_a_future_decided_by_a_people_is_no_intent(code) -> None:
    events = code("Beijing said the island's future would be decided by its people.")
    assert events == []


def test_a_passive_agreement_on_an_event_noun_is_still_coded(code) -> None:
    events = code("The ceasefire was agreed by Israel and Hamas on Sunday.")
    assert any(e.cameo.startswith("03") for e in events)


# --------------------------------------------------------------------------- 5. interviews


@pytest.mark.parametrize(
    "text",
    [
        "Asked whether Beijing would retaliate, Wang Yi said China would defend its interests.",
        "When asked about the sanctions, the Russian foreign minister said Moscow would respond.",
        "Asked by reporters whether Seoul would join the sanctions, Yoon said nothing.",
        "Asked if Japan would send troops, Fumio Kishida declined to comment.",
    ],
)
def test_a_journalists_question_is_no_appeal_and_its_content_no_event(code, text: str) -> None:
    events = code(text)
    assert not any(e.cameo_root == "02" for e in events)
    assert not any(e.cameo_root in {"15", "16", "19"} for e in events)


def test_asking_someone_to_act_is_still_an_appeal(code) -> None:
    events = code("Japan asked China to release the detained crew.")
    assert ("JPN", "CHN") in {(e.source_country, e.target_country) for e in events}
    assert all(e.cameo.startswith("02") for e in events)


def test_asking_for_aid_is_still_an_appeal(code) -> None:
    events = code("Ukraine asked Germany for more air defence systems.")
    assert any(e.cameo.startswith("023") for e in events)


# --------------------------------------------------------------------------- 7. decided measures


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Lithuania decided to recall its ambassador from China.", ("LTU", "CHN", "161")),
        ("China decided to impose sanctions on Lithuania.", ("CHN", "LTU", "163")),
    ],
)
def test_a_decided_measure_is_the_measure(code, text: str, dyad) -> None:
    events = code(text)
    assert dyad in _dyads(events)
    assert not any(e.cameo.startswith("03") for e in events)


def test_a_decision_not_to_act_is_no_measure(code) -> None:
    assert code("Seoul decided not to impose sanctions on Moscow.") == []


def test_a_decision_to_cooperate_stays_an_intent(code) -> None:
    assert ("JPN", "TUR", "033") in _dyads(code("Japan decided to provide aid to Turkey."))


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Poland said it would expel the Russian ambassador from Monday.", ("POL", "RUS", "161")),
        (
            "Beijing said it would impose sanctions on Lithuania as of Tuesday.",
            ("CHN", "LTU", "163"),
        ),
        ("Russia will impose sanctions on Britain starting Friday.", ("RUS", "GBR", "163")),
    ],
)
def test_a_measure_announced_with_its_start_date_is_the_measure(code, text: str, dyad) -> None:
    events = code(text)
    assert dyad in _dyads(events)
    assert all(e.modality == "future" for e in events)


def test_an_undated_announced_measure_stays_a_threat(code) -> None:
    assert ("RUS", "DEU", "1313") in _dyads(
        code("Russia said it would expel ten German diplomats.")
    )


def test_a_possible_measure_stays_a_threat_even_with_a_date(code) -> None:
    events = code("The EU said it could impose new sanctions on Iran from May.")
    assert ("IGO", "IRN", "1312") in {
        (e.source_code[:3], e.target_country, e.cameo) for e in events
    }


def test_an_offer_to_withdraw_stays_an_intent(code) -> None:
    events = code("Japan offered to withdraw its troops from Iraq by March.")
    assert all(e.cameo.startswith("03") for e in events) and events


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Seoul summoned the Japanese ambassador to protest the textbook.", None, None, "14"),
        (
            "Lithuania warned its citizens that drones were approaching from Belarus.",
            None,
            "BLR",
            "13",
        ),
        ("China vowed to retaliate against Canada with economic measures.", "CHN", "CAN", "19"),
        (
            "The leaders of Greece and Bulgaria attended a ceremony near the Turkish border.",
            None,
            "TUR",
            "04",
        ),
        (
            "Asked whether Japan would join the sanctions, Kishida said Tokyo was studying it.",
            None,
            None,
            "02",
        ),
    ],
)
def test_false_positive_guards(code, text, src, tgt, root) -> None:
    for e in asserted(code(text)):
        hit = (
            (src is None or (e.source_code or "")[:3] == src)
            and (tgt is None or (e.target_code or "")[:3] == tgt)
            and e.cameo.startswith(root)
        )
        assert not hit, f"{e.source_code}->{e.target_code} {e.cameo}"
