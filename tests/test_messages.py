"""Messages name what was matched so that they read right: a word that is a claim only in
context is quoted with that context, and a word inside another matched word is not repeated."""
from __future__ import annotations

import pytest

from integrity.read.model import Segment, Session

CASES = [
    # (segment, rule, quoted in the message, not quoted on its own)
    ("医生都推荐，这个茶能降血压", "WRD008", ["医生都推荐"], ["推荐"]),
    ("医生都推荐，这个茶能降血压", "WRD003", ["降血压"], ["血压"]),
    ("很多医生都推荐我们家的益生菌", "WRD008", ["很多医生都推荐"], ["推荐"]),
    ("这个锅是全网第一", "WRD001", ["全网第一"], ["第一"]),
    ("这款面霜在全网同类产品中口碑第一", "WRD001", ["全网同类产品中口碑第一"], ["第一"]),
    ("这个精华三天就见效", "WRD004", ["三天就见效"], ["见效"]),
    ("这个面霜没有任何副作用", "WRD004", ["没有任何副作用"], ["副作用"]),
    ("喝这个茶能降血糖，比吃药还管用", "WRD003", ["降血糖", "比吃药还管用"], ["血糖"]),
]


@pytest.mark.parametrize("text, rule, quoted, not_alone", CASES)
def test_messages_quote_the_claim_as_said(checker, text, rule, quoted, not_alone):
    findings = [f for f in checker.check(Session("s", (Segment(0, text),))) if f.rule == rule]
    assert len(findings) == 1, findings
    message = findings[0].message
    for words in quoted:
        assert f"「{words}」" in message, message
    for words in not_alone:
        assert f"「{words}」" not in message, message


def test_the_evidence_span_stays_the_matched_word(checker):
    """Finding ids hash the evidence: quoting the context changes the message only."""
    finding = next(f for f in checker.check(Session("s", (Segment(0, "这个茶能降血压，降血糖"),))))
    assert finding.evidence == "降血压" and finding.span == (4, 7)
    assert finding.explanation["also"] == ["降血糖"]


def test_a_medical_claim_message_says_what_kind_of_claim_it_is(checker):
    finding = next(iter(checker.check(Session("s", (Segment(0, "这个茶能降血压"),)))))
    assert finding.message == "商品宣称疾病治疗或预防功能、使用医疗用语：「降血压」"
