"""Organisations whose status changed are coded by the article's date (fast: hand-built
parses, no spaCy model)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from communique.actors import KnowledgeBase, resolve_article
from communique.actors.kb import DATA_DIR

_ORGS = """# communique actors organisations v1 (test fixture)
entity_id\tnames\tcode\tcountry\tsector
front\tFreedom Front\tARGREB\tARG\tREB
league\tMountain League\tCHLREB\tCHL\tREB
"""
_PERIODS = """# communique actors organisation periods v1 (test fixture)
entity_id\tcode\tstart\tend\tnote
front\tARGREB\t1990\t1999-06-30\t
front\tARGPTY\t1999-07-01\t2009-12-31\t
front\tARGGOV\t2010-01-01\t\t
"""


def _kb(root: Path, periods: str = _PERIODS) -> KnowledgeBase:
    """The real tables with our fixture organisations and periods (no people)."""
    root.mkdir(parents=True)
    for name in ("countries.tsv", "metonyms.tsv", "places.tsv", "groups.tsv", "agents.tsv"):
        shutil.copy(DATA_DIR / name, root / name)
    (root / "organisations.tsv").write_text(_ORGS, encoding="utf-8")
    (root / "organisation_periods.tsv").write_text(periods, encoding="utf-8")
    return KnowledgeBase.load(data_dir=root)


@pytest.fixture
def dated_kb(tmp_path: Path) -> KnowledgeBase:
    return _kb(tmp_path / "data")


def _code(kb: KnowledgeBase, article, spec: str, on: date) -> list[str]:
    [mentions] = resolve_article(article([spec], published=on), kb)
    return [m.actor.code for m in mentions]


_FRONT = "Freedom/PROPN/compound/1 Front/PROPN/nsubj/2 attacked/VERB/ROOT/2 troops/NOUN/dobj/2"


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (date(1995, 3, 1), "ARGREB"),
        (date(1999, 6, 30), "ARGREB"),  # limits are inclusive
        (date(1999, 7, 1), "ARGPTY"),
        (date(2015, 3, 1), "ARGGOV"),  # the open period is still running
        (date(1985, 3, 1), "ARGREB"),  # before every period: the undated row
    ],
)
def test_the_article_date_picks_the_period(dated_kb, article, on, expected) -> None:
    assert _code(dated_kb, article, _FRONT, on) == [expected]


def test_an_organisation_without_periods_keeps_its_code(dated_kb) -> None:
    assert dated_kb.code_for("org:league", date(2002, 1, 1)).code == "CHLREB"
    assert dated_kb.entity("org:front").code == "ARGREB"  # the grammar still sees a rebel


def test_bad_periods_are_skipped_with_a_warning(tmp_path: Path) -> None:
    bad = "front\tARGMIL\t2005\t2001\t\nfront\tARGMIL\t20x5\t\t\nnobody\tARGMIL\t2005\t\t\n"
    kb = _kb(tmp_path / "data", _PERIODS + bad)
    warned = [w for w in kb.warnings if "organisation_periods.tsv" in w]
    assert len(warned) == 3
    assert any("before it starts" in w for w in warned)
    assert any("bad date" in w for w in warned)
    assert any("no organisation org:nobody" in w for w in warned)
    assert kb.code_for("org:front", date(2003, 1, 1)).code == "ARGPTY"


def test_a_rebel_noun_after_a_former_armed_group_names_the_remnant(dated_kb, article) -> None:
    spec = "Freedom/PROPN/compound/1 Front/PROPN/compound/2 rebels/NOUN/nsubj/3 attacked/VERB"
    assert _code(dated_kb, article, spec, date(2003, 5, 1)) == ["ARGREB"]
    party = "Freedom/PROPN/compound/1 Front/PROPN/nsubj/2 attacked/VERB/ROOT/2"
    assert _code(dated_kb, article, party, date(2003, 5, 1)) == ["ARGPTY"]


@pytest.fixture(scope="module")
def builtin_kb() -> KnowledgeBase:
    return KnowledgeBase.load()


# The built-in table: facts of record, checked on dates inside each period.
@pytest.mark.parametrize(
    ("entity_id", "on", "expected"),
    [
        ("org:taliban", date(1998, 6, 1), "AFGGOV"),
        ("org:taliban", date(2010, 6, 1), "AFGREB"),
        ("org:taliban", date(2021, 8, 14), "AFGREB"),
        ("org:taliban", date(2021, 8, 15), "AFGGOV"),
        ("org:hayat-tahrir-al-sham", date(2020, 6, 1), "SYRREB"),
        ("org:hayat-tahrir-al-sham", date(2025, 2, 1), "SYRGOV"),
        ("org:farc", date(2008, 6, 1), "COLREB"),
        ("org:farc", date(2019, 6, 1), "COLPTY"),
        ("org:unita", date(1995, 6, 1), "AGOREB"),
        ("org:unita", date(2012, 6, 1), "AGOPTY"),
        ("org:fsln", date(1985, 6, 1), "NICGOV"),
        ("org:fsln", date(1996, 6, 1), "NICPTY"),
        ("org:fsln", date(2020, 6, 1), "NICGOV"),
    ],
)
def test_builtin_organisation_periods(builtin_kb, entity_id, on, expected) -> None:
    coding = builtin_kb.code_for(entity_id, on)
    assert coding is not None and coding.code == expected


def test_builtin_current_status_without_a_date(builtin_kb) -> None:
    kb = builtin_kb
    assert kb.code_for("org:taliban", None).code == "AFGGOV"
    assert kb.code_for("org:unita", None).code == "AGOPTY"
    assert not [w for w in kb.warnings if "organisation_periods.tsv" in w]
