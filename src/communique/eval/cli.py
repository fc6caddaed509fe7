"""The body of ``communique eval``: run, print, choose the exit code.

Kept out of the Typer module so the command stays a thin wrapper and this can be tested
without a CLI runner.  Exit codes: 0 scored; 1 a gold file could not be scored at all (no
readable record); 2 usage errors (missing gold file, unknown coder, bad actor file).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console

from communique.errors import CommuniqueError
from communique.eval.gold import GoldError
from communique.eval.render import render_report
from communique.eval.runner import PipelineFactory, evaluate

log = logging.getLogger(__name__)

EXIT_OK, EXIT_UNSCORED, EXIT_USAGE = 0, 1, 2


def run_eval(
    gold: Sequence[Path],
    coder: str = "rule.v1",
    json_out: bool = False,
    verbose: bool = False,
    actors: Sequence[Path] | None = None,
    limit: int | None = None,
    *,
    console: Console | None = None,
    pipeline_factory: PipelineFactory | None = None,
) -> int:
    """Evaluate ``gold`` with ``coder``; print tables (or JSON) and return the exit code.

    ``actors`` replace the automatically chosen validation dictionaries for every file.
    """
    console = console or Console()
    err = Console(stderr=True)
    missing = [str(a) for a in actors or () if not Path(a).is_file()]
    if missing:
        err.print(f"[red]error[/red]: no such actor file: {', '.join(missing)}")
        return EXIT_USAGE
    if limit is not None and limit < 1:
        err.print("[red]error[/red]: --limit must be a positive number")
        return EXIT_USAGE
    try:
        report = evaluate(
            [Path(g) for g in gold],
            coder_name=coder,
            actor_files=[Path(a) for a in actors or ()],
            pipeline_factory=pipeline_factory,
            limit=limit,
        )
    except (GoldError, CommuniqueError) as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        return EXIT_USAGE
    if json_out:
        console.print_json(json.dumps(report.to_json()))
    else:
        render_report(report, console, verbose)
    return EXIT_UNSCORED if any(not f.kind for f in report.files) else EXIT_OK
