"""Structure stage: publication time, outlet and sections of one report.

requires: RawDocument (text + whatever metadata the reader found)
assigns:  Document.published/_source, outlet/_source, title, sections
Nothing is deleted: sections are spans over the original text.
"""
from __future__ import annotations

from datetime import datetime

from ..options import Options
from ..records import Document, RawDocument, Section, content_id
from . import metadata
from .clutter import caption_prefix, leading_prefix, line_kind, trailing_boilerplate
from .comments import closes_thread, comment_start, opens_thread
from .lines import Line, split_lines
from .liveblog import Post, find_posts

NAME, VERSION = "structure", "20"
TITLE_MAX = 200


def structure(raw: RawDocument, options: Options) -> Document:
    text = raw.text
    lines = split_lines(text)
    kinds: list[str | None] = [line_kind(line) for line in lines]
    prefix = leading_prefix(lines[0]) if lines else 0
    address = metadata.source_url(lines)  # (url, site) of a saved page's address on the first line
    url = raw.url or (address[0] if address else None)
    dated_line = metadata.date_line(lines, url)
    if dated_line and not raw.published:
        kinds[dated_line[1].index] = "boilerplate"  # "Posted July 20, 2009" is no reporting, nor the title

    published, published_source, note = _published(raw, lines, options, dated_line[0] if dated_line else None, url)
    outlet, outlet_source = _outlet(raw, lines, options, address[1] if address else None)

    day = published[:10] if published and len(published) >= 10 else None
    posts = find_posts(lines, [k is not None for k in kinds], day)
    in_post = {i for post in posts for i in range(post.first, post.last + 1)}
    if not published and posts and posts[0].published:
        published, published_source = max(p.published for p in posts if p.published), "timestamp"

    comment_lines = _comment_lines(raw, lines, kinds, in_post)
    for i, line in enumerate(lines):
        # "Views expressed in the comments do not represent those of Reuters .": where a thread
        # starts, or a page's furniture where none follows; never a reader's words or the report's
        if kinds[i] is None and i not in in_post and opens_thread(line.text):
            kinds[i] = "boilerplate"
    closed = next((i for i in sorted(comment_lines) if closes_thread(lines[i].text)), None)
    for i in comment_lines if closed is not None else ():
        if i >= closed and kinds[i] is None:
            kinds[i] = "boilerplate"  # "This discussion is now closed .": the footer follows
    # what a line opens with that is not reporting: a kicker on the first line, a photo credit glued
    # to a line of text ("Photograph : Liz Condo\/AP Soon after ...")
    # (a short such line is no caption as a whole: what follows the credit is the report)
    glued = {i: ("caption", n) for i, line in enumerate(lines)
             if kinds[i] in (None, "caption") and i not in in_post and (n := caption_prefix(line))}
    for i in glued:
        kinds[i] = None
    if prefix:
        glued[0] = ("boilerplate", prefix)
    tails = {i: n for i, line in enumerate(lines)
             if kinds[i] is None and (n := trailing_boilerplate(line)) is not None}
    for i in [i for i, n in tails.items() if not lines[i].text[:n].strip()]:
        kinds[i] = "boilerplate"  # the whole line
        del tails[i]
    sections = _sections(lines, kinds, posts, comment_lines, glued, tails)
    doc = Document(
        id=content_id(text), path=raw.path, text=text, format=raw.format, line=raw.line,
        title=raw.title or _title(lines, kinds, prefix), url=url,
        outlet=outlet, outlet_source=outlet_source,
        published=published, published_source=published_source,
        authors=list(raw.authors), sections=sections, stages={NAME: VERSION},
    )
    if note:
        doc.notes.append(note)
    return doc


