"""A PETRARCH actor dictionary does not mark which entries are people: "SANGARE [MLI]" loads as
an organisation coded with a bare country.  Right after a personal title the entry is the
title holder, so the title's sector is added ("Mali President Sangare" is MLIGOV).  The
dictionary and the sentences are our own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from communique.actors import KnowledgeBase, resolve_article
from communique.types import ParsedArticle

ACTORS = """\
SANGARE [MLI]
KOULIBA_PARTY [MLIPTY]
"""


def _kb(make_kb: Callable[..., KnowledgeBase], tmp_path: Path) -> KnowledgeBase:
    path = tmp_path / "titled.actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    return make_kb(extra=[path])


def _codes(article: ParsedArticle, kb: KnowledgeBase) -> list[tuple[str, str]]:
    return [(m.actor.name, m.actor.code) for ms in resolve_article(article, kb) for m in ms]


def test_a_country_title_before_a_dictionary_name_codes_the_office(
    make_kb, tmp_path: Path, article
) -> None:
    kb = _kb(make_kb, tmp_path)
    got = _codes(article(["Mali President Sangare arrived in Senegal ."]), kb)
    assert ("Mali President Sangare", "MLIGOV") in got
    assert not any(name == "Sangare" for name, _ in got)  # one actor, not two


def test_a_bare_title_adds_its_sector_to_the_entry_country(
    make_kb, tmp_path: Path, article
) -> None:
    kb = _kb(make_kb, tmp_path)
    got = _codes(article(["President Sangare arrived in Senegal ."]), kb)
    assert ("President Sangare", "MLIGOV") in got


def test_without_a_title_the_dictionary_code_stands(make_kb, tmp_path: Path, article) -> None:
    kb = _kb(make_kb, tmp_path)
    got = _codes(article(["Sangare arrived in Senegal ."]), kb)
    assert ("Sangare", "MLI") in got


def test_an_entry_with_its_own_sector_is_no_person(make_kb, tmp_path: Path, article) -> None:
    # "Kouliba Party" is coded MLIPTY by the dictionary: a title before it does not make it
    # the title holder.
    kb = _kb(make_kb, tmp_path)
    got = _codes(article(["President Kouliba Party arrived in Senegal ."]), kb)
    assert any(code == "MLIPTY" for _, code in got)
    assert not any(code == "MLIGOV" for _, code in got)
