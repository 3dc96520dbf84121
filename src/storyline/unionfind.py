"""Union-find over the integers 0..n-1 (path halving; a set's root is its smallest member), shared
by the entity stage's merging and the stories' figure join. Hand-written: a dozen lines, where the
libraries installed here that have one (networkx) would add their import to the build's start."""
from __future__ import annotations


class UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
