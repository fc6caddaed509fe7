"""Modality of an event trigger: was the act done, denied, only hypothesised, planned or wished?

Analysts must not find "did not attack" counted as an attack, nor "if talks resume" counted as
talks.  The rules read the dependency parse around the trigger: negation particles, modal
auxiliaries, conditional markers, and the verbs that govern the trigger's clause ("plans to",
"hopes to").  The result is one of ``MODALITIES``.
"""

from __future__ import annotations

from communique.events.lexicon import word_list
from communique.events.syntax import Tree, to_infinitive

MODALITIES = ("asserted", "negated", "hypothetical", "future", "wish", "appeal", "reported")

# Negators, auxiliaries and conditional markers are closed grammatical classes, so they stay
# in code; the open word lists this module tests are in data/words.tsv.
_NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
_HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "'d"})
# "could", "might", "may": a possibility; with a condition attached it is no stated intent.
_POSSIBILITY_AUX = frozenset({"could", "might", "may"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "ca"})
_APPEAL_AUX = frozenset({"should", "must", "ought", "need"})
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
_FUTURE_GOVERNORS = frozenset(word_list("FUTURE_GOVERNORS"))
# "is ready to send troops", "said it is prepared to impose martial law": a stated readiness
# is an announced intention, coded like a plan.
_READINESS = frozenset(word_list("READINESS"))
_WISH_GOVERNORS = frozenset(word_list("WISH_GOVERNORS"))
_NEGATING_GOVERNORS = frozenset(word_list("NEGATING_GOVERNORS"))
_CLAIM_NOUNS = frozenset(word_list("CLAIM_NOUNS"))
_DISPUTING_VERBS = frozenset(word_list("DISPUTING_VERBS"))
_INTENT_NOUNS = frozenset(word_list("INTENT_NOUNS"))
_NOUNS = frozenset({"NOUN", "PROPN"})
_NEGATIVE_SUBJECTS = frozenset({"neither", "none", "nobody", "noone"})
# "is free to deepen ties", "are welcome to join": a permission granted, no act done.
_PERMISSIONS = frozenset({"free", "welcome"})
# "accused Washington of plans to strike", "warned of plans to invade": a plan that a third
# party alleges or reports is the content of the allegation, not an intention its owner stated.
_ALLEGING = frozenset(word_list("ALLEGING"))
# "the plot envisaged storming parliament", "the scenario involved troops invading a
# neighbour": acts that a plan, plot or scenario describes have not happened.
_DESCRIBED_PLANS = frozenset(word_list("DESCRIBED_PLANS"))
_DESCRIBING_VERBS = frozenset(word_list("DESCRIBING_VERBS"))
_VERBS = frozenset({"VERB", "AUX"})
_SPEECH_MEDIA = frozenset(word_list("SPEECH_MEDIA"))


# "Talks are scheduled to take place", "the summit is due to open", "talks are set for
# Monday": an event noun that is the subject of a scheduling predicate is planned, not held.
# Passive participles only (an active "the talks set a deadline" schedules nothing) and
# adjectives after "be".
_SCHEDULED_PASSIVES = frozenset(word_list("SCHEDULED_PASSIVES"))
_SCHEDULED_ADJECTIVES = frozenset(word_list("SCHEDULED_ADJECTIVES"))
# "offered help in reviving stalled negotiations", "a proposal for resuming talks": an event
# noun that is what a gerund inside an offer or proposal would bring about has not happened.
_PROPOSING_WORDS = frozenset(word_list("PROPOSING_WORDS"))
_PROPOSAL_PATH = frozenset({"pcomp", "pobj", "prep", "xcomp", "acl", "dobj"})


def _aux_words(tree: Tree, i: int) -> set[str]:
    return {tree.tok(a).text.lower() for a in tree.kids(i, {"aux", "auxpass"})}


def _negated_here(tree: Tree, i: int) -> bool:
    if any(tree.tok(k).text.lower() in _NEGATORS for k in tree.kids(i, {"neg"})):
        return True
    # "agreed that neither would use force", "none of them attacked": a negative subject
    # denies the act for every party it ranges over.
    if any(
        tree.tok(k).text.lower() in _NEGATIVE_SUBJECTS for k in tree.kids(i, {"nsubj", "nsubjpass"})
    ):
        return True
    # "no talks were held", "held no talks": a negative determiner on the event noun.
    return any(tree.tok(k).lemma.lower() == "no" for k in tree.kids(i, {"det"}))


def _conditional(tree: Tree, i: int) -> bool:
    """Inside an if/unless clause, here or in a governing adverbial clause."""
    j: int | None = i
    while j is not None:
        if any(tree.tok(m).text.lower() in _CONDITIONAL_MARKS for m in tree.kids(j, {"mark"})):
            return True
        if tree.tok(j).dep not in {"advcl", "xcomp", "conj", "ccomp"}:
            return False
        j = tree.head(j)
    return False


