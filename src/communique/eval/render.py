"""Human-readable evaluation report (rich tables); the JSON form is ``EvalReport.to_json``.

Layout: one overall table (a row per gold file, plus a micro-averaged total when there are
several), then per file a category table (PETRARCH category, PLOVER type or article), the
notes a reader needs to trust the numbers (excluded gold events, skipped records, errors),
and with ``verbose`` every miss and false positive with its sentence.
"""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from communique.eval.report import EvalReport, FileResult
from communique.eval.scores import Accuracy, Discrepancy, Scores

_KIND_TITLES = {
    "miss": "Missed gold events",
    "plover": "Records without the gold PLOVER type",
    "false_positive": "False positives",
    "code": "Right dyad and root, wrong code",
    "date": "Event date outside the gold window",
}


def fmt_ratio(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _prf(scores: Scores | None) -> list[str]:
    if scores is None:
        return ["–", "–", "–"]
    return [fmt_ratio(scores.precision), fmt_ratio(scores.recall), fmt_ratio(scores.f1)]


def _prf_cell(scores: Scores | None) -> str:
    return "/".join(_prf(scores))


def _acc(acc: Accuracy | None) -> str:
    return fmt_ratio(acc.accuracy if acc else None)


def overall_table(report: EvalReport) -> Table:
    """One row per gold file (and a micro-averaged total): the numbers to compare coders."""
    table = Table(title=f"communique eval — coder {report.coder}", title_justify="left")
    table.add_column("gold file", overflow="fold", min_width=16)
    for name in ("items", "gold", "system"):
        table.add_column(name, justify="right")
    table.add_column("dyad+root P/R/F1", justify="right", no_wrap=True)
    table.add_column("dyad+code P/R/F1", justify="right", no_wrap=True)
    table.add_column("PLOVER acc", justify="right")
    table.add_column("date acc", justify="right")
    for f in report.files:
        table.add_row(
            Text(f.name), str(f.n_items), str(f.n_gold), str(f.n_system),
            _prf_cell(f.dyad_root), _prf_cell(f.dyad_code), _acc(f.plover), _acc(f.date),
        )  # fmt: skip
    if len(report.files) > 1:
        table.add_section()
        table.add_row(
            "all (micro)", str(sum(f.n_items for f in report.files)),
            str(report.n_gold), str(report.n_system), _prf_cell(report.dyad_root),
            _prf_cell(report.dyad_code), _acc(report.plover), _acc(report.date), style="bold",
        )  # fmt: skip
    return table


def category_table(result: FileResult) -> Table | None:
    """Per-category dyad+root scores, or per-type PLOVER accuracy."""
    if result.plover_types:
        table = Table(title="PLOVER accuracy by gold type", title_justify="left")
        for name in ("type", "right", "records", "accuracy"):
            table.add_column(name, justify="left" if name == "type" else "right")
        for key, acc in sorted(result.plover_types.items()):
            table.add_row(Text(key), str(acc.right), str(acc.total), fmt_ratio(acc.accuracy))
        return table
    if not result.categories:
        return None
    label = "article" if result.kind == "article" else "category"
    table = Table(title=f"dyad + root by {label}", title_justify="left")
    table.add_column(label)
    for name in ("TP", "FP", "FN", "P", "R", "F1"):
        table.add_column(name, justify="right")
    for key, s in sorted(result.categories.items()):
        table.add_row(Text(key), str(s.tp + s.credited), str(s.fp), str(s.fn), *_prf(s))
    return table


def notes(result: FileResult) -> list[str]:
    """What a reader must know to interpret the file's numbers."""
    out = []
    if result.actor_files:
        out.append("extra actor dictionaries: " + escape(", ".join(result.actor_files)))
    for reason, n in sorted(result.excluded.items()):
        out.append(f"{n} gold events not scored ({reason})")
    if result.skipped:
        out.append(f"{result.skipped} records skipped (category not in the file's include list)")
    if result.n_unscored:
        out.append(f"{result.n_unscored} system events not scored (negated/hypothetical)")
    out.extend(f"[red]error[/red] {escape(e)}" for e in result.errors)
    out.extend(f"[yellow]warning[/yellow] {escape(w)}" for w in result.warnings)
    return out


def discrepancy_table(kind: str, items: list[Discrepancy]) -> Table:
    table = Table(title=f"{_KIND_TITLES.get(kind, kind)} ({len(items)})", title_justify="left")
    table.add_column("id", no_wrap=True)
    table.add_column("expected")
    table.add_column("found")
    table.add_column("text", ratio=1)
    for d in items:
        cells = (d.item_id, d.expected or "–", d.found or "–", d.text)
        table.add_row(*(Text(c) for c in cells))
    return table


def render_report(report: EvalReport, console: Console, verbose: bool = False) -> None:
    """Print the report: overall, per category, notes and (``verbose``) the disagreements."""
    console.print(overall_table(report))
    for result in report.files:
        console.rule(Text(f"{result.name} ({result.kind or 'unreadable'} gold)"), align="left")
        table = category_table(result)
        if table is not None and (verbose or len(table.rows) <= 40):
            console.print(table)
        elif table is not None:
            console.print(f"[dim]{len(table.rows)} categories: see --verbose[/dim]")
        for line in notes(result):
            console.print(f"  {line}", highlight=False)
        if verbose:
            for kind in _KIND_TITLES:
                items = [d for d in result.discrepancies if d.kind == kind]
                if items:
                    console.print(discrepancy_table(kind, items))
