"""Which date expressions in a sentence date a given event, and in which direction to read them.

A date in a relative clause dates that clause's noun ("a pact signed in 2001"), a date in an
after-clause dates the earlier act, and a stated intention is dated when stated unless the date
sits in the planned act's own clause.
"""

from __future__ import annotations

from communique.events.dates_discourse import owns_clause
from communique.events.dates_lexicon import default_lexicon
from communique.events.extract import Found
from communique.events.lexicon import word_list
from communique.events.syntax import Tree, first_conjunct

# Subordinators of a clause that happened at another time than the main one ("when" and
# "as" are simultaneous, so their dates still date the main event).
_SEQUENCE_MARKS = frozenset({"after", "before", "since", "until", "till", "once"})
# "denied the charges in a statement released on Saturday": what carried the act.
_VEHICLES = frozenset(word_list("VEHICLE_NOUNS"))
_VEHICLE_PREPS = frozenset({"in", "through", "via"})


def past_clause(tree: Tree, found: Found) -> bool:
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


def dated_inside(tree: Tree, found: Found, expressions: list) -> bool:
    """Does a date expression sit in the future act's own clause ("will visit on Monday")?
    In "said on Sunday it would halt ..." the date belongs to the saying, which is past: the
    intent was stated then."""
    own = set(tree.clause_subtree(found.trigger))
    base = tree.sentence.start
    spans = [(tree.tok(k).start - base, tree.tok(k).end - base) for k in own]
    return any(any(s < e.end and e.start < t for s, t in spans) for e in expressions)


# Subordinators of a clause that happened before the main one: the main clause's date does
# not date it ("talks resumed on Tuesday after rebels seized the capital").
_EARLIER = frozenset({"after", "since"})


# Units of a stated gap between two acts ("weeks after", "a month after").
_GAP_UNITS = frozenset({"day", "week", "month", "year", "decade"})


def earlier_clause(tree: Tree, trigger: int) -> int | None:
    """The "after"/"since" clause that holds ``trigger`` when a gap of days or more separates
    it from the main act ("a week after rebels seized the port", "months after ..."), or
    ``None``.  Without a stated gap the two acts are usually the same day's news ("protests
    erupted on Monday after police shot a man"), so the main clause's date stays.  Walks up
    through coordinated verbs but not out of a clause of another kind."""
    j: int | None = trigger
    while j is not None:
        tok = tree.tok(j)
        if tok.dep == "advcl":
            marks = [m for m in tree.kids(j, {"mark"}) if tree.tok(m).text.lower() in _EARLIER]
            return j if marks and _gap(tree, j, marks[0]) else None
        if tok.dep != "conj":
            return None
        j = tree.head(j)
    return None


def _gap(tree: Tree, clause: int, mark: int) -> bool:
    """Does a span of days or more modify the clause or its subordinator ("weeks after")?"""
    for k in (*tree.kids(clause, {"npadvmod"}), *tree.kids(mark, {"npadvmod"})):
        if tree.lemma(k) in _GAP_UNITS:
            return True
    return False


# Prepositions that make a phrase on the verb the occasion of the act ("met on the sidelines of
# the summit", "at talks", "during a visit"): the occasion's date is the act's.
_SETTING_PREPS = frozenset({"at", "during", "on"})


def _setting_of(tree: Tree, noun: int, trigger: int) -> bool:
    """Is ``noun`` the occasion of the act at ``trigger``, reached from it through
    prepositional phrases only ("met Biden on the sidelines of the G20 summit in Bali last
    November", "met during a visit to Tehran last July")?  A date on such a noun dates the
    act; a date on the act's object ("condemned last week's arrest") does not."""
    j = noun
    for _ in range(6):
        if tree.tok(j).dep != "pobj":
            return False
        prep = tree.head(j)
        if prep is None or tree.tok(prep).dep != "prep":
            return False
        up = tree.head(prep)
        if up == trigger:
            return tree.tok(prep).text.lower() in _SETTING_PREPS
        if up is None or tree.tok(prep).text.lower() != "of":
            return False
        j = up
    return False


