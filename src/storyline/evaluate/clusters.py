"""Clustering agreement: pairwise precision/recall/F1, adjusted Rand index and V-measure.

Written out (a few lines each) rather than pulling scikit-learn into the install for three formulas."""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable


def _pairs(n: int) -> float:
    return n * (n - 1) / 2


def compare(gold: dict[Hashable, Hashable], system: dict[Hashable, Hashable]) -> dict[str, float]:
    items = [i for i in gold if i in system]
    joint = Counter((gold[i], system[i]) for i in items)
    gold_sizes = Counter(gold[i] for i in items)
    system_sizes = Counter(system[i] for i in items)
    together = sum(_pairs(n) for n in joint.values())
    gold_pairs = sum(_pairs(n) for n in gold_sizes.values())
    system_pairs = sum(_pairs(n) for n in system_sizes.values())
    precision = together / system_pairs if system_pairs else 1.0
    recall = together / gold_pairs if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    total = _pairs(len(items))
    expected = gold_pairs * system_pairs / total if total else 0.0
    maximum = (gold_pairs + system_pairs) / 2
    ari = (together - expected) / (maximum - expected) if maximum != expected else 1.0
    return {
        "pairwise_precision": precision, "pairwise_recall": recall, "pairwise_f1": f1, "ari": ari,
        **_v_measure(joint, gold_sizes, system_sizes, len(items)),
        "items": len(items), "gold_clusters": len(gold_sizes), "system_clusters": len(system_sizes),
    }


def _entropy(sizes: Counter, n: int) -> float:
    return -sum(s / n * math.log(s / n) for s in sizes.values() if s)


def _v_measure(joint: Counter, gold: Counter, system: Counter, n: int) -> dict[str, float]:
    if n == 0:
        return {"homogeneity": 1.0, "completeness": 1.0, "v_measure": 1.0}
    h_gold, h_system = _entropy(gold, n), _entropy(system, n)
    h_gold_given_system = -sum(c / n * math.log(c / system[s]) for (g, s), c in joint.items())
    h_system_given_gold = -sum(c / n * math.log(c / gold[g]) for (g, s), c in joint.items())
    homogeneity = 1.0 if h_gold == 0 else 1 - h_gold_given_system / h_gold
    completeness = 1.0 if h_system == 0 else 1 - h_system_given_gold / h_system
    v = 2 * homogeneity * completeness / (homogeneity + completeness) if homogeneity + completeness else 0.0
    return {"homogeneity": homogeneity, "completeness": completeness, "v_measure": v}
