"""Evaluation results per gold file and over a whole run, and their JSON form.

A ``FileResult`` is built from the per-item results of one gold file; an ``EvalReport``
holds the files and micro-averages over them (counts are added, then ratios taken), so a
run over several files weighs every gold event equally.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from communique.eval.scores import (
    Accuracy,
    Discrepancy,
    Scores,
    sum_accuracy,
    sum_scores,
)
from communique.eval.scoring import ItemResult

MISS_KINDS = frozenset({"miss", "plover"})


@dataclass
class FileResult:
    """The scores of one gold file.  Levels that do not apply to its layout are ``None``
    (e.g. PLOVER gold has no CAMEO codes, PETRARCH gold has no event dates)."""

    path: str
    kind: str
    actor_files: tuple[str, ...] = ()
    n_items: int = 0
    n_gold: int = 0
    n_system: int = 0
    n_unscored: int = 0  # system events not scored because of their modality
    skipped: int = 0  # records the gold file itself excludes
    excluded: dict[str, int] = field(default_factory=dict)  # gold events not scored, by reason
    dyad_root: Scores | None = None
    dyad_code: Scores | None = None
    plover: Accuracy | None = None
    date: Accuracy | None = None
    categories: dict[str, Scores] = field(default_factory=dict)  # dyad_root per category
    plover_types: dict[str, Accuracy] = field(default_factory=dict)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # unreadable records, failed items
    warnings: list[str] = field(default_factory=list)  # scored, but something was off

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    @property
    def misses(self) -> list[Discrepancy]:
        return [d for d in self.discrepancies if d.kind in MISS_KINDS]

    @property
    def false_positives(self) -> list[Discrepancy]:
        return [d for d in self.discrepancies if d.kind == "false_positive"]

    def add(self, item: ItemResult) -> None:
        """Fold one item's result into the file totals."""
        self.n_items += 1
        self.n_gold += item.n_gold
        self.n_system += item.n_system
        self.n_unscored += item.n_unscored
        for reason, n in item.n_excluded.items():
            self.excluded[reason] = self.excluded.get(reason, 0) + n
        self.dyad_root = sum_scores([self.dyad_root, item.dyad_root])
        self.dyad_code = sum_scores([self.dyad_code, item.dyad_code])
        self.plover = sum_accuracy([self.plover, item.plover])
        self.date = sum_accuracy([self.date, item.date])
        if item.dyad_root is not None:
            self.categories[item.category] = (
                self.categories.get(item.category, Scores()) + item.dyad_root
            )
        if item.plover is not None:
            self.plover_types[item.category] = (
                self.plover_types.get(item.category, Accuracy()) + item.plover
            )
        self.discrepancies.extend(item.discrepancies)

    def to_json(self) -> dict[str, Any]:
        out = _metrics(self.dyad_root, self.dyad_code, self.plover, self.date)
        out.update(n_gold=self.n_gold, n_system=self.n_system)
        out.update(
            kind=self.kind,
            actor_files=list(self.actor_files),
            n_items=self.n_items,
            n_unscored_system=self.n_unscored,
            skipped_records=self.skipped,
            excluded_gold=dict(self.excluded),
            counts={
                "dyad_root": self.dyad_root.counts() if self.dyad_root else None,
                "dyad_code": self.dyad_code.counts() if self.dyad_code else None,
            },
            categories={
                k: {**v.to_json(), **v.counts()} for k, v in sorted(self.categories.items())
            },
            plover_types={
                k: {**v.to_json(), "right": v.right, "total": v.total}
                for k, v in sorted(self.plover_types.items())
            },
            errors=list(self.errors),
            warnings=list(self.warnings),
        )
        return out


def _metrics(
    dyad_root: Scores | None,
    dyad_code: Scores | None,
    plover: Accuracy | None,
    date: Accuracy | None,
) -> dict[str, Any]:
    blank_scores = {"precision": None, "recall": None, "f1": None}
    return {
        "dyad_root": dyad_root.to_json() if dyad_root else dict(blank_scores),
        "dyad_code": dyad_code.to_json() if dyad_code else dict(blank_scores),
        "plover": plover.to_json() if plover else {"accuracy": None},
        "date": date.to_json() if date else {"accuracy": None},
    }


@dataclass
class EvalReport:
    """A whole evaluation run: one ``FileResult`` per gold file, micro-averaged on top."""

    files: list[FileResult] = field(default_factory=list)
    coder: str = ""

    @property
    def dyad_root(self) -> Scores | None:
        return sum_scores(f.dyad_root for f in self.files)

    @property
    def dyad_code(self) -> Scores | None:
        return sum_scores(f.dyad_code for f in self.files)

    @property
    def plover(self) -> Accuracy | None:
        return sum_accuracy(f.plover for f in self.files)

    @property
    def date(self) -> Accuracy | None:
        return sum_accuracy(f.date for f in self.files)

    @property
    def n_gold(self) -> int:
        return sum(f.n_gold for f in self.files)

    @property
    def n_system(self) -> int:
        return sum(f.n_system for f in self.files)

    @property
    def categories(self) -> dict[str, Scores]:
        """Per-category ``dyad_root`` scores; keys carry the file name when several files."""
        if len(self.files) == 1:
            return dict(self.files[0].categories)
        return {f"{f.name}:{k}": v for f in self.files for k, v in f.categories.items()}

    @property
    def misses(self) -> list[Discrepancy]:
        return [d for f in self.files for d in f.misses]

    @property
    def false_positives(self) -> list[Discrepancy]:
        return [d for f in self.files for d in f.false_positives]

    def file(self, name: str) -> FileResult:
        """The result of the gold file called ``name`` (file name or full path)."""
        for f in self.files:
            if name in (f.name, f.path):
                return f
        raise KeyError(name)

    def to_json(self) -> dict[str, Any]:
        """``{"dyad_root": {precision, recall, f1}, "dyad_code": {...}, "plover":
        {accuracy}, "date": {accuracy}, "n_gold", "n_system", "files": {name: {...}}}``;
        metrics that no file measured are ``null``."""
        out = _metrics(self.dyad_root, self.dyad_code, self.plover, self.date)
        out.update(n_gold=self.n_gold, n_system=self.n_system)
        out["files"] = {_unique_key(f, self.files): f.to_json() for f in self.files}
        return out


def _unique_key(result: FileResult, files: Sequence[FileResult]) -> str:
    """The file name, or the full path when two gold files share a name."""
    same = [f for f in files if f.name == result.name]
    return result.name if len(same) == 1 else result.path
