"""The canonical event's fields: best-supported code, parties, date, id and summary."""

from __future__ import annotations

from datetime import date

import pytest
from merge_factories import mention

from communique.merge import MergeConfig, cluster_id_for, load_country_names, merge
from communique.merge.canonical import choose_code
from communique.merge.rules import CodeRules
from communique.merge.summary import Phraser, format_date
from communique.ontology import load_ontology

RULES = CodeRules.load(load_ontology())
NAMES = MergeConfig(country_names={"CHN": "China", "PRK": "North Korea", "KOR": "South Korea"})


@pytest.mark.parametrize(
    ("codes", "expected"),
    [
        (["190", "195"], "195"),  # a specific code beats its root when it has support
        (["190", "190", "195"], "190"),  # ...but not against a majority that stayed general
        (["195", "194"], "190"),  # two different guests at the sub-code: stay general
        (["1951", "195", "190"], "1951"),  # 1951 supports 195, which supports the root
        (["1951", "190", "190"], "190"),
        (["111", "112", "112"], "112"),
        (["091", "111", "112"], "110"),  # cross-root (same PLOVER type): the stronger root
    ],
)
def test_choose_code_is_a_majority_weighted_by_specificity(codes: list[str], expected: str) -> None:
    assert choose_code(codes, RULES) == expected
    assert choose_code(list(reversed(codes)), RULES) == expected


def test_code_fields_come_from_the_chosen_code() -> None:
    ms = [
        mention(article=f"a{i}", cameo=c, source="PRKMIL", target="KOR")
        for i, c in enumerate(["190", "195", "195"])
    ]
    [event] = merge(ms).clusters
    entry = load_ontology().cameo("195")
    assert (event.cameo, event.cameo_root, event.cameo_name) == ("195", "19", entry.name)
    assert (event.goldstein, event.quad_class, event.plover) == (
        entry.goldstein,
        entry.quad_class,
        entry.plover,
    )


def test_a_finer_plover_type_the_mentions_carry_survives_the_merge() -> None:
    # a resignation: CAMEO 0831, which the table maps to CONCEDE; the coder named RETREAT
    ms = [
        mention(
            article=f"a{i}",
            cameo="0831",
            source="KGZGOV",
            target="KGZ",
            plover="RETREAT",
            plover_mode="resign",
        )
        for i in range(2)
    ]
    [event] = merge(ms).clusters
    assert (event.plover, event.plover_mode) == ("RETREAT", "resign")
    plain = [
        mention(article=f"b{i}", cameo="0831", source="KGZGOV", target="KGZ") for i in range(2)
    ]
    [event] = merge(plain).clusters
    assert event.plover == load_ontology().cameo("0831").plover


def test_parties_are_the_majority_and_the_more_specific_code_wins_ties() -> None:
    ms = [
        mention(article="a1", source="CHNGOV", target="PRK", cameo="051"),
        mention(article="a2", source="CHN", target="PRKGOV", cameo="051"),
        mention(article="a3", source="CHNGOV", target="PRK", cameo="051"),
    ]
    [event] = merge(ms).clusters
    assert (event.source_code, event.target_code) == ("CHNGOV", "PRK")
    assert (event.source_country, event.target_country) == ("CHN", "PRK")


def test_cluster_id_is_derived_from_the_smallest_member_id() -> None:
    a = mention(article="a1", event_id="zzz")
    b = mention(article="a2", event_id="aaa", outlet="Kyodo")
    [event] = merge([a, b]).clusters
    assert event.cluster_id == cluster_id_for(["zzz", "aaa"]) == cluster_id_for(["aaa"])
    assert event.mention_ids == ("aaa", "zzz")
    assert [m.event_id for m in event.members] == ["aaa", "zzz"]


def test_date_prefers_explicit_over_relative_over_publication() -> None:
    explicit = mention(article="a1", when=date(2021, 7, 9), basis="explicit")
    relative = mention(article="a2", when=date(2021, 7, 10), basis="relative")
    publication = mention(article="a3", when=date(2021, 7, 10), basis="publication")
    [event] = merge([explicit, relative, publication]).clusters
    assert (event.date, event.date_precision, event.date_basis) == (
        date(2021, 7, 9),
        "day",
        "explicit",
    )
    [event] = merge([relative, publication]).clusters
    assert (event.date, event.date_basis) == (date(2021, 7, 10), "relative")