def modality_of(tree: Tree, i: int, *, noun_head: int | None = None) -> str:
    """Modality of the event triggered at token ``i``.

    ``noun_head`` is the event noun when a light verb carries it ("held no talks").
    Order matters: what governs the clause (a condition, a negation, someone's hope) outranks
    the clause's own auxiliaries.
    """
    if _negated_here(tree, i) or (noun_head is not None and _negated_here(tree, noun_head)):
        return "negated"
    if _conditional(tree, i):
        return "hypothetical"
    aux = _aux_words(tree, i)
    dep = tree.tok(i).dep
    head = tree.head(i)
    infinitive = to_infinitive(tree, i, {"aux", "auxpass"})
    noun_complement = dep in {"acl", "xcomp", "relcl"} and infinitive
    if head is not None and noun_complement and _ranked_description(tree, head):
        # "is the first South Korean president to visit Japan": a ranking states a fact; the
        # copula's own tense decides ("will be the first leader to visit" is future).
        copula = tree.head(head)
        return modality_of(tree, copula) if copula is not None and copula != head else "asserted"
    if head is not None and noun_complement and tree.tok(head).pos in _NOUNS:
        # "pressure to help Iran", "a plan to visit": the noun's content, not a done act.
        if tree.lemma(head) in _INTENT_NOUNS and not _alleged(tree, head):
            return "future"
        return "hypothetical"
    if _described_content(tree, i) or _while_condition(tree, i):
        return "hypothetical"
    if head is not None and dep in {"acl", "ccomp"} and _disputed_claim(tree, head):
        return "negated"  # "rejected the accusations that its troops fired on the plant"
    governed = _governed(tree, i) if dep in {"xcomp", "ccomp"} and head is not None else None
    if governed is not None:
        return governed
    if aux & _FUTURE_AUX:
        return "future"
    if aux & _APPEAL_AUX:
        return "appeal"
    purpose = dep == "advcl" and infinitive  # "will meet in Geneva to discuss ..."
    if (dep == "conj" or purpose) and head is not None and tree.tok(head).pos in _VERBS:
        inherited = modality_of(tree, head)  # "will keep talking and meet halfway"
        if inherited != "asserted":
            return inherited
    if aux & _HYPOTHETICAL_AUX:
        if aux & _POSSIBILITY_AUX and _has_condition(tree, i):
            return "hypothetical"  # "could consider lifting sanctions if Vilnius ...": an option
        # "said it would send aid": a reported intention, not a hypothesis.
        return "future" if _under_speech(tree, i) else "hypothetical"
    return "asserted"


def _disputed_claim(tree: Tree, noun: int) -> bool:
    """Is ``noun`` an account of an act ("the accusations", "reports") that its own verb
    disputes ("rejected", "denied", "dismissed")?  The clause on it is then an act the speaker
    says did not happen, exactly like "denied that its forces shelled ..."."""
    if tree.tok(noun).pos not in _NOUNS or tree.lemma(noun) not in _CLAIM_NOUNS:
        return False
    verb = tree.head(noun)
    return (
        verb is not None
        and tree.tok(noun).dep in {"dobj", "nsubjpass"}
        and tree.lemma(verb) in _DISPUTING_VERBS
    )


def _alleged(tree: Tree, noun: int) -> bool:
    """Is the intent noun at ``noun`` what another party alleges or reports ("accused X of
    plans to ...", "warned of plans to ...")?  Only through a preposition: "announced plans
    to visit" is the owner's own statement and stays a plan."""
    prep = tree.head(noun)
    if prep is None or tree.tok(noun).dep != "pobj" or tree.tok(prep).dep != "prep":
        return False
    verb = tree.head(prep)
    return verb is not None and tree.lemma(verb) in _ALLEGING


def _described_content(tree: Tree, i: int) -> bool:
    """Is the act at ``i`` inside what a plot, plan or scenario describes ("the plot
    envisaged storming the parliament", "the scenario involved troops invading X")?  The
    describing verb must have the plan noun as its subject and ``i`` in its object."""
    for up in tree.ancestors(i):
        if tree.tok(up).pos not in _VERBS or tree.lemma(up) not in _DESCRIBING_VERBS:
            continue
        subj = tree.kid(up, {"nsubj", "nsubjpass"})
        return subj is not None and tree.lemma(subj) in _DESCRIBED_PLANS
    return False


def _while_condition(tree: Tree, i: int) -> bool:
    """Is ``i`` a present-tense "while" clause under a refusal or a future ("will not talk
    while Russia occupies our land")?  There "while" means "as long as": the clause states a
    condition of the refusal, not a new act."""
    if tree.tok(i).dep != "advcl" or tree.tok(i).tag not in {"VBZ", "VBP"}:
        return False
    marks = {tree.tok(m).text.lower() for m in tree.kids(i, {"mark"})}
    head = tree.head(i)
    if "while" not in marks or head is None:
        return False
    return _negated_here(tree, head) or bool(_aux_words(tree, head) & _FUTURE_AUX)


def _has_condition(tree: Tree, i: int) -> bool:
    """Whether the verb at ``i`` carries an if/unless clause ("could ... if Seoul agrees")."""
    return any(
        any(tree.tok(m).text.lower() in _CONDITIONAL_MARKS for m in tree.kids(k, {"mark"}))
        for k in tree.kids(i, {"advcl"})
    )


