"""The typer application, its shared options and the printing helpers every command uses.

Commands live in sibling modules (``corpus``, ``coding``, ``analysis``) and register themselves
on ``app`` when imported; all printing happens in this package, never in the library.
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
from rich.table import Table

from communique import __version__
from communique.store import infer_format, write_table

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


def parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option
        ) from None


def actor_files(paths: list[Path] | None) -> tuple[Path, ...]:
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


def emit(rows: list[dict], fields: tuple[str, ...], fmt: str, title: str) -> None:
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


def frame_out(frame, fmt: str, out_file: Path | None, title: str) -> None:
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
    emit(rows, tuple(str(c) for c in frame.columns), fmt, title)
