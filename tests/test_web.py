"""The web workbench through the framework's test client: who may see and do what, CSRF, login
throttling, decisions by the logged-in account, two judges on one finding, the pages' JSON
twins against the CLI's JSON, the dashboard against `integrity summary`, the admin pages."""
from __future__ import annotations

import json
import re
from io import BytesIO

import pytest
from click.testing import CliRunner
from markupsafe import escape
from conftest import ACCOUNTS, PASSWORD
from openpyxl import load_workbook
from starlette.routing import Route
from web_client import Client, make_app

from integrity.cli import cli
from integrity.detect.lexicons import load_rules
from integrity.detect.rules import DOC_HEADINGS, DOC_HEADINGS_ZH
from integrity.rating import review
from integrity.rating.profile import default_profile_path
from integrity.store import schema
from integrity.web import permissions

JUDGE, JUDGE2, REGULATOR, ADMIN = (ACCOUNTS[k][0] for k in ("judge", "judge2", "regulator", "admin"))
BOOK = load_rules()
READ_PAGES = ["/candidates", "/candidates/st-dalong", "/queue", "/rules", "/dashboard"]


@pytest.fixture
def app(workbench_db):
    return make_app(workbench_db)


def logged_in(app, who: str, client: str = "testclient") -> Client:
    c = Client(app, client)
    assert c.login(who, PASSWORD).status_code == 303
    return c


def cli_json(*args) -> dict:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def finding_of(db, candidate: str, rule: str) -> str:
    return next(f["id"] for f in review.open_findings(schema.open_db(db), candidate) if f["rule"] == rule)


def score_and_grade(html: str) -> tuple[float, str]:
    score = re.search(r'id="score"[^>]*>([^<]+)<', html).group(1)
    grade = re.search(r'id="grade"[^>]*>([^<]+)<', html).group(1)
    return float(score), grade


# --- Who may see and do what ------------------------------------------------------------------


def test_every_route_declares_what_it_needs(app):
    pages = [route for route in app.routes if isinstance(route, Route)]
    assert all(hasattr(route.endpoint, "action") for route in pages)
    actions = {route.path: route.endpoint.action for route in pages}
    assert set(actions.values()) <= set(permissions.ACTIONS)
    assert {path for path, action in actions.items() if action == "public"} == {
        "/login", "/logout", "/language", "/api/v1/openapi.json"}
    assert {path for path, action in actions.items() if action == "api"} == {"/api/v1/check", "/api/v1/live"}
    assert actions["/findings/{finding_id}/decide"] == "decide"
    assert {actions[p] for p in actions if p.startswith("/admin")} == {"manage"}


@pytest.mark.parametrize("path", [*READ_PAGES, "/admin/users", "/admin/profile", "/dashboard.xlsx"])
def test_anonymous_visitors_are_sent_to_the_login_page(app, path):
    response = Client(app).get(path + "?since=2026-01-01")
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=" + path + "%3Fsince%3D2026-01-01"


@pytest.mark.parametrize("path", ["/candidates.json", "/candidates/st-dalong.json", "/queue.json"])
def test_json_twins_answer_401_without_a_login(app, path):
    response = Client(app).get(path)
    assert response.status_code == 401 and response.json() == {"error": "login required"}


def test_a_regulator_reads_and_exports_but_cannot_decide_even_with_a_forged_post(app, workbench_db):
    c = logged_in(app, REGULATOR)
    for path in READ_PAGES:
        page = c.get(path)
        assert page.status_code == 200, path
        assert 'data-action="confirm"' not in page.text
    assert c.get("/dashboard.xlsx").status_code == 200
    finding = finding_of(workbench_db, "st-dalong", "PRC006")
    forged = c.post(f"/findings/{finding}/decide", {"decision": "dismissed", "reason": "forged", "based_on": ""})
    assert forged.status_code == 403
    assert review.history(schema.open_db(workbench_db)) == []
    assert c.get("/admin/users").status_code == 403


def test_judges_cannot_manage(app):
    c = logged_in(app, JUDGE)
    assert c.get("/admin/users").status_code == 403
    assert c.post("/admin/users/add", {"username": "x", "role": "admin", "password": "12345678"}).status_code == 403


