"""HTML from views: one Jinja2 environment with autoescaping on for every template, so article text
(titles, quotes, names, the report itself) always reaches the page as text, never as markup.
The pages carry no script at all and a Content-Security-Policy that allows none and no requests.

Links differ between the served UI (/stories/SID-0, /reports/ID#s120) and the static report (one
file, #story-SID-0, #report-ID-s120); a `Links` object gives both to the same templates."""
from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, PackageLoader, select_autoescape

_SAFE_ID = re.compile(r"[^A-Za-z0-9_-]")


class Links:
    """Hrefs for the served UI."""

    served = True

    def home(self) -> str:
        return "/"

    def index_page(self, n: int) -> str:
        return f"/?page={n}"

    def search_page(self, n: int) -> str:
        return ""  # replaced per request (keeps the query)

    def story(self, ident: str) -> str:
        return f"/stories/{quote(ident)}"

    def actor(self, ident: str) -> str:
        return f"/actors/{quote(ident)}"

    def report(self, doc: str, anchor: str | None) -> str:
        return f"/reports/{quote(doc)}" + (f"#{anchor}" if anchor else "")

    def quote(self, doc: str, quote_id: str) -> str:
        return f"/reports/{quote(doc)}?quote={quote(quote_id)}"

    def sentence_id(self, doc: str, anchor: str) -> str:
        return anchor

    def anchor_id(self, kind: str, ident: str) -> str:
        return f"{kind}-{_SAFE_ID.sub('_', ident)}"

    def doc_label(self, doc: str) -> str:
        return f"report {doc[:8]}"

    def outlet_label(self, outlet: str | None) -> str:
        if not outlet:
            return "unknown outlet"
        return f"report {outlet[4:12]}" if outlet.startswith("doc:") else outlet


class SearchLinks(Links):
    def __init__(self, query: str, kind: str | None):
        self.query, self.kind = query, kind

    def search_page(self, n: int) -> str:
        params = {"q": self.query, "page": n} | ({"kind": self.kind} if self.kind else {})
        return "/search?" + urlencode(params)


class StaticLinks(Links):
    """Hrefs inside one self-contained file (and across its numbered parts)."""

    served = False

    def __init__(self, file_of_story: dict[str, str] | None = None, here: str = "", file_name=None):
        self.file_of_story = file_of_story or {}
        self.here = here
        self.file_name = file_name

    def home(self) -> str:
        return "#index"

    def index_page(self, n: int) -> str:
        return self.file_of(n) + "#index"

    def file_of(self, n: int) -> str:
        return self.file_name(n) if self.file_name else ""

    def story(self, ident: str) -> str:
        target = self.file_of_story.get(ident, self.here)
        return ("" if target == self.here else target) + "#" + self.anchor_id("story", ident)

    def actor(self, ident: str) -> str:
        return "#" + self.anchor_id("actor", ident)

    def report(self, doc: str, anchor: str | None) -> str:
        return "#" + (self.sentence_id(doc, anchor) if anchor else self.anchor_id("report", doc))

    def quote(self, doc: str, quote_id: str) -> str:
        return self.report(doc, None)

    def sentence_id(self, doc: str, anchor: str) -> str:
        return f"report-{_SAFE_ID.sub('_', doc)}-{anchor}"


def axis(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Positions (percent) of timeline dates on a time axis; labels on first, last and a few between."""
    days = []
    for e in entries:
        try:
            days.append((date.fromisoformat(e["date"][:10]) if len(e["date"]) >= 10
                         else date.fromisoformat(e["date"][:7] + "-01"), e))
        except ValueError:
            continue
    if not days:
        return []
    first, last = min(d for d, _ in days), max(d for d, _ in days)
    span = max(1, (last - first).days)
    out, labelled = [], None
    for d, e in sorted(days, key=lambda x: x[0]):
        left = round(100 * (d - first).days / span, 2) if last > first else 50
        label = labelled is None or left - labelled > 12  # labels at least 12% apart, never overlapping
        out.append({"date": e["date"], "left": left, "uncertain": e.get("uncertain"), "label": label})
        if label:
            labelled = left
    return out


_MARKS = "\"'“”‘’«»„"


def quoted(text: str, kind: str | None) -> str:
    """A quotation as readers expect it: direct speech keeps its own marks (the span holds them) or gets
    typographic ones; reported speech, and reported speech with quoted words inside it ("partial"),
    is the writer's paraphrase and gets none, so that it never reads as the speaker's own words."""
    if kind != "direct" or text[:1] in _MARKS:
        return text
    return f"“{text}”"


def counted(n: int, noun: str) -> str:
    """ "1 report", "3 reports": a story of one report is common (a live-blog post on its own)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def actor_names(view: dict[str, Any]) -> dict[str, str]:
    return {a["id"]: a["name"] for a in view.get("actors", [])}


@cache
def environment() -> Environment:
    env = Environment(loader=PackageLoader("storyline", "present/templates"),
                      autoescape=select_autoescape(["html", "css"], default=True), trim_blocks=False)
    env.globals.update(axis=axis, actor_names=actor_names)
    env.filters["quoted"] = quoted
    env.filters["counted"] = counted
    return env


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)
