"""The ``communique`` command line.  Each command parses its options and calls one library
function (``Database`` methods, ``pipeline.code_text``, ``eval.cli.run_eval``); all printing
happens here, never in the library.

Exit codes: 0 all good; 1 some inputs rejected (the rest stored); 2 usage error.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from communique import __version__
from communique.database import DEFAULT_DB, Database, sample_corpus_dir
from communique.pipeline import IngestReport
from communique.store import FORMATS, EventFilter, infer_format, write_table
from communique.types import EVENT_FIELDS

app = typer.Typer(
    name="communique",
    help="Political event data from news articles: who did what to whom, when — with evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
articles_app = typer.Typer(help="List stored articles, or show one with its cleaning log.")
app.add_typer(articles_app, name="articles")

out = Console()
err = Console(stderr=True)

DbOption = Annotated[str, typer.Option("--db", help="DuckDB file.", envvar="COMMUNIQUE_DB")]
FormatOption = Annotated[str, typer.Option("--format", "-f", help="table|csv|jsonl[|parquet]")]
ActorsOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--actors",
        help="Your own actor dictionary file(s): JSONL or PETRARCH format (repeatable).",
        envvar="COMMUNIQUE_ACTORS",
    ),
]


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option
        ) from None


def _actor_files(paths: list[Path] | None) -> tuple[Path, ...]:
    """Check the user's actor files exist before any work starts (a usage error, exit 2)."""
    for path in paths or ():
        if not path.is_file():
            raise typer.BadParameter(f"no such actor file: {path}", param_hint="--actors")
    return tuple(paths or ())


def _version(value: bool) -> None:
    if value:
        out.print(f"communique {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show version.")
    ] = False,
) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


# --------------------------------------------------------------------------- ingest


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
    when = _date(published, "--published")
    with Database(db, actor_files=_actor_files(actors)) as database:
        report = _run_ingest(database, paths, when, outlet)
    _print_report(report)
    raise typer.Exit(1 if report.rejected else 0)


# --------------------------------------------------------------------------- articles

ARTICLE_FIELDS = ("article_id", "article_path", "title", "outlet", "published", "dateline",
                  "n_removed")  # fmt: skip


def _emit(rows: list[dict], fields: tuple[str, ...], fmt: str, title: str) -> None:
    if fmt == "table":
        table = Table(title=title)
        for f in fields:
            table.add_column(f, overflow="fold")
        for row in rows:
            table.add_row(*("" if row.get(f) is None else str(row.get(f)) for f in fields))
        out.print(table)
    elif fmt == "jsonl":
        for row in rows:
            out.print_json(json.dumps({f: row.get(f) for f in fields}, default=str), indent=None)
    elif fmt == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=list(fields), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        raise typer.BadParameter(f"unknown format {fmt!r}", param_hint="--format")


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
    _emit(rows, ARTICLE_FIELDS, fmt, "articles")


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


# --------------------------------------------------------------------------- events


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
        since=_date(since, "--since"), until=_date(until, "--until"), limit=limit,
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
        _emit(rows, fields, "table", f"{len(rows)} event mentions")
    else:
        _emit(rows, EVENT_FIELDS, fmt, "events")


# --------------------------------------------------------------------------- recode


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
    with Database(db, actor_files=_actor_files(actors)) as database:
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


# --------------------------------------------------------------------------- code


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
    pipeline = Pipeline(actor_files=_actor_files(actors))
    article, events = pipeline.code_text(body, published=_date(published, "--published"))
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


# --------------------------------------------------------------------------- demo


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


# --------------------------------------------------------------------------- dyads


def _frame_out(frame, fmt: str, out_file: Path | None, title: str) -> None:
    """Print a DataFrame as a table/csv/jsonl, or write it (csv/jsonl/parquet) to a file."""
    if out_file is not None or fmt == "parquet":
        if out_file is None:
            raise typer.BadParameter("parquet needs --out FILE", param_hint="--format")
        import pyarrow as pa

        kind = fmt if fmt != "table" else infer_format(out_file)
        write_table(pa.Table.from_pandas(frame, preserve_index=False), out_file, kind)
        err.print(f"wrote {len(frame)} rows to {out_file}")
        return
    rows = frame.to_dict("records")
    _emit(rows, tuple(str(c) for c in frame.columns), fmt, title)


@app.command("dyad")
def dyad_cmd(
    a: Annotated[str, typer.Argument(help="First actor (country code or actor-code prefix).")],
    b: Annotated[str, typer.Argument(help="Second actor.")],
    db: DbOption = DEFAULT_DB,
    by: Annotated[str, typer.Option(help="day|week|month|quarter|year")] = "month",
    directed: Annotated[bool, typer.Option(help="Only events from A to B.")] = False,
    normalise: Annotated[
        bool, typer.Option(help="Add rates per 100 articles published in the period.")
    ] = False,
    fmt: FormatOption = "table",
    out_file: Annotated[Path | None, typer.Option("--out", help="Write to this file.")] = None,
    plot: Annotated[Path | None, typer.Option(help="Draw the series: .png, .svg or .html")] = None,
) -> None:
    """Dyad time series from canonical events: QuadClass and PLOVER counts, Goldstein."""
    from communique.analytics import PERIODS, plot_dyad

    if by not in PERIODS:
        raise typer.BadParameter(f"use one of {', '.join(PERIODS)}", param_hint="--by")
    with Database(db, read_only=True) as database:
        series = database.dyad(a, b, by=by, directed=directed, normalise=normalise)
    _frame_out(series, fmt, out_file, f"{a} {'→' if directed else '↔'} {b} by {by}")
    if plot is not None:
        try:
            written = plot_dyad(series, plot, f"{a} {'→' if directed else '↔'} {b}")
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--plot") from None
        err.print(f"plot written to {written}")


@app.command("timeline")
def timeline_cmd(
    a: Annotated[str, typer.Argument(help="First actor.")],
    b: Annotated[str, typer.Argument(help="Second actor.")],
    db: DbOption = DEFAULT_DB,
    directed: Annotated[bool, typer.Option(help="Only events from A to B.")] = False,
) -> None:
    """The dyad's canonical events in date order: summary, date precision, sources, evidence."""
    from communique.analytics import render_timeline

    with Database(db, read_only=True) as database:
        rows = database.timeline(a, b, directed=directed)
    if not rows:
        err.print(f"no canonical events between {a} and {b}")
        return
    out.print(render_timeline(rows, width=out.width), highlight=False, markup=False)


@app.command("actors")
def actors_cmd(
    db: DbOption = DEFAULT_DB,
    top: Annotated[int, typer.Option(help="How many actors and dyads.")] = 20,
    fmt: FormatOption = "table",
) -> None:
    """The most active actors and the strongest dyads (canonical events)."""
    with Database(db, read_only=True) as database:
        actors, dyads = database.actors(top)
    _frame_out(actors, fmt, None, "actors")
    _frame_out(dyads, fmt, None, "strongest dyads")


@app.command("export")
def export_cmd(
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="icews|gdelt|plover|jsonl|csv|parquet")
    ],
    out_file: Annotated[Path, typer.Option("--out", help="File to write.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Export events in layouts analysts already have code for (see docs/exports.md)."""
    from communique.exports import FORMATS as EXPORT_FORMATS

    if fmt not in EXPORT_FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(EXPORT_FORMATS)}", param_hint="--format")
    with Database(db, read_only=True) as database:
        n = database.export(fmt, out_file)
    err.print(f"wrote {n} rows to {out_file} ({fmt})")


# --------------------------------------------------------------------------- eval


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


def main() -> None:
    app()
