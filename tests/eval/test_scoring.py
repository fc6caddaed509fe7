from __future__ import annotations

from dataclasses import replace

from eval_fakes import FAKE_CODEBOOK, day, make_event

from communique.eval.gold import EXCLUDED_ACTOR, EXCLUDED_CODE, GoldEvent, GoldItem
from communique.eval.scores import Accuracy, Scores
from communique.eval.scoring import (
    UNSCORED_MODALITIES,
    date_right,
    score_article,
    score_plover,
    score_sentence,
)


def sentence_item(*events: GoldEvent) -> GoldItem:
    return GoldItem("s1", "Ruritania praised Freedonia.", day(23), "DEMO", events)


def petr(source: str, target: str, code: str, excluded: str | None = None) -> GoldEvent:
    roots = (code[:2],) if excluded != EXCLUDED_CODE else ()
    return GoldEvent(source, target, roots=roots, codes=(code,), excluded=excluded)


def test_sentence_counts_tp_fp_fn_at_both_levels() -> None:
    item = sentence_item(petr("RUR", "FRE", "042"), petr("RUR", "SYL", "111"))
    system = [
        make_event("RURGOV", "FRE", "043"),  # right dyad and root, wrong code
        make_event("SYL", "RUR", "111"),  # reversed: false positive
    ]
    result = score_sentence("f", item, system)
    assert result.dyad_root == Scores(tp=1, fp=1, fn=1)
    assert result.dyad_code == Scores(tp=0, fp=2, fn=2)
    kinds = sorted(d.kind for d in result.discrepancies)
    assert kinds == ["code", "false_positive", "miss"]
    miss = next(d for d in result.discrepancies if d.kind == "miss")
    assert "RUR -> SYL 111" in miss.expected and miss.text == item.text


def test_identical_system_events_count_once() -> None:
    item = sentence_item(petr("RUR", "FRE", "042"))
    system = [make_event("RUR", "FRE", "042"), make_event("RUR", "FRE", "042")]
    result = score_sentence("f", item, system)
    assert result.dyad_root == Scores(tp=1)
    assert result.n_system == 1


def test_the_mirror_of_a_matched_joint_act_is_not_a_false_positive() -> None:
    item = sentence_item(petr("RUR", "FRE", "040"))
    there = make_event("RUR", "FRE", "040", symmetric=True)
    back = make_event("FRE", "RUR", "040", symmetric=True)
    result = score_sentence("f", item, [there, back])
    assert (result.dyad_root.tp, result.dyad_root.fp) == (1, 0)
    one_way = make_event("FRE", "RUR", "040")  # not a joint act: a real false positive
    result = score_sentence("f", item, [there, one_way])
    assert (result.dyad_root.tp, result.dyad_root.fp) == (1, 1)


def test_negated_and_hypothetical_events_are_not_scored() -> None:
    assert {"negated", "hypothetical"} <= UNSCORED_MODALITIES
    assert "reported" not in UNSCORED_MODALITIES and "future" not in UNSCORED_MODALITIES
    item = sentence_item()  # a noevents record
    system = [
        make_event("RUR", "FRE", "042", modality="negated"),
        make_event("RUR", "FRE", "190", modality="hypothetical"),
        make_event("RUR", "FRE", "036", modality="future"),
    ]
    result = score_sentence("f", item, system)
    assert result.n_unscored == 2
    assert result.dyad_root == Scores(fp=1)


def test_system_events_agreeing_with_excluded_gold_are_ignored() -> None:
    item = sentence_item(
        petr("RUR", "FRE", "345", excluded=EXCLUDED_CODE),
        GoldEvent("RUR", '"A NEW ACTOR"', roots=("11",), codes=("111",), excluded=EXCLUDED_ACTOR),
    )
    system = [
        make_event("RUR", "FRE", "042"),  # same dyad as the test-only code: ignored
        make_event("RUR", "XYZ", "112"),  # same root as the bad-actor event: ignored
        make_event("SYL", "XYZ", "190"),  # agrees with nothing: false positive
    ]
    result = score_sentence("f", item, system)
    assert result.dyad_root == Scores(fp=1)
    assert result.n_gold == 0
    assert result.n_excluded == {EXCLUDED_CODE: 1, EXCLUDED_ACTOR: 1}


def article_item(*events: GoldEvent) -> GoldItem:
    return GoldItem("art-1", "<article text>", day(24), "art-1", events)


