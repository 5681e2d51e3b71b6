import dataclasses
import datetime as dt
import hashlib
import random

import pytest

from integrity.rating.profile import (
    ProfileError,
    default_profile_path,
    load_profile,
    parse_profile,
)
from integrity.detect.finding import Correction
from integrity.rating.scoring import FindingRecord, Period, SessionRecord, score
from integrity.read.complaints import Complaint

DAY = dt.date(2026, 11, 30)
DEFAULT_TEXT = default_profile_path().read_text("utf-8")


@pytest.fixture(scope="module")
def profile():
    return load_profile()


def profile_with(old: str, new: str, count: int = 1):
    assert old in DEFAULT_TEXT, old
    return parse_profile(DEFAULT_TEXT.replace(old, new, count).encode(), "profile.toml")


def sessions(streamer: str, n: int, unit: str | None = None, *, step: int = 0, hours: float | None = None):
    """n sessions of a streamer, the newest on DAY, each ``step`` days before the next."""
    return [SessionRecord(f"{streamer}-s{i}", streamer, unit, DAY - dt.timedelta(days=i * step), hours)
            for i in range(n)]


def finding(fid: str, session_id: str, category: str = "wording", severity: str = "medium",
            confidence: float = 0.9, review: str | None = None, corrected: bool = False) -> FindingRecord:
    return FindingRecord(fid, session_id, "WRD001", category, severity, confidence, "全网最好", review=review,
                         corrected=Correction(1, 12.0, "口误，不是全网最好") if corrected else None)


def complaint(cid: str, category: str = "price", status: str = "verified", streamer: str | None = "a",
              unit: str | None = None, session: str | None = None, received: dt.date = DAY) -> Complaint:
    return Complaint(cid, received, category, status, streamer, unit, session)


def one(report, candidate_id: str, kind: str = "streamer"):
    [candidate] = [c for c in report.find(candidate_id) if c.kind == kind]
    return candidate


# --- Exposure ----------------------------------------------------------------


@pytest.mark.parametrize("n_sessions, n_findings, expected", [
    (1, 1, 800),     # 250 x 0.8 / 1
    (20, 1, 990),    # the same slip in twenty sessions costs a twentieth
    (20, 20, 800),   # the same rate costs the same
    (4, 2, 900),
    (10, 0, 1000),
])
def test_findings_cost_their_rate_per_session(profile, n_sessions, n_findings, expected):
    record = sessions("a", n_sessions)
    found = [finding(f"f{i}", record[i % n_sessions].session_id) for i in range(n_findings)]
    assert one(score(record, found, [], profile), "a").score == expected


def test_twenty_sessions_and_one_slip_rank_above_one_session_and_one_slip(profile):
    many, few = sessions("many", 20), sessions("few", 1)
    report = score(many + few, [finding("f1", many[0].session_id), finding("f2", few[0].session_id)], [], profile)
    assert [c.candidate_id for c in report.candidates] == ["many", "few"]


@pytest.mark.parametrize("hours, expected", [(4.0, 950), (None, 900), (0.0, 900), (1.0, 800)])
def test_hour_exposure_divides_by_hours_streamed(hours, expected):
    by_hour = profile_with('unit = "session"', 'unit = "hour"')
    record = sessions("a", 1, hours=hours)
    report = score(record, [finding("f1", record[0].session_id)], [], by_hour)
    assert one(report, "a").score == expected


# --- Recency -----------------------------------------------------------------


@pytest.mark.parametrize("age_days, weight", [(0, 1.0), (365, 0.5), (730, 0.25), (1095, 0.125), (1096, None)])
def test_recency_halves_every_half_life_and_drops_past_the_horizon(profile, age_days, weight):
    old = SessionRecord("old", "a", None, DAY - dt.timedelta(days=age_days))
    today = SessionRecord("today", "a", None, DAY)
    report = score([old, today], [finding("f1", "old")], [], profile)
    candidate = one(report, "a")
    if weight is None:
        assert candidate.sessions == 1 and candidate.findings == 0 and candidate.score == 1000
    else:
        [deduction] = candidate.deductions
        assert deduction.recency == pytest.approx(weight)
        assert deduction.divisor == pytest.approx(1 + weight)


