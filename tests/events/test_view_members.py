"""Who is in a noun phrase: conjuncts the parser hangs on odd words, lists read as appositions.

Hand-written parses (the shapes the small English model produces), so no model is needed.
"""

from __future__ import annotations

from communique.events.doers import subject_actors
from communique.events.lexicon import load_lexicon
from communique.events.syntax import Tree
from communique.events.view import SentenceView
from communique.types import ActorMention, ActorRef, ParsedSentence, Token


def _tree(spec: list[tuple[str, str, str, str, int]]) -> Tree:
    tokens, start = [], 0
    for i, (text, lemma, pos, dep, head) in enumerate(spec):
        tokens.append(Token(i, text, lemma, pos, pos, dep, head, start, start + len(text)))
        start += len(text) + 1
    text = " ".join(t[0] for t in spec)
    return Tree.of(ParsedSentence(0, 0, len(text), text, tuple(tokens)))


def _mention(code: str, start: int, end: int, sentence: int = 0) -> ActorMention:
    ref = ActorRef(code, code[:3], code[3:] or None, code)
    return ActorMention(sentence, start, end, end - 1, 0, 0, ref)


def _codes(mentions: tuple[ActorMention, ...]) -> list[str]:
    return sorted(m.actor.code for m in mentions)


def test_a_conjunct_attached_to_the_surname_joins_the_subject() -> None:
    # "Angela Merkel and Xi Jinping met": subject "Angela", "and Xi" hangs on "Merkel".
    tree = _tree([
        ("Angela", "angela", "PROPN", "nsubj", 5), ("Merkel", "Merkel", "PROPN", "pobj", 0),
        ("and", "and", "CCONJ", "cc", 1), ("Xi", "Xi", "PROPN", "compound", 4),
        ("Jinping", "Jinping", "PROPN", "conj", 1), ("met", "meet", "VERB", "ROOT", 5),
    ])  # fmt: skip
    view = SentenceView(tree, (_mention("DEUGOV", 0, 2), _mention("CHNGOV", 3, 5)), load_lexicon())
    assert _codes(subject_actors(view, 5)) == ["CHNGOV", "DEUGOV"]


def test_a_list_parsed_as_apposition_is_read_as_a_list_in_subjects() -> None:
    # "Chile, Peru and Bolivia met": Peru appos of Chile, Bolivia conj of Peru.
    tree = _tree([
        ("Chile", "Chile", "PROPN", "nsubj", 5), (",", ",", "PUNCT", "punct", 0),
        ("Peru", "Peru", "PROPN", "appos", 0), ("and", "and", "CCONJ", "cc", 2),
        ("Bolivia", "Bolivia", "PROPN", "conj", 2), ("met", "meet", "VERB", "ROOT", 5),
    ])  # fmt: skip
    mentions = (_mention("CHL", 0, 1), _mention("PER", 2, 3), _mention("BOL", 4, 5))
    view = SentenceView(tree, mentions, load_lexicon())
    assert _codes(subject_actors(view, 5)) == ["BOL", "CHL", "PER"]
    # after a verb the same shape is not expanded
    assert _codes(view.in_phrase(0)) == ["CHL"]


def test_an_apposition_that_describes_is_not_a_list() -> None:
    # "Chile, a neighbour of Peru, protested": the apposition has no conjuncts.
    tree = _tree([
        ("Chile", "Chile", "PROPN", "nsubj", 6), (",", ",", "PUNCT", "punct", 0),
        ("a", "a", "DET", "det", 3), ("neighbour", "neighbour", "NOUN", "appos", 0),
        ("of", "of", "ADP", "prep", 3), ("Peru", "Peru", "PROPN", "pobj", 4),
        ("protested", "protest", "VERB", "ROOT", 6),
    ])  # fmt: skip
    view = SentenceView(tree, (_mention("CHL", 0, 1), _mention("PER", 5, 6)), load_lexicon())
    assert _codes(subject_actors(view, 6)) == ["CHL"]
