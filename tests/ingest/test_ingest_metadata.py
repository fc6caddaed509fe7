"""Datelines, titles, outlets, overrides and declared (container) metadata."""

from __future__ import annotations

from datetime import date

import pytest
from ingest_helpers import BODY1, BODY2, HEADLINE, clean, paragraphs, removed_by

from communique.ingest import article_id_for, build_article
from communique.types import RawDocument

DATELINES = [
    # (dateline, place, outlet, (month, day) or None)
    ("SEOUL, July 30 (Yonhap) --", "SEOUL", "Yonhap", (7, 30)),
    ("TOKYO, March 9 (Kyodo) --", "TOKYO", "Kyodo", (3, 9)),
    ("BEIJING (Reuters) -", "BEIJING", "Reuters", None),
    ("WASHINGTON, Jan. 5 (AP) —", "WASHINGTON", "AP", (1, 5)),
    ("PYONGYANG, Sept. 9 (KCNA) --", "PYONGYANG", "KCNA", (9, 9)),
    ("BEIJING, Oct. 1 (Xinhua) --", "BEIJING", "Xinhua", (10, 1)),
    ("Seoul (AFP) -", "Seoul", "AFP", None),
    ("SEOUL, South Korea (AP) —", "SEOUL, South Korea", "AP", None),
    ("DANDONG, China, Nov. 2 --", "DANDONG, China", None, (11, 2)),
    ("SHENYANG --", "SHENYANG", None, None),
    ("BAKU/YEREVAN, Aug. 8 (Reuters) -", "BAKU/YEREVAN", "Reuters", (8, 8)),
    ("ISLAMABAD (Reuters)", "ISLAMABAD", "Reuters", None),
    ("Moscow, June 19 (TASS).", "Moscow", "TASS", (6, 19)),
]


@pytest.mark.parametrize(("dateline", "place", "outlet", "month_day"), DATELINES)
def test_dateline_is_parsed_and_cut(
    dateline: str, place: str, outlet: str | None, month_day: tuple[int, int] | None
) -> None:
    article = clean(f"{dateline} {BODY1}\n\n{BODY2}")
    assert paragraphs(article) == [BODY1, BODY2]
    assert article.dateline == place
    assert article.outlet == outlet
    assert removed_by(article, "dateline") == [dateline]
    assert article.published is None  # a dateline alone never gives a year
    if month_day:
        assert any("no year" in w for w in article.warnings)


@pytest.mark.parametrize(
    "sentence",
    [
        "U.S. - China talks on the North's nuclear programme stalled again in March.",
        "China said on Monday it would send a delegation to Pyongyang.",
        "Kim Jong-un (right) met the Chinese delegation at the Kumsusan guesthouse.",
        "UN - backed talks have not resumed since 2019, diplomats said.",
        "The Council (UNSC) Said little about the strike.",
        "Seoul (Yonhap) North Korea fired a missile, the report said.",
    ],
)
def test_sentence_openings_are_not_datelines(sentence: str) -> None:
    article = clean(f"{sentence}\n\n{BODY2}")
    assert paragraphs(article) == [sentence, BODY2]
    assert article.dateline is None


def test_dateline_year_from_url() -> None:
    article = clean(
        f"TOKYO, March 9 (Kyodo) -- {BODY1}", url="https://example.org/news/2020/03/09/nk-china"
    )
    assert article.published == date(2020, 3, 9)
    assert article.published_basis == "dateline"
    assert any("URL" in w for w in article.warnings)


def test_dateline_year_hint_with_other_month_is_not_used() -> None:
    article = clean(
        f"TOKYO, March 9 (Kyodo) -- {BODY1}", url="https://example.org/news/2020/07/nk-china"
    )
    assert article.published is None
    assert any("disagree" in w for w in article.warnings)


def test_dateline_agreeing_with_header_gives_no_warning() -> None:
    article = clean(f"Nov. 2, 2019 - 17:40\nBEIJING, Nov. 2 (Xinhua) -- {BODY1}")
    assert article.published == date(2019, 11, 2)
    assert article.published_basis == "header"
    assert not article.warnings


def test_dateline_disagreeing_with_header_warns() -> None:
    article = clean(f"Nov. 2, 2019 - 17:40\nBEIJING, Oct. 2 (Xinhua) -- {BODY1}")
    assert article.published == date(2019, 11, 2)
    assert any("disagrees" in w for w in article.warnings)


def test_dateline_alone_on_its_line() -> None:
    article = clean(f"SEOUL, July 30 (Yonhap) --\n{BODY1}")
    assert paragraphs(article) == [BODY1]
    assert article.dateline == "SEOUL"


