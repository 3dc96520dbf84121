"""Publication time and outlet as the text itself states them.

Hand-written: no library reads news datelines ("MOSCOW, June 27. /TASS/.") or masthead
self-references ("Washington, The Gulf Observer:"), so these few patterns live here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import cache
from urllib.parse import urlsplit

from dateutil import parser as dateutil_parser

from ..data import load
from .clutter import URL_LINE
from .dates import MONTH_RE, UNIX_RE, WEEKDAYS, latest_year_with_weekday, month_number, unix_to_iso
from .lines import Line

HEAD_LINES = 8  # datelines and self-references sit at the top of a report

LEADING_DATE = re.compile(r"^\s*date\s*:?\s*(\d{4}-\d{2}-\d{2}(?:T[\d:]+Z?)?)", re.I)
# MOSCOW, June 27. /TASS/.   KYIV, June 25, 2023 (Reuters) -   WASHINGTON (AP) —
DATELINE = re.compile(
    rf"^(?P<city>[A-Z][A-Z.'’ -]{{1,40}}?),?\s+(?:(?P<month>(?i:{MONTH_RE}))\s+(?P<day>\d{{1,2}})"
    rf"(?:,\s*(?P<year>\d{{4}}))?\s*[.,]?\s*)?"
    r"(?:/(?P<slash>[A-Za-z][A-Za-z -]{1,30})/|\((?P<paren>[A-Za-z][A-Za-z -]{1,30})\)\s*[-–—])",
)
# a city alone before a dash, no agency or date ("WASHINGTON ― Donald Trump's ..."): read only to
# leave it out of the text after it, never for a date or an outlet
BARE_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{1,40}?\s*(?:—|―|–|--)\s+(?=\S)")
SELF_REFERENCE = re.compile(
    r"^(?P<city>[A-Z][A-Za-z.'’ -]{1,30}),\s+(?P<outlet>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}):\s"
)
WEEKDAY_NEAR = re.compile(r"\b(?:on|today,?|this)\s+(" + "|".join(WEEKDAYS) + r")\b", re.I)
REPORTING_BEFORE = re.compile(r"\b(said|says|told|announced|stated|reported|confirmed)\b[^.]{0,60}$", re.I)


URL_DAY = re.compile(r"/(?P<y>(?:19|20)\d\d)[/-]?(?P<m>[01]\d)[/-]?(?P<d>[0-3]\d)(?:[/_.-]|$)")
# inside a page's name, one separator throughout: _web_2013_09_14_q.html, -2013-04-24-204500
URL_DAY_IN_NAME = re.compile(r"[_-](?P<y>(?:19|20)\d\d)(?P<s>[_-]?)(?P<m>[01]\d)(?P=s)(?P<d>[0-3]\d)(?:[/_.-]|$)")
URL_DAY_NAMED = re.compile(rf"/(?P<y>(?:19|20)\d\d)/(?P<m>(?i:{MONTH_RE}))/(?P<d>[0-3]?\d)/")
# a section between the year and the month: /2007/US/04/09/, /2008/WORLD/meast/11/27/
URL_DAY_SECTION = re.compile(r"/(?P<y>(?:19|20)\d\d)(?:/[A-Za-z]+){1,2}/(?P<m>[01]\d)/(?P<d>[0-3]\d)/")
# a folder (or a file's name before its extension) that is only a day: .../2010-06-11/1047.txt,
# .../2010/06/11/report.txt, .../2010-06-11.txt (read on the path with its separators made "/")
PATH_DAY = re.compile(r"(?:^|/)(?P<y>(?:19|20)\d\d)(?P<s>[-/])(?P<m>[01]\d)(?P=s)(?P<d>[0-3]\d)(?=[/.]|$)")
# a line that is only a date under the title ("Posted July 20, 2009", "18 September 2013 Last
# updated at 13:59 GMT", "Thursday, December 11, 2008", "September 18th, 2013, 05:31 GMT")
_ORDINAL = r"(?:st|nd|rd|th)?"
DATE_LINE = re.compile(
    rf"^(?:(?:posted|published|updated|last updated|first published)(?:\s+(?:on|time))?\s*:?\s*)?"
    rf"(?:(?i:{'|'.join(WEEKDAYS)}),?\s+)?"
    rf"(?:(?P<d1>\d{{1,2}}){_ORDINAL}\s+(?P<m1>{MONTH_RE})|(?P<m2>{MONTH_RE})\s+(?P<d2>\d{{1,2}}){_ORDINAL}),?\s+"
    r"(?P<y>(?:19|20)\d\d)\b(?P<rest>[^.!?]{0,50})$",
    re.I,
)
DATE_LINE_MAX = 90
# the same line with the date in figures ("Updated 09/14/2013 01:03 PM", "Posted at 3:21 PM ET,
# 01/5/2011", "On Tue, 16/08/2011 - 13:42", "Article posted on 08.07.2012"): which figure is the
# month is read in numeric_day
_CLOCK = r"\d{1,2}:\d\d(?::\d\d)?(?:\s*(?i:[ap]\.?m\.?))?(?:\s+[A-Z]{2,4}\b)?"
NUMERIC_DATE_LINE = re.compile(
    r"^(?:(?i:article\s+)?(?i:posted|published|updated|last updated|first published|released?)"
    r"(?:\s+(?i:on|at|time))?\s*:?\s*)?(?:(?i:on)\s+)?"
    rf"(?:{_CLOCK}\s*,?\s*)?"
    rf"(?:(?i:{'|'.join(w[:3] + '(?:' + w[3:] + ')?' for w in WEEKDAYS)})\.?,?\s+)?"
    r"(?P<a>\d{1,2})\s*(?P<sep>[./])\s*(?P<b>\d{1,2})\s*(?P=sep)\s*(?P<y>(?:19|20)\d\d|\d\d)\b"
    r"(?P<rest>[^.!?]{0,50})$"
)
# hosts whose country writes the day first (most do; the United States, and most .com sites,
# write the month first)
MONTH_FIRST_SUFFIXES = (".com", ".org", ".net", ".gov", ".edu", ".us", ".mil", ".ca")
LATER_STAMP = re.compile(r"(?<=\S)(?<!(?i:last))\s*[,;|]?\s+(?=(?i:last\s+)?(?i:updated|modified|edited)\b)")
# an update stamp that a copied page runs into its first line, not on a line of its own (BBC pages of
# 2009-2011: "... says sister Page last updated at 08:58 GMT , Thursday , 24 June 2010 09:58 UK ...",
# "5 January 2011 Last updated at 06:50 GMT Help A preliminary hearing ...")
_STAMP_CLOCK = r"last\s+updated\s+at\s+\d{1,2}:\d\d(?:\s*(?:GMT|UTC|BST))?"
GLUED_STAMP = re.compile(
    rf"(?i:{_STAMP_CLOCK})\s*,?\s*(?:(?i:{'|'.join(WEEKDAYS)})\s*,?\s*)?"
    rf"(?P<d1>\d{{1,2}})\s+(?P<m1>(?i:{MONTH_RE}))\s+(?P<y1>(?:19|20)\d\d)\b"
    rf"|\b(?P<d2>\d{{1,2}})\s+(?P<m2>(?i:{MONTH_RE}))\s+(?P<y2>(?:19|20)\d\d)\s+(?i:{_STAMP_CLOCK})")
MILITARY_CLOCK = re.compile(r"\(?\b(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?=(?:GMT|UTC|[A-Z]{2}T)\b)[A-Z]{3,4}\)?")
URL_MONTH = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)/")


@dataclass(slots=True)
class Found:
    value: str
    source: str  # metadata | text | dateline | timestamp | url | path | user
    note: str | None = None


def _outlets() -> list[dict]:
    return load("outlets.json")["outlets"]


def canonical_outlet(name: str | None) -> str | None:
    """Map a domain or alias onto a known outlet's name; other names pass through."""
    if not name:
        return None
    clean = name.strip()
    lowered = clean.lower().removeprefix("www.")
    for outlet in _outlets():
        if lowered in (a.lower() for a in outlet["aliases"]) or lowered in outlet.get("domains", []):
            return outlet["name"]
    return clean


