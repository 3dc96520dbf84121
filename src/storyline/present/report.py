"""`storyline report`: the account as self-contained HTML (no script, no network; opens from file://).

Each story, actor and report is a section of the page shown when the address names it (CSS
:target), so moving from a story to an actor, a quote and its highlighted source sentence needs no
code. Large databases are paged: one file per `per_file` stories (report.html, report-2.html, ...),
each holding its stories with their actors and reports, and the index of every story."""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from ..store import Store
from .render import StaticLinks, render
from .views import actor_from_stories, report_view, story_index, story_view


def write_report(store: Store, output: str | Path, per_file: int = 50) -> list[Path]:
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    total = story_index(store, 1, 1)["total"]
    index = story_index(store, 1, max(1, total))
    ids = [s["id"] for s in index["stories"]]
    chunks = [ids[i:i + per_file] for i in range(0, len(ids), per_file)] or [[]]

    def file_name(n: int) -> str:
        return output.name if n == 1 else f"{output.stem}-{n}{output.suffix}"

    file_of_story = {sid: file_name(n) for n, chunk in enumerate(chunks, 1) for sid in chunk}
    in_story = {d for sid in ids for d in (store.account_record("story", sid) or {}).get("documents", [])}
    written = []
    for n, chunk in enumerate(chunks, 1):
        links = StaticLinks(file_of_story, file_name(n), file_name)
        stories = [story_view(store, sid) for sid in chunk]
        doc_ids = list(dict.fromkeys(r["id"] for v in stories for r in v["reports"]))
        if n == 1:  # reports in no story (nothing to report in them) still get their page
            doc_ids += [d["id"] for d in store.document_headers() if d["id"] not in in_story]
        held = set(doc_ids)
        reports = [report_view(store, d) for d in doc_ids]
        # every actor a page of this file links to: the stories' actors and every quoted speaker
        actor_ids = list(dict.fromkeys(
            [a["id"] for v in stories for a in v["actors"]]
            + [g["speaker"] for v in stories for g in v["quotes"] if g["speaker"]]
            + [i for r in reports for q in r["quotes"] for i in q["speakers"]]))
        html = render("static.html", links=links, index=index, stories=stories,
                      actors=[actor_from_stories(store, a, stories, held) for a in actor_ids],
                      reports=reports,
                      page=n, pages=len(chunks), per_file=per_file, json_twin=None, query=None,
                      built=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                      db=os.path.basename(store.path))
        path = output.with_name(file_name(n))
        path.write_text(html, encoding="utf-8")
        written.append(path)
    return written
