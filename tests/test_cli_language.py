"""The command line in Simplified Chinese and English: chosen by --lang or the locale, for help,
messages, tables, errors and click's own words; machine formats the same in both languages."""
from __future__ import annotations

import importlib
import inspect
import json
import re
import sqlite3
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from rich.cells import cell_len

from integrity import i18n
from integrity.cli import COMMANDS, cli, language

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "fixtures" / "demo"
SKINCARE = str(DEMO / "skincare-live.txt")
LANGS = ["zh", "en"]


def run(*args, env=None, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env, input=input, prog_name="integrity")


def all_commands():
    """Every command and group the command line has, with its path (``review next``)."""
    found = []

    def walk(name, command):
        found.append((name, command))
        if isinstance(command, click.Group):
            for sub in command.commands.values():
                walk(f"{name} {sub.name}", sub)

    for name, (module, attribute, _) in COMMANDS.items():
        walk(name, getattr(importlib.import_module(f"integrity.cli.{module}"), attribute))
    return found


@pytest.mark.parametrize("args, env, expected", [
    (["--lang", "zh", "check", "--help"], {}, "用法:"),
    (["check", "--help", "--lang", "zh"], {}, "用法:"),
    (["check", "--help"], {"LANG": "zh_CN.UTF-8"}, "用法:"),
    (["--lang", "en", "check", "--help"], {"LANG": "zh_CN.UTF-8"}, "Usage:"),
    (["check", "--help"], {"LANG": "C.UTF-8"}, "Usage:"),
    (["--help", "--lang", "zh"], {}, "用法:"),
])
def test_the_language_comes_from_lang_else_the_locale(args, env, expected):
    result = run(*args, env=env)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(expected)


@pytest.mark.parametrize("lang, words", [
    ("zh", ["检查直播文字稿和场次文件，并输出发现的问题。", "选项", "示例：", "输出格式。", "显示本帮助并退出。"]),
    ("en", ["Check transcripts and session files and print the findings.", "Options:", "Examples:",
            "Output format.", "Show this message and exit."]),
])
def test_help_is_shown_in_the_language(lang, words):
    output = run("--lang", lang, "check", "--help").output
    assert all(word in output for word in words), output
    assert "integrity check fixtures/demo/" in output  # examples are the same commands


@pytest.mark.parametrize("lang, listed", [
    ("zh", ["检查直播文字稿和场次文件", "为每个达人和单位的诚信称号评分"]),
    ("en", ["Check transcripts and session files", "Score every streamer and unit"]),
])
def test_the_command_lists_are_in_the_language(lang, listed):
    top = run("--lang", lang, "--help").output
    assert all(line in top for line in listed), top
    review = run("--lang", lang, "review", "--help").output
    assert ("确认问题 FINDING_ID" if lang == "zh" else "Confirm the finding FINDING_ID") in review


def test_chinese_help_fits_the_terminal_width():
    for args in (["--help"], ["check", "--help"], ["score", "--help"], ["review", "next", "--help"]):
        output = run("--lang", "zh", *args, env={"COLUMNS": "80"}).output
        prose = [line for line in output.splitlines() if not line.lstrip().startswith("integrity ")]
        assert max(map(cell_len, prose)) <= 80, [line for line in prose if cell_len(line) > 80]


def test_every_help_text_has_a_chinese_translation():
    zh = i18n.gettext_for("zh")
    untranslated = []
    for name, command in [("integrity", cli), *all_commands()]:
        assert isinstance(command, (language.Command, language.Group)), name
        texts = [inspect.cleandoc(command.help)] + [p.help for p in command.params if getattr(p, "help", None)]
        untranslated += [f"{name}: {text[:50]}" for text in texts if zh(text) == text]
    assert untranslated == []


def test_every_command_takes_lang():
    for name, command in [("integrity", cli), *all_commands()]:
        assert "--lang" in [opt for p in command.params for opt in getattr(p, "opts", [])], name


