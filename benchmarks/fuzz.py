"""Fuzz the readers and the checker: generated inputs in, crashes counted (the target is 0).

Generates --count inputs (default 100,000) from a seed: plain transcripts (.txt, .srt, .vtt and
standard input) and session documents (.json, .jsonl) and listings files (.csv, .json), built
from random unicode, control characters, emoji, bidirectional marks, the checker's own cue words
(原价, 专柜价, 全网最低价...), huge numbers (309 nines, 10^400, 1e308), numbers in Chinese,
odd dates (year 1, year 9999, 02-30), odd subtitle times (thousands of digits), negative and
non-finite prices, wrong types, deep nesting, broken JSON, byte-order marks, invalid UTF-8 and
NUL bytes. Each input is written to a file (or given as standard input) and read with the
readers; every session read is checked with the checker (rules and model, as `integrity check`
runs them, or --no-model).

A crash is any exception other than the readers' ``InputError`` (a clear one-line error is the
right answer to bad input), and any exception from ``Checker.check``; a finding whose span does
not index its segment's text (evidence == text[span]) counts as one too. It prints how many
inputs, sessions and findings there were, the crashes grouped by exception and place, one
example input of each, and exits 1 if there was any crash.
"""
from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import os
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

from integrity.detect.checker import Checker
from integrity.read.listings import read_listings
from integrity.read.model import InputError
from integrity.read.sessions import read_sessions

CUES = ["原价", "专柜价", "今天只要", "全网最低价", "到手价", "打", "折", "立减", "仅剩", "最后", "限时", "明天涨",
        "一号链接", "高仿", "A货", "正品", "LV", "Dysen", "喝了能降血压", "根治", "国家级", "最好", "第一",
        "刚才口误", "不是", "元", "块", "毛", "件", "单", "万", "亿", "多", "几", "左右", "到", "-", "%", "百分之"]
NUMBERS = ["99", "0", "-3", "1e308", "9" * 309, "1" + "0" * 400, "九" * 309, "一亿亿亿亿", "九十九", "两千八百八",
           "1,299.00", "３９９", "0.0001", "NaN", "Infinity", "几十万", "三位数", "十七八", "1.9万", "幺九九"]
ODD = ["\x00", "\x1b[2J", "\x07", "\u202e", "\u200b", "\ufeff", "\r", "\r\n", "\t", "\ud7ff", "🔥", "👍🏻", "\U0010ffff",
       "ﷺ", "ก", "Ж", "\u0301", " ", "，", "。", "！", "：", "、", "\\", "\"", "{", "}", "[", "]", "<b>", "&amp;", "-->"]
DATES = ["0001-01-01", "0001-01-05", "9999-12-31", "2026-02-30", "2026-11-20", "20261120", "2026-1-2", "", "昨天"]
ALPHABET = [chr(c) for c in (*range(0x20, 0x7f), *range(0x4e00, 0x4e80), *range(0x3000, 0x3010), 0xff10, 0xff19)]


