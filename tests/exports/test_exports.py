from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from export_factories import canonical_frame, make_canonical, make_mention, mention_frame

from communique.analytics.frames import CANONICAL_COLUMNS
from communique.exports import (
    FORMATS,
    GDELT_COLUMNS,
    ICEWS_COLUMNS,
    MENTION_COLUMNS,
    PLOVER_FIELDS,
    export,
    read_gdelt,
    read_icews,
    read_layout,
    stable_int_id,
)
from communique.exports.gdelt import actor_parts, fraction_date
from communique.ontology import load_ontology

URL = "https://example.org/yonhap-story"


@pytest.fixture
def mentions() -> pd.DataFrame:
    joint = {
        "source_code": "JPNGOV",
        "source_country": "JPN",
        "source_name": "Kishida",
        "target_code": "KORGOV",
        "target_country": "KOR",
        "target_name": "Yoon",
        "symmetric": True,
    }
    statement = {
        "source_code": "PRKGOV",
        "source_country": "PRK",
        "target_code": "CHNGOV",
        "target_country": "CHN",
        "modality": "negated",
    }
    return mention_frame(
        make_mention(
            "m1", "c-visit", "042", outlet="Xinhua", published=date(2021, 7, 13), sentence_index=5
        ),
        make_mention(
            "m2",
            "c-visit",
            "042",
            article_id="a-yonhap",
            sentence_index=0,
            sentence="Xi Jinping arrived in Pyongyang on Sunday.",
        ),
        make_mention("m3", "c-statement", "010", **statement),
        make_mention("m4", "c-joint", "057", **joint),
    )


@pytest.fixture
def canonical() -> pd.DataFrame:
    return canonical_frame(
        make_canonical("c-visit", "042", ["m1", "m2"], num_sources=2),
        make_canonical("c-statement", "010", ["m3"], source_code="PRKGOV", source_country="PRK",
                       target_code="CHNGOV", target_country="CHN"),
        make_canonical("c-joint", "057", ["m4"], source_code="KORGOV", source_country="KOR",
                       target_code="JPNGOV", target_country="JPN", symmetric=True),
        make_canonical("c-undated", "112", [], date=None, date_precision=None, date_basis="none",
                       first_reported=None),
    )  # fmt: skip


@pytest.fixture
def articles() -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["a-yonhap"], "url": [URL]})


def _by_id(df: pd.DataFrame, column: str, value: str) -> pd.Series:
    return df.set_index(column).loc[value]


# ------------------------------------------------------------------ ICEWS


def test_icews_round_trip(mentions, canonical, articles, tmp_path: Path) -> None:
    path = tmp_path / "events.tab"
    assert export(mentions, canonical, "icews", path, articles=articles) == 4
    table = read_icews(path)
    assert list(table.columns) == list(ICEWS_COLUMNS)
    visit = _by_id(table, "Event ID", str(stable_int_id("c-visit")))
    onto = load_ontology()
    assert visit["Event Date"] == "2021-07-11"
    assert (visit["Source Name"], visit["Source Sectors"], visit["Source Country"]) == (
        "Government (China)", "Government", "China",
    )  # fmt: skip
    assert visit["Target Country"] == "North Korea"
    assert visit["Event Text"] == onto.cameo("042").name
    assert visit["CAMEO Code"] == "042"
    assert float(visit["Intensity"]) == onto.goldstein("042")
    # story, sentence and publisher come from the first-reported mention (Yonhap, 12 July)
    assert (visit["Story ID"], visit["Sentence Number"], visit["Publisher"]) == (
        "a-yonhap",
        "1",
        "Yonhap",
    )
    for column in ("City", "District", "Province", "Country", "Latitude", "Longitude"):
        assert (table[column] == "").all()
    undated = _by_id(table, "Event ID", str(stable_int_id("c-undated")))
    assert undated["Event Date"] == "" and undated["Story ID"] == ""


def test_icews_one_row_per_mention_without_canonical(mentions, tmp_path: Path) -> None:
    path = tmp_path / "mentions.tab"
    assert export(mentions, None, "icews", path, modalities=None) == len(mentions)
    table = read_icews(path)
    assert set(table["Event ID"]) == {str(stable_int_id(m)) for m in mentions["event_id"]}
    assert set(table["Sentence Number"]) == {"6", "1", "4"}  # sentence_index + 1


def test_events_that_did_not_happen_are_left_out_by_default(
    mentions, canonical, tmp_path: Path
) -> None:
    export(mentions, None, "icews", tmp_path / "m.tab")
    ids = set(read_icews(tmp_path / "m.tab")["Event ID"])
    assert str(stable_int_id("m3")) not in ids and len(ids) == 3  # m3 is negated
    negated = canonical.assign(modality=["asserted", "negated", "asserted", "future"])
    assert export(mentions, negated, "gdelt", tmp_path / "c.tsv") == 2
    assert export(mentions, negated, "gdelt", tmp_path / "c.tsv", modalities=None) == 4
    assert export(mentions, negated, "csv", tmp_path / "c.csv", table="canonical") == 4