def test_the_click_messages_we_translate_are_clicks():
    source = "".join(path.read_text("utf-8") for path in Path(click.__file__).parent.glob("*.py"))
    assert [m for m in sorted(language.CLICK_MESSAGES | language.CLICK_HELPS) if f'"{m}"' not in source] == []


@pytest.mark.parametrize("lang, summary, severity, instead", [
    ("zh", "共 2 个问题，涉及 1 场直播（6 条语句）", "[一般]", "    改为："),
    ("en", "2 findings in 1 session (6 segments)", "[medium]", "    instead: "),
])
def test_check_text_output_in_the_language(lang, summary, severity, instead):
    result = run("--lang", lang, "check", SKINCARE, "--no-color")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[-1] == summary
    assert re.search(r"skincare-live\.txt:4:\d+ WRD001 " + re.escape(severity), result.output)
    assert any(line.startswith(instead) for line in lines)


@pytest.mark.parametrize("text, english, chinese", [
    ("全网最低价\n", "1 finding in 1 session (1 segment)", "共 1 个问题，涉及 1 场直播（1 条语句）"),
    ("全网最低价\n这款茶能降血压\n", "2 findings in 1 session (2 segments)", "共 2 个问题，涉及 1 场直播（2 条语句）"),
    ("你好\n", "0 findings in 1 session (1 segment)", "共 0 个问题，涉及 1 场直播（1 条语句）"),
])
def test_counts_take_their_plural_in_english(text, english, chinese):
    for lang, expected in (("en", english), ("zh", chinese)):
        result = run("--lang", lang, "check", "-", "--no-color", "--no-model", input=text)
        assert result.output.splitlines()[-1] == expected


@pytest.mark.parametrize("args", [
    ["check", SKINCARE, "--format", "json"],
    ["check", SKINCARE, "--format", "jsonl"],
    ["check", SKINCARE, "--format", "sarif"],
    ["rules", "--format", "json"],
])
def test_machine_formats_are_the_same_in_both_languages(args):
    zh, en = run("--lang", "zh", *args), run("--lang", "en", *args)
    assert zh.exit_code == en.exit_code and zh.output == en.output
    assert zh.output.lstrip().startswith("{")


def test_database_exports_are_the_same_in_both_languages(scenario_db):
    for args in (["score", "--format", "json"], ["score", "--format", "csv"], ["findings", "--format", "csv"],
                 ["findings", "--format", "json"], ["summary", "--format", "json"], ["runs", "--format", "json"]):
        zh = run("--lang", "zh", *args, "--db", scenario_db)
        en = run("--lang", "en", *args, "--db", scenario_db)
        assert zh.exit_code == en.exit_code == 0 and zh.output == en.output, args
    header = run("--lang", "zh", "score", "--format", "csv", "--db", scenario_db).output.splitlines()[0]
    assert header.startswith("profile,profile_sha256,as_of,rank,candidate_id")


@pytest.mark.parametrize("lang, header, first, footer", [
    ("zh", ["排名", "候选人", "类型", "得分", "等级", "场次", "问题数", "投诉数", "决定"], "达人",
     r"^\d+ 个候选人；已计入 0 项审核决定$"),
    ("en", ["rank", "candidate_id", "kind", "score", "grade", "sessions", "findings", "filed", "decision"], "streamer",
     r"^\d+ candidates; 0 review decisions applied$"),
])
def test_the_score_table_in_the_language(scenario_db, lang, header, first, footer):
    result = run("--lang", lang, "score", "--db", scenario_db)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[1].split()[:5] == header[:5] and lines[1].split()[-4:] == header[5:]
    assert lines[2].split()[2] == first
    assert re.match(footer, lines[-1])


