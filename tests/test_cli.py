import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from integrity.cli import COMMANDS, cli
from integrity.detect.lexicons import load_rules
from integrity.detect.rules import DOC_HEADINGS, DOC_HEADINGS_ZH

BOOK = load_rules()

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "fixtures" / "demo"


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


def test_check_text_output_and_exit_code_one_on_findings():
    result = run("check", DEMO / "skincare-live.txt", "--no-color")
    assert result.exit_code == 1
    assert "skincare-live.txt:4:" in result.output and "WRD001" in result.output
    assert "2 findings in 1 session (6 segments)" in result.output


def test_check_exit_code_zero_when_clean(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("大家晚上好\n今天给大家带的是围巾\n", encoding="utf-8")
    result = run("check", clean)
    assert result.exit_code == 0
    assert "0 findings" in result.output


def test_check_json_follows_the_contract():
    result = run("check", DEMO / "tea-session.json", "--format", "json")
    data = json.loads(result.output)
    assert data["summary"]["sessions"] == 1 and data["summary"]["segments"] == 8
    medical = [f for f in data["findings"] if f["rule"] == "WRD003"]
    assert medical, data["findings"]
    finding = medical[0]
    for key in ("session_id", "segment", "listing_id", "start", "rule", "category", "severity",
                "confidence", "message", "evidence", "span", "basis"):
        assert key in finding
    text = json.loads((DEMO / "tea-session.json").read_text("utf-8"))["segments"][finding["segment"]]["text"]
    a, b = finding["span"]
    assert text[a:b] == finding["evidence"]
    assert finding["start"] == 52.0 and finding["category"] == "wording"


def test_check_jsonl_writes_one_finding_per_line():
    result = run("check", DEMO / "skincare-live.txt", "--format", "jsonl")
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert len(lines) == 2 and {f["rule"] for f in lines} == {"WRD001", "WRD005"}


def test_check_sarif_has_rule_metadata_and_results():
    result = run("check", DEMO / "skincare-live.txt", "--format", "sarif")
    sarif = json.loads(result.output)
    assert sarif["version"] == "2.1.0"
    run_ = sarif["runs"][0]
    rule_ids = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    assert "WRD001" in rule_ids
    for res in run_["results"]:
        assert run_["tool"]["driver"]["rules"][res["ruleIndex"]]["id"] == res["ruleId"]
        assert res["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1


def test_check_reads_standard_input():
    result = run("check", "-", "--format", "jsonl", input="这个枕头是全网最舒服的\n".encode())
    finding = json.loads(result.output.splitlines()[0])
    assert finding["session_id"] == "stdin" and finding["rule"] == "WRD001"


def test_select_and_ignore():
    only = run("check", DEMO / "tea-session.json", "--format", "jsonl", "--select", "WRD003")
    assert {json.loads(l)["rule"] for l in only.output.splitlines()} == {"WRD003"}
    without = run("check", DEMO / "tea-session.json", "--format", "jsonl", "--ignore", "WRD003")
    assert "WRD003" not in {json.loads(l)["rule"] for l in without.output.splitlines()}


def test_unknown_rule_selector_is_a_usage_error():
    result = CliRunner().invoke(cli, ["check", str(DEMO), "--select", "NOPE1"])
    assert result.exit_code == 2
    assert "unknown rule code or prefix" in result.output


def test_bad_files_are_reported_and_the_rest_still_checked(tmp_path):
    (tmp_path / "broken.jsonl").write_text(
        '{"session_id": "a", "segments": [{"text": "全网最好用的拖把"}]}\n{not json\n'
        '{"session_id": "b", "segments": [{"text": "大家好"}]}\n', encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "nosegments.json").write_text('{"session_id": "c"}', encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(tmp_path), str(tmp_path / "missing.txt"), "--format", "jsonl"])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line]
    assert len(errors) == 5, errors
    assert any("broken.jsonl:2:" in e for e in errors)
    assert any("image.txt" in e for e in errors) and any("empty.txt" in e for e in errors)
    assert any("nosegments.json" in e for e in errors) and any("missing.txt" in e for e in errors)
    assert all(e.startswith("integrity: error: ") for e in errors)
    assert "Traceback" not in result.output
    findings = [json.loads(line) for line in result.stdout.splitlines()]
    assert [f["session_id"] for f in findings] == ["a"]


