"""The decision record is tamper-evident: append-only, hash-chained, its heads signed with a key
kept outside the database (issue 14: an UPDATE of reviews forged a dismissal and moved a score,
DELETE FROM reviews left no trace)."""
from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import copy_db
from sqlite_utils import Database

from integrity.cli import cli
from integrity.rating import accounts, review
from integrity.store import keys, ledger, queries, schema

ROOT = Path(__file__).resolve().parent.parent
SCENARIO = ROOT / "fixtures" / "scenario"


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


def sql(db: Path, *statements: str, args=()) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        out = []
        for statement in statements:
            out = conn.execute(statement, args).fetchall()
        return out


def drop_triggers(db: Path) -> None:
    """What an attacker with write access to the file does first."""
    names = [name for (name,) in sql(db, "SELECT name FROM sqlite_master WHERE type = 'trigger'")]
    sql(db, *(f"DROP TRIGGER {name}" for name in names))


@pytest.fixture
def decided(scenario_db, tmp_path) -> tuple[Path, list[str]]:
    """The scenario with three decisions on st-dalong's findings and its complaints imported."""
    db = tmp_path / "decided.db"
    copy_db(scenario_db, db)  # WAL included
    accounts.add(schema.open_db(db), "王芳", "judge", "correct horse battery")
    ids = [f["id"] for f in queries.findings(schema.open_db(db), candidate="st-dalong")][:3]
    for fid, decision in zip(ids, ("confirmed", "confirmed", "dismissed")):
        result = run("review", "confirm" if decision == "confirmed" else "dismiss", fid, "--by", "王芳",
                     "--reason", "看过录像", "--db", db)
        assert result.exit_code == 0, result.output
    return db, ids


def verify(db: Path, *extra):
    return run("verify", "--db", db, *extra)


# --- Intact --------------------------------------------------------------------------------


def test_an_intact_record_verifies_and_shows_its_heads(decided):
    db, _ = decided
    result = verify(db)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("reviews: 3 decisions; head ") and lines[0].endswith("(row 3)")
    head = lines[0].split("head ")[1].split()[0]
    assert len(head) == 64 and head == sql(db, "SELECT hash FROM reviews WHERE id = 3")[0][0]
    assert lines[1].startswith("complaint_history: ")
    assert lines[-1] == "the decision record is intact"
    assert run("score", "--db", db).exit_code == 0


