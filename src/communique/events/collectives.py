"""Social groups named only by what they are: "workers went on strike", "students rallied
outside parliament", "a rights group protested the verdict".

Protest, demands and refusals are very often made by groups the report names by a common
noun with no country: the strikers, the farmers, a human-rights group.  The actor resolver
codes such nouns only when a country goes with them ("Serbian workers": SRBLAB) or when the
group is stateless by nature (rebels, civilians, protesters).  Dropping the rest loses most
labour and student protest, which PLOVER records without a recipient; so when an act of this
kind has no source and its subject is a plural (or indefinite) common noun listed in
``collectives.tsv``, the subject becomes a source coded by its CAMEO sector alone, as
PETRARCH writes ``---LAB``.

Only for acts a group does of its own accord (protest, demand, refusal, criticism: CAMEO 10,
11, 12, 14), and only for an active subject: "students were beaten" names the victims.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from communique.events.lexicon import word_list
from communique.events.rules import is_passive
from communique.events.syntax import Tree, to_infinitive
from communique.events.view import Found, SentenceView
from communique.types import ActorMention, ActorRef

_DATA = "communique.events.data"
COLLECTIVES_FILE = "collectives.tsv"
COLLECTIVE_ROOTS = frozenset({"10", "11", "12", "14"})
# Climbing from the act to the clause whose subject did it: "went on to stage a strike",
# "continued their hunger strike", "rioted and demanded"; and infinitives of purpose.
_CONTROL_DEPS = frozenset({"xcomp", "conj", "pcomp"})
_MODIFIER_DEPS = frozenset({"compound", "amod"})
_QUANTITIES = frozenset(word_list("QUANTITY_NOUNS"))
# Determiners and quantifiers: a closed grammatical class, kept in code.
_INDEFINITE = frozenset({"a", "an", "some", "several", "many", "hundreds", "thousands"})


@dataclass(frozen=True, slots=True)
class Collectives:
    """Collective agent nouns: word tuple (lemmas, modifiers first) -> CAMEO sector."""

    sectors: dict[tuple[str, ...], str]

    def sector(self, words: tuple[str, ...]) -> str | None:
        return self.sectors.get(words)


def parse_collectives(text: str) -> Collectives:
    """Read ``collectives.tsv`` text; a malformed row is an error naming its line."""
    sectors: dict[tuple[str, ...], str] = {}
    header_seen = False
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            header_seen = True
            if cells[0] == "words":
                continue
        if len(cells) < 2 or not cells[0].strip() or not cells[1].strip().isalpha():
            raise ValueError(f"{COLLECTIVES_FILE} line {n}: expected 'words<TAB>SECTOR'")
        sectors[tuple(cells[0].lower().split())] = cells[1].strip().upper()
    return Collectives(sectors)


def load_collectives() -> Collectives:
    """The built-in table (build once per coder and pass it in)."""
    text = resources.files(_DATA).joinpath(COLLECTIVES_FILE).read_text(encoding="utf-8")
    return parse_collectives(text)


def collective_source(
    view: SentenceView, found: Found, table: Collectives
) -> tuple[ActorMention, ...]:
    """A sector-only source for a protest, demand, refusal or criticism whose subject is a
    listed collective noun that no actor mention covers; else ``()``."""
    if found.sources or found.code[:2] not in COLLECTIVE_ROOTS:
        return ()
    tree = view.tree
    subj = _members(tree, acting_subject(tree, found.trigger))
    if subj is None or view.at(subj) or not _generic(tree, subj):
        return ()
    hit = _lookup(tree, subj, table)
    if hit is None:
        return ()
    first, sector = hit
    return (_mention(tree, first, subj, sector),)


def acting_subject(tree: Tree, i: int) -> int | None:
    """The active subject of the clause of ``i``, climbing through controlled and coordinated
    verbs ("began to strike", "marched and demanded"); ``None`` for a passive."""
    k: int | None = i
    for _ in range(3):
        if k is None or is_passive(tree, k):
            return None
        subj = tree.kid(k, {"nsubj"})
        if subj is not None:
            return subj
        if tree.tok(k).dep not in _CONTROL_DEPS and not _purpose(tree, k):
            return None
        k = tree.head(k)
        if k is not None and tree.tok(k).dep == "prep":  # "resorted to throwing"
            k = tree.head(k)
    return None


def _purpose(tree: Tree, k: int) -> bool:
    """ "went on strike to demand higher pay": an infinitive of purpose shares the subject."""
    return tree.tok(k).dep == "advcl" and to_infinitive(tree, k)


def _members(tree: Tree, k: int | None) -> int | None:
    """ "Thousands of workers", "dozens of students": the group a quantity counts."""
    if k is None or tree.lemma(k).lower() not in _QUANTITIES:
        return k
    for prep in tree.kids(k, {"prep"}):
        if tree.tok(prep).text.lower() == "of" and (obj := tree.kid(prep, {"pobj"})) is not None:
            return obj
    return k


def _generic(tree: Tree, k: int) -> bool:
    """A common noun naming the group as a kind, not one known body: plural ("workers"), or
    singular with an indefinite determiner ("a rights group")."""
    tok = tree.tok(k)
    if tok.pos != "NOUN":
        return False
    if tok.tag == "NNS":
        return True
    dets = {tree.tok(d).text.lower() for d in tree.kids(k, {"det"})}
    return bool(dets & _INDEFINITE)


def _lookup(tree: Tree, k: int, table: Collectives) -> tuple[int, str] | None:
    """The longest listed phrase ending in noun ``k``: (first token, sector)."""
    head = tree.lemma(k).lower()
    mods = sorted(m for m in tree.kids(k, _MODIFIER_DEPS) if m < k)
    for start in range(len(mods)):
        span = mods[start:]
        words = (*(tree.lemma(m).lower() for m in span), head)
        if span == list(range(span[0], k)) and (sector := table.sector(words)):
            return span[0], sector
        words = (*(tree.tok(m).text.lower() for m in span), head)
        if span == list(range(span[0], k)) and (sector := table.sector(words)):
            return span[0], sector
    sector = table.sector((head,))
    return (k, sector) if sector else None


def _mention(tree: Tree, first: int, head: int, sector: str) -> ActorMention:
    a, b = tree.tok(first), tree.tok(head)
    name = " ".join(tree.tok(k).text for k in range(first, head + 1))
    return ActorMention(
        sentence=tree.sentence.index,
        tok_start=first,
        tok_end=head + 1,
        head=head,
        start=a.start,
        end=b.end,
        actor=ActorRef(code=sector, country=None, sector=sector, name=name),
        via="collective",
    )
