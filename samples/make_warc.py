"""Regenerate corpus/13_crawl.warc.gz (a small web-archive sample) with warcio.

Run: .venv/bin/python samples/make_warc.py. The archive holds one HTML article and one
image record, which `storyline build` must skip because it is not HTML.
"""
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ARTICLE = """<!DOCTYPE html><html><head><title>Portmere dockers vote on strike</title>
<meta property="og:site_name" content="Harbour Radio">
<meta property="article:published_time" content="2024-03-03T18:00:00Z"></head>
<body><article><h1>Portmere dockers vote on strike</h1>
<p>Dockers at Portmere voted on Sunday to walk out on Monday morning in a dispute over night-shift pay, the dockers' union said.</p>
<p>Union leader Carla Mendes said 91 percent of members who voted backed the strike.</p>
<p>The port authority said it regretted the decision and remained open to talks.</p>
</article></body></html>"""


def main() -> None:
    target = Path(__file__).parent / "corpus" / "13_crawl.warc.gz"
    with open(target, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        records = [
            ("https://harbourradio.example/dockers-vote", "text/html; charset=utf-8", ARTICLE.encode()),
            ("https://harbourradio.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(32)),
        ]
        for url, ctype, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers)
            writer.write_record(record)
    print(target)


if __name__ == "__main__":
    main()
