"""Which sense a country word has where it stands: a language, a company, a national body.

Why: a nationality adjective is not always the state.  "switching to English" and "a
Chinese-language newspaper" name a language; "Malaysia Airlines" and "Korean Air" name a
national carrier (CAMEO's business sector, ``MYSBUS``); a generic council name after a
country ("South Korea's National Security Council") is that country's body, not the UN
organ the bare alias stands for.  The word lists live in ``data/`` (``cues.py``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from communique.actors.cues import Cues
from communique.types import Token

_HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013", "\u2014"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
_OBJECT_DEPS = frozenset({"dobj", "obj", "pobj", "attr", "oprd"})


def language_use(tokens: Sequence[Token], start: int, end: int, cues: Cues) -> bool:
    """Does the adjective at ``[start, end)`` name a language here?

    Three phenomena: a language word after it ("Chinese-language", "English speakers"); a
    bare preposition before it with no noun after it to modify ("in Russian", "into Korean",
    "switching to English": a state would take "the" or a noun); the object of a verb of
    speaking or writing ("spoke Russian", "translated from Arabic" is the preposition case).
    """
    last = tokens[end - 1]
    k = end
    while k < len(tokens) and tokens[k].text in _HYPHENS:
        k += 1
    if k < len(tokens) and _lower(tokens[k]) in cues.language_words("after"):
        return True
    if _modifies_right(tokens, end):
        return False
    if start > 0 and tokens[start - 1].text.lower() in cues.language_words("preposition"):
        return tokens[start - 1].i == last.head or last.dep in _OBJECT_DEPS
    head = tokens[last.head] if 0 <= last.head < len(tokens) else last
    return (
        last.dep in _OBJECT_DEPS
        and head.pos in ("VERB", "AUX")
        and head.lemma.lower() in cues.language_words("verb")
    )


def _lower(t: Token) -> str:
    return t.text.lower()


def _modifies_right(tokens: Sequence[Token], end: int) -> bool:
    """The adjective's last word hangs on a noun after it ("to Chinese officials"), or a
    noun follows directly whatever the parse says."""
    last = tokens[end - 1]
    if last.dep in _MODIFIER_DEPS and last.head >= end:
        return True
    return (
        end < len(tokens) and tokens[end].pos in ("NOUN", "PROPN") and tokens[end].text[:1] != "-"
    )


def company_after(tokens: Sequence[Token], end: int, cues: Cues) -> tuple[int, str] | None:
    """A company word right after a country name ending at ``end`` ("Malaysia | Airlines",
    "Korean | Air Lines"): ``(end of the company name, sector)``, longest words first."""
    return _company_words(tokens, end, cues.company_words("suffix"))


def company_before(tokens: Sequence[Token], i: int, cues: Cues) -> tuple[int, str] | None:
    """A company word opening a name at ``i`` ("Air | India"): ``(end of the words, sector)``;
    the caller checks that a country name follows."""
    return _company_words(tokens, i, cues.company_words("prefix"), closed=False)


def ends_name_run(tokens: Sequence[Token], end: int) -> bool:
    """No capitalised word continues the name ("Korean Air Force" is no airline)."""
    if end >= len(tokens):
        return True
    nxt = tokens[end]
    return not (nxt.text[:1].isupper() or nxt.text in _HYPHENS)


def _company_words(
    tokens: Sequence[Token], at: int, table: Mapping[tuple[str, ...], str], *, closed: bool = True
) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    first = tokens[at].text if at < len(tokens) else None
    for words, sector in table.items():
        if words and words[0] != first:
            continue  # cheap test first: this runs at every token of every sentence
        stop = at + len(words)
        if stop > len(tokens) or tuple(t.text for t in tokens[at:stop]) != words:
            continue
        if closed and not ends_name_run(tokens, stop):
            continue
        if best is None or stop > best[0]:
            best = (stop, sector)
    return best


def generic_alias(keys: Sequence[str], canonical: Sequence[str]) -> bool:
    """A name that is an organisation's generic alias ("Security Council" for the UN's):
    not its full name and carrying no acronym ("UN Security Council" is unambiguous)."""
    if tuple(k.lower() for k in keys) == tuple(k.lower() for k in canonical):
        return False
    return not any(k.isupper() or "." in k for k in keys)


def modifies_noun(tokens: Sequence[Token], end: int) -> bool:
    """The name ending at ``end`` modifies a noun after it ("Security Council seat")."""
    last = tokens[end - 1]
    return last.dep in _MODIFIER_DEPS and last.head >= end


def event_after(tokens: Sequence[Token], end: int, cues: Cues) -> int:
    """End of an event noun right after a place ("the Beijing Olympics", "the Qatar World
    Cup"), or 0.  The place then names where the event is held: it is no part of an unknown
    longer name and no actor, only a location (``data/event_nouns.tsv``)."""
    for words in cues.events:
        stop = end + len(words)
        if stop <= len(tokens) and tuple(t.text for t in tokens[end:stop]) == words:
            return stop
    return 0
