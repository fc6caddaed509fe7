"""The built-in rule coder (``rule.v1``): dictionaries + dependency patterns, no training data.

For each parsed article:

1. resolve actors once for the whole article (surnames, pronouns and "the ambassador" need the
   article's earlier sentences);
2. find events in every sentence (``extract.find_events``);
3. turn plans and wishes about cooperation into CAMEO's intent codes ("will visit" is an
   expression of intent to meet, 036; "will impose sanctions" a threat, 1312), since that is
   the act the text reports;
4. date each event from its own sentence (``dates.event_date``), counting "the next day" and
   "hours after the launch" from the dates the article gave earlier (``dates_discourse``), and
   re-code people with the office they held on that date;
5. expand coordinated and joint actors into dyads, attach CAMEO, PLOVER, Goldstein and
   QuadClass from the ontology, and give each mention a deterministic id.

It registers itself under the ``communique.coders`` entry point exactly as a plug-in would.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from communique.actors import KnowledgeBase, resolve_article
from communique.actors.home import HomeTables
from communique.events.claim_places import claimed_act_place
from communique.events.collectives import Collectives, collective_source, load_collectives
from communique.events.complaints import complaint_target
from communique.events.courts import court_petition
from communique.events.dates import event_date, find_date_expressions, narrative_date
from communique.events.dates_discourse import DateMemory, own_spans
from communique.events.dates_lexicon import default_lexicon
from communique.events.dates_model import DateContext
from communique.events.dating import dated_inside, outside_other_clauses, past_clause
from communique.events.discourse import Epithets, load_epithets, memory_side, remember
from communique.events.documents_memory import remember_issuers
from communique.events.extract import Found, SentenceView, find_events
from communique.events.habitual import standing_cue
from communique.events.implied import (
    CO_AGENT,
    MUTUAL,
    MUTUAL_ROOTS,
    counterparts,
    implied_source,
    implied_target,
    with_linked,
)
from communique.events.launch_sites import with_launch_site
from communique.events.letters import letter_voice
from communique.events.lexicon import Lexicon, load_lexicon
from communique.events.locatives import drop_locative_places
from communique.events.measures import start_spans, takes_effect
from communique.events.monadic import monadic_ok, settle_targetless
from communique.events.namesakes import remember_heads
from communique.events.plover_type import check_plover_flags, plover_of
from communique.events.recounted import recounted
from communique.events.sponsors import remember_sponsors, sponsor_targets
from communique.events.syntax import Tree
from communique.events.ultimatums import is_ultimatum
from communique.events.unattributed import unattributed_attackers
from communique.ontology import Ontology, load_ontology
from communique.types import (
    ActorMention,
    ActorRef,
    Article,
    EventDate,
    EventMention,
    ParsedArticle,
    ParsedSentence,
)

log = logging.getLogger(__name__)

CODER_NAME = "rule.v1"
_COOPERATIVE_ROOTS = frozenset({"04", "05", "06", "07", "08"})
_FORCE_ROOTS = frozenset({"18", "19"})
_FORCEFUL_ROOTS = frozenset({"16", "17", "18", "19", "20"})


# Organs of the state: a country named bare and its government, army or courts are one actor.
_STATE_SECTORS = frozenset({None, "GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


def _same_actor(a: Side, b: Side) -> bool:
    """A country and its own state organs named twice ("Kim Jong Un, president of the DPRK")
    are one actor, not a dyad; the state and a group inside it ("Turkey banned the Kurdish
    party", "Myanmar's campaign against the Rohingya") are a dyad, as are two sectors of one
    country (GOV vs OPP)."""
    if a.country is None or a.country != b.country:
        return False
    if a.sector is None:
        return b.sector in _STATE_SECTORS
    if b.sector is None:
        return a.sector in _STATE_SECTORS
    return False


@dataclass(frozen=True, slots=True)
class Side:
    """A coded actor on one side of an event."""

    code: str
    country: str | None
    sector: str | None
    name: str
    start: int
    end: int


@dataclass
class RuleCoder:
    """Dictionary and dependency-pattern coder.  Build once; ``code`` is pure per article."""

    actor_files: Sequence[Path | str] = ()
    kb: KnowledgeBase | None = None
    lexicon: Lexicon = field(default_factory=load_lexicon)
    ontology: Ontology = field(default_factory=load_ontology)
    epithets: Epithets = field(default_factory=load_epithets)
    home_tables: HomeTables = field(default_factory=HomeTables.load)
    collectives: Collectives = field(default_factory=load_collectives)
    name: str = CODER_NAME

    def __post_init__(self) -> None:
        if self.kb is None:
            self.kb = KnowledgeBase.load(extra_files=[Path(p) for p in self.actor_files])
        self.version = f"{self.name}+{self.lexicon.version}+kb-{self.kb.version}"
        check_plover_flags(self.lexicon, self.ontology)

    def code(self, article: ParsedArticle) -> list[EventMention]:
        assert self.kb is not None
        mentions = resolve_article(article, self.kb, home_tables=self.home_tables)
        out: list[EventMention] = []
        seen: set[str] = set()
        recent: list[ActorMention] = []
        antecedents: dict[str, ActorMention] = {}
        dates = DateMemory()  # this article's dates, for "the next day" (never shared)
        for sentence, resolved in zip(article.sentences, mentions, strict=True):
            tree = Tree.of(sentence)
            # "near the Turkish border": a place adjective in a locative phrase is no party
            found_mentions = drop_locative_places(tree, self.lexicon, resolved)
            view = SentenceView(
                tree,
                found_mentions,
                self.lexicon,
                tuple(reversed(recent[-12:])),
                antecedents,  # shared: later events of this sentence see earlier ones
                self.epithets,
            )
            recent.extend(m for m in found_mentions if m.via != "location")
            remember_issuers(antecedents, view)  # "adopted a resolution" ... "the resolution"
            remember_sponsors(antecedents, view)  # "tabled a draft" ... "vetoed the draft"
            context = dates.context(view)
            coded = False
            for event, found in self.code_sentence(article.article, sentence, view, context):
                coded = True
                dates.record(
                    view.tree, found, EventDate(event.date, event.date_precision, event.date_basis)
                )
                remember(antecedents, view, found)
                remember_heads(antecedents, view, found)  # "... delegation" -> "the delegation"
                if found.sources:
                    # by root, and by full code: "condemned the strikes" (195) means the
                    # latest air strikes, not the air defences' latest shoot-down (190).
                    antecedents[event.cameo_root] = found.sources[0]
                    antecedents[event.cameo] = found.sources[0]
                    if found.targets and event.modality != "negated":
                        tone = "conflict" if event.quad_class >= 3 else "cooperation"
                        key = f"target-of:{memory_side(found.sources[0])}:{tone}"
                        antecedents[key] = found.targets[0]
                        if event.cameo_root in _FORCE_ROOTS:
                            attacked = f"attacked:{found.targets[0].actor.country}"
                            antecedents[attacked] = found.sources[0]
                    elif event.modality != "negated":
                        # "the two sides reached an understanding": after a joint act each
                        # party's latest counterpart is the other one.
                        tone = "conflict" if event.quad_class >= 3 else "cooperation"
                        antecedents.update(counterparts(found.sources, tone))
                if event.event_id not in seen:
                    seen.add(event.event_id)
                    out.append(event)
            if not coded:
                when = narrative_date(sentence.text, article.article.published, context=context)
                dates.note(when)
        return out

    def code_sentence(
        self,
        article: Article,
        sentence: ParsedSentence,
        view: SentenceView,
        context: DateContext | None = None,
    ) -> Iterable[tuple[EventMention, Found]]:
        """Code one sentence; ``context`` is what the article dated before it."""
        expressions = None
        for found in with_linked(find_events(view)):
            found = self._as_intent(found, view.tree)
            if found is None:
                continue
            found = court_petition(view, found)  # "asked the court to order X to ..."
            found = with_launch_site(view, found)  # "fired from Lebanon at Israeli towns"
            if not found.sources:  # "a letter from A to B in which he thanked B"
                found = letter_voice(view, found)
            if not found.sources:
                found = replace(found, sources=implied_source(view, found))
            if not found.sources:  # "killed by a roadside bomb": an unidentified armed force
                found = replace(found, sources=unattributed_attackers(view, found))
            if not found.sources:  # "workers went on strike": a group named by its sector
                found = replace(found, sources=collective_source(view, found, self.collectives))
            if not found.targets:
                found = replace(found, targets=implied_target(view, found))
            if not found.targets:  # "X is failing ..., Y protested": what the clause names
                found = replace(found, targets=complaint_target(view, found))
            if not found.targets:  # "voted against the draft": whoever put it forward
                found = replace(found, targets=sponsor_targets(view, found))
            if not found.targets:  # "claimed the attack in Kenya's capital": where it struck
                found = replace(found, targets=claimed_act_place(view, found))
            if not found.targets and "bare" in found.rule.flags:
                # "test-fired a missile": firing at no one is a show of force
                found = replace(found, code=found.rule.flags["bare"])
            settled = settle_targetless(view, found)
            if settled is None:
                continue  # a recipient the text implies but the article never names
            found = settled
            if expressions is None:
                expressions = find_date_expressions(
                    sentence.text, article.published, context=context
                )
            usable = outside_other_clauses(view.tree, found.trigger, expressions, found.noun)
            usable = _outside(usable, start_spans(view.tree, found))  # "close it from Monday"
            ahead = found.modality == "future" and dated_inside(view.tree, found, usable)
            own = own_spans(view.tree, found.trigger, found.noun, default_lexicon())
            when = self._date(
                article, sentence, found, usable, past=past_clause(view.tree, found), ahead=ahead,
                context=context, own=own,
            )  # fmt: skip
            cue = standing_cue(view.tree, found.trigger) if when.basis == "publication" else None
            if cue is not None:  # "has long backed", "for years": a standing relation, no day
                when = EventDate(None, None, "none", cue)
            if recounted(view, found.trigger, when, article.published):
                continue  # "said its troops had fought them in 2014": history, not news
            monadic = monadic_ok(found.code, found.sources, view.mentions, found.speaker)
            for event in self._mentions(article, sentence, found, when, monadic=monadic):
                yield event, found

    # ------------------------------------------------------------------ steps

    def _as_intent(self, found: Found, tree: Tree) -> Found | None:
        """Plans and wishes are coded as what they are: expressions of intent or threats."""
        # As the CAMEO manual codes them, announced plans and wishes are expressions of intent
        # ("will visit" is 036, "wants to help" 033) and announced force is a threat.
        if found.modality not in {"future", "wish"}:
            return found
        if takes_effect(tree, found):
            return found  # "will expel the ambassador from Monday": the measure, decided
        if is_ultimatum(tree, found.trigger, found.code, found.modality):
            # "will withdraw its force unless ...": the act is held over the other side
            return replace(found, code=self.lexicon.frame_code("threat", found.code))
        root = found.code[:2]
        if root in _COOPERATIVE_ROOTS:
            code = self.lexicon.frame_code("intent", found.code)
        elif root in _FORCEFUL_ROOTS:
            code = self.lexicon.frame_code("threat", found.code)
        else:
            return found
        return replace(found, code=code)

    def _date(
        self,
        article: Article,
        sentence: ParsedSentence,
        found: Found,
        expressions: list,
        *,
        past: bool = False,
        ahead: bool = False,
        context: DateContext | None = None,
        own: tuple[tuple[int, int], ...] = (),
    ) -> EventDate:
        tok = sentence.tokens[found.trigger]
        if found.noun is not None and any(e.role == "dated" for e in expressions):
            tok = sentence.tokens[found.noun]  # "the message, dated March 4, was sent"
        anchor = (tok.start - sentence.start, tok.end - sentence.start)
        try:
            return event_date(
                sentence.text,
                article.published,
                anchor=anchor,
                expressions=expressions,
                future=True if ahead else (False if past else None),
                context=context,
                own=own,
            )
        except ValueError:
            log.warning("could not date event in %s: %r", article.path, sentence.text[:80])
            basis = "publication" if article.published else "none"
            precision = "day" if article.published else None
            return EventDate(article.published, precision, basis)

    def _side(self, mention: ActorMention, on: date | None) -> Side:
        ref: ActorRef = mention.actor
        code, country, sector = ref.code, ref.country, ref.sector
        if ref.entity_id and ref.entity_id.startswith("person:") and on is not None:
            assert self.kb is not None
            coding = self.kb.code_for(ref.entity_id, on)
            if coding is not None and "/" not in coding.code:
                code, country, sector = coding.code, coding.country, coding.sector
        return Side(code, country, sector, ref.name, mention.start, mention.end)

    def _dyads(self, found: Found, on: date | None) -> list[tuple[Side, Side | None]]:
        sources = [self._side(m, on) for m in found.sources]
        targets = [self._side(m, on) for m in found.targets]
        pairs: list[tuple[Side, Side | None]] = []
        shared = found.code[:2] in MUTUAL_ROOTS or found.code in MUTUAL
        mutual = found.symmetric or (shared and found.code not in CO_AGENT)
        if mutual and not targets and len(sources) >= 2:
            # "Japan and South Korea agreed ...": a joint act, coded between each pair.
            for a in sources:
                pairs.extend((a, b) for b in sources if b.code != a.code and not _same_actor(a, b))
            return pairs
        for s in sources:
            if not targets:
                pairs.append((s, None))
            for t in targets:
                if t.code == s.code or _same_actor(s, t):
                    continue
                pairs.append((s, t))
                if found.symmetric and found.code[:2] == "04":
                    # Meetings are coded both ways by convention; other joint acts with a
                    # named counterpart keep the text's direction (merge treats them as one).
                    pairs.append((t, s))
        return pairs

    def _mentions(
        self,
        article: Article,
        sentence: ParsedSentence,
        found: Found,
        when: EventDate,
        *,
        monadic: bool = False,
    ) -> Iterable[EventMention]:
        """Event records of ``found``, one per dyad; ``monadic``: whether a source without a
        recipient still makes a row (``monadic.monadic_ok``)."""
        code = found.code
        if not self.ontology.is_cameo(code):
            log.warning("lexicon code %s is not a CAMEO code; skipped", code)
            return
        cameo = self.ontology.cameo(code)
        plover, mode = plover_of(found.noun_rule or found.rule, code, self.ontology)
        tokens = sentence.tokens
        ev_start = min(tokens[i].start for i in found.tokens)
        ev_end = max(tokens[i].end for i in found.tokens)
        pairs = self._dyads(found, when.value or article.published)
        # Acts coded both ways (meetings, joint agreements) are symmetric: merge treats the two
        # directions as one happening.
        symmetric = found.symmetric or any((t, s) in pairs for s, t in pairs if t is not None)
        for source, target in pairs:
            if target is None and not monadic:
                continue
            key = "|".join(
                [article.article_id, str(sentence.index), str(found.trigger), code,
                 source.code, target.code if target else "-"]
            )  # fmt: skip
            yield EventMention(
                event_id=hashlib.sha1(key.encode()).hexdigest()[:16],
                article_id=article.article_id,
                article_path=article.path,
                outlet=article.outlet,
                published=article.published,
                date=when.value,
                date_precision=when.precision,
                date_basis=when.basis,
                source_code=source.code,
                source_country=source.country,
                source_sector=source.sector,
                source_name=source.name,
                target_code=target.code if target else None,
                target_country=target.country if target else None,
                target_sector=target.sector if target else None,
                target_name=target.name if target else None,
                cameo=code,
                cameo_root=cameo.root,
                cameo_name=cameo.name,
                plover=plover,
                plover_mode=mode,
                goldstein=cameo.goldstein,
                quad_class=cameo.quad_class,
                sentence=sentence.text.strip(),
                evidence_start=ev_start,
                evidence_end=ev_end,
                modality=found.modality,
                coder=self.name,
                sentence_index=sentence.index,
                plover_score=self.ontology.plover_score(plover, mode) if plover else None,
                date_text=when.text,
                symmetric=symmetric,
            )


def _outside(expressions: list, spans: list[tuple[int, int]]) -> list:
    """The date expressions that overlap none of ``spans``."""
    if not spans:
        return expressions
    return [e for e in expressions if not any(e.start < b and a < e.end for a, b in spans)]
