"""Read PolNeAR brat standoff: attribution relations with source, cue and content spans."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

Pieces = tuple[tuple[int, int], ...]


@dataclass(slots=True)
class Relation:
    source: Pieces | None
    cue: Pieces | None
    content: Pieces | None


@dataclass(slots=True)
class Article:
    name: str
    text: str
    relations: list[Relation] = field(default_factory=list)


def _pieces(offsets: str, text: str) -> Pieces:
    out = []
    for part in offsets.split(";"):
        start, end = (int(x) for x in part.split())
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        out.append((start, end))
    # a span is its characters: brat lists a discontinuous span's pieces in the order they were
    # marked, which is not always the text's (90 train contents); ours are in text order
    return tuple(sorted(out))


def read_ann(path: Path, text: str) -> list[Relation]:
    spans: dict[str, Pieces] = {}
    relations = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, offsets = parts[1].split(" ", 1)
            if kind in ("Source", "Cue", "Content", "Content2", "Attribution"):
                spans[parts[0]] = _pieces(offsets, text)
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(item.split(":", 1) for item in parts[1].split()[1:] if ":" in item)
            content = spans.get(roles.get("Content", ""))
            if "Content2" in roles and content and roles["Content2"] in spans:
                content = tuple(sorted(content + spans[roles["Content2"]]))
            relations.append(Relation(spans.get(roles.get("Source", "")), spans.get(roles.get("Cue", "")), content))
    return relations


def read_folder(folder: str | Path) -> list[Article]:
    """One annotator per article (the first by file name), so multiply annotated articles count once.
    An article that cannot be read is named on standard error, with the reason, and left out."""
    folder = Path(folder)
    texts = sorted((folder / "text").glob("*.txt"))
    if not texts:
        raise ValueError(f"{folder}: no text/*.txt files (expected PolNeAR's text/ and attributions/)")
    articles = []
    for text_path in texts:
        anns = sorted((folder / "attributions").glob(f"{text_path.stem}_*.ann"))
        if not anns:
            continue
        try:
            text = text_path.read_text(encoding="utf-8")
            articles.append(Article(text_path.stem, text, read_ann(anns[0], text)))
        except (ValueError, IndexError, OSError) as error:  # UnicodeDecodeError is a ValueError
            print(f"skipped {text_path.name}: {error}", file=sys.stderr)
    return articles
