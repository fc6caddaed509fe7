"""Ethnic and religious communities as actors, and the non-state armed groups and movements
of ``organisations.tsv`` (hand-built parses: fast, no spaCy model)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from communique.actors import KnowledgeBase, resolve_article
from communique.actors.groups import group_coding
from communique.actors.kb import DATA_DIR
from communique.types import ActorMention


def _mentions(kb: KnowledgeBase, parsed) -> list[ActorMention]:
    [ms] = resolve_article(parsed, kb)
    return list(ms)


def _codes(kb: KnowledgeBase, parsed) -> list[str]:
    return [m.actor.code for m in _mentions(kb, parsed)]


def test_community_of_a_named_state(kb, article) -> None:
    spec = "Iraqi/ADJ Kurds/PROPN/nsubj rallied/VERB against/ADP Turkey"
    assert _codes(kb, article([spec])) == ["IRQCVLKUR", "TUR"]


def test_possessive_state_of_a_community(kb, article) -> None:
    spec = "Syria/PROPN 's/PART Druze/PROPN/nsubj protested/VERB"
    ms = _mentions(kb, article([spec]))
    assert [m.actor.code for m in ms] == ["SYRCVLMOSDRZ"]
    assert ms[0].actor.country == "SYR" and ms[0].actor.sector == "CVL"


def test_single_home_gives_the_country(kb, article) -> None:
    spec = "Yoruba/PROPN leaders/NOUN/nsubj condemned/VERB the attack"
    # leaders of a community are its elites, never the state's head of government
    assert _codes(kb, article([spec])) == ["NGAELIYRB"]


def test_agent_noun_gives_the_sector(kb, article) -> None:
    spec = "Uighur/ADJ activists/NOUN/nsubj urged/VERB restraint"
    assert _codes(kb, article([spec])) == ["CHNOPPUIG"]


def test_community_in_a_country(kb, article) -> None:
    spec = "Kurds/PROPN/nsubj/4 in/ADP/prep/0 northern/ADJ Syria/PROPN/pobj/1 welcomed/VERB/ROOT/4"
    assert _codes(kb, article([spec])) == ["SYRCVLKUR"]


def test_article_about_one_home_decides_the_country(kb, article) -> None:
    parsed = article(
        [
            "Turkey/PROPN/nsubj/1 extended/VERB a curfew in the southeast",
            "Kurdish/ADJ rebels/NOUN/nsubj ambushed/VERB a convoy",
        ]
    )
    second = resolve_article(parsed, kb)[1]
    assert [m.actor.code for m in second] == ["TURREBKUR"]


def test_no_home_named_codes_the_community_first(kb, article) -> None:
    spec = "Kurdish/ADJ rebels/NOUN/nsubj ambushed/VERB a convoy"
    ms = _mentions(kb, article([spec]))
    assert [m.actor.code for m in ms] == ["KURREB"]
    assert ms[0].actor.country is None


def test_world_religion_needs_a_country(kb, article) -> None:
    assert _codes(kb, article(["Egyptian/ADJ Christians/PROPN/nsubj protested/VERB"])) == [
        "EGYCVLCHR"
    ]
    # no state named: the community is not coded, but the agent after it still is
    assert _codes(kb, article(["Sunni/PROPN insurgents/NOUN/nsubj attacked/VERB"])) == ["REB"]


def test_adjective_describing_a_thing_is_no_actor(kb, article) -> None:
    assert _codes(kb, article(["the Kurdish/ADJ region/NOUN voted/VERB"])) == []
    assert _codes(kb, article(["the Yoruba/PROPN language/NOUN is/VERB old"])) == []


def test_noun_form_followed_by_a_verb_is_the_community(kb, article) -> None:
    spec = "the Kurds/PROPN/nsubj fear/VERB government/NOUN reprisals/NOUN"
    assert _codes(kb, article([spec])) == ["KURCVL"]


def test_community_name_inside_a_longer_place_name_is_blocked(kb, article) -> None:
    assert _codes(kb, article(["Tamil/PROPN Nodu/PROPN farmers/NOUN protested/VERB"])) == []


def test_palestinian_youths_are_civilians(kb, article) -> None:
    spec = "Palestinian/ADJ youths/NOUN/nsubj threw/VERB stones"
    assert _codes(kb, article([spec])) == ["PSECVL"]


def test_group_coding_rules() -> None:
    assert group_coding("IRQ", "CVL", "KUR", True).code == "IRQCVLKUR"
    assert group_coding(None, "REB", "KUR", True).code == "KURREB"
    assert group_coding(None, "CVL", "MOS", False) is None
    assert group_coding(None, "CVL", "", True) is None


# ----------------------------------------------------------------- the built-in tables


@pytest.fixture(scope="module")
def real_kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Muslim Brotherhood", "EGYOPP"),
        ("Boko Haram", "NGAREB"),
        ("al-Shabaab", "SOMREB"),
        ("M23", "CODREB"),
        ("Tamil Tigers", "LKAREB"),
        ("Kurdistan Regional Government", "IRQGOV"),
        ("Houthis", "YEMREB"),
        ("Hezbollah", "LBNREB"),
        ("Hamas", "PSEREB"),
        ("Wagner Group", "RUSUAF"),
        ("Rapid Support Forces", "SDNREB"),
        ("ISIL", "IMGMOSISI"),
    ],
)
def test_armed_groups_and_movements(real_kb: KnowledgeBase, name: str, code: str) -> None:
    e = real_kb.lookup(name)
    assert e is not None and e.code == code


def test_groups_table_rows_are_well_formed() -> None:
    path = DATA_DIR / "groups.tsv"
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if not x.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    countries = _country_codes(DATA_DIR / "countries.tsv")
    assert rows
    for row in rows:
        homes = [h for h in row["homes"].split("|") if h]
        assert row["names"], row
        assert row["code"] or homes, row  # coded somehow
        assert all(h in countries for h in homes), row
        assert row["code"] == row["code"].upper(), row


def test_every_group_loads(real_kb: KnowledgeBase) -> None:
    groups = [e for e in real_kb if e.kind == "group"]
    assert len(groups) >= 20
    assert not [w for w in real_kb.warnings if "groups.tsv" in w]


def _country_codes(path: Path) -> set[str]:
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if not x.startswith("#")]
    return {row["code"] for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)}


def test_user_file_adds_a_community(make_kb, article, tmp_path: Path) -> None:
    extra = tmp_path / "mine.jsonl"
    extra.write_text(
        '{"kind": "group", "names": ["Ainu"], "adjectives": ["Ainu"], "homes": ["JPN"]}\n'
        '{"kind": "group", "names": ["Nobody"]}\n',
        encoding="utf-8",
    )
    kb = make_kb(extra=[extra])
    assert any("needs a 'code' or 'homes'" in w for w in kb.warnings)
    spec = "Ainu/PROPN activists/NOUN/nsubj protested/VERB"
    assert _codes(kb, article([spec])) == ["JPNOPP"]
