from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval_fakes import (
    FAKE_CODEBOOK,
    FakeFactory,
    fake_article,
    make_event,
    sentence_record,
    write_jsonl,
)
from rich.console import Console

from communique.eval import GoldError, evaluate, render_report
from communique.eval.cli import EXIT_OK, EXIT_UNSCORED, EXIT_USAGE, run_eval
from communique.eval.dictionaries import DICTIONARY_DIR, DICTIONARY_FILES
from communique.eval.gold import GoldItem
from communique.types import Article

SCRIPT = {
    "s1": [make_event("RURGOV", "FRE", "042")],  # right
    "s2": [make_event("SYL", "RUR", "190")],  # wrong: a false positive, and a miss
    "s3": [],
}


def sentence_file(path: Path) -> Path:
    return write_jsonl(
        path,
        [
            sentence_record("s1", "Ruritania praised Freedonia.", [("RUR", "FRE", "042")]),
            sentence_record("s2", "Sylvania met Ruritania.", [("SYL", "RUR", "040")],
                            category="VERB"),
            sentence_record("s3", "Nothing happened.", []),
        ],
    )  # fmt: skip


def run(paths: list[Path], factory: FakeFactory, **kw: object):
    return evaluate(
        paths, pipeline_factory=factory, codebook=FAKE_CODEBOOK, article_builder=fake_article,
        **kw,
    )  # fmt: skip