def leading_date(lines: list[Line]) -> Found | None:
    if lines and (match := LEADING_DATE.match(lines[0].text)):
        return Found(match.group(1), "text")
    return None


def unix_timestamp(lines: list[Line]) -> tuple[Found, Line] | None:
    for line in lines:
        if UNIX_RE.match(line.text):
            return Found(unix_to_iso(int(line.text)), "timestamp"), line
    return None


def dateline(lines: list[Line], mtime: float | None) -> tuple[Found | None, str | None]:
    """Publication date and outlet from a wire dateline near the top."""
    for line in lines[:HEAD_LINES]:
        match = DATELINE.match(line.text)
        if not match:
            continue
        outlet = canonical_outlet(match.group("slash") or match.group("paren"))
        if not match.group("month"):
            return None, outlet
        month, day = month_number(match.group("month")), int(match.group("day"))
        if match.group("year"):
            return _safe_date(int(match.group("year")), month, day, None), outlet
        return _year_from_weekday(line.text, month, day, mtime), outlet
    return None, None


def without_dateline(text: str) -> str:
    """The text after a wire dateline or masthead self-reference that opens it ("MOSCOW, June 27.
    /TASS/. Presidents of ..." -> "Presidents of ...", "WASHINGTON ― Donald ..." -> "Donald ...")."""
    for pattern in (DATELINE, BARE_DATELINE, SELF_REFERENCE):
        match = pattern.match(text)
        if match:
            text = text[match.end():].lstrip(" .:-–—")
    return text


