"""Reading gold-standard files into one neutral form, whatever their layout.

Three layouts are understood, told apart by the keys of their records, never by file name
(a renamed or hand-made file must still be read correctly):

``sentence``
    PETRARCH-style validation records: ``text``, ``date`` (``YYYYMMDD``, the story date),
    ``events`` ``[{source, target, code}]`` with full CAMEO actor codes (``GUYJUD``),
    ``noevents``, ``error``, ``category``, ``category_in_include_list``.
``plover``
    PLOVER gold-standard records: one event per record whose ``code`` is a PLOVER type name
    and whose ``source``/``target`` are lists of ``{actorText, code, sector}``.
``article``
    communique's own article-level gold: ``published`` plus events with ``roots`` (accepted
    CAMEO roots), optional ``codes``, ``date`` and ``window``, ``must`` and ``symmetric``.

A record that cannot be read is reported (file, line, reason) and skipped; the rest of the
file is still scored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

SENTENCE, PLOVER, ARTICLE = "sentence", "plover", "article"

# A well-formed CAMEO actor code: a country (or ``---`` for "no country") followed by
# 3-letter segments.  Unit-test gold also holds quoted new-actor names, ``+++``/``###``
# markers and ``A/B/C`` compounds; those test PETRARCH options, not coding accuracy.
_ACTOR_CODE = re.compile(r"^(?:---|[A-Z0-9]{3})(?:[A-Z0-9]{3})*$")
_ROOT = re.compile(r"^(0[1-9]|1[0-9]|20)$")
EXCLUDED_CODE = "code not in CAMEO"
EXCLUDED_ACTOR = "actor code not well formed"


NOT_DONE = frozenset({"negated", "hypothetical"})


class GoldError(ValueError):
    """A gold record that cannot be read; the message names the record and the reason."""


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """An expected event.

    ``source``/``target``: actor codes as the gold gives them (``None``: the gold does not
    say, so any actor matches).  ``roots``: accepted CAMEO roots; ``codes``: accepted full
    CAMEO codes (empty: the gold gives none).  ``plover``: PLOVER type (normalised to the
    current names) for PLOVER gold.  ``excluded``: why the event is not scored, or ``None``.
    """

    source: str | None
    target: str | None
    roots: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    plover: str | None = None
    date: date | None = None
    window: tuple[int, int] = (0, 0)
    must: bool = True
    symmetric: bool = False
    label: str = ""
    excluded: str | None = None

    def describe(self) -> str:
        code = "/".join(self.codes or self.roots) or (self.plover or "?")
        arrow = "<->" if self.symmetric else "->"
        text = f"{self.source or '*'} {arrow} {self.target or '*'} {code}"
        return f"{text} ({self.label})" if self.label else text


@dataclass(frozen=True, slots=True)
class GoldItem:
    """One gold unit to code: a sentence (PETRARCH, PLOVER) or an article (ours)."""

    item_id: str
    text: str
    published: date | None
    category: str
    events: tuple[GoldEvent, ...]
    fmt: str = "txt"  # "html": ``text`` is raw HTML and goes through ingest as such

    @property
    def scored_events(self) -> tuple[GoldEvent, ...]:
        return tuple(e for e in self.events if e.excluded is None)


@dataclass
class GoldFile:
    """A parsed gold file: its layout, the items to score and what could not be used."""

    path: Path
    kind: str
    items: list[GoldItem] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # scored, but something was off
    skipped: int = 0  # records the source itself leaves out (category not in include list)


# --------------------------------------------------------------------------- detection


def detect_kind(record: dict[str, Any]) -> str | None:
    """The layout of one record from its keys, or ``None`` when the record cannot tell
    (e.g. an empty event list with no other marker)."""
    events = record.get("events")
    if "published" in record or any(isinstance(e, dict) and "roots" in e for e in events or ()):
        return ARTICLE
    if not isinstance(events, list):
        return None
    for event in events:
        if not isinstance(event, dict):
            continue
        if isinstance(event.get("source"), list) or isinstance(event.get("target"), list):
            return PLOVER
        code = event.get("code")
        if isinstance(code, str) and code.isalpha():
            return PLOVER
        return SENTENCE
    if any(k in record for k in ("noevents", "error", "category_in_include_list")):
        return SENTENCE
    return None


# --------------------------------------------------------------------------- parsing


def parse_yyyymmdd(value: object) -> date | None:
    """The story date of a PETRARCH record (``19950101``) or ISO date; ``None`` if absent."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{8}", text):
            return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
        return date.fromisoformat(text[:10])
    except ValueError as exc:
        raise GoldError(f"bad date {value!r}: {exc}") from None


