"""What each named exemption settles: an ablation over labelled data.

For every segment of the data sets, every lexicon hit is tested against every exemption its
entry names. An exemption *settles* a segment for a category when it is the only exemption
clearing some hit of that category there and no finding of that category fires there anyway:
without it, the segment would be flagged. Settled segments are counted by their label:

* ``hides``: the category is labelled there: the exemption hides a real claim (a miss);
* ``keeps``: the category is not labelled (nor also-ok): the exemption keeps a false alarm away;
* also-ok segments count neither way.

The annotated fixtures (``fixtures/rules/``) are counted apart: an exemption that settles
nothing outside its own fixture lines earns no place. Rules only, no model.

    python benchmarks/ablate_exemptions.py
    python benchmarks/ablate_exemptions.py --data real-dev=../shared/eval/real-dev.jsonl --data ours=models/data/test.jsonl
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from integrity.detect.checker import Checker
from integrity.read.documents import session_from_dict
from integrity.read.sessions import read_sessions

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = {
    "real-dev": ROOT.parent / "shared" / "eval" / "real-dev.jsonl",
    "dev": ROOT.parent / "shared" / "eval" / "dev.jsonl",
    "challenge": ROOT / "models" / "data" / "challenge.jsonl",
}


def fixture_sessions() -> list:
    sessions = []
    for path in sorted((ROOT / "fixtures" / "rules").glob("*.txt")):
        lines = [line.strip() for line in path.read_text("utf-8").splitlines() if line.strip() and not line.startswith("#")]
        sessions.append(session_from_dict({"session_id": path.stem, "segments": [{"text": t} for t in lines]}, str(path)))
    for path in sorted((ROOT / "fixtures" / "rules").glob("*.json")):
        sessions.append(session_from_dict(json.loads(path.read_text("utf-8")), str(path)))
    return sessions


def settled(checker: Checker, sessions: list) -> dict[str, dict[str, int]]:
    """Per exemption, how many segments it settles: {"hides": n, "keeps": n, "lines": n}."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"hides": 0, "keeps": 0, "lines": 0})
    lexicon = checker.lexicon
    for session in sessions:
        texts = [checker.text(s.text) for s in session.segments]
        findings = checker.check_texts(session, texts, use_model=False)
        flagged = {(f.segment, f.category) for f in findings if f.segment is not None}
        for segment, text in zip(session.segments, texts):
            by_exemption: dict[str, set[str]] = defaultdict(set)
            for hit in text.matched_hits():
                category = lexicon.rules[hit.entry.rule].category
                if (segment.index, category) in flagged:
                    continue
                applying = [e.name for e in hit.entry.exemptions if e.test(hit, text, lexicon)]
                if len(applying) == 1:
                    by_exemption[applying[0]].add(category)
            for name, categories in by_exemption.items():
                counts[name]["lines"] += 1
                for category in categories:
                    if category in segment.labels:
                        counts[name]["hides"] += 1
                    elif category not in segment.also_ok:
                        counts[name]["keeps"] += 1
    return counts


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", action="append", default=[], metavar="NAME=PATH",
                        help="a labelled data set (repeatable; default: real-dev, dev and the challenge set)")
    args = parser.parse_args(argv)
    data = dict(item.split("=", 1) for item in args.data) if args.data else {k: str(v) for k, v in DEFAULT_DATA.items()}
    checker = Checker(model=False)
    results = {}
    for name, path in data.items():
        if not Path(path).is_file():
            print(f"skipping {name}: no file {path}", file=sys.stderr)
            continue
        results[name] = settled(checker, [s for s in read_sessions(path) if not isinstance(s, Exception)])
    results["fixtures"] = settled(checker, fixture_sessions())
    names = sorted(checker.lexicon.exemptions)
    header = ["exemption", "kind"] + [f"{n} hides/keeps" for n in results if n != "fixtures"] + ["fixture lines"]
    print("\t".join(header))
    for name in names:
        kind = "look-alike" if checker.lexicon.exemptions[name].lookalike else "context"
        cells = [f"{results[n][name]['hides']}/{results[n][name]['keeps']}" for n in results if n != "fixtures"]
        print("\t".join([name, kind, *cells, str(results["fixtures"][name]["lines"])]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