# ------------------------------------------------------------------ GDELT


def test_gdelt_round_trip_without_header(mentions, canonical, articles, tmp_path: Path) -> None:
    path = tmp_path / "events.export.CSV"
    export(mentions, canonical, "gdelt", path, articles=articles)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4 and all(len(line.split("\t")) == 61 for line in lines)
    table = read_gdelt(path)
    assert list(table.columns) == list(GDELT_COLUMNS)
    visit = _by_id(table, "GlobalEventID", str(stable_int_id("c-visit")))
    assert (visit["Day"], visit["MonthYear"], visit["Year"]) == ("20210711", "202107", "2021")
    assert float(visit["FractionDate"]) == pytest.approx(2021 + 192 / 365, abs=1e-4)
    assert (visit["Actor1Code"], visit["Actor1Name"], visit["Actor1CountryCode"]) == (
        "CHNGOV",
        "CHINA",
        "CHN",
    )
    assert visit["Actor1Type1Code"] == "GOV" and visit["Actor2CountryCode"] == "PRK"
    assert (visit["EventCode"], visit["EventBaseCode"], visit["EventRootCode"]) == (
        "042",
        "042",
        "04",
    )
    assert visit["IsRootEvent"] == "1"  # one mention is in its article's lead
    assert (visit["NumMentions"], visit["NumSources"], visit["NumArticles"]) == ("2", "2", "2")
    assert visit["AvgTone"] == ""
    assert (table[[c for c in GDELT_COLUMNS if "Geo_" in c]] == "").all().all()
    assert visit["DATEADDED"] == "20210712000000"
    assert visit["SOURCEURL"] == URL
    statement = _by_id(table, "GlobalEventID", str(stable_int_id("c-statement")))
    assert statement["IsRootEvent"] == "0" and statement["SOURCEURL"] == "in/m3.txt"
    undated = _by_id(table, "GlobalEventID", str(stable_int_id("c-undated")))
    assert undated["Day"] == "" and undated["FractionDate"] == ""


def test_gdelt_header_option(mentions, canonical, tmp_path: Path) -> None:
    path = tmp_path / "events.tsv"
    export(mentions, canonical, "gdelt", path, header=True)
    assert path.read_text(encoding="utf-8").splitlines()[0] == "\t".join(GDELT_COLUMNS)
    table = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)
    assert list(table.columns) == list(GDELT_COLUMNS) and len(table) == 4


def test_gdelt_ids_are_stable_integers(mentions, canonical) -> None:
    first, second = io.StringIO(), io.StringIO()
    export(mentions, canonical, "gdelt", first)
    export(mentions, canonical.iloc[::-1], "gdelt", second)
    ids = {line.split("\t")[0] for line in first.getvalue().splitlines()}
    assert ids == {line.split("\t")[0] for line in second.getvalue().splitlines()}
    assert all(0 <= int(i) < 2**53 for i in ids)
    assert stable_int_id("c-visit") == stable_int_id("c-visit") != stable_int_id("c-visiT")


