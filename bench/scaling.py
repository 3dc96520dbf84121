"""The loop the scaling benchmarks share (bench_entities.py, bench_stories.py): time one stage on
generated data at several sizes; the time per report relative to the smallest size is about 1.0
when the cost grows linearly with the number of reports."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import TypeVar

Data = TypeVar("Data")
Result = TypeVar("Result")


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
