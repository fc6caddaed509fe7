"""The quality gate: pinned accuracy floors that a change to the coder may not go below.

Floors live in ``floors.json`` (data, not code), one entry per gate::

    {"sample": {"must_recall": 0.8, "precision": 0.7}, "petr2_gsr": {"dyad_root_f1": ...}, ...}

``GATE_FILES`` says which gold file each gate scores; ``METRICS`` how each metric is read off
a ``FileResult``.

Why floors cannot be lowered silently: ``tests/eval/test_quality_gate.py`` records the
SHA-256 of the *canonical* form of ``floors.json`` (``floors_digest``: keys sorted, no
whitespace, so re-formatting the file changes nothing).  Any edit to a floor, including
deleting a gate or a metric, fails that test until the digest in the test file is updated
too, so every change to the floors shows up in two files of the same diff and a reviewer
sees it.  Raising a floor costs the same one-line edit (the failing test prints the new
digest); that small friction is the price of a mechanism that needs no git history or
network and so also runs from an sdist.

Floors start at 0.0 as placeholders; they are pinned to measured values once the rule
coder exists (the gate then guards against regressions).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from communique.eval.report import FileResult

EVAL_DIR_ENV = "COMMUNIQUE_EVAL_DIR"
SAMPLE_GOLD = "data/gold/sample.gold.jsonl"  # inside the communique package

GATE_FILES: dict[str, str] = {
    "sample": SAMPLE_GOLD,
    "petr2_gsr": "universalpetrarch_petr2_gsr_validation.jsonl",
    "ud_unittest": "universalpetrarch_unittest_records_ud.jsonl",
    "plover_gsr": "plover_gsr_cameo_manual.jsonl",
    "heldout": "eval/heldout.gold.jsonl",
    "heldout2": "eval/heldout2.gold.jsonl",
    "heldout3": "eval/heldout3.gold.jsonl",
    "heldout4": "eval/heldout4.gold.jsonl",
    "heldout5": "eval/heldout5.gold.jsonl",
    "heldout6": "eval/heldout6.gold.jsonl",
    "heldout7": "eval/heldout7.gold.jsonl",
}
"""Gate name -> gold file: the bundled sample (package path), the repository's held-out set
(a path from the repository root), or a file in the shared eval dir."""

BUNDLED_GATES = frozenset({"sample"})
REPO_GATES = frozenset(
    {"heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7"}
)


METRICS: dict[str, Callable[[FileResult], float | None]] = {
    "must_recall": lambda f: f.dyad_root.recall if f.dyad_root else None,
    "precision": lambda f: f.dyad_root.precision if f.dyad_root else None,
    "dyad_root_f1": lambda f: f.dyad_root.f1 if f.dyad_root else None,
    "dyad_code_f1": lambda f: f.dyad_code.f1 if f.dyad_code else None,
    "plover_accuracy": lambda f: f.plover.accuracy if f.plover else None,
    "date_accuracy": lambda f: f.date.accuracy if f.date else None,
}


@dataclass(frozen=True, slots=True)
class GateFailure:
    gate: str
    metric: str
    floor: float
    measured: float | None

    def __str__(self) -> str:
        got = "not measured" if self.measured is None else f"{self.measured:.4f}"
        return f"{self.gate}.{self.metric}: {got} < floor {self.floor:.4f}"


def floors_path() -> Path:
    return Path(str(resources.files("communique.eval") / "floors.json"))


def load_floors(path: Path | None = None) -> dict[str, dict[str, float]]:
    """The pinned floors; a malformed file is an error naming the entry."""
    path = path or floors_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: floors must be a JSON object of gates")
    for gate, metrics in data.items():
        if gate not in GATE_FILES:
            raise ValueError(f"{path}: unknown gate {gate!r} (known: {', '.join(GATE_FILES)})")
        if not isinstance(metrics, dict):
            raise ValueError(f"{path}: gate {gate!r} must map metrics to floors")
        for metric, floor in metrics.items():
            if metric not in METRICS:
                raise ValueError(f"{path}: {gate}.{metric}: unknown metric")
            if not isinstance(floor, int | float) or not 0.0 <= floor <= 1.0:
                raise ValueError(f"{path}: {gate}.{metric}: floor must be a number in [0, 1]")
    return data


def floors_digest(path: Path | None = None) -> str:
    """SHA-256 of the canonical JSON of the floors file (formatting-insensitive)."""
    data = json.loads((path or floors_path()).read_text(encoding="utf-8"))
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def default_eval_dir() -> Path:
    """``$COMMUNIQUE_EVAL_DIR``, else the first ``shared/eval`` found beside the working
    directory or one of its parents (a checkout run from its root), else beside the source tree
    (an editable install).  An installed package has no repository of its own to look beside,
    so the working directory is asked first."""
    env = os.environ.get(EVAL_DIR_ENV)
    if env:
        return Path(env)
    cwd = Path.cwd().resolve()
    source_repo = Path(__file__).resolve().parents[3]  # src/communique/eval/gate.py -> repo
    for base in (cwd, *cwd.parents, source_repo):
        candidate = base.parent / "shared" / "eval"
        if candidate.is_dir():
            return candidate
    return source_repo.parent / "shared" / "eval"


def repo_root() -> Path:
    """The checkout the tests run in: the working directory or a parent holding
    ``pyproject.toml``, else the tree this module was loaded from (an editable install)."""
    cwd = Path.cwd().resolve()
    for base in (cwd, *cwd.parents):
        if (base / "pyproject.toml").is_file() and (base / "eval").is_dir():
            return base
    return Path(__file__).resolve().parents[3]


def gate_file(gate: str, eval_dir: Path | None = None) -> Path:
    """Where the gold file of ``gate`` is (it may not exist for external gates)."""
    name = GATE_FILES[gate]
    if gate in BUNDLED_GATES:
        return Path(str(resources.files("communique") / name))
    if gate in REPO_GATES:
        return repo_root() / name
    return (eval_dir or default_eval_dir()) / name


def check_gate(
    gate: str, result: FileResult, floors: Mapping[str, Mapping[str, float]]
) -> list[GateFailure]:
    """Every metric of ``gate`` below its floor (a metric not measured fails its floor)."""
    failures = []
    for metric, floor in floors.get(gate, {}).items():
        measured = METRICS[metric](result)
        if measured is None or measured < floor:
            failures.append(GateFailure(gate, metric, float(floor), measured))
    return failures