def test_gdelt_per_mention_rows(mentions, tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    assert export(mentions, None, "gdelt", path, modalities=None) == 4
    table = read_gdelt(path)
    assert set(table["NumMentions"]) == {"1"}
    assert _by_id(table, "GlobalEventID", str(stable_int_id("m2")))["IsRootEvent"] == "1"


def test_fraction_date_and_actor_parts() -> None:
    assert fraction_date(date(2021, 12, 31)) == 2022.0
    assert fraction_date(date(2020, 1, 1)) == round(2020 + 1 / 366, 4)
    assert actor_parts("IGOUNO", None) == ("UNO", ["IGO"])
    assert actor_parts("NGOHRIAMN", None) == ("AMN", ["NGO", "HRI"])
    assert actor_parts("PRKGOVMIL", "PRK") == (None, ["GOV", "MIL"])
    assert actor_parts("DNKGRLGOV", "DNKGRL") == (None, ["GOV"])


# ------------------------------------------------------------------ PLOVER


def _plover(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_plover_jsonl_records(mentions, canonical, articles, tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    assert export(mentions, canonical, "plover", path, articles=articles) == 4
    records = {r["id"]: r for r in _plover(path)}
    assert all(list(r) == list(PLOVER_FIELDS) for r in records.values())
    onto = load_ontology()
    visit = records["c-visit"]
    kind, mode = onto.plover("042")
    assert (visit["event_type"], visit["mode"]) == (kind, [mode] if mode else [])
    assert visit["quad_code"] == onto.plover_type(kind).quad_class
    assert visit["event_scale"] == onto.plover_score(kind, mode)
    assert (visit["actor"], visit["actor_country"], visit["actor_sector"]) == (
        "Government (China)",
        "CHN",
        "GOV",
    )
    assert visit["recipient_country"] == "PRK" and visit["date"] == "2021-07-11"
    assert visit["event_text"] == ["Xi Jinping arrived in Pyongyang on Sunday."]
    assert visit["text_info"] == {"sequence": 0, "start": 0, "end": 12, "story_id": "a-yonhap"}
    assert visit["cite_info"]["url"] == URL and visit["cite_info"]["publication"] == "Yonhap"
    assert visit["mentions"] == ["m1", "m2"]
    # CAMEO 01 has no PLOVER type: kept, with a null type
    assert (
        records["c-statement"]["event_type"] is None and records["c-statement"]["quad_code"] is None
    )
    assert records["c-undated"]["date"] is None


def test_plover_takes_names_from_a_mention_stored_the_other_way_round(
    mentions, canonical, tmp_path: Path
) -> None:
    path = tmp_path / "events.jsonl"
    export(mentions, canonical, "plover", path)
    joint = {r["id"]: r for r in _plover(path)}["c-joint"]
    assert (joint["actor_code"], joint["actor_text"]) == ("KORGOV", "Yoon")
    assert (joint["recipient_code"], joint["recipient_text"]) == ("JPNGOV", "Kishida")
    assert joint["symmetric"] is True


def test_plover_drop_unmapped_and_array(mentions, canonical, tmp_path: Path) -> None:
    path = tmp_path / "events.json"
    assert export(mentions, canonical, "plover", path, drop_unmapped=True) == 3
    records = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(records, list) and {r["id"] for r in records} == {
        "c-visit",
        "c-joint",
        "c-undated",
    }


def test_plover_mention_modality_becomes_a_special_context(mentions, tmp_path: Path) -> None:
    path = tmp_path / "m.jsonl"
    export(mentions, None, "plover", path, modalities=None)
    statement = {r["id"]: r for r in _plover(path)}["m3"]
    assert "negation" in statement["context"]


# ------------------------------------------------------------------ own layouts


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_mention_table_round_trip(mentions, fmt: str, tmp_path: Path) -> None:
    path = tmp_path / f"mentions.{fmt}"
    assert export(mentions, None, fmt, path) == 4
    table = read_layout(path, fmt)
    assert list(table.columns) == list(MENTION_COLUMNS)
    assert len(table) == 4
    assert set(table["cameo"]) == {"042", "010", "057"}  # leading zeros survive
    first = table.set_index("event_id").loc["m2"]
    if fmt == "parquet":
        assert first["date"] == date(2021, 7, 11)
    else:
        assert str(first["date"])[:10] == "2021-07-11"


def test_csv_and_jsonl_write_iso_dates(mentions, tmp_path: Path) -> None:
    export(mentions, None, "csv", tmp_path / "m.csv")
    export(mentions, None, "jsonl", tmp_path / "m.jsonl")
    raw = pd.read_csv(tmp_path / "m.csv", dtype=str)
    assert raw["date"].iloc[0] == "2021-07-11" and raw["published"].iloc[0] == "2021-07-13"
    record = json.loads((tmp_path / "m.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert record["date"] == "2021-07-11" and record["plover_score"] is None


def test_parquet_keeps_types(mentions, tmp_path: Path) -> None:
    export(mentions, None, "parquet", tmp_path / "m.parquet")
    schema = pq.read_schema(tmp_path / "m.parquet")
    assert schema.field("date").type == pa.date32()
    assert schema.field("symmetric").type == pa.bool_()


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_canonical_table_round_trip(mentions, canonical, fmt: str, tmp_path: Path) -> None:
    path = tmp_path / f"canonical.{fmt}"
    assert export(mentions, canonical, fmt, path, table="canonical") == 4
    table = read_layout(path, fmt)
    assert list(table.columns) == list(CANONICAL_COLUMNS)
    ids = table.set_index("cluster_id").loc["c-visit", "mention_ids"]
    ids = json.loads(ids) if fmt == "csv" else list(ids)
    assert ids == ["m1", "m2"]


def test_extra_columns_follow_the_documented_ones(mentions, tmp_path: Path) -> None:
    export(mentions.assign(note="x"), None, "csv", tmp_path / "m.csv")
    columns = list(pd.read_csv(tmp_path / "m.csv").columns)
    assert columns == [*MENTION_COLUMNS, "note"]


def test_pyarrow_tables_are_accepted(mentions, canonical, tmp_path: Path) -> None:
    path = tmp_path / "e.tab"
    export(pa.Table.from_pandas(mentions), pa.Table.from_pandas(canonical), "icews", path)
    assert len(read_icews(path)) == 4


# ------------------------------------------------------------------ errors


def test_every_format_is_listed() -> None:
    assert FORMATS == ("icews", "gdelt", "plover", "jsonl", "csv", "parquet")


def test_bad_requests_are_refused_clearly(mentions, canonical, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="'acled'"):
        export(mentions, canonical, "acled", tmp_path / "x")
    with pytest.raises(ValueError, match="goldstein"):
        export(mentions.drop(columns=["goldstein"]), None, "gdelt", tmp_path / "x")
    with pytest.raises(ValueError, match="no canonical events"):
        export(mentions, None, "csv", tmp_path / "x", table="canonical")
