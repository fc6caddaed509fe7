"""Small readers the event tests share: how a failing assertion shows the events it saw, and
which events count as done.  (Imported as a plain module: pytest puts this folder on the path.)"""

from __future__ import annotations

from collections.abc import Iterable

from communique.types import EventMention, ParsedSentence, Token

UNDONE = frozenset({"negated", "hypothetical"})


def show(events: Iterable[EventMention]) -> list[str]:
    """One line per event, for assertion messages: dyad, code, modality."""
    return [f"{e.source_code}->{e.target_code} {e.cameo} {e.modality}" for e in events]


def show_plover(events: Iterable[EventMention]) -> list[str]:
    """As ``show``, with the PLOVER type."""
    return [f"{e.source_code}->{e.target_code} {e.cameo} {e.plover} {e.modality}" for e in events]


def asserted(events: Iterable[EventMention], plover: str | None = None) -> list[EventMention]:
    """The events coded as happening (not negated or hypothetical), of one PLOVER type if
    ``plover`` is given."""
    return [
        e for e in events if (plover is None or e.plover == plover) and e.modality not in UNDONE
    ]


def has_asserted(events: Iterable[EventMention], src: str, tgt: str, root: str) -> bool:
    """Is there an asserted event from country prefix ``src`` to ``tgt`` whose code starts
    with ``root``?  (The one dyad check many phenomenon files need.)"""
    return any(
        (e.source_code or "")[:3] == src
        and (e.target_code or "")[:3] == tgt
        and e.cameo.startswith(root)
        for e in asserted(events)
    )


def country_dyads(events: Iterable[EventMention], prefix: str) -> set[tuple[str, str]]:
    """(source, target) country prefixes of the events done whose code starts ``prefix``."""
    return {
        (e.source_code[:3], (e.target_code or "")[:3])
        for e in events
        if e.cameo.startswith(prefix) and e.modality not in UNDONE
    }


def done_dyads(events: Iterable[EventMention]) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, CAMEO code) of the asserted events."""
    return {
        (e.source_country, e.target_country, e.cameo) for e in events if e.modality == "asserted"
    }


def done_codes(events: Iterable[EventMention]) -> set[str]:
    """CAMEO codes of the asserted events."""
    return {e.cameo for e in events if e.modality == "asserted"}


def sentence_from_spec(spec: str) -> ParsedSentence:
    """A hand-built parse: ``text/lemma/POS/dep/head`` tokens separated by blanks (tests that
    must not depend on what the statistical parser happens to do)."""
    tokens = []
    pos = 0
    for i, part in enumerate(spec.split()):
        text, lemma, tag, dep, head = part.split("/")
        tokens.append(Token(i, text, lemma, tag, "", dep, int(head), pos, pos + len(text)))
        pos += len(text) + 1
    text = " ".join(t.text for t in tokens)
    return ParsedSentence(index=0, start=0, end=len(text), text=text, tokens=tuple(tokens))
