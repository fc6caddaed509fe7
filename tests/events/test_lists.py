"""Lists of actors the parser did not make conjuncts, on hand-built parses (fast).

The small English model often hangs "Mordor, the Shire, Arnor and Bree" as an apposition
chain, "Arnor and the evil Gondor" with the name as an apposition, or gives a verb two
subjects.  Every named member of a real coordination is a source; an apposition that only
describes an actor adds nobody.
"""

from __future__ import annotations

from communique.events.doers import subject_actors
from communique.events.lexicon import load_lexicon
from communique.events.syntax import Tree
from communique.events.view import SentenceView
from communique.types import ActorMention, ActorRef, ParsedSentence, Token

LEXICON = load_lexicon()


def _sentence(spec: str) -> ParsedSentence:
    """``text/POS/dep/head`` tokens separated by blanks."""
    tokens = []
    pos = 0
    for i, part in enumerate(spec.split()):
        text, tag, dep, head = part.split("/")
        tokens.append(
            Token(
                i=i, text=text, lemma=text.lower(), pos=tag, tag="", dep=dep, head=int(head),
                start=pos, end=pos + len(text),
            )
        )  # fmt: skip
        pos += len(text) + 1
    text = " ".join(t.text for t in tokens)
    return ParsedSentence(index=0, start=0, end=len(text), text=text, tokens=tuple(tokens))


def _mention(s: ParsedSentence, i: int, code: str) -> ActorMention:
    t = s.tokens[i]
    actor = ActorRef(code, code, None, t.text)
    return ActorMention(0, i, i + 1, i, t.start, t.end, actor)


def _view(spec: str, names: dict[int, str]) -> SentenceView:
    s = _sentence(spec)
    mentions = tuple(_mention(s, i, code) for i, code in names.items())
    return SentenceView(Tree.of(s), mentions, LEXICON)


def _sources(view: SentenceView, verb: int) -> list[str]:
    return sorted(m.actor.code for m in subject_actors(view, verb))


def test_apposition_chain_in_a_list() -> None:
    spec = (
        "Chile/PROPN/nsubj/8 ,/PUNCT/punct/0 the/DET/det/3 Peru/PROPN/appos/0 ,/PUNCT/punct/3"
        " Bolivia/PROPN/conj/3 and/CCONJ/cc/5 Ecuador/PROPN/conj/5 signed/VERB/ROOT/8"
    )
    view = _view(spec, {0: "CHL", 3: "PER", 5: "BOL", 7: "ECU"})
    assert _sources(view, 8) == ["BOL", "CHL", "ECU", "PER"]


def test_name_hung_as_apposition_after_a_coordinator() -> None:
    spec = (
        "Chile/PROPN/nsubj/6 and/CCONJ/cc/0 the/DET/det/4 new/ADJ/amod/4 government/NOUN/conj/0"
        " Peru/PROPN/appos/0 signed/VERB/ROOT/6"
    )
    view = _view(spec, {0: "CHL", 5: "PER"})
    assert _sources(view, 6) == ["CHL", "PER"]


def test_names_modifying_the_last_member() -> None:
    spec = (
        "Chile/PROPN/nmod/4 ,/PUNCT/punct/0 Peru/PROPN/conj/0 and/CCONJ/cc/2"
        " Bolivia/PROPN/nsubj/5 signed/VERB/ROOT/5"
    )
    view = _view(spec, {0: "CHL", 2: "PER", 4: "BOL"})
    assert _sources(view, 5) == ["BOL", "CHL", "PER"]


def test_apposition_without_a_coordinator_adds_nobody() -> None:
    # "Peru's envoy, Chile, ..." is not how lists look: without "and"/"or" the apposition
    # describes the subject
    spec = "envoy/NOUN/nsubj/3 ,/PUNCT/punct/0 Chile/PROPN/appos/0 signed/VERB/ROOT/3"
    view = _view(spec, {2: "CHL"})
    assert _sources(view, 3) == []


def test_coordinated_adjectives_are_not_a_list() -> None:
    spec = (
        "the/DET/det/4 tough/ADJ/amod/4 and/CCONJ/cc/1 able/ADJ/conj/1 minister/NOUN/nsubj/6"
        " Chile/PROPN/appos/4 spoke/VERB/ROOT/6"
    )
    view = _view(spec, {5: "CHL"})
    assert _sources(view, 6) == []


def test_several_subjects_of_one_verb() -> None:
    spec = (
        "Farmers/NOUN/nsubj/5 ,/PUNCT/punct/0 unions/NOUN/conj/0 and/CCONJ/cc/0"
        " Chile/PROPN/nsubj/5 protested/VERB/ROOT/5"
    )
    view = _view(spec, {4: "CHL"})
    assert _sources(view, 5) == ["CHL"]
