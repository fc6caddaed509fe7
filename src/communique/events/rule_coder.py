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
from communique.events.dates import event_date, find_date_expressions, narrative_date
from communique.events.dates_discourse import DateMemory, own_spans, owns_clause
from communique.events.dates_lexicon import default_lexicon
from communique.events.dates_model import DateContext
from communique.events.discourse import Epithets, load_epithets, reacted_to, remember
from communique.events.extract import Found, SentenceView, find_events
from communique.events.lexicon import Lexicon, load_lexicon
from communique.events.locatives import drop_locative_places
from communique.events.measures import takes_effect
from communique.events.monadic import monadic_ok
from communique.events.plover_type import check_plover_flags, plover_of
from communique.events.recounted import recounted
from communique.events.syntax import Tree
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
# Acts done together when the text names several parties and no counterpart ("Japan and
# South Korea agreed to strengthen ties"): intent, meetings, agreements, material cooperation.
_MUTUAL_ROOTS = frozenset({"03", "04", "06"})
_MUTUAL = frozenset({"050", "057", "0871"})
_ADDRESSED_ROOTS = frozenset({"03", "10", "11", "12", "13"})
_FORCE_ROOTS = frozenset({"18", "19"})
# Acts aimed at the country they are done in; 16: "suspended aid deliveries in Somalia",
# "closed its embassy in Damascus" reduce relations with that country.
_LOCATED_ROOTS = frozenset({"08", "15", "16", "17", "18", "19", "20"})
_FORCEFUL_ROOTS = frozenset({"16", "17", "18", "19", "20"})
_VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# Subordinators of a clause that happened at another time than the main one ("when" and
# "as" are simultaneous, so their dates still date the main event).
_SEQUENCE_MARKS = frozenset({"after", "before", "since", "until", "till", "once"})


def _implied_target(view: SentenceView, found: Found) -> tuple[ActorMention, ...]:
    """A recipient the text implies without naming it where the act is:

    * a threat, demand or accusation with no addressee is aimed at whoever its source last
      acted against ("denounced the US proposal ..., warning it will react strongly");
    * force, posture or de-escalation located "in"/"into" another country is done to it
      ("ordered his forces to halt all military activity in Ukraine").
    """
    if not found.sources:
        return ()
    root = found.code[:2]
    source_countries = {m.actor.country for m in found.sources}
    joint = root in _MUTUAL_ROOTS or found.code in _MUTUAL or found.symmetric
    if len(source_countries) >= 2 and joint:
        # "the two countries agreed ...", "the two sides traded accusations": a joint act
        # between its sources, aimed at nobody else.
        return ()
    here = view.tree.sentence.index
    if root in _ADDRESSED_ROOTS:
        # A warning follows a denunciation, a pledge follows a meeting: the implied
        # counterpart is the last one the source dealt with in the same tone.
        tone = "cooperation" if root == "03" else "conflict"
        last = view.antecedents.get(f"target-of:{found.sources[0].actor.country}:{tone}")
        if last is not None and here - last.sentence <= 1:
            return (last,)
        # "North Korea fired two missiles. Japan lodged a protest.": the act reacted to.
        return reacted_to(view, found)
    if root in _FORCE_ROOTS:
        # "prompting the South's military to fire back": retaliation is aimed at whoever
        # last attacked the source's country.
        attacker = view.antecedents.get(f"attacked:{found.sources[0].actor.country}")
        other = attacker is not None and attacker.actor.country not in source_countries
        if other and here - attacker.sentence <= 3:
            return (attacker,)
    if root in _LOCATED_ROOTS:
        tree = view.tree
        scope = set(tree.clause_subtree(found.trigger))
        head = tree.head(found.trigger)
        if head is not None and tree.tok(found.trigger).dep == "advcl":
            scope |= set(tree.clause_subtree(head))  # "ordered a halt in Ukraine, declaring ..."
        clause = [tree.tok(k) for k in sorted(scope)]
        for tok in clause:  # only the act's own clause: not "... via its embassy in Beijing"
            if tok.dep == "prep" and tok.text.lower() in {"in", "into", "inside"}:
                obj = tree.pobj(tok.i)
                for m in view.at(obj) if obj is not None else ():
                    if m.actor.country and m.actor.country not in source_countries:
                        return (m,)
    return ()


