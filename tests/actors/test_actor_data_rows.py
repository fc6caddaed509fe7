"""The shipped actor tables hold each row once (union merges of parallel branches can keep a
row twice; a repeated dictionary entry hides which row a later edit must change)."""

from __future__ import annotations

from collections import Counter

import pytest

from communique.actors.cues import BUILTIN_DIR

_TABLES = sorted(p.name for p in BUILTIN_DIR.glob("*.tsv"))


def _repeated(path_text: str) -> list[str]:
    rows = [
        line.rstrip()
        for line in path_text.splitlines()
        if line.strip() and not line.startswith("#")
    ]
    counts = Counter(rows)
    return sorted(row for row, n in counts.items() if n > 1)


def test_repeats_are_found() -> None:
    assert _repeated("# c\n# c\nname\tcode\nA\tX\nB\tY\nA\tX\n") == ["A\tX"]


@pytest.mark.parametrize("name", _TABLES)
def test_shipped_table_has_no_repeated_rows(name: str) -> None:
    assert _repeated((BUILTIN_DIR / name).read_text(encoding="utf-8")) == [], name
