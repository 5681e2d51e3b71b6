"""Benchmark the web workbench: how long each page takes at the server, on a database from a
50 MB corpus.

    python benchmarks/bench_web.py [--mb 50] [--work benchmarks/out] [--requests 30]

Writes the corpus with benchmarks/make_corpus.py and scans it into a database (both kept under
--work and reused), adds an account of each role, then requests each page many times through
Starlette's test client (in-process: the server's time, no network) as a logged-in judge,
regulator or admin, and prints per page the median, the 95th percentile and the slowest of
--requests requests, and the first request apart (the score cache is filled then). Then it
times the score card right after a decision (the cache rescores only the candidates touched)
against scoring every candidate again.

Target: every page under 200 ms (median and p95) once the cache is filled.
"""
from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from make_corpus import generate  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402

from integrity.rating import accounts, dataset, review, scoring  # noqa: E402
from integrity.rating.profile import load_profile  # noqa: E402
from integrity.store import schema  # noqa: E402
from integrity.web.app import create_app  # noqa: E402
from integrity.web.settings import Settings  # noqa: E402

TARGET_MS = 200
PASSWORD = "bench password"
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def database(work: Path, mb: int) -> Path:
    corpus, db = work / f"c{mb}", work / f"web{mb}.db"
    if not corpus.exists():
        generate(corpus, mb)
    if not db.exists():
        print(f"scanning {corpus} into {db} ...", flush=True)
        subprocess.run([sys.executable, "-m", "integrity", "scan", str(corpus), "--db", str(db), "-q"], check=True)
    handle = schema.open_db(db)
    for name, role in (("bench-judge", "judge"), ("bench-regulator", "regulator"), ("bench-admin", "admin")):
        if accounts.get(handle, name) is None:
            accounts.add(handle, name, role, PASSWORD)
    return db


def client(app, name: str) -> tuple[TestClient, str]:
    http = TestClient(app, follow_redirects=False)
    token = CSRF_RE.search(http.get("/login").text).group(1)
    assert http.post("/login", data={"username": name, "password": PASSWORD, "csrf_token": token}).status_code == 303
    token = CSRF_RE.search(http.get("/rules").text).group(1)
    return http, token


def timed(http: TestClient, path: str) -> float:
    start = time.perf_counter()
    response = http.get(path)
    elapsed = (time.perf_counter() - start) * 1000
    assert response.status_code == 200, (path, response.status_code)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=50)
    parser.add_argument("--work", type=Path, default=Path("benchmarks/out"))
    parser.add_argument("--requests", type=int, default=30)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    db_path = database(args.work, args.mb)
    db = schema.open_db(db_path)
    counts = db.execute("SELECT (SELECT count(*) FROM sessions), (SELECT count(*) FROM findings), "
                        "(SELECT count(DISTINCT streamer_id) FROM sessions), (SELECT count(DISTINCT unit_id) FROM sessions)"
                        ).fetchone()
    print(f"database {db_path}: {counts[0]:,} sessions, {counts[1]:,} findings, {counts[2]} streamers, {counts[3]} units")
    app = create_app(Settings(db_path, "bench-secret-" + "x" * 40))
    judge, token = client(app, "bench-judge")
    regulator, _ = client(app, "bench-regulator")
    admin, _ = client(app, "bench-admin")
    busiest = db.execute("SELECT unit_id FROM sessions GROUP BY 1 ORDER BY sum(findings) DESC LIMIT 1").fetchone()[0]
    streamer = db.execute("SELECT streamer_id FROM sessions GROUP BY 1 ORDER BY sum(findings) DESC LIMIT 1").fetchone()[0]
    pages = [
        (judge, "/candidates"), (judge, "/candidates.json"), (judge, "/candidates?since=2026-11-01&until=2026-11-30"),
        (judge, f"/candidates/{streamer}"), (judge, f"/candidates/{busiest}?kind=unit"),
        (judge, f"/candidates/{busiest}.json?kind=unit"), (judge, "/queue"), (judge, "/rules"),
        (regulator, "/dashboard"), (regulator, "/dashboard.json"), (regulator, "/dashboard.xlsx"),
        (admin, "/admin/users"), (admin, "/admin/profile"),
    ]
    print(f"\n{'page':58} {'first':>8} {'median':>8} {'p95':>8} {'max':>8}  (ms, {args.requests} requests)")
    worst = 0.0
    for http, path in pages:
        first = timed(http, path)
        times = sorted(timed(http, path) for _ in range(args.requests))
        p95 = times[max(0, round(0.95 * len(times)) - 1)]
        worst = max(worst, p95)
        print(f"{path:58} {first:8.1f} {statistics.median(times):8.1f} {p95:8.1f} {times[-1]:8.1f}")

    scores = app.state.workbench.scores
    full_before = scores.full
    open_ids = [f.finding_id for f in scores.get(db).findings.values()
                if f.review is None and f.session_id in {s.session_id for s in scores.get(db).sessions
                                                          if s.streamer_id == streamer}]
    after = []
    for finding_id in open_ids[:10]:
        response = judge.post(f"/findings/{finding_id}/decide",
                              data={"decision": "dismissed", "reason": "bench", "csrf_token": token, "based_on": ""})
        assert response.status_code == 303, response.status_code
        after.append(timed(judge, f"/candidates/{streamer}"))
    start = time.perf_counter()
    sessions, findings, complaints = dataset.scoring_records(db)
    scoring.score(sessions, findings, complaints, load_profile())
    full = (time.perf_counter() - start) * 1000
    print(f"\nscore card right after a decision (cache rescores the candidates touched): median "
          f"{statistics.median(after):.1f} ms, max {max(after):.1f} ms over {len(after)} decisions; "
          f"full rescores meanwhile: {scores.full - full_before}")
    print(f"reading and scoring every candidate again, for comparison: {full:.1f} ms")
    print(f"\nslowest p95 {worst:.1f} ms: {'within' if worst < TARGET_MS else 'OVER'} the {TARGET_MS} ms target")
    review_count = len(review.history(db))
    print(f"({review_count} decisions now in {db_path}; they stay, as any judge's would)")


if __name__ == "__main__":
    main()
