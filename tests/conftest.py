import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from integrity.cli import cli
from integrity.detect.checker import Checker
from integrity.store import keys

SCENARIO = Path(__file__).resolve().parent.parent / "fixtures" / "scenario"


@pytest.fixture(scope="session", autouse=True)
def cache_dir(tmp_path_factory) -> Path:
    """Derived files (jieba's dictionary cache, parsed lexicons) go to a temporary folder, not the user's."""
    directory = tmp_path_factory.mktemp("cache")
    os.environ["INTEGRITY_CACHE_DIR"] = str(directory)
    return directory


@pytest.fixture(scope="session", autouse=True)
def decision_key(tmp_path_factory) -> Path:
    """The key that signs the decision record, in a temporary folder, not the user's."""
    path = keys.init(tmp_path_factory.mktemp("keys") / "decision.key")
    os.environ["INTEGRITY_KEY_FILE"] = str(path)
    return path


@pytest.fixture(autouse=True)
def english_locale(monkeypatch):
    """The command line speaks English in tests unless a test chooses a language: the locale of
    whoever runs them does not count."""
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)


@pytest.fixture(scope="session")
def checker() -> Checker:
    """The default rules without the trained model, so that tests of rules, storage and scores
    do not change when the model is retrained (``test_classifier.py`` tests the model)."""
    return Checker(model=False)


@pytest.fixture(scope="session")
def preview_checker() -> Checker:
    """Every rule, preview rules included, so that each rule's fixtures can be tested."""
    return Checker(preview=True)


@pytest.fixture(scope="session")
def scenario_db(tmp_path_factory) -> Path:
    """The scoring scenario (fixtures/scenario/) as the commands store it: sessions scanned,
    complaints imported. Shared: copy it before writing to it."""
    db = tmp_path_factory.mktemp("scenario") / "scenario.db"
    scanned = CliRunner().invoke(cli, ["scan", str(SCENARIO / "sessions.jsonl"), "--db", str(db), "-j", "1", "-q"])
    assert scanned.exit_code == 0, scanned.output
    imported = CliRunner().invoke(cli, ["complaints", "import", str(SCENARIO / "complaints.csv"), "--db", str(db)])
    assert imported.exit_code == 0, imported.output
    return db



PASSWORD = "correct horse 12"
ACCOUNTS = {"judge": ("王芳", "judge"), "judge2": ("李明", "judge"), "regulator": ("张监管", "regulator"),
            "admin": ("admin", "admin")}


@pytest.fixture(scope="session")
def workbench_template(scenario_db, tmp_path_factory) -> Path:
    """The scenario with an account of each role (password ``PASSWORD``): two judges, a
    regulator and an admin. Shared: tests copy it (``workbench_db``)."""
    from integrity.rating import accounts
    from integrity.store import schema

    path = tmp_path_factory.mktemp("workbench") / "workbench.db"
    copy_db(scenario_db, path)
    db = schema.open_db(path)
    for name, role in ACCOUNTS.values():
        accounts.add(db, name, role, PASSWORD)
    db.conn.close()
    return path


@pytest.fixture
def workbench_db(workbench_template, tmp_path) -> Path:
    """A fresh copy of the scenario with accounts, for one test to write to."""
    path = tmp_path / "workbench.db"
    copy_db(workbench_template, path)
    return path


def copy_db(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite database (WAL included), through SQLite's backup API."""
    import sqlite3

    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


REGULATOR = Path(__file__).resolve().parent.parent / "fixtures" / "regulator"


@pytest.fixture(scope="session")
def regulator_db(tmp_path_factory) -> Path:
    """A regulator's folder of subtitles (fixtures/regulator/) scanned by its path pattern.
    Shared: copy it before writing to it."""
    db = tmp_path_factory.mktemp("regulator") / "regulator.db"
    scanned = CliRunner().invoke(cli, ["scan", str(REGULATOR / "transcripts"), "--path-pattern",
                                       "{unit}/{streamer}/{date}.srt", "--platform", "douyin", "--db", str(db),
                                       "-j", "1", "-q", "--no-model"])
    assert scanned.exit_code == 0, scanned.output
    return db
