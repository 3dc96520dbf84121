"""Coreference scores: MUC, B-cubed, CEAF-e and their CoNLL average (as the CoNLL-2012 scorer
defines them; mentions are hashable ids, clusters are sets of them)."""
from __future__ import annotations

from collections.abc import Hashable

import numpy as np
from scipy.optimize import linear_sum_assignment

Clusters = list[set[Hashable]]


def _f(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def muc(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    def score(a: Clusters, b: Clusters) -> float:
        where = {m: i for i, c in enumerate(b) for m in c}
        num = den = 0
        for cluster in a:
            parts = {where.get(m, ("alone", m)) for m in cluster}
            num += len(cluster) - len(parts)
            den += len(cluster) - 1
        return num / den if den else 0.0
    r, p = score(key, response), score(response, key)
    return p, r, _f(p, r)


def b_cubed(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    def score(a: Clusters, b: Clusters) -> float:
        where = {m: c for c in b for m in c}
        total = sum(len(c) for c in a)
        if not total:
            return 0.0
        return sum(len(c & where.get(m, set())) / len(c) for c in a for m in c) / total
    r, p = score(key, response), score(response, key)
    return p, r, _f(p, r)


def ceaf_e(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    if not key or not response:
        return 0.0, 0.0, 0.0
    sim = np.zeros((len(key), len(response)))
    for i, k in enumerate(key):
        for j, r in enumerate(response):
            shared = len(k & r)
            if shared:
                sim[i, j] = 2 * shared / (len(k) + len(r))
    rows, cols = linear_sum_assignment(-sim)
    total = sim[rows, cols].sum()
    p, r = total / len(response), total / len(key)
    return p, r, _f(p, r)


def conll(key: Clusters, response: Clusters) -> dict[str, float]:
    scores = {"muc": muc(key, response), "b_cubed": b_cubed(key, response), "ceaf_e": ceaf_e(key, response)}
    out: dict[str, float] = {}
    for name, (p, r, f) in scores.items():
        out[f"{name}_p"], out[f"{name}_r"], out[f"{name}_f1"] = round(100 * p, 2), round(100 * r, 2), round(100 * f, 2)
    out["conll_f1"] = round(100 * sum(s[2] for s in scores.values()) / 3, 2)
    return out
