"""The PLOVER-coverage trigger rows (``events/data/lexicon_plover.tsv``): they load, every code
is a CAMEO code whose PLOVER type is the one the row's section promises, and no row repeats
one of the earlier lexicon files (which would make it dead or contradictory)."""

from __future__ import annotations

from importlib import resources

import pytest

from communique.events.extract import SentenceView, choose_rule
from communique.events.lexicon import Lexicon, load_lexicon, tsv_rows
from communique.events.syntax import Tree
from communique.ontology import load_ontology
from communique.types import ParsedSentence, Token

_DATA = "communique.events.data"


def _rows(name: str) -> list[tuple[int, list[str]]]:
    """(line number, columns) of a lexicon file's rule rows: comments and header skipped."""
    return list(tsv_rows(resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


@pytest.fixture(scope="module")
def rows() -> list[tuple[int, list[str]]]:
    return _rows("lexicon_plover.tsv")


def test_every_row_is_loaded(lexicon: Lexicon, rows: list[tuple[int, list[str]]]) -> None:
    assert rows
    for n, cols in rows:
        pos, lemma, obj, code = (c.strip() for c in cols[:4])
        loaded = {(r.lemma, r.obj, r.code) for r in lexicon.candidates(pos, lemma.split("_")[0])}
        assert (lemma, obj, code) in loaded, f"line {n}: {cols}"


def test_codes_are_cameo_and_classes_known(
    lexicon: Lexicon, rows: list[tuple[int, list[str]]]
) -> None:
    ontology = load_ontology()
    for n, cols in rows:
        code = cols[3]
        assert code == "=obj" or ontology.is_cameo(code), f"line {n}: {code}"
        if cols[2].startswith("@"):
            assert cols[2][1:] in lexicon.classes, f"line {n}: {cols[2]}"
        flags = cols[4] if len(cols) > 4 else ""
        for part in flags.split("|"):
            if part.startswith("civ="):
                assert ontology.is_cameo(part[4:]), f"line {n}: {part}"


def test_no_row_repeats_an_earlier_file(rows: list[tuple[int, list[str]]]) -> None:
    earlier = {
        (cols[0], cols[1], cols[2])
        for name in ("lexicon.tsv", "lexicon_cameo.tsv")
        for _, cols in _rows(name)
    }
    own = [(cols[0], cols[1], cols[2]) for _, cols in rows]
    assert len(own) == len(set(own))
    assert [k for k in own if k in earlier] == []


def _tree(spec: list[tuple[str, str, str, str, int]]) -> Tree:
    tokens, start = [], 0
    for i, (text, lemma, pos, dep, head) in enumerate(spec):
        tokens.append(Token(i, text, lemma, pos, pos, dep, head, start, start + len(text)))
        start += len(text) + 1
    text = " ".join(t[0] for t in spec)
    return Tree.of(ParsedSentence(0, 0, len(text), text, tuple(tokens)))


def test_opening_a_border_eases_a_blockade(lexicon: Lexicon) -> None:
    tree = _tree([
        ("Egypt", "Egypt", "PROPN", "nsubj", 1), ("reopened", "reopen", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("border", "border", "NOUN", "dobj", 1),
    ])  # fmt: skip
    chosen = choose_rule(SentenceView(tree, (), lexicon), 1, "V")
    assert chosen is not None and chosen[0].code == "0872"


def test_sending_aid_is_not_sending_inspectors(lexicon: Lexicon) -> None:
    def code_for(noun: str) -> str | None:
        tree = _tree([
            ("Japan", "Japan", "PROPN", "nsubj", 1), ("sent", "send", "VERB", "ROOT", 1),
            (noun, noun, "NOUN", "dobj", 1),
        ])  # fmt: skip
        chosen = choose_rule(SentenceView(tree, (), lexicon), 1, "V")
        return chosen[0].code if chosen else None

    assert code_for("inspectors") == "090"
    assert code_for("aid") == "070"
    assert code_for("team") != "090"  # a rescue or forensic team investigates nothing
