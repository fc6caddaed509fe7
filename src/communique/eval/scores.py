"""Score records: counts that add up across sentences, files and runs.

Every score is kept as raw counts (not ratios) so that results from several sentences or gold
files aggregate by plain addition (micro-averaging); ratios are derived on demand.  A ratio
whose denominator is zero is ``None`` ("not measured"), never 0 or 1: a file with no gold
events has no recall, and reporting 0.0 would read as a failure while 1.0 would read as a
success.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


def ratio(numerator: int, denominator: int) -> float | None:
    """``numerator / denominator``, or ``None`` when nothing was there to measure."""
    return numerator / denominator if denominator else None


@dataclass(frozen=True, slots=True)
class Scores:
    """Event-matching counts.

    ``tp``: required gold events found; ``fn``: required gold events missed; ``fp``: system
    events that match no gold event.  ``credited``: system events that matched an optional
    gold event (``must: false``): they are correct, so they count for precision, but the gold
    event was not required, so it is not part of the recall denominator.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    credited: int = 0

    @property
    def precision(self) -> float | None:
        correct = self.tp + self.credited
        return ratio(correct, correct + self.fp)

    @property
    def recall(self) -> float | None:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            self.tp + other.tp,
            self.fp + other.fp,
            self.fn + other.fn,
            self.credited + other.credited,
        )

    def to_json(self) -> dict[str, float | None]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}

    def counts(self) -> dict[str, int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "credited": self.credited}


@dataclass(frozen=True, slots=True)
class Accuracy:
    """``right`` out of ``total`` judgements (PLOVER type per record, event date per match)."""

    right: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return ratio(self.right, self.total)

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.right + other.right, self.total + other.total)

    def to_json(self) -> dict[str, float | None]:
        return {"accuracy": self.accuracy}


def sum_scores(items: Iterable[Scores | None]) -> Scores | None:
    """Micro-average: add the counts; ``None`` when no item was scored at this level."""
    present = [s for s in items if s is not None]
    if not present:
        return None
    total = Scores()
    for s in present:
        total = total + s
    return total


def sum_accuracy(items: Iterable[Accuracy | None]) -> Accuracy | None:
    present = [a for a in items if a is not None]
    if not present:
        return None
    total = Accuracy()
    for a in present:
        total = total + a
    return total


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """One disagreement with the gold, for ``--verbose`` and for error analysis.

    ``kind``: ``miss`` (gold event not found), ``false_positive`` (system event matching no
    gold), ``date`` (matched, but the event date is outside the window) or ``plover`` (no
    system event of the gold PLOVER type).  ``expected``/``found`` are short readable
    descriptions (``USA -> CHN 042``); ``text`` is the gold sentence or article text, or for a
    false positive the sentence the system coded.
    """

    kind: str
    file: str
    item_id: str
    category: str
    expected: str
    found: str
    text: str

    def to_json(self) -> dict[str, str]:
        return {
            "kind": self.kind,
            "file": self.file,
            "id": self.item_id,
            "category": self.category,
            "expected": self.expected,
            "found": self.found,
            "text": self.text,
        }
