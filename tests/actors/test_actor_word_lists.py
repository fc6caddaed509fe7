"""The named word lists of ``actors/data/words.tsv`` and their loader."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from communique.actors import cues
from communique.actors.cues import BUILTIN_DIR, WORDS_FILE, parse_word_lists, word_list
from communique.errors import DictionaryError


def _names_in_file() -> set[str]:
    lines = (BUILTIN_DIR / WORDS_FILE).read_text("utf-8").splitlines()
    rows = [line for line in lines if line.strip() and not line.startswith("#")][1:]
    return {row.split("\t")[0] for row in rows}


def test_case_and_order_are_kept() -> None:
    """Weekday and month names are matched case-sensitively against token text, and the
    default leader titles are tried in order."""
    assert word_list("WEEKDAYS")[0] == "Monday"
    assert "Sept" in word_list("MONTHS")
    titles = word_list("DEFAULT_LEADER_TITLES")
    assert titles.index("supreme leader") < titles.index("leader")


def test_unknown_list_is_an_error() -> None:
    with pytest.raises(DictionaryError, match="NO_SUCH_LIST"):
        word_list("NO_SUCH_LIST")


def test_every_builtin_list_is_read_by_some_module() -> None:
    """A list no module reads is dead data that a user might edit in vain."""
    source = "\n".join(p.read_text("utf-8") for p in Path(cues.__file__).parent.glob("*.py"))
    used = set(re.findall(r'word_list\("([A-Z_]+)"\)', source))
    assert _names_in_file() == used


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("TITLES\n", "expected list name, words"),
        ("TITLES\tking||queen\n", "empty word"),
        ("TITLES\tking\nTITLES\tqueen\n", "defined twice"),
    ],
)
def test_malformed_rows_are_errors_not_skipped(row: str, reason: str) -> None:
    """A skipped row would silently change what the resolver matches; a list written twice
    (two branches merged) would let the later row win unseen."""
    with pytest.raises(DictionaryError, match=rf"w\.tsv line \d+: .*{reason}"):
        parse_word_lists("# lists\nlist\twords\n" + row, "w.tsv")


def test_rows_keep_case_and_order() -> None:
    lists = parse_word_lists("list\twords\nDAYS\tMonday| Tuesday\n", "w.tsv")
    assert lists["DAYS"] == ("Monday", "Tuesday")
