import re

import pytest

from integrity.detect import lexicon_tables as tables
from integrity.detect import lexicons
from integrity.detect.lexicon_tables import LexiconError
from integrity.detect.rules import CODE_RE, DOC_HEADINGS, DOC_HEADINGS_ZH, Rule
from integrity.paths import data_dir
from integrity.text.display import char_width

BOOK = lexicons.load_rules()
DOC = "\n".join(DOC_HEADINGS)
DOC_ZH = "\n".join(DOC_HEADINGS_ZH.values())
HAN = re.compile(r"[\u3400-\u9fff]")
CN_NUMBER = "[零一二三四五六七八九十百]+"
CITATION = re.compile(rf"《([^》]+)》((?:第{CN_NUMBER}条(?:第{CN_NUMBER}款)?(?:第（{CN_NUMBER}）项)?、?)+)")
EN_ARTICLES = re.compile(r"\b(?:Arts?\.|Articles?)\s+\d+(?:\(\d+\))*(?:(?:,\s*|\s+and\s+)\d+(?:\(\d+\))*)*")
FIGURE = re.compile(r"(?<![A-Za-z\d.])\d+(?:\.\d+)?")


def _unwrapped(text: str) -> str:
    """A doc with its line breaks between two Chinese characters taken out (it is wrapped anywhere)."""
    return "".join("" if char == "\n" and 0 < i < len(text) - 1 and char_width(text[i - 1]) == char_width(text[i + 1]) == 2
                   else char for i, char in enumerate(text))


def _cn_int(numeral: str) -> int:
    total = digit = 0
    for char in numeral:
        if char == "十":
            total, digit = total + (digit or 1) * 10, 0
        elif char == "百":
            total, digit = total + digit * 100, 0
        else:
            digit = "零一二三四五六七八九".index(char)
    return total + digit


def _citations(text: str) -> set[tuple[str, int]]:
    """(law, article) of every 《law》第X条 in ``text``, articles listed with 、 included."""
    return {(law, _cn_int(n)) for law, articles in CITATION.findall(_unwrapped(text))
            for n in re.findall(rf"第({CN_NUMBER})条", articles)}


def _articles_zh(text: str) -> set[int]:
    return {_cn_int(n) for n in re.findall(rf"第({CN_NUMBER})条", _unwrapped(text))}


def _articles_en(text: str) -> set[int]:
    return {int(n) for refs in EN_ARTICLES.findall(text) for n in re.findall(r"\d+", re.sub(r"\(\d+\)", "", refs))}


def _figures(text: str) -> set[str]:
    """The numbers a doc states (thresholds, prices, dates), article references left out."""
    return set(FIGURE.findall(EN_ARTICLES.sub(" ", text)))


def _section(doc: str, heading: str) -> str:
    return doc.split(heading + "\n", 1)[1].split("\n## ", 1)[0].strip()


@pytest.mark.parametrize("rule", BOOK, ids=lambda r: r.code)
def test_rule_has_complete_doc_and_basis(rule):
    for heading in DOC_HEADINGS:
        assert heading in rule.doc, f"{rule.code} doc lacks {heading!r}"
    assert rule.basis.startswith("《"), rule.code
    assert rule.summary


@pytest.mark.parametrize("rule", BOOK, ids=lambda r: r.code)
def test_rule_reads_in_chinese_with_the_same_facts(rule):
    headings = [line for line in rule.doc_zh.splitlines() if line.startswith("## ")]
    assert headings == list(DOC_HEADINGS_ZH.values())
    assert HAN.search(rule.summary_zh) and rule.summary_zh != rule.summary
    for english, chinese in DOC_HEADINGS_ZH.items():
        prose = _section(rule.doc_zh, chinese)
        assert prose, f"{rule.code}: {chinese} is empty"
        if english != "## Example":  # the example may be a listing's data, the rest is Chinese prose
            assert len(HAN.findall(prose)) > len(re.findall(r"[A-Za-z]", prose)), f"{rule.code}: {chinese} is not Chinese"
    # the same legal basis: every 《law》第X条 cited is one of the rule's basis, and every article
    # the English doc cites is cited
    assert _citations(rule.doc_zh) <= _citations(rule.basis), rule.code
    assert _articles_en(rule.doc) <= _articles_zh(rule.doc_zh), rule.code
    # the same thresholds, tolerances, prices and dates
    assert _figures(rule.doc) == _figures(_unwrapped(rule.doc_zh)), rule.code
    # the same example sentence (a listing's data is told in the language of the doc)
    example = re.split(r"\s{2,}[(（]", _section(rule.doc, "## Example"))[0]
    if HAN.search(example):
        assert re.split(r"\s{2,}[(（]", _section(rule.doc_zh, "## 违规示例"))[0] == example


