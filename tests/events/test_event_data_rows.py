"""The shipped event-coder tables hold each row once.

Branches that each add rows to the same table are combined by union merges, which keep a
row twice when two branches wrote it.  A repeated lexicon rule is a second candidate that can
never win over its twin, and a repeated frame row is a key read twice: both are dead weight
that hides which row a later edit must change, so the files are checked here, at merge time.
"""

from __future__ import annotations

from collections import Counter
from importlib import resources

import pytest

from communique.events.lexicon import tsv_rows

_DATA = "communique.events.data"
_TABLES = sorted(p.name for p in resources.files(_DATA).iterdir() if p.name.endswith(".tsv"))


def repeated_rows(text: str) -> list[str]:
    """The data rows (comments, blank lines and the header left out) that occur more than once,
    compared without trailing blanks."""
    counts = Counter("\t".join(c.rstrip() for c in cols) for _, cols in tsv_rows(text))
    return sorted(row for row, n in counts.items() if n > 1)


def test_repeated_rows_are_found() -> None:
    text = "# a comment\nframe\tinner\tcode\nintent\t13\t130\nintent\t14\t133\nintent\t13\t130 \n"
    assert repeated_rows(text) == ["intent\t13\t130"]


def test_comments_and_header_are_not_rows() -> None:
    assert repeated_rows("# x\n# x\nframe\tinner\tcode\nintent\t13\t130\n") == []


@pytest.mark.parametrize("name", _TABLES)
def test_shipped_table_has_no_repeated_rows(name: str) -> None:
    text = resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")
    assert repeated_rows(text) == [], name
