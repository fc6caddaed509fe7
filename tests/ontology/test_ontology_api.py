"""Behaviour of the packaged ontology: structure, conventions and the lookup API."""

from __future__ import annotations

import pickle

import pytest

from communique.errors import DictionaryError
from communique.ontology import (
    QUAD_CLASS_NAMES,
    Ontology,
    UnknownCodeError,
    build_ontology,
    describe,
    load_ontology,
    normalise_plover,
)

ROOTS = [f"{n:02d}" for n in range(1, 21)]


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return load_ontology()


def expected_quad(root: str) -> int:
    """The documented split, restated independently of the data file."""
    n = int(root)
    if n <= 5:
        return 1
    if n <= 8:
        return 2
    return 3 if n <= 13 else 4


def test_all_twenty_roots_present(onto: Ontology) -> None:
    roots = [c.code for c in onto.codes() if c.level == "root"]
    assert roots == ROOTS


def test_every_code_hangs_under_its_root(onto: Ontology) -> None:
    for entry in onto.codes():
        assert entry.root in ROOTS, entry.code
        assert entry.code.startswith(entry.root), entry.code
        assert onto.cameo(entry.root).level == "root"
        assert entry.level == {2: "root", 3: "secondary", 4: "tertiary"}[len(entry.code)]
        if entry.level == "tertiary":
            assert onto.is_cameo(entry.code[:3]), f"{entry.code} has no secondary parent"


def test_codes_are_in_cameo_order_and_unique(onto: Ontology) -> None:
    codes = [c.code for c in onto.codes()]
    assert codes == sorted(codes)
    assert len(codes) == len(set(codes))


def test_quad_class_follows_documented_split(onto: Ontology) -> None:
    for entry in onto.codes():
        assert entry.quad_class == expected_quad(entry.root), entry.code
        assert onto.quad_class(entry.code) == entry.quad_class
    assert set(QUAD_CLASS_NAMES) == {1, 2, 3, 4}


def test_goldstein_within_scale(onto: Ontology) -> None:
    for entry in onto.codes():
        assert -10.0 <= onto.goldstein(entry.code) <= 10.0, entry.code


def test_goldstein_fallbacks_are_labelled(onto: Ontology) -> None:
    # 1834 (location bombing) has no published value; it takes its parent's, 183.
    assert onto.cameo("1834").goldstein_source == "inherited:183"
    assert onto.goldstein("1834") == onto.goldstein("183")
    assert onto.cameo("1213").goldstein_source == "icews"


def test_roots_01_02_have_no_plover_but_every_other_code_does(onto: Ontology) -> None:
    for entry in onto.codes():
        if entry.root in ("01", "02"):
            assert onto.plover(entry.code) == (None, None), entry.code
        else:
            assert entry.plover is not None, entry.code
            assert onto.plover_type(entry.plover).name == entry.plover


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("163", ("SANCTION", "discontinue")),
        ("190", ("ASSAULT", None)),
        ("042", ("CONSULT", "visit")),
        ("0813", ("CONCEDE", None)),
        ("191", ("COERCE", "restrict")),
        ("201", ("ASSAULT", "cleansing")),
        ("08", ("CONCEDE", None)),
        ("155", ("MOBILIZE", None)),
    ],
)
def test_plover_mapping_includes_out_of_block_entries(
    onto: Ontology, code: str, expected: tuple[str | None, str | None]
) -> None:
    assert onto.plover(code) == expected


def test_plover_context_split_into_names(onto: Ontology) -> None:
    assert onto.cameo("091").plover_context == ("crime", "corruption")
    assert onto.cameo("010").plover_context == ()


def test_plover_quad_agrees_with_cameo_except_concede(onto: Ontology) -> None:
    disagree = {
        e.plover
        for e in onto.codes()
        if e.plover and onto.plover_type(e.plover).quad_class != e.quad_class
    }
    assert disagree == {"CONCEDE"}


@pytest.mark.parametrize(
    ("legacy", "current"),
    [
        ("DEMAND", "REQUEST"),
        ("DISAPPROVE", "ACCUSE"),
        ("INVESTIGATE", "ACCUSE"),
        ("FIGHT", "ASSAULT"),
    ],
)
def test_normalise_plover_maps_legacy_names(legacy: str, current: str) -> None:
    assert normalise_plover(legacy) == current
    assert normalise_plover(legacy.lower()) == current


