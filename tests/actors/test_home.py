"""Officials named by title alone in a national outlet's copy take the outlet's home country
(fast: hand-built parses, no spaCy model)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from communique.actors import KnowledgeBase, resolve_article
from communique.actors.home import HomeTables
from communique.types import ParsedArticle

_SPEC = "The vice/ADJ foreign/ADJ minister/NOUN/nsubj criticized/VERB/ROOT Japan/PROPN/dobj"


def _with(parsed: ParsedArticle, outlet: str | None, dateline: str | None) -> ParsedArticle:
    return replace(parsed, article=replace(parsed.article, outlet=outlet, dateline=dateline))


def _codes(kb: KnowledgeBase, parsed: ParsedArticle) -> list[str]:
    return [m.actor.code for ms in resolve_article(parsed, kb) for m in ms]


def test_a_bare_title_in_home_copy_is_the_home_countrys_official(kb, article) -> None:
    parsed = _with(article([_SPEC]), "Yonhap", "SEOUL")
    assert _codes(kb, parsed) == ["KORGOV", "JPN"]


def test_without_a_dateline_the_outlet_decides(kb, article) -> None:
    assert _codes(kb, _with(article([_SPEC]), "Kyodo", None))[0] == "JPNGOV"


@pytest.mark.parametrize(
    ("outlet", "dateline"),
    [
        ("Yonhap", "WASHINGTON"),  # filed abroad: the minister may be anyone's
        ("Reuters", "SEOUL"),  # an international agency names nationalities
        (None, "SEOUL"),
    ],
)
def test_no_home_country_outside_home_copy(kb, article, outlet, dateline) -> None:
    assert _codes(kb, _with(article([_SPEC]), outlet, dateline)) == ["JPN"]


def test_a_named_holder_of_the_title_still_comes_first(kb, article) -> None:
    parsed = _with(
        article(
            [
                "Chinese Foreign Minister Wang Yi/PROPN/nsubj arrived/VERB/ROOT",
                "The foreign/ADJ minister/NOUN/nsubj criticized/VERB/ROOT Japan/PROPN/dobj",
            ],
            published=date(2020, 5, 1),
        ),
        "Yonhap",
        "SEOUL",
    )
    assert _codes(kb, parsed) == ["CHNGOV", "CHNGOV", "JPN"]


def test_the_home_holder_of_an_office_is_found_on_the_date(kb, article) -> None:
    spec = "The president/NOUN/nsubj criticized/VERB/ROOT Japan/PROPN/dobj"
    parsed = _with(article([spec], published=date(2023, 9, 1)), "Yonhap", "SEOUL")
    [[m, _]] = resolve_article(parsed, kb)
    assert (m.actor.code, m.actor.entity_id) == ("KORGOV", "person:yoon-suk-yeol")


def test_foreign_facing_titles_take_no_home_country(kb, article) -> None:
    spec = "The ambassador/NOUN/nsubj criticized/VERB/ROOT Japan/PROPN/dobj"
    assert _codes(kb, _with(article([spec]), "Yonhap", "SEOUL")) == ["JPN"]


def test_home_tables(tmp_path: Path) -> None:
    (tmp_path / "outlets_home.tsv").write_text(
        "# test\noutlet\tcountry\nYonhap\tkor\nbroken row\n", encoding="utf-8"
    )
    (tmp_path / "home_titles.tsv").write_text(
        "title\tsector\ndefense minister\tgov\n", encoding="utf-8"
    )
    tables = HomeTables.load(tmp_path)
    assert tables.home_of("yonhap", None) == "KOR"
    assert tables.home_of("Yonhap", "KOR") == "KOR"
    assert tables.home_of("Yonhap", "USA") is None
    assert tables.home_of("Unknown Daily", None) is None
    assert tables.sector("defense secretary|defense minister") == "GOV"
    assert tables.sector("counterpart") is None


def test_missing_tables_mean_no_home_country(tmp_path: Path) -> None:
    assert HomeTables.load(tmp_path).home_of("Yonhap", None) is None