def test_updates_and_deletes_are_refused(decided):
    db, _ = decided
    for statement in ("UPDATE reviews SET decision = 'dismissed' WHERE id = 1", "DELETE FROM reviews",
                      "UPDATE complaint_history SET status = 'rejected'", "DELETE FROM signed_heads"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            sql(db, statement)
    assert verify(db).exit_code == 0


# --- Tampering -----------------------------------------------------------------------------


def test_an_edited_decision_is_caught_and_scores_are_refused(decided):
    db, _ = decided
    before = run("score", "--db", db, "--format", "json").output
    drop_triggers(db)
    sql(db, "UPDATE reviews SET decision = 'dismissed' WHERE id = 1")
    result = verify(db)
    assert result.exit_code == 1
    assert "the decision record is BROKEN at reviews row 1: does not match its hash" in result.output
    for command in (["score"], ["explain", "st-dalong"]):
        refused = run(*command, "--db", db)
        assert refused.exit_code == 2 and refused.stdout == ""
        assert refused.stderr.count("\n") == 1 and "reviews row 1: does not match its hash" in refused.stderr
    assert before  # the scores were there before the edit


def test_a_deleted_decision_is_caught(decided):
    db, _ = decided
    drop_triggers(db)
    sql(db, "DELETE FROM reviews WHERE id = 2")
    result = verify(db)
    assert result.exit_code == 1
    assert "BROKEN at reviews row 2: signed, and now gone" in result.output
    assert "reviews row 3: does not follow row 1" in result.output


def test_deleting_every_decision_is_caught(decided):
    db, _ = decided
    drop_triggers(db)
    sql(db, "DELETE FROM reviews")
    result = verify(db)
    assert result.exit_code == 1 and "BROKEN at reviews row 1: signed, and now gone" in result.output
    assert run("score", "--db", db).exit_code == 2


def rechain(db: Path, table: str = "reviews", columns=ledger.REVIEWS.columns) -> None:
    """Recompute every hash of a chain, as an attacker who knows the scheme (not the key) can."""
    prev = ledger.GENESIS
    rows = sql(db, f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM {table} ORDER BY id")
    for values in rows:
        digest = ledger.row_hash(table, prev, values)
        sql(db, f"UPDATE {table} SET prev_hash = ?, hash = ? WHERE id = ?", args=(prev, digest, values[0]))
        prev = digest


def test_a_rechained_forgery_is_caught_by_the_signatures(decided):
    db, _ = decided
    drop_triggers(db)
    sql(db, "UPDATE reviews SET decision = 'dismissed', reason = '误报' WHERE id = 1")
    rechain(db)
    result = verify(db)
    assert result.exit_code == 1
    assert "BROKEN at reviews row 1: not the row that was signed (the chain was rewritten)" in result.output


def test_a_forgery_signed_with_another_key_is_caught(decided, tmp_path):
    db, _ = decided
    drop_triggers(db)
    sql(db, "UPDATE reviews SET decision = 'dismissed' WHERE id = 1")
    rechain(db)
    sql(db, "DELETE FROM signed_heads WHERE chain = 'reviews'")
    other = keys.load(keys.init(tmp_path / "attacker.key"))
    opened = Database(sqlite3.connect(db))
    ledger.sign_head(opened, ledger.REVIEWS, other, schema.now())
    opened.conn.commit()
    result = verify(db)
    assert result.exit_code == 1
    assert "reviews row 3: the signature of the head at this row is not valid" in result.output
    assert "reviews rows 1 to 3: not signed" in result.output


def test_a_decision_added_by_hand_is_caught(decided):
    db, (fid, *_) = decided
    sql(db, "INSERT INTO reviews (finding_id, decision, by, reason, at) VALUES (?, 'dismissed', '王芳', 'x', 'now')",
        args=(fid,))
    result = verify(db)
    assert result.exit_code == 1 and "BROKEN at reviews row 4: not in the chain" in result.output


def test_a_complaint_status_edited_in_place_is_caught(decided):
    db, _ = decided
    [(complaint, status)] = sql(db, "SELECT complaint_id, status FROM complaints WHERE status = 'verified' LIMIT 1")
    sql(db, "UPDATE complaints SET status = 'rejected' WHERE complaint_id = ?", args=(complaint,))
    result = verify(db)
    assert result.exit_code == 1
    assert f"complaint {complaint!r}: its status 'rejected' is not the last one its history recorded " \
           f"({status!r})" in result.output


def test_an_edited_complaint_history_row_is_caught(decided):
    db, _ = decided
    drop_triggers(db)
    sql(db, "UPDATE complaint_history SET status = 'rejected' WHERE id = 2")
    result = verify(db)
    assert result.exit_code == 1 and "complaint_history row 2: does not match its hash" in result.output


def test_nothing_is_appended_to_a_record_that_does_not_verify(decided):
    db, ids = decided
    drop_triggers(db)
    sql(db, "UPDATE reviews SET decision = 'dismissed' WHERE id = 1")
    result = run("review", "confirm", ids[2], "--by", "王芳", "--db", db)
    assert result.exit_code == 2 and "the decision record does not verify (reviews row 1" in result.stderr
    assert sql(db, "SELECT count(*) FROM reviews") == [(3,)]
    imported = run("complaints", "import", SCENARIO / "complaints.csv", "--db", db)
    assert imported.exit_code == 0  # the complaints' own chain is intact


# --- Orphans, keys and old databases ----------------------------------------------------------


def test_a_decided_finding_removed_by_hand_is_caught(decided):
    db, ids = decided
    sql(db, "UPDATE sessions SET scanned_at = '2026-01-01T00:00:00+00:00'")  # scanned before the decisions
    sql(db, "DELETE FROM findings WHERE id = ?", args=(ids[1],))  # the confirmed finding, and its deduction
    result = verify(db)
    assert result.exit_code == 1
    assert (f"BROKEN at reviews row 2: its finding {ids[1]} is gone, and no session was checked again since it "
            "was decided (removed by hand)") in result.output
    assert run("score", "--db", db).exit_code == 2


def test_an_orphaned_decision_is_reported_not_as_tampering(decided):
    db, ids = decided
    sql(db, "DELETE FROM findings WHERE id = ?", args=(ids[0],))  # as a re-scan with other rules does ...
    sql(db, "UPDATE sessions SET scanned_at = '2999-01-01T00:00:00+00:00'")  # ... after the decision
    result = verify(db)
    assert result.exit_code == 0
    assert f"1 decided finding no longer produced by a re-scan (orphaned, not tampering): {ids[0]}" in result.output


def test_without_the_key_nothing_is_decided_nor_verified(decided, tmp_path):
    db, ids = decided
    missing = tmp_path / "none.key"
    assert verify(db, "--key", missing).exit_code == 2
    refused = run("score", "--db", db, "--key", missing)
    assert refused.exit_code == 2 and "cannot verify the decision record" in refused.stderr
    decided_without = run("review", "confirm", ids[2], "--by", "王芳", "--db", db, "--key", missing)
    assert decided_without.exit_code == 2 and "no decision key at" in decided_without.stderr


def test_a_record_signed_with_another_key_does_not_verify(decided, tmp_path):
    db, _ = decided
    other = keys.init(tmp_path / "other.key")
    result = verify(db, "--key", other)
    assert result.exit_code == 1 and "is not valid" in result.output


def test_keys_init_writes_an_owner_only_key_and_never_overwrites(tmp_path, monkeypatch):
    monkeypatch.delenv("INTEGRITY_KEY_FILE")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    result = run("keys", "init")
    path = tmp_path / "config" / "integrity" / "decision.key"
    assert result.exit_code == 0 and str(path) in result.output
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert len(keys.load()) == keys.KEY_BYTES
    before = path.read_text()
    again = run("keys", "init")
    assert again.exit_code == 2 and "never overwritten" in again.stderr and path.read_text() == before
    path.chmod(0o644)
    with pytest.raises(keys.KeyFileError, match="open to other users"):
        keys.load()


def old_database(path: Path) -> Database:
    """A database as the release before signing left it (migrations up to m010)."""
    db = Database(sqlite3.connect(path))
    for fn in schema.MIGRATIONS[:10]:
        fn(db)
        db.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", [fn.__name__, "then"])
    db.conn.commit()
    return db


def test_an_old_database_is_chained_on_opening_then_signed_once(tmp_path):
    path = tmp_path / "old.db"
    db = old_database(path)
    db.execute("INSERT INTO findings (id, session_id, rule, category, severity) VALUES ('f1', 's1', 'WRD003', "
               "'wording', 'high')")
    for decision in ("confirmed", "dismissed"):
        db.execute("INSERT INTO reviews (finding_id, decision, by, reason, at) VALUES ('f1', ?, '王芳', '看过', 't')",
                   [decision])
    db.execute("INSERT INTO complaint_history (complaint_id, status, source, changed_at) VALUES ('c1', 'pending', "
               "'a.csv', 't')")
    db.conn.commit()
    db.conn.close()
    result = verify(path)
    assert result.exit_code == 1
    assert "reviews rows 1 to 2: not signed (added without the key, or kept from before signing" in result.output
    assert [r.decision for r in review.history(schema.open_db(path))] == ["confirmed", "dismissed"]
    signed = run("keys", "sign", "--db", path)
    assert signed.exit_code == 0, signed.output
    assert "signed the head of reviews at row 2" in signed.output
    assert "signed the head of complaint_history at row 1" in signed.output
    assert verify(path).exit_code == 0
    assert "nothing to sign" in run("keys", "sign", "--db", path).output


def test_keys_sign_refuses_a_chain_that_does_not_verify(decided):
    db, _ = decided
    drop_triggers(db)
    sql(db, "UPDATE reviews SET reason = '改过' WHERE id = 2")
    result = run("keys", "sign", "--db", db)
    assert result.exit_code == 1 and "nothing was signed" in result.stderr
    assert verify(db).exit_code == 1


def test_the_history_and_the_score_card_show_the_os_user(decided):
    import getpass

    db, ids = decided
    data = json.loads(run("review", "history", "--db", db, "--format", "json").output)
    assert {r["os_user"] for r in data["reviews"]} == {getpass.getuser()}
    table = run("review", "history", "--db", db).output
    assert "os_user" in table.splitlines()[0] and getpass.getuser() in table
    card = run("explain", "st-dalong", "--db", db).output
    assert f"confirmed by 王芳 (OS user {getpass.getuser()})" in card