def _with_linked(found: Iterable[Found]) -> list[Found]:
    """Events that CAMEO records in pairs: "Kim received the Chinese envoy" is a hosted visit
    (043) by Kim and a visit made (042) by the envoy; the rule's ``link`` flag names the
    reverse code."""
    out: list[Found] = []
    for f in found:
        out.append(f)
        link = f.rule.flags.get("link")
        if link and f.sources and f.targets and f.modality == "asserted":
            out.append(replace(f, code=link, sources=f.targets, targets=f.sources, symmetric=False))
    return out


def _implied_source(view: SentenceView, found: Found) -> tuple[ActorMention, ...]:
    """ "Ten Russian soldiers were killed in Ukraine": violence against a country's troops
    inside another country, with no attacker named, is coded to the country it happened in
    (the side the troops are fighting there).  Civilians killed abroad are not: nothing says
    who their attacker was."""
    if found.code[:2] not in _VIOLENT_ROOTS or not found.targets:
        return ()
    if any(m.actor.sector != "MIL" or m.actor.country is None for m in found.targets):
        return ()
    victims = {m.actor.country for m in found.targets}
    tree = view.tree
    for k in tree.clause_subtree(found.trigger):
        tok = tree.tok(k)
        if (
            tok.dep != "prep"
            or tok.head != found.trigger
            or tok.text.lower() not in {"in", "inside"}
        ):
            continue
        obj = tree.pobj(k)
        for m in view.at(obj) if obj is not None else ():
            country_only = m.actor.code == m.actor.country
            if country_only and m.actor.country not in victims:
                return (m,)
    return ()


def _counterparts(sources: Sequence[ActorMention], tone: str) -> dict[str, ActorMention]:
    """``target-of`` antecedents of a joint act: each party's counterpart is the first other
    party of another country."""
    out: dict[str, ActorMention] = {}
    for m in sources:
        other = next((o for o in sources if o.actor.country != m.actor.country), None)
        if m.actor.country and other is not None:
            out[f"target-of:{m.actor.country}:{tone}"] = other
    return out


def _past_clause(tree: Tree, found: Found) -> bool:
    """Is an asserted event told in the past tense ("talks ... broke down in February")?  Then
    its dates read as past even when the sentence around it looks ahead ("is expected to urge
    ... after talks broke down in February")."""
    if found.modality != "asserted":
        return False
    verb: int | None = found.trigger
    if tree.tok(verb).pos not in {"VERB", "AUX"}:
        # an event noun that is the subject of its verb ("the talks broke down"); not an
        # object ("announced a visit in October" may announce a future visit)
        verb = tree.head(verb) if tree.tok(verb).dep in {"nsubj", "nsubjpass"} else None
    if verb is None or tree.tok(verb).pos not in {"VERB", "AUX"}:
        return False
    tags = {tree.tok(verb).tag} | {tree.tok(a).tag for a in tree.kids(verb, {"aux", "auxpass"})}
    return "VBD" in tags and "MD" not in tags


