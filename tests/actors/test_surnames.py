"""Bare surnames of leaders on first mention ("Varga said ..."), on hand-built parses.

The people below are invented for these tests; the rules (which offices count, the stop
list, family-first countries, particles) come from the built-in ``surnames.tsv``.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest

from communique.actors import KnowledgeBase, resolve_article
from communique.actors.surnames import SurnameRules

PEOPLE = """\
# communique actors people v1 (surname test fixture)
entity_id\tnames\tcountry\tsector\ttitle\tstart\tend
anton-varga\tAnton Varga\tHUN\tGOV\tprime minister\t2010-05-01\t2014-05-01
lena-varga\tLena Varga\tHUN\tGOV\tforeign minister\t2012-01-01\t2018-01-01
piet-dollen\tPiet Dollen\tNLD\tGOV\tforeign minister\t2015-03-01\t2019-03-01
piet-dollen\tPiet Dollen\tNLD\tGOV\tdefense minister\t2019-03-01\t
mara-osk\tMara Osk\tEST\tGOV\tdefense minister\t2016-01-01\t
ruud-price\tRuud Price\tBEL\tGOV\tprime minister\t2016-01-01\t
han-solen\tHan Solen\tCHN\tGOV\tpresident\t2016-01-01\t
tarek-bin-fahad\tTarek bin Fahad\tOMN\tGOV\tprime minister\t2016-01-01\t
"""


def _resolve(kb: KnowledgeBase, article, specs: list[str], on: date) -> list[list[str | None]]:
    parsed = article(specs, published=on)
    return [[m.actor.entity_id for m in ms] for ms in resolve_article(parsed, kb)]


@pytest.fixture
def skb(make_kb) -> KnowledgeBase:
    return make_kb(people=PEOPLE)


def test_the_one_top_office_holder_with_the_surname_is_named(skb, article) -> None:
    # 2015: only Lena Varga holds a top office (Anton left in 2014)
    got = _resolve(
        skb, article, ["Hungary/PROPN said/VERB Varga/PROPN/nsubj met/VERB"], date(2015, 6, 1)
    )
    assert got == [["country:HUN", "person:lena-varga"]]


def test_two_holders_on_the_date_make_the_surname_ambiguous(skb, article) -> None:
    # 2013: Anton is prime minister and Lena foreign minister
    got = _resolve(
        skb, article, ["Officials/NOUN said/VERB Varga/PROPN/nsubj left/VERB"], date(2013, 6, 1)
    )
    assert got == [[]]


def test_surname_resolves_only_while_in_office(skb, article) -> None:
    spec = ["Officials/NOUN said/VERB Dollen/PROPN/nsubj arrived/VERB"]
    assert _resolve(skb, article, spec, date(2017, 1, 1)) == [["person:piet-dollen"]]
    # defence minister is not an office a bare surname names; before his term, nobody
    assert _resolve(skb, article, spec, date(2020, 1, 1)) == [[]]
    assert _resolve(skb, article, spec, date(2015, 2, 28)) == [[]]
    # the first day of the term counts (terms are half-open)
    assert _resolve(skb, article, spec, date(2015, 3, 1)) == [["person:piet-dollen"]]


def test_a_surname_ner_calls_a_person_still_resolves_by_the_older_rule(skb, article) -> None:
    # a globally unique surname with a PERSON tag is taken whatever the office
    spec = ["Officials/NOUN said/VERB Osk/PROPN/nsubj/3/PERSON arrived/VERB"]
    assert _resolve(skb, article, spec, date(2020, 1, 1)) == [["person:mara-osk"]]


def test_stop_listed_surname_is_never_read_alone(skb, article) -> None:
    spec = ["The/DET Price/PROPN/nsubj rose/VERB"]
    assert _resolve(skb, article, spec, date(2020, 1, 1)) == [[]]
    # the full name still works
    full = ["Ruud/PROPN Price/PROPN/nsubj spoke/VERB"]
    assert _resolve(skb, article, full, date(2020, 1, 1)) == [["person:ruud-price"]]


def test_sentence_initial_word_needs_a_person_tag(skb, article) -> None:
    plain = ["Dollen/PROPN/nsubj arrived/VERB"]
    tagged = ["Dollen/PROPN/nsubj/0/PERSON arrived/VERB"]
    assert _resolve(skb, article, plain, date(2017, 1, 1)) == [[]]
    assert _resolve(skb, article, tagged, date(2017, 1, 1)) == [["person:piet-dollen"]]


def test_surname_inside_a_longer_unknown_name_is_not_taken(skb, article) -> None:
    spec = ["Officials/NOUN said/VERB Karl/PROPN Dollen/PROPN/nsubj arrived/VERB"]
    assert _resolve(skb, article, spec, date(2017, 1, 1)) == [[]]


def test_surname_tagged_as_a_place_is_not_a_person(skb, article) -> None:
    spec = ["Troops/NOUN reached/VERB Dollen/PROPN/dobj/1/GPE"]
    assert _resolve(skb, article, spec, date(2017, 1, 1)) == [[]]


def test_family_name_first_countries_use_the_first_word(skb) -> None:
    assert skb.office_surname("Han", date(2017, 1, 1)) == "person:han-solen"
    assert skb.office_surname("Solen", date(2017, 1, 1)) is None


def test_patronymic_is_no_surname(skb) -> None:
    assert skb.office_surname("Fahad", date(2017, 1, 1)) is None


def test_no_date_means_a_current_office(skb) -> None:
    assert skb.office_surname("Price", None) is None  # stop-listed
    assert skb.office_surname("Dollen", None) is None  # now defence minister
    assert skb.office_surname("Solen", None) is None


def test_user_actor_word_is_never_shadowed(make_kb, tmp_path: Path) -> None:
    extra = tmp_path / "mine.jsonl"
    extra.write_text(
        '{"id": "org:dollen-group", "kind": "org", "names": ["Dollen Group"], "code": "NLDBUS"}\n',
        encoding="utf-8",
    )
    kb = make_kb(people=PEOPLE, extra=[extra])
    assert kb.office_surname("Dollen", date(2017, 1, 1)) is None


def test_rules_table_loads_kinds_and_skips_bad_rows(tmp_path: Path, caplog) -> None:
    (tmp_path / "surnames.tsv").write_text(
        "# test\nword\tkind\tperson\tnote\n"
        "president\toffice\t\t\nBrown\tstop\t\t\nAssad\tshort\t\t\nZed\tbogus\t\t\n"
        "CHN\tfamily_first\t\t\nJr.\tsuffix\t\t\nbin\tparticle\t\t\n",
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="communique.actors.surnames"):
        rules = SurnameRules.load(tmp_path)
    assert rules.is_office("President")
    assert rules.stop == {"Brown"} and rules.family_first == {"CHN"}
    assert rules.suffixes == {"Jr."} and rules.no_surname == {"bin"}
    assert rules.short == {}  # the short form lacked a person
    assert sum("row skipped" in r.message for r in caplog.records) == 2


def test_builtin_rules_cover_heads_of_government_and_foreign_ministers() -> None:
    rules = SurnameRules.load()
    assert all(rules.is_office(t) for t in ("president", "prime minister", "foreign minister"))
    assert not rules.is_office("defense minister")
    assert {"May", "Rice", "Chad"} <= rules.stop


def test_another_office_holder_with_the_surname_makes_it_ambiguous(make_kb, article) -> None:
    people = PEOPLE + "ida-dollen\tIda Dollen\tNLD\tGOV\tvice president\t2016-01-01\t2018-01-01\n"
    kb = make_kb(people=people)
    spec = ["Officials/NOUN said/VERB Dollen/PROPN/nsubj arrived/VERB"]
    assert _resolve(kb, article, spec, date(2017, 1, 1)) == [[]]
    assert _resolve(kb, article, spec, date(2018, 6, 1)) == [["person:piet-dollen"]]
