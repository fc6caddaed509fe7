"""``communique eval``: how accurately a coder reproduces gold-standard event data.

Gold files are read by content (PETRARCH-style sentence records, PLOVER gold records, or
communique's own article-level gold) and every item is coded by the real pipeline, then
compared at four levels: (a) dyad + CAMEO root, (b) dyad + full CAMEO code, (c) PLOVER type,
(d) event date.  The match rules are in ``matching``, the scoring choices in ``scoring``.

>>> report = evaluate([Path("sample.gold.jsonl")])          # doctest: +SKIP
>>> report.to_json()["dyad_root"]["f1"]                     # doctest: +SKIP
"""

from __future__ import annotations

from communique.eval.codebook import Codebook
from communique.eval.gold import GoldError, GoldEvent, GoldFile, GoldItem, load_gold
from communique.eval.render import render_report
from communique.eval.report import EvalReport, FileResult
from communique.eval.runner import (
    EvalPipeline,
    PipelineFactory,
    SharedParserFactory,
    evaluate,
)
from communique.eval.scores import Accuracy, Discrepancy, Scores
from communique.eval.scoring import UNSCORED_MODALITIES

__all__ = [
    "UNSCORED_MODALITIES",
    "Accuracy",
    "Codebook",
    "Discrepancy",
    "EvalPipeline",
    "EvalReport",
    "FileResult",
    "GoldError",
    "GoldEvent",
    "GoldFile",
    "GoldItem",
    "PipelineFactory",
    "Scores",
    "SharedParserFactory",
    "evaluate",
    "load_gold",
    "render_report",
]