def test_posts_without_the_sessions_csrf_token_are_refused(app, workbench_db):
    c = logged_in(app, JUDGE)
    finding = finding_of(workbench_db, "st-dalong", "PRC006")
    for token in (None, "forged-token"):
        data = {"decision": "confirmed", "based_on": ""} | ({"csrf_token": token} if token else {})
        assert c.post(f"/findings/{finding}/decide", data, csrf=False).status_code == 403
    assert review.history(schema.open_db(workbench_db)) == []
    header = c.http.post(f"/findings/{finding}/decide.json", data={"decision": "confirmed"},
                         headers={"X-CSRF-Token": c.csrf})
    assert header.status_code == 200 and header.json()["decision"]["by"] == JUDGE


def test_the_login_cookie_is_signed_http_only_and_same_site(app):
    c = Client(app)
    c.get("/login")
    response = c.post("/login", {"username": JUDGE, "password": PASSWORD})
    cookie = response.headers["set-cookie"]
    assert "httponly" in cookie.lower() and "samesite=lax" in cookie.lower()
    assert PASSWORD not in cookie
    name, value = cookie.split(";")[0].split("=", 1)
    stranger = Client(app)
    stranger.http.cookies.set(name, value[:-3] + ("AAA" if not value.endswith("AAA") else "BBB"))
    assert stranger.get("/candidates").status_code == 303  # a tampered cookie is no login


def test_pages_send_security_headers(app):
    response = Client(app).get("/login")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY" and response.headers["cache-control"] == "no-store"


def test_login_redirects_only_within_the_site(app):
    c = Client(app)
    c.get("/login")
    response = c.post("/login", {"username": JUDGE, "password": PASSWORD, "next": "//evil.example/x"})
    assert response.headers["location"] == "/"


# --- Logging in, throttled ---------------------------------------------------------------------


def test_wrong_passwords_are_refused_and_then_throttled_per_account(app):
    c = Client(app)
    c.get("/login")
    for _ in range(5):
        assert c.post("/login", {"username": JUDGE, "password": "wrong password"}).status_code == 401
    refused = c.post("/login", {"username": JUDGE, "password": PASSWORD})
    assert refused.status_code == 429 and "15" in refused.text
    assert logged_in(app, JUDGE2, "10.0.0.9")  # another account is not locked


def test_logins_are_throttled_per_client(workbench_db):
    app = make_app(workbench_db, max_client_failures=3)
    c = Client(app, "10.1.1.1")
    c.get("/login")
    for name in ("a", "b", "c"):
        assert c.post("/login", {"username": name, "password": "wrong password"}).status_code == 401
    assert c.post("/login", {"username": JUDGE, "password": PASSWORD}).status_code == 429
    assert logged_in(app, JUDGE, "10.1.1.2")


def test_logging_out_ends_the_session(app):
    c = logged_in(app, JUDGE)
    assert c.post("/logout").headers["location"] == "/login"
    assert c.get("/candidates").status_code == 303


# --- Deciding ---------------------------------------------------------------------------------


def test_a_judge_dismisses_a_finding_as_the_logged_in_account_and_the_score_rises(app, workbench_db):
    c = logged_in(app, JUDGE)
    page = c.get("/candidates/st-dalong")
    before, grade = score_and_grade(page.text)
    finding = finding_of(workbench_db, "st-dalong", "PRC006")
    assert f'data-finding-id="{finding}"' in page.text
    response = c.post(f"/findings/{finding}/decide", {"decision": "dismissed", "reason": "价格属实", "based_on": "",
                                                      "by": "somebody else", "next": "/candidates/st-dalong"})
    assert response.status_code == 303 and response.headers["location"] == f"/candidates/st-dalong#f-{finding}"
    after, _ = score_and_grade(c.get("/candidates/st-dalong").text)
    assert after > before
    [made] = review.history(schema.open_db(workbench_db))
    assert (made.finding_id, made.decision, made.by, made.reason) == (finding, "dismissed", JUDGE, "价格属实")
    assert c.get("/candidates/st-dalong.json").json()["candidate"]["score"] == after


def test_a_dismissal_needs_a_reason(app, workbench_db):
    c = logged_in(app, JUDGE)
    finding = finding_of(workbench_db, "st-dalong", "PRC006")
    response = c.post(f"/findings/{finding}/decide", {"decision": "dismissed", "reason": "  ", "based_on": ""})
    assert response.status_code == 400
    assert review.history(schema.open_db(workbench_db)) == []


