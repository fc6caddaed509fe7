"""Commands over canonical events: dyad series, timelines, top actors, exports."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from communique.cli.app import DbOption, FormatOption, app, err, frame_out, out
from communique.database import DEFAULT_DB, Database


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
    frame_out(series, fmt, out_file, f"{a} {'→' if directed else '↔'} {b} by {by}")
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
    frame_out(actors, fmt, None, "actors")
    frame_out(dyads, fmt, None, "strongest dyads")


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
