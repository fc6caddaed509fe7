"""The resolver on real spaCy parses of wire-style sentences written for these tests."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from communique.actors import KnowledgeBase, resolve_article
from communique.types import ActorMention, Article, ParsedArticle

pytestmark = pytest.mark.slow

VALIDATION = Path("/work/shared/eval/petr_validate_dictionaries/universalpetrarch")


@pytest.fixture(scope="session")
def parser():
    from communique.nlp.parse import Parser

    return Parser()


@pytest.fixture
def run(parser, kb):
    def go(
        text: str, published: date = date(2023, 9, 1), knowledge: KnowledgeBase | None = None
    ) -> list[list[ActorMention]]:
        art = Article(
            article_id="t", path="t", fmt="txt", raw_text=text, text=text, published=published
        )
        parsed: ParsedArticle = next(parser.parse([art]))
        out = [list(ms) for ms in resolve_article(parsed, knowledge or kb)]
        for ms in out:  # evidence offsets always point at the words in the article
            for m in ms:
                assert text[m.start : m.end] == m.actor.name
        return out

    return go


def _flat(got: list[list[ActorMention]]) -> list[tuple[str, str, str | None]]:
    return [(m.actor.name, m.actor.code, m.actor.entity_id) for ms in got for m in ms]


def test_compound_names_and_roles_at_the_date(run) -> None:
    text = (
        "North Korean leader Kim Jong-un met Chinese Foreign Minister Wang Yi in Pyongyang "
        "on Monday, state media said."
    )
    got = _flat(run(text, date(2019, 9, 3)))
    assert ("North Korean leader Kim Jong-un", "PRKGOV", "person:kim-jong-un") in got
    assert ("Chinese Foreign Minister Wang Yi", "CHNGOV", "person:wang-yi") in got
    assert ("Pyongyang", "PRK", "metonym:pyongyang") in got  # a place here, not the government
    # In March 2023 Wang Yi held only his party post.
    later = _flat(run(text, date(2023, 3, 1)))
    assert ("Chinese Foreign Minister Wang Yi", "CHNPTY", "person:wang-yi") in later


def test_spelling_variants_of_one_person(run) -> None:
    for name in ("Kim Jong Un", "Kim Jong-un", "Kim Jong-Un"):
        got = _flat(run(f"{name} inspected a missile factory, KCNA said."))
        assert (name, "PRKGOV", "person:kim-jong-un") in got
        assert ("KCNA", "PRKMED", "org:kcna") in got


def test_surname_and_pronoun_after_full_mention(run) -> None:
    text = (
        "Wang said the talks were useful. "
        "Chinese President Xi Jinping arrived in Seoul on Tuesday for talks with "
        "South Korean President Yoon Suk Yeol. Xi said he hoped the visit would help. "
        "Yoon thanked him."
    )
    got = run(text)
    assert got[0] == []  # "Wang" (two known people) before any full mention is not resolved
    later = [(m.actor.name, m.actor.entity_id, m.via) for m in got[2]]
    assert ("Xi", "person:xi-jinping", "surname") in later
    assert ("he", "person:xi-jinping", "pronoun") in later
    assert ("Yoon", "person:yoon-suk-yeol", "surname") in [
        (m.actor.name, m.actor.entity_id, m.via) for m in got[3]
    ]


def test_unique_surname_before_full_mention(run) -> None:
    got = run("Xi told reporters Japan would respond. Kim said he agreed.", date(2023, 9, 1))
    first = got[0][0]
    assert (first.actor.name, first.actor.entity_id) == ("Xi", "person:xi-jinping")
    assert [m.actor.entity_id for m in got[1]] == []  # Kim is shared; "he" is unsafe after him


def test_metonyms_and_coordination(run) -> None:
    got = _flat(run("Seoul and Washington condemned the launch, while Beijing urged restraint."))
    codes = [c for _, c, _ in got]
    assert codes == ["KORGOV", "USAGOV", "CHNGOV"]


def test_the_north_and_the_south(run) -> None:
    text = (
        "North Korea tested a new engine. The North fired two ballistic missiles on Sunday, "
        "the South's Joint Chiefs of Staff said, according to Yonhap."
    )
    got = _flat(run(text))
    assert ("North", "PRK", "country:PRK") in got
    assert ("South's Joint Chiefs of Staff", "KORMIL", None) in got
    assert ("Yonhap", "KORMED", "org:yonhap") in got


def test_outlet_names_are_not_countries(run) -> None:
    got = _flat(run("The plan was first reported by the Korea Herald on Friday."))
    assert got == [("Korea Herald", "KORMED", "org:korea-herald")]


def test_ambassador_then_bare_title(run) -> None:
    text = (
        "Chinese Ambassador to North Korea Wang Yajun visited a hospital in Pyongyang. "
        "The ambassador said China would send medical supplies."
    )
    got = run(text, date(2023, 6, 1))
    first = [(m.actor.name, m.actor.code, m.actor.entity_id) for m in got[0]]
    assert first[0] == (
        "Chinese Ambassador to North Korea Wang Yajun", "CHNGOV", "person:wang-yajun",
    )  # fmt: skip
    second = [(m.actor.name, m.actor.entity_id, m.via) for m in got[1]]
    assert ("ambassador", "person:wang-yajun", "role") in second
    assert ("China", None, "name") not in second  # China is coded as a country
    before = run(text, date(2010, 6, 1))
    assert before[0][0].actor.code == "CHNGOV"  # no role known yet: the title in the text


def test_agent_phrases(run) -> None:
    text = (
        "Russian troops shelled the outskirts of Kyiv overnight, the Ukrainian military said. "
        "The U.S. Treasury imposed new sanctions, and North Korean state media denounced them."
    )
    codes = {(n, c) for n, c, _ in _flat(run(text))}
    assert {
        ("Russian troops", "RUSMIL"), ("Kyiv", "UKRGOV"), ("Ukrainian military", "UKRMIL"),
        ("U.S. Treasury", "USAGOV"), ("North Korean state media", "PRKMED"),
    } <= codes  # fmt: skip


def test_officials_alone_are_not_actors(run) -> None:
    assert run("Officials said the meeting went well.") == [[]]


@pytest.mark.skipif(not VALIDATION.exists(), reason="PETRARCH validation dictionaries absent")
def test_petrarch_dictionaries_in_the_resolver(run, make_kb) -> None:
    kb = make_kb(
        extra=[VALIDATION / "PETR.Validate.actors.txt", VALIDATION / "PETR.Validate.agents.txt"]
    )
    got = _flat(run("Arnor attacked Gondor after the Ithilen military mobilised.", knowledge=kb))
    codes = [c for _, c, _ in got]
    assert codes == ["ARN", "GON", "ITHMIL"]


def test_resolver_is_fast(run, parser, kb) -> None:
    text = " ".join(
        [
            "Chinese Foreign Minister Wang Yi met South Korean President Yoon Suk Yeol in Seoul.",
            "The North Korean foreign ministry said Washington and Tokyo were to blame.",
            "Kim Jong Un told KCNA that he would strengthen the military.",
        ]
        * 40
    )
    art = Article(article_id="t", path="t", fmt="txt", raw_text=text, text=text)
    parsed = next(parser.parse([art]))
    t0 = time.perf_counter()
    resolve_article(parsed, kb, on=date(2023, 9, 1))
    per_sentence = (time.perf_counter() - t0) / len(parsed.sentences)
    assert per_sentence < 0.005


def test_a_verb_whose_lemma_is_an_agent_noun_names_no_agent(run) -> None:
    # "forced" lemmatises to "force", but a verb is not the agent noun "forces".
    got = _flat(run("Khartoum forced the aid agency out of the country on Monday."))
    assert got[0][0] == "Khartoum"
    assert not any(code.endswith("MIL") for _, code, _ in got)
    troops = _flat(run("Sudanese forces shelled the camp on Monday."))
    assert ("Sudanese forces", "SDNMIL") in [(name, code) for name, code, _ in troops]


def test_deputy_president_is_the_vice_president_not_the_president(run) -> None:
    text = "The Kenyan deputy president met the envoy."
    got = _flat(run(text, date(2020, 3, 2), KnowledgeBase.load()))
    assert got[0][1] == "KENGOV" and got[0][2] == "person:william-ruto"
