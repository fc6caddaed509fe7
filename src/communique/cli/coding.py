"""Commands that run the coder without a store: code one text, score against gold."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from communique.cli.app import ActorsOption, actor_files, app, err, out, parse_date
from communique.types import EVENT_FIELDS


@app.command("code")
def code_cmd(
    text: Annotated[str, typer.Argument(help="Article text, or - to read stdin.")],
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="json|table")] = "json",
    actors: ActorsOption = None,
) -> None:
    """Code one text without a database and print its events (JSON, or a table to read)."""
    from communique.pipeline import Pipeline

    if fmt not in ("json", "table"):
        raise typer.BadParameter(f"unknown format {fmt!r} (json|table)", param_hint="--format")
    body = sys.stdin.read() if text == "-" else text
    pipeline = Pipeline(actor_files=actor_files(actors))
    article, events = pipeline.code_text(body, published=parse_date(published, "--published"))
    if fmt == "table":
        _print_coded(article, events)
        return
    payload = {
        "article_id": article.article_id,
        "published": article.published,
        "outlet": article.outlet,
        "dateline": article.dateline,
        "warnings": list(article.warnings),
        "events": [{f: getattr(e, f) for f in EVENT_FIELDS} for e in events],
    }
    out.print_json(json.dumps(payload, default=str, ensure_ascii=False))


def _evidence(article_text: str, event: object) -> Text:
    """The sentence with the evidence span in bold: offsets are article-level, so find the
    sentence in the article to translate them (shown plain if it cannot be found)."""
    sentence = getattr(event, "sentence", "") or ""
    shown = Text(sentence)
    start = article_text.find(sentence) if sentence else -1
    s, e = getattr(event, "evidence_start", None), getattr(event, "evidence_end", None)
    if start >= 0 and s is not None and e is not None and start <= s < e <= start + len(sentence):
        shown.stylize("bold underline", s - start, e - start)
    return shown


def _print_coded(article: object, events: list) -> None:
    """One row per event: who did what to whom, when, how sure, and the words behind it."""
    head = f"{len(events)} events · published {getattr(article, 'published', None) or 'unknown'}"
    outlet = getattr(article, "outlet", None)
    table = Table(title=head + (f" · {outlet}" if outlet else ""), show_lines=True)
    for col in ("date", "source → target", "CAMEO", "PLOVER", "Gs", "Q", "modality", "evidence"):
        table.add_column(col, overflow="fold")
    for ev in events:
        when = f"{ev.date or '—'}\n{ev.date_precision or ''} · {ev.date_basis or ''}"
        dyad = f"{ev.source_code or '—'} → {ev.target_code or '—'}\n" + " → ".join(
            (name or "—") for name in (ev.source_name, ev.target_name)
        )
        cameo = f"{ev.cameo} {ev.cameo_name or ''}"
        plover = f"{ev.plover or '—'}" + (f" / {ev.plover_mode}" if ev.plover_mode else "")
        table.add_row(when, dyad, cameo, plover, f"{ev.goldstein:+.1f}",
                      str(ev.quad_class), ev.modality, _evidence(article.text, ev))  # fmt: skip
    out.print(table)
    for warning in getattr(article, "warnings", ()) or ():
        err.print(f"[yellow]warning:[/] {warning}")


@app.command("eval")
def eval_cmd(
    gold: Annotated[list[Path], typer.Argument(help="Gold files (PETRARCH, PLOVER or ours).")],
    coder: Annotated[str, typer.Option(help="Registered coder name.")] = "rule.v1",
    json_out: Annotated[bool, typer.Option("--json", help="Print scores as JSON.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", help="List misses and FPs.")] = False,
    actors: Annotated[
        list[Path] | None, typer.Option("--actors", help="Extra actor dictionary file(s).")
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Score at most N records per file.")] = None,
) -> None:
    """Score a coder against gold data: precision, recall, F1 per dyad/code, PLOVER, dates."""
    from communique.eval.cli import run_eval

    code = run_eval(gold, coder=coder, json_out=json_out, verbose=verbose, actors=actors,
                    limit=limit, console=out)  # fmt: skip
    raise typer.Exit(code)
