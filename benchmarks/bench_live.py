"""Live mode's latency: from a segment read to its findings written, on long sessions.

Two measurements, on sessions of ``--segments`` segments made by make_corpus.py (kept under
``--work``):

1. In one process, on one core: each session replayed through a ``LiveSession`` (listings
   arriving spread over the stream), the time of every ``add_segment``: p50, p99 and max,
   overall and by position in the stream (the cost must not grow with the stream), then the
   time a listing's arrival takes (it rechecks the last segments) and the end of the stream
   (one check of the whole session).
2. Through the server: ``integrity serve`` pinned to one core (CPU 0), and ``--clients``
   WebSocket clients (this process, asyncio, on the other cores) each streaming a session to
   ``/api/v1/live?all=1`` at once. Each first sends ``--preload`` segments as fast as the
   server answers (not measured: it puts the sessions deep into their streams), then one segment
   every ``--interval`` seconds for ``--seconds`` seconds; the latency is from sending a segment
   to receiving its answer. Meanwhile a request for /api/v1/openapi.json every half second shows
   whether the event loop stays responsive. Finally each client asks for the end line.

    python benchmarks/bench_live.py                           # both, 100 clients
    python benchmarks/bench_live.py --in-process-only --sessions 4
    python benchmarks/bench_live.py --clients 100 --interval 1 --seconds 60 --preload 300

Target: p99 <= 50 ms through the server, one core, 100 sessions at once.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

from wsproto import ConnectionType, WSConnection
from wsproto.events import (
    AcceptConnection,
    CloseConnection,
    Message,
    Ping,
    RejectConnection,
    Request,
    TextMessage,
)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def percentiles(values: list[float]) -> str:
    if not values:
        return "no samples"
    ordered = sorted(values)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return (f"n={len(ordered)}  p50 {pick(0.5) * 1e3:.1f} ms  p99 {pick(0.99) * 1e3:.1f} ms  "
            f"max {ordered[-1] * 1e3:.1f} ms")


def corpus(work: Path, segments: int, sessions: int) -> list[dict]:
    """``sessions`` session documents of ``segments`` segments each (made once, kept)."""
    folder = work / f"live-{segments}"
    if not folder.is_dir():
        mb = max(0.3, sessions * segments * 120 / 1e6)
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(folder), "--mb", f"{mb:.2f}",
                        "--segments", str(segments)], check=True, stdout=subprocess.DEVNULL)
    documents = [json.loads(line) for path in sorted(folder.glob("*.jsonl")) for line in path.open(encoding="utf-8")]
    if len(documents) < sessions:
        shutil.rmtree(folder)
        return corpus(work, segments, sessions)
    return documents[:sessions]


def in_process(documents: list[dict]) -> None:
    from integrity.detect.checker import Checker
    from integrity.live.incremental import LiveSession
    from integrity.read.documents import listing_from_dict, session_from_dict

    os.sched_setaffinity(0, {0})
    checker = Checker()
    checker.warm_up()
    per_segment, by_tenth, listing_times, end_times = [], [[] for _ in range(10)], [], []
    for document in documents:
        session = session_from_dict(document, "bench")
        live = LiveSession(checker, session.session_id, date=session.date)
        n = len(session.segments)
        arrivals = {i * n // len(session.listings): listing for i, listing in enumerate(session.listings)}
        for segment in session.segments:
            if segment.index in arrivals:
                started = time.perf_counter()
                live.add_listing(listing_from_dict(document["listings"][session.listings.index(arrivals[segment.index])], "b"))
                listing_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            live.add_segment(segment)
            took = time.perf_counter() - started
            per_segment.append(took)
            by_tenth[segment.index * 10 // n].append(took)
        started = time.perf_counter()
        live.finish()
        end_times.append(time.perf_counter() - started)
    print(f"in one process, one core, {len(documents)} sessions of {len(documents[0]['segments'])} segments")
    print(f"  add_segment            {percentiles(per_segment)}")
    for tenth, times in enumerate(by_tenth):
        print(f"    segments {tenth * 10:>3}-{tenth * 10 + 10:<3}% {percentiles(times)}")
    print(f"  add_listing (catch-up) {percentiles(listing_times)}")
    print(f"  finish (whole session) {percentiles(end_times)}")


class Socket:
    """A WebSocket client on asyncio streams, with wsproto doing the protocol."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self.reader, self.writer = reader, writer
        self.ws = WSConnection(ConnectionType.CLIENT)
        self.pending: list[str] = []
        self.parts: list[str] = []

    @classmethod
    async def connect(cls, port: int, target: str, token: str) -> "Socket":
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        sock = cls(reader, writer)
        writer.write(sock.ws.send(Request(host="127.0.0.1", target=target,
                                          extra_headers=[(b"authorization", f"Bearer {token}".encode())])))
        await writer.drain()
        while True:
            for event in await sock._events():
                if isinstance(event, AcceptConnection):
                    return sock
                if isinstance(event, RejectConnection):
                    raise RuntimeError(f"refused: {event.status_code}")

    async def _events(self) -> list:
        data = await self.reader.read(65536)
        if not data:
            raise ConnectionError("closed")
        self.ws.receive_data(data)
        events = []
        for event in self.ws.events():
            if isinstance(event, Ping):
                self.writer.write(self.ws.send(event.response()))
            elif isinstance(event, TextMessage):
                self.parts.append(event.data)
                if event.message_finished:
                    self.pending.append("".join(self.parts))
                    self.parts = []
            elif isinstance(event, CloseConnection):
                self.pending.append("")
            events.append(event)
        return events

    async def send(self, text: str) -> None:
        self.writer.write(self.ws.send(Message(data=text)))
        await self.writer.drain()

    async def idle(self, seconds: float) -> None:
        """Wait, answering the server's pings meanwhile (it closes a socket that does not)."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                await asyncio.wait_for(self._events(), left)
            except asyncio.TimeoutError:
                return

    async def receive(self) -> str:
        while not self.pending:
            await self._events()
        return self.pending.pop(0)


async def client(port: int, token: str, document: dict, args, latencies: list[float], ends: list[float],
                 start_measuring: float) -> None:
    sock = await Socket.connect(port, f"/api/v1/live?all=1&date={document['date']}&session_id={document['session_id']}",
                                token)
    for listing in document["listings"]:
        await sock.send(json.dumps({"listing": listing}, ensure_ascii=False))
        await sock.receive()
    lines = [json.dumps(segment, ensure_ascii=False) for segment in document["segments"]]
    sent = 0
    for line in lines[:args.preload]:
        await sock.send(line)
        await sock.receive()
        sent += 1
    await sock.idle(max(0.0, start_measuring - time.monotonic()) + random.uniform(0, args.interval))
    deadline = start_measuring + args.seconds
    while time.monotonic() < deadline and sent < len(lines):
        tick = time.monotonic()
        started = time.perf_counter()
        await sock.send(lines[sent])
        await sock.receive()
        latencies.append(time.perf_counter() - started)
        sent += 1
        await sock.idle(max(0.0, tick + args.interval - time.monotonic()))
    started = time.perf_counter()
    await sock.send('{"end": true}')
    await sock.receive()
    ends.append(time.perf_counter() - started)
    sock.writer.close()


async def probe(port: int, until: float, times: list[float]) -> None:
    """GET /api/v1/openapi.json every half second: how long the event loop keeps a request waiting."""
    while time.monotonic() < until:
        started = time.perf_counter()
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GET /api/v1/openapi.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        await writer.drain()
        await reader.read()
        writer.close()
        times.append(time.perf_counter() - started)
        await asyncio.sleep(0.5)


async def through_server(port: int, token: str, documents: list[dict], args) -> None:
    latencies: list[float] = []
    ends: list[float] = []
    probes: list[float] = []
    preload_seconds = args.preload * len(documents) * 0.004 + 20  # generous: the preload must finish first
    start_measuring = time.monotonic() + preload_seconds
    began = time.perf_counter()
    tasks = [client(port, token, document, args, latencies, ends, start_measuring) for document in documents]
    await asyncio.gather(*tasks, probe(port, start_measuring + args.seconds, probes))
    print(f"through the server (one core), {len(documents)} WebSocket clients at once, each "
          f"{args.preload} segments in before measuring, then one segment every {args.interval:g} s "
          f"for {args.seconds:g} s ({time.perf_counter() - began:.0f} s in all)")
    print(f"  segment -> answer      {percentiles(latencies)}")
    print(f"  openapi.json meanwhile {percentiles(probes[len(probes) // 3:])}")
    print(f"  end line (whole check) {percentiles(ends)}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(work: Path) -> tuple[subprocess.Popen, int, str]:
    db = work / "live-bench.db"
    if db.exists():
        db.unlink()
    integrity = [sys.executable, "-m", "integrity"]
    subprocess.run([*integrity, "scan", str(ROOT / "fixtures" / "scenario" / "sessions.jsonl"), "--db", str(db), "-q"],
                   check=True, stdout=subprocess.DEVNULL)
    name = f"bench-{int(time.time())}"
    token = subprocess.run([*integrity, "tokens", "add", name, "--per-minute", "100000", "--db", str(db)],
                           check=True, capture_output=True, text=True).stdout.split()[-1]
    key = work / "web-secret"
    key.write_text(os.urandom(32).hex() + "\n")
    key.chmod(0o600)
    port = free_port()
    server = subprocess.Popen([*integrity, "serve", "--db", str(db), "--port", str(port), "--secret-file", str(key)],
                              preexec_fn=lambda: os.sched_setaffinity(0, {0}), stderr=subprocess.DEVNULL)
    for _ in range(600):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server, port, token
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("bench_live: the server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=HERE / "out", help="where the corpus is kept")
    parser.add_argument("--segments", type=int, default=2000, help="segments per session (default 2000, ~3 hours)")
    parser.add_argument("--sessions", type=int, default=4, help="sessions replayed in one process (default 4)")
    parser.add_argument("--clients", type=int, default=100, help="WebSocket clients at once (default 100)")
    parser.add_argument("--preload", type=int, default=300, help="segments each client sends before measuring")
    parser.add_argument("--interval", type=float, default=1.0, help="seconds between a client's segments")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to measure")
    parser.add_argument("--in-process-only", action="store_true")
    parser.add_argument("--server-only", action="store_true")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    random.seed(7)
    documents = corpus(args.work, args.segments, args.sessions if args.in_process_only else max(args.sessions, args.clients))
    if not args.server_only:
        in_process(documents[:args.sessions])
    if not args.in_process_only:
        server, port, token = serve(args.work)
        try:
            os.sched_setaffinity(0, set(range(1, os.cpu_count() or 2)) or {0})
            asyncio.run(through_server(port, token, documents[:args.clients], args))
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
