"""Does every CAMEO code have the triggers a wire reporter would use for it?

The trigger lexicon (``events/data/lexicon*.tsv``, ``frames.tsv``) grew phenomenon by
phenomenon; this file is the systematic check against the CAMEO code list.  Each case is a
short wire-style sentence we wrote for one verb or event noun, coded by the whole pipeline,
and the code it must produce.  ``NOT_CODED`` holds the ambiguous uses a trigger must *not*
fire on (a fired minister is no artillery fire).  The fast tests keep
``docs/lexicon_coverage.md`` honest: every code without a trigger is listed there with a
reason, and no listed code has quietly gained one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from communique.events.lexicon import Lexicon, load_lexicon
from communique.ontology import load_ontology
from communique.types import EventMention

_DOC = Path(__file__).resolve().parents[2] / "docs" / "lexicon_coverage.md"
_MIN_CASES = 150
Coder = Callable[[str], list[EventMention]]

# (sentence, the CAMEO code it must produce)
CASES: list[tuple[str, str]] = [
    # 01 make public statement
    ("The Kremlin declined to comment on the British report on Monday.", "011"),
    ("Germany voiced pessimism about the talks with Iran on Monday.", "012"),
    ("Japan lamented the failure of talks with China on Monday.", "012"),
    ("India expressed optimism about its talks with Pakistan on Monday.", "013"),
    ("Britain is considering new measures against Russia, officials said on Monday.", "014"),
    ("The European Union is weighing options against Belarus.", "014"),
    ("Hamas claimed responsibility for the rocket attack on Israel on Monday.", "015"),
    ("Turkey admitted responsibility for the border incident with Syria.", "015"),
    ("The Kremlin shot down the British report on Monday.", "016"),
    ("Iran denied the accusations by the United States on Monday.", "016"),
    ("Germany offered condolences to Turkey after the earthquake on Monday.", "018"),
    ("France expressed sympathy to Morocco after the floods.", "018"),
    (
        "Japan shares the concerns of South Korea about the missile tests, Tokyo said on Monday.",
        "019",
    ),
    # 02 appeal
    ("Pakistan made an appeal to India on Monday.", "020"),
    ("Egypt appealed to Israel on Monday.", "020"),
    ("Greece called for more investment from China on Monday.", "0211"),
    ("Ukraine urged Germany to invest in its economy on Monday.", "0211"),
    ("Ukraine urged France to sell it fighter jets on Monday.", "0212"),
    ("Turkey requested the extradition of the suspects from Sweden on Monday.", "0213"),
    ("France urged Belgium to share intelligence on the attackers.", "0214"),
    ("Serbia sought support from Russia on Monday.", "022"),
    ("Sudan appealed for aid from the United Nations on Monday.", "023"),
    ("Kenya urged the World Bank to lend it money.", "0231"),
    ("Ukraine asked Germany for weapons on Monday.", "0232"),
    ("Mali requested peacekeepers from the United Nations on Monday.", "0234"),
    ("The opposition called for the resignation of the Iraqi prime minister on Monday.", "0241"),
    ("The United Nations urged Syria to lift the curfew in Homs.", "0251"),
    ("China called for restraint by India and Pakistan on Monday.", "0256"),
    ("The United Nations urged Israel to agree to a ceasefire with Hamas.", "0256"),
    ("Egypt called for a peaceful settlement of the dispute between Ethiopia and Sudan.", "027"),
    # 03 express intent to cooperate
    ("Japan pledged to cooperate with South Korea on Monday.", "030"),
    ("China pledged to invest in Pakistan on Monday.", "0311"),
    ("France agreed to sell warships to Greece on Monday.", "0312"),
    ("Sweden agreed to extradite the suspects to Turkey on Monday.", "0313"),
    ("Britain agreed to share intelligence with Ukraine on Monday.", "0314"),
    ("Russia pledged support for Serbia on Monday.", "032"),
    ("Japan pledged aid to the Philippines on Monday.", "033"),
    ("Saudi Arabia promised to lend Egypt money on Monday.", "0331"),
    ("Germany promised weapons to Ukraine on Monday.", "0332"),
    ("Brazil offered to send peacekeepers to Haiti on Monday.", "0334"),
    ("The Egyptian government promised reforms on Monday.", "034"),
    ("The Iraqi prime minister promised to resign on Monday.", "0341"),
    ("Iran agreed to release the British sailors on Monday.", "0353"),
    ("The United States promised to ease sanctions on Venezuela on Monday.", "0354"),
    ("Russia pledged to withdraw its troops from Georgia on Monday.", "0356"),
    ("North Korea offered to hold talks with South Korea on Monday.", "036"),
    ("India agreed to meet Pakistan on Monday.", "036"),
    ("Azerbaijan sought a settlement with Armenia on Monday.", "037"),
    ("Ethiopia accepted mediation by the African Union on Monday.", "038"),
    ("Qatar offered to mediate between Israel and Hamas on Monday.", "039"),
    # 04 consult
    ("The French president met the German chancellor in Paris on Monday.", "040"),
    ("Japan held talks with China on Monday.", "046"),
    ("The US president spoke by telephone with the Chinese president on Monday.", "041"),
    ("Germany held a phone call with France on Monday.", "041"),
    ("The Indian prime minister visited Japan on Monday.", "042"),
    ("The Chinese foreign minister arrived in Moscow on Monday.", "042"),
    ("Egypt hosted the Israeli prime minister on Monday.", "043"),
    ("Qatar mediated between Israel and Hamas on Monday.", "045"),
    ("Russia negotiated with Ukraine on Monday.", "046"),
    # 05 engage in diplomatic cooperation
    ("Saudi Arabia restored diplomatic relations with Iran on Monday.", "050"),
    ("Israel established diplomatic ties with Morocco on Monday.", "050"),
    ("The United States praised India on Monday.", "051"),
    ("Britain welcomed the decision by Iran on Monday.", "051"),
    ("China defended Russia at the United Nations on Monday.", "052"),
    ("France rallied support for Ukraine on Monday.", "053"),
    ("Sweden recognized the independence of Kosovo on Monday.", "054"),
    ("Japan apologized to South Korea on Monday.", "055"),
    ("Rwanda forgave Uganda on Monday.", "056"),
    ("Israel signed an agreement with the United Arab Emirates on Monday.", "057"),
    ("Greece and Italy signed a maritime treaty on Monday.", "057"),
    # 06 engage in material cooperation
    ("Israel shared its expertise with India on Monday.", "060"),
    ("Russia exports gas to China.", "061"),
    ("Japan invested in Vietnam on Monday.", "061"),
    ("France sold fighter jets to India on Monday.", "062"),
    ("Britain extradited the suspect to the United States on Monday.", "063"),
    ("Britain shared intelligence with Ukraine on Monday.", "064"),
    # 07 provide aid
    ("Japan provided assistance to Sri Lanka on Monday.", "070"),
    ("Japan's aid to Ukraine arrived on Monday.", "070"),
    ("The IMF approved a loan to Egypt on Monday.", "071"),
    ("China lent Pakistan two billion dollars on Monday.", "071"),
    ("Germany supplied weapons to Ukraine on Monday.", "072"),
    ("Jordan airdropped food to Gaza on Monday.", "073"),
    ("Brazil sent peacekeepers to Haiti on Monday.", "074"),
    ("Ecuador granted asylum to the Australian activist on Monday.", "075"),
    # 08 yield
    ("Greece bowed to pressure from the European Union on Monday.", "080"),
    ("The Iranian government unblocked foreign websites on Monday.", "0811"),
    ("The Ethiopian government restored internet access in Tigray on Monday.", "0811"),
    ("Syria lifted the curfew in Homs on Monday.", "0813"),
    ("Thailand lifted the state of emergency in Bangkok on Monday.", "0814"),
    ("The Serbian opposition called off its protest on Monday.", "082"),
    ("The Iraqi prime minister resigned on Monday.", "0831"),
    ("The Kenyan government withdrew the finance bill on Monday.", "0832"),
    ("The Serbian government reversed its decision on Monday.", "0832"),
    ("Iran released the British sailors on Monday.", "0841"),
    ("Israel freed Palestinian prisoners on Monday.", "0841"),
    ("Britain returned the stolen artifacts to Egypt on Monday.", "0842"),
    ("The United States lifted sanctions on Sudan on Monday.", "085"),
    ("The European Union eased sanctions on Iran on Monday.", "085"),
    ("Israel granted access to the UN envoy on Monday.", "086"),
    ("Sudan accepted peacekeepers from the African Union on Monday.", "0861"),
    ("Iran allowed inspectors from the IAEA on Monday.", "0862"),
    ("Israel allowed aid into Gaza on Monday.", "0863"),
    ("Russia halted its offensive against Ukraine on Monday.", "087"),
    ("Israel declared a ceasefire with Hamas on Monday.", "0871"),
    ("Armenia and Azerbaijan agreed to a truce on Monday.", "0871"),
    ("Israel lifted the blockade of Gaza on Monday.", "0872"),
    ("Colombia demobilized the rebels on Monday.", "0873"),
    ("Ukrainian forces pulled out of Bakhmut on Monday.", "0874"),
    ("Russian forces withdrew from Kherson on Monday.", "0874"),
    # 09 investigate
    ("The United Nations launched an investigation into the attack in Syria on Monday.", "090"),
    ("Germany investigated the Russian hackers on Monday.", "090"),
    ("Spanish police questioned the Moroccan suspect on Monday.", "091"),
    ("French prosecutors investigated corruption in Gabon on Monday.", "091"),
    ("The United Nations investigated abuses in Myanmar on Monday.", "092"),
    ("The Pentagon investigated the air strike in Somalia on Monday.", "093"),
    # 10 demand
    ("Turkey demanded compensation from Russia on Monday.", "100"),
    ("Turkey demanded the extradition of the suspects from Sweden on Monday.", "1013"),
    ("Sri Lanka demanded aid from India on Monday.", "103"),
    ("The European Union demanded reforms in Egypt on Monday.", "104"),
    ("The protesters demanded the resignation of the Iraqi prime minister on Monday.", "1041"),
    ("The Iraqi protesters demanded the ouster of the Iraqi prime minister on Monday.", "1041"),
    ("Iran demanded the lifting of sanctions on Monday.", "1054"),
    ("Georgia demanded that Russia withdraw its troops on Monday.", "1056"),
    ("Georgia demanded the withdrawal of Russian troops on Monday.", "1056"),
    ("Ukraine demanded talks with Russia on Monday.", "106"),
    ("Ukraine demanded negotiations with Russia on Monday.", "106"),
    # 11 disapprove
    ("China opposed the Japanese plan on Monday.", "110"),
    ("The United States criticized China on Monday.", "111"),
    ("Russia condemned the Israeli air strikes in Syria on Monday.", "111"),
    ("Ukraine accused Russia on Monday.", "112"),
    ("Kyiv blamed Moscow for the attack on Monday.", "112"),
    ("Brazil accused Paraguay of corruption on Monday.", "1121"),
    ("The United States accused China of human rights abuses on Monday.", "1122"),
    ("Armenia accused Azerbaijan of aggression on Monday.", "1123"),
    ("Armenia accused Azerbaijan of shelling its villages on Monday.", "1123"),
    ("Russia accused Britain of espionage on Monday.", "1125"),
    ("The Serbian opposition rallied opposition against the government on Monday.", "113"),
    ("China summoned the Japanese ambassador on Monday.", "114"),
    ("Japan lodged a protest with China on Monday.", "114"),
    ("Gambia took legal action against Myanmar on Monday.", "115"),
    ("Ukraine sued Russia at the International Court of Justice on Monday.", "115"),
    ("The Egyptian court convicted the Al Jazeera journalists on Monday.", "116"),
    # 12 reject
    ("Israel rejected calls from Egypt on Monday.", "120"),
    ("The French president shot down the German proposal on Monday.", "120"),
    ("India refused to trade with Pakistan on Monday.", "1211"),
    ("Germany refused to supply weapons to Ukraine on Monday.", "1222"),
    ("The Iraqi prime minister refused to resign despite protests against Iraq on Monday.", "1231"),
    ("Israel refused to back down on Monday.", "124"),
    ("Iran refused to release the British sailors on Monday.", "1243"),
    ("The United States refused to lift sanctions on Cuba on Monday.", "1244"),
    ("Iran refused to allow inspectors from the IAEA on Monday.", "1245"),
    ("Russia refused to withdraw its troops from Georgia on Monday.", "1246"),
    ("North Korea rejected talks with South Korea on Monday.", "125"),
    ("Iran refused to hold talks with the United States on Monday.", "125"),
    ("Ethiopia rejected mediation by the African Union on Monday.", "126"),
    ("Israel rejected the peace plan proposed by Egypt on Monday.", "127"),
    ("Israel rejected the peace settlement proposed by Egypt on Monday.", "127"),
    ("North Korea defied the United Nations on Monday.", "128"),
    ("Iran violated the nuclear agreement on Monday.", "128"),
    ("Russia vetoed the United Nations resolution on Monday.", "129"),
    # 13 threaten
    ("North Korea threatened South Korea on Monday.", "130"),
    ("North Korea warned South Korea of consequences on Monday.", "130"),
    ("The United States threatened to cut aid to Egypt on Monday.", "1311"),
    ("The European Union threatened sanctions against Belarus on Monday.", "1312"),
    ("The European Union threatened to impose sanctions on Belarus on Monday.", "1312"),
    ("Morocco threatened to sever relations with Algeria on Monday.", "1313"),
    ("The Syrian government threatened to impose a curfew on Syrian Kurds on Monday.", "1323"),
    (
        "The Kenyan opposition threatened to stage protests against the government on Monday.",
        "133",
    ),
    ("Kenyan opposition leaders threatened to hold protests against the government.", "133"),
    ("Iran threatened to suspend talks with the United States on Monday.", "134"),
    ("Mali threatened to expel the peacekeepers on Monday.", "136"),
    ("The Iranian government threatened a crackdown on the protesters on Monday.", "137"),
    ("China threatened to blockade Taiwan on Monday.", "1381"),
    ("Russia threatened to invade Ukraine on Monday.", "1382"),
    ("Iran threatened to use force against Israel on Monday.", "1384"),
    ("North Korea threatened to attack South Korea on Monday.", "1384"),
    ("Russia issued an ultimatum to Ukraine on Monday.", "139"),
    # 14 protest
    ("Thousands of Iranians demonstrated against the government on Monday.", "141"),
    ("Kenyan opposition supporters marched against the Kenyan government on Monday.", "141"),
    ("Kenyan teachers went on strike on Monday.", "143"),
    ("French workers went on strike on Monday.", "143"),
    ("Iraqi protesters stormed the US embassy on Monday.", "145"),
    ("Iraqi protesters torched the Iranian consulate on Monday.", "145"),
    # 15 exhibit force posture
    ("North Korea conducted a nuclear test on Monday.", "150"),
    ("China held military exercises near Taiwan on Monday.", "150"),
    ("North Korea put its troops on alert on Monday.", "152"),
    ("Taiwan raised the alert level of its military on Monday.", "152"),
    ("France deployed police to New Caledonia on Monday.", "153"),
    ("Russia called up reservists on Monday.", "154"),
    ("Russia deployed troops to the Ukrainian border on Monday.", "154"),
    # 16 reduce relations
    ("Russia suspended its participation in the treaty with the United States on Monday.", "160"),
    ("The United States withdrew from the nuclear agreement with Iran on Monday.", "160"),
    ("Moldova declared a Russian diplomat persona non grata on Monday.", "161"),
    ("Russia ordered French diplomats out of Russia on Monday.", "161"),
    ("The United States suspended aid to Niger on Monday.", "162"),
    ("Britain froze aid to Rwanda on Monday.", "162"),
    ("Germany suspended loans to Tanzania on Monday.", "1621"),
    ("The World Bank halted lending to Tanzania on Monday.", "1621"),
    ("The United States withdrew trade privileges from Ethiopia on Monday.", "163"),
    ("The European Union stripped Cambodia of tariff preferences on Monday.", "163"),
    ("South Korea suspended talks with North Korea on Monday.", "164"),
    ("Mali ordered the UN peacekeepers out of Mali on Monday.", "1661"),
    ("Mali expelled the United Nations peacekeepers on Monday.", "1661"),
    ("Iran expelled the IAEA inspectors on Monday.", "1662"),
    # 17 coerce
    ("Iran seized a British tanker on Monday.", "171"),
    ("Iran seized a Greek tanker on Monday.", "171"),
    ("Venezuela confiscated American assets on Monday.", "1711"),
    ("Russian forces destroyed the Ukrainian dam on Monday.", "1712"),
    ("Russian forces destroyed Ukrainian bridges on Monday.", "1712"),
    ("Russia restricted press freedom on Monday.", "1721"),
    ("Thailand banned the opposition party on Monday.", "1722"),
    ("Turkey banned the Kurdish party on Monday.", "1722"),
    ("Ethiopia declared a state of emergency on Monday.", "1724"),
    ("Egyptian police arrested three Al Jazeera journalists on Monday.", "173"),
    ("Russia detained an American journalist on Monday.", "173"),
    ("Germany deported Afghan migrants on Monday.", "174"),
    ("Germany expelled an Iraqi cleric on Monday.", "174"),
    ("The Iranian government cracked down on protesters on Monday.", "175"),
    ("The Belarusian government suppressed the Belarusian opposition on Monday.", "175"),
    ("Russian hackers attacked the Estonian government websites on Monday.", "176"),
    ("Russian hackers hacked the German parliament on Monday.", "176"),
    # 18 assault
    ("Somali pirates hijacked an Indian ship on Monday.", "181"),
    ("Hamas abducted Israeli soldiers on Monday.", "181"),
    ("Syrian security forces tortured the detainees on Monday.", "1822"),
    ("Islamic State executed Iraqi soldiers on Monday.", "1823"),
    ("Islamic State beheaded a Japanese journalist on Monday.", "1823"),
    ("The Taliban detonated a car bomb in Kabul on Monday.", "183"),
    ("Hamas carried out a suicide bombing in Israel on Monday.", "1831"),
    ("Hamas used Palestinian civilians as human shields on Monday.", "184"),
    # 19 fight
    ("Russia began a special military operation in Ukraine on Monday.", "190"),
    ("Russia launched a military operation against Ukraine on Monday.", "190"),
    ("Israel blockaded Gaza on Monday.", "191"),
    ("Russian forces besieged Mariupol on Monday.", "191"),
    ("Russia occupied Crimea on Monday.", "192"),
    ("Russia annexed Crimea on Monday.", "192"),
    ("Russian forces shelled Kharkiv on Monday.", "194"),
    ("Russian artillery shelled Ukrainian positions on Monday.", "194"),
    ("Israel carried out an air raid on Gaza on Monday.", "195"),
    ("Israel bombed Gaza on Monday.", "195"),
    ("Ukraine carried out a drone strike on Moscow on Monday.", "1952"),
    ("Russia launched drones at Kyiv on Monday.", "1952"),
    ("Israel violated the ceasefire with Hezbollah on Monday.", "196"),
    ("Russia breached the ceasefire with Ukraine on Monday.", "196"),
    # 20 use unconventional mass violence
    ("The Sudanese army massacred civilians in Darfur on Monday.", "202"),
    ("Serbian forces slaughtered Bosnian civilians on Monday.", "202"),
    ("Myanmar carried out ethnic cleansing against the Rohingya.", "203"),
    ("Syria carried out a chemical attack on the rebels on Monday.", "2041"),
    ("Iraq used chemical weapons against Iran on Monday.", "2041"),
]

# (sentence, a CAMEO code it must NOT produce): figurative, domestic or unspecified uses.
NOT_CODED: list[tuple[str, str]] = [
    ("Iran seized the opportunity to praise Iraq on Monday.", "171"),
    ("Iran fired its oil minister on Monday.", "190"),
    ("The Kenyan opposition fought the election on Monday.", "190"),
    ("Japan occupies a seat on the Security Council.", "192"),
    ("The Iraqi army executed the plan on Monday.", "1823"),
    ("China retaliated against Australia on Monday.", "190"),
    ("The Kenyan opposition leader withdrew from the race on Monday.", "0874"),
    (
        "The Kenyan teachers' strike against the Kenyan government entered its third week.",
        "195",
    ),
    ("The Iranian president dismissed the Iranian defence minister on Monday.", "120"),
]


def trigger_counts(lexicon: Lexicon) -> Counter[str]:
    """Rules that can produce each code: direct rows, their civ/mil/hit/bare alternatives,
    and frame outcomes ("refused to release" reaches 1243 through the reject frame)."""
    counts: Counter[str] = Counter()
    for rules in lexicon.rules.values():
        for rule in rules:
            if rule.code.isdigit():
                counts[rule.code] += 1
            for key in ("civ", "mil", "hit", "bare"):
                if key in rule.flags:
                    counts[rule.flags[key]] += 1
    for table in lexicon.frames.values():
        counts.update(table.values())
    return counts


def documented_gaps() -> set[str]:
    """Codes the coverage document lists under its "left without triggers" heading."""
    text = _DOC.read_text(encoding="utf-8")
    section = text.split("## Codes left without triggers", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| (\d{3,4}) \|", section, flags=re.MULTILINE))


# --------------------------------------------------------------------------- fast checks


def test_cases_span_every_root() -> None:
    ontology = load_ontology()
    assert len(CASES) >= _MIN_CASES
    assert {code[:2] for _, code in CASES} == {f"{n:02d}" for n in range(1, 21)}
    for sentence, code in [*CASES, *NOT_CODED]:
        assert ontology.is_cameo(code), f"{sentence!r}: {code} is no CAMEO code"


def test_every_code_has_triggers_or_a_documented_reason() -> None:
    counts = trigger_counts(load_lexicon())
    codes = {c.code for c in load_ontology().codes() if len(c.code) >= 3}
    untriggered = {c for c in codes if counts[c] == 0}
    gaps = documented_gaps()
    assert sorted(untriggered - gaps) == [], "code without triggers and without a reason"
    assert sorted(gaps - untriggered) == [], "documented as untriggered but now has triggers"


# --------------------------------------------------------------------------- the coder


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_trigger_codes(code: Coder, sentence: str, expected: str) -> None:
    got = sorted({e.cameo for e in code(sentence)})
    assert expected in got, f"{sentence!r}: expected {expected}, got {got}"


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "unwanted"), NOT_CODED)
def test_ambiguous_trigger_does_not_fire(code: Coder, sentence: str, unwanted: str) -> None:
    got = sorted({e.cameo for e in code(sentence)})
    assert unwanted not in got, f"{sentence!r}: {unwanted} must not be coded, got {got}"
