"""Commands that fill and read the store: ingest, articles, events, recode, demo."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from communique.cli.app import (
    ActorsOption,
    DbOption,
    FormatOption,
    actor_files,
    app,
    articles_app,
    emit,
    err,
    out,
    parse_date,
)
from communique.database import DEFAULT_DB, Database, sample_corpus_dir
from communique.pipeline import IngestReport
from communique.store import FORMATS, EventFilter, infer_format, write_table
from communique.types import EVENT_FIELDS


def _run_ingest(db: Database, paths: list[str], published: date | None, outlet: str | None,
                quiet: bool = False) -> IngestReport:  # fmt: skip
    with Progress(
        TextColumn("[bold]ingesting"),
        BarColumn(),
        TextColumn("{task.completed} articles"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=quiet,
    ) as progress:
        task = progress.add_task("ingest", total=None)
        return db.ingest(
            paths,
            stdin=sys.stdin if "-" in paths else None,
            published=published,
            outlet=outlet,
            on_progress=lambda n: progress.advance(task, n),
        )


def _print_report(report: IngestReport) -> None:
    table = Table(title="ingest summary", show_header=False)
    table.add_row("articles read", str(report.read))
    table.add_row("stored", str(len(report.stored)))
    table.add_row("skipped as known", str(len(report.known)))
    table.add_row("rejected", str(len(report.rejected)))
    table.add_row("cleaning actions", str(report.n_cleaning))
    table.add_row("event mentions coded", str(report.n_events))
    out.print(table)
    for path, warning in report.warnings:
        err.print(f"[yellow]warning[/] {path}: {warning}")
    for rejection in report.rejected:
        err.print(f"[red]rejected[/] {rejection.path}: {rejection.reason}")


@app.command("ingest")
def ingest_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    db: DbOption = DEFAULT_DB,
    published: Annotated[
        str | None, typer.Option(help="Publication date for every input (YYYY-MM-DD).")
    ] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet name for every input.")] = None,
    actors: ActorsOption = None,
) -> None:
    """Read, clean, code and store articles (.txt, .html, .json, .jsonl)."""
    when = parse_date(published, "--published")
    with Database(db, actor_files=actor_files(actors)) as database:
        report = _run_ingest(database, paths, when, outlet)
    _print_report(report)
    raise typer.Exit(1 if report.rejected else 0)


ARTICLE_FIELDS = ("article_id", "article_path", "title", "outlet", "published", "dateline",
                  "n_removed")  # fmt: skip


@articles_app.callback(invoke_without_command=True)
def articles_list(
    ctx: typer.Context,
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = "table",
    limit: Annotated[int | None, typer.Option(help="At most this many.")] = None,
) -> None:
    """List stored articles."""
    if ctx.invoked_subcommand is not None:
        return
    with Database(db, read_only=True) as database:
        rows = database.articles(limit=limit)
    emit(rows, ARTICLE_FIELDS, fmt, "articles")


@articles_app.command("show")
def articles_show(
    article_id: Annotated[str, typer.Argument(help="Article id (or a unique prefix).")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Show one article: metadata, cleaning log and cleaned text."""
    with Database(db, read_only=True) as database:
        art = database.article(article_id)
    if art is None:
        err.print(f"[red]no article {article_id!r}[/]")
        raise typer.Exit(2)
    meta = Table(show_header=False, title=art.get("title") or art["article_id"])
    for key in ("article_id", "paths", "outlet", "published", "published_time",
                "published_basis", "byline", "dateline", "url", "warnings"):  # fmt: skip
        meta.add_row(key, str(art.get(key)))
    out.print(meta)
    log = Table(title="cleaning log")
    for col in ("step", "reason", "removed"):
        log.add_column(col, overflow="fold")
    for action in art.get("cleaning") or []:
        log.add_row(action["step"], action["reason"], action["removed"][:200])
    out.print(log)
    out.print(art.get("text", ""))


