from __future__ import annotations

import pytest

from communique.eval.scores import Accuracy, Scores, sum_accuracy, sum_scores


def test_precision_recall_f1() -> None:
    s = Scores(tp=3, fp=1, fn=3)
    assert s.precision == pytest.approx(0.75)
    assert s.recall == pytest.approx(0.5)
    assert s.f1 == pytest.approx(0.6)


def test_credited_counts_for_precision_only() -> None:
    s = Scores(tp=1, fp=1, fn=1, credited=2)
    assert s.precision == pytest.approx(0.75)
    assert s.recall == pytest.approx(0.5)


def test_nothing_to_measure_is_none_not_zero() -> None:
    assert Scores().precision is None
    assert Scores(fn=2).precision is None
    assert Scores(fn=2).recall == 0.0
    assert Scores(fn=2).f1 is None
    assert Scores(fp=1, fn=1).f1 == 0.0
    assert Accuracy().accuracy is None


def test_micro_average_adds_counts() -> None:
    total = sum_scores([Scores(tp=1, fn=1), None, Scores(tp=1, fp=2)])
    assert total == Scores(tp=2, fp=2, fn=1)
    assert sum_scores([None, None]) is None
    assert sum_accuracy([Accuracy(1, 2), Accuracy(2, 2)]) == Accuracy(3, 4)