def test_bad_date_is_a_usage_error():
    result = CliRunner().invoke(cli, ["check", str(DEMO), "--date", "2026-13-01"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


ENGLISH_LOCALE = {"LC_ALL": None, "LC_MESSAGES": None, "LANG": "en_US.UTF-8"}


def test_rules_lists_and_explains():
    listing = CliRunner(env=ENGLISH_LOCALE).invoke(cli, ["rules"])
    assert "WRD001" in listing.output and "WRD007" in listing.output
    one = CliRunner(env=ENGLISH_LOCALE).invoke(cli, ["rules", "wrd003"])
    for heading in DOC_HEADINGS:
        assert heading in one.output
    assert "第十七条" in one.output
    unknown = CliRunner().invoke(cli, ["rules", "XYZ123"])
    assert unknown.exit_code == 2


@pytest.mark.parametrize("lang,shown,not_shown", [
    ("zh", [BOOK["WRD001"].summary_zh, *DOC_HEADINGS_ZH.values(), "WRD001（absolute-claim）［违规用语，一般，正式］",
            "法律依据：《中华人民共和国广告法》第九条第（三）项"], [BOOK["WRD001"].summary, "## What it does"]),
    ("en", [BOOK["WRD001"].summary, *DOC_HEADINGS, "WRD001 (absolute-claim) [wording, medium, stable]",
            "Legal basis: 《中华人民共和国广告法》"], [BOOK["WRD001"].summary_zh, "## 规则说明"]),
])
def test_rules_explains_a_rule_in_the_language_asked(lang, shown, not_shown):
    output = CliRunner(env={"LANG": "fr_FR.UTF-8"}).invoke(cli, ["rules", "WRD001", "--lang", lang]).output
    assert BOOK["WRD001"].doc_in(lang) in output
    assert all(text in output for text in shown) and not any(text in output for text in not_shown)


@pytest.mark.parametrize("env,summary", [
    ({"LC_ALL": None, "LC_MESSAGES": None, "LANG": "zh_CN.UTF-8"}, "summary_zh"),
    ({"LC_ALL": None, "LC_MESSAGES": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"}, "summary_zh"),
    ({"LC_ALL": "C.UTF-8", "LC_MESSAGES": None, "LANG": "zh_CN.UTF-8"}, "summary"),  # LC_ALL comes first
    ({"LC_ALL": None, "LC_MESSAGES": None, "LANG": None}, "summary"),
])
def test_rules_follows_the_locale(env, summary):
    listing = CliRunner(env=env).invoke(cli, ["rules"]).output.splitlines()
    wrd001 = next(line for line in listing if line.startswith("WRD001"))
    assert wrd001.endswith(getattr(BOOK["WRD001"], summary))
    previews = [rule.code for rule in BOOK if rule.status == "preview"]
    marked = [line.split()[0] for line in listing if line.endswith("（预览）" if summary == "summary_zh" else " (preview)")]
    assert marked == previews


def test_rules_json_and_exemptions():
    data = json.loads(CliRunner(env={"LANG": "zh_CN.UTF-8"}).invoke(cli, ["rules", "--format", "json"]).output)
    assert all({"code", "basis", "doc", "status", "summary_zh", "doc_zh"} <= set(r) for r in data["rules"])
    wrd001 = next(r for r in data["rules"] if r["code"] == "WRD001")
    assert (wrd001["summary"], wrd001["doc"]) == (BOOK["WRD001"].summary, BOOK["WRD001"].doc)  # English, as before
    assert (wrd001["summary_zh"], wrd001["doc_zh"]) == (BOOK["WRD001"].summary_zh, BOOK["WRD001"].doc_zh)
    assert "usage_tip" in run("rules", "--exemptions").output


def test_eval_reports_each_category(tmp_path):
    labelled = tmp_path / "labelled.jsonl"
    labelled.write_text(json.dumps({"session_id": "e1", "segments": [
        {"text": "这款精华是全网最好用的", "labels": ["wording"]},
        {"text": "精华开封后最好三个月内用完", "labels": []},
        {"text": "这款精华吸收很快", "labels": ["wording"]},
    ]}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run("eval", labelled, "--format", "json")
    data = json.loads(result.output)
    wording = data["categories"]["wording"]
    assert (wording["tp"], wording["fp"], wording["fn"]) == (1, 0, 1)
    assert data["unlabelled"] == 1 and data["unlabelled_flagged"] == 0
    text = run("eval", labelled, "--show-errors").output
    assert "missed" in text and "这款精华吸收很快" in text


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_and_is_in_the_readme(name):
    command = cli.get_command(None, name)
    assert command.help and command.help.strip()
    # the command list shows the first line of the command's own help
    assert command.help.strip().splitlines()[0].rstrip(".").startswith(COMMANDS[name][2].rstrip(".")[:30])
    assert f"integrity {name}" in (ROOT / "README.md").read_text("utf-8")


TINY_ROWS = [("吃了它胃就不疼了", ["wording"]), ("用了一周斑都没了", ["wording"]), ("这包跟大牌一个厂", ["counterfeit"]),
             ("标不方便给你们看", ["counterfeit"]), ("以后再也没有这个价", ["price"]), ("外面卖好几百", ["price"]),
             ("大家晚上好", []), ("今天发顺丰", []), ("颜色有三种", []), ("尺码偏大一码", [])]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    """A model trained on ten segments, its wording rule made stable at a threshold of 0.5."""
    directory = tmp_path_factory.mktemp("tiny")
    data = directory / "data.jsonl"
    data.write_text(json.dumps({"session_id": "d", "segments": [{"text": t, "labels": l} for t, l in TINY_ROWS]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    result = run("train", "--train", data, "--calibration", data, "--test", data, "--dev", data,
                 "--out", directory / "model")
    assert result.exit_code == 0, result.output
    card_path = directory / "model" / "classifier.json"
    card = json.loads(card_path.read_text("utf-8"))
    assert set(card["thresholds"]) == {"price", "counterfeit", "wording"}
    assert "threshold" in result.output
    card["thresholds"]["wording"], card["status"]["wording"] = 0.5, "stable"
    card_path.write_text(json.dumps(card), "utf-8")
    return directory / "model"


def test_eval_reports_with_and_without_the_model(tmp_path, tiny_model):
    labelled = tmp_path / "labelled.jsonl"
    labelled.write_text(json.dumps({"session_id": "m1", "segments": [
        {"text": "吃了它胃会舒服", "labels": ["wording"]},
        {"text": "今天给大家发顺丰", "labels": []},
    ]}, ensure_ascii=False) + "\n", encoding="utf-8")
    data = json.loads(run("eval", labelled, "--format", "json", "--model", tiny_model).output)
    assert data["categories"]["wording"]["tp"] == 1
    assert data["without_model"]["categories"]["wording"]["fn"] == 1
    assert "F1 w/o model" in run("eval", labelled).output
    assert "without_model" not in json.loads(run("eval", labelled, "--format", "json", "--no-model").output)


def test_check_uses_the_model_given_and_its_cards_rule_status(tmp_path, tiny_model):
    script = tmp_path / "script.txt"
    script.write_text("吃了它胃会舒服\n", encoding="utf-8")
    found = json.loads(run("check", script, "--format", "json", "--model", tiny_model).output)
    assert [f["rule"] for f in found["findings"]] == ["MLW001"]
    ignored = json.loads(run("check", script, "--format", "json", "--model", tiny_model, "--ignore", "ML").output)
    assert ignored["findings"] == []


def test_sarif_gives_the_status_the_model_ran_with(tmp_path, tiny_model):
    script = tmp_path / "script.txt"
    script.write_text("吃了它胃会舒服\n", encoding="utf-8")
    def status(*options):
        sarif = json.loads(run("check", script, "--format", "sarif", *options).output)
        return {r["id"]: r["properties"]["status"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert status("--model", tiny_model)["MLW001"] == "stable"
    assert status("--model", tiny_model)["MLP001"] == "preview"
    assert status("--no-model")["WRD001"] == "stable"


def test_a_model_folder_without_a_model_is_a_clear_error(tmp_path):
    script = tmp_path / "script.txt"
    script.write_text("大家晚上好\n", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("check", script, "--model", empty)
    assert result.exit_code == 2 and "no classifier.npz" in result.output and "integrity train --out" in result.output
    both = run("check", script, "--model", empty, "--no-model")
    assert both.exit_code == 2 and "cannot be used together" in both.output


def test_parallel_check_gives_the_same_output_as_one_process(tmp_path):
    lines = [json.dumps({"session_id": f"p{i}", "segments": [
        {"text": "这个枕头是全网最舒服的"}, {"text": f"今天第{i}场直播，大家晚上好"}, {"text": "喝了能降血压"}]},
        ensure_ascii=False) for i in range(40)]
    (tmp_path / "a.jsonl").write_text("\n".join(lines[:25]) + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text("\n".join(lines[25:]) + "\n{broken\n", encoding="utf-8")
    one = CliRunner().invoke(cli, ["check", str(tmp_path), "--format", "jsonl", "--jobs", "1"])
    two = CliRunner().invoke(cli, ["check", str(tmp_path), "--format", "jsonl", "--jobs", "2"])
    assert one.exit_code == two.exit_code == 2
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) == 80
    assert "b.jsonl:16:" in two.stderr


@pytest.mark.parametrize("content, error", [
    (None, "no such file or directory"),
    ("", "empty file"),
    ('{"session_id": "a", "segments": [{"text": "全网最低价", "labels": ["price"]}]}\n{broken\n', "invalid JSON"),
])
def test_eval_on_a_missing_empty_or_broken_file_prints_no_scores(tmp_path, content, error):
    labelled = tmp_path / "labelled.jsonl"
    if content is not None:
        labelled.write_text(content, encoding="utf-8")
    result = run("eval", labelled, "--no-model")
    assert result.exit_code == 2 and error in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("args", [
    ["findings", "--candidate", ""], ["findings", "--rule", " "], ["findings", "--session", ""],
    ["review", "history", "--finding", ""], ["review", "export", "--candidate", ""],
    ["review", "next", "--candidate", "", "--by", "x"],
])
def test_an_empty_filter_is_a_usage_error_not_everything(tmp_path, args):
    db = tmp_path / "f.db"
    (tmp_path / "s.txt").write_text("全网最低价\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["scan", str(tmp_path / "s.txt"), "--db", str(db), "--no-model", "-q"]).exit_code == 0
    result = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert result.exit_code == 2
    assert "must not be empty" in result.stderr and result.stdout == ""
