"""The quality gate: accuracy floors per gold file, and a guard against lowering them.

``PINNED_FLOORS_SHA256`` is the digest of the canonical ``floors.json`` (see
``communique.eval.gate``).  Changing any floor therefore means editing this line too, in the
same diff, so no floor moves unnoticed.  To change floors on purpose: edit floors.json, run
this test, and paste the digest it prints.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.eval import EvalReport, SharedParserFactory, evaluate
from communique.eval.gate import (
    BUNDLED_GATES,
    GATE_FILES,
    METRICS,
    check_gate,
    default_eval_dir,
    floors_digest,
    gate_file,
    load_floors,
)
from communique.eval.report import FileResult
from communique.eval.scores import Accuracy, Scores

PINNED_FLOORS_SHA256 = "bdbae1c3dfdc2aae8d5bc97157cd95c18d4ab8c7c45025753045ffbbff05b38e"


def test_floors_are_pinned() -> None:
    digest = floors_digest()
    assert digest == PINNED_FLOORS_SHA256, (
        "floors.json changed. If that is intended (floors raised after an improvement, or "
        "lowered with a reason given in the commit message), set PINNED_FLOORS_SHA256 in "
        f"{Path(__file__).name} to {digest}"
    )


def test_digest_ignores_formatting_but_not_values(tmp_path: Path) -> None:
    floors = load_floors()
    pretty, compact, lowered = (tmp_path / n for n in ("a.json", "b.json", "c.json"))
    pretty.write_text(json.dumps(floors, indent=4), encoding="utf-8")
    compact.write_text(json.dumps(dict(reversed(list(floors.items())))), encoding="utf-8")
    changed = {gate: dict(metrics) for gate, metrics in floors.items()}
    changed["sample"]["precision"] = changed["sample"]["precision"] + 0.01
    lowered.write_text(json.dumps(changed), encoding="utf-8")
    assert floors_digest(pretty) == floors_digest(compact) == floors_digest()
    assert floors_digest(lowered) != floors_digest()


def test_every_gate_has_floors() -> None:
    floors = load_floors()
    assert set(floors) == set(GATE_FILES)
    assert all(metrics for metrics in floors.values())


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"nope": {"precision": 0.1}}', "unknown gate"),
        ('{"sample": {"speed": 0.1}}', "unknown metric"),
        ('{"sample": {"precision": 1.5}}', "in \\[0, 1\\]"),
    ],
)
def test_bad_floors_are_rejected(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "floors.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_floors(path)


def test_check_gate_compares_each_metric() -> None:
    result = FileResult(path="x", kind="sentence", dyad_root=Scores(tp=3, fp=1, fn=1), plover=None)
    floors = {"petr2_gsr": {"dyad_root_f1": 0.7}, "plover_gsr": {"plover_accuracy": 0.0}}
    assert check_gate("petr2_gsr", result, floors) == []
    floors["petr2_gsr"]["dyad_root_f1"] = 0.8
    [failure] = check_gate("petr2_gsr", result, floors)
    assert failure.metric == "dyad_root_f1" and "0.7500 < floor 0.8000" in str(failure)
    # a metric that was not measured never passes, even a 0.0 floor
    [unmeasured] = check_gate("plover_gsr", result, floors)
    assert "not measured" in str(unmeasured)
    assert METRICS["plover_accuracy"](FileResult("y", "plover", plover=Accuracy(1, 4))) == 0.25


def test_eval_dir_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMMUNIQUE_EVAL_DIR", "/somewhere/else")
    assert default_eval_dir() == Path("/somewhere/else")
    assert gate_file("petr2_gsr") == Path("/somewhere/else") / GATE_FILES["petr2_gsr"]
    monkeypatch.delenv("COMMUNIQUE_EVAL_DIR")
    assert default_eval_dir().parts[-2:] == ("shared", "eval")


# --------------------------------------------------------------------------- the gate itself


@pytest.fixture(scope="module")
def gate_report(real_factory: SharedParserFactory) -> dict[str, FileResult]:
    """Every gate file that exists, evaluated in one run (pipelines shared)."""
    paths = {g: gate_file(g) for g in GATE_FILES}
    for gate in BUNDLED_GATES:
        assert paths[gate].is_file(), f"bundled gold {paths[gate]} is missing"
    present = {g: p for g, p in paths.items() if p.is_file()}
    report: EvalReport = evaluate(list(present.values()), pipeline_factory=real_factory)
    return {g: report.file(str(p)) for g, p in present.items()}


@pytest.mark.slow
@pytest.mark.parametrize("gate", sorted(GATE_FILES))
def test_quality_gate(gate: str, gate_report: dict[str, FileResult]) -> None:
    if gate not in gate_report:
        pytest.skip(f"{gate_file(gate)} not present (set COMMUNIQUE_EVAL_DIR)")
    result = gate_report[gate]
    assert result.n_items > 0, result.errors
    failures = check_gate(gate, result, load_floors())
    assert not failures, "; ".join(map(str, failures))
