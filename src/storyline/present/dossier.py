"""Markdown dossier per story: summary, timeline, actors, quotes, claims and sources, each fact with
its report and character span, for a colleague who wants a file, not a server.
Article text is escaped so a Markdown viewer shows it as text: no HTML, links or images from it."""
from __future__ import annotations

import re
from pathlib import Path

from ..store import Store
from .render import counted, quoted
from .views import story_view

_SPECIAL = re.compile(r"([\\`*_\[\]#!|])")  # what can start a link, emphasis, heading or cell


def md(text: str | None) -> str:
    """Text as Markdown shows it literally: one line, HTML and Markdown syntax neutralised."""
    text = " ".join((text or "").split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", text)


def _cite(span: dict) -> str:
    return f"[{md(span.get('outlet') or 'report')} · {span['doc']} {span['start']}–{span['end']}]"


def dossier(store: Store, story_id: str) -> str:
    v = story_view(store, story_id)
    st = v["story"]
    out = [f"# {md(st['title'] or st['id'])}", "",
           f"{counted(len(v['reports']), 'report')} from {counted(len(v['outlets']), 'outlet')}, "
           f"{(st['first_seen'] or '')[:10]} to {(st['last_seen'] or '')[:10]}."
           + (f" Central event: {md(st['central_event'])}." if st["central_event"] else ""), "", "## Summary", ""]
    out += [f"- **{md(i.get('date') or 'undated')}** {md(i['text'])} " + " ".join(_cite(s) for s in i["sources"])
            for i in st["summary"]]
    out += ["", "## Key dates", ""]
    out += [f"- **{k['date']}** " + " ".join(f"{md(s['text'])} {_cite(s)}" for s in k["sources"])
            for k in sorted(st.get("key_dates", []), key=lambda k: k["date"])]
    out += ["", "## Timeline", ""]
    out += [f"- **{md(t['date'] or 'undated')}**{_uncertain(t)} {md(t['summary'])} "
            + " ".join(_cite(s) for s in t["sources"]) for t in v["timeline"]]
    out += ["", "## Actors", "", "| Actor | Type | Roles | Also written |", "|---|---|---|---|"]
    out += [f"| {md(a['name'])} | {a['type']} | {md(', '.join(a['roles']))} | {md(', '.join(x for x in a['aliases'] if x != a['name']))} |"
            for a in v["actors"]]
    out += ["", "## Quotes by speaker", ""]
    for group in v["quotes"]:
        out += [f"### {md(group['name'])}", ""]
        # the kind and the cue as the HTML pages give them: "has not commented on" is no statement
        out += [f"- {'(reader comment) ' if q['in_comment'] else ''}{md(quoted(q['text'], q.get('kind')))} "
                f"({q.get('kind')}{', ' + md(q['cue']) if q.get('cue') else ''}) {_cite(q)}" for q in group["quotes"]]
        out.append("")
    out += ["## Claims", "", "| Claim | Status | Sources | Disputed by |", "|---|---|---|---|"]
    out += [f"| {md(c['text'])} | {c['status']} | {' '.join(_cite(s) for s in c['sources'])} | "
            f"{' '.join(md(s['text']) + ' ' + _cite(s) for s in c['disputed_by'])} |" for c in v["claims"]]
    out += ["", "## Reports", ""]
    out += [f"- {md(r['title'] or r['path'])} — {md(r['outlet'] or 'outlet unknown')}, {r['published'] or 'undated'} (`{r['id']}`)"
            for r in v["reports"]]
    return "\n".join(out) + "\n"


def write_dossiers(store: Store, folder: str | Path) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for story in store.account("story"):
        path = folder / f"{story['id']}.md"
        path.write_text(dossier(store, story["id"]), encoding="utf-8")
        written.append(path)
    return written


def _uncertain(entry: dict) -> str:
    if not entry["uncertain"]:
        return ""
    return f" (date uncertain: {md(entry.get('uncertain_why') or entry['date_basis'])})"
