"""Expanding what the user typed (files, directories, glob patterns, ``-``) into input files.

Order is deterministic (sorted, depth-first) so two runs over the same folder produce the same
article order and therefore the same store.  Hidden files and folders (``.git``, ``.DS_Store``)
are skipped: they are never articles.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

STDIN = "-"


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a file path, stdin (``path == "-"``), or a problem to report."""

    path: str
    problem: str | None = None

    @property
    def is_stdin(self) -> bool:
        return self.path == STDIN


def _hidden(name: str) -> bool:
    return name.startswith(".") and name not in (".", "..")


def _walk(directory: str) -> Iterator[str]:
    """Files under ``directory``, sorted, hidden entries skipped, without following loops."""
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError as exc:
        raise _WalkError(directory, exc.strerror or str(exc)) from exc
    for entry in entries:
        if _hidden(entry.name):
            continue
        path = os.path.join(directory, entry.name)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path)
        elif entry.is_file():
            yield path


class _WalkError(Exception):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(path)
        self.path = path
        self.reason = reason


def _expand_directory(directory: str) -> Iterator[Source]:
    try:
        for path in _walk(directory):
            yield Source(path)
    except _WalkError as exc:
        yield Source(exc.path, f"cannot list directory: {exc.reason}")


def _has_magic(pattern: str) -> bool:
    return any(ch in pattern for ch in "*?[")


def expand(paths: Iterable[str]) -> Iterator[Source]:
    """Sources for each argument, in argument order; each file at most once."""
    seen: set[str] = set()
    for arg in paths:
        for source in _expand_one(arg):
            key = (
                source.path if source.is_stdin or source.problem else os.path.realpath(source.path)
            )
            if source.problem is None and not source.is_stdin:
                if key in seen:
                    continue
                seen.add(key)
            yield source


def _expand_one(arg: str) -> Iterator[Source]:
    if arg == STDIN:
        yield Source(STDIN)
    elif os.path.isdir(arg):
        yield from _expand_directory(arg)
    elif os.path.exists(arg):
        yield Source(arg)
    elif _has_magic(arg):
        matches = sorted(glob.glob(arg, recursive=True))
        if not matches:
            yield Source(arg, "no files match this pattern")
        for match in matches:
            if os.path.isdir(match):
                yield from _expand_directory(match)
            elif not _hidden(os.path.basename(match)):
                yield Source(match)
    else:
        yield Source(arg, "no such file or directory")
