import pytest

from integrity.detect import lexicons
from integrity.detect.rules import CODE_RE, DOC_HEADINGS, Rule

BOOK = lexicons.load_rules()
DOC = "\n".join(DOC_HEADINGS)


@pytest.mark.parametrize("rule", BOOK, ids=lambda r: r.code)
def test_rule_has_complete_doc_and_basis(rule):
    for heading in DOC_HEADINGS:
        assert heading in rule.doc, f"{rule.code} doc lacks {heading!r}"
    assert rule.basis.startswith("《"), rule.code
    assert rule.summary


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
    with pytest.raises(ValueError):
        Rule("W1", "x", "wording", "low", "《x》", "s", DOC)
    with pytest.raises(ValueError):
        Rule("WRD999", "x", "other", "low", "《x》", "s", DOC)
    with pytest.raises(ValueError, match="heading"):
        Rule("WRD999", "x", "wording", "low", "《x》", "s", "no headings")
