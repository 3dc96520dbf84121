"""The stories' second look, made cheaper: which candidate stories cannot reach a unit's bar.

Each round of the second look (stories._refine) compares every unit with its candidate stories,
and a unit alone in its story with nearly every story: most of a round's time, growing faster than
the collection. The exact score (a cosine summed term by term in Python, then lowered by the
time rules) stays what decides; this module gives every unit's cosine with every story as one
sparse product (scipy), computed in another order of summation, so off in the last bits only.
A candidate whose approximate cosine lies more than MARGIN below the lowest score that could decide
(the bar, and the unit's own story's score) cannot reach it exactly either, since the time rules
only lower a score: the second look skips it, and chooses what it chose before.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from itertools import chain

import numpy as np
from scipy import sparse

MARGIN = 1e-9  # far above the rounding of a sum of a few thousand products of weights below 1
CHUNK_CELLS = 1_000_000  # units x stories held dense at once (8 MB)


class Prefilter:
    """Cosines of units with stories: the units' vectors are fixed for the second look's rounds;
    `stories` starts a round, `cosine_rows` reads it."""

    def __init__(self, vectors: dict[tuple[str, int], dict[str, float]]):
        self.columns: dict[str, int] = {}
        self.rows = {key: n for n, key in enumerate(vectors)}
        # straight into arrays, never through Python lists: a list holds 8 bytes a term more than
        # the matrix itself, for every term of every unit of the collection
        sizes = np.fromiter(map(len, vectors.values()), dtype=np.int64, count=len(vectors))
        terms = int(sizes.sum())
        index = np.int32 if terms < 2 ** 31 else np.int64  # scipy's own choice: it would copy to it
        indptr = np.zeros(len(vectors) + 1, dtype=index)
        np.cumsum(sizes, out=indptr[1:])
        columns = self.columns
        indices = np.fromiter((columns.setdefault(t, len(columns)) for v in vectors.values() for t in v),
                              dtype=index, count=terms)
        data = np.fromiter(chain.from_iterable(v.values() for v in vectors.values()), dtype=np.float64, count=terms)
        self.units = sparse.csr_matrix((data, indices, indptr), shape=(len(self.rows), len(self.columns)))
        self.story_rows: dict = {}
        self.matrix = sparse.csr_matrix((0, len(self.columns)))

    def stories(self, totals: list[Counter], norms: list[float], keys: list) -> None:
        """Start a round: the stories' totals (with their norms), each known by `keys[n]` (its
        units), so that a story no round changed is not converted again."""
        rows = {}
        indptr, indices, data = [0], [], []
        for key, total, norm in zip(keys, totals, norms):
            row = self.story_rows.get(key)
            if row is None:
                cols = np.fromiter((self.columns.get(t, -1) for t in total), dtype=np.int64, count=len(total))
                values = np.fromiter(total.values(), dtype=np.float64, count=len(total)) / norm
                kept = cols >= 0
                row = (cols[kept], values[kept])
            rows[key] = row
            indices.append(row[0])
            data.append(row[1])
            indptr.append(indptr[-1] + len(row[0]))
        self.story_rows = rows  # only this round's: the rest are stories no longer there
        self.matrix = sparse.csr_matrix(
            (np.concatenate(data) if data else np.empty(0), np.concatenate(indices) if indices else np.empty(0, dtype=np.int64),
             np.array(indptr, dtype=np.int64)), shape=(len(keys), len(self.columns)))

    def cosine_rows(self, keys: list[tuple[str, int]]) -> Iterator[np.ndarray]:
        """Each unit's approximate cosine with every story of the round, in the order of `keys`,
        computed a chunk of units at a time."""
        size = max(1, CHUNK_CELLS // max(1, self.matrix.shape[0]))
        transposed = self.matrix.T.tocsc()
        for start in range(0, len(keys), size):
            chunk = keys[start:start + size]
            yield from (self.units[[self.rows[k] for k in chunk]] @ transposed).toarray()