def test_normalise_plover_keeps_current_names_and_rejects_unknown() -> None:
    assert normalise_plover(" assault ") == "ASSAULT"
    with pytest.raises(KeyError, match="MAKE_PEACE"):
        normalise_plover("MAKE_PEACE")


def test_plover_scores(onto: Ontology) -> None:
    assert onto.plover_score(None) is None
    assert onto.plover_score("ACCUSE") == -3.0  # the manual's +3 is a sign typo
    assert onto.plover_score("CONSULT", "visit") == 4.0
    assert onto.plover_score("CONSULT", "Visit") == 4.0
    # modes without a score fall back to the type's score
    assert onto.plover_score("PROTEST", "vandalize") == onto.plover_score("PROTEST")
    assert onto.plover_score("ASSAULT", "massacre") == onto.plover_score("ASSAULT")
    assert onto.plover_score("DISAPPROVE") == onto.plover_score("ACCUSE")
    with pytest.raises(KeyError):
        onto.plover_score("NOT_A_TYPE")


def test_conflict_types_score_below_cooperation_types(onto: Ontology) -> None:
    for name in onto.plover_types:
        score = onto.plover_score(name)
        assert score is not None
        if onto.plover_type(name).quad_class >= 3:
            assert score <= 0, name
        else:
            assert score > 0, name


def test_unknown_codes_raise_helpful_key_errors(onto: Ontology) -> None:
    with pytest.raises(KeyError, match="'036'"):
        onto.cameo("36")
    with pytest.raises(UnknownCodeError, match="strings"):
        onto.goldstein(36)  # type: ignore[arg-type]
    with pytest.raises(UnknownCodeError, match="'183'"):
        onto.cameo("1839")
    assert not onto.is_cameo("36")
    assert not onto.is_cameo(36)
    assert onto.is_cameo("036")


def test_describe_and_root_name(onto: Ontology) -> None:
    assert onto.describe("036") == "036 Express intent to meet or negotiate"
    assert describe("036") == onto.describe("036")
    assert onto.root_name("19") == onto.cameo("19").name
    assert onto.root_name("1951") == onto.root_name("19")


def test_ontology_is_picklable_and_cached(onto: Ontology) -> None:
    copy = pickle.loads(pickle.dumps(onto))
    assert copy == onto
    assert copy.cameo("042") == onto.cameo("042")
    assert load_ontology() is load_ontology()
    assert onto.version == "v2"


CAMEO_HEADER = (
    "code\troot\tlevel\tname\tgoldstein\tquad_class\tplover\tplover_mode\tplover_context"
    "\tgoldstein_source\tname_source\tplover_source"
)
PLOVER_TEXT = (
    "# communique plover ontology v1\n"
    "kind\tevent\tmode\tquad_class\trequires_recipient\tscore\treplaced_by\n"
    "type\tAGREE\t\t1\tno\t2.5\t\n"
)


def test_build_rejects_malformed_rows_with_line_numbers() -> None:
    text = f"# communique cameo ontology v1\n{CAMEO_HEADER}\n03\t03\troot\tAgree\t4.0\n"
    with pytest.raises(DictionaryError, match=r"cameo\.tsv:3"):
        build_ontology(text, PLOVER_TEXT)


def test_build_rejects_version_mismatch_and_bad_values() -> None:
    good_row = "03\t03\troot\tAgree\t4.0\t1\tAGREE\t\t\tgdelt\ticews\troot"
    assert build_ontology(
        f"# communique cameo ontology v1\n{CAMEO_HEADER}\n{good_row}\n", PLOVER_TEXT
    ).is_cameo("03")
    with pytest.raises(DictionaryError, match="v2"):
        build_ontology(f"# communique cameo ontology v2\n{CAMEO_HEADER}\n{good_row}\n", PLOVER_TEXT)
    bad_quad = good_row.replace("\t1\tAGREE", "\t7\tAGREE")
    with pytest.raises(DictionaryError, match="out of range"):
        build_ontology(f"# communique cameo ontology v1\n{CAMEO_HEADER}\n{bad_quad}\n", PLOVER_TEXT)
    orphan = "031\t03\tsecondary\tX\t4.0\t1\tAGREE\t\t\tgdelt\ticews\troot"
    with pytest.raises(DictionaryError, match="without a root"):
        build_ontology(f"# communique cameo ontology v1\n{CAMEO_HEADER}\n{orphan}\n", PLOVER_TEXT)
