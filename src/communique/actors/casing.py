"""When capitals carry no information: sentence-initial words, headlines, odd-case names.

Why a module of its own: the resolver leans on case to tell names from common nouns
("Rebel Wilson" is a person, "rebels" a group; "China" a country, "china" porcelain).  Case
stops being evidence in three places, and each is decided here:

* the first word of a sentence is capitalised whatever it is ("Demonstrators stormed ...");
* headlines in capitals or in title case ("Protesters Storm Embassy") capitalise every
  content word;
* mistyped names ("iSrael", "CHina") are in a case no English word has.
"""

from __future__ import annotations

from collections.abc import Sequence

from communique.actors.phrases import Sentence, Unit, is_unknown_propn
from communique.types import Token

_CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ", "ADV"})
# Opening punctuation that may come before the first word of a sentence.
_OPENERS = frozenset({'"', "'", "\u201c", "\u2018", "(", "[", "-", "\u2013", "\u2014", "..."})


def is_title_sentence(tokens: Sequence[Token]) -> bool:
    """A headline in title case: every verb, noun, adjective and adverb is capitalised.

    Running text always has some lower-case content word (a verb at least), so requiring
    all of them (and at least three) keeps name-heavy sentences such as "US President Joe
    Biden met ..." out."""
    content = [t for t in tokens if t.pos in _CONTENT_POS and t.text[:1].isalpha()]
    return len(content) >= 3 and all(t.text[:1].isupper() for t in content)


def sentence_initial(tokens: Sequence[Token], i: int) -> bool:
    """Is token ``i`` the first word of its sentence (after opening quotes or dashes)?"""
    return all(t.text in _OPENERS for t in tokens[:i])


def capitalised_common(s: Sentence, u: Unit) -> bool:
    """A capitalised agent noun that is still a common noun: the sentence's first word
    ("Insurgents attacked ..."), or any word of a capitals or title-case headline.  Not when
    an unknown proper noun follows, which makes it part of a name ("Rebel Wilson")."""
    tokens = s.tokens
    if u.end < len(tokens) and is_unknown_propn(tokens[u.end]):
        return False
    return sentence_initial(tokens, u.start) or s.stream.caps or is_title_sentence(tokens)


def odd_case(text: str, key: str) -> bool:
    """``text`` spells ``key`` in a case no ordinary word has: a capital after the first
    letter ("iSrael", "CHINA" in running text) or a lower-case first letter followed by
    capitals.  "Us" for "US" is ordinary title case and does not count."""
    if text.lower() != key.lower() or text == key:
        return False
    rest = text[1:]
    return any(c.isupper() for c in rest) or (text[:1].islower() and not text.islower())