def test_an_old_slip_costs_less_than_a_recent_one(profile):
    improved, slipping = sessions("improved", 10, step=60), sessions("slipping", 10, step=60)
    found = [finding("f1", improved[-1].session_id), finding("f2", slipping[0].session_id)]
    report = score(improved + slipping, found, [], profile)
    assert one(report, "improved").score > one(report, "slipping").score
    assert [c.candidate_id for c in report.candidates] == ["improved", "slipping"]


def test_old_complaints_cost_less(profile):
    record = sessions("a", 10) + sessions("b", 10)
    report = score(record, [], [complaint("c1", streamer="a", received=DAY - dt.timedelta(days=365)),
                                complaint("c2", streamer="b")], profile)
    assert one(report, "a").breakdown["complaints"] == -80
    assert one(report, "b").breakdown["complaints"] == -160


def test_as_of_defaults_to_the_latest_date_and_later_events_are_out(profile):
    record = sessions("a", 3, step=10)
    assert score(record, [], [], profile).as_of == DAY
    earlier = score(record, [finding("f1", record[0].session_id)], [], profile, as_of=DAY - dt.timedelta(days=5))
    candidate = one(earlier, "a")
    assert earlier.as_of == DAY - dt.timedelta(days=5)
    assert candidate.sessions == 2 and candidate.findings == 0


# --- Complaints --------------------------------------------------------------


@pytest.mark.parametrize("status, lost", [("verified", 160), ("mediated", 64), ("pending", 24), ("rejected", 0)])
def test_each_complaint_status_has_its_weight(profile, status, lost):
    report = score(sessions("a", 10), [], [complaint("c1", "price", status)], profile)
    candidate = one(report, "a")
    assert candidate.score == 1000 - lost
    assert candidate.breakdown["complaints"] == -lost
    assert candidate.complaints == 1


@pytest.mark.parametrize("category, lost", [
    ("counterfeit", 250), ("price", 160), ("false_advertising", 160), ("quality", 100),
    ("after_sales", 60), ("other", 30),
])
def test_each_complaint_category_has_its_points(profile, category, lost):
    report = score(sessions("a", 10), [], [complaint("c1", category)], profile)
    assert one(report, "a").score == 1000 - lost


@pytest.mark.parametrize("n_sessions, lost", [(0, 160), (10, 160), (20, 160), (40, 80), (200, 16)])
def test_complaints_are_spread_over_blocks_of_twenty_sessions(profile, n_sessions, lost):
    report = score(sessions("a", n_sessions), [], [complaint("c1")], profile)
    assert one(report, "a").breakdown["complaints"] == -lost


# --- Review decisions --------------------------------------------------------


@pytest.mark.parametrize("review, confidence, lost", [
    ("confirmed", 0.3, 250),   # a judge's confirmation counts in full, whatever the confidence
    ("dismissed", 0.99, 0),    # a dismissed finding counts for nothing
    (None, 0.9, 200),          # undecided: x review.undecided
    (None, 0.5, 200),
    (None, 0.49, 0),           # undecided and below review.min_confidence
])
def test_review_decision_sets_the_weight_of_a_finding(profile, review, confidence, lost):
    record = sessions("a", 1)
    report = score(record, [finding("f1", record[0].session_id, confidence=confidence, review=review)], [], profile)
    candidate = one(report, "a")
    assert candidate.score == 1000 - lost
    assert candidate.findings == 1 and len(candidate.deductions) == 1


@pytest.mark.parametrize("severity, review, lost", [
    ("low", "confirmed", 15),       # 60 x 1 x 0.25: a slight slip taken back counts a quarter
    ("medium", "confirmed", 125),   # 250 x 1 x 0.5
    ("high", "confirmed", 450),     # 600 x 1 x 0.75: never slight, the correction only lessens it
    ("medium", None, 100),          # 250 x 0.8 x 0.5
    ("medium", "dismissed", 0),
])
def test_a_finding_corrected_on_the_spot_weighs_less(profile, severity, review, lost):
    record = sessions("a", 1)
    found = [finding("f1", record[0].session_id, severity=severity, review=review, corrected=True)]
    candidate = one(score(record, found, [], profile), "a")
    assert candidate.score == 1000 - lost
    (deduction,) = candidate.deductions
    assert deduction.correction == profile.corrected[severity] and "corrected on the spot" in deduction.note
    assert deduction.to_dict()["corrected"] == {"segment": 1, "start": 12.0, "evidence": "口误，不是全网最好"}
    assert deduction.stake == pytest.approx({"low": 60, "medium": 250, "high": 600}[severity] * deduction.correction)


