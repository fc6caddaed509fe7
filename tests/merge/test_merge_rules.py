"""The "same happening" rules on hand-built reports."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from merge_factories import mention

from communique.merge import MergeConfig, merge
from communique.merge.model import MergeResult

D = date(2020, 3, 9)
LAUNCH = "North Korea fired two short-range ballistic missiles into the East Sea on Monday."


def clusters_of(result: MergeResult, *mentions: object) -> set[str]:
    return {result.assignments[m.event_id] for m in mentions}  # type: ignore[attr-defined]


def launch(**kw: object) -> object:
    fields: dict[str, object] = {
        "source": "PRKMIL",
        "target": None,
        "cameo": "150",
        "when": D,
        "published": D,
        "sentence": LAUNCH,
    }
    fields.update(kw)
    return mention(**fields)  # type: ignore[arg-type]


def test_two_sentences_of_one_article_are_one_happening() -> None:
    a = launch(sentence_index=0)
    b = launch(sentence_index=4, sentence="The launch on Monday was the North's second this month.")
    result = merge([a, b])
    assert len(result.clusters) == 1
    [event] = result.clusters
    assert (event.num_mentions, event.num_articles, event.num_sources) == (2, 1, 1)
    assert event.first_reported == D


def test_repeated_paragraph_undated_merges_within_its_article_only() -> None:
    a = launch(when=None, sentence_index=1)
    b = launch(when=None, sentence_index=7)  # the paragraph again, word for word
    elsewhere = launch(when=None, article="a2", outlet="Kyodo")
    result = merge([a, b, elsewhere])
    assert len(clusters_of(result, a, b)) == 1
    assert clusters_of(result, a) != clusters_of(result, elsewhere)
    assert result.cluster_of(a.event_id).date is None


def test_undated_different_sentences_stay_apart() -> None:
    a = launch(when=None, sentence_index=1)
    b = launch(
        when=None, sentence_index=3, sentence="The North has held drills since late February."
    )
    assert len(merge([a, b]).clusters) == 2


def test_two_outlets_same_day_merge_and_count_sources() -> None:
    yonhap = launch(article="y1", outlet="Yonhap", basis="relative")
    kyodo = launch(article="k1", outlet="Kyodo", sentence="North Korea launched missiles.")
    result = merge([yonhap, kyodo])
    [event] = result.clusters
    assert (event.num_mentions, event.num_articles, event.num_sources) == (2, 2, 2)
    assert event.date == D and event.date_precision == "day"


def test_unknown_outlets_count_as_their_article() -> None:
    a = launch(article="x1", outlet=None)
    b = launch(article="x2", outlet=None)
    c = launch(article="x3", outlet="yonhap ")
    d = launch(article="x4", outlet="Yonhap")
    [event] = merge([a, b, c, d]).clusters
    assert event.num_articles == 4
    assert event.num_sources == 3  # x1, x2 and Yonhap (case and spaces ignored)


def test_publication_dated_report_two_days_later_joins() -> None:
    oped = mention(article="n1", outlet="NK News", cameo="051", when=date(2021, 7, 9))
    later = mention(
        article="x9",
        outlet="Xinhua",
        cameo="051",
        when=date(2021, 7, 11),
        published=date(2021, 7, 11),
        basis="publication",
        sentence="The ambassador's recent op-ed praised the friendship.",
    )
    result = merge([oped, later])
    [event] = result.clusters
    assert event.num_sources == 2
    assert event.date == date(2021, 7, 9) and event.date_basis == "explicit"
    assert event.first_reported == date(2021, 7, 11)


def test_publication_lag_is_bounded_and_configurable() -> None:
    oped = mention(article="n1", cameo="051", when=date(2021, 7, 9))
    late = mention(
        article="x9", outlet="Xinhua", cameo="051", when=date(2021, 7, 14), basis="publication"
    )
    assert len(merge([oped, late]).clusters) == 2
    assert len(merge([oped, late], config=MergeConfig(publication_lag_days=5)).clusters) == 1


def test_visit_and_talks_on_the_same_day_are_two_happenings() -> None:
    visit = mention(cameo="042", sentence="Xi arrived in Pyongyang for a state visit.")
    talks = mention(
        cameo="040", symmetric=True, sentence="Xi and Kim held talks.", sentence_index=2
    )
    assert len(clusters_of(merge([visit, talks]), visit, talks)) == 2


def test_two_letters_a_week_apart_are_two_happenings() -> None:
    first = mention(cameo="051", when=date(2020, 3, 4), sentence="Kim sent Moon a letter.")
    second = mention(
        article="a2", cameo="051", when=date(2020, 3, 11), sentence="Kim sent Moon a letter."
    )
    assert len(merge([first, second]).clusters) == 2


def test_explicit_dates_a_day_apart_stay_apart_but_relative_ones_may_join() -> None:
    letter = mention(source="PRKGOV", target="KORGOV", cameo="051", when=date(2020, 3, 4))
    reply_day = mention(
        article="a2", source="PRKGOV", target="KORGOV", cameo="051", when=date(2020, 3, 5)
    )
    assert len(merge([letter, reply_day]).clusters) == 2
    relative = mention(
        article="a3",
        source="PRKGOV",
        target="KORGOV",
        cameo="051",
        when=date(2020, 3, 5),
        basis="relative",
    )
    assert len(merge([letter, relative]).clusters) == 1


def test_visit_and_its_hosting_are_one_happening() -> None:
    visit = mention(source="CHNGOV", target="PRKGOV", cameo="042", sentence="Xi visited Pyongyang.")
    hosting = mention(
        article="a2",
        outlet="KCNA",
        source="PRKGOV",
        target="CHNGOV",
        cameo="043",
        sentence="Kim hosted Xi.",
    )
    result = merge([visit, hosting])
    [event] = result.clusters
    assert event.cameo == "042"
    assert (event.source_country, event.target_country) == ("CHN", "PRK")
    assert event.num_sources == 2


def test_only_hostings_stay_a_hosting() -> None:
    hosting = mention(source="PRKGOV", target="CHNGOV", cameo="043")
    [event] = merge([hosting]).clusters
    assert (event.cameo, event.source_country, event.target_country) == ("043", "PRK", "CHN")


def test_reciprocal_visits_are_not_merged() -> None:
    a_to_b = mention(source="CHNGOV", target="PRKGOV", cameo="042")
    b_to_a = mention(article="a2", source="PRKGOV", target="CHNGOV", cameo="042")
    assert len(merge([a_to_b, b_to_a]).clusters) == 2


def test_symmetric_mentions_in_both_directions_are_one() -> None:
    ab = mention(source="SAUGOV", target="IRNGOV", cameo="030", symmetric=True)
    ba = mention(
        article="a2", outlet="Xinhua", source="IRN", target="SAU", cameo="030", symmetric=True
    )
    result = merge([ab, ba])
    [event] = result.clusters
    assert event.symmetric
    assert {event.source_country, event.target_country} == {"SAU", "IRN"}


def test_directed_mentions_in_both_directions_stay_apart() -> None:
    ab = mention(source="USAGOV", target="PRKGOV", cameo="111")
    ba = mention(article="a2", source="PRKGOV", target="USAGOV", cameo="111")
    assert len(merge([ab, ba]).clusters) == 2


def test_agency_and_country_codes_compare_at_country_level() -> None:
    gov = mention(source="USAGOV", target="PRKGOV", cameo="163")
    state = mention(article="a2", outlet="Kyodo", source="USA", target="PRK", cameo="163")
    [event] = merge([gov, state]).clusters
    assert event.source_code in {"USAGOV", "USA"} and event.source_country == "USA"


def test_same_plover_type_across_roots_is_compatible() -> None:
    accuse = mention(source="USAGOV", target="RUSGOV", cameo="112")  # ACCUSE
    investigate = mention(article="a2", source="USAGOV", target="RUSGOV", cameo="091")  # ACCUSE
    threaten = mention(article="a3", source="USAGOV", target="RUSGOV", cameo="138")  # THREATEN
    result = merge([accuse, investigate, threaten])
    assert len(clusters_of(result, accuse, investigate)) == 1
    assert clusters_of(result, accuse) != clusters_of(result, threaten)


@pytest.mark.parametrize("modality", ["negated", "hypothetical", "future"])
def test_non_acts_never_merge_with_acts(modality: str) -> None:
    act = launch()
    non_act = launch(article="a2", modality=modality)
    again = launch(article="a3", modality=modality)
    result = merge([act, non_act, again])
    assert clusters_of(result, act) != clusters_of(result, non_act)
    assert len(clusters_of(result, non_act, again)) == 1
    assert result.cluster_of(non_act.event_id).modality == modality
    assert result.cluster_of(act.event_id).modality == "asserted"


def test_reported_allegations_merge_with_asserted_acts() -> None:
    act = launch()
    claim = launch(article="a2", modality="reported")
    result = merge([act, claim])
    assert len(result.clusters) == 1 and result.clusters[0].modality == "asserted"


def test_coarse_date_joins_a_day_only_with_similar_evidence() -> None:
    day = mention(cameo="051", when=date(2021, 7, 1), sentence="Kim sent Xi a message on July 1.")
    similar = mention(
        article="a2",
        cameo="051",
        when=date(2021, 7, 1),
        precision="month",
        basis="relative",
        sentence="Earlier this month Kim sent Xi a message.",
    )
    unrelated = mention(
        article="a3",
        cameo="051",
        when=date(2021, 7, 1),
        precision="month",
        basis="relative",
        sentence="Beijing praised Pyongyang's stance on the peninsula in July.",
    )
    result = merge([day, similar, unrelated])
    assert len(clusters_of(result, day, similar)) == 1
    assert clusters_of(result, unrelated) != clusters_of(result, day)
    assert result.cluster_of(day.event_id).date_precision == "day"


def test_a_vague_mention_does_not_bridge_two_happenings() -> None:
    monday = mention(
        cameo="051", when=date(2021, 7, 9), sentence="Wang praised the treaty in an op-ed."
    )
    sunday = mention(
        article="a2", cameo="051", when=date(2021, 7, 11), sentence="Xi praised Kim in a message."
    )
    vague = mention(
        article="a3",
        cameo="051",
        when=date(2021, 7, 11),
        basis="publication",
        sentence="Xi praised Kim in a message marking the treaty.",
    )
    result = merge([monday, sunday, vague])
    assert clusters_of(result, monday) != clusters_of(result, sunday)
    assert clusters_of(result, vague) == clusters_of(result, sunday)  # the more similar one


def test_similarity_hook_replaces_jaccard() -> None:
    day = mention(cameo="051", when=date(2021, 7, 1), sentence="alpha")
    coarse = mention(
        article="a2", cameo="051", precision="month", when=date(2021, 7, 1), sentence="beta"
    )
    assert len(merge([day, coarse]).clusters) == 2
    always = MergeConfig(similarity=lambda a, b: 1.0)
    assert len(merge([day, coarse], config=always).clusters) == 1


def test_bad_mentions_are_rejected_by_name_and_the_rest_merges() -> None:
    good = launch()
    unknown_modality = launch(article="a3", modality="rumoured")
    no_precision = launch(article="a4", date_precision=None)
    unknown_code = replace(launch(article="a5"), cameo="999")
    result = merge([good, unknown_modality, no_precision, unknown_code])
    assert [c.mention_ids for c in result.clusters] == [(good.event_id,)]
    reasons = {r.path: r.reason for r in result.rejected}
    assert reasons[f"in/a3.txt#{unknown_modality.event_id}"].count("rumoured") == 1
    assert "precision" in reasons[f"in/a4.txt#{no_precision.event_id}"]
    assert "999" in reasons[f"in/a5.txt#{unknown_code.event_id}"]


def test_conflicting_duplicate_ids_are_rejected_both() -> None:
    a = launch(event_id="same")
    b = launch(event_id="same", article="a2")
    ok = launch(article="a3")
    result = merge([a, b, ok])
    assert [c.mention_ids for c in result.clusters] == [(ok.event_id,)]
    assert len(result.rejected) == 1 and "twice" in result.rejected[0].reason
    assert len(merge([a, a]).clusters) == 1  # an identical repeat is harmless