def test_headline_first_line_becomes_title() -> None:
    article = clean(f"{HEADLINE}\n\n{BODY1}\n\n{BODY2}")
    assert article.title == HEADLINE
    assert HEADLINE not in article.text
    assert removed_by(article, "header") == [HEADLINE]


def test_sentence_first_line_is_not_a_title() -> None:
    article = clean(f"{BODY1}\n\n{BODY2}")
    assert article.title is None
    assert paragraphs(article) == [BODY1, BODY2]


def test_single_short_line_stays_text() -> None:
    article = clean(HEADLINE)
    assert article.title is None
    assert article.text == HEADLINE


def test_wire_revision_tag_is_dropped_from_title() -> None:
    article = clean(f"(LEAD) {HEADLINE}\n{BODY1}")
    assert article.title == HEADLINE
    assert removed_by(article, "header")[-1] == "(LEAD)"


def test_declared_title_repeated_in_body_is_removed() -> None:
    article = clean(f"{HEADLINE}\n{BODY1}\n{BODY2}", title=HEADLINE)
    assert article.title == HEADLINE
    assert paragraphs(article) == [BODY1, BODY2]


def test_declared_title_glued_to_first_paragraph_is_cut() -> None:
    article = clean(f"{HEADLINE}BEIJING (Reuters) - {BODY1}\n{BODY2}", title=HEADLINE, fmt="html")
    assert paragraphs(article) == [BODY1, BODY2]
    assert article.outlet == "Reuters"


def test_first_sentence_starting_with_title_words_is_kept_whole() -> None:
    title = "North Korea's vice foreign minister met"
    article = clean(f"{BODY1}\n{BODY2}", title=title)
    assert paragraphs(article) == [BODY1, BODY2]


def test_overrides_win_and_are_recorded() -> None:
    raw = RawDocument("t.txt", f"Nov. 2, 2019 - 17:40\nBEIJING (Reuters) - {BODY1}", "txt")
    article = build_article(raw, published=date(2019, 11, 3), outlet="My Archive")
    assert article.published == date(2019, 11, 3)
    assert article.published_basis == "override"
    assert article.outlet == "My Archive"
    assert paragraphs(article) == [BODY1]  # the header line is still cleaned away


def test_declared_json_date_and_outlet() -> None:
    article = clean(
        BODY1, fmt="jsonl", published="2020-01-01T09:30:00+09:00", outlet="Yonhap News Agency"
    )
    assert article.published == date(2020, 1, 1)
    assert article.published_time == "09:30"
    assert article.published_basis == "json"
    assert article.outlet == "Yonhap"


def test_unreadable_declared_date_warns_and_falls_back_to_header() -> None:
    article = clean(f"July 11, 2021\n{BODY1}", fmt="json", published="sometime last week")
    assert article.published == date(2021, 7, 11)
    assert article.published_basis == "header"
    assert any("could not read" in w for w in article.warnings)


def test_declared_date_disagreeing_with_header_warns() -> None:
    article = clean(f"July 11, 2021\n{BODY1}", fmt="json", published="2021-08-01")
    assert article.published == date(2021, 8, 1)
    assert any("disagrees" in w for w in article.warnings)


def test_outlet_from_url_domain() -> None:
    article = clean(BODY1, url="https://en.yna.co.kr/view/AEN20210711000300325")
    assert article.outlet == "Yonhap"


def test_outlet_from_copyright_notice() -> None:
    article = clean(f"{BODY1}\nCopyright 2021 The Korea Herald. All rights reserved.")
    assert article.outlet == "Korea Herald"


def test_outlet_from_a_paywall_footer_worded_like_one_outlet() -> None:
    article = clean(f"{BODY1}\nSubscribe to read the remaining 1,204 words of this article.")
    assert article.outlet == "NK News"
    assert "Subscribe" not in article.text


def test_a_generic_paywall_footer_names_no_outlet() -> None:
    article = clean(f"{BODY1}\nSubscribe to continue reading.")
    assert article.outlet is None


def test_outlet_not_taken_from_body_mentions() -> None:
    article = clean("China's envoy met Kim, according to Yonhap and Reuters.")
    assert article.outlet is None


def test_article_id_is_a_hash_of_collapsed_text() -> None:
    assert article_id_for("Kim  met\nXi.") == article_id_for(" Kim met Xi. ")
    assert article_id_for("Kim met Xi.") != article_id_for("Xi met Kim.")
    assert len(article_id_for("x")) == 16
    article = clean(f"{HEADLINE}\n{BODY1}")
    assert article.article_id == article_id_for(BODY1)


def test_only_boilerplate_leaves_empty_text_with_warning() -> None:
    article = clean("Share\nPrint\n(END)")
    assert article.text == ""
    assert "no text left after cleaning" in article.warnings