def _published(
    raw: RawDocument, lines: list[Line], options: Options, date_line: metadata.Found | None, url: str | None
) -> tuple[str | None, str | None, str | None]:
    if raw.published:
        return _iso(raw.published), raw.published_source or "metadata", None
    for found in (metadata.leading_date(lines), metadata.dateline(lines, raw.mtime)[0], date_line,
                  metadata.url_date(url) if url else None, metadata.glued_stamp(lines)):
        if found:
            return found.value, found.source, found.note
    stamp = metadata.unix_timestamp(lines)
    if stamp:
        return stamp[0].value, stamp[0].source, None
    found = metadata.path_date(raw.path) if raw.path else None
    if found:
        return found.value, found.source, None
    if options.published:
        return options.published, "user", None
    return None, None, None  # unknown stays unknown: never the machine's clock


def _iso(value: str) -> str:
    """Metadata dates as ISO 8601 ("2024-03-06 17:20:00" -> "2024-03-06T17:20:00"); else as given."""
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).isoformat().replace("+00:00", "Z")
    except ValueError:
        return value.strip()


def _outlet(raw: RawDocument, lines: list[Line], options: Options, site: str | None) -> tuple[str | None, str | None]:
    if raw.outlet:
        return metadata.canonical_outlet(raw.outlet), "metadata"
    found = metadata.dateline(lines, None)[1]
    if found:
        return found, "dateline"
    if site:
        return metadata.canonical_outlet(site), "url"
    found = metadata.self_reference(lines)
    if found:
        return found, "self-reference"
    found = metadata.signature(raw.text[:5000])
    if found:
        return found, "signature"
    if options.outlet:
        return options.outlet, "user"
    return None, None


def _comment_lines(raw: RawDocument, lines: list[Line], kinds: list[str | None], in_post: set[int]) -> set[int]:
    if raw.comment_spans:  # the reader already knows (HTML comment markup)
        return {
            line.index for line in lines
            if any(start <= line.start < end for start, end in raw.comment_spans)
        }
    candidates = [i for i in range(len(lines)) if kinds[i] is None and i not in in_post]
    start = comment_start(lines, candidates)
    if start is None:
        return set()
    return {i for i in range(start, len(lines)) if i not in in_post}


def _sections(
    lines: list[Line], kinds: list[str | None], posts: list[Post], comments: set[int],
    glued: dict[int, tuple[str, int]], tails: dict[int, int],
) -> list[Section]:
    sections: list[Section] = []
    in_post = {i: post for post in posts for i in range(post.first, post.last + 1)}

    def add(kind: str, start: int, end: int) -> None:
        last = sections[-1] if sections else None
        if last and last.kind == kind and kind != "post":
            last.end = end  # merge runs of the same kind into one span
        else:
            sections.append(Section(kind, start, end))

    for i, line in enumerate(lines):
        if i in in_post:
            post = in_post[i]
            # the byline-and-time line ("Arpan RaiJuly 11, 2023 07:26") is furniture: its name and
            # time are the post's author and published, not an actor or a date of the story
            body = [j for j in range(post.first, post.last + 1) if j != post.marker] or [post.marker]
            if i == body[0]:
                sections.append(Section("post", line.start, lines[body[-1]].end, post.published, post.author, post.title))
            elif i == post.marker:
                add("boilerplate", line.start, line.end)
            continue
        start = line.start
        if i in glued:  # (kind, length) of what the line opens with
            kind, length = glued[i]
            add(kind, line.start, line.start + len(line.text[:length].rstrip()))
            start = line.start + length
        end = line.start + len(line.text[:tails[i]].rstrip()) if i in tails else line.end
        if i in comments and kinds[i] is None:
            add("comment", start, end)
        else:
            add(kinds[i] or "body", start, end)
        if i in tails:  # what the line ends with that is not reporting: a credit line and the footer
            add("boilerplate", line.start + tails[i], line.end)
    return sections


def _title(lines: list[Line], kinds: list[str | None], prefix: int) -> str | None:
    """A first short line without a closing full stop is the headline of a plain-text report."""
    for i, line in enumerate(lines[:3]):
        if kinds[i] is not None:
            continue
        text = line.text[prefix:] if i == 0 else line.text
        if len(text) <= TITLE_MAX and not text.rstrip().endswith((".", ":", "”", '"')):
            return text
        return None
    return None
