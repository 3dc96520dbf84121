"""The account shown: every route of the web UI and its JSON twin (in process), the static report,
the Markdown dossier and GraphML exports, and escaping of hostile article text."""
import re
import warnings
from html.parser import HTMLParser

import networkx as nx
import pytest
from conftest import needs_seeds, SEEDS

warnings.filterwarnings("ignore", message=".*httpx.*", category=DeprecationWarning)

HOSTILE = """Hostile Gazette
Published 2024-03-03

Mayor Elena Varga said <script>alert('x')</script> the harbour was safe.
"<img src=x onerror=alert(1)>" the mayor added, pointing readers to <a href="javascript:alert(2)">this link</a>.
[click](javascript:alert(3)) <iframe src="https://example.com/track"></iframe>
"""


@pytest.fixture(scope="module")
def client(sample_db):
    from fastapi.testclient import TestClient

    from storyline.present.web import create_app

    return TestClient(create_app(str(sample_db)))


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    from storyline import build

    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    db = folder / "hostile.db"
    assert build([str(folder / "hostile.txt")], db=str(db)).exit_code == 0
    return db


class _Tags(HTMLParser):
    """Every start tag and attribute of a page, to prove what article text did not become."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def assert_inert(html: str) -> None:
    tags = tags_of(html)
    assert not [t for t, _ in tags if t in ("script", "iframe", "img", "object", "embed")]
    for _, attrs in tags:
        assert not any(k.startswith("on") for k in attrs), attrs
        assert not any(str(v).strip().lower().startswith("javascript:") for v in attrs.values()), attrs


def test_index_and_its_json_twin(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "script-src" not in page.headers["content-security-policy"]  # default-src 'none': no scripts
    twin = client.get("/api/stories").json()
    assert twin["total"] >= 1 and twin["stories"]
    assert '<link rel="alternate" type="application/json" href="/api/stories?page=1">' in page.text
    for story in twin["stories"]:
        assert story["title"] in page.text.replace("&#39;", "'").replace("&amp;", "&") or story["title"] is None


def test_pagination(client):
    one = client.get("/api/stories", params={"per_page": 1}).json()
    assert one["per_page"] == 1 and one["pages"] == one["total"] and len(one["stories"]) == 1
    if one["total"] > 1:
        two = client.get("/api/stories", params={"per_page": 1, "page": 2}).json()
        assert two["stories"][0]["id"] != one["stories"][0]["id"]
    assert client.get("/api/stories", params={"page": 0}).status_code == 422


def test_one_outlet_spelt_two_ways_is_one_column(client):
    # the wire's dateline says "/MNA/", its own page "Meridian News Agency": the story counts one
    # outlet and the "who carries which claim" matrix has one column for it
    from storyline.assemble import outlet_labels

    stories = client.get("/api/stories").json()["stories"]
    pumping = next(s for s in stories if s["title"].startswith("Kestrel Bay pumping station"))
    v = client.get(f"/api/stories/{pumping['id']}").json()
    assert set(v["story"]["coverage"]) >= {"MNA", "Meridian News Agency"}
    assert "MNA" not in v["outlets"] and "Meridian News Agency" in v["outlets"]
    assert pumping["outlets"] == len(v["outlets"]) == len(v["story"]["coverage"]) - 1
    assert outlet_labels(["the times", "The Times", "doc:1"]) == {"the times": "The Times", "The Times": "The Times",
                                                                 "doc:1": "doc:1"}


def test_story_page_and_twin_agree_and_link_to_sources(client):
    story_id = client.get("/api/stories").json()["stories"][0]["id"]
    v = client.get(f"/api/stories/{story_id}").json()
    page = client.get(f"/stories/{story_id}").text
    assert {"story", "timeline", "claims", "actors", "quotes", "matrix", "framing", "reports"} <= set(v)
    for claim in v["claims"]:
        for source in claim["sources"]:
            assert source["anchor"].startswith("s")
            assert f'href="/reports/{source["doc"]}#{source["anchor"]}"' in page
    for actor in v["actors"]:
        assert f'/actors/{actor["id"]}' in page
    assert_inert(page)


def test_report_page_highlights_sentences_entities_dates_and_quotes(client):
    story = client.get("/api/stories/" + client.get("/api/stories").json()["stories"][0]["id"]).json()
    doc = story["reports"][0]["id"]
    v = client.get(f"/api/reports/{doc}").json()
    page = client.get(f"/reports/{doc}").text
    for quote in v["quotes"]:
        assert f'id="{quote["anchor"]}"' in page
    assert 'class="entity"' in page and 'class="time"' in page
    # the blocks cover the report text exactly, character for character
    text = "".join(p["text"] for b in v["blocks"] for r in b["runs"] for p in r["pieces"])
    covered = sorted((b["start"], b["end"]) for b in v["blocks"])
    assert text == "".join(v["report"]["text"][a:b] for a, b in covered)


def test_actor_page_and_twin(client):
    twin = client.get("/api/search", params={"q": "Varga", "kind": "actor"}).json()
    assert twin["hits"], "the sample's mayor is an actor"
    actor = twin["hits"][0]["ref"]
    v = client.get(f"/api/actors/{actor}").json()
    assert v["actor"]["name"] == "Elena Varga"
    assert v["quotes"] and all(q["anchor"] for q in v["quotes"])
    page = client.get(f"/actors/{actor}").text
    assert "Elena Varga" in page and v["stories"] and f'/stories/{v["stories"][0]["id"]}' in page


def test_search_over_reports_quotes_and_actors(client):
    found = client.get("/api/search", params={"q": "harbour"}).json()
    assert found["total"] >= 2 and {h["kind"] for h in found["hits"]} >= {"report"}
    assert any(p["hit"] for h in found["hits"] for p in h["snippet"])
    quotes = client.get("/api/search", params={"q": "overnight", "kind": "quote"}).json()
    assert quotes["hits"] and all(h["kind"] == "quote" for h in quotes["hits"])
    page = client.get("/search", params={"q": "harbour"}).text
    assert "<mark>" in page.lower()
    # FTS syntax in a query is taken as words, never as an error
    assert client.get("/api/search", params={"q": 'harbour" OR NEAR(('}).status_code == 200
    assert client.get("/api/search", params={"q": "zzzunseen"}).json()["total"] == 0


def test_missing_things_are_404_with_a_message(client):
    for path in ("/stories/S999", "/reports/nope", "/actors/nope"):
        page = client.get(path)
        assert page.status_code == 404 and "not in this database" in page.text
        assert client.get("/api" + path).json()["detail"].endswith("not in this database")


def test_openapi_describes_the_json_api_and_no_cdn_docs(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/stories", "/api/stories/{story_id}", "/api/reports/{doc_id}", "/api/actors/{entity_id}",
            "/api/search"} <= set(spec["paths"])
    assert client.get("/docs").status_code == 404  # Swagger UI would load scripts from a CDN


def test_server_never_writes(sample_db):
    from storyline.present.web import create_app

    before = sample_db.read_bytes()
    from fastapi.testclient import TestClient

    with TestClient(create_app(str(sample_db))) as c:
        c.get("/")
        c.get("/api/search", params={"q": "storm"})
    assert sample_db.read_bytes() == before


def test_missing_database_is_named(tmp_path):
    from storyline.present.web import create_app
    from storyline.store import StoreError

    with pytest.raises(StoreError, match="no such database"):
        create_app(str(tmp_path / "none.db"))


def test_hostile_report_is_text_everywhere(hostile_db, tmp_path):
    from fastapi.testclient import TestClient

    from storyline.present.report import write_report
    from storyline.present.web import create_app
    from storyline.store import Store

    client = TestClient(create_app(str(hostile_db)))
    doc = client.get("/api/search", params={"q": "harbour", "kind": "report"}).json()["hits"][0]["doc"]
    page = client.get(f"/reports/{doc}").text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert_inert(page)
    for path in ["/", f"/api/reports/{doc}", "/search?q=mayor"] + [
            f"/stories/{s['id']}" for s in client.get("/api/stories").json()["stories"]]:
        if not path.startswith("/api"):
            assert_inert(client.get(path).text)
    with Store(str(hostile_db), readonly=True) as store:
        (path,) = write_report(store, tmp_path / "r.html")
    html = path.read_text()
    assert "&lt;script&gt;" in html and "&lt;iframe" in html
    assert_inert(html)


def test_reported_speech_is_never_dressed_as_a_quotation():
    from storyline.present.render import environment, quoted

    assert quoted("the situation in Russia", "indirect") == "the situation in Russia"
    assert quoted("the “strategic failure” of the president", "partial") == "the “strategic failure” of the president"
    assert quoted("“It’s too soon to know,”", "direct") == "“It’s too soon to know,”"  # its own marks, once
    assert quoted("It was scary", "direct") == "“It was scary”"
    # the filter's output is still escaped: article text never becomes markup
    page = environment().from_string("{{ t|quoted('direct') }}").render(t="<b>x</b>")
    assert page == "“&lt;b&gt;x&lt;/b&gt;”"


def test_static_report_is_self_contained_and_pages(sample_db, tmp_path):
    from storyline.present.report import write_report
    from storyline.store import Store

    with Store(str(sample_db), readonly=True) as store:
        one = write_report(store, tmp_path / "all.html")
        paged = write_report(store, tmp_path / "paged.html", per_file=1)
    html = one[0].read_text()
    assert len(one) == 1 and len(paged) >= 2 and paged[1].name == "paged-2.html"
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)  # nothing from the network
    assert_inert(html)
    ids = set(re.findall(r'id="([^"]+)"', html))
    for target in re.findall(r'href="#([^"]+)"', html):
        assert target in ids, f"dangling link #{target}"
    assert 'href="paged-2.html#' in paged[0].read_text()
    names = {p.name for p in paged}
    for part in paged:
        page = part.read_text()
        ids = set(re.findall(r'id="([^"]+)"', page))
        for target in re.findall(r'href="#([^"]+)"', page):
            assert target in ids, f"{part.name}: dangling link #{target}"
        for other in re.findall(r'href="([^"#]+)#', page):
            assert other in names, f"{part.name}: link to a missing file {other}"


def test_markdown_dossier_and_graphml(sample_db, hostile_db, tmp_path):
    from storyline.present.dossier import dossier, write_dossiers
    from storyline.present.graph import write_graphml
    from storyline.store import Store

    with Store(str(sample_db), readonly=True) as store:
        paths = write_dossiers(store, tmp_path / "md")
        graph = write_graphml(store, tmp_path / "actors.graphml")
    text = paths[0].read_text()
    assert text.startswith("# ") and "## Timeline" in text and "## Claims" in text
    counts = [p.read_text().split("\n")[2] for p in paths]  # "6 reports from 6 outlets, ..."
    assert any(re.match(r"[2-9] reports from [2-9] outlets,", c) for c in counts)
    assert re.search(r"\[[^\]]+ · [0-9a-f]{16} \d+–\d+\]", text)  # every fact cites report and span
    quotes = [line for line in text.split("## Quotes by speaker")[1].split("## Claims")[0].splitlines() if line.startswith("- ")]
    assert quotes and all(re.search(r" \((direct|indirect|partial)(, [^)]+)?\) \[", line) for line in quotes)  # kind and cue
    summary = text.split("## Summary")[1].split("## Key dates")[0]
    assert all(re.match(r"- \*\*(\d{4}-\d{2}(-\d{2})?|undated)\*\* ", line) for line in summary.splitlines() if line)
    read = nx.read_graphml(tmp_path / "actors.graphml")
    assert read.number_of_nodes() == graph.number_of_nodes() > 0
    kinds = {d["kind"] for _, _, d in read.edges(data=True)}
    assert "co_occurs" in kinds
    with Store(str(hostile_db), readonly=True) as store:
        story = store.account_page("story", 1, 0)[1][0]["id"]
        hostile = dossier(store, story)
    assert "<script>" not in hostile and "&lt;script&gt;" in hostile
    assert hostile.split("\n")[2].startswith("1 report from 1 outlet,")  # not "1 reports"


@needs_seeds
def test_seed_story_page_shows_the_account(tmp_path_factory):
    from fastapi.testclient import TestClient

    from storyline import build
    from storyline.present.web import create_app

    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    assert build([str(SEEDS)], db=str(db)).exit_code == 0
    client = TestClient(create_app(str(db)))
    stories = client.get("/api/stories").json()["stories"]
    wagner = next(s for s in stories if s["reports"] == 5)
    v = client.get(f"/api/stories/{wagner['id']}").json()
    prigozhin = [a for a in v["actors"] if "Prigozhin" in a["name"]]
    assert len(prigozhin) == 1 and {"Evgeny Prigozhin", "Yevgeny Prigozhin"} <= set(prigozhin[0]["aliases"])
    speakers = {g["name"] for g in v["quotes"]}
    assert {"Antony Blinken", "Dmitry Peskov", "Vladimir Putin"} <= speakers
    assert "Jens Stoltenberg" not in speakers  # the live blog's NATO posts are another story
    readers = [g for g in v["quotes"] if g["name"] == "reader comments"]
    assert readers and all(q["in_comment"] for q in readers[0]["quotes"])
    assert not any(q["in_comment"] for g in v["quotes"] if g is not readers[0] for q in g["quotes"])
    disputed = [c for c in v["claims"] if c["status"] == "disputed"]
    assert any("strike" in c["text"] for c in disputed)  # the army struck his men
    page = client.get(f"/stories/{wagner['id']}").text
    assert "5 reports from 5 outlets" in page
    # an uncertain date says why ("The confirmation that Putin met ... Prigozhin, who led troops in
    # a march on Moscow last month ...": last month is named only in the relative clause)
    assert "(date uncertain: named only in a relative clause)" in page
    assert "(date uncertain: its report&#39;s date is inferred)" in page
    single = next(s for s in stories if s["reports"] == 1)
    assert "1 report from 1 outlet," in client.get(f"/stories/{single['id']}").text
    for claim in disputed:
        for s in claim["sources"] + claim["disputed_by"]:
            assert f'/reports/{s["doc"]}#{s["anchor"]}' in page
            report = client.get(f"/reports/{s['doc']}").text
            assert f'<span class="sent" id="{s["anchor"]}">' in report
    # the static report of the same database shows the same account, linked the same way
    from storyline.present.report import write_report
    from storyline.store import Store

    with Store(str(db), readonly=True) as store:
        (path,) = write_report(store, db.parent / "seeds.html")
    html = path.read_text()
    ids = set(re.findall(r'id="([^"]+)"', html))
    assert f'actor-{prigozhin[0]["id"]}' in ids and "Evgeny Prigozhin" in html
    for claim in disputed:
        for s in claim["sources"] + claim["disputed_by"]:
            assert f'href="#report-{s["doc"]}-{s["anchor"]}"' in html and f'report-{s["doc"]}-{s["anchor"]}' in ids


def test_pages_say_when_the_stored_account_is_older_than_the_code(sample_db, tmp_path, capsys):
    # the pages never write: on a database whose account an earlier version made they show it, and
    # say so (index page, its JSON twin, the static report) and `report` notes it on stderr
    import json
    import shutil
    import sqlite3

    from fastapi.testclient import TestClient

    from storyline.cli import main
    from storyline.present.web import create_app

    assert TestClient(create_app(str(sample_db))).get("/api/stories").json()["stale"] is None
    old = tmp_path / "old.db"
    shutil.copy(sample_db, old)
    connection = sqlite3.connect(old)
    with connection:
        meta = json.loads(connection.execute("SELECT value FROM meta WHERE key = 'account'").fetchone()[0])
        connection.execute("UPDATE meta SET value = ? WHERE key = 'account'", (json.dumps(dict(meta, version="1")),))
    connection.close()
    client = TestClient(create_app(str(old)))
    assert "assemble 1, now" in client.get("/api/stories").json()["stale"]
    assert "run `storyline build` on this database" in client.get("/").text
    assert main(["report", "--db", str(old), "-o", str(tmp_path / "old.html")]) == 0
    assert "note: " in capsys.readouterr().err and "assemble 1, now" in (tmp_path / "old.html").read_text()
    assert main(["info", "--db", str(old)]) == 0 and "  account: This account was made by an earlier" in capsys.readouterr().out
    assert main(["info", "--db", str(sample_db)]) == 0 and "  account: current" in capsys.readouterr().out
