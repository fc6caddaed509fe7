"""When capitals carry no information: sentence-initial words, headlines, odd-case names.

Why a module of its own: the resolver leans on case to tell names from common nouns
("Rebel Wilson" is a person, "rebels" a group; "China" a country, "china" porcelain).  Case
stops being evidence in three places, and each is decided here:

* the first word of a sentence is capitalised whatever it is ("Demonstrators stormed ...");
* headlines in capitals or in title case ("Protesters Storm Embassy") capitalise every
  content word;
* mistyped names ("iSrael", "CHina") are in a case no English word has (matched in
  ``names.py``), and an institution's name typed in lower case ("congress") means the
  institution in a story about its country.
"""

from __future__ import annotations

from collections.abc import Sequence

from communique.actors.kb import is_null_code
from communique.actors.phrases import Found, Sentence, Unit, is_unknown_propn
from communique.types import Token

_CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ", "ADV"})
_MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})
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


def lowercase_institution(s: Sentence, u: Unit) -> Found | None:
    """ "congress" typed in lower case in a story about the US: the institution the
    knowledge base knows by that word capitalised ("Congress", USALEG), when its country is
    the one the article is most about.  Conservative: a bare noun only (not "a party
    congress", "the annual congress of ..."), and the country must clearly dominate."""
    tokens = s.tokens
    t = tokens[u.start]
    if s.weigh is None or u.end - u.start != 1 or not t.text.islower():
        return None
    if u.start > 0:
        prev = tokens[u.start - 1]
        if prev.pos in _MODIFIER_POS or prev.text.lower() in ("a", "an"):
            return None
    if u.end < len(tokens) and tokens[u.end].text.lower() == "of":
        return None
    e = s.kb.lookup(t.text.capitalize())
    if e is None or e.kind != "org" or not e.country or is_null_code(e.code):
        return None
    coding = s.kb.code_for(e.entity_id, s.on)
    if coding is None or dominant_country(s) != e.country:
        return None
    return Found(u.start, u.end, (coding,), "context", e.entity_id)


def dominant_country(s: Sentence) -> str | None:
    """The country the article is clearly most about (mentioned at least twice and more
    often than any other), or ``None``."""
    weigh = s.weigh
    if weigh is None:
        return None
    ranked = sorted(((weigh(c), c) for c in s.kb.countries), reverse=True)
    if not ranked or ranked[0][0] < 2 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return ranked[0][1]
