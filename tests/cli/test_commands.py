"""End-to-end tests of the command line and the Python API on the bundled sample corpus.

One demo database is built per session (parsing 24 articles takes a few seconds) and every
read-only command is run against it, checking what a newcomer would see.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from communique.cli import app

pytestmark = pytest.mark.slow
runner = CliRunner()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    result = runner.invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_demo_summarises_store(demo_db: Path) -> None:
    out = runner.invoke(app, ["demo", "--db", str(demo_db)]).output  # second run: all known
    assert "skipped as known" in out
    assert re.search(r"skipped as known\s*│\s*24", out)
    assert "outlets" in out and "Yonhap" in out


def test_articles_list_and_show(demo_db: Path) -> None:
    rows = [json.loads(line) for line in _run("articles", "--db", str(demo_db), "--format",
                                               "jsonl").splitlines() if line.strip()]  # fmt: skip
    assert len(rows) == 24
    assert {"article_id", "article_path", "title", "outlet", "published", "dateline",
            "n_removed"} <= set(rows[0])  # fmt: skip
    undated = [r for r in rows if r["published"] is None]
    assert undated, "the sample corpus has an article without a date"
    shown = _run("articles", "show", rows[0]["article_id"][:10], "--db", str(demo_db))
    assert "cleaning log" in shown


def test_events_filters_and_formats(demo_db: Path, tmp_path: Path) -> None:
    out = _run("events", "--db", str(demo_db), "--dyad", "CHN,PRK", "--format", "jsonl")
    events = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert events
    assert all({e["source_country"], e["target_country"]} == {"CHN", "PRK"} for e in events)
    assert all(e["sentence"] and e["coder"] == "rule.v1" for e in events)
    target = tmp_path / "events.parquet"
    _run("events", "--db", str(demo_db), "--cameo", "16", "--format", "parquet",
         "--out", str(target))  # fmt: skip
    frame = pd.read_parquet(target)
    assert len(frame) > 0 and frame["cameo"].str.startswith("16").all()


def test_bad_option_is_a_usage_error(demo_db: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(demo_db), "--since", "yesterday"])
    assert result.exit_code == 2


def test_ingest_reports_bad_files_and_keeps_good_ones(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text(
        "Seoul protests Tokyo claim\n\nSEOUL, July 12 (Yonhap) -- South Korea on Friday lodged "
        "a strong protest with Japan over its claim to the islets, the ministry said.\n",
        encoding="utf-8",
    )
    (corpus / "bad.bin").write_bytes(b"\x00\x01binary")
    (corpus / "broken.jsonl").write_text('{"title": "no text"}\n', encoding="utf-8")
    db = tmp_path / "t.duckdb"
    result = runner.invoke(
        app, ["ingest", str(corpus), "--db", str(db), "--published", "2024-07-12"]
    )
    assert result.exit_code == 1, result.output
    assert "bad.bin" in result.output and "broken.jsonl" in result.output
    assert re.search(r"stored\s*│\s*1", result.output)


def test_code_prints_events_as_json() -> None:
    out = _run(
        "code",
        "TOKYO, March 9 (Kyodo) -- Japanese Prime Minister Shinzo Abe said on Monday he had "
        "sent a letter to South Korean President Moon Jae-in, pledging to strengthen ties.",
        "--published",
        "2020-03-09",
    )
    payload = json.loads(out)
    assert payload["dateline"] == "TOKYO"
    letter = [e for e in payload["events"] if e["source_country"] == "JPN"]
    assert letter and letter[0]["target_country"] == "KOR"
    assert letter[0]["cameo_root"] == "03"


def test_code_table_shows_dyad_codes_and_evidence() -> None:
    out = _run(
        "code",
        "SEOUL, June 3 (Yonhap) -- North Korea on Tuesday condemned the joint drills by "
        "South Korea and the United States as a rehearsal for invasion.",
        "--published",
        "2025-06-03",
        "--format",
        "table",
    )
    assert "PRK" in out and "111" in out and "2025-06-03" in out
    assert "condemned" in out  # the evidence sentence is shown


def test_code_rejects_unknown_format() -> None:
    result = runner.invoke(app, ["code", "x", "--format", "xml"])
    assert result.exit_code == 2
    assert "unknown format" in result.output


def test_timeline_dyad_actors_export(demo_db: Path, tmp_path: Path) -> None:
    timeline = _run("timeline", "CHN", "PRK", "--db", str(demo_db))
    assert "2021-07-11" in timeline and "“" in timeline
    plot = tmp_path / "dyad.png"
    _run("dyad", "CHN", "PRK", "--by", "year", "--db", str(demo_db), "--plot", str(plot))
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "strongest dyads" in _run("actors", "--db", str(demo_db), "--top", "5")
    for fmt in ("icews", "gdelt", "plover", "csv"):
        out = tmp_path / f"export.{fmt}"
        _run("export", "--format", fmt, "--out", str(out), "--db", str(demo_db))
        assert out.stat().st_size > 0


def test_python_api_readme_example(demo_db: Path) -> None:
    import communique

    events = communique.code(
        "SEOUL, July 11 (Yonhap) -- North Korean leader Kim Jong-un and Chinese President "
        "Xi Jinping exchanged messages on Sunday, pledging to strengthen their alliance.",
        published=date(2021, 7, 11),
    )
    assert {(e.source_country, e.target_country) for e in events} >= {("PRK", "CHN")}
    assert all(e.date == date(2021, 7, 11) for e in events)
    db = communique.open(demo_db, read_only=True)
    try:
        mentions = db.events(dyad=("CHN", "PRK"))
        canonical = db.canonical_events()
        series = db.dyad("CHN", "PRK", by="month")
    finally:
        db.close()
    assert isinstance(mentions, pd.DataFrame) and len(mentions) > 0
    assert mentions["cluster_id"].notna().all()
    assert (canonical["num_sources"] >= 2).any()
    assert {"period", "n_events", "goldstein_sum", "goldstein_mean"} <= set(series.columns)


def test_readme_python_example_runs_as_written(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's Python block, executed verbatim next to a demo database."""
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Python API", 1)[1].split("```python", 1)[1].split("```", 1)[0]
    (tmp_path / "communique.duckdb").write_bytes(demo_db.read_bytes())
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(block, "README.md", "exec"), namespace)
    db = namespace["db"]
    try:
        assert len(db.events(dyad=("CHN", "PRK"))) > 0
    finally:
        db.close()


