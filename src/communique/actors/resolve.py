"""The rule-based actor resolver: parsed article in, actor mentions per sentence out.

Reading order matters: a surname, a pronoun or "the minister" refers to someone named in
full earlier in the same article, so sentences are resolved in order against an
``ArticleState``.  People are coded with the office they held on ``on`` (the publication or
event date), never today's.

``via`` on each mention says how it was recognised: ``name`` (a knowledge-base name),
``alias`` (a weak alias such as bare "Korea"), ``adjective`` ("Chinese"), ``demonym``
("Americans"), ``metonym`` ("Pyongyang", "the Kremlin"), ``location`` (a capital after
"in"/"at": coded as the country only, since it names a place, not the government),
``compound`` ("North Korea's foreign ministry"), ``role`` (a title resolved to its holder:
"the Chinese leader", "the ambassador"), ``surname``, ``pronoun``, ``context`` ("the North"
in a Korea story).  A phrase naming two actors ("the two Koreas", a PETRARCH ``[A/B]``
code) yields one mention per actor over the same tokens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial

from communique.actors.bodies import BODY
from communique.actors.compounds import assemble
from communique.actors.context import ArticleState
from communique.actors.coordination import absorb_abbreviations
from communique.actors.home import HomeTables, home_official
from communique.actors.kb import Coding, KnowledgeBase
from communique.actors.names import KeyStream
from communique.actors.officials import (
    OWN_COUNTRY,
    apposed_name,
    apposed_person,
    of_country,
    owned,
    place,
    state_actors,
    unplaced,
    whose_official,
)
from communique.actors.phrases import Found, Sentence, build_units
from communique.actors.possessives import POSSESSED, owned_by, owner
from communique.types import ActorMention, ActorRef, ParsedArticle, ParsedSentence, Token

log = logging.getLogger(__name__)

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


def resolve_article(
    parsed: ParsedArticle,
    kb: KnowledgeBase,
    *,
    on: date | None = None,
    home_tables: HomeTables | None = None,
) -> tuple[tuple[ActorMention, ...], ...]:
    """Actor mentions of every sentence of ``parsed``, one tuple per sentence.

    ``on`` defaults to the article's publication date; with neither, people get their
    latest office.  ``home_tables`` (build once per batch; loaded here when not given) say
    whose officials a national outlet's copy means by a bare title (``home.py``).
    """
    article = parsed.article
    when = on if on is not None else article.published
    home = kb.lookup(article.dateline.title()) if article.dateline else None
    country = home.country if home else None
    tables = home_tables if home_tables is not None else HomeTables.load()
    state = ArticleState(
        korea="Korea" in article.text,
        text=article.text,
        home=country,
        outlet_home=tables.home_of(article.outlet, country),
    )
    settle = partial(_settle, tables=tables, kb=kb, on=when)
    return tuple(resolve_sentence(sent, kb, when, state, settle) for sent in parsed.sentences)


def resolve_sentence(
    sentence: ParsedSentence,
    kb: KnowledgeBase,
    on: date | None,
    state: ArticleState,
    settle: Callable[[Found, ArticleState], Found | None] | None = None,
) -> tuple[ActorMention, ...]:
    """Mentions of one sentence; updates ``state`` with the people it names."""
    tokens = sentence.tokens
    if not tokens:
        return ()
    s = Sentence(tokens, KeyStream.of(tokens), kb, on, lambda c: state.weigh(c, kb))
    units = build_units(s, state.surnames, state.korea, s.weigh)
    out: list[ActorMention] = []
    founds = of_country(absorb_abbreviations(tokens, assemble(s, units)), tokens)
    state.current = []
    state.previous_subject = state.subjects[0][1] if state.subjects else ()
    state.subjects = []
    state.subject_tokens = tuple(t.i for t in tokens if t.dep in SUBJECT_DEPS)
    covered = {i for f in founds for i in range(f.start, f.end)}
    unknown = _unknown_subjects(tokens, founds)
    for found in founds:
        if unknown and unknown[0] < found.start:
            # someone we cannot identify became the subject: "he" is no longer safe
            state.last_subject = None
            unknown = [u for u in unknown if u > found.start]
        settled = (settle or _settle)(found, state)
        if settled is None:
            continue
        state.current.extend(c.country for c in settled.codings if c.country)
        head = head_of(tokens, settled.start, settled.end)
        _remember(settled, state, tokens[head].dep in SUBJECT_DEPS)
        if tokens[head].dep in SUBJECT_DEPS and settled.record is None:
            state.subjects.append((head, settled.codings))  # what "its" may mean
        if (span := apposed_name(settled, tokens, covered)) is not None:
            # "Karim Belhadj, Algeria's foreign minister": remember the name (officials.py)
            subject = tokens[span[1] - 1].dep in SUBJECT_DEPS or tokens[head].dep in SUBJECT_DEPS
            state.add_person(apposed_person(settled, tokens, span), subject=subject)
        name = _span_text(sentence, settled.start, settled.end)
        for coding in settled.codings:
            actor = ActorRef(
                code=coding.code,
                country=coding.country,
                sector=coding.sector,
                name=name,
                entity_id=settled.entity_id,
            )
            out.append(
                ActorMention(
                    sentence=sentence.index,
                    tok_start=settled.start,
                    tok_end=settled.end,
                    head=head,
                    start=tokens[settled.start].start,
                    end=tokens[settled.end - 1].end,
                    actor=actor,
                    via=settled.via,
                )
            )
    acts = state_actors(out, tokens)
    if acts:
        state.officials = acts  # what the next bare title is read against (officials.py)
    return tuple(out)


def _unknown_subjects(tokens: tuple[Token, ...], founds: list[Found]) -> list[int]:
    """Subjects NER calls a person that no mention covers ("Yoon said he ..." when Yoon
    was never named in full)."""
    covered = {i for f in founds for i in range(f.start, f.end)}
    return [
        t.i
        for t in tokens
        if t.dep in SUBJECT_DEPS and t.ent_type == "PERSON" and t.i not in covered
    ]


def _settle(
    f: Found,
    state: ArticleState,
    *,
    tables: HomeTables | None = None,
    kb: KnowledgeBase | None = None,
    on: date | None = None,
) -> Found | None:
    """Resolve pending pronouns and bare titles against what the article said so far; a
    title nobody named holds may be the home country's official (``home.py``), else the
    official of the country the article around it points to (``officials.py``)."""
    if f.pending == OWN_COUNTRY:
        return owned(f, _owner_country(f, state, kb))
    if f.pending == POSSESSED:  # "its foreign ministry" (possessives.py)
        owners = owner(f.start, state.subject_tokens, state.subjects, state.previous_subject)
        return owned_by(f, owners)
    if not f.pending:
        if unplaced(f) and kb is not None and (country := _official_country(state, kb)):
            return place(f, country)
        return f if f.codings else None
    rec = state.last_subject if f.pending == "pronoun" else state.by_title(f.title)
    if rec is None and f.pending == "title" and tables is not None and kb is not None:
        found = home_official(f, state.outlet_home, tables, kb, on)
        if found is None and (country := _official_country(state, kb)):
            found = home_official(f, country, tables, kb, on)
        return found
    if rec is None or not rec.codings:
        return None
    if f.pending == "pronoun" and f.title == BODY:  # "his Security Council": his government's
        codings = tuple(Coding(c.country + "GOV", c.country, "GOV") for c in rec.codings
                        if c.country)  # fmt: skip
        return replace(f, codings=codings, pending="", title="") if codings else None
    return replace(f, codings=rec.codings, entity_id=rec.entity_id, record=rec, pending="")


def _official_country(state: ArticleState, kb: KnowledgeBase) -> str | None:
    """Whose official an unplaced title is: the latest state actors, then the dateline's
    country if the article names it beyond the dateline (``officials.whose_official``)."""
    home = state.home if state.home and state.weigh(state.home, kb) > 2 else None
    return whose_official(state.officials, home)


def _owner_country(f: Found, state: ArticleState, kb: KnowledgeBase | None) -> str | None:
    """Whose "his country's" / "the country's": the pronoun's person's country, or the one
    country named earlier in the sentence, else the article's context."""
    if f.title.startswith("pronoun:"):
        rec = state.last_subject
        countries = {c.country for c in rec.codings} if rec else set()
        return countries.pop() if len(countries) == 1 else None
    if state.current:
        return state.current[-1] if len(set(state.current)) == 1 else None
    return _official_country(state, kb) if kb is not None else None


def _remember(f: Found, state: ArticleState, subject: bool) -> None:
    if f.record is None:
        return
    if f.via == "surname" and f.record not in state.persons:
        state.add_person(f.record, subject=subject)  # first mention by a unique surname
        return
    if f.via in ("surname", "pronoun") or (f.via == "role" and f.title):
        if subject:
            state.last_subject = f.record
        return
    state.add_person(f.record, subject=subject)


def head_of(tokens: tuple[Token, ...], start: int, end: int) -> int:
    """The syntactic head of ``[start, end)``: the last token whose head lies outside the
    span (or that is the root).  Falls back to the last token."""
    best = end - 1
    for t in tokens[start:end]:
        if t.head == t.i or not (start <= t.head < end):
            best = t.i
    return best


def _span_text(sentence: ParsedSentence, start: int, end: int) -> str:
    a = sentence.tokens[start].start - sentence.start
    b = sentence.tokens[end - 1].end - sentence.start
    return sentence.text[a:b]
