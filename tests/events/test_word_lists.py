"""The named word lists of ``events/data/words.tsv`` and their loader."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from communique.errors import DictionaryError
from communique.events import lexicon
from communique.events.lexicon import WORDS_FILE, parse_word_lists, word_list

_HEADER = "# what the lists are for\nlist\twords\n"


def test_rows_parse_into_ordered_words() -> None:
    lists = parse_word_lists(_HEADER + "# why\nSTEPS\tmeasure|step\nTIMES\tnight| day\n", "t.tsv")
    assert lists["STEPS"] == ("measure", "step")
    assert lists["TIMES"] == ("night", "day")


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("STEPS\n", "expected list name, words"),
        ("STEPS\t\n", "expected list name, words"),
        ("STEPS\tmeasure||step\n", "empty word"),
        ("STEPS\tmeasure\nSTEPS\tstep\n", "defined twice"),
    ],
)
def test_malformed_rows_name_file_and_line(row: str, reason: str) -> None:
    with pytest.raises(DictionaryError, match=rf"t\.tsv line \d+: .*{reason}"):
        parse_word_lists(_HEADER + row, "t.tsv")


def test_unknown_list_is_an_error() -> None:
    with pytest.raises(DictionaryError, match="NO_SUCH_LIST"):
        word_list("NO_SUCH_LIST")


def test_builtin_lists_are_lower_case_and_without_repeats() -> None:
    """Modules match them against lower-cased lemmas and words: an upper-case entry or a
    repeated word would be a silent typo."""
    text = resources.files("communique.events.data").joinpath(WORDS_FILE).read_text("utf-8")
    for name, words in parse_word_lists(text, WORDS_FILE).items():
        assert all(w == w.lower() for w in words), name
        assert len(words) == len(set(words)), name


def test_every_builtin_list_is_read_by_some_module() -> None:
    """A list no module reads is dead data that a user might edit in vain."""
    text = resources.files("communique.events.data").joinpath(WORDS_FILE).read_text("utf-8")
    source = "\n".join(p.read_text("utf-8") for p in Path(lexicon.__file__).parent.glob("*.py"))
    used = set(re.findall(r'word_list\("([A-Z_]+)"\)', source))
    assert set(parse_word_lists(text, WORDS_FILE)) == used