@app.command("events")
def events_cmd(
    db: DbOption = DEFAULT_DB,
    actor: Annotated[str | None, typer.Option(help="Actor code prefix or name.")] = None,
    country: Annotated[str | None, typer.Option(help="Country code on either side.")] = None,
    dyad: Annotated[str | None, typer.Option(help="A,B: events between A and B.")] = None,
    cameo: Annotated[str | None, typer.Option(help="CAMEO code prefix.")] = None,
    since: Annotated[str | None, typer.Option(help="Event date from (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Event date until (YYYY-MM-DD).")] = None,
    fmt: FormatOption = "table",
    out_file: Annotated[Path | None, typer.Option("--out", help="Write to this file.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many.")] = None,
) -> None:
    """List coded event mentions, filtered."""
    pair = None
    if dyad is not None:
        parts = [p.strip() for p in dyad.split(",")]
        if len(parts) != 2 or not all(parts):
            raise typer.BadParameter("expected two actors: A,B", param_hint="--dyad")
        pair = (parts[0], parts[1])
    filters = EventFilter(
        actor=actor, country=country, dyad=pair, cameo=cameo,
        since=parse_date(since, "--since"), until=parse_date(until, "--until"), limit=limit,
    )  # fmt: skip
    with Database(db, read_only=True) as database:
        table = database.events_table(filters)
    if out_file is not None or fmt == "parquet":
        if out_file is None:
            raise typer.BadParameter("parquet needs --out FILE", param_hint="--format")
        kind = fmt if fmt != "table" else infer_format(out_file)
        if kind not in FORMATS:
            raise typer.BadParameter(f"unknown format {kind!r}", param_hint="--format")
        write_table(table, out_file, kind)
        err.print(f"wrote {table.num_rows} events to {out_file}")
        return
    rows = table.to_pylist()
    if fmt == "table":
        fields = ("date", "source_code", "target_code", "cameo", "cameo_name", "modality",
                  "outlet", "sentence")  # fmt: skip
        emit(rows, fields, "table", f"{len(rows)} event mentions")
    else:
        emit(rows, EVENT_FIELDS, fmt, "events")


@app.command("recode")
def recode_cmd(
    db: DbOption = DEFAULT_DB,
    everything: Annotated[
        bool, typer.Option("--all", help="Re-code every article, not only stale ones.")
    ] = False,
    actors: ActorsOption = None,
) -> None:
    """Code stored articles again with the current coder and re-merge what changed.

    After upgrading communique (or editing its lexicon or actor data) the stored events were
    coded by an older version: this brings them up to date without re-reading the inputs."""
    with Database(db, actor_files=actor_files(actors)) as database:
        report = database.recode(everything=everything)
    table = Table(title="recode summary", show_header=False)
    table.add_row("articles re-coded", str(report.n_articles))
    table.add_row("event mentions before", str(report.n_before))
    table.add_row("event mentions after", str(report.n_after))
    table.add_row("canonical events re-merged", str(report.n_clusters_touched))
    table.add_row("failed", str(len(report.failed)))
    out.print(table)
    for failure in report.failed:
        err.print(f"[red]failed[/] {failure.path}: {failure.reason}")
    raise typer.Exit(1 if report.failed else 0)


@app.command("demo")
def demo_cmd(db: DbOption = DEFAULT_DB) -> None:
    """Ingest the bundled sample corpus and summarise what was stored."""
    corpus = sample_corpus_dir()
    with Database(db) as database:
        report = _run_ingest(database, [str(corpus)], None, None)
        summary = database.summary()
        events = database.event_records()
    _print_report(report)
    _print_summary(summary, events, db)
    raise typer.Exit(1 if report.rejected else 0)


def _print_summary(summary: dict, events: list[dict], db: str) -> None:
    table = Table(title=f"store {db}", show_header=False)
    table.add_row("articles", str(summary.get("n_articles")))
    table.add_row("sentences", str(summary.get("n_sentences")))
    table.add_row("event mentions", str(summary.get("n_events")))
    with_date = summary.get("articles_with_date")
    without = summary.get("articles_without_date")
    table.add_row("publication dates found", f"{with_date} (missing: {without})")
    rng = summary.get("published_range")
    if rng:
        table.add_row("published between", f"{rng[0]} and {rng[1]}")
    steps = summary.get("cleaning_by_step") or {}
    table.add_row("cleaning actions", ", ".join(f"{k} {v}" for k, v in steps.items()))
    outlets = summary.get("outlets") or {}
    table.add_row("outlets", ", ".join(f"{k} ({v})" for k, v in outlets.items()))
    out.print(table)
    dyads: dict[str, int] = {}
    for e in events:
        a, b = e.get("source_country") or "?", e.get("target_country") or "-"
        key = f"{a} → {b}"
        dyads[key] = dyads.get(key, 0) + 1
    top = sorted(dyads.items(), key=lambda kv: -kv[1])[:10]
    if top:
        out.print("top dyads: " + ", ".join(f"{k} ({v})" for k, v in top))
    out.print(f"next: communique events --db {db} --dyad CHN,PRK")
