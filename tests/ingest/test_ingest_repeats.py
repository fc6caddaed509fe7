"""Repeated paragraphs: exact and near-exact repeats go, the first occurrence stays."""

from __future__ import annotations

from ingest_helpers import BODY1, BODY2, clean, paragraphs, removed_by

from communique.ingest.clean import comparison_key, drop_repeats, similar


def test_exact_repeat_keeps_the_first() -> None:
    article = clean(f"{BODY1}\n\n{BODY2}\n\n{BODY1}")
    assert paragraphs(article) == [BODY1, BODY2]
    assert removed_by(article, "repeated_paragraph") == [BODY1]


def test_repeat_differing_in_case_spacing_and_punctuation_is_exact() -> None:
    variant = BODY1.upper().replace(",", "").replace(" the ", "  the ")
    article = clean(f"{BODY1}\n{BODY2}\n{variant}")
    assert paragraphs(article) == [BODY1, BODY2]
    assert removed_by(article, "repeated_paragraph") == [" ".join(variant.split())]


def test_near_repeat_is_removed() -> None:
    near = BODY1.replace("on Monday", "on Monday morning")
    article = clean(f"{BODY1}\n{BODY2}\n{near}")
    assert paragraphs(article) == [BODY1, BODY2]
    assert removed_by(article, "near_repeated_paragraph") == [near]


def test_related_but_different_paragraph_is_kept() -> None:
    other = (
        "North Korea's vice foreign minister met Russia's ambassador in Pyongyang on Tuesday "
        "and discussed the upcoming visit of a parliamentary delegation, the agency said."
    )
    article = clean(f"{BODY1}\n{other}")
    assert paragraphs(article) == [BODY1, other]


def test_short_repeated_lines_are_not_removed() -> None:
    # A one-word answer repeated in a transcript is content, not a scraping artefact.
    article = clean(f"{BODY1}\nYes.\n{BODY2}\nYes.")
    assert paragraphs(article) == [BODY1, "Yes.", BODY2, "Yes."]


def test_drop_repeats_compares_with_kept_paragraphs_only() -> None:
    # b is a near repeat of a; c is a near repeat of b but not of a.  Comparing c with the
    # removed b would drop c now and keep it on a second pass; comparing with kept ones
    # keeps it both times.
    a = "Chinese and North Korean officials met in Dandong on Monday to discuss border trade."
    b = a.replace("on Monday", "on Monday evening")
    c = b.replace("border trade", "rail freight")
    key_a, key_b, key_c = (comparison_key(p) for p in (a, b, c))
    assert similar(key_a, key_b, 0.9) and similar(key_b, key_c, 0.9)
    assert not similar(key_a, key_c, 0.9)
    kept, actions = drop_repeats([a, b, c])
    assert kept == [a, c] and [x.removed for x in actions] == [b]
    again, more = drop_repeats(kept)
    assert again == kept and not more


def test_headline_repeated_in_body_is_dropped() -> None:
    kept, actions = drop_repeats([BODY1, "Kim visits Beijing", BODY2], seen=("Kim visits Beijing",))
    assert kept == [BODY1, BODY2]
    assert [a.step for a in actions] == ["repeated_paragraph"]
