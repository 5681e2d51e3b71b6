"""Configuration: integrity.toml or [tool.integrity] in pyproject.toml, found from the working
directory up as ruff finds its own; command-line options win; `integrity config` shows what is
in force and where it came from; scans record it in their run."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from integrity import config
from integrity.cli import cli

ROOT = Path(__file__).resolve().parent.parent
REGULATOR = ROOT / "fixtures" / "regulator"


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def test_the_nearest_file_up_the_tree_is_the_configuration(tmp_path):
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir(parents=True)
    assert config.find(deep) is None or not str(config.find(deep)).startswith(str(tmp_path))
    top = write(tmp_path / "integrity.toml", "jobs = 2\n")
    assert config.find(deep) == top
    write(tmp_path / "a" / "pyproject.toml", "[project]\nname = 'x'\n")  # no [tool.integrity]: passed over
    assert config.find(deep) == top
    nearer = write(tmp_path / "a" / "b" / "pyproject.toml", "[tool.integrity]\njobs = 3\n")
    assert config.find(deep) == nearer and config.load(nearer).values == {"jobs": 3}
    both = write(tmp_path / "a" / "b" / "integrity.toml", "jobs = 4\n")
    assert config.find(deep) == both  # integrity.toml before pyproject.toml in one directory


def test_values_are_checked_and_paths_are_relative_to_the_file(tmp_path):
    path = write(tmp_path / "conf" / "integrity.toml",
                 'select = "WRD, PRC001"\nlexicons = "mine"\nprofile = "../strict.toml"\npreview = true\n')
    loaded = config.load(path)
    assert loaded.values == {"select": ["WRD", "PRC001"], "lexicons": [str(tmp_path / "conf" / "mine")],
                             "profile": str(tmp_path / "strict.toml"), "preview": True}
    assert loaded.where("preview") == f"{path.resolve()}:4"


@pytest.mark.parametrize("text, message", [
    ("jobs = 0\n", ":1: jobs must be a whole number of 1 or more"),
    ("preview = 'yes'\n", ":1: preview must be true or false"),
    ("\n\nselekt = ['WRD']\n", ":3: unknown key 'selekt'"),
    ("select = [1]\n", ":1: select must be a list of rule codes"),
    ("jobs = \n", "integrity.toml: "),
])
def test_a_bad_file_is_one_line_naming_the_file_line_and_key(tmp_path, text, message):
    write(tmp_path / "integrity.toml", text)
    with pytest.raises(config.ConfigFileError, match=message.replace("[", r"\[")):
        config.load(tmp_path / "integrity.toml")


def test_the_configuration_gives_defaults_and_the_command_line_wins(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "integrity.toml", 'select = ["WRD003"]\n')
    script = write(tmp_path / "live.txt", "全网最低价\n这个茶能降血压\n")
    only = run("check", script, "--no-model", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["rule"] for line in only] == ["WRD003"]
    wins = run("check", script, "--no-model", "--format", "jsonl", "--select", "PRC").stdout.splitlines()
    assert [json.loads(line)["rule"] for line in wins] == ["PRC001"]
    isolated = run("--isolated", "check", script, "--no-model", "--format", "jsonl").stdout.splitlines()
    assert {json.loads(line)["rule"] for line in isolated} == {"PRC001", "WRD003"}
    other = write(tmp_path / "elsewhere" / "strict.toml", 'ignore = ["WRD"]\n')
    named = run("--config", other, "check", script, "--no-model", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["rule"] for line in named] == ["PRC001"]


def test_a_bad_configuration_stops_every_command_with_one_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pyproject.toml", "[tool.integrity]\nselect = 3\n")
    for args in (("check", "-"), ("rules",), ("config",)):
        result = run(*args, input="你好\n")
        assert result.exit_code == 2
        assert result.stderr.strip().splitlines() == [
            f"Error: bad configuration: {(tmp_path / 'pyproject.toml').resolve()}:2: select must be a list of rule "
            "codes or prefixes, or one string"]


def test_integrity_config_shows_each_value_and_where_it_came_from(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n\n[tool.integrity]\njobs = 2\n"
                                                 "path-pattern = '{streamer}/{date}.txt'\n").resolve()
    text = run("config").stdout
    assert f"configuration file: {path}" in text
    assert f"jobs            2  ({path}:5)" in text and "preview         false  (default)" in text
    data = json.loads(run("config", "--format", "json").stdout)
    assert data["file"] == str(path)
    assert {row["key"]: row["from"] for row in data["values"]}["path-pattern"] == f"{path}:6"
    assert "no configuration file in force" in run("--isolated", "config").stdout


def test_a_scan_takes_its_settings_from_the_file_and_records_where_each_came_from(tmp_path, monkeypatch):
    folder = tmp_path / "work"
    shutil.copytree(REGULATOR, folder)
    monkeypatch.chdir(folder)
    conf = write(folder / "integrity.toml", "path-pattern = '{unit}/{streamer}/{date}.srt'\n"
                                            "authorisations = 'authorised-brands.csv'\njobs = 1\n").resolve()
    result = run("scan", "transcripts", "--db", "r.db", "--no-model", "--ignore", "WRD007", "-q")
    assert result.exit_code == 0, result.output
    findings = json.loads(run("findings", "--db", "r.db", "--format", "json").stdout)["findings"]
    assert {f["session_id"] for f in findings} >= {"shop-west/st-d/2026-11-18"}
    assert "WRD007" not in {f["rule"] for f in findings}
    [latest] = json.loads(run("runs", "--db", "r.db", "--limit", "1", "--format", "json").stdout)["runs"]
    recorded = latest["configuration"]["settings"]
    assert recorded["file"] == str(conf)
    values = recorded["values"]
    assert values["path-pattern"] == {"value": "{unit}/{streamer}/{date}.srt", "from": f"{conf}:1"}
    assert values["authorisations"] == {"value": str(folder.resolve() / "authorised-brands.csv"), "from": f"{conf}:2"}
    assert values["ignore"] == {"value": ["WRD007"], "from": "command line"}
    assert values["preview"] == {"value": False, "from": "default"}


def test_the_profile_comes_from_the_configuration(tmp_path, scenario_db, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = (ROOT / "integrity" / "rating" / "profiles" / "default.toml").read_text("utf-8")
    write(tmp_path / "profiles" / "strict.toml", text.replace('name = "default"', 'name = "strict"'))
    write(tmp_path / "integrity.toml", "profile = 'profiles/strict.toml'\n")
    assert run("score", "--db", scenario_db, "--format", "json").stdout.count('"name": "strict"') == 1
    assert '"name": "default"' in run("score", "--db", scenario_db, "--format", "json", "--profile",
                                      ROOT / "integrity" / "rating" / "profiles" / "default.toml").stdout


def test_the_regulators_folder_configures_itself(monkeypatch, tmp_path):
    monkeypatch.chdir(REGULATOR)
    text = run("config").stdout
    here = (REGULATOR / "integrity.toml").resolve()
    assert f"configuration file: {here}" in text
    assert f"authorisations  {(REGULATOR / 'authorised-brands.csv').resolve()}  ({here}:4)" in text
    result = run("scan", "transcripts", "--db", tmp_path / "r.db", "--no-model", "-q")
    assert result.exit_code == 0, result.output
    sessions = json.loads(run("findings", "--db", tmp_path / "r.db", "--format", "json").stdout)["findings"]
    assert {f["session_id"].split("/")[0] for f in sessions} == {"mcn-east", "shop-west"}