@pytest.mark.parametrize("lang, words", [
    ("zh", ["st-dalong（达人）：", "称号 诚信规范经营直播电商达人：不授予", "扣分明细", "记录："]),
    ("en", ["st-dalong (streamer): ", "Title 诚信规范经营直播电商达人: not awarded", "Points lost", "Record: "]),
])
def test_the_score_card_in_the_language(scenario_db, lang, words):
    result = run("--lang", lang, "explain", "st-dalong", "--db", scenario_db)
    assert result.exit_code == 0
    assert all(word in result.output for word in words), result.output


@pytest.mark.parametrize("lang, words", [
    ("zh", ["问题类别分布", "类别", "问题数", "每小时问题最多的达人", "上次扫描："]),
    ("en", ["Findings by category", "category", "findings", "Streamers with the most findings per hour", "Last run: "]),
])
def test_the_summary_in_the_language(scenario_db, lang, words):
    result = run("--lang", lang, "summary", "--db", scenario_db)
    assert result.exit_code == 0
    assert all(word in result.output for word in words), result.output


@pytest.mark.parametrize("lang, expected", [
    ("zh", "错误：没有这个数据库：{db}（可用 `integrity scan PATH --db {db}` 创建）"),
    ("en", "Error: no such database: {db} (create one with `integrity scan PATH --db {db}`)"),
])
def test_a_missing_database_is_one_line_in_the_language(tmp_path, lang, expected):
    missing = tmp_path / "none.db"
    result = run("--lang", lang, "findings", "--db", missing)
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [expected.format(db=missing)]


@pytest.mark.parametrize("lang, expected", [
    ("zh", ["用法: integrity check [OPTIONS] PATHS...", "运行 'integrity check --help' 查看帮助。", "",
            "错误：没有选项 '--bogus'。"]),
    ("en", ["Usage: integrity check [OPTIONS] PATHS...", "Try 'integrity check --help' for help.", "",
            "Error: No such option '--bogus'."]),
])
def test_clicks_usage_errors_in_the_language(lang, expected):
    result = run("--lang", lang, "check", "--bogus", SKINCARE)
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert lines[:3] == expected[:3] and lines[3].startswith(expected[3])


@pytest.mark.parametrize("lang, expected", [
    ("zh", "integrity：错误：{path}"),
    ("en", "integrity: error: {path}"),
])
def test_a_bad_input_is_one_line_naming_the_file(tmp_path, lang, expected):
    bad = tmp_path / "broken.jsonl"
    bad.write_text('{"session_id": "s-1", "segments": [{"text": "全网最低价"}]}\nnot json\n', "utf-8")
    result = run("--lang", lang, "check", bad, "--no-color", "--format", "json")
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line]
    assert len(errors) == 1 and errors[0].startswith(expected.format(path=bad)) and ":2" in errors[0]
    assert json.loads(result.stdout)["summary"]["findings"] == 1  # the good session is still checked


@pytest.mark.parametrize("lang, option, expected", [
    ("zh", ("--select", "XYZ"), "错误：未知的规则代码或前缀 'XYZ'（见 `integrity rules`）"),
    ("en", ("--select", "XYZ"), "Error: unknown rule code or prefix 'XYZ' (see `integrity rules`)"),
    ("zh", ("--path-pattern", "{shop}.txt"),
     "错误：路径模式 '{shop}.txt' 中有未知字段 {shop}（可用字段：{streamer}, {unit}, {platform}, {date}, {n}）"),
    ("en", ("--path-pattern", "{shop}.txt"),
     "Error: unknown field {shop} in path pattern '{shop}.txt' (fields: {streamer}, {unit}, {platform}, {date}, {n})"),
])
def test_usage_errors_of_the_commands_in_the_language(lang, option, expected):
    result = run("--lang", lang, "check", SKINCARE, *option)
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == expected


