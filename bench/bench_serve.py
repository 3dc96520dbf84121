"""Benchmark: the web UI and the static report on a database of 10,000 reports.

Builds (once, kept in .bench/serve-10k.db) a database of `--reports` reports: `--base` real
articles (Timeline17 input documents from ../shared/data, dated by their folder) go through the
per-document stage; copies fill the rest, each copy with its letters rotated (a-z, A-Z; lengths
and so every offset stay the same), so every copy is a distinct corpus with its own names, words
and outlets: stories, claims and entities are assembled over all of them as for real reports.
Then, in this process, it times GET /stories/{id} (HTML, and the JSON twin) for every story (or a
sample of `--sample`), reports, actors and searches through the ASGI app, and the static report,
and prints median / 95th percentile / max in milliseconds.

    .venv/bin/python bench/bench_serve.py [--reports 10000] [--base 1000] [--sample 300] [--workers 2]
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import os
import random
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STORYLINE_SHARED", ROOT.parent / "shared"))


def rotate(text: str | None, k: int) -> str | None:
    if not text or k == 0:
        return text
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            ch = chr((ord(ch) - 97 + k) % 26 + 97)
        elif "A" <= ch <= "Z":
            ch = chr((ord(ch) - 65 + k) % 26 + 65)
        out.append(ch)
    return "".join(out)


def copy_of(doc, k: int):
    new = dataclasses.replace(
        doc, id=hashlib.sha256(f"{doc.id}:{k}".encode()).hexdigest()[:16], path=f"{doc.path}#copy{k}",
        text=rotate(doc.text, k), title=rotate(doc.title, k), outlet=rotate(doc.outlet, k) or f"outlet {k}",
        sections=list(doc.sections), sentences=list(doc.sentences), notes=list(doc.notes), stages=dict(doc.stages),
    )
    new.mentions = [dataclasses.replace(m, text=rotate(m.text, k), role=rotate(m.role, k), ref=rotate(m.ref, k))
                    for m in doc.mentions]
    new.timexes = [dataclasses.replace(t, text=rotate(t.text, k)) for t in doc.timexes]
    new.quotes = [dataclasses.replace(q, text=rotate(q.text, k), speaker_text=rotate(q.speaker_text, k),
                                      speaker_name=rotate(q.speaker_name, k), cue=rotate(q.cue, k))
                  for q in doc.quotes]
    return new


def base_reports(limit: int):
    from storyline.records import RawDocument

    files = sorted((SHARED / "data" / "t17").glob("*/*/InputDocs/*/*.txt"))
    random.Random(7).shuffle(files)
    raws = []
    for path in files[:limit]:
        raws.append(RawDocument(path=str(path), text=path.read_text(encoding="utf-8", errors="replace"),
                                format="text", published=path.parent.name, published_source="folder"))
    return raws


def fill(store, docs, reports: int) -> None:
    """Store the reports, then their letter-rotated copies (1, 2, ...) until there are `reports`."""
    store.set_meta({"settings": "{}"})
    k = 0
    while store.counts()["documents"] < reports:
        store.add(copy_of(d, k) for d in docs[: reports - store.counts()["documents"]])
        k += 1


def make_db(db: Path, reports: int, base: int, workers: int) -> None:
    from storyline.annotate import process_stream
    from storyline.export import refresh_account
    from storyline.options import Options
    from storyline.store import Store

    started = time.perf_counter()
    options = Options(workers=workers)
    docs = [d for batch in process_stream(base_reports(base), options) for d in batch]
    print(f"processed {len(docs)} real reports in {time.perf_counter() - started:.0f} s", flush=True)
    tmp = db.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    with Store(str(tmp)) as store:
        fill(store, docs, reports)
        t = time.perf_counter()
        stored = refresh_account(store, options)
        print(f"assembled {store.counts()['documents']} reports into {stored['story']} stories "
              f"in {time.perf_counter() - t:.0f} s", flush=True)
    tmp.rename(db)


def ensure_db(db: Path, bench: str, make) -> bool:
    """Make the benchmark's database with `make(db)` unless it is there already; False (and a
    line saying why) where ../shared has no Timeline17 documents to make it from."""
    if db.exists():
        return True
    if not (SHARED / "data" / "t17").is_dir():
        print(f"{bench}: no Timeline17 documents under {SHARED / 'data'}", file=sys.stderr)
        return False
    db.parent.mkdir(parents=True, exist_ok=True)
    make(db)
    return True


def timed(client, path: str) -> float:
    t = time.perf_counter()
    response = client.get(path)
    elapsed = (time.perf_counter() - t) * 1000
    assert response.status_code == 200, (path, response.status_code)
    return elapsed


def summary(name: str, times: list[float]) -> str:
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
    return f"{name:28} n={len(times):5}  median {statistics.median(times):7.1f} ms  p95 {p95:7.1f} ms  max {times[-1]:7.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--base", type=int, default=1_000)
    parser.add_argument("--sample", type=int, default=300, help="stories timed (all if fewer)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--per-file", type=int, default=50, help="stories per static report file")
    parser.add_argument("--db", default=str(ROOT / ".bench" / "serve-10k.db"))
    args = parser.parse_args()
    db = Path(args.db)
    if not ensure_db(db, "bench_serve", lambda path: make_db(path, args.reports, args.base, args.workers)):
        return 1
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    from fastapi.testclient import TestClient

    from storyline.present.report import write_report
    from storyline.present.web import create_app
    from storyline.store import Store

    with Store(str(db), readonly=True) as store:
        counts = store.counts()
        _, stories = store.account_page("story", 10**6, 0)
        docs = [d["id"] for d in store.document_headers()]
        _, actors = store.account_page("entity", 2000, 0)
    print(f"database: {db} ({db.stat().st_size / 1e6:.0f} MB): {counts['documents']} reports, "
          f"{len(stories)} stories, {counts.get('entities', 0)} actors, {counts['quotes']} quotes")
    rng = random.Random(1)
    biggest = sorted(stories, key=lambda s: -len(s["documents"]))[:10]
    sample = biggest + rng.sample(stories, min(len(stories), args.sample))
    client = TestClient(create_app(str(db)))
    client.get("/")  # warm: templates compiled, first connection
    print(f"largest story: {len(biggest[0]['documents'])} reports")
    print(summary("GET /stories/{id} (HTML)", [timed(client, f"/stories/{s['id']}") for s in sample]))
    print(summary("GET /api/stories/{id}", [timed(client, f"/api/stories/{s['id']}") for s in sample]))
    print(summary("GET /reports/{id}", [timed(client, f"/reports/{d}") for d in rng.sample(docs, 200)]))
    print(summary("GET /actors/{id}", [timed(client, f"/actors/{a['id']}") for a in rng.sample(actors, min(200, len(actors)))]))
    words = ["oil", "spill", "swine", "flu", "president", "said", "Jackson", "BP", "health", "court"]
    print(summary("GET /search?q=", [timed(client, f"/search?q={w}") for w in words]))
    print(summary("GET / (index, page 1..5)", [timed(client, f"/?page={n}") for n in range(1, 6)]))
    with Store(str(db), readonly=True) as store, tempfile.TemporaryDirectory() as out:
        t = time.perf_counter()
        paths = write_report(store, Path(out) / "report.html", per_file=args.per_file)
        elapsed = time.perf_counter() - t
        sizes = [p.stat().st_size / 1e6 for p in paths]
        print(f"static report: {len(paths)} files ({args.per_file} stories each) in {elapsed:.0f} s; "
              f"largest file {max(sizes):.1f} MB, median {statistics.median(sizes):.1f} MB")
        open_in_browser(max(paths, key=lambda p: p.stat().st_size))
    return 0


def open_in_browser(path: Path) -> None:
    """Time Debian's chromium opening the largest report file and showing a story from it."""
    import shutil

    chromium = shutil.which("chromium")
    if not chromium:
        print("static report in a browser: skipped (no chromium)")
        return
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=["--no-sandbox"])
        page = browser.new_page()
        t = time.perf_counter()
        page.goto(path.as_uri(), wait_until="load", timeout=120_000)
        loaded = time.perf_counter() - t
        t = time.perf_counter()
        page.locator("table.stories a").last.click()
        page.wait_for_selector("h1.story-title:visible")
        shown = time.perf_counter() - t
        browser.close()
    print(f"static report in chromium: largest file ({path.stat().st_size / 1e6:.1f} MB) loaded in {loaded:.1f} s, "
          f"a story shown {1000 * shown:.0f} ms after the click")


if __name__ == "__main__":
    sys.exit(main())