def test_the_second_judge_sees_the_first_decision_and_must_confirm_to_supersede_it(app, workbench_db):
    first, second = logged_in(app, JUDGE), logged_in(app, JUDGE2)
    finding = finding_of(workbench_db, "st-ajie", "CFT001")
    both = {"based_on": ""}  # both drew the page before anyone decided
    assert first.post(f"/findings/{finding}/decide", {**both, "decision": "confirmed"}).status_code == 303
    conflict = second.post(f"/findings/{finding}/decide", {**both, "decision": "dismissed", "reason": "口误"})
    assert conflict.status_code == 409
    assert JUDGE in conflict.text and 'name="based_on"' in conflict.text
    db = schema.open_db(workbench_db)
    assert [r.by for r in review.history(db)] == [JUDGE]
    in_force = re.search(r'name="based_on" value="(\d+)"', conflict.text).group(1)
    again = second.post(f"/findings/{finding}/decide", {"based_on": in_force, "decision": "dismissed", "reason": "口误"})
    assert again.status_code == 303
    assert [(r.by, r.state) for r in review.history(db)] == [(JUDGE, "superseded"), (JUDGE2, "in force")]
    card = second.get("/candidates/st-ajie").text
    assert JUDGE in card and "口误" in card  # other judges' decisions are shown


def test_deciding_an_unknown_finding_is_404(app):
    c = logged_in(app, JUDGE)
    assert c.post("/findings/0000000000000000/decide", {"decision": "confirmed"}).status_code == 404


# --- Pages and their JSON twins -----------------------------------------------------------------


def test_the_candidates_twin_is_what_integrity_score_prints(app, workbench_db):
    c = logged_in(app, REGULATOR)
    page = c.get("/candidates.json").json()
    expected = cli_json("score", "--db", workbench_db, "--format", "json")
    assert page["profile"] == expected["profile"] and page["as_of"] == expected["as_of"]
    assert [{k: v for k, v in row.items() if k != "rank"} for row in page["candidates"]] == expected["candidates"]
    html = c.get("/candidates").text
    assert [m for m in re.findall(r'data-candidate-id="([^"]+)"', html)] == [x["candidate_id"] for x in expected["candidates"]]


@pytest.mark.parametrize("query, expected", [
    ("kind=unit", ["shop-ghost", "mcn-good", "shop-north", "mcn-red"]),
    ("grade=E", ["st-ajie", "mcn-red"]),
    ("decision=eligible", ["st-anran", "st-qingfeng", "mcn-good", "st-xiaomei"]),
])
def test_the_ranking_filters(app, query, expected):
    rows = logged_in(app, REGULATOR).get(f"/candidates.json?{query}").json()["candidates"]
    assert [r["candidate_id"] for r in rows] == expected


def test_the_ranking_by_period_is_score_by_period(app, workbench_db):
    page = logged_in(app, REGULATOR).get("/candidates.json?since=2026-11-01&until=2026-11-30").json()
    expected = cli_json("score", "--db", workbench_db, "--format", "json", "--period", "2026-11-01..2026-11-30")
    assert [(c["candidate_id"], c["score"]) for c in page["candidates"]] == \
        [(c["candidate_id"], c["score"]) for c in expected["candidates"]]
    assert logged_in(app, REGULATOR).get("/candidates?since=yesterday").status_code == 400


def test_the_score_card_shows_every_point_lost_with_its_evidence_in_context(app, workbench_db):
    c = logged_in(app, JUDGE)
    card = c.get("/candidates/st-dalong.json").json()
    expected = cli_json("explain", "st-dalong", "--db", workbench_db, "--format", "json")["candidates"][0]
    assert card["candidate"] == {k: v for k, v in expected.items() if k not in ("deductions", "veto_items")}
    finding_points = {d["id"]: d["points"] for d in expected["deductions"] if d["source"] == "finding"}
    assert {f["id"]: f["points"] for f in card["findings"]} == finding_points
    first = card["findings"][0]
    assert first["finding"]["rule"] == "PRC006" and first["finding"]["basis"]
    assert first["context"]["listings"][0]["price_history"]  # the listing's numbers
    assert len(first["context"]["segments"]) >= 3  # the segment and those around it
    html = c.get("/candidates/st-dalong").text
    score, grade = score_and_grade(html)
    assert (score, grade) == (card["candidate"]["score"], card["candidate"]["grade"])
    for f in card["findings"]:
        block = html.split(f'data-finding-id="{f["id"]}"')[1].split("</article>")[0]
        assert 'data-action="confirm"' in block and 'data-action="dismiss"' in block and 'name="reason"' in block
    assert "<mark>" in html and "c-003" in html  # the evidence marked; the complaints listed
    assert c.get("/candidates/nobody").status_code == 404


