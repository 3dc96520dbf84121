"""A plain-text view of one annotated report, for people at a terminal."""
from __future__ import annotations

from typing import Any


def describe(result: dict[str, Any]) -> str:
    out: list[str] = []
    for doc in result["documents"]:
        text = doc["text"]
        out.append(f"{doc['path']}  [{doc['id']}]")
        out.append(f"  title:     {doc['title'] or '-'}")
        out.append(f"  outlet:    {doc['outlet'] or 'unknown'}" + (f" (from {doc['outlet_source']})" if doc['outlet'] else ""))
        out.append(f"  published: {doc['published'] or 'unknown'}"
                   + (f" (from {doc['published_source']})" if doc['published'] else ""))
        for note in doc["notes"]:
            out.append(f"             {note}")
        out.append("  sections:")
        for s in doc["sections"]:
            snippet = " ".join(text[s["start"]:s["end"]].split())
            extra = f" {s.get('published') or ''} {s.get('author') or ''}".rstrip() if s["kind"] == "post" else ""
            out.append(f"    {s['kind']:11} {s['start']:>6}-{s['end']:<6}{extra}  {snippet[:70]}")
    out.append("  entities: " + "; ".join(f"{e['name']} ({e['type']}, {len(e['mentions'])})" for e in result["entities"][:30]))
    out.append("  time expressions:")
    for t in result["timexes"]:
        out.append(f"    {t['text']!r:32} {t['type']:8} {t['value'] or '-'}" + (f"  (anchor {t['anchor']})" if t['anchor'] else ""))
    out.append(f"  quotes: {len(result['quotes'])}")
    return "\n".join(out)
