"""What a letter says, told in a relative clause: "released a letter from Putin to Kim, dated
May 2, in which he thanked Kim for his support".

Wire copy reports a published message by its author and recipient ("a letter from A to B")
and then what it does in an "in which" clause whose subject is a pronoun for the author.
The clause's act is the author's, aimed at the recipient: the pronoun and a bare first name
("thanked Kim") are not resolved on their own, and the parser often hangs the "from" and "to"
phrases on the publishing verb rather than on the noun.  The letter's own "dated <day>" dates
the act (``rule_coder`` reads a "dated" expression on the noun).
"""

from __future__ import annotations

from dataclasses import replace

from communique.events.messages import MESSAGE_CLASS
from communique.events.syntax import first_conjunct
from communique.events.view import Found, SentenceView
from communique.types import ActorMention

# Relativizers by which a clause tells the content of a document: "in which", "wherein".
_CONTENT_PREPS = frozenset({"in"})
_CONTENT_WORDS = frozenset({"which", "wherein"})
_AUTHOR_PRONOUNS = frozenset({"he", "she", "they"})


def letter_in_clause(view: SentenceView, trigger: int) -> int | None:
    """The message noun whose "in which" clause holds ``trigger``, or ``None``."""
    tree = view.tree
    clause = first_conjunct(tree, trigger)
    if tree.tok(clause).dep != "relcl" or not _content_relativizer(view, clause):
        return None
    letters = [
        k
        for k in range(clause)
        if tree.tok(k).pos == "NOUN" and view.lexicon.in_class(tree.lemma(k), MESSAGE_CLASS)
    ]
    return letters[-1] if letters else None


def _names_author(view: SentenceView, trigger: int, authors: tuple[ActorMention, ...]) -> bool:
    """Is the clause's subject the author: a pronoun, or a part of the author's name ("in
    which Kim thanked ...")?  "In which the ministry said ..." names a speaker of its own."""
    tree = view.tree
    clause = first_conjunct(tree, trigger)
    subj = tree.kid(clause, {"nsubj"})
    if subj is None:
        return True
    word = tree.tok(subj).text.lower()
    named = {tree.tok(k).text.lower() for m in authors for k in range(m.tok_start, m.tok_end)}
    return word in _AUTHOR_PRONOUNS or (not view.at(subj) and word in named)


def _content_relativizer(view: SentenceView, clause: int) -> bool:
    tree = view.tree
    for k in tree.subtree(clause):
        if k >= clause:
            break
        if tree.lemma(k).lower() in _CONTENT_WORDS:
            prep = tree.head(k)
            return tree.lemma(k).lower() == "wherein" or (
                prep is not None and tree.tok(prep).text.lower() in _CONTENT_PREPS
            )
    return False


def _phrase_actors(view: SentenceView, letter: int, word: str) -> tuple[ActorMention, ...]:
    """Actors of the ``word`` ("from"/"to") phrase on the letter, or on its verb right after
    the letter's own phrases."""
    tree = view.tree
    verb = tree.head(letter)
    phrases = [*tree.preps(letter, {word})]
    if verb is not None:
        phrases += [(p, o) for p, o in tree.preps(verb, {word}) if o > letter]
    for _, pobj in phrases:
        found = tuple(m for m in view.in_phrase(pobj) if m.via != "location")
        if found:
            return found
    return ()


def letter_voice(view: SentenceView, found: Found) -> Found:
    """``found`` with the letter's author as source (and its addressee as target when the
    clause names none we know) when its act is told in a letter's "in which" clause."""
    letter = letter_in_clause(view, found.trigger)
    if letter is None:
        return found
    authors = _phrase_actors(view, letter, "from")
    if not authors or not _names_author(view, found.trigger, authors):
        return found
    targets = found.targets or _phrase_actors(view, letter, "to")
    keys = {(m.tok_start, m.tok_end) for m in authors}
    targets = tuple(m for m in targets if (m.tok_start, m.tok_end) not in keys)
    return replace(found, sources=authors, targets=targets)