def test_finer_precision_wins_when_consistent() -> None:
    month = mention(
        article="a1",
        when=date(2021, 7, 1),
        precision="month",
        basis="explicit",
        sentence="Kim sent Xi a message in July.",
    )
    day = mention(
        article="a2",
        when=date(2021, 7, 11),
        basis="relative",
        sentence="Kim sent Xi a message on Sunday.",
    )
    [event] = merge([month, day]).clusters
    assert (event.date, event.date_precision, event.date_basis) == (
        date(2021, 7, 11),
        "day",
        "relative",
    )


def test_first_reported_is_the_earliest_publication() -> None:
    ms = [
        mention(article="a1", published=date(2021, 7, 12), when=date(2021, 7, 11)),
        mention(article="a2", published=None, outlet="Kyodo", when=date(2021, 7, 11)),
        mention(article="a3", published=date(2021, 7, 11), outlet="AP", when=date(2021, 7, 11)),
    ]
    result = merge(ms)
    assert {c.first_reported for c in result.clusters} == {date(2021, 7, 11)}


def test_summary_line_format() -> None:
    m = mention(cameo="030", when=date(2021, 7, 23))
    [event] = merge([m], config=NAMES).clusters
    assert event.summary == "China → North Korea: expressed intent to cooperate, 2021-07-23"


def test_summary_marks_joint_acts_missing_targets_and_non_acts() -> None:
    talks = mention(cameo="040", symmetric=True, source="KORGOV", target="PRKGOV")
    launch = mention(cameo="150", source="PRKMIL", target=None, when=None)
    denied = mention(cameo="190", source="PRKMIL", target="KORMIL", modality="negated")
    summaries = {c.cameo: c.summary for c in merge([talks, launch, denied], config=NAMES).clusters}
    assert summaries["040"] == "South Korea ↔ North Korea: consulted, 2021-07-23"
    assert summaries["150"] == "North Korea: demonstrated military or police power, date unknown"
    assert summaries["190"].endswith("(negated)")
    assert summaries["190"].startswith(
        "North Korea → South Korea: used conventional military force"
    )


def test_summary_names_countries_and_keeps_codes_it_cannot_name() -> None:
    [event] = merge([mention(source="IGOUNO", target="PRKGOV", cameo="163")]).clusters
    assert event.summary.startswith("IGOUNO → North Korea: imposed embargo, boycott, or sanctions")


def test_summary_uses_codes_with_an_empty_name_lookup() -> None:
    config = MergeConfig(country_names={})
    [event] = merge(
        [mention(source="IGOUNO", target="PRKGOV", cameo="163")], config=config
    ).clusters
    assert event.summary.startswith("IGOUNO → PRK: imposed embargo, boycott, or sanctions")


@pytest.mark.parametrize(
    ("name", "phrase"),
    [
        ("Express intent to cooperate", "expressed intent to cooperate"),
        ("Make a visit", "made a visit"),
        ("Praise or endorse", "praised or endorsed"),
        (
            "Arrest, detain, or charge with legal action",
            "arrested, detained, or charged with legal action",
        ),
        ("Impose embargo, boycott, or sanctions", "imposed embargo, boycott, or sanctions"),
        ("Physically assault", "physically assaulted"),
        ("Rally support on behalf of", "rallied support on behalf of"),
        ("Deny responsibility", "denied responsibility"),
        ("Meet at a 'third' location", "met at a 'third' location"),
        ("Return, release", "returned, released"),
    ],
)
def test_verb_phrases(name: str, phrase: str) -> None:
    assert Phraser.load().verb_phrase(name) == phrase


def test_every_cameo_name_yields_a_phrase() -> None:
    phraser = Phraser.load()
    for entry in load_ontology().codes():
        phrase = phraser.verb_phrase(entry.name)
        assert phrase and phrase != entry.name.lower(), entry.code


def test_format_date_follows_precision() -> None:
    d = date(2021, 7, 23)
    assert [format_date(d, p) for p in ("day", "week", "month", "year")] == [
        "2021-07-23",
        "week of 2021-07-23",
        "2021-07",
        "2021",
    ]


def test_country_names_come_from_the_actor_table() -> None:
    names = load_country_names()
    assert names["PRK"] == "North Korea" and names["USA"] == "United States"