def test_a_corrected_finding_still_counts_towards_a_veto(profile):
    record = sessions("a", 10)
    found = [finding("f1", record[0].session_id, "counterfeit", "high", review="confirmed", corrected=True)]
    assert [v.name for v in one(score(record, found, [], profile), "a").vetoes] == \
        ["confirmed high-severity counterfeit finding"]


def test_a_profile_without_corrections_weighs_them_like_any_finding(profile):
    start = DEFAULT_TEXT.index("[corrections]")
    plain = parse_profile((DEFAULT_TEXT[:start] + DEFAULT_TEXT[DEFAULT_TEXT.index("[complaints]"):]).encode(), "p.toml")
    record = sessions("a", 1)
    found = [finding("f1", record[0].session_id, review="confirmed", corrected=True)]
    assert one(score(record, found, [], plain), "a").score == 750


@pytest.mark.parametrize("category, severity, lost", [
    ("price", "high", 800), ("price", "medium", 300), ("price", "low", 80),
    ("counterfeit", "high", 1000), ("counterfeit", "medium", 400), ("counterfeit", "low", 100),
    ("wording", "high", 600), ("wording", "medium", 250), ("wording", "low", 60),
])
def test_points_per_category_and_severity(profile, category, severity, lost):
    record = sessions("a", 10)
    found = [finding(f"f{i}", s.session_id, category, severity, review="confirmed") for i, s in enumerate(record)]
    candidate = one(score(record, found, [], profile), "a")
    assert candidate.score == 1000 - lost
    assert candidate.breakdown[category] == -lost


def test_score_never_goes_below_zero(profile):
    record = sessions("a", 1)
    found = [finding(f"f{i}", "a-s0", "price", "high", review="confirmed") for i in range(3)]
    candidate = one(score(record, found, [], profile), "a")
    assert candidate.score == 0 and candidate.grade.grade == "E"


# --- Vetoes ------------------------------------------------------------------


