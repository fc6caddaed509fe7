"""Reading PETRARCH actor and agent dictionaries (our own fixtures, plus the published
validation dictionaries when they are available)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from communique.actors import KnowledgeBase, load_extra, load_petrarch
from communique.actors.petrarch import parse_code_block, parse_date
from communique.errors import DictionaryError

VALIDATION = Path("/work/shared/eval/petr_validate_dictionaries/universalpetrarch")

ACTORS = """\
<!-- test actors: written for communique
     spanning two lines -->
FREEDONIA_  [FRD]  # default code
+FREEDONIAN
+FREEDONIANS_
SYLVANIA [SYL] ; legacy comment
RUFUS_T._FIREFLY
+FIREFLY_THE_LEADER
\t[FRDELI < 330101]
\t[FRDGOV 19330101 - 19331231]
\t[FRDREB >340101]
CHICOLINI [---]
THE_TWO_REPUBLICS [FRD/SYL]
AMBASSADOR_TRENTINO
\t[SYLGOV]
\t[9999-1234]
"""

AGENTS = """\
<!-- agents -->
!CLERK! = CLERK, CLERKS, SCRIBE
MINISTRY_OF_!CLERK! [~GOV]
WAR_MINISTER [~MIL] # plural generated
PEACE_BODY {} [NGO~]
GOLDEN_MOOSE {GOLDEN_MEESE} [ ~BUS]
!UNDEFINED!_HALL [~GOV]
BROKEN ENTRY WITHOUT CODE
"""


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    a, g = tmp_path / "test.actors.txt", tmp_path / "test.agents.txt"
    a.write_text(ACTORS, encoding="utf-8")
    g.write_text(AGENTS, encoding="utf-8")
    return a, g


def test_dates() -> None:
    assert parse_date("950601") == date(1995, 6, 1)
    assert parse_date("120101") == date(2012, 1, 1)
    assert parse_date("20121109") == date(2012, 11, 9)
    assert parse_code_block("HOB < 950601") == ("HOB", None, date(1995, 6, 1), True)
    assert parse_code_block("HOBREB >990816")[1:] == (date(1999, 8, 16), None, True)
    # the range includes its last day; roles are half-open, so the end is the day after
    assert parse_code_block("X 20100109-20100112")[1:3] == (date(2010, 1, 9), date(2010, 1, 13))
    with pytest.raises(ValueError):
        parse_code_block("950601-990815")
    with pytest.raises(ValueError):
        parse_code_block("ABC 2010")


def test_actor_records(files: tuple[Path, Path]) -> None:
    warnings: list[str] = []
    ents = {e.names[0]: e for e in load_petrarch(files[0], None, warnings=warnings)}
    assert set(ents) == {
        "FREEDONIA", "SYLVANIA", "RUFUS T. FIREFLY", "CHICOLINI", "THE TWO REPUBLICS",
        "AMBASSADOR TRENTINO",
    }  # fmt: skip
    assert ents["FREEDONIA"].names == ("FREEDONIA", "FREEDONIAN", "FREEDONIANS")
    assert ents["FREEDONIA"].code == "FRD" and ents["FREEDONIA"].fold_case
    firefly = ents["RUFUS T. FIREFLY"]
    assert firefly.kind == "person" and firefly.code is None
    assert [r.code for r in firefly.roles] == ["FRDELI", "FRDGOV", "FRDREB"]
    assert firefly.roles[1].start == date(1933, 1, 1) and firefly.roles[1].end == date(1934, 1, 1)
    assert ents["CHICOLINI"].code == "---"
    assert ents["THE TWO REPUBLICS"].code == "FRD/SYL"
    # an indented code without dates is the default code
    assert ents["AMBASSADOR TRENTINO"].code == "SYLGOV"
    # the malformed block is reported with its line number
    assert len(warnings) == 1 and ":16:" in warnings[0]


def test_date_restricted_codes_follow_the_date(files: tuple[Path, Path]) -> None:
    kb = KnowledgeBase.from_entities(load_petrarch(files[0], None))
    eid = next(e.entity_id for e in kb if e.names[0] == "RUFUS T. FIREFLY")
    assert kb.code_for(eid, date(1932, 5, 1)).code == "FRDELI"
    assert kb.code_for(eid, date(1933, 5, 1)).code == "FRDGOV"
    assert kb.code_for(eid, date(1935, 5, 1)).code == "FRDREB"
    null = next(e.entity_id for e in kb if e.names[0] == "CHICOLINI")
    assert kb.code_for(null, date(1933, 5, 1)) is None


def test_agent_records(files: tuple[Path, Path]) -> None:
    warnings: list[str] = []
    ents = load_petrarch(None, files[1], warnings=warnings)
    by_first = {e.names[0]: e for e in ents}
    ministry = by_first["MINISTRY OF CLERK"]
    assert ministry.names == ("MINISTRY OF CLERK", "MINISTRY OF CLERKS", "MINISTRY OF SCRIBE")
    assert by_first["PEACE BODY"].code == "NGO~" and by_first["PEACE BODY"].sector == "NGO"
    assert by_first["GOLDEN MOOSE"].names == ("GOLDEN MOOSE", "GOLDEN MEESE")
    assert by_first["GOLDEN MOOSE"].code == "~BUS"
    assert all(e.kind == "agent" for e in ents)
    assert len(warnings) == 2
    assert any("!UNDEFINED!" in w for w in warnings)
    assert any("BROKEN ENTRY" in w for w in warnings)


def test_load_extra_detects_the_format(files: tuple[Path, Path], tmp_path: Path) -> None:
    assert {e.kind for e in load_extra(files[1])} == {"agent"}
    assert "agent" not in {e.kind for e in load_extra(files[0])}
    verbs = tmp_path / "x.verbs.txt"
    verbs.write_text("--- GRANT   [070] ---\nGIVE\n- * DOLLARS [071]\n")
    with pytest.raises(DictionaryError, match="verb dictionary"):
        load_extra(verbs)
    with pytest.raises(DictionaryError, match="cannot read"):
        load_extra(tmp_path / "missing.txt")


@pytest.mark.skipif(not VALIDATION.exists(), reason="PETRARCH validation dictionaries absent")
def test_validation_dictionaries_load() -> None:
    warnings: list[str] = []
    ents = load_petrarch(
        VALIDATION / "PETR.Validate.actors.txt",
        VALIDATION / "PETR.Validate.agents.txt",
        warnings=warnings,
    )
    actors = {n: e for e in ents if e.kind != "agent" for n in e.names}
    agents = {n: e for e in ents if e.kind == "agent" for n in e.names}
    assert actors["ARNOR"].code == "ARN"
    assert actors["SMEAGOL"] is actors["GOLLUM"] and len(actors["GOLLUM"].roles) == 3
    assert actors["INTERPOL"].code == "IGOCOPITP"
    assert actors["LORIEN"].code == "ELR/GAL"
    assert "MINISTRY OF SILLY WALKS" in agents and "CONGRESSWOMEN" in agents
    assert agents["FOREIGN MINISTER"].sector == "GOVFRM"
    assert agents["HUMAN RIGHTS ORGANIZATION"].code == "NGO~"
    kb = KnowledgeBase.from_entities(ents)
    sam = actors["SAM GAMGEE"].entity_id
    # the narrower restriction listed first overrides the wider one around it
    assert kb.code_for(sam, date(2010, 1, 10)).code == "ORCHOB"
    assert kb.code_for(sam, date(2009, 1, 1)).code == "HOBMIL"
    assert kb.code_for(sam, date(2014, 1, 1)).code == "HOBELI"


def test_windows_line_ends_spaced_comments_and_odd_spacing(tmp_path: Path) -> None:
    actors = tmp_path / "crlf.actors.txt"
    actors.write_bytes(
        b"<! -- an old-style comment\r\n still a comment -->\r\n"
        b"MARSOVIA  [mrs]  \r\n+MARSOVIAN\r\nTHE_COUNCIL  [+++]\r\n"
        b"LUXOR\r\n\t[LXR]\t# late code\r\n"
    )
    agents = tmp_path / "crlf.agents.txt"
    agents.write_bytes(
        b"!FOLK! = MAN, MEN, WOMAN\r\nGUARD!FOLK! [  ~MIL]\r\nHARBOUR_POLICE {} [ ~COP]\r\n"
    )
    warnings: list[str] = []
    ents = load_petrarch(actors, agents, warnings=warnings)
    assert warnings == []
    by = {n: e for e in ents for n in e.names}
    assert by["MARSOVIAN"].code == "MRS"  # codes are case-blind
    assert by["THE COUNCIL"].code == "+++"
    assert by["LUXOR"].code == "LXR"  # a code on its own indented line is the default
    assert {"GUARDMAN", "GUARDMEN", "GUARDWOMAN"} <= set(by)
    assert by["GUARDMAN"].code == "~MIL" and by["HARBOUR POLICE"].code == "~COP"
    kb = KnowledgeBase.from_entities(ents)
    assert kb.code_for(by["THE COUNCIL"].entity_id, date(2000, 1, 1)) is None