def test_the_queue_puts_what_matters_most_first(app, workbench_db):
    c = logged_in(app, JUDGE)
    queue = c.get("/queue.json").json()
    assert queue["open"] == queue["total"] == 24
    findings = queue["findings"]
    vetoes = [f["veto"] for f in findings]
    assert vetoes == sorted(vetoes, reverse=True) and vetoes[0]
    stakes = [f["stake"] for f in findings if not f["veto"]]
    assert stakes == sorted(stakes, reverse=True)
    mine = c.get("/queue.json?candidate=st-laozhang").json()
    assert mine["open"] == 9 and {f["finding"]["rule"] for f in mine["findings"]} == {"WRD003", "WRD004"}
    # each finding's rule in the judge's language
    assert {f["rule"]["summary"] for f in mine["findings"]} == {BOOK["WRD003"].summary_zh, BOOK["WRD004"].summary_zh}
    assert f": {escape(BOOK['WRD004'].summary_zh)}</summary>" in c.get("/queue?candidate=st-laozhang").text
    c.post("/language", {"lang": "en", "next": "/queue"})
    assert f": {escape(BOOK['WRD004'].summary)}</summary>" in c.get("/queue?candidate=st-laozhang").text
    assert {f["rule"]["summary"] for f in c.get("/candidates/st-laozhang.json").json()["findings"]} == \
        {BOOK["WRD003"].summary, BOOK["WRD004"].summary}


def test_a_judge_reviews_the_whole_scenario_in_the_queue(app, workbench_db):
    c = logged_in(app, JUDGE)
    decided = 0
    while (queue := c.get("/queue").text) and "data-finding-id=" in queue:
        finding = re.search(r'data-finding-id="([0-9a-f]+)"', queue).group(1)
        response = c.post(f"/findings/{finding}/decide", {"decision": "confirmed", "based_on": "", "next": "/queue"})
        assert response.status_code == 303
        decided += 1
    assert decided == 24 and 'id="queue-empty"' in queue
    scores = cli_json("score", "--db", workbench_db, "--format", "json")
    assert scores["decisions_applied"] == 24
    web = c.get("/candidates.json").json()
    assert [(x["candidate_id"], x["score"]) for x in web["candidates"]] == \
        [(x["candidate_id"], x["score"]) for x in scores["candidates"]]


def test_the_rules_page_gives_each_rules_doc_and_precision(app, workbench_db):
    c = logged_in(app, JUDGE)
    finding = finding_of(workbench_db, "st-ajie", "CFT001")
    c.post(f"/findings/{finding}/decide", {"decision": "dismissed", "reason": "试", "based_on": ""})
    rules = {r["code"]: r for r in c.get("/rules.json").json()["rules"]}
    assert rules["CFT001"]["stats"]["dismissed"] == 1 and rules["CFT001"]["stats"]["findings"] == 4
    wrd003 = BOOK["WRD003"]
    # a judge reads Chinese by default: the rule's own Chinese text, its wrapped lines joined again
    assert rules["WRD003"]["summary"] == wrd003.summary_zh
    assert [s["heading"] for s in rules["WRD003"]["sections"]] == [h[3:] for h in DOC_HEADINGS_ZH.values()]
    what = rules["WRD003"]["sections"][0]["paragraphs"][0]
    assert what.startswith("对普通商品、食品和保健食品宣称治疗")
    assert what == wrd003.doc_zh.split("## 规则说明\n")[1].split("\n\n")[0].replace("\n", "")
    page = c.get("/rules").text
    assert 'id="WRD003"' in page and f"<td>{escape(wrd003.summary_zh)}</td>" in page and "<h3>违规原因</h3>" in page
    assert "What it does" not in page
    # and English when they choose it
    assert c.post("/language", {"lang": "en", "next": "/rules"}).status_code == 303
    rules = {r["code"]: r for r in c.get("/rules.json").json()["rules"]}
    assert rules["WRD003"]["summary"] == wrd003.summary
    assert [s["heading"] for s in rules["WRD003"]["sections"]] == [h[3:] for h in DOC_HEADINGS]
    assert rules["WRD003"]["sections"][0]["paragraphs"][0].startswith("Flags treatment and prevention claims and medical terms for")
    page = c.get("/rules").text
    assert f"<td>{escape(wrd003.summary)}</td>" in page and "<h3>Why is this bad?</h3>" in page and "违规原因" not in page