def _veto_case(name: str):
    record = sessions("a", 200)
    ids = [s.session_id for s in record]
    cases = {
        "verified counterfeit complaint": ([], [complaint("c1", "counterfeit", "verified")]),
        "pending counterfeit complaint": ([], [complaint("c1", "counterfeit", "pending")]),
        "mediated counterfeit complaint": ([], [complaint("c1", "counterfeit", "mediated")]),
        "verified price complaint": ([], [complaint("c1", "price", "verified")]),
        "confirmed high counterfeit": ([finding("f1", ids[0], "counterfeit", "high", review="confirmed")], []),
        "undecided high counterfeit": ([finding("f1", ids[0], "counterfeit", "high")], []),
        "dismissed high counterfeit": ([finding("f1", ids[0], "counterfeit", "high", review="dismissed")], []),
        "confirmed medium counterfeit": ([finding("f1", ids[0], "counterfeit", "medium", review="confirmed")], []),
        "price fraud in 3 sessions": (
            [finding(f"f{i}", ids[i], "price", "high", review="confirmed") for i in range(3)], []),
        "price fraud 3 times in 2 sessions": (
            [finding(f"f{i}", ids[i // 2], "price", "high", review="confirmed") for i in range(3)], []),
        "price fraud in 2 sessions and 1 undecided": (
            [finding(f"f{i}", ids[i], "price", "high", review="confirmed" if i < 2 else None) for i in range(3)],
            []),
    }
    return record, *cases[name]


@pytest.mark.parametrize("case, vetoes, pending", [
    ("verified counterfeit complaint", ["verified counterfeit complaint"], []),
    ("pending counterfeit complaint", [], ["verified counterfeit complaint"]),
    ("mediated counterfeit complaint", [], []),
    ("verified price complaint", [], []),
    ("confirmed high counterfeit", ["confirmed high-severity counterfeit finding"], []),
    ("undecided high counterfeit", [], ["confirmed high-severity counterfeit finding"]),
    ("dismissed high counterfeit", [], []),
    ("confirmed medium counterfeit", [], []),
    ("price fraud in 3 sessions", ["repeated confirmed price fraud"], []),
    ("price fraud 3 times in 2 sessions", [], []),
    ("price fraud in 2 sessions and 1 undecided", [], ["repeated confirmed price fraud"]),
])
def test_each_veto(profile, case, vetoes, pending):
    record, found, filed = _veto_case(case)
    candidate = one(score(record, found, filed, profile), "a")
    assert [v.name for v in candidate.vetoes] == vetoes
    assert [v.name for v in candidate.pending_vetoes] == pending
    assert candidate.grade.grade == "A"  # the score alone would earn the title
    assert candidate.eligible is not (vetoes or pending)
    assert (candidate.title is None) is bool(vetoes or pending)
    for name in vetoes:
        assert f"veto: {name}" in candidate.reasons
    for name in pending:
        assert f"pending review: {name} if confirmed" in candidate.reasons


def test_a_pending_veto_does_not_block_when_the_profile_says_so(profile):
    lenient = profile_with("block_on_pending_veto = true", "block_on_pending_veto = false")
    record, found, filed = _veto_case("undecided high counterfeit")
    candidate = one(score(record, found, filed, lenient), "a")
    assert candidate.pending_vetoes and candidate.eligible


def test_veto_lists_the_items_behind_it(profile):
    record, found, filed = _veto_case("price fraud in 3 sessions")
    candidate = one(score(record, found, filed, profile), "a")
    assert candidate.vetoes[0].items == ("f0", "f1", "f2")
    assert candidate.to_dict(details=True)["veto_items"] == {"repeated confirmed price fraud": ["f0", "f1", "f2"]}


# --- Titles and grades -------------------------------------------------------


@pytest.mark.parametrize("points, grade", [(1000, "A"), (850, "A"), (849.5, "B"), (700, "B"), (699, "C"),
                                           (550, "C"), (400, "D"), (399, "E"), (0, "E")])
def test_grade_bands(profile, points, grade):
    assert profile.grade_of(points).grade == grade


@pytest.mark.parametrize("kind, n_sessions, eligible", [
    ("streamer", 9, False), ("streamer", 10, True), ("unit", 19, False), ("unit", 20, True)])
def test_title_needs_a_minimum_number_of_sessions(profile, kind, n_sessions, eligible):
    candidate = one(score(sessions("a", n_sessions, unit="a"), [], [], profile), "a", kind)
    assert candidate.eligible is eligible
    titles = {"streamer": "诚信规范经营直播电商达人", "unit": "诚信规范经营直播电商单位"}
    assert candidate.title == (titles[kind] if eligible else None)
    if not eligible:
        assert candidate.reasons == (f"{n_sessions} sessions in the record: a title needs {n_sessions + 1}",)


def test_title_needs_the_top_grade(profile):
    record = sessions("a", 10)
    found = [finding(f"f{i}", record[i].session_id, review="confirmed") for i in range(7)]  # 175 lost
    candidate = one(score(record, found, [], profile), "a")
    assert (candidate.score, candidate.grade.grade, candidate.eligible) == (825, "B", False)
    assert candidate.reasons == ("grade B: a title needs grade A",)


# --- Units -------------------------------------------------------------------


def test_unit_record_holds_its_streamers_sessions_and_complaints(profile):
    record = sessions("a", 10, unit="mcn-1") + sessions("b", 10, unit="mcn-1") + sessions("c", 5, unit="mcn-2")
    elsewhere = SessionRecord("a-elsewhere", "a", "mcn-2", DAY)
    found = [finding("f1", "a-s0"), finding("f2", "b-s0"), finding("f3", "c-s0"), finding("f4", "a-elsewhere")]
    filed = [
        complaint("about-a-in-mcn-1", streamer="a", session="a-s1"),
        complaint("about-a-no-session", streamer="a"),
        complaint("against-mcn-1", streamer=None, unit="mcn-1"),
        complaint("against-shop", streamer=None, unit="shop-9"),
        complaint("about-d", streamer="d"),
    ]
    report = score(record + [elsewhere], found, filed, profile)
    kinds = {(c.kind, c.candidate_id) for c in report.candidates}
    assert kinds == {("streamer", s) for s in "abcd"} | {("unit", u) for u in ("mcn-1", "mcn-2", "shop-9")}
    mcn1 = one(report, "mcn-1", "unit")
    assert (mcn1.sessions, mcn1.findings, mcn1.complaints) == (20, 2, 2)
    assert {d.item_id for d in mcn1.deductions} == {"f1", "f2", "about-a-in-mcn-1", "against-mcn-1"}
    mcn2 = one(report, "mcn-2", "unit")
    assert (mcn2.sessions, mcn2.findings, mcn2.complaints) == (6, 2, 0)
    a = one(report, "a")
    assert (a.sessions, a.findings, a.complaints) == (11, 2, 2)
    shop = one(report, "shop-9", "unit")
    assert (shop.sessions, shop.score, shop.eligible) == (0, 840, False)


def test_unit_is_vetoed_by_its_streamers_verified_counterfeit_complaint(profile):
    record = sessions("a", 30, unit="mcn-1")
    filed = [complaint("c1", "counterfeit", "verified", streamer="a", session="a-s3")]
    report = score(record, [], filed, profile)
    assert one(report, "mcn-1", "unit").vetoes[0].name == "verified counterfeit complaint"


# --- Reproducibility and output ----------------------------------------------


def _mixed_record():
    record = sessions("a", 12, "mcn-1", step=7) + sessions("b", 15, "mcn-1", step=5) + sessions("c", 3, step=30)
    found = [finding(f"f{i}", record[(i * 7) % len(record)].session_id,
                     ("price", "counterfeit", "wording")[i % 3], ("high", "medium", "low")[i % 2 + i % 3 // 2],
                     confidence=0.4 + (i % 6) / 10, review=(None, "confirmed", "dismissed")[i % 3 // 2])
             for i in range(25)]
    filed = [complaint(f"c{i}", ("price", "quality", "other")[i % 3], ("verified", "mediated", "pending", "rejected")[i % 4],
                       streamer="abc"[i % 3], received=DAY - dt.timedelta(days=i * 11)) for i in range(9)]
    return record, found, filed


def test_same_records_and_profile_give_the_same_scores_in_any_order(profile):
    record, found, filed = _mixed_record()
    first = score(record, found, filed, profile).to_dict(details=True)
    for seed in range(3):
        rng = random.Random(seed)
        shuffled = [rng.sample(items, len(items)) for items in (record, found, filed)]
        assert score(*shuffled, profile).to_dict(details=True) == first


def test_breakdown_adds_up_to_the_points_lost(profile):
    record, found, filed = _mixed_record()
    for candidate in score(record, found, filed, profile).candidates:
        assert -sum(candidate.breakdown.values()) == 1000 - candidate.score
        assert sum(d.points for d in candidate.deductions) == pytest.approx(1000 - candidate.score, abs=0.5)


def test_candidates_sorted_by_score_then_id(profile):
    record = sessions("b", 10) + sessions("a", 10) + sessions("c", 1)
    report = score(record, [finding("f1", "c-s0")], [], profile)
    assert [c.candidate_id for c in report.candidates] == ["a", "b", "c"]


def test_output_names_the_profile_and_its_sha256(profile):
    data = score(sessions("a", 10), [], [], profile).to_dict()
    expected = hashlib.sha256(default_profile_path().read_bytes()).hexdigest()
    assert data["profile"] == {"name": "default", "version": "1.1", "sha256": expected}
    [candidate] = data["candidates"]
    assert {"candidate_id", "kind", "score", "grade", "eligible", "title", "vetoes", "breakdown",
            "evidence"} <= set(candidate)
    assert candidate["breakdown"] == {"price": 0, "counterfeit": 0, "wording": 0, "complaints": 0}
    assert candidate["evidence"] == {"sessions": 10, "findings": 0, "complaints": 0}
    other = profile_with('name = "default"', 'name = "strict"')
    assert other.sha256 != expected and other.name == "strict"


# --- Periods -----------------------------------------------------------------


@pytest.mark.parametrize("text, start, end", [
    ("2026-01-01..2026-06-30", dt.date(2026, 1, 1), dt.date(2026, 6, 30)),
    ("2026-01-01..", dt.date(2026, 1, 1), None),
    ("..2026-06-30", None, dt.date(2026, 6, 30)),
])
def test_period_parses(text, start, end):
    assert Period.parse(text) == Period(start, end)


@pytest.mark.parametrize("text", ["2026-01-01", "2026-13-01..", "2026-06-30..2026-01-01", "a..b"])
def test_bad_period_is_an_error(text):
    with pytest.raises(ValueError, match="period|ends before"):
        Period.parse(text)


def test_period_limits_the_record(profile):
    record = sessions("a", 10, step=10) + [SessionRecord("undated", "a")]
    filed = [complaint("c1", received=DAY - dt.timedelta(days=50))]
    whole = one(score(record, [], filed, profile), "a")
    assert (whole.sessions, whole.complaints) == (11, 1)
    late = score(record, [], filed, profile, period=Period(DAY - dt.timedelta(days=40), None))
    assert (one(late, "a").sessions, one(late, "a").complaints) == (5, 0)
    assert late.to_dict()["period"] == f"{DAY - dt.timedelta(days=40)}.."


def test_findings_reject_unknown_category_and_review():
    with pytest.raises(ValueError, match="unknown category"):
        FindingRecord("f1", "s1", "X", "spam", "high")
    with pytest.raises(ValueError, match="review"):
        FindingRecord("f1", "s1", "X", "price", "high", review="maybe")


# --- Malformed profiles ------------------------------------------------------


@pytest.mark.parametrize("old, new, message", [
    ("high = 800", 'high = "800"', "profile.toml: findings.price.high: must be a number"),
    ("high = 800\n", "", "profile.toml: findings.price.high: missing"),
    ("high = 800\n", "high = 800\nurgent = 5\n", "profile.toml: findings.price.urgent: unknown key"),
    ("[findings.wording]", "[findings.spam]", "profile.toml: findings.spam: unknown key"),
    ("scale = 1000", "scale = true", "profile.toml: scale: must be a whole number of at least 1"),
    ('unit = "session"', 'unit = "day"', "profile.toml: exposure.unit: must be one of session, hour"),
    ("undecided = 0.8", "undecided = 1.5", "profile.toml: review.undecided: must be a number from 0 to 1"),
    ("half_life_days = 365", "half_life_days = 0", "profile.toml: recency.half_life_days: must be a number above 0"),
    ("pending = 0.15\n", "", "profile.toml: complaints.status.pending: missing"),
    ("price = 160", "price = -1", "profile.toml: complaints.points.price: must be a number of at least 0"),
    ("min = 700", "min = 900", "profile.toml: grades[1].min: must be below the previous band's min (850)"),
    ("min = 0", "min = 100", "profile.toml: grades[4].min: the last band must start at 0"),
    ('grade = "B"', 'grade = "A"', "profile.toml: grades[1].grade: 'A' is already a grade"),
    ('category = "counterfeit"', 'category = "fake"', "profile.toml: vetoes[0].category: must be one of"),
    ('severities = ["high"]', 'statuses = ["verified"]', "profile.toml: vetoes[1].statuses: unknown key"),
    ("min_count = 3", "min_count = 0", "profile.toml: vetoes[2].min_count: must be a whole number of at least 1"),
    ('count = "sessions"', 'count = "days"', "profile.toml: vetoes[2].count: must be one of items, sessions"),
    ('grades = ["A"]', 'grades = ["S"]', "profile.toml: titles.grades: must be a list of distinct values from A, B"),
    ("block_on_pending_veto = true", 'block_on_pending_veto = "yes"',
     "profile.toml: titles.block_on_pending_veto: must be true or false"),
    ("min_sessions = 10", "min_sessions = 2.5",
     "profile.toml: titles.streamer.min_sessions: must be a whole number of at least 0"),
    ("[titles.unit]", "[titles.shop]", "profile.toml: titles.shop: unknown key"),
    ('name = "default"', "name = ", "profile.toml: invalid TOML"),
    ('version = "1.1"\n', "", "profile.toml: version: missing"),
    ("medium = 0.5", "medium = 1.5", "profile.toml: corrections.medium: must be a number from 0 to 1"),
    ("low = 0.25", "lowest = 0.25", "profile.toml: corrections.lowest: unknown key"),
])
def test_malformed_profile_names_the_key(old, new, message):
    with pytest.raises(ProfileError) as error:
        profile_with(old, new)
    assert str(error.value).startswith(message), str(error.value)


def test_profile_file_errors_name_the_file(tmp_path):
    with pytest.raises(ProfileError, match="missing.toml"):
        load_profile(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(ProfileError, match="bad.toml: not UTF-8"):
        load_profile(bad)


def test_shipped_profile_round_trips(profile):
    assert dataclasses.asdict(load_profile(default_profile_path())) == dataclasses.asdict(profile)
    assert profile.name == "default" and profile.scale == 1000 and len(profile.grades) == 5