def story_date(value: object) -> date | None:
    """A third-party record's story date, leniently: an unreadable one is ``None`` (the
    sentence is still scored, without a publication date; ``load_gold`` warns)."""
    try:
        return parse_yyyymmdd(value)
    except GoldError:
        return None


def _text(record: dict[str, Any]) -> str:
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise GoldError("empty or missing 'text': nothing to code")
    return text


def _item_id(record: dict[str, Any], fallback: str) -> str:
    return str(record.get("uid") or record.get("id") or fallback)


def _actor(value: object) -> str | None:
    if value is None:
        return None
    return str(value).strip().strip('"').upper() or None


def sentence_item(
    record: dict[str, Any], fallback_id: str, is_cameo: Callable[[str], bool]
) -> GoldItem:
    """A PETRARCH-style record.  Records with ``error`` set or ``noevents`` expect nothing.

    Gold events whose code is not a CAMEO code (unit-test-only verbs) or whose actors are not
    actor codes (quoted new-actor names, markers) are kept but marked ``excluded``: they are
    not scored, and system events that agree with them on the parts that are valid are not
    counted as false positives either.
    """
    events: list[GoldEvent] = []
    if not record.get("error") and not record.get("noevents"):
        for raw in record.get("events") or ():
            if not isinstance(raw, dict):
                raise GoldError(f"event is not an object: {raw!r}")
            code = str(raw.get("code") or "").strip()
            source, target = _actor(raw.get("source")), _actor(raw.get("target"))
            excluded = None
            if not is_cameo(code):
                excluded = EXCLUDED_CODE
            elif any(a is not None and not _ACTOR_CODE.match(a) for a in (source, target)):
                excluded = EXCLUDED_ACTOR
            events.append(
                GoldEvent(
                    source=source,
                    target=target,
                    roots=(code[:2],) if is_cameo(code) else (),
                    codes=(code,) if code else (),
                    excluded=excluded,
                )
            )
    return GoldItem(
        item_id=_item_id(record, fallback_id),
        text=_text(record),
        published=story_date(record.get("date")),
        category=str(record.get("category") or ""),
        events=tuple(events),
    )


def _plover_actor(value: object) -> str | None:
    """A readable actor for reports: the first listed actor's code and sector."""
    if isinstance(value, list) and value and isinstance(value[0], dict):
        first = value[0]
        return f"{first.get('code') or ''}{first.get('sector') or ''}" or None
    return None


def _plover_type(name: str, normalise_plover: Callable[[str], str]) -> str:
    try:
        return normalise_plover(name.strip().upper())
    except (KeyError, ValueError) as exc:
        raise GoldError(f"unknown PLOVER type {name!r} ({exc})") from None


def plover_item(
    record: dict[str, Any], fallback_id: str, normalise_plover: Callable[[str], str]
) -> GoldItem:
    """A PLOVER gold record: only the event type is scored (see ``scoring.score_plover``)."""
    events = []
    for raw in record.get("events") or ():
        code = raw.get("code") if isinstance(raw, dict) else None
        if not isinstance(code, str) or not code.strip():
            raise GoldError("event without a PLOVER type in 'code'")
        events.append(
            GoldEvent(
                source=_plover_actor(raw.get("source")),
                target=_plover_actor(raw.get("target")),
                plover=_plover_type(code, normalise_plover),
            )
        )
    if not events:
        raise GoldError("PLOVER record without an event")
    return GoldItem(
        item_id=_item_id(record, fallback_id),
        text=_text(record),
        published=story_date(record.get("date")),
        category=events[0].plover or "",
        events=tuple(events),
    )