READ_ERRORS = [  # (files, arguments, the English line, the Chinese line); {d} is the folder
    ({"a.jsonl": '{"session_id": "s-1", "segments": [{"text": "全网最低价"}]}\n{bad json\n'}, ["{d}/a.jsonl"],
     "integrity: error: {d}/a.jsonl:2: invalid JSON: Expecting property name enclosed in double quotes (column 2)",
     "integrity：错误：{d}/a.jsonl:2：JSON 无效：缺少用双引号括起的属性名（第 2 列）"),
    ({"a.txt": "全网最低价\n"}, ["{d}/a.txt", "{d}/missing.txt"],
     "integrity: error: {d}/missing.txt: no such file or directory",
     "integrity：错误：{d}/missing.txt：没有这个文件或目录"),
    ({"a.txt": "全网最低价\n", "l.json": '[{"listing_id": "L1", "title": "面霜", "price": "abc"}]'},
     ["{d}/a.txt", "--listings", "{d}/l.json"],
     "integrity: error: {d}/l.json: item 0: listing 'L1': 'price' must be a number, got 'abc'",
     "integrity：错误：{d}/l.json：列表项 0：商品 'L1'：“price”必须是数字，实际为 'abc'"),
    ({"a.jsonl": '{"session_id": "s-1", "segments": [{"text": 3}]}\n'}, ["{d}/a.jsonl"],
     "integrity: error: {d}/a.jsonl:1: session 's-1': segment 0: 'text' must be a string, got 3",
     "integrity：错误：{d}/a.jsonl:1：场次 's-1'：语句 0：“text”必须是字符串，实际为 3"),
    ({"x/notes.txt": "全网最低价\n"}, ["{d}", "--path-pattern", "{{streamer}}/{{date}}.txt"],
     "integrity: error: {d}/x/notes.txt: its path relative to the folder (x/notes.txt) does not match "
     "--path-pattern '{{streamer}}/{{date}}.txt'",
     "integrity：错误：{d}/x/notes.txt：文件相对于文件夹的路径（x/notes.txt）与 --path-pattern "
     "'{{streamer}}/{{date}}.txt' 不符"),
]


@pytest.mark.parametrize("files, args, english, chinese", READ_ERRORS,
                         ids=["json", "missing", "price", "text", "pattern"])
@pytest.mark.parametrize("lang", LANGS)
def test_a_read_error_is_shown_in_the_language(tmp_path, files, args, english, chinese, lang):
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, "utf-8")
    result = run("--lang", lang, "check", *(arg.format(d=tmp_path) for arg in args), "--no-color", "--format", "json")
    assert result.exit_code == 2
    expected = (chinese if lang == "zh" else english).format(d=tmp_path)
    assert [line for line in result.stderr.splitlines() if line] == [expected]


def test_scan_stores_read_errors_in_english_whatever_the_language(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"session_id": "s-1", "segments": [{"text": "全网最低价"}]}\n{bad json\n', "utf-8")
    db = tmp_path / "scan.db"
    result = run("--lang", "zh", "scan", tmp_path / "a.jsonl", "--db", db, "-j", "1", "-q")
    assert "JSON 无效：缺少用双引号括起的属性名（第 2 列）" in result.stderr
    with sqlite3.connect(db) as connection:
        stored = connection.execute("SELECT line, message FROM errors").fetchall()
    assert stored == [(2, "invalid JSON: Expecting property name enclosed in double quotes (column 2)")]


@pytest.mark.parametrize("lang, expected", [
    ("zh", "integrity：错误：{path}:2：“amount”必须是不小于 0 的金额（元）；实际为 '-5'"),
    ("en", "integrity: error: {path}:2: 'amount' must be a number of yuan, 0 or more; got '-5'"),
])
def test_a_bad_complaint_row_is_shown_in_the_language(tmp_path, lang, expected):
    path = tmp_path / "complaints.csv"
    path.write_text("complaint_id,received,streamer_id,category,status,amount\n"
                    "c1,2026-11-20,st-1,价格,核实属实,-5\n", "utf-8")
    result = run("--lang", lang, "complaints", "import", path, "--db", tmp_path / "x.db")
    assert result.exit_code == 2
    assert result.stderr.strip() == expected.format(path=path)