def _governed(tree: Tree, i: int) -> str | None:
    """Modality imposed by the verb whose complement ``i`` is, or ``None``."""
    governor = tree.head(i)
    assert governor is not None
    glemma = tree.lemma(governor)
    # The small model mislemmatises some governors ("hopes" -> "hop"): match surface forms too.
    forms = {glemma, tree.tok(governor).text.lower()}
    xcomp = tree.tok(i).dep == "xcomp"
    if glemma in _NEGATING_GOVERNORS and _fronted_clause(tree, i, governor):
        return None  # "India accused Pakistan of ..., a charge Islamabad denies"
    if (_negated_here(tree, governor) and xcomp) or glemma in _NEGATING_GOVERNORS:
        return "negated"
    if any(tree.tok(k).text.lower() == "about" for k in tree.children[governor]):
        return "asserted"  # "is about to restore ties": reported as happening now
    if _aux_words(tree, governor) & _POSSIBILITY_AUX and _has_condition(tree, governor):
        return "hypothetical"  # "could consider lifting sanctions if ...": an option, no plan
    if glemma in _PERMISSIONS and xcomp:
        return "hypothetical"  # "Serbia is free to deepen ties with Moscow"
    if forms & _WISH_GOVERNORS:
        # Someone else's hope ("hopes the DPRK and the US will keep talking") is no act of
        # theirs; one's own wish ("wants to help") is.
        own_subject = tree.kid(i, {"nsubj", "nsubjpass"}) is not None
        return "hypothetical" if own_subject else "wish"
    if glemma in _FUTURE_GOVERNORS or (glemma == "be" and xcomp) or forms & _READINESS:
        return "future"
    if xcomp and tree.tok(governor).pos in _VERBS:
        inherited = modality_of(tree, governor)  # "hopes they will keep talking"
        if inherited != "asserted":
            return inherited
    return None


# "the first/last/only envoy to visit", "the highest-ranking official to visit": a ranking of
# who did something, not a possibility.
_RANKING_WORDS = frozenset({"first", "last", "only"})


def _ranked_description(tree: Tree, n: int) -> bool:
    """Is the noun at ``n`` ranked by an ordinal or superlative modifier ("the first
    president", "the highest-ranking official"), so that its to-infinitive states a fact?"""
    for k in tree.kids(n, {"amod", "compound", "advmod"}):
        words = [k, *tree.kids(k, {"amod", "advmod", "npadvmod", "compound"})]
        for w in words:
            tok = tree.tok(w)
            if tok.text.lower() in _RANKING_WORDS or tok.tag in {"JJS", "RBS"}:
                return True
            if "-" in tok.text and tok.text.lower().split("-")[0].endswith("est"):
                return True  # "highest-ranking" kept as one token
    return False


def _fronted_clause(tree: Tree, i: int, governor: int) -> bool:
    """Is ``i`` a clause placed before a denial verb that has its own object ("India accused
    Pakistan of X, a charge Islamabad denies")?  The parser hangs the main clause on the
    appositive's verb; what is denied is the object noun, not the act of accusing."""
    return i < governor and tree.kid(governor, {"dobj"}) is not None


def _under_speech(tree: Tree, i: int) -> bool:
    tok = tree.tok(i)
    head = tree.head(i)
    return tok.dep == "ccomp" and head is not None and tree.lemma(head) in _SPEECH_MEDIA


def is_refusal(tree: Tree, i: int) -> bool:
    """A negated future or conditional ("will not attend", "would not provide"): the speaker
    refuses, which CAMEO codes as a rejection rather than as no event."""
    return bool(_aux_words(tree, i) & (_FUTURE_AUX | _HYPOTHETICAL_AUX))


def scheduled_subject(tree: Tree, n: int) -> bool:
    """Is the event noun at ``n`` the subject of a scheduling predicate ("talks are
    scheduled to resume", "negotiations are due to start", "the summit is set for May")?"""
    tok = tree.tok(n)
    head = tree.head(n)
    if head is None:
        return False
    if tok.dep == "nsubjpass":
        return tree.lemma(head) in _SCHEDULED_PASSIVES
    if tok.dep != "nsubj" or tree.lemma(head) != "be":
        return False
    return any(
        tree.tok(k).text.lower() in _SCHEDULED_ADJECTIVES for k in tree.kids(head, {"acomp"})
    )


def proposed_content(tree: Tree, n: int) -> bool:
    """Is the event noun at ``n`` the object of a gerund that an offer or proposal governs
    ("offered help in reviving stalled negotiations", "a plan for restarting talks")?"""
    head = tree.head(n)
    if head is None or tree.tok(n).dep != "dobj" or tree.tok(head).tag != "VBG":
        return False
    j: int | None = head
    for _ in range(5):
        if j is None or tree.tok(j).dep not in _PROPOSAL_PATH:
            return False
        j = tree.head(j)
        if j is not None and tree.lemma(j) in _PROPOSING_WORDS:
            return True
    return False
