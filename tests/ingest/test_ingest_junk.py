"""With/without golden snippets: each class of boilerplate goes, and is recorded; content stays."""

from __future__ import annotations

import pytest
from ingest_helpers import BODY1, BODY2, FIXTURES, clean, paragraphs, removed_by

JUNK = [
    # (step, a boilerplate paragraph as scrapers leave it)
    ("share_widget", "From"),
    ("share_widget", "Send to"),
    ("share_widget", "Share"),
    ("share_widget", "Print"),
    ("share_widget", "Email"),
    ("share_widget", "Tweet"),
    ("share_widget", "Facebook"),
    ("share_widget", "Copy link"),
    ("share_widget", "Font size"),
    ("share_widget", "A A"),
    ("share_widget", "Listen"),
    ("share_widget", "Bookmark"),
    ("share_widget", "Facebook | Twitter | KakaoTalk | Copy link"),
    ("share_widget", "Comments (12)"),
    ("share_widget", "Read more: Kim visits Dandong border crossing"),
    ("paywall", "Subscribe to read the remaining 412 words of this article."),
    ("paywall", "To continue reading, subscribe to NK Pro."),
    ("paywall", "This article is for subscribers only."),
    ("paywall", "Sign in to read the full story."),
    ("paywall", "Already a subscriber? Log in"),
    ("paywall", "(END)"),
    ("paywall", "Copyright 2021 Example Wire. All rights reserved."),
    ("paywall", "© Korea Herald. All rights reserved"),
    ("paywall", "Unauthorized reproduction and redistribution prohibited."),
    (
        "paywall",
        "Copyright (c) Yonhap News Agency prohibits its content from being redistributed or "
        "reprinted without consent.",
    ),
    ("photo_credit", "Featured Image: Chinese and North Korean flags in Dandong (Example Wire)"),
    ("photo_credit", "(Yonhap)"),
    ("photo_credit", "Photo: KCNA"),
    ("photo_credit", "Photo courtesy of the Chinese Embassy in Pyongyang"),
    ("photo_credit", "[Reuters]"),
    ("photo_credit", "Photo by Lee Min-ji"),
    ("photo_credit", "Yonhap file photo"),
    ("photo_credit", "(C)Yonhap"),
    ("photo_credit", "/ AFP PHOTO / KCNA VIA KNS / STR"),
    ("photo_credit", "(For Use Only in the Republic of Korea. No Redistribution)"),
    (
        "caption",
        "This photo, released by the Korean Central News Agency on March 9, shows the Chinese "
        "ambassador laying a wreath in Pyongyang.",
    ),
    ("caption", "This file photo shows the Friendship Bridge linking Dandong and Sinuiju."),
    ("caption", "A file photo of the Chinese embassy in Pyongyang."),
    (
        "caption",
        "Kim Jong-un greets a Chinese delegation in Pyongyang in this photo released by the "
        "KCNA on Sept. 9.",
    ),
    ("caption", "The Chinese delegation arrives at Pyongyang's airport. (KCNA-Yonhap)"),
    ("byline", "By Kim Soo-yeon"),
    ("byline", "Edited by Lee Min-ji"),
    ("byline", "(Reporting by Kim Soo-yeon; Editing by Lee Min-ji)"),
    ("byline", "ksy@example.com"),
]


@pytest.mark.parametrize(("step", "junk"), JUNK)
def test_junk_is_removed_and_recorded(step: str, junk: str) -> None:
    article = clean(f"{BODY1}\n\n{junk}\n\n{BODY2}")
    assert paragraphs(article) == [BODY1, BODY2]
    assert junk not in article.text
    assert removed_by(article, step) == [junk]


CONTENT = [
    # Paragraphs that resemble boilerplate but are story text and must stay.
    "From Beijing, the delegation travelled by train to Shenyang.",
    "Share prices of Dandong trading firms rose after the announcement.",
    "Print media in the North carried the message on their front pages.",
    "The image of China as a dependable ally has suffered, analysts said.",
    "Photos released by state media showed Kim smiling at the banquet.",
    "Unauthorized exports of coal to North Korea are prohibited under UN sanctions.",
    "Subscribers to the party newspaper are required to display it at work.",
    "By then, the talks in Beijing had already collapsed.",
    "To continue the talks, both sides agreed to meet again in Shenyang.",
    "Copyright disputes have long complicated cultural exchanges between the neighbours.",
    "Listen carefully, the envoy told reporters, because the message is for Washington.",
    "The treaty was renewed in 1981, 2001 and 2021, each time for 20 years.",
]