def test_sentence_file_end_to_end(tmp_path: Path) -> None:
    factory = FakeFactory(SCRIPT)
    report = run([sentence_file(tmp_path / "gold.jsonl")], factory)
    [f] = report.files
    assert (f.n_items, f.n_gold, f.n_system) == (3, 2, 2)
    assert (f.dyad_root.tp, f.dyad_root.fp, f.dyad_root.fn) == (1, 1, 1)
    assert f.categories["VERB"].fn == 1 and f.categories["DEMO"].tp == 1
    assert [d.item_id for d in report.misses] == ["s2"]
    assert [d.item_id for d in report.false_positives] == ["s2"]
    out = report.to_json()
    assert set(out) == {"dyad_root", "dyad_code", "plover", "date", "n_gold", "n_system", "files"}
    assert out["dyad_root"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert out["plover"] == {"accuracy": None} and out["date"] == {"accuracy": None}
    assert out["files"]["gold.jsonl"]["categories"]["VERB"]["fn"] == 1
    json.dumps(out)  # serialisable


def test_several_files_are_micro_averaged(tmp_path: Path) -> None:
    one = sentence_file(tmp_path / "one.jsonl")
    two = write_jsonl(
        tmp_path / "two.jsonl",
        [sentence_record("t1", "More praise.", [("RUR", "FRE", "042"), ("RUR", "SYL", "042")])],
    )
    script = {**SCRIPT, "t1": [make_event("RUR", "FRE", "042")]}
    report = run([one, two], FakeFactory(script))
    out = report.to_json()
    assert set(out["files"]) == {"one.jsonl", "two.jsonl"}
    # one: tp 1 fp 1 fn 1; two: tp 1 fn 1 -> P 2/3, R 2/4 (not the mean of file scores)
    assert out["dyad_root"]["precision"] == pytest.approx(2 / 3)
    assert out["dyad_root"]["recall"] == pytest.approx(0.5)
    assert out["n_gold"] == 4
    assert set(report.categories) == {"one.jsonl:DEMO", "one.jsonl:VERB", "two.jsonl:DEMO"}


def test_one_pipeline_per_actor_file_set(tmp_path: Path) -> None:
    dicts = tmp_path / DICTIONARY_DIR / "universalpetrarch"
    dicts.mkdir(parents=True)
    for name in DICTIONARY_FILES:
        (dicts / name).write_text("ARNOR [ARN]\n", encoding="utf-8")
    ud = sentence_file(tmp_path / "universalpetrarch_unittest_records_ud.jsonl")
    ud_copy = sentence_file(tmp_path / "universalpetrarch_unittest_copy.jsonl")
    gsr = sentence_file(tmp_path / "universalpetrarch_petr2_gsr_validation.jsonl")
    factory = FakeFactory(SCRIPT)
    report = run([ud, gsr, ud_copy], factory)
    assert [files for _, files in factory.calls] == [
        tuple(dicts / n for n in DICTIONARY_FILES),
        (),
    ]
    assert report.files[0].actor_files == tuple(str(dicts / n) for n in DICTIONARY_FILES)
    assert report.files[1].actor_files == ()
    override = tmp_path / "mine.actors.txt"
    override.write_text("X [XXX]\n", encoding="utf-8")
    factory = FakeFactory(SCRIPT)
    run([ud, gsr], factory, actor_files=[override])
    assert [files for _, files in factory.calls] == [(override,)]


def test_missing_validation_dictionaries_are_reported(tmp_path: Path) -> None:
    ud = sentence_file(tmp_path / "petrarch2_unittest_records.jsonl")
    report = run([ud], FakeFactory(SCRIPT))
    assert any("petrarch2 validation dictionaries" in e for e in report.files[0].errors)


def test_items_go_through_the_pipeline_in_batches(tmp_path: Path) -> None:
    records = [sentence_record(f"r{i}", f"Sentence {i}.", []) for i in range(5)]
    factory = FakeFactory({})
    report = run([write_jsonl(tmp_path / "g.jsonl", records)], factory, batch_size=2)
    assert factory.built[0].batches == [2, 2, 1]
    assert report.files[0].n_items == 5


def test_a_failing_item_does_not_stop_the_file(tmp_path: Path) -> None:
    factory = FakeFactory(SCRIPT, fail_on=frozenset({"s2"}))
    report = run([sentence_file(tmp_path / "g.jsonl")], factory)
    f = report.files[0]
    assert f.n_items == 2
    assert len(f.errors) == 1 and f.errors[0].startswith("s2:") and "exploded" in f.errors[0]


def test_html_gold_is_built_as_html(tmp_path: Path) -> None:
    record = {"id": "h1", "fmt": "html", "text": "<p>Talks.</p>", "published": "2021-07-24",
              "events": [{"source": "CHN", "target": "PRK", "roots": ["04"]}]}  # fmt: skip
    seen: list[str] = []

    def builder(item: GoldItem) -> Article:
        seen.append(item.fmt)
        return fake_article(item)

    evaluate(
        [write_jsonl(tmp_path / "a.jsonl", [record])], pipeline_factory=FakeFactory({}),
        codebook=FAKE_CODEBOOK, article_builder=builder,
    )  # fmt: skip
    assert seen == ["html"]


def test_missing_gold_file_fails_before_any_work(tmp_path: Path) -> None:
    factory = FakeFactory({})
    with pytest.raises(GoldError, match=r"nope\.jsonl"):
        run([sentence_file(tmp_path / "g.jsonl"), tmp_path / "nope.jsonl"], factory)
    assert factory.calls == []


def test_render_report(tmp_path: Path) -> None:
    report = run([sentence_file(tmp_path / "gold.jsonl")], FakeFactory(SCRIPT))
    console = Console(record=True, width=200)
    render_report(report, console, verbose=False)
    brief = console.export_text()
    assert "gold.jsonl" in brief and "VERB" in brief and "0.500" in brief
    assert "Sylvania met Ruritania." not in brief
    console = Console(record=True, width=200)
    render_report(report, console, verbose=True)
    full = console.export_text()
    assert "Missed gold events" in full and "Sylvania met Ruritania." in full
    assert "SYL -> RUR 190" in full


def test_run_eval_exit_codes_and_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import communique.eval.runner as runner

    monkeypatch.setattr(runner, "build_gold_article", fake_article)
    monkeypatch.setattr(runner.Codebook, "from_ontology", classmethod(lambda cls: FAKE_CODEBOOK))
    gold = sentence_file(tmp_path / "gold.jsonl")
    console = Console(record=True, width=200)
    code = run_eval([gold], json_out=True, console=console, pipeline_factory=FakeFactory(SCRIPT))
    assert code == EXIT_OK
    assert json.loads(console.export_text())["n_gold"] == 2
    assert run_eval([tmp_path / "missing.jsonl"], pipeline_factory=FakeFactory({})) == EXIT_USAGE
    assert run_eval([gold], actors=[tmp_path / "no.txt"]) == EXIT_USAGE
    junk = write_jsonl(tmp_path / "junk.jsonl", ['{"foo": 1}'])
    quiet = Console(record=True)
    code = run_eval([junk, gold], console=quiet, pipeline_factory=FakeFactory(SCRIPT))
    assert code == EXIT_UNSCORED