def _safe_date(year: int, month: int, day: int, note: str | None) -> Found | None:
    try:
        return Found(date(year, month, day).isoformat(), "dateline", note)
    except ValueError:
        return None


def _year_from_weekday(text: str, month: int, day: int, mtime: float | None) -> Found | None:
    """A year-less dateline ("June 27") with the weekday of the same report ("on Tuesday").

    The year is the latest one in which that day fell on that weekday, no later than the
    file's own modification time; without both clues the date stays unknown.
    """
    # The dateline's own day is the one its attribution gives ("..., Peskov said on Tuesday"),
    # not a day the report looks ahead to ("will meet on Thursday").
    found = list(WEEKDAY_NEAR.finditer(text[:600]))
    attributed = [m for m in found if REPORTING_BEFORE.search(text[: m.start()])]
    weekday = (attributed or found or [None])[-1]
    if weekday is None or mtime is None:
        return None
    bound = datetime.fromtimestamp(mtime, tz=timezone.utc).year
    year = latest_year_with_weekday(month, day, WEEKDAYS.index(weekday.group(1).lower()), bound)
    if year is None:
        return None
    note = f"year inferred: {day} {month} fell on a {weekday.group(1)} in {year}"
    return _safe_date(year, month, day, note)


def self_reference(lines: list[Line]) -> str | None:
    """ "Washington, The Gulf Observer: ..." names the outlet writing the report."""
    words = set(load("outlets.json")["masthead_words"])
    for line in lines[:HEAD_LINES]:
        match = SELF_REFERENCE.match(line.text)
        if not match:
            continue
        outlet = match.group("outlet")
        known = canonical_outlet(outlet) != outlet
        if known or outlet.startswith("The ") or words & set(outlet.split()):
            return canonical_outlet(outlet)
    return None


def signature(text: str) -> str | None:
    """An outlet's own page furniture (its newsletter prompt) identifies it."""
    lowered = text.lower()
    for outlet in _outlets():
        if any(sig in lowered for sig in outlet.get("signatures", [])):
            return outlet["name"]
    return None


def source_url(lines: list[Line]) -> tuple[str, str] | None:
    """(url, site) of an address alone on the report's first line; the site is the registered
    domain ("articles.timesofindia.indiatimes.com" -> "indiatimes.com", "www.bbc.co.uk" ->
    "bbc.co.uk"): a short rule, since the public suffix list cannot be fetched at run time."""
    if not lines or not (match := URL_LINE.match(lines[0].text)):
        return None
    labels = match.group("host").lower().rstrip(".").split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return match.group("url"), ".".join(labels[-keep:])


_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "gob", "nic"}


def url_date(url: str) -> Found | None:
    """The day an address carries in its path (/2013/09/18/, /2011-01-05, /20130909/, /2009/Feb/02/,
    /2007/US/04/09/, ..._2013_09_14_q.html)."""
    for pattern in (URL_DAY, URL_DAY_NAMED, URL_DAY_SECTION, URL_DAY_IN_NAME):
        if match := pattern.search(url):
            month = match.group("m")
            month = int(month) if month.isdigit() else month_number(month)
            found = _safe_date(int(match.group("y")), month, int(match.group("d")), None)
            if found:
                return Found(found.value, "url")
    return None


def path_date(path: str) -> Found | None:
    """The day a collection's folders file a report under (Timeline17's InputDocs/2010-06-11/):
    weaker than any date the report itself gives, so read only where it gives none. Only the file's
    name and the three folders above it count: a dated folder higher up names the checkout or the
    collection, not the report."""
    found = None
    for match in PATH_DAY.finditer("/".join(re.split(r"[/\\]", path)[-4:])):
        found = _safe_date(int(match.group("y")), int(match.group("m")), int(match.group("d")), None) or found
    return Found(found.value, "path") if found else None


