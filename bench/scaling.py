"""What the scaling benchmarks share (bench_claims.py, bench_entities.py, bench_stories.py): made-up
words for generated data, and the loop that times one stage at several sizes; the time per report
relative to the smallest size is about 1.0 when the cost grows linearly with the number of reports."""
from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from typing import TypeVar

Data = TypeVar("Data")
Result = TypeVar("Result")


def made_up_word(rng: random.Random, low: int = 4, high: int = 9) -> str:
    """A pronounceable word no dictionary has, so generated texts share only what they are given."""
    vowels, consonants = "aeiou", "bcdfghklmnprstvz"
    return "".join(rng.choice(consonants if i % 2 == 0 else vowels) for i in range(rng.randint(low, high)))


def measure(sizes: list[int], make: Callable[[int], Data], stage: Callable[[Data], Result]
            ) -> Iterator[tuple[int, Data, Result, float, float]]:
    """(size, data, result, seconds, per-report time relative to the first size) for each size."""
    base = None
    for size in sizes:
        data = make(size)
        began = time.perf_counter()
        result = stage(data)
        seconds = time.perf_counter() - began
        base = base or seconds / size
        yield size, data, result, seconds, seconds / size / base
