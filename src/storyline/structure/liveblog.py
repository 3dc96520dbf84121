"""Live blogs: split a page into timestamped posts with title, author and time.

Extraction often glues the byline to the time ("Martha MchardyJuly 11, 2023 08:35") and
puts it either before or after the post it belongs to; both orders are handled here.
Hand-written: no extraction library recovers live-blog posts from plain text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .dates import MONTH_RE, clock, month_number
from .lines import Line

_TIME = r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<mer>[ap]\.?m\.?)?(?:\s*(?P<zone>[A-Z]{2,4}))?"
# "<author>July 11, 2023 08:35" / "<author> 11 July 2023, 4:24 am" / "08:35" alone
MARKERS = [
    re.compile(rf"^(?P<author>.{{0,60}}?)\s*(?P<month>{MONTH_RE})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}}),?\s+{_TIME}$", re.I),
    re.compile(rf"^(?P<author>.{{0,60}}?)\s*(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_RE})\s+(?P<year>\d{{4}}),?\s+{_TIME}$", re.I),
    re.compile(rf"^(?P<author>){_TIME}$", re.I),
]
TITLE_MAX = 160


@dataclass(slots=True)
class Post:
    first: int  # index of the first line of the post
    last: int  # index of the last line (inclusive)
    published: str | None
    author: str | None
    title: str | None
    marker: int = -1  # index of its byline-and-time line (first or last), page furniture, not reporting


@dataclass(slots=True)
class _Marker:
    index: int
    published: str | None
    author: str | None


def _marker(line: Line) -> _Marker | None:
    for pattern in MARKERS:
        match = pattern.match(line.text)
        if not match:
            continue
        try:
            hour, minute = clock(match["hour"], match["minute"], match["mer"])
        except ValueError:
            return None
        groups = match.groupdict()
        stamp = None
        if groups.get("year"):
            try:
                day = date(int(groups["year"]), month_number(groups["month"]), int(groups["day"]))
            except (ValueError, KeyError):
                return None
            stamp = f"{day.isoformat()}T{hour:02d}:{minute:02d}"
        else:
            stamp = f"T{hour:02d}:{minute:02d}"  # day unknown here; completed by the caller
        author = (groups.get("author") or "").strip(" ,|-–—") or None
        if author and (len(author.split()) > 5 or author.endswith((".", "!", "?"))):
            return None  # a sentence that ends in a time is not a byline
        return _Marker(line.index, stamp, author)
    return None


def find_posts(lines: list[Line], is_clutter: list[bool], day: str | None) -> list[Post]:
    """Posts of a live blog, or [] when the page is not one (fewer than two markers)."""
    # a page stamp ("PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM", "Updated: ...") is clutter, never a post's byline
    markers = [m for line in lines if not is_clutter[line.index] and (m := _marker(line))]
    if len(markers) < 2:
        return []
    for marker in markers:
        if marker.published and marker.published.startswith("T"):
            marker.published = f"{day}{marker.published}" if day else None
    indices = [m.index for m in markers]
    after_last = [i for i in range(indices[-1] + 1, len(lines)) if not is_clutter[i]]
    posts: list[Post] = []
    if after_last:  # byline leads its post: a post runs from its marker to the next one
        bounds = indices + [after_last[-1] + 1]
        for marker, end in zip(markers, bounds[1:]):
            body = [i for i in range(marker.index + 1, end)]
            posts.append(_post(lines, marker, marker.index, end - 1, body))
    else:  # byline closes its post: a post runs from after the previous marker to its own
        start = _first_post_start(indices, is_clutter)
        for marker in markers:
            body = [i for i in range(start, marker.index)]
            posts.append(_post(lines, marker, start, marker.index, body))
            start = marker.index + 1
    return posts


def _first_post_start(indices: list[int], is_clutter: list[bool]) -> int:
    """The first post begins after the page furniture that heads the blog ("Show latest update");
    without any, it is taken to be as long as the median of the other posts, after the headline."""
    first = indices[0]
    for i in range(first - 1, -1, -1):
        if is_clutter[i]:
            return i + 1
    lengths = sorted(b - a for a, b in zip(indices, indices[1:]))
    return max(1, first - lengths[len(lengths) // 2] + 1)


def _post(lines: list[Line], marker: _Marker, first: int, last: int, body: list[int]) -> Post:
    title = None
    if body:
        head = lines[body[0]].text
        if len(head) <= TITLE_MAX and not head.endswith((".", "”", '"')) or len(body) == 1 and len(head) <= TITLE_MAX:
            title = head
    return Post(first, last, marker.published, marker.author, title, marker.index)
