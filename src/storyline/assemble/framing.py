"""Framing: the words each report uses for its story's central event and actors, from the groups
in data/framing.json, counted over reporting sections only (never comments)."""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ..data import load, phrase_pattern


@cache
def _patterns() -> dict[str, list[tuple[str, re.Pattern]]]:
    data = load("framing.json")
    out = {}
    for kind in ("event", "actor"):
        out[kind] = [(label, phrase_pattern(phrases, re.I)) for label, phrases in data[kind].items()]
    return out


def terms_in(text: str) -> dict[str, Counter]:
    """kind -> Counter of (group label, exact lower-cased words)."""
    found: dict[str, Counter] = {"event": Counter(), "actor": Counter()}
    text = text.replace("’", "'")  # "the dockers’ strike" as the data writes it
    for kind, patterns in _patterns().items():
        for label, pattern in patterns:
            for match in pattern.finditer(text):
                found[kind][(label, match.group(0).lower())] += 1
    return found


def central_event(per_doc: dict[str, dict[str, Counter]], exclude: tuple[str, ...] = ("war",)) -> str | None:
    """The event group most reports of the story use (ties: the most uses)."""
    reach, uses = Counter(), Counter()
    for found in per_doc.values():
        groups = {label for (label, _), n in found["event"].items()}
        reach.update(groups)
        for (label, _), n in found["event"].items():
            uses[label] += n
    ranked = sorted((g for g in reach if g not in exclude), key=lambda g: (-reach[g], -uses[g], g))
    return ranked[0] if ranked else None
