"""The server's setup: the session key file, login throttling, and `integrity serve` refusing
what it cannot start with."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from integrity.cli import cli
from integrity.web.settings import SettingsError, default_secret_file, load_secret
from integrity.web.throttle import Throttle


def test_the_key_file_is_made_private_on_first_use(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    secret = load_secret()
    path = default_secret_file()
    assert path == tmp_path / "config" / "integrity" / "web-secret"
    assert oct(path.stat().st_mode & 0o777) == "0o600" and oct(path.parent.stat().st_mode & 0o777) == "0o700"
    assert len(secret) >= 32 and load_secret() == secret


def test_a_key_file_others_can_read_is_refused(tmp_path):
    path = tmp_path / "key"
    path.write_text("k" * 40)
    path.chmod(0o644)
    with pytest.raises(SettingsError, match="can be read by others"):
        load_secret(path)
    path.chmod(0o600)
    assert load_secret(path) == "k" * 40
    path.write_text("short")
    with pytest.raises(SettingsError, match="too short"):
        load_secret(path)
    with pytest.raises(SettingsError, match="cannot read"):
        load_secret(tmp_path / "missing")


def test_throttle_counts_failures_in_a_window_per_account_and_client():
    now = [0.0]
    throttle = Throttle(max_failures=3, max_client_failures=5, window=60, clock=lambda: now[0])
    for _ in range(3):
        assert throttle.wait("a", "1.1.1.1") == 0
        throttle.failed("a", "1.1.1.1")
    assert throttle.wait("a", "2.2.2.2") == 60 and throttle.wait("b", "1.1.1.1") == 0
    now[0] = 30
    assert throttle.wait("a", "1.1.1.1") == 30
    throttle.failed("b", "1.1.1.1")
    throttle.failed("c", "1.1.1.1")
    assert throttle.wait("d", "1.1.1.1") == 30  # five from this client
    now[0] = 61
    assert throttle.wait("a", "1.1.1.1") == 0
    throttle.failed("a", "3.3.3.3")
    throttle.succeeded("a")
    assert throttle.wait("a", "3.3.3.3") == 0


def test_serve_needs_a_database_and_a_private_key(tmp_path, workbench_db):
    missing = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no such database" in missing.output
    key = tmp_path / "key"
    key.write_text("k" * 40)
    key.chmod(0o640)
    bad = CliRunner().invoke(cli, ["serve", "--db", str(workbench_db), "--secret-file", str(key)])
    assert bad.exit_code == 2 and "can be read by others" in bad.output
