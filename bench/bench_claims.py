"""Claim clustering inside one big story: time to cluster 1,000 to 16,000 sentences into claims.

    .venv/bin/python bench/bench_claims.py [--sizes 1000 4000 16000] [--seed 7]

The sentences are generated here (no spaCy run: the benchmark times the claim stage alone,
`storyline.assemble.claims.cluster_claims`, over one story, the worst case: a story is where its
candidates are compared). Each generated claim has its own words, an actor and often a figure;
each sentence takes some words from its claim and the rest from the story's vocabulary, the
common words every sentence of a big story shares ("flu", "cases", "Mexico"), and comes from one of
fifty outlets. Printed: seconds, sentences per second, claims found against claims generated, the
share of same-claim pairs joined and of joined pairs that are right, and the time per sentence
relative to the smallest size; a ratio near 1.0 means the cost grows linearly.
"""
from __future__ import annotations

import argparse
import random
from collections import Counter
from itertools import combinations

from storyline.assemble.claims import Candidate, cluster_claims, figures_in
from storyline.assemble.textsim import phrase_counts

from scaling import made_up_word, measure

CLAIM_SIZE = 4  # sentences per generated claim, on average
STORY_WORDS = 400  # the story's own vocabulary, shared by its claims
COMMON_WORDS = 12  # words nearly every sentence of the story has


def sentences(size: int, seed: int) -> tuple[list[Candidate], list[int]]:
    """`size` candidate sentences of one story, and the claim each was generated from."""
    rng = random.Random(seed)
    story = [made_up_word(rng) for _ in range(STORY_WORDS)]
    common = story[:COMMON_WORDS]
    claims = [([made_up_word(rng) for _ in range(6)], f"actor{rng.randrange(size // 20 + 1)}",
               str(rng.randint(2, 500)) if rng.random() < 0.4 else "")
              for _ in range(max(1, size // CLAIM_SIZE))]
    out, truth = [], []
    for n in range(size):
        number = rng.randrange(len(claims))
        own, actor, figure = claims[number]
        tokens = (rng.sample(own, rng.randint(4, 6)) + rng.sample(common, 3)
                  + [rng.choice(story) for _ in range(rng.randint(2, 6))])
        rng.shuffle(tokens)
        text = " ".join(tokens + ([figure] if figure else [])) + "."
        outlet = f"outlet{rng.randrange(50)}"
        out.append(Candidate(f"d{n}", 0, len(text), text, outlet, outlet, (f"d{n}", 0), "2023-06-24", False,
                             phrase_counts(tokens), {actor}, [], True, frozenset(tokens), figures=figures_in(text)))
        truth.append(number)
    return out, truth


def pairs(groups: list[list[int]]) -> set[tuple[int, int]]:
    return {pair for group in groups for pair in combinations(sorted(group), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 16000])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(f"{'sentences':>9} {'seconds':>8} {'per s':>7} {'claims':>7} {'generated':>9} "
          f"{'recall':>7} {'precision':>9} {'per-sentence ratio':>19}")
    for size, (candidates, truth), clusters, seconds, ratio in measure(
            args.sizes, lambda n: sentences(n, args.seed), lambda data: cluster_claims(data[0])):
        position = {id(c): n for n, c in enumerate(candidates)}
        found = pairs([[position[id(m)] for m in cluster.members] for cluster in clusters])
        by_claim: dict[int, list[int]] = {}
        for n, claim in enumerate(truth):
            by_claim.setdefault(claim, []).append(n)
        gold = pairs(list(by_claim.values()))
        right = len(found & gold)
        print(f"{size:>9} {seconds:>8.2f} {size / seconds:>7.0f} {len(clusters):>7} {len(by_claim):>9} "
              f"{right / len(gold) if gold else 0:>7.2f} {right / len(found) if found else 0:>9.2f} {ratio:>19.2f}")


if __name__ == "__main__":
    main()