def test_recode_redoes_only_stale_articles_unless_all(demo_db: Path, tmp_path: Path) -> None:
    import shutil

    db = tmp_path / "copy.duckdb"
    shutil.copy(demo_db, db)
    assert re.search(r"articles re-coded\W+0\b", _run("recode", "--db", str(db)))
    out = _run("recode", "--all", "--db", str(db))
    assert re.search(r"articles re-coded\W+24\b", out)
    assert re.search(r"failed\W+0\b", out)


def test_code_uses_the_users_actor_file(tmp_path: Path) -> None:
    actors = tmp_path / "mine.jsonl"
    actors.write_text(
        '{"kind": "org", "names": ["Freedonia Liberation Front"], "code": "FRDREB"}\n',
        encoding="utf-8",
    )
    text = "The Freedonia Liberation Front attacked South Korean troops on Monday."
    without = json.loads(_run("code", text, "--published", "2024-05-15"))
    assert all(e["source_code"] != "FRDREB" for e in without["events"])
    mine = json.loads(_run("code", text, "--published", "2024-05-15", "--actors", str(actors)))
    assert [e["source_code"] for e in mine["events"]] == ["FRDREB"]
    missing = runner.invoke(app, ["code", text, "--actors", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 2 and "no such actor file" in missing.output
