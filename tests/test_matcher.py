"""The matcher: pattern pre-selection by required strings must never lose a hit."""
import copy
import re
from pathlib import Path

import pytest

from integrity.detect.matcher import required_strings
from integrity.text.text import Text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize(
    "pattern,expected",
    [
        (r"(?<![a-z])a货", {"a货"}),
        (r"[a-z]家(?=的)", {"家"}),
        (r"(?:同|tong)厂不同标|标不一样而已", {"同厂不同标", "tong厂不同标", "标不一样而已"}),
        (r"最(?:好|佳)", {"最好", "最佳"}),
        (r"(?:醉|最)好", {"醉好", "最好"}),
        (r"[好佳]的", {"好的", "佳的"}),
        (r"[好佳]+", {"好", "佳"}),
        (r"\d+斤", {"斤"}),
        (r"一辈子(?:都|也)?不(?:会)?坏", {"一辈子不坏", "一辈子都不坏", "一辈子也不坏", "一辈子不会坏",
                                       "一辈子都不会坏", "一辈子也不会坏"}),
        (r"(?:一年|今年)(?:就|才)[^，]{0,4}这一次", {"这一次"}),
        (r"(?:一年|今年)(?:就|才)[^，]{0,4}一次", {"一年就", "一年才", "今年就", "今年才"}),
        (r"(?i)abc", None),
        (r"[\u4e00-\u9fff]?", None),
        (r"x?", None),
    ],
)
def test_required_strings(pattern, expected):
    found = required_strings(re.compile(pattern))
    assert (found if found is None else set(found)) == expected


@pytest.mark.parametrize("pattern,text", [
    (r"一辈子(?:都|也)?不(?:会)?坏", "这个锅一辈子都不会坏"),
    (r"(?:跟|和)(?:正品|专柜)的?是?(?:同一|同)(?:工厂|厂)", "跟专柜是同一工厂出来的"),
    (r"a(?!b)c", "xacx"),
])
def test_every_match_holds_a_required_string(pattern, text):
    compiled = re.compile(pattern)
    strings = required_strings(compiled)
    match = compiled.search(text)
    assert match and any(s in match.group() for s in strings)


def test_preselection_finds_what_trying_every_pattern_finds(checker):
    matcher = checker.detectors[0].matcher
    brute = copy.copy(matcher)
    brute._unanchored = list(range(len(matcher._patterns)))
    texts = [line for path in sorted((FIXTURES / "rules").glob("*.txt"))
             for line in path.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    assert len(texts) > 300
    for original in texts:
        text = Text.of(original).text
        assert matcher.find(text) == brute.find(text), original


def test_frame_preselection_finds_what_trying_every_frame_finds(checker):
    matcher = checker.detectors[0].matcher
    brute = copy.copy(matcher)
    every = list(range(len(matcher._frames)))
    brute._frames_by_first = {name: every for _, frame in matcher._frames for name in frame.vocabularies}
    texts = [line for path in sorted((FIXTURES / "rules").glob("*.txt"))
             for line in path.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    for original in texts:
        text = Text.of(original).text
        assert matcher.find(text) == brute.find(text), original


@pytest.mark.parametrize("text,term,found", [
    ("这是pk版的表", "pk版", True),
    ("下载apk版就能看", "pk版", False),   # a Latin term inside a longer Latin word
    ("ok家人们看过来", "k家", False),
    ("这是k家的新款", "k家", True),
])
def test_latin_terms_match_whole_latin_words(checker, text, term, found):
    matcher = checker.detectors[0].matcher
    assert any(hit.term == term for hit in matcher.find(Text.of(text).text)) == found
