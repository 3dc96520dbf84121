"""End to end in a real headless Chromium (Debian's chromium, driven by Playwright; never a browser
Playwright downloads): the static report and the served UI, from a story to an actor, to a quote,
to its highlighted source sentence, with screenshots in test-artifacts/; and a hostile report that
must open no dialog and make no request."""
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT
from test_present import HOSTILE  # noqa: F401  (the same hostile text as the in-process tests)

CHROMIUM = os.environ.get("STORYLINE_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
SHOTS = ROOT / "test-artifacts" / "screenshots"

if not CHROMIUM:
    if os.environ.get("CI"):
        raise RuntimeError("CI: Debian's chromium is missing (.ci/run installs it)")
    pytest.skip("no chromium on this machine (apt install chromium; .ci/run does)", allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.dialogs = []
    page.requests = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: page.requests.append(r.url))
    yield page
    context.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def highlighted(page) -> str:
    """The text of the sentence the address points at, if the page shows it highlighted."""
    return page.evaluate("""() => {
        const el = document.querySelector(':target');
        if (!el) return '';
        const bg = getComputedStyle(el).backgroundColor;
        const shown = el.getClientRects().length > 0;
        return (shown && bg !== 'rgba(0, 0, 0, 0)') ? el.textContent : '';
    }""")


class Server:
    """`storyline serve` on a free port, in a thread of this process."""

    def __init__(self, db):
        import uvicorn

        from storyline.present.web import create_app

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self.server = uvicorn.Server(uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        for _ in range(200):
            if self.server.started:
                break
            time.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(5)


@pytest.fixture(scope="module")
def served(sample_db):
    server = Server(sample_db)
    yield server.url
    server.stop()


def walk_story_actor_quote_source(page, prefix: str) -> None:
    page.locator("table.stories a").first.click()
    page.wait_for_selector("h1.story-title:visible")
    shot(page, f"{prefix}-1-story")
    assert page.locator(".timeline li:visible").count() > 0
    page.locator("a.actor:visible", has_text="Elena Varga").first.click()
    page.wait_for_selector("h1.actor-name:visible")
    assert page.locator("h1.actor-name:visible").inner_text() == "Elena Varga"
    shot(page, f"{prefix}-2-actor")
    quote = page.locator("li.quote-item:visible").first
    quote_text = quote.locator(".quote-text").inner_text()
    quote.locator("a.quote-source").click()
    page.wait_for_function("() => document.querySelector(':target') !== null")
    sentence = highlighted(page)
    assert sentence, "the source sentence is highlighted"
    words = [w.strip("“”‘’\"',.") for w in quote_text.split()[:4]]  # reported speech has no marks of its own
    assert all(w in sentence for w in words), (words, sentence)
    shot(page, f"{prefix}-3-source-sentence")


def test_static_report_from_story_to_source_sentence(page, sample_db, tmp_path):
    from storyline.present.report import write_report
    from storyline.store import Store

    with Store(str(sample_db), readonly=True) as store:
        (path,) = write_report(store, tmp_path / "report.html")
    page.goto(path.as_uri())
    assert page.locator("#index").is_visible()
    shot(page, "static-0-index")
    walk_story_actor_quote_source(page, "static")
    assert all(url.startswith("file://") for url in page.requests)
    assert not page.dialogs


def test_served_ui_from_story_to_source_sentence(page, served):
    page.goto(served + "/")
    shot(page, "served-0-index")
    walk_story_actor_quote_source(page, "served")
    page.fill("input[name=q]", "harbour")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("ol.hits li")
    assert page.locator("mark").count() > 0
    shot(page, "served-4-search")
    assert all(url.startswith(served) for url in page.requests)
    assert not page.dialogs


def test_hostile_report_runs_nothing_and_requests_nothing(page, tmp_path):
    from storyline import build
    from storyline.present.report import write_report
    from storyline.store import Store

    (tmp_path / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    db = tmp_path / "hostile.db"
    assert build([str(tmp_path / "hostile.txt")], db=str(db)).exit_code == 0
    with Store(str(db), readonly=True) as store:
        (path,) = write_report(store, tmp_path / "hostile.html")
        doc = store.document_headers()[0]["id"]
        story = store.account_page("story", 1, 0)[1][0]["id"]
    page.goto(path.as_uri() + f"#report-{doc}")
    page.wait_for_timeout(300)
    text = page.locator(".report-text:visible").inner_text()
    assert "<script>alert('x')</script>" in text and "<img src=x onerror=alert(1)>" in text
    shot(page, "hostile-static")
    server = Server(db)
    try:
        for address in (f"/reports/{doc}", f"/stories/{story}", "/search?q=mayor", "/"):
            page.goto(server.url + address)
            page.wait_for_timeout(200)
        page.goto(server.url + f"/reports/{doc}")
        assert "<script>alert('x')</script>" in page.locator(".report-text").inner_text()
        shot(page, "hostile-served")
    finally:
        server.stop()
    assert not page.dialogs
    outside = [u for u in page.requests if not (u.startswith(path.as_uri()) or u.startswith(server.url))]
    assert not outside, outside
    # the served pages asked for nothing but themselves: no script, image or frame requests
    assert all("/reports/" in u or "/stories/" in u or "/search" in u or u.endswith("/") or u.startswith("file:")
               for u in page.requests), page.requests
