"""'X-led' armed bodies belong to their leader: "US-led forces", "Hamas-led gunmen"."""

from __future__ import annotations

import pytest

from communique.actors import KnowledgeBase, resolve_article
from communique.nlp import Parser
from communique.types import Article

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def mentions():
    parser, kb = Parser(), KnowledgeBase.load()

    def run(text: str) -> list[tuple[str, str]]:
        from datetime import date

        art = Article(
            article_id="t",
            path="t",
            fmt="txt",
            raw_text=text,
            text=text,
            published=date(2024, 5, 6),
        )
        [parsed] = parser.parse([art])
        [found] = resolve_article(parsed, kb)
        return [
            (
                parsed.sentences[0].text[
                    m.start - parsed.sentences[0].start : m.end - parsed.sentences[0].start
                ],
                m.actor.code,
            )
            for m in found
        ]

    return run


def test_a_country_led_force_is_that_countrys_military(mentions) -> None:
    found = mentions("French-led troops patrolled the border town on Monday.")
    assert any(code == "FRAMIL" for _, code in found), found


def test_an_armed_group_led_band_of_gunmen_is_the_group(mentions) -> None:
    found = mentions("Hezbollah-led fighters crossed the frontier at dawn.")
    assert any(code == "LBNREB" for _, code in found), found
    assert not any(code == "UAF" for _, code in found), found


def test_a_backer_does_not_own_the_militia_it_backs(mentions) -> None:
    found = mentions("Iran-backed militias shelled the airport.")
    assert not any(code.startswith("IRN") and "militias" in text for text, code in found), found
