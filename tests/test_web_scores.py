"""The workbench's score cache: computed once per state of the database; new decisions rescore
only the candidates they touch, and give exactly what scoring everything again gives."""
from __future__ import annotations

import dataclasses

from integrity.rating import dataset, review, scoring
from integrity.rating.profile import load_profile
from integrity.rating.scoring import Period
from integrity.store import complaints, keys, schema
from integrity.web.scores import Scores


def fresh(db, period=Period()):
    sessions, findings, complaints = dataset.scoring_records(db, period)
    return scoring.score(sessions, findings, complaints, load_profile(), period=period).to_dict(details=True)


def test_scores_are_kept_until_the_database_changes(workbench_db):
    db, scores = schema.open_db(workbench_db), Scores(keys.load())
    first = scores.get(db)
    assert scores.get(db) is first and scores.full == 1
    assert first.report.to_dict(details=True) == fresh(db)


def test_decisions_rescore_only_their_candidates_and_match_a_full_rescore(workbench_db):
    db, scores = schema.open_db(workbench_db), Scores(keys.load())
    scores.get(db)
    scores.get(db, Period.parse("2026-11-01.."))
    open_ = review.open_findings(db)
    decisions = [("dismissed", "口误"), ("confirmed", None), ("confirmed", None), ("dismissed", "属实")]
    for finding, (decision, reason) in zip(open_[::5], decisions):
        review.decide(db, finding["id"], decision, "王芳", reason, key=keys.load())
        cached = scores.get(db)
        assert cached.report.to_dict(details=True) == fresh(db)
    assert scores.full == 2 and 0 < cached.rescored <= 2 * len(decisions)
    # the same finding decided again, back and forth
    review.decide(db, open_[0]["id"], "confirmed", "李明", key=keys.load())
    assert scores.get(db).report.to_dict(details=True) == fresh(db)
    period = Period.parse("2026-11-01..")
    assert scores.get(db, period).report.to_dict(details=True) == fresh(db, period)
    assert scores.full == 2


def test_complaints_or_a_scan_score_everything_again(workbench_db, tmp_path):
    db, scores = schema.open_db(workbench_db), Scores(keys.load())
    scores.get(db)
    [complaint] = [c for c in dataset.scoring_records(db)[2] if c.complaint_id == "c-004"]
    complaints.import_complaints(db, [dataclasses.replace(complaint, status="verified")], "later.csv", key=keys.load())
    assert scores.get(db).report.to_dict(details=True) == fresh(db) and scores.full == 2
