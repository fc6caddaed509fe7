"""``Tree``'s precomputed lemmas must read exactly as the per-token rule does."""

from __future__ import annotations

from dataclasses import replace

from communique.events.syntax import Tree
from communique.types import ParsedSentence, Token


def _sentence(words: list[tuple[str, str, str, str, int]]) -> ParsedSentence:
    tokens, pos = [], 0
    for i, (text, lemma, tag, dep, head) in enumerate(words):
        tokens.append(Token(i, text, lemma, tag, tag, dep, head, pos, pos + len(text)))
        pos += len(text) + 1
    return ParsedSentence(0, 0, pos, " ".join(w[0] for w in words), tuple(tokens))


SENTENCE = _sentence([
    ("Troops", "troop", "NOUN", "nsubj", 1),
    ("shelling", "shelling", "VERB", "ROOT", 1),
    ("the", "the", "DET", "det", 3),
    ("shelling", "shelling", "NOUN", "dobj", 1),
    ("Staged", "stag", "VERB", "conj", 1),
])  # fmt: skip


def test_lemmas_fix_known_slips_and_keep_the_noun_reading() -> None:
    tree = Tree.of(SENTENCE)
    assert [tree.lemma(i) for i in range(5)] == ["troop", "shell", "the", "shelling", "stage"]


def test_a_tree_built_without_lemmas_reads_them_the_same_way() -> None:
    tree = Tree.of(SENTENCE)
    bare = replace(tree, lemmas=())
    assert [bare.lemma(i) for i in range(5)] == [tree.lemma(i) for i in range(5)]


def test_kids_filters_by_relation_in_any_iterable() -> None:
    tree = Tree.of(SENTENCE)
    assert tree.kids(1) == [0, 3, 4]
    assert tree.kids(1, ["dobj", "conj"]) == [3, 4]
    assert tree.kid(1, ("conj",)) == 4
    assert tree.kid(1, {"iobj"}) is None