class Generator:
    def __init__(self, rng: random.Random):
        self.rng = rng

    def text(self, limit: int = 80) -> str:
        rng, parts = self.rng, []
        for _ in range(rng.randint(0, 12)):
            kind = rng.random()
            if kind < 0.3:
                parts.append(rng.choice(CUES))
            elif kind < 0.5:
                parts.append(rng.choice(NUMBERS))
            elif kind < 0.65:
                parts.append(rng.choice(ODD))
            elif kind < 0.8:
                parts.append("".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 8))))
            elif kind < 0.97:
                parts.append("".join(chr(rng.randint(1, 0x10FFFF)) for _ in range(rng.randint(1, 4))))
            else:
                parts.append(rng.choice(CUES + NUMBERS) * rng.randint(50, 1500))  # long, repetitive
        text = "".join(parts)
        return text if len(text) < 6000 else text[:6000]

    def number(self):
        rng = self.rng
        return rng.choice([rng.randint(-10, 10**6), rng.random() * 1000, -rng.random(), 10**rng.randint(15, 400),
                           1e308, float("nan"), float("inf"), rng.choice(NUMBERS), True, None, [], {}])

    def price(self):
        return round(self.rng.random() * 2000, self.rng.choice([0, 1, 2]))

    def odd(self):
        """A value of any type that a field should not hold, or an edge it should."""
        rng = self.rng
        return rng.choice([self.number, self.value, lambda: rng.choice(DATES), lambda: self.text(20),
                           lambda: None, lambda: -rng.random() * 100])()

    def value(self, depth: int = 0):
        rng = self.rng
        kinds = ["text", "number", "date"] + (["list", "object"] if depth < 4 else [])
        kind = rng.choice(kinds)
        if kind == "text":
            return self.text(30)
        if kind == "number":
            return self.number()
        if kind == "date":
            return rng.choice(DATES)
        if kind == "list":
            return [self.value(depth + 1) for _ in range(rng.randint(0, 3))]
        return {self.text(8): self.value(depth + 1) for _ in range(rng.randint(0, 3))}

    def listing(self) -> dict:
        rng = self.rng
        listing = {"listing_id": f"p-{rng.randint(1, 3)}",
                   "title": rng.choice(["羊绒围巾", "LV 高仿包", "戴森吹风机", "降压茶"]) + self.text(10),
                   "brand": rng.choice(["LV", "鄂尔多斯", "Dysen", "戴森", None]),
                   "price": self.price(), "list_price": rng.choice([None, self.price()]),
                   "stock": rng.randint(0, 1000),
                   "price_history": [{"date": f"2026-11-{rng.randint(1, 20):02d}", "price": self.price()}
                                     for _ in range(rng.randint(0, 4))]}
        if rng.random() < 0.1:
            listing["list_price_basis"] = "msrp"
        return listing

    def session(self) -> dict:
        """A session document, half of them with one field made odd (or an extra key)."""
        rng = self.rng
        document = {
            "session_id": f"s-{rng.randint(0, 99)}", "streamer_id": "st-1", "unit_id": "mcn-1",
            "date": rng.choice(["2026-11-20", "2026-11-21", "0001-01-03", "9999-12-31"]), "platform": "douyin",
            "segments": [{"text": self.text(), "start": rng.random() * 3600, "end": rng.random() * 3600}
                         for _ in range(rng.randint(0, 6))],
            "listings": [self.listing() for _ in range(rng.randint(0, 3))],
        }
        if rng.random() < 0.5:
            self.mutate(document)
        return document

    def mutate(self, document: dict) -> None:
        """Make one field odd: of the session, a segment, a listing or a price point."""
        rng = self.rng
        targets: list[dict] = [document, *document["segments"], *document["listings"],
                               *(p for listing in document["listings"] for p in listing["price_history"])]
        target = rng.choice(targets)
        key = rng.choice([*target, self.text(6)])
        target[key] = self.odd()
    def timestamp(self) -> str:
        rng = self.rng
        hours = rng.choice(["00", "1", "9" * rng.randint(3, 5000), "", "-1"])
        return f"{hours}:{rng.randint(0, 99):02d}:{rng.randint(0, 99):02d}{rng.choice([',000', '.5', '', ',1234'])}"

    def subtitles(self, vtt: bool) -> str:
        rng = self.rng
        blocks = ["WEBVTT"] if vtt and rng.random() < 0.9 else []
        for number in range(rng.randint(0, 6)):
            timing = f"{self.timestamp()} --> {self.timestamp()}" if rng.random() < 0.9 else self.text(20)
            lines = [str(number + 1)] if rng.random() < 0.7 else []
            blocks.append("\n".join([*lines, timing, *(self.text(40) for _ in range(rng.randint(0, 3)))]))
        return "\n\n".join(blocks) + "\n"

    def dumps(self, document) -> str:
        text = json.dumps(document, ensure_ascii=self.rng.random() < 0.3, allow_nan=True)
        if self.rng.random() < 0.04:
            text = text[:self.rng.randint(0, len(text))]  # broken JSON
        return text

    def encode(self, text: str) -> bytes:
        rng = self.rng
        data = text.encode("utf-8", "surrogatepass")
        roll = rng.random()
        if roll < 0.05:
            data = b"\xef\xbb\xbf" + data
        elif roll < 0.08:
            data = text.encode("utf-16", "surrogatepass")
        elif roll < 0.12:
            data = text.encode("gb18030", "replace")
        elif roll < 0.14 and data:
            cut = rng.randrange(len(data))
            data = data[:cut] + bytes([rng.choice([0xff, 0xc3, 0x80, 0x00])]) + data[cut:]
        return data

    def case(self) -> tuple[str, bytes]:
        """A suffix (or "-" for standard input, "listings.csv"/"listings.json") and the bytes."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.25:
            return ".txt", self.encode("\n".join(self.text() for _ in range(rng.randint(0, 5))))
        if roll < 0.35:
            return ".srt", self.encode(self.subtitles(False))
        if roll < 0.42:
            return ".vtt", self.encode(self.subtitles(True))
        if roll < 0.52:
            sessions = [self.session() for _ in range(rng.randint(1, 2))]
            return ".json", self.encode(self.dumps(sessions if len(sessions) > 1 else sessions[0]))
        if roll < 0.82:
            lines = [self.dumps(self.session()) for _ in range(rng.randint(1, 4))]
            return ".jsonl", self.encode("\n".join(lines) + "\n")
        if roll < 0.9:
            return "-", self.encode(rng.choice([self.text(), self.dumps(self.session()), self.subtitles(False)]))
        if roll < 0.95:
            rows = ["listing_id,title,price,list_price,stock,price_history"] + [
                ",".join(str(rng.choice([self.number(), self.text(6)])) for _ in range(6)) for _ in range(3)]
            return "listings.csv", self.encode("\n".join(rows) + "\n")
        return "listings.json", self.encode(self.dumps([self.listing() for _ in range(rng.randint(0, 3))]))


_checker: Checker | None = None


def _init(model: bool) -> None:
    global _checker
    _checker = Checker(model=model)


def _where(exc: BaseException) -> str:
    frame = traceback.extract_tb(exc.__traceback__)[-1]
    return f"{type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno} ({frame.name})"


def run_batch(args: tuple[int, int, int, str]) -> tuple[Counter, dict[str, str], Counter]:
    """Generate and run inputs ``start`` to ``stop`` of the seed's sequence."""
    seed, start, stop, work = args
    assert _checker is not None
    crashes: Counter = Counter()
    examples: dict[str, str] = {}
    counts: Counter = Counter()
    for number in range(start, stop):
        rng = random.Random(f"{seed}:{number}")
        suffix, data = Generator(rng).case()
        counts["inputs"] += 1
        path = os.path.join(work, f"{os.getpid()}-{'in' + suffix if suffix.startswith('.') else suffix}")
        try:
            if suffix == "-":
                items = list(read_sessions("-", stdin=io.BytesIO(data)))
            else:
                with open(path, "wb") as file:
                    file.write(data)
                if suffix.startswith("listings"):
                    counts["bad input"] += len(read_listings(path)[1])
                    continue
                items = list(read_sessions(path))
        except Exception as exc:  # a reader that raises anything but InputError
            key = "reader: " + _where(exc)
            crashes[key] += 1
            examples.setdefault(key, repr(data[:300]))
            continue
        for item in items:
            if isinstance(item, InputError):
                counts["bad input"] += 1
                if "\n" in str(item):
                    crashes["reader: an error message of more than one line"] += 1
                continue
            counts["sessions"] += 1
            try:
                findings = _checker.check(item)
            except Exception as exc:
                key = "checker: " + _where(exc)
                crashes[key] += 1
                examples.setdefault(key, repr(data[:300]))
                continue
            counts["findings"] += len(findings)
            for finding in findings:
                if finding.segment is not None and finding.span is not None:
                    text = item.segments[finding.segment].text
                    if text[finding.span[0]:finding.span[1]] != finding.evidence or finding.span[1] > len(text):
                        key = f"checker: {finding.rule} evidence is not text[span]"
                        crashes[key] += 1
                        examples.setdefault(key, repr(data[:300]))
    return crashes, examples, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="Example: python benchmarks/fuzz.py --count 100000 --jobs 2")
    parser.add_argument("--count", type=int, default=100_000, help="inputs to generate (default 100,000)")
    parser.add_argument("--seed", type=int, default=14, help="seed (default 14): the same seed, the same inputs")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes (default: the CPUs)")
    parser.add_argument("--no-model", action="store_true", help="rules only, as `check --no-model`")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    crashes: Counter = Counter()
    examples: dict[str, str] = {}
    counts: Counter = Counter()
    step = 500
    with tempfile.TemporaryDirectory(prefix="integrity-fuzz-") as work:
        batches = [(args.seed, start, min(start + step, args.count), work) for start in range(0, args.count, step)]
        with multiprocessing.get_context("fork").Pool(args.jobs, _init, (not args.no_model,)) as pool:
            for found, shown, seen in pool.imap_unordered(run_batch, batches):
                crashes.update(found)
                counts.update(seen)
                for key, example in shown.items():
                    examples.setdefault(key, example)
    print(f"{counts['inputs']:,} inputs (seed {args.seed}, {'rules only' if args.no_model else 'rules and model'}) "
          f"in {time.perf_counter() - started:,.0f} s: {counts['sessions']:,} sessions checked, "
          f"{counts['findings']:,} findings, {counts['bad input']:,} bad-input errors (one line each)")
    for key, count in crashes.most_common():
        print(f"  {count:6,}  {key}\n          e.g. {examples.get(key, '')[:200]}")
    total = sum(crashes.values())
    print(f"crashes: {total}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
