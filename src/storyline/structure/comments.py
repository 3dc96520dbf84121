"""Reader comments after an article: find where the thread begins.

Each paragraph gets a score from the signals in data/comments.json (first person, replies
such as "Ha! Agree.", lowercase starts, emoji; reporting verbs count against). The thread is
the suffix of the page with the highest total score, accepted only when it is clearly one.
A line that sites put before their comments ("This debate is now closed.", "Views expressed in the
comments do not represent those of Reuters.") or several time-signed headers ("At 18:20 29th Apr
2009, vampfan wrote:") decide without scores.
Hand-written: extraction libraries find comments only from HTML markup, not in plain text.
"""
from __future__ import annotations

import re
from functools import cache

from ..data import load
from .lines import Line

# Quoted speech is the reporter's material even when it says "I"; strip it before scoring.
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»|‘[^’]{12,}’")


@cache
def _signals() -> tuple[list[tuple[re.Pattern, int, bool]], re.Pattern, re.Pattern, dict]:
    """The paragraph signals, the signed-comment header, the thread openers and the thresholds,
    read once."""
    data = load("comments.json")
    signals = [
        (re.compile(s["pattern"], 0 if s.get("case_sensitive") else re.I), s["weight"], s.get("thread", False))
        for s in data["signals"]
    ]
    return signals, re.compile(data["signed_header"], re.I), _line_opening(data["thread_openers"]), data


def _line_opening(phrases: list[str]) -> re.Pattern:
    """A line that opens with one of the phrases (case-insensitive)."""
    return re.compile(r"\s*(?:%s)\b" % "|".join(map(re.escape, phrases)), re.I)


def score(text: str) -> tuple[int, bool]:
    """The paragraph's comment score, and whether it shows a conversation (a reply, an address)."""
    signals, _, _, data = _signals()
    plain = QUOTED.sub(" ", text).strip()
    hits = [(weight, thread) for pattern, weight, thread in signals if pattern.search(plain)]
    return data["bias"] + sum(w for w, _ in hits), any(t for _, t in hits)


@cache
def _closer() -> re.Pattern:
    return _line_opening(load("comments.json")["thread_closers"])


def closes_thread(text: str) -> bool:
    """Is this a line sites put after their readers' comments, before the page's footer?"""
    return bool(_closer().match(text))


def opens_thread(text: str) -> bool:
    """Is this a line sites put right before their readers' comments (data/comments.json)?"""
    return bool(_signals()[2].match(text))


def comment_start(lines: list[Line], candidates: list[int]) -> int | None:
    """Index (into `lines`) where a trailing comment thread starts, or None.

    `candidates` are the indices of lines still unclaimed (not clutter, not posts), in order.
    """
    _, header, opener, data = _signals()
    for i in candidates[2:-data["min_paragraphs"]]:  # after two paragraphs of article, before comments
        if opener.match(lines[i].text):  # (a line or two after it are the writer's biography)
            return i
    if len(candidates) < data["min_paragraphs"] + 2:
        return None
    signed = _signed_start(lines, candidates, header, data["min_signed_headers"])
    if signed is not None:
        return signed
    scored = [score(lines[i].text) for i in candidates]
    scores = [value for value, _ in scored]
    best_total, best_at, running = 0, None, 0
    for pos in range(len(scores) - 1, 1, -1):  # keep at least two paragraphs of article
        running += scores[pos]
        if running > best_total:
            best_total, best_at = running, pos
    if best_at is None or best_total < data["min_score"]:
        return None
    tail = scores[best_at:]
    if len(tail) < data["min_paragraphs"]:
        return None
    if sum(1 for s in tail if s > 0) / len(tail) < data["min_positive_share"]:
        return None
    if sum(1 for _, thread in scored[best_at:] if thread) < data["min_thread_paragraphs"]:
        return None
    return candidates[best_at]


def _signed_start(lines: list[Line], candidates: list[int], header: re.Pattern, least: int) -> int | None:
    """The first of several time-signed comment headers, after at least two paragraphs of article:
    a blog's comments are often long and read like reporting, so their headers decide, not their
    words."""
    signed = [pos for pos, i in enumerate(candidates) if header.search(lines[i].text)]
    if len(signed) < least or signed[0] < 2:
        return None
    return candidates[signed[0]]