def test_the_dashboard_shows_the_numbers_of_integrity_summary(app, workbench_db):
    board = logged_in(app, REGULATOR).get("/dashboard.json").json()["dashboard"]
    summary = cli_json("summary", "--db", workbench_db, "--format", "json")
    for key in ("sessions", "segments", "hours", "findings", "by_category", "by_severity", "by_rule",
                "streamers", "units"):
        assert board[key] == summary[key], key
    assert board["complaints"]["total"] == 8 and board["complaints"]["by_status"]["verified"] == 2
    assert sum(sum(counts) for counts in board["over_time"]["series"].values()) == summary["findings"]
    html = logged_in(app, REGULATOR).get("/dashboard").text
    assert f'id="total-findings">{summary["findings"]}<' in html and "echarts.min.js" in html
    for row in summary["by_rule"]:  # what each rule checks, in the reader's language
        assert f'<td class="rule-summary">{escape(BOOK[row["rule"]].summary_zh)}</td>' in html


def test_the_dashboard_by_period_and_its_xlsx_export(app):
    c = logged_in(app, REGULATOR)
    october = c.get("/dashboard.json?since=2026-10-01&until=2026-10-31").json()["dashboard"]
    everything = c.get("/dashboard.json").json()["dashboard"]
    assert 0 < october["sessions"] < everything["sessions"]
    response = c.get("/dashboard.xlsx?since=2026-10-01&until=2026-10-31")
    assert "2026-10-01-2026-10-31.xlsx" in response.headers["content-disposition"]
    book = load_workbook(BytesIO(response.content))
    summary = {row[0]: row[1] for row in book.worksheets[0].iter_rows(values_only=True)}
    assert summary["场次"] == october["sessions"] and summary["问题"] == october["findings"]


def test_static_assets_ship_with_the_package(app):
    c = Client(app)
    assert "echarts" in c.get("/static/vendor/echarts/echarts.min.js").text[:2000].lower()
    assert c.get("/static/vendor/echarts/LICENSE").text.strip().startswith("Apache License")
    assert c.get("/static/workbench.js").status_code == 200


# --- Language -------------------------------------------------------------------------------------


def test_chinese_by_default_english_on_request(app):
    c = Client(app)
    assert "登录" in c.get("/login").text
    response = c.post("/language", {"lang": "en", "next": "/login"})
    assert response.status_code == 303 and response.headers["location"] == "/login"
    page = c.get("/login").text
    assert "Log in" in page and "登录" not in page
    c.login(JUDGE, PASSWORD)
    assert "Review queue" in c.get("/queue").text


# --- Admin ------------------------------------------------------------------------------------------


def test_admins_manage_accounts_and_a_disabled_account_is_logged_out(app, workbench_db):
    admin, judge = logged_in(app, ADMIN), logged_in(app, JUDGE)
    added = admin.post("/admin/users/add", {"username": "新评审", "role": "judge", "password": "a new password"})
    assert added.status_code == 200 and "新评审" in added.text
    assert admin.post("/admin/users/add", {"username": "x", "role": "judge", "password": "short"}).status_code == 400
    assert Client(app).login("新评审", "a new password").status_code == 303
    assert admin.post(f"/admin/users/{JUDGE}/disable").status_code == 200
    assert judge.get("/candidates").status_code == 303  # the session of a disabled account ends
    assert admin.post(f"/admin/users/{ADMIN}/disable").status_code == 400
    users = {u["name"]: u for u in admin.get("/admin/users.json").json()["accounts"]}
    assert not users[JUDGE]["active"] and users[ADMIN]["active"]


def test_a_new_password_ends_the_old_login_sessions(app):
    admin, judge = logged_in(app, ADMIN), logged_in(app, JUDGE2)
    assert admin.post(f"/admin/users/{JUDGE2}/password", {"password": "another password"}).status_code == 200
    assert judge.get("/candidates").status_code == 303
    assert Client(app).login(JUDGE2, "another password").status_code == 303


