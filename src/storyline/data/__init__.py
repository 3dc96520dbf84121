"""Data files (patterns, word lists, tables) kept apart from the code that uses them."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def load(name: str) -> Any:
    return json.loads(files(__package__).joinpath(name).read_text(encoding="utf-8"))


def phrase_pattern(phrases: Iterable[str], flags: int = 0) -> re.Pattern:
    """Any of `phrases` as whole words, longest first (so "armed rebellion" wins over "rebellion")."""
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in ordered) + r")\b", flags)
