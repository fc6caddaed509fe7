"""The named word lists of ``actors/data/words.tsv`` and their loader."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from communique.actors import cues
from communique.actors.cues import BUILTIN_DIR, WORDS_FILE, word_list
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