def test_admins_choose_the_scoring_profile(app, workbench_db):
    admin = logged_in(app, ADMIN)
    before = admin.get("/candidates.json").json()
    text = default_profile_path().read_text("utf-8")
    bad = admin.post("/admin/profile", {"toml": text.replace("scale = 1000", "scale = -1"), "source": "bad.toml"})
    assert bad.status_code == 400 and "scale" in bad.text
    strict = text.replace('name = "default"', 'name = "strict"').replace("undecided = 0.8", "undecided = 1.0")
    assert admin.post("/admin/profile", {"toml": strict, "source": "strict.toml"}).status_code == 303
    after = admin.get("/candidates.json").json()
    assert after["profile"]["name"] == "strict" and after["profile"]["sha256"] != before["profile"]["sha256"]
    dalong = [c["score"] for c in (before, after) for c in c["candidates"] if c["candidate_id"] == "st-dalong"]
    assert dalong[1] < dalong[0]  # unreviewed findings now count in full
    choices = admin.get("/admin/profile.json").json()
    assert choices["current"]["chosen_by"] == ADMIN and choices["current"]["source"] == "strict.toml"
    assert admin.post("/admin/profile", {"default": "1"}).status_code == 303
    assert admin.get("/candidates.json").json()["profile"] == before["profile"]


def test_the_workbench_signs_decisions_and_refuses_a_record_that_does_not_verify(workbench_db):
    import getpass
    import sqlite3

    c = logged_in(make_app(workbench_db), JUDGE)
    finding = review.open_findings(schema.open_db(workbench_db))[0]["id"]
    decided = c.post(f"/findings/{finding}/decide.json", {"decision": "confirmed"},
                     headers={"X-CSRF-Token": c.csrf})
    assert decided.status_code == 200 and decided.json()["decision"]["os_user"] == getpass.getuser()
    assert CliRunner().invoke(cli, ["verify", "--db", str(workbench_db)]).exit_code == 0
    with sqlite3.connect(workbench_db) as conn:  # an attacker drops the triggers and edits the decision
        conn.execute("DROP TRIGGER reviews_no_update")
        conn.execute("UPDATE reviews SET decision = 'dismissed'")
    fresh = logged_in(make_app(workbench_db), JUDGE)  # a server started on the edited database
    for page in ("/candidates", "/candidates/st-dalong", "/queue"):
        refused = fresh.get(page)
        assert refused.status_code == 503 and "reviews row 1: does not match its hash" in refused.text
    other = review.open_findings(schema.open_db(workbench_db))[0]["id"]
    assert fresh.post(f"/findings/{other}/decide.json", {"decision": "confirmed"},
                      headers={"X-CSRF-Token": fresh.csrf}).status_code == 503
    assert [r.decision for r in review.history(schema.open_db(workbench_db))] == ["dismissed"]


def test_the_workbench_without_a_decision_key_decides_nothing(workbench_db):
    c = logged_in(make_app(workbench_db, decision_key=None), JUDGE)
    page = c.get("/candidates")  # the complaints' statuses are on the record: it cannot be verified
    assert page.status_code == 503 and "no decision key" in page.text
    finding = review.open_findings(schema.open_db(workbench_db))[0]["id"]
    refused = c.post(f"/findings/{finding}/decide.json", {"decision": "confirmed"}, headers={"X-CSRF-Token": c.csrf})
    assert refused.status_code == 503 and "no decision key" in refused.json()["error"]
    assert review.history(schema.open_db(workbench_db)) == []


def test_a_running_workbench_stops_showing_scores_once_the_record_is_edited(workbench_db):
    import sqlite3

    c = logged_in(make_app(workbench_db), JUDGE)
    finding = review.open_findings(schema.open_db(workbench_db))[0]["id"]
    assert c.post(f"/findings/{finding}/decide.json", {"decision": "confirmed"},
                  headers={"X-CSRF-Token": c.csrf}).status_code == 200
    assert c.get("/candidates").status_code == 200  # scored, and kept for the next request
    with sqlite3.connect(workbench_db) as conn:  # edited while the server runs
        conn.execute("DROP TRIGGER reviews_no_update")
        conn.execute("UPDATE reviews SET decision = 'dismissed'")
    for page in ("/candidates", "/candidates.json", "/queue"):
        refused = c.get(page)
        assert refused.status_code == 503 and "reviews row 1: does not match its hash" in refused.text, page