@pytest.mark.parametrize("lang,summary,heading", [
    ("zh", "summary_zh", "## 规则说明"), ("en", "summary", "## What it does"), ("fr", "summary", "## What it does"),
])
def test_a_rule_in_a_language(lang, summary, heading):
    rule = BOOK["WRD001"]
    assert rule.summary_in(lang) == getattr(rule, summary)
    assert rule.doc_in(lang).lstrip().startswith(heading)


def _shipped_rules_with(tmp_path, code: str, old: str, new: str):
    """The shipped rules.toml with ``old`` replaced by ``new`` in the table of ``code``, and the
    line of each key of that table in the new file."""
    text = (data_dir("lexicons") / "rules.toml").read_text("utf-8")
    start = text.index(f'code = "{code}"')
    end = text.find("[[rule]]", start)
    table = text[start:end if end > 0 else len(text)]
    assert old in table
    text = text[:start] + table.replace(old, new, 1) + text[start + len(table):]
    path = tmp_path / "rules.toml"
    path.write_text(text, "utf-8")
    header = text.rfind("[[rule]]", 0, start)
    return path, lambda key: text.count("\n", 0, text.index(f"\n{key} = ", header)) + 2, \
        text.count("\n", 0, header) + 1


@pytest.mark.parametrize("old,new,key,message", [
    ("## 违规示例", "## 示例", "doc_zh", "its doc_zh lacks the heading '## 违规示例'"),
    ("## 合规建议", "## Use instead", "doc_zh", "its doc_zh lacks the heading '## 合规建议'"),
    ("## Example", "## 违规示例", "doc", "its doc lacks the heading '## Example'"),
])
def test_a_doc_without_one_of_its_headings_fails_loading_at_its_line(tmp_path, old, new, key, message):
    path, line_of, _ = _shipped_rules_with(tmp_path, "WRD003", old, new)
    with pytest.raises(LexiconError) as error:
        tables.rules(tables.parse(path))
    assert str(error.value) == f"{path}:{line_of(key)}: bad [[rule]]: rule WRD003: {message}"


@pytest.mark.parametrize("key", ["summary_zh", "doc_zh"])
def test_a_rule_without_its_chinese_text_fails_loading_at_its_table(tmp_path, key):
    text = (data_dir("lexicons") / "rules.toml").read_text("utf-8")
    field = re.search(rf"\n{key} = ('''.*?'''|\"[^\n]*\")", text[text.index('code = "PRC004"'):], re.S).group(0)
    path, _, header = _shipped_rules_with(tmp_path, "PRC004", field, "")
    with pytest.raises(LexiconError) as error:
        tables.rules(tables.parse(path))
    assert str(error.value) == f"{path}:{header}: [[rule]] needs {key!r}"


def test_codes_are_unique_and_well_formed():
    codes = [r.code for r in BOOK]
    assert len(codes) == len(set(codes))
    assert all(CODE_RE.match(c) for c in codes)


@pytest.mark.parametrize(
    "select,ignore,expect_in,expect_out",
    [
        (["WRD"], [], "WRD001", None),
        (["WRD001"], [], "WRD001", "WRD002"),
        ([], ["WRD007"], "WRD001", "WRD007"),
        (["wrd"], ["WRD00"], None, "WRD001"),
    ],
)
def test_select_and_ignore_take_codes_and_prefixes(select, ignore, expect_in, expect_out):
    enabled = BOOK.select(select, ignore)
    if expect_in:
        assert expect_in in enabled
    if expect_out:
        assert expect_out not in enabled


def test_unknown_selector_is_refused():
    with pytest.raises(KeyError):
        BOOK.select(["XYZ"])


def test_bad_rule_definitions_are_refused():
    assert Rule("WRD999", "x", "wording", "low", "《x》", "s", DOC, "摘要", DOC_ZH).summary_in("zh") == "摘要"
    with pytest.raises(ValueError):
        Rule("W1", "x", "wording", "low", "《x》", "s", DOC, "摘要", DOC_ZH)
    with pytest.raises(ValueError):
        Rule("WRD999", "x", "other", "low", "《x》", "s", DOC, "摘要", DOC_ZH)
    with pytest.raises(ValueError, match="its doc lacks the heading"):
        Rule("WRD999", "x", "wording", "low", "《x》", "s", "no headings", "摘要", DOC_ZH)
    with pytest.raises(ValueError, match="its doc_zh lacks the heading"):
        Rule("WRD999", "x", "wording", "low", "《x》", "s", DOC, "摘要", DOC)
    with pytest.raises(ValueError, match="in that order"):
        Rule("WRD999", "x", "wording", "low", "《x》", "s", DOC, "摘要", "\n".join(reversed(DOC_HEADINGS_ZH.values())))
    with pytest.raises(ValueError, match="summary_zh is empty"):
        Rule("WRD999", "x", "wording", "low", "《x》", "s", DOC, " ", DOC_ZH)
