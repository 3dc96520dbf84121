"""Near-duplicate fingerprints: a unit's 5-word shingles, kept compact.

A unit's shingles as strings took about 58 KB per report, more than everything else the story
stage keeps of it together. A fingerprint holds them as a sorted array of 64-bit hashes (the exact
Jaccard of two units, but for a collision of two 64-bit hashes) and the MinHash values of the
strings (what the copies' LSH index reads, as before): about 5 KB for a report of 600 words.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash

SHINGLE_WORDS = 5
NUM_PERM = 64


@dataclass(slots=True, eq=False)
class Fingerprint:
    hashes: np.ndarray  # sorted, distinct: one per distinct shingle
    sketch: LeanMinHash | None  # MinHash of the shingle strings (no permutation tables, unlike a MinHash)

    def __len__(self) -> int:
        return len(self.hashes)


EMPTY = Fingerprint(np.empty(0, dtype=np.int64), None)


def fingerprint(tokens: list[str]) -> Fingerprint:
    """The fingerprint of a unit's word sequence (textsim.words)."""
    shingles = {" ".join(tokens[i:i + SHINGLE_WORDS]) for i in range(max(0, len(tokens) - SHINGLE_WORDS + 1))}
    if not shingles:
        return EMPTY
    sketch = MinHash(num_perm=NUM_PERM)
    sketch.update_batch([s.encode("utf-8") for s in shingles])
    # str hashes are salted per process, which is all a comparison within one run needs
    hashes = np.unique(np.fromiter((hash(s) for s in shingles), dtype=np.int64, count=len(shingles)))
    return Fingerprint(hashes, LeanMinHash(sketch))


def jaccard(a: Fingerprint, b: Fingerprint) -> float:
    common = len(np.intersect1d(a.hashes, b.hashes, assume_unique=True))
    return common / ((len(a) + len(b) - common) or 1)
