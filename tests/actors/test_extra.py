"""communique's own JSON Lines actor format."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from communique.actors import KnowledgeBase, entity_from_json, entity_to_json, load_extra
from communique.actors.tables import RowError

GOOD = [
    {
        "id": "person:kim-song",
        "kind": "person",
        "names": ["Kim Song"],
        "roles": [
            {"country": "PRK", "sector": "GOV", "title": "ambassador to the UN", "start": "2014-09"}
        ],
    },
    {"id": "rodong", "names": ["Rodong Sinmun"], "code": "PRKMED"},
    {"kind": "metonym", "names": ["Ryongsong"], "code": "PRKGOV"},
    {"kind": "agent", "names": ["border commission"], "sector": "GOV", "agent_kind": "group"},
]


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "mine.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_reads_each_kind(tmp_path: Path) -> None:
    ents = load_extra(_write(tmp_path, [json.dumps(o) for o in GOOD]))
    by_id = {e.entity_id: e for e in ents}
    assert set(by_id) == {
        "person:kim-song", "org:rodong", "metonym:ryongsong", "agent:border-commission",
    }  # fmt: skip
    kim = by_id["person:kim-song"]
    assert kim.roles[0].start == date(2014, 9, 1) and kim.roles[0].end is None
    assert by_id["org:rodong"].country == "PRK" and by_id["org:rodong"].sector == "MED"
    assert by_id["agent:border-commission"].code == "~GOV"


def test_bad_lines_are_reported_and_the_rest_loads(tmp_path: Path) -> None:
    lines = [
        json.dumps(GOOD[1]),
        "{not json",
        json.dumps({"names": []}),
        json.dumps({"kind": "planet", "names": ["Mars"], "code": "MRS"}),
        json.dumps({"names": ["X"], "roles": [{"country": "FRA", "start": "2020-02-30"}]}),
        json.dumps({"names": ["Y"], "roles": [{"country": "FRA", "start": "2021", "end": "2020"}]}),
        json.dumps({"kind": "agent", "names": ["z"]}),
        "",
        "# a comment",
        json.dumps(["a list"]),
    ]
    warnings: list[str] = []
    ents = load_extra(_write(tmp_path, lines), warnings=warnings)
    assert [e.entity_id for e in ents] == ["org:rodong"]
    assert [int(w.split(":")[1]) for w in warnings] == [2, 3, 4, 5, 6, 7, 10]
    assert "planet" in warnings[2] and "2020-02-30" in warnings[3] and "sector" in warnings[5]


def test_round_trip() -> None:
    for obj in GOOD:
        e = entity_from_json(obj)
        assert entity_from_json(entity_to_json(e)) == e


def test_igo_roles_have_no_country() -> None:
    e = entity_from_json(
        {
            "names": ["Ann Official"],
            "roles": [{"country": "IGO", "sector": "UNO", "title": "envoy"}],
        }
    )
    kb = KnowledgeBase.from_entities([e])
    c = kb.code_for(e.entity_id, date(2020, 1, 1))
    assert c.code == "IGOUNO" and c.country is None


def test_person_needs_roles_or_code() -> None:
    with pytest.raises(RowError):
        entity_from_json({"kind": "person", "names": ["Nobody"]})
