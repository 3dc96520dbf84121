"""Benchmark: Storyline's stories against TF-IDF k-means told the number of stories, on ECB+.

Issue 6 sets its bar against "TF-IDF k-means told the number" (pairwise F1 against the gold
sub-topics). This runs that peer and Storyline on the same documents in one run: all topics of the
folder pooled, then repeated draws of ten topics (the size of ECB+'s held-out part), since how hard
a draw is depends on which look-alike events it holds. The peer is scikit-learn's TfidfVectorizer
(English stop words, raw or sublinear term frequency) and KMeans (n_init 10) given the gold number
of sub-topics; it runs in its own virtual environment (.bench/sklearn, created on first use).
Storyline is given no number. Parsing the folder takes a few minutes.

    .venv/bin/python bench/bench_stories_peer.py [FOLDER] [--draws 12] [--seed 1]
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

from storyline.evaluate.clusters import compare
from storyline.evaluate.stories import parse_corpus, score, topic_of
from storyline.options import Options

from peers import SHARED, peer_python


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(SHARED / "data" / "ecbplus" / "ECB+"))
    parser.add_argument("--draws", type=int, default=12, help="random draws of ten topics")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(f"parsing {args.folder} ...", file=sys.stderr)
    docs, gold = parse_corpus(args.folder)
    topics = sorted({topic_of(g) for g in gold.values()}, key=lambda t: int(t) if t.isdigit() else 0)
    rng = random.Random(args.seed)
    draws = [("all topics", set(topics))] + [
        (f"draw {n + 1}", set(rng.sample(topics, min(10, len(topics))))) for n in range(args.draws)]

    subsets, jobs = [], []
    for name, chosen in draws:
        part = [d for d in docs if topic_of(gold[d.path]) in chosen]
        part_gold = {d.path: gold[d.path] for d in part}
        subsets.append((name, chosen, part, part_gold))
        for sublinear in (False, True):
            jobs.append({"texts": [d.text for d in part], "k": len(set(part_gold.values())), "sublinear": sublinear})
    run = subprocess.run([str(peer_python("sklearn", "scikit-learn==1.9.1")), str(Path(__file__).with_name("kmeans_runner.py"))],
                         input=json.dumps(jobs), capture_output=True, text=True, check=True)
    labels = iter(json.loads(run.stdout))

    print(f"pairwise F1 against ECB+ gold sub-topics ({args.folder})")
    print(f"{'':12}{'docs':>6}{'k-means tf':>12}{'k-means log-tf':>16}{'Storyline':>11}  topics")
    totals = [0.0, 0.0, 0.0]
    for name, chosen, part, part_gold in subsets:
        row = []
        for _ in (False, True):
            system = {d.path: n for d, n in zip(part, next(labels))}
            row.append(compare(part_gold, system)["pairwise_f1"])
        row.append(score(part, part_gold, Options())["pairwise_f1"])
        if name != "all topics":
            totals = [t + r for t, r in zip(totals, row)]
        print(f"{name:12}{len(part):>6}{row[0]:>12.3f}{row[1]:>16.3f}{row[2]:>11.3f}  "
              + ",".join(sorted(chosen, key=lambda t: int(t) if t.isdigit() else 0)))
    if args.draws:
        mean = [t / args.draws for t in totals]
        print(f"{'mean draw':12}{'':>6}{mean[0]:>12.3f}{mean[1]:>16.3f}{mean[2]:>11.3f}")


if __name__ == "__main__":
    main()
