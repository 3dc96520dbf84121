"""Read TimeML (.tml): the plain text of <TEXT>, its gold TIMEX3 spans, and the DCT."""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass(slots=True)
class TimeMLDocument:
    name: str
    text: str
    dct: str | None
    timexes: list[GoldTimex] = field(default_factory=list)
    part: str = "."  # the sub-folder it was read from ("TimeBank", "AQUAINT")


def read_timeml(path: str | Path) -> TimeMLDocument:
    root = ET.parse(path).getroot()
    dct = None
    # the DCT's TIMEX3 sits in <DCT>; where a file has none, the one marked as the creation time
    dct_node = root.find("DCT/TIMEX3")
    if dct_node is None:
        dct_node = next((t for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), None)
    if dct_node is not None:
        dct = dct_node.get("value")
    text_node = root.find("TEXT")
    if text_node is None:
        raise ValueError(f"{path}: no <TEXT> element")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    length = 0

    def walk(node: ET.Element) -> None:
        nonlocal length
        if node.text:
            parts.append(node.text)
            length += len(node.text)
        for child in node:
            start = length
            walk(child)
            if child.tag == "TIMEX3":
                raw = "".join(parts)[start:length]
                lead = len(raw) - len(raw.lstrip())
                trail = len(raw) - len(raw.rstrip())
                timexes.append(GoldTimex(start + lead, length - trail, raw.strip(), child.get("type", ""),
                                         child.get("value", ""), child.get("mod")))
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)

    walk(text_node)
    return TimeMLDocument(Path(path).stem, "".join(parts), dct, timexes)


def read_folder(folder: str | Path) -> list[TimeMLDocument]:
    """Every .tml file under `folder`; one that cannot be read is named on standard error, with the
    reason, and left out (the others are still scored)."""
    folder = Path(folder)
    files = sorted(folder.rglob("*.tml"))
    if not files:
        raise ValueError(f"{folder}: no .tml files")
    docs = []
    for path in files:
        try:
            doc = read_timeml(path)
        except (ET.ParseError, ValueError, OSError) as error:  # UnicodeDecodeError is a ValueError
            print(f"skipped {path}: {error}", file=sys.stderr)
            continue
        doc.part = path.parent.relative_to(folder).as_posix()
        docs.append(doc)
    return docs