def outside_other_clauses(
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
        own = owns_clause(tree, tok.i, trigger, noun, default_lexicon()) or _vehicle_clause(
            tree, tok.i, trigger
        )
        clause = tok.dep in {"acl", "relcl", "appos"} and tok.i not in ancestors and not own
        # "its third launch this month": a time phrase modifying another noun dates that noun
        head = tokens[tok.head]
        noun_modifier = (
            tok.dep in {"npadvmod", "nmod", "tmod"}
            and head.pos in {"NOUN", "PROPN"}
            and head.i not in ancestors
            and head.i != noun
            and not _setting_of(tree, head.i, trigger)
        )
        # "is expected to urge ... after the summit ended in February": a date in a
        # temporal clause dates that clause's event, not the main one.
        temporal = (
            tok.dep == "advcl"
            and tok.i not in ancestors
            and any(tokens[m].text.lower() in _SEQUENCE_MARKS for m in tree.kids(tok.i, {"mark"}))
        )
        # "denied the charges, saying its troops were not there on Thursday": the date is
        # part of what the participle reports, not of the main clause's act.
        reported = (
            tok.dep == "ccomp"
            and tok.i not in ancestors
            and head.dep == "advcl"
            and head.tag == "VBG"
            and head.i not in ancestors
        )
        if clause or noun_modifier or temporal or reported:
            sub = tree.subtree(tok.i)
            if trigger not in sub:
                blocked.append((tokens[sub[0]].start - base, tokens[sub[-1]].end - base))
    blocked += later_conjunct_spans(tree, trigger)
    topic = topic_phrase(tree, trigger)
    if topic is not None:
        # "summoned the ambassador on Tuesday in a dispute over France's decision to back
        # Armenia's plan": the decision is the row's background, older than the summons.
        sub = tree.subtree(topic)
        lo, hi = tokens[sub[0]].start - base, tokens[sub[-1]].end - base
        blocked += [(-(10**9), lo - 1), (hi + 1, 10**9)]
    earlier = earlier_clause(tree, trigger)
    if earlier is not None:
        # an act in an after/since clause is dated only by what sits in that clause: the main
        # clause's "on Tuesday" dates the later act, not this one.
        sub = tree.subtree(earlier)
        lo, hi = tokens[sub[0]].start - base, tokens[sub[-1]].end - base
        blocked += [(-(10**9), lo - 1), (hi + 1, 10**9)]
    return [
        e
        for e in expressions
        # "the message, dated March 4, ...": a date that dates the event noun itself stays.
        if e.role == "dated" or not any(lo <= e.start and e.end <= hi for lo, hi in blocked)
    ]


# Prepositions that name what a quarrel or a statement is about: a closed class, kept in code.
_TOPIC_PREPS = frozenset({"over", "about", "regarding", "concerning"})


def topic_phrase(tree: Tree, trigger: int) -> int | None:
    """The "over/about ..." phrase that holds ``trigger`` as the topic of another act or of a
    dispute noun ("a row over X's support for Y", "protested over the decision to expel ..."),
    or ``None``.  The act named there is the quarrel's cause and happened before it, so the
    dates of the clause around it are not its dates; a date inside the phrase still is."""
    for k in tree.ancestors(trigger):
        tok = tree.tok(k)
        if tok.dep == "prep" and tok.text.lower() in _TOPIC_PREPS:
            return k
        if tok.dep in {"ROOT", "ccomp", "advcl", "conj", "relcl", "xcomp"} and tok.pos in {
            "VERB",
            "AUX",
        }:
            return None  # a clause of its own: its dates are handled as a clause
    return None


def later_conjunct_spans(tree: Tree, trigger: int) -> list[tuple[int, int]]:
    """Character spans of the later coordinated predicates whose dates do not reach back to
    ``trigger``'s act.

    Wire copy moves time forward inside one sentence: in "Ghana criticised Togo, recalled its
    envoy and in June expelled Togo's envoy" the "in June" opens the third act's own time,
    and the first two belong to the episode told before.  So a date in a later conjunct's own
    clause does not date an earlier conjunct.  It does when it closes the whole coordination
    ("condemned the deal and recalled its envoy on Monday"): a trailing date after the last
    predicate is shared.  Dates in an earlier conjunct or before the first are untouched.
    """
    if tree.tok(trigger).pos not in {"VERB", "AUX"}:
        return []
    first = first_conjunct(tree, trigger)
    chain = [c for c in tree.conjuncts(first) if tree.tok(c).pos in {"VERB", "AUX"}]
    if trigger not in chain:
        return []
    tokens, base = tree.tokens, tree.sentence.start
    last = chain[-1]
    spans = []
    for c in chain:
        if c <= trigger:
            continue
        later = set().union(*(tree.subtree(d) for d in tree.kids(c, {"conj"}) if d != c))
        own = [k for k in tree.subtree(c) if k not in later and k != c]
        if c == last:
            own = [k for k in own if k < c]  # after the last verb: shared by all
        if own:
            spans.append((tokens[min(own)].start - base, tokens[max(own)].end - base))
    return spans


def _vehicle_clause(tree: Tree, clause: int, trigger: int) -> bool:
    """ "denied the charges in a statement released on Saturday", "said in an interview
    published on Monday": a participle or relative clause on the statement that carried the
    act says when the act was made."""
    if tree.tok(clause).dep not in {"acl", "relcl"}:
        return False
    vehicle = tree.head(clause)
    if vehicle is None or tree.tok(vehicle).dep != "pobj":
        return False
    if tree.tok(vehicle).text.lower() not in _VEHICLES:
        return False
    prep = tree.head(vehicle)
    return (
        prep is not None
        and tree.tok(prep).text.lower() in _VEHICLE_PREPS
        and tree.head(prep) == trigger
    )