def art(source: str, target: str, roots: tuple[str, ...], **kw: object) -> GoldEvent:
    return GoldEvent(source, target, roots=roots, **kw)  # type: ignore[arg-type]


def test_article_repeats_of_a_found_event_are_not_false_positives() -> None:
    item = article_item(art("CHN", "PRK", ("04",), date=day(23)))
    system = [
        make_event("CHNGOV", "PRKGOV", "042", date=day(23)),
        make_event("CHNGOV", "PRKGOV", "040", date=day(22)),  # the same meeting, again
        make_event("CHN", "USA", "111"),  # a different, unexpected event
    ]
    result = score_article("f", item, system)
    assert result.dyad_root == Scores(tp=1, fp=1)
    assert result.date == Accuracy(1, 1)


def test_article_optional_events_are_credited_not_required() -> None:
    item = article_item(
        art("CHN", "PRK", ("04",)),
        art("CHN", "USA", ("11",), must=False),
        art("PRK", "KOR", ("17",), must=False),
    )
    system = [make_event("CHN", "PRK", "042"), make_event("CHN", "USA", "112")]
    result = score_article("f", item, system)
    assert result.dyad_root == Scores(tp=1, credited=1)
    assert result.dyad_root.recall == 1.0
    assert not [d for d in result.discrepancies if d.kind == "miss"]


def test_article_required_events_win_over_optional_ones() -> None:
    # One system event could serve either gold event; the required one must get it.
    item = article_item(
        art("CHN", "PRK", ("04",), must=False),
        art("CHN", "PRK", ("04", "05")),
    )
    result = score_article("f", item, [make_event("CHN", "PRK", "042")])
    assert result.dyad_root == Scores(tp=1)


def test_article_symmetric_and_country_fields() -> None:
    item = article_item(art("CHN", "PRK", ("04",), symmetric=True))
    reverse = make_event("GOV", "CHNGOV", "043", source_country="PRK")
    assert score_article("f", item, [reverse]).dyad_root == Scores(tp=1)


def test_article_code_level_uses_codes_when_given() -> None:
    item = article_item(
        art("CHN", "PRK", ("04",), codes=("042",)),
        art("CHN", "USA", ("11",)),  # no codes: optional at code level
    )
    system = [make_event("CHN", "PRK", "043"), make_event("CHN", "USA", "112")]
    result = score_article("f", item, system)
    assert result.dyad_root == Scores(tp=2)
    assert result.dyad_code == Scores(fn=1, fp=1, credited=1)


def test_date_window() -> None:
    gold = art("CHN", "PRK", ("04",), date=day(23), window=(-1, 0))
    assert date_right(make_event(date=day(22)), gold)
    assert date_right(make_event(date=day(23)), gold)
    assert not date_right(make_event(date=day(24)), gold)
    assert not date_right(make_event(date=None), gold)


def test_article_wrong_date_is_reported() -> None:
    item = article_item(art("CHN", "PRK", ("04",), date=day(20), window=(-1, 1)))
    result = score_article("f", item, [make_event("CHN", "PRK", "042", date=day(23))])
    assert result.date == Accuracy(0, 1)
    [bad] = [d for d in result.discrepancies if d.kind == "date"]
    assert "2021-07-20" in bad.expected and "2021-07-23" in bad.found


def test_two_mentions_of_one_dyad_are_paired_by_date_not_crossed() -> None:
    item = article_item(
        art("CHN", "PRK", ("04",), date=day(20), window=(0, 0)),
        art("CHN", "PRK", ("04",), date=day(25), window=(0, 0)),
    )
    later = make_event("CHN", "PRK", "042", date=day(25))
    earlier = make_event("CHN", "PRK", "042", date=day(20))
    result = score_article("f", item, [earlier, later])
    assert result.date == Accuracy(2, 2)


def test_plover_any_event_of_the_type_is_right() -> None:
    item = GoldItem("p", "text", None, "REQUEST", (GoldEvent("RUR", None, plover="REQUEST"),))
    events = [make_event(plover="CONSULT"), make_event(plover="DEMAND")]  # legacy name
    right = score_plover("f", item, events, FAKE_CODEBOOK.system_plover)
    assert right.plover == Accuracy(1, 1)
    negated = [replace(e, modality="negated") for e in events]
    wrong = score_plover("f", item, negated, FAKE_CODEBOOK.system_plover)
    assert wrong.plover == Accuracy(0, 1)
    assert wrong.discrepancies[0].found == "no event"
