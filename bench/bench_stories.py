"""Story clustering at scale: time to cluster 1,000 and 10,000 reports into stories.

    .venv/bin/python bench/bench_stories.py [--sizes 1000 10000] [--seed 7]

The reports are generated here (no spaCy run: the benchmark times the story stage alone,
`storyline.assemble.stories.cluster_units`, with its single pass, split test and second look).
Each story has its own words, actors and days; each report takes most of its words from its story
and the rest from a vocabulary every story shares, over a calendar that grows with the collection
(a larger collection covers more days and more stories), and one report in twenty is a syndicated
copy of another. Printed: seconds, reports per second, stories found against stories generated,
and the time per report relative to the smallest size; a ratio near 1.0 means the cost grows
linearly with the number of reports.
"""
from __future__ import annotations

import argparse
import random
from collections import Counter
from datetime import date, timedelta

from storyline.assemble.shingles import fingerprint
from storyline.assemble.stories import cluster_units
from storyline.assemble.units import Unit
from storyline.options import Options

from scaling import made_up_word, measure

STORY_SIZE = 12  # reports per story on average
SHARED_WORDS = 3000


def corpus(reports: int, seed: int) -> tuple[list[Unit], int]:
    rng = random.Random(seed)
    shared = [made_up_word(rng) for _ in range(SHARED_WORDS)]
    stories = max(1, reports // STORY_SIZE)
    start = date(2023, 1, 1)
    span = max(30, stories // 2)  # days the collection covers: about two new stories a day
    plans = [([made_up_word(rng) for _ in range(40)], [f"#e{n}_{k}" for k in range(4)], start + timedelta(rng.randrange(span)))
             for n in range(stories)]
    units: list[Unit] = []
    for n in range(reports):
        if units and rng.random() < 0.05:  # a syndicated copy of an earlier report
            original = rng.choice(units)
            copy = Unit(f"d{n}", 0, [(0, 1)], "wire", original.published, None, Counter(original.counts),
                        shingles=original.shingles, order=n)
            units.append(copy)
            continue
        words, actors, day = rng.choice(plans)
        tokens = [rng.choice(words) if rng.random() < 0.4 else rng.choice(shared) for _ in range(rng.randint(150, 400))]
        counts = Counter(tokens)
        counts.update({a: rng.randint(1, 4) for a in actors if rng.random() < 0.7})
        published = (day + timedelta(rng.randint(0, 3))).isoformat()
        units.append(Unit(f"d{n}", 0, [(0, 1)], f"outlet{rng.randrange(50)}", published, None, counts,
                          shingles=fingerprint(tokens), order=n))
    return units, stories


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    options = Options()
    print(f"{'reports':>8} {'seconds':>8} {'reports/s':>10} {'stories':>8} {'generated':>9} {'per-report ratio':>17}")

    def stage(data):
        return cluster_units(data[0], threshold=options.story_threshold, window_days=options.story_window_days)

    for size, (_, generated), clustering, seconds, ratio in measure(args.sizes, lambda n: corpus(n, args.seed), stage):
        print(f"{size:>8} {seconds:>8.2f} {size / seconds:>10.0f} {len(clustering.clusters):>8} {generated:>9} {ratio:>17.2f}")


if __name__ == "__main__":
    main()