@pytest.mark.parametrize("content", CONTENT)
def test_lookalike_content_is_kept(content: str) -> None:
    article = clean(f"{BODY1}\n\n{content}\n\n{BODY2}")
    assert paragraphs(article) == [BODY1, content, BODY2]
    assert article.n_removed == 0


def test_byline_metadata_and_agency() -> None:
    article = clean(f"By Kim Soo-yeon, Yonhap\n\n{BODY1}\n\n{BODY2}")
    assert article.byline == "Kim Soo-yeon"
    assert article.outlet == "Yonhap"
    assert paragraphs(article) == [BODY1, BODY2]


def test_byline_with_email_and_outlet_after_a_bar() -> None:
    article = clean(f"By Lee Min-ji [lee.minji@example.com] | Korea JoongAng Daily\n{BODY1}")
    assert article.byline == "Lee Min-ji"
    assert article.outlet == "Korea JoongAng Daily"


def test_byline_with_two_reporters() -> None:
    article = clean(f"By Kim Soo-yeon and Lee Min-ji\n{BODY1}")
    assert article.byline == "Kim Soo-yeon and Lee Min-ji"
    assert paragraphs(article) == [BODY1]


def test_by_weekday_is_not_a_byline() -> None:
    article = clean(f"{BODY1}\nBy Monday\n{BODY2}")
    assert article.byline is None
    assert paragraphs(article) == [BODY1, "By Monday", BODY2]


def test_agency_only_byline_sets_outlet() -> None:
    article = clean(f"By Yonhap\n{BODY1}")
    assert article.byline is None
    assert article.outlet == "Yonhap"
    assert paragraphs(article) == [BODY1]


def test_breadcrumb_is_removed_only_in_the_header() -> None:
    crumb = "Home > World > North Korea"
    article = clean(f"{crumb}\n{BODY1}\n{crumb}")
    assert removed_by(article, "header") == [crumb]
    assert paragraphs(article) == [BODY1, crumb]


def test_outlet_name_line_in_header() -> None:
    article = clean(f"Korea JoongAng Daily\n{BODY1}\n{BODY2}")
    assert article.outlet == "Korea JoongAng Daily"
    assert paragraphs(article) == [BODY1, BODY2]


def test_quotes_are_straightened_and_recorded() -> None:
    article = clean("Pyongyang\u2019s envoy called the talks \u201cfrank and friendly.\u201d")
    assert article.text == 'Pyongyang\'s envoy called the talks "frank and friendly."'
    assert [a.step for a in article.cleaning] == ["quotes"]
    assert article.n_removed == 0


def test_whitespace_is_collapsed_and_recorded() -> None:
    article = clean(f"  {BODY1}\t \r\n\r\n\r\n\r\n{BODY2}   \n\n\n")
    assert article.text == f"{BODY1}\n\n{BODY2}"
    assert "whitespace" in [a.step for a in article.cleaning]


def test_nbsp_and_zero_width_characters() -> None:
    article = clean("Kim\u00a0Jong-un met\u200b Xi Jinping in Beijing.")
    assert article.text == "Kim Jong-un met Xi Jinping in Beijing."


def test_hard_wrapped_text_is_unwrapped() -> None:
    wrapped = (
        "North Korea's vice foreign minister met China's ambassador in\n"
        "Pyongyang on Monday and discussed ways to expand exchanges, the\n"
        "Korean Central News Agency said.\n\n"
        "The ambassador said Beijing valued the traditional friendship\n"
        "between the two countries and would keep strategic communication\n"
        "with the North.\n"
    )
    article = clean(wrapped)
    assert paragraphs(article) == [BODY1, BODY2]


def test_full_wire_fixture() -> None:
    text = (FIXTURES / "yonhap_style.txt").read_text(encoding="utf-8")
    article = clean(text)
    assert article.title == "China, N. Korea pledge closer ties on treaty anniversary"
    assert article.outlet == "Yonhap"
    assert article.byline == "Park Ji-won"
    assert article.dateline == "SEOUL"
    assert str(article.published) == "2021-07-11"
    assert article.published_time == "14:03"
    assert article.text.startswith("North Korea and China exchanged messages on Sunday")
    assert '"strategic communication," Pyongyang\'s official media' in article.text
    for junk in ("Share", "Tweet", "Subscribe", "(END)", "Copyright", "(Yonhap)", "This photo"):
        assert junk not in article.text
    assert len(paragraphs(article)) == 3
    assert [a.step for a in article.cleaning].count("repeated_paragraph") == 1
    assert not article.warnings
