"""Phrases naming several actors at once, and PETRARCH actors lending their codes to agents
(hand-built parses: fast, no spaCy model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.actors import KnowledgeBase, resolve_article
from communique.actors.coordination import has_sector
from communique.types import ActorMention


def _one_sentence(kb: KnowledgeBase, parsed) -> list[ActorMention]:
    [ms] = resolve_article(parsed, kb)
    return list(ms)


def _codes(ms: list[ActorMention]) -> list[str]:
    return [m.actor.code for m in ms]


def _spans(ms: list[ActorMention]) -> set[str]:
    return {m.actor.name for m in ms}


def test_agent_of_a_country_list_codes_every_country(kb, article) -> None:
    ms = _one_sentence(
        kb, article(["the envoys/NOUN of France , Germany and Italy arrived/VERB in Cairo"])
    )
    assert sorted(_codes(ms)[:3]) == ["DEUGOV", "FRAGOV", "ITAGOV"]
    # one mention per country over the whole phrase, so the event coder sees all three
    assert _spans(ms[:3]) == {"envoys of France , Germany and Italy"}


def test_list_stops_before_a_possessive(kb, article) -> None:
    ms = _one_sentence(
        kb, article(["diplomats/NOUN of France and Germany 's/PART foreign/ADJ minister spoke"])
    )
    assert _codes(ms)[0] == "FRAGOV"
    assert "DEUGOV" not in _codes(ms)[:1]
    assert ms[0].actor.name == "diplomats of France"


def test_coordinated_agents_share_the_country(kb, article) -> None:
    ms = _one_sentence(kb, article(["Israeli/ADJ police and soldiers/NOUN raided/VERB a camp"]))
    assert sorted(_codes(ms)) == ["ISRCOP", "ISRMIL"]


def test_agents_and_countries_multiply(kb, article) -> None:
    spec = (
        "Lawmakers/NOUN/nsubj/7 and/CCONJ/cc/0 officials/NOUN/conj/0 in/ADP/prep/0"
        " Japan/PROPN/pobj/3 and/CCONJ/cc/4 India/PROPN/conj/4 welcomed/VERB/ROOT/7 the deal"
    )
    ms = _one_sentence(kb, article([spec]))
    assert sorted(_codes(ms)) == ["INDGOV", "INDLEG", "JPNGOV", "JPNLEG"]


def test_a_title_does_not_join_a_coordination(kb, article) -> None:
    # "the minister and President X": two different actors, never one group
    spec = "Chinese/ADJ officials/NOUN and President/PROPN Xi/PROPN Jinping/PROPN met/VERB"
    ms = _one_sentence(kb, article([spec]))
    assert _codes(ms)[0] == "CHNGOV" and ms[0].actor.name == "Chinese officials"


def test_in_names_the_home_only_when_attached_to_the_agent(kb, article) -> None:
    attached = "activists/NOUN/nsubj/3 in/ADP/prep/0 Chile/PROPN/pobj/1 marched/VERB/ROOT/3"
    [m] = _one_sentence(kb, article([attached]))
    assert m.actor.code == "CHLOPP"
    elsewhere = (
        "police/NOUN/nsubj/1 detained/VERB/ROOT/1 students/NOUN/dobj/1 in/ADP/prep/1"
        " Santiago/PROPN/pobj/3"
    )
    codes = _codes(_one_sentence(kb, article([elsewhere])))
    assert "CHLEDU" not in codes


def test_troops_in_a_country_are_not_assumed_to_be_its_own(kb, article) -> None:
    spec = "troops/NOUN/nsubj/3 in/ADP/prep/0 Mali/PROPN/pobj/1 withdrew/VERB/ROOT/3"
    assert "MLIMIL" not in _codes(_one_sentence(kb, article([spec])))
    spec = "soldiers/NOUN/nsubj/3 from/ADP/prep/0 Chad/PROPN/pobj/1 withdrew/VERB/ROOT/3"
    assert _codes(_one_sentence(kb, article([spec]))) == ["TCDMIL"]


ACTORS = """\
FREEDONIA [FRD]
+FREEDONIAN
CAPITOL_HILL [FRDLEG]
OPEN_HANDS [NGM]
"""

AGENTS = """\
POLICE {} [~COP]
LAWMAKER [~LEG]
ACTIVIST [~OPP]
RELIEF_CORPS [NGO~]
MSF {} [NGO~]
"""


ORGS = """\
# communique actors organisations v1 (test fixture)
entity_id\tnames\tcode\tcountry\tsector
msf\tMSF|Doctors Without Borders\tNGOHLH\t\tNGO
"""


@pytest.fixture
def petrarch_kb(make_kb, tmp_path: Path) -> KnowledgeBase:
    actors, agents = tmp_path / "t.actors.txt", tmp_path / "t.agents.txt"
    actors.write_text(ACTORS, encoding="utf-8")
    agents.write_text(AGENTS, encoding="utf-8")
    return make_kb(organisations=ORGS, extra=[actors, agents])


def test_dictionary_actor_lends_its_code_to_an_agent(petrarch_kb, article) -> None:
    ms = _one_sentence(petrarch_kb, article(["Freedonian/ADJ police/NOUN raided/VERB a bank"]))
    assert _codes(ms) == ["FRDCOP"]
    ms = _one_sentence(petrarch_kb, article(["Open Hands activists/NOUN protested/VERB"]))
    assert _codes(ms) == ["NGMOPP"] and ms[0].actor.country is None


def test_a_sector_the_code_already_has_is_not_added_twice(petrarch_kb, article) -> None:
    ms = _one_sentence(petrarch_kb, article(["Capitol Hill lawmakers/NOUN objected/VERB"]))
    assert _codes(ms) == ["FRDLEG"]
    assert has_sector("USAGOV", "GOV") and not has_sector("GOVUSA", "GOV")


def test_prefixed_agent_before_a_country_names_its_branch(petrarch_kb, article) -> None:
    ms = _one_sentence(petrarch_kb, article(["Relief Corps Freedonia said/VERB"]))
    assert _codes(ms) == ["NGOFRD"]
    ms = _one_sentence(petrarch_kb, article(["a Relief Corps Freedonia lawmaker/NOUN said/VERB"]))
    assert _codes(ms) == ["NGOFRDLEG"]


def test_user_agent_replaces_a_builtin_name(petrarch_kb, make_kb, article) -> None:
    # the built-in knowledge base knows MSF as an organisation; the user's file says agent
    builtin = _codes(_one_sentence(make_kb(organisations=ORGS), article(["MSF said/VERB"])))
    assert builtin == ["NGOHLH"]
    assert _codes(_one_sentence(petrarch_kb, article(["MSF Freedonia said/VERB"]))) == ["NGOFRD"]


def test_bracketed_abbreviation_is_the_same_actor(kb, article) -> None:
    ms = _one_sentence(kb, article(["Chile and the United Nations ( UN ) signed/VERB an accord"]))
    assert _codes(ms) == ["CHL", "IGOUNO"]
    assert ms[1].actor.name == "United Nations ( UN"


def test_bracketed_word_that_is_no_abbreviation_stays_apart(kb, article) -> None:
    ms = _one_sentence(kb, article(["Chile ( with Peru ) signed/VERB an accord"]))
    assert _codes(ms) == ["CHL", "PER"]


def test_coordinated_modifiers_before_an_agent(kb, article) -> None:
    spec = "Japan 's/PART senior/ADJ and/CCONJ junior/ADJ officials/NOUN met/VERB"
    [m] = _one_sentence(kb, article([spec]))
    assert m.actor.code == "JPNGOV" and m.actor.name.endswith("officials")


def test_a_diplomatic_post_in_a_country_belongs_elsewhere(kb, article) -> None:
    spec = "its/PRON embassy/NOUN/dobj in/ADP/prep/1 Tehran/PROPN/pobj/2"
    assert "IRNGOV" not in _codes(_one_sentence(kb, article([spec])))