def _article_event(raw: object, index: int) -> GoldEvent:
    if not isinstance(raw, dict):
        raise GoldError(f"event {index} is not an object")
    roots = raw.get("roots")
    if not isinstance(roots, list) or not roots:
        raise GoldError(f"event {index}: 'roots' must be a non-empty list of CAMEO roots")
    roots = [str(r).zfill(2) for r in roots]
    bad = [r for r in roots if not _ROOT.match(r)]
    if bad:
        raise GoldError(f"event {index}: not CAMEO roots: {bad}")
    window = raw.get("window", [0, 0])
    if (
        not isinstance(window, list)
        or len(window) != 2
        or not all(isinstance(w, int) for w in window)
        or window[0] > window[1]
    ):
        raise GoldError(f"event {index}: 'window' must be [low, high] whole days, low <= high")
    source, target = _actor(raw.get("source")), _actor(raw.get("target"))
    if source is None:
        raise GoldError(f"event {index}: 'source' is required (target may be null: no recipient)")
    return GoldEvent(
        source=source,
        target=target,
        roots=tuple(roots),
        codes=tuple(str(c) for c in raw.get("codes") or ()),
        date=parse_yyyymmdd(raw.get("date")),
        window=(window[0], window[1]),
        must=bool(raw.get("must", True)),
        symmetric=bool(raw.get("symmetric", False)),
        label=str(raw.get("happening") or ""),
    )


def article_item(record: dict[str, Any], fallback_id: str) -> GoldItem:
    """A communique article-level gold record (one article, several expected events)."""
    fmt = str(record.get("fmt") or "txt")
    if fmt == "jsonl":  # the text field of a JSON Lines record is plain text
        fmt = "txt"
    if fmt not in ("txt", "html"):
        raise GoldError(f"'fmt' must be 'txt', 'html' or 'jsonl', not {fmt!r}")
    item_id = _item_id(record, fallback_id)
    return GoldItem(
        item_id=item_id,
        text=_text(record),
        published=parse_yyyymmdd(record.get("published")),
        category=item_id,
        events=tuple(
            _article_event(e, i)
            for i, e in enumerate(record.get("events") or ())
            # Negated and hypothetical acts are documentation, not events: a system that codes
            # "did not attack" as an attack must pay a false positive for it.
            if not (isinstance(e, dict) and e.get("modality") in NOT_DONE)
        ),
        fmt=fmt,
    )


# --------------------------------------------------------------------------- files


def iter_records(path: Path) -> Iterator[tuple[int, dict[str, Any] | GoldError]]:
    """``(line number, record or error)`` for every non-blank line of a JSON Lines file."""
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield lineno, GoldError(f"not JSON: {exc.msg}")
                continue
            if not isinstance(record, dict):
                yield lineno, GoldError("not a JSON object")
                continue
            yield lineno, record


def load_gold(
    path: Path,
    *,
    is_cameo: Callable[[str], bool],
    normalise_plover: Callable[[str], str],
    limit: int | None = None,
) -> GoldFile:
    """Read a gold file; its layout is the first layout a record reveals.

    ``limit`` keeps the first N scoreable items (handy for quick runs).  Records the source
    excludes (``category_in_include_list: false``) are counted in ``skipped``.
    """
    records: list[tuple[int, dict[str, Any]]] = []
    gold = GoldFile(path=path, kind="")
    for lineno, rec in iter_records(path):
        if isinstance(rec, GoldError):
            gold.errors.append(f"{path.name}:{lineno}: {rec}")
        else:
            records.append((lineno, rec))
            gold.kind = gold.kind or (detect_kind(rec) or "")
    if not gold.kind:
        raise GoldError(f"{path}: no record looks like a known gold layout")
    for lineno, rec in records:
        if limit is not None and len(gold.items) >= limit:
            break
        where = f"{path.name}:{lineno}"
        kind = detect_kind(rec)
        if kind not in (None, gold.kind):
            gold.errors.append(f"{where}: a {kind} record in a {gold.kind} file")
            continue
        if rec.get("category_in_include_list") is False:
            gold.skipped += 1
            continue
        try:
            if gold.kind == SENTENCE:
                item = sentence_item(rec, where, is_cameo)
            elif gold.kind == PLOVER:
                item = plover_item(rec, where, normalise_plover)
            else:
                item = article_item(rec, where)
        except GoldError as exc:
            gold.errors.append(f"{where}: {exc}")
            continue
        if rec.get("date") and gold.kind != ARTICLE and item.published is None:
            gold.warnings.append(f"{where}: unreadable date {rec['date']!r}, scored without one")
        gold.items.append(item)
    return gold
