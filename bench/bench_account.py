"""Benchmark: the cross-document stage's time and memory per report as a collection grows.

`refresh_account` is what every build ends with: it reads every stored report and assembles
entities, stories, claims and the timeline, stores the account and rebuilds the search index.
This script puts `--base` real articles (Timeline17 input documents from ../shared/data) through
the per-document stage once (kept in .bench/account-base.db), then, for each size, fills a
database with them and letter-rotated copies (bench_serve.py's copies: every copy a corpus of
its own, with its own names, words and outlets) and runs `refresh_account` on it in a fresh
process. It prints seconds, peak resident memory above the process's memory before the stage,
memory per report, and time and memory per report relative to the first size (about 1.0: linear).
With `--grow 0.01` it then adds that share of new reports (copies not yet in the database) and
runs the stage again twice: keeping the stories just made (what a later build does) and afresh
(`build --recluster`).

    .venv/bin/python bench/bench_account.py [--sizes 1000 2000 4000] [--base 1000] [--workers 2] [--grow 0.01]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_serve import ROOT, base_reports, copy_of, ensure_db, fill

CHILD = r"""
import json, resource, sys, time
from storyline.export import refresh_account
from storyline.options import Options
from storyline.store import Store
with Store(sys.argv[1]) as store:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    began = time.perf_counter()
    stored = refresh_account(store, Options(), recluster=sys.argv[2:] == ["recluster"])
    seconds = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak - before, "stories": stored["story"],
                      "claims": stored["claim"], "entities": stored["entity"]}))
"""


def base_db(path: Path, base: int, workers: int) -> None:
    from storyline.annotate import process_stream
    from storyline.options import Options
    from storyline.store import Store

    started = time.perf_counter()
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    with Store(str(tmp)) as store:
        store.set_meta({"settings": "{}"})
        for batch in process_stream(base_reports(base), Options(workers=workers)):
            store.add(batch)
    tmp.rename(path)
    print(f"processed {base} real reports in {time.perf_counter() - started:.0f} s (kept in {path})", flush=True)


def filled(target: Path, base: Path, size: int) -> None:
    from storyline.store import Store

    with Store(str(base), readonly=True) as source:
        docs = list(source.documents())
    with Store(str(target)) as store:
        fill(store, docs, size)


def grown(target: Path, base: Path, size: int, share: float) -> int:
    """Add `share` of `size` new reports: copies under a rotation no copy in the database has."""
    from storyline.store import Store

    with Store(str(base), readonly=True) as source:
        docs = list(source.documents())
    extra = max(1, int(size * share))
    with Store(str(target)) as store:
        rotation = size // len(docs) + 1
        while extra > 0:
            added = store.add(copy_of(d, rotation) for d in docs[:extra])
            extra -= added
            rotation += 1
    return max(1, int(size * share))


def _stage(db: Path, *flags: str) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(db), *flags], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000])
    parser.add_argument("--base", type=int, default=1000, help="real reports; copies make up the rest")
    parser.add_argument("--workers", type=int, default=2, help="processes for the real reports' stage")
    parser.add_argument("--db", default=str(ROOT / ".bench" / "account-base.db"))
    parser.add_argument("--grow", type=float, default=0.0, help="then add this share of new reports (0.01: 1%%)")
    args = parser.parse_args()
    base = Path(args.db)
    if not ensure_db(base, "bench_account", lambda path: base_db(path, args.base, args.workers)):
        return 1
    first = None
    print(f"{'reports':>8} {'seconds':>8} {'peak MB':>8} {'KB/report':>10} {'time/report':>12} {'memory/report':>14}"
          f"  stories / claims / entities")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "account.db"
            filled(db, base, size)
            result = _stage(db)
            if args.grow:
                added = grown(db, base, size, args.grow)
                kept, afresh = _stage(db), _stage(db, "recluster")
        per_report = result["peak_mb"] * 1024 / size
        first = first or (result["seconds"] / size, per_report)
        memory_ratio = f"{per_report / first[1]:.2f}" if first[1] > 0 else "-"  # a small first size can fit in memory already reserved
        print(f"{size:>8} {result['seconds']:>8.1f} {result['peak_mb']:>8.0f} {per_report:>10.1f} "
              f"{result['seconds'] / size / first[0]:>12.2f} {memory_ratio:>14}  "
              f"{result['stories']} / {result['claims']} / {result['entities']}", flush=True)
        if args.grow:
            print(f"{'':>8} then {added} more reports: {kept['seconds']:.1f} s keeping the stories "
                  f"({kept['stories']} stories), {afresh['seconds']:.1f} s afresh ({afresh['stories']})", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
