"""Each reader on the shipped samples, and every kind of bad input named in issue 2."""
import gzip
import io
import json

import pytest
from conftest import SAMPLES

from storyline import Options, build
from storyline.ingest import Skip, read_inputs, read_path


def raws(path, max_bytes=10**7):
    return list(read_path(str(path), max_bytes))


def test_markdown_title_from_heading():
    [doc] = raws(SAMPLES / "07_undated_wire.md")
    assert doc.title == "Governor promises emergency fund for Kestrel Bay"
    assert doc.published is None


def test_html_metadata_and_comment_thread():
    [doc] = raws(SAMPLES / "08_gazette_storm.html")
    assert doc.title == "Inquiry ordered into Gull Point pump failure"
    assert doc.outlet == "Portmere Gazette"
    assert doc.published.startswith("2024-03-05")
    assert doc.authors == ["Ruth Aldana"]
    assert "About time." in doc.text[doc.comment_spans[0][0]:]
    assert "Home" not in doc.text  # navigation is not article text


def test_newsplease_jsonl_lines_keep_the_file_path():
    docs = raws(SAMPLES / "09_newsplease.jsonl")
    assert [d.line for d in docs] == [1, 2]
    assert all(d.path.endswith("09_newsplease.jsonl") for d in docs)
    assert docs[0].title == "Dockers end strike at Portmere after pay deal"
    assert docs[0].outlet == "harbourradio.example"
    assert docs[0].authors == ["Omar Haddad"]


def test_plain_json_record():
    [doc] = raws(SAMPLES / "10_plain_record.json")
    assert doc.outlet == "Meridian News Agency"
    assert doc.published == "2024-03-08T16:00:00Z"


def test_rss_full_content_and_summary_only_entries():
    docs = raws(SAMPLES / "11_feed.xml")
    assert len(docs) == 2
    assert "six extra sailings" in docs[0].text and "rebook free of charge" in docs[0].text
    assert docs[0].published == "2024-03-07T08:15:00Z"
    assert docs[0].outlet == "Harbour Radio News"
    assert "claims desk" in docs[1].text


def test_warc_html_responses_only():
    docs = raws(SAMPLES / "13_crawl.warc.gz")
    assert len(docs) == 1
    assert docs[0].url == "https://harbourradio.example/dockers-vote"
    assert docs[0].title == "Portmere dockers vote on strike"


def test_folders_recurse_and_globs_expand(tmp_path):
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "one.txt").write_text("First report about the harbour.")
    (tmp_path / "two.txt").write_text("Second report about the harbour.")
    assert len([r for r in read_inputs([str(tmp_path)], 10**6) if not isinstance(r, Skip)]) == 2
    assert len(list(read_inputs([str(tmp_path / "*.txt")], 10**6))) == 1


def test_standard_input(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"A report read from standard input.")))
    [doc] = raws("-")
    assert doc.path == "<stdin>" and doc.text.startswith("A report")


@pytest.fixture
def bad_inputs(tmp_path):
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "good.txt").write_text("MOSCOW, June 27. /TASS/. A good report that must still be read, officials said on Tuesday.")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin.txt").write_bytes(bytes(range(128, 256)) * 3)
    (folder / "huge.txt").write_text("word " * 5000)
    lines = [json.dumps({"maintext": "A good line of news.", "title": "Good"}), "{not json", json.dumps({"title": "no text"})]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "broken.html").write_text("<html><head><title>t</title><body><div><script>var a = '<p>")
    (folder / "sloppy.html").write_text("<html><body><article><p>Unclosed paragraphs still hold a report, "
                                        "the harbour master said on Monday.<p>Second <b>line</article>")
    warc = io.BytesIO()
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    writer = WARCWriter(warc, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://x.example/a.png", "response",
                                                  payload=io.BytesIO(b"png"), http_headers=headers))
    (folder / "images.warc.gz").write_bytes(warc.getvalue())
    return folder


def test_bad_inputs_are_named_and_the_rest_processed(bad_inputs, tmp_path):
    messages = []
    report = build([str(bad_inputs)], db=str(tmp_path / "t.db"), options=Options(max_bytes=20_000),
                   on_skip=lambda s: messages.append(s.message()))
    reasons = {s.label.rsplit("/", 1)[-1]: s.reason for s in report.skipped}
    assert "binary" in reasons["binary.txt"]
    assert "empty" in reasons["empty.txt"]
    assert "encoding" in reasons["latin.txt"]
    assert "limit" in reasons["huge.txt"]
    assert "does not parse" in reasons["feed.jsonl:2"]
    assert "no article text" in reasons["feed.jsonl:3"]
    assert "broken.html" in reasons
    assert "no HTML" in reasons["images.warc.gz"]
    assert all("\n" not in m and m.startswith("skipped ") for m in messages)
    assert "sloppy.html" not in reasons  # untidy but readable HTML is read
    assert report.added == 3  # good.txt, sloppy.html and the good JSONL line
    assert report.exit_code == 1


def test_xml_that_is_not_a_feed_is_skipped_not_read_as_text(tmp_path, monkeypatch):
    # an ECB+ file (a token per element) read as text was a report of tags; a feed or a page saved
    # as .xml is still read
    tokens = tmp_path / "1_1ecb.xml"
    tokens.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<!-- corpus -->\n<Document doc_name="1_1ecb.xml">'
                      '<token t_id="1">Another</token><token t_id="2">report</token></Document>\n')
    [skip] = raws(tokens)
    assert isinstance(skip, Skip) and skip.reason == "XML that is not an RSS or Atom feed (its root element is <Document>)"
    page = tmp_path / "page.xml"
    page.write_text("<html><body><article><p>A page saved with the wrong ending is still a report, "
                    "the harbour master said on Monday.</p></article></body></html>")
    [doc] = raws(page)
    assert not isinstance(doc, Skip) and "harbour master" in doc.text
    assert not any(isinstance(d, Skip) for d in raws(SAMPLES / "11_feed.xml"))
    xhtml = tmp_path / "page.xhtml.xml"
    xhtml.write_text('<?xml version="1.0"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
                     + "<meta name='x' content='y'/>" * 200 + "</head><body><article><p>An XHTML page is a report "
                     "too, the harbour master said on Monday.</p></article></body></html>")
    [doc] = raws(xhtml)
    assert not isinstance(doc, Skip) and "XHTML page" in doc.text
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b'<?xml version="1.0"?><urlset><url/></urlset>')))
    [skip] = raws("-")
    assert isinstance(skip, Skip) and "<urlset>" in skip.reason


def test_gzip_warc_that_is_not_a_warc(tmp_path):
    path = tmp_path / "fake.warc.gz"
    path.write_bytes(gzip.compress(b"hello, not an archive"))
    [skip] = raws(path)
    assert isinstance(skip, Skip) and "WARC" in skip.reason