def date_line(lines: list[Line], url: str | None = None) -> tuple[Found, Line] | None:
    """A short line near the top that is only a publication date (with an optional clock time), in
    words or in figures; the report's web address tells which figure of "05/02/2013" is the month."""
    for line in lines[:HEAD_LINES]:
        text = line.text.strip()
        if len(text) > DATE_LINE_MAX:
            continue
        if match := DATE_LINE.match(text):
            month = month_number(match.group("m1") or match.group("m2"))
            found = _safe_date(int(match.group("y")), month, int(match.group("d1") or match.group("d2")), None)
        elif match := NUMERIC_DATE_LINE.match(text):
            found = numeric_day(int(match.group("a")), int(match.group("b")), match.group("y"), match.group("sep"), url)
        elif (day := worded_day(text)) is not None:
            found = Found(day.isoformat(), "text")
        else:
            continue
        if found:
            return Found(found.value, "text"), line
    return None


def glued_stamp(lines: list[Line]) -> Found | None:
    """The day of an update stamp run into one of the first lines (GLUED_STAMP)."""
    for line in lines[:HEAD_LINES]:
        match = GLUED_STAMP.search(line.text)
        if match:
            day, month, year = (match.group(f"{g}1") or match.group(f"{g}2") for g in "dmy")
            found = _safe_date(int(year), month_number(month), int(day), None)
            return Found(found.value, "text") if found else None
    return None


def worded_day(text: str) -> date | None:
    """The day of a line that is only a date in words, with its clock time and a label ("Posted on
    Thu Jun 13, 2013 08:45 AM PDT", "8:44AM BST 16 Sep 2013", "Published: Tuesday, Dec. 20 2005"),
    the first of two stamps ("..., updated ..."), read by dateutil; None when the line carries other words (data/boilerplate.json
    "date_line_words") or lacks the year, the month or the day."""
    if not any(c.isdigit() for c in text):  # no day and no year: most lines near the top are headlines
        return None
    text = re.sub(r"(\d):\s+(\d\d)", r"\1:\2", text)  # "8: 05am" as tokenised text prints it
    # "POSTED: 1052 GMT (1852 HKT), April 10, 2007": a clock in four figures is no year
    text = MILITARY_CLOCK.sub(lambda m: "" if m.group(0).startswith("(") else f"{m['h']}:{m['m']} ", text)
    # "on April 30, 2008 at 4:31 AM, updated April 30, 2008 at 8:33 AM": published is the first
    text = LATER_STAMP.split(text, maxsplit=1)[0] or text
    try:
        first, skipped = dateutil_parser.parse(text, fuzzy_with_tokens=True, default=datetime(1, 1, 1), ignoretz=True)
        second = dateutil_parser.parse(text, fuzzy=True, default=datetime(2, 2, 2), ignoretz=True)
    except (ValueError, OverflowError):
        return None
    if first.date() != second.date():  # a part the line does not give came from the defaults
        return None
    if {w.lower() for piece in skipped for w in re.findall(r"[^\W\d_]+", piece)} - _date_line_words():
        return None
    return first.date()


@cache
def _date_line_words() -> frozenset[str]:
    return frozenset(load("boilerplate.json")["date_line_words"])


def numeric_day(a: int, b: int, year: str, separator: str, url: str | None) -> Found | None:
    """The day of "a/b/year": a figure above 12 is the day; else the month the address names
    (".../2010/09/..." makes "11/09/2010" 11 September); else dots ("08.07.2012") put the day
    first, and slashes the month first on an American or generic host ("05/02/2013" on a .com site
    is May 2) but the day first on a country's ("05/02/2013" on a .co.uk site is 5 February). A
    two-figure year is of this century below 70."""
    full = int(year) if len(year) == 4 else 2000 + int(year) if int(year) < 70 else 1900 + int(year)
    named = URL_MONTH.search(url or "")
    host = (urlsplit(url).hostname or "") if url else ""
    if b > 12 or a > 12:
        month_first = b > 12
    elif named and int(named.group("y")) == full and int(named.group("m")) in (a, b):
        month_first = int(named.group("m")) == a
    else:
        month_first = separator == "/" and (not host or host.rstrip(".").endswith(MONTH_FIRST_SUFFIXES))
    month, day = (a, b) if month_first else (b, a)
    return _safe_date(full, month, day, None)
