"""The CAMEO-wide trigger lexicon (``events/data/lexicon_cameo.tsv``).

The file only adds rules to the core ``lexicon.tsv``, so the checks here are the ones that
keep the two files coherent: it loads, every code is a real CAMEO code, no row repeats a core
row, every CAMEO root has verbs, and its precise rows really win over the core's catch-alls
(checked on hand-written parses, so no spaCy model is needed).
"""

from __future__ import annotations

from collections import Counter
from importlib import resources

import pytest

from communique.events.extract import SentenceView, choose_rule
from communique.events.lexicon import Lexicon, load_lexicon, tsv_rows
from communique.events.syntax import Tree
from communique.ontology import load_ontology
from communique.types import ParsedSentence, Token

_DATA = "communique.events.data"
# Frame verbs code whatever their complement does; each frame belongs to one CAMEO root.
_FRAME_ROOTS = {"appeal": "02", "intent": "03", "demand": "10", "reject": "12", "threat": "13"}
_MIN_VERB_RULES_PER_ROOT = 8


def _data_rows(name: str) -> list[tuple[int, list[str]]]:
    """(line number, columns) of a lexicon file's rule rows: comments and header skipped."""
    return list(tsv_rows(resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


@pytest.fixture(scope="module")
def cameo_rows() -> list[tuple[int, list[str]]]:
    return _data_rows("lexicon_cameo.tsv")


@pytest.fixture(scope="module")
def core_rows() -> list[tuple[int, list[str]]]:
    return _data_rows("lexicon.tsv")


def _key(cols: list[str]) -> tuple[str, str, str]:
    return cols[0], cols[1].lower(), cols[2]


def _flag_codes(raw: str) -> list[str]:
    """Codes named by civ=/mil=/hit= flags ("tgt=at|on|hit=193" -> ["193"])."""
    return [
        p.split("=", 1)[1] for p in raw.split("|") if p.split("=", 1)[0] in {"civ", "mil", "hit"}
    ]


# --------------------------------------------------------------------------- the file itself


def test_every_row_is_loaded(lexicon: Lexicon, cameo_rows: list[tuple[int, list[str]]]) -> None:
    assert len(cameo_rows) >= 400
    for n, cols in cameo_rows:
        pos, lemma, obj, code = (c.strip() for c in cols[:4])
        loaded = {
            (r.lemma, r.obj, r.code) for r in lexicon.candidates(pos, lemma.lower().split("_")[0])
        }
        assert (lemma.lower(), obj, code) in loaded, f"line {n} not loaded: {cols}"


def test_rows_are_well_formed(cameo_rows: list[tuple[int, list[str]]]) -> None:
    for n, cols in cameo_rows:
        assert 4 <= len(cols) <= 5, f"line {n}: {cols}"
        pos, lemma, obj = cols[:3]
        assert pos in {"V", "N"}, f"line {n}"
        assert lemma == lemma.lower() and " " not in lemma, f"line {n}: lemma {lemma!r}"
        if not obj.startswith(("@", "$")) and obj not in {"*", "-"}:
            words = obj.split("|")
            assert all(w and w == w.lower() and " " not in w for w in words), f"line {n}"
            assert len(words) == len(set(words)), f"line {n}: repeated object lemma"


def test_every_code_is_cameo(lexicon: Lexicon, cameo_rows: list[tuple[int, list[str]]]) -> None:
    ontology = load_ontology()
    for n, cols in cameo_rows:
        code = cols[3]
        if code.startswith("frame:"):
            assert code[6:] in lexicon.frames, f"line {n}: unknown frame {code}"
        elif code != "=obj":
            assert ontology.is_cameo(code), f"line {n}: {code} is not a CAMEO code"
        for flag_code in _flag_codes(cols[4] if len(cols) > 4 else ""):
            assert ontology.is_cameo(flag_code), f"line {n}: flag code {flag_code}"
        if cols[2].startswith("@"):
            assert cols[2][1:] in lexicon.classes, f"line {n}: unknown class {cols[2]}"


def test_no_duplicate_rules(
    cameo_rows: list[tuple[int, list[str]]], core_rows: list[tuple[int, list[str]]]
) -> None:
    own = Counter(_key(cols) for _, cols in cameo_rows)
    assert [k for k, v in own.items() if v > 1] == []
    core = {_key(cols) for _, cols in core_rows}
    assert [(n, cols[:3]) for n, cols in cameo_rows if _key(cols) in core] == []


def test_no_object_lemma_is_shadowed(lexicon: Lexicon) -> None:
    """Within one trigger, an object lemma listed twice would make the later row dead."""
    for rules in lexicon.rules.values():
        seen: dict[tuple[str, str], str] = {}
        for rule in rules:
            if rule.obj[:1] in {"@", "$", "*", "-"}:
                continue
            for word in rule.obj.split("|"):
                first = seen.setdefault((rule.lemma, word), rule.code)
                assert first == rule.code, f"{rule.lemma} + {word}: {first} hides {rule.code}"


@pytest.mark.parametrize("root", [f"{n:02d}" for n in range(1, 21)])
def test_every_cameo_root_has_verbs(
    root: str,
    cameo_rows: list[tuple[int, list[str]]],
    core_rows: list[tuple[int, list[str]]],
) -> None:
    count = 0
    for _, cols in [*core_rows, *cameo_rows]:
        code = cols[3]
        if cols[0] != "V":
            continue
        if code.startswith("frame:"):
            count += _FRAME_ROOTS.get(code[6:]) == root
        elif code.isdigit():
            count += code[:2] == root
    assert count >= _MIN_VERB_RULES_PER_ROOT


def test_secondary_codes_are_reached(
    cameo_rows: list[tuple[int, list[str]]], core_rows: list[tuple[int, list[str]]]
) -> None:
    """Codes the text can tell apart have their own rows, not just their root's default."""
    codes = {cols[3] for _, cols in [*core_rows, *cameo_rows]}
    wanted = {
        "012", "013", "014", "015", "016", "017", "019", "0241", "0253", "0256", "028", "039",
        "041", "043", "045", "054", "055", "063", "064", "072", "073", "074", "0813", "0831",
        "0862", "0873", "0874", "091", "1125", "115", "126", "128", "129", "143", "144", "152",
        "153", "1622", "164", "1661", "1722", "1723", "1724", "175", "176", "181", "1823",
        "1831", "184", "191", "192", "193", "1952", "196", "201", "202", "203", "2041",
    }  # fmt: skip
    assert sorted(wanted - codes) == []


# --------------------------------------------------------------------------- rows in action


def _sentence(spec: list[tuple[str, str, str, str, int]]) -> Tree:
    """A hand-written parse: (text, lemma, pos, dep, head) per token."""
    tokens, start = [], 0
    for i, (text, lemma, pos, dep, head) in enumerate(spec):
        tokens.append(Token(i, text, lemma, pos, pos, dep, head, start, start + len(text)))
        start += len(text) + 1
    text = " ".join(t[0] for t in spec)
    return Tree.of(ParsedSentence(0, 0, len(text), text, tuple(tokens)))


def _code_at(lexicon: Lexicon, tree: Tree, i: int, pos: str = "V") -> str | None:
    chosen = choose_rule(SentenceView(tree, (), lexicon), i, pos)
    return chosen[0].code if chosen else None


def test_agreement_object_beats_strike_catch_all(lexicon: Lexicon) -> None:
    # "Japan struck a deal": a signed agreement, not a military strike.
    tree = _sentence([
        ("Japan", "Japan", "PROPN", "nsubj", 1), ("struck", "strike", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3), ("deal", "deal", "NOUN", "dobj", 1),
    ])  # fmt: skip
    assert _code_at(lexicon, tree, 1) == "057"


def test_particle_verb_beats_plain_verb(lexicon: Lexicon) -> None:
    # "Ankara hit out at Stockholm": criticism, although "hit" alone is a use of force.
    tree = _sentence([
        ("Ankara", "Ankara", "PROPN", "nsubj", 1), ("hit", "hit", "VERB", "ROOT", 1),
        ("out", "out", "ADP", "prt", 1), ("at", "at", "ADP", "prep", 1),
        ("Stockholm", "Stockholm", "PROPN", "pobj", 3),
    ])  # fmt: skip
    assert _code_at(lexicon, tree, 1) == "111"


def test_accusation_of_espionage_is_specific(lexicon: Lexicon) -> None:
    tree = _sentence([
        ("Beijing", "Beijing", "PROPN", "nsubj", 1), ("accused", "accuse", "VERB", "ROOT", 1),
        ("Ottawa", "Ottawa", "PROPN", "dobj", 1), ("of", "of", "ADP", "prep", 1),
        ("espionage", "espionage", "NOUN", "pobj", 3),
    ])  # fmt: skip
    assert _code_at(lexicon, tree, 1) == "1125"


def test_killing_a_bill_is_a_veto(lexicon: Lexicon) -> None:
    tree = _sentence([
        ("Senators", "senator", "NOUN", "nsubj", 1), ("killed", "kill", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("bill", "bill", "NOUN", "dobj", 1),
    ])  # fmt: skip
    assert _code_at(lexicon, tree, 1) == "129"


def test_tear_gas_is_repression_not_combat(lexicon: Lexicon) -> None:
    tree = _sentence([
        ("Police", "police", "NOUN", "nsubj", 1), ("fired", "fire", "VERB", "ROOT", 1),
        ("tear", "tear", "ADJ", "amod", 3), ("gas", "gas", "NOUN", "dobj", 1),
    ])  # fmt: skip
    assert _code_at(lexicon, tree, 1) == "175"


def test_meeting_demands_is_yielding_not_a_meeting(lexicon: Lexicon) -> None:
    tree = _sentence([
        ("Paris", "Paris", "PROPN", "nsubj", 1), ("met", "meet", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("demands", "demand", "NOUN", "dobj", 1),
    ])  # fmt: skip
    assert _code_at(lexicon, tree, 1) == "080"


def test_agreeing_to_a_truce_declares_it(lexicon: Lexicon) -> None:
    tree = _sentence([
        ("Both", "both", "DET", "nsubj", 1), ("agreed", "agree", "VERB", "ROOT", 1),
        ("to", "to", "ADP", "prep", 1), ("a", "a", "DET", "det", 4),
        ("truce", "truce", "NOUN", "pobj", 2),
    ])  # fmt: skip
    assert _code_at(lexicon, tree, 1) == "0871"
    assert _code_at(lexicon, tree, 4, "N") == "0871"


def test_advancing_cooperation_is_not_an_advance(lexicon: Lexicon) -> None:
    # "advance" is a use of force only without an object ("troops advanced on the city").
    tree = _sentence([
        ("They", "they", "PRON", "nsubj", 1), ("advanced", "advance", "VERB", "ROOT", 1),
        ("cooperation", "cooperation", "NOUN", "dobj", 1),
    ])  # fmt: skip
    assert _code_at(lexicon, tree, 1) is None
    marched = _sentence([
        ("Troops", "troop", "NOUN", "nsubj", 1), ("advanced", "advance", "VERB", "ROOT", 1),
        ("on", "on", "ADP", "prep", 1), ("Kharkiv", "Kharkiv", "PROPN", "pobj", 2),
    ])  # fmt: skip
    assert _code_at(lexicon, marched, 1) == "190"
