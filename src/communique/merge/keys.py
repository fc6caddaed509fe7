"""Each mention reduced to what the linkage rules compare, computed once per mention.

A ``MentionKey`` holds the mention's oriented dyad (country level; the host side of a 042/043
pair flipped), its modality class, its date *kind* and the window of days its partners can
fall in, the block keys derived from that window, and its evidence tokens.  Validation lives
here too: a mention the rules cannot read is rejected with the reason, the batch goes on.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from communique.merge.model import BlockKey, MergeConfig
from communique.merge.rules import CodeRules
from communique.merge.text import Tokenizer
from communique.types import EventMention

PRECISIONS = ("day", "week", "month", "year")
BASES = ("explicit", "relative", "publication", "none")
MODALITY_CLASS = {
    "asserted": "asserted",
    "reported": "asserted",
    "negated": "negated",
    "hypothetical": "hypothetical",
    "future": "future",
    "wish": "wish",
    "appeal": "appeal",
}
"""Done acts (asserted, and acts one side reports) merge together; every other modality is a
class of its own, so a denial or a plan never inflates the count of a real happening."""

NO_PARTY = "-"

ANCHORED = "anchored"  # a day the text states or implies (explicit/relative, day precision)
FLOATING = "floating"  # a publication-date fallback or a week/month/year period
UNDATED = "undated"  # no date at all: can only merge within its own article


class InvalidMention(ValueError):
    """A mention the merge rules cannot read; the message says which field and why."""


@dataclass(frozen=True, slots=True)
class MentionKey:
    mention: EventMention
    event_id: str
    article_id: str
    outlet: str  # lower-cased outlet, or "article:<id>" when unknown
    modality: str
    src: str
    tgt: str
    directed: bool  # False when symmetric or jointly done: compare dyads either way
    code: str
    family: str
    kind: str
    basis: str
    day: int  # ordinal of the date (0 when undated)
    lo: int  # inclusive ordinal range of the period the date names (day: lo == hi)
    hi: int
    span_lo: int  # partners' dates must fall in [span_lo, span_hi] (for blocking)
    span_hi: int
    tokens: frozenset[str]

    @property
    def pair(self) -> tuple[str, str]:
        a, b = self.src, self.tgt
        return (a, b) if a <= b else (b, a)


def party(country: str | None, code: str | None) -> str:
    """Country-level token: the country, else the first three letters of the actor code."""
    if country:
        return country.upper()
    if code:
        return code[:3].upper()
    return NO_PARTY


def period(value: date, precision: str | None) -> tuple[int, int]:
    """Inclusive ordinal range of the day/week/month/year that ``value`` names."""
    start = value.toordinal()
    if precision == "week":
        start = (value - timedelta(days=value.weekday())).toordinal()
        return start, start + 6
    if precision == "month":
        first = value.replace(day=1)
        last = calendar.monthrange(value.year, value.month)[1]
        return first.toordinal(), value.replace(day=last).toordinal()
    if precision == "year":
        return date(value.year, 1, 1).toordinal(), date(value.year, 12, 31).toordinal()
    return start, start


def validate(m: EventMention, rules: CodeRules) -> None:
    """Raise ``InvalidMention`` naming the first field the merge rules cannot use."""
    if not isinstance(m.event_id, str) or not m.event_id:
        raise InvalidMention("event_id is empty")
    if not rules.ontology.is_cameo(m.cameo):
        raise InvalidMention(f"cameo {m.cameo!r} is not a CAMEO 1.1b3 code")
    if m.modality not in MODALITY_CLASS:
        raise InvalidMention(f"modality {m.modality!r} is not one of {', '.join(MODALITY_CLASS)}")
    if m.date_basis not in BASES:
        raise InvalidMention(f"date_basis {m.date_basis!r} is not one of {', '.join(BASES)}")
    if m.date is not None and m.date_precision not in PRECISIONS:
        raise InvalidMention(
            f"date {m.date} has precision {m.date_precision!r}; expected one of "
            + ", ".join(PRECISIONS)
        )
    if m.date is not None and not isinstance(m.date, date):
        raise InvalidMention(f"date {m.date!r} is not a datetime.date")


def _date_kind(m: EventMention) -> str:
    if m.date is None or m.date_basis == "none":
        return UNDATED
    if m.date_precision == "day" and m.date_basis in ("explicit", "relative"):
        return ANCHORED
    return FLOATING


def make_key(m: EventMention, rules: CodeRules, config: MergeConfig, tok: Tokenizer) -> MentionKey:
    """The mention's linkage key; raises ``InvalidMention`` for unusable mentions."""
    validate(m, rules)
    src = party(m.source_country, m.source_code)
    tgt = party(m.target_country, m.target_code)
    if rules.is_host_side(m.cameo):
        src, tgt = tgt, src
    kind = _date_kind(m)
    day = lo = hi = span_lo = span_hi = 0
    if kind != UNDATED:
        assert m.date is not None
        day = m.date.toordinal()
        lo, hi = period(m.date, m.date_precision)
        slack = config.timezone_slack_days
        if kind == ANCHORED:
            span_lo, span_hi = (lo - slack, hi + slack) if m.date_basis == "relative" else (lo, hi)
        elif m.date_precision == "day":  # publication fallback
            span_lo, span_hi = day - config.publication_lag_days, day + slack
        else:
            span_lo, span_hi = lo - slack, hi + slack
    outlet = (m.outlet or "").strip().casefold() or f"article:{m.article_id}"
    return MentionKey(
        mention=m,
        event_id=m.event_id,
        article_id=m.article_id,
        outlet=outlet,
        modality=MODALITY_CLASS[m.modality],
        src=src,
        tgt=tgt,
        directed=not (m.symmetric or rules.is_joint(m.cameo)),
        code=m.cameo,
        family=rules.family(m.cameo),
        kind=kind,
        basis=m.date_basis,
        day=day,
        lo=lo,
        hi=hi,
        span_lo=span_lo,
        span_hi=span_hi,
        tokens=tok.tokens(m.sentence) if config.similarity is None else frozenset(),
    )


def bucket_range(key: MentionKey, bucket_days: int) -> tuple[int, int]:
    return key.span_lo // bucket_days, key.span_hi // bucket_days


def block_keys(key: MentionKey, bucket_days: int) -> list[BlockKey]:
    """Every block the mention belongs to: its buckets, or its article when undated."""
    if key.kind == UNDATED:
        return [BlockKey(key.modality, key.pair, key.family, f"article:{key.article_id}")]
    first, last = bucket_range(key, bucket_days)
    return [BlockKey(key.modality, key.pair, key.family, b) for b in range(first, last + 1)]