# Organs of the state: a country named bare and its government, army or courts are one actor.
_STATE_SECTORS = frozenset({None, "GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


def _dated_inside(tree: Tree, found: Found, expressions: list) -> bool:
    """Does a date expression sit in the future act's own clause ("will visit on Monday")?
    In "said on Sunday it would halt ..." the date belongs to the saying, which is past: the
    intent was stated then."""
    own = set(tree.clause_subtree(found.trigger))
    base = tree.sentence.start
    spans = [(tree.tok(k).start - base, tree.tok(k).end - base) for k in own]
    return any(any(s < e.end and e.start < t for s, t in spans) for e in expressions)


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


def _outside_other_clauses(
    tree: Tree, trigger: int, expressions: list, noun: int | None = None
) -> list:
    """Drop date expressions that sit in a relative or participial clause the trigger is not
    part of: in "agreed to activate a pact signed in 2001", 2001 dates the pact, not the
    agreement."""
    tokens = tree.tokens
    base = tree.sentence.start
    blocked: list[tuple[int, int]] = []
    ancestors = {trigger, *tree.ancestors(trigger)}
    for tok in tokens:
        # ... but "talks held in Beijing from March 6 to 10": a participle or relative
        # clause on the event noun itself dates the event.
        # "the round of talks, held in Cairo" and "the meeting between A and B, which took
        # place in Sochi" too (``dates_discourse.owns_clause``).
        own = owns_clause(tree, tok.i, trigger, noun, default_lexicon())
        clause = tok.dep in {"acl", "relcl", "appos"} and tok.i not in ancestors and not own
        # "its third launch this month": a time phrase modifying another noun dates that noun
        head = tokens[tok.head]
        noun_modifier = (
            tok.dep in {"npadvmod", "nmod", "tmod"}
            and head.pos in {"NOUN", "PROPN"}
            and head.i not in ancestors
            and head.i != noun
        )
        # "is expected to urge ... after the summit ended in February": a date in a
        # temporal clause dates that clause's event, not the main one.
        temporal = (
            tok.dep == "advcl"
            and tok.i not in ancestors
            and any(tokens[m].text.lower() in _SEQUENCE_MARKS for m in tree.kids(tok.i, {"mark"}))
        )
        if clause or noun_modifier or temporal:
            sub = tree.subtree(tok.i)
            if trigger not in sub:
                blocked.append((tokens[sub[0]].start - base, tokens[sub[-1]].end - base))
    return [
        e
        for e in expressions
        # "the message, dated March 4, ...": a date that dates the event noun itself stays.
        if e.role == "dated" or not any(lo <= e.start and e.end <= hi for lo, hi in blocked)
    ]


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
            context = dates.context(view)
            coded = False
            for event, found in self.code_sentence(article.article, sentence, view, context):
                coded = True
                dates.record(
                    view.tree, found, EventDate(event.date, event.date_precision, event.date_basis)
                )
                remember(antecedents, view, found)
                if found.sources:
                    # by root, and by full code: "condemned the strikes" (195) means the
                    # latest air strikes, not the air defences' latest shoot-down (190).
                    antecedents[event.cameo_root] = found.sources[0]
                    antecedents[event.cameo] = found.sources[0]
                    if found.targets and event.modality != "negated":
                        tone = "conflict" if event.quad_class >= 3 else "cooperation"
                        key = f"target-of:{found.sources[0].actor.country}:{tone}"
                        antecedents[key] = found.targets[0]
                        if event.cameo_root in _FORCE_ROOTS:
                            attacked = f"attacked:{found.targets[0].actor.country}"
                            antecedents[attacked] = found.sources[0]
                    elif event.modality != "negated":
                        # "the two sides reached an understanding": after a joint act each
                        # party's latest counterpart is the other one.
                        tone = "conflict" if event.quad_class >= 3 else "cooperation"
                        antecedents.update(_counterparts(found.sources, tone))
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
        for found in _with_linked(find_events(view)):
            found = self._as_intent(found, view.tree)
            if found is None:
                continue
            if not found.sources:
                found = replace(found, sources=_implied_source(view, found))
            if not found.sources:  # "killed by a roadside bomb": an unidentified armed force
                found = replace(found, sources=unattributed_attackers(view, found))
            if not found.targets:
                found = replace(found, targets=_implied_target(view, found))
            if not found.targets and "bare" in found.rule.flags:
                # "test-fired a missile": firing at no one is a show of force
                found = replace(found, code=found.rule.flags["bare"])
            if expressions is None:
                expressions = find_date_expressions(
                    sentence.text, article.published, context=context
                )
            usable = _outside_other_clauses(view.tree, found.trigger, expressions, found.noun)
            ahead = found.modality == "future" and _dated_inside(view.tree, found, usable)
            own = own_spans(view.tree, found.trigger, found.noun, default_lexicon())
            when = self._date(
                article, sentence, found, usable, past=_past_clause(view.tree, found), ahead=ahead,
                context=context, own=own,
            )  # fmt: skip
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
        mutual = found.symmetric or found.code[:2] in _MUTUAL_ROOTS or found.code in _MUTUAL
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
        plover, mode = plover_of(found.rule, code, self.ontology)
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
