"""Read ECB+ (CAT XML): token text, entity and event mentions and their cross-document chains."""
from __future__ import annotations

import csv
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

# Participants, locations and times are the entity mentions of ECB+.
ENTITY_PREFIXES = ("HUMAN_PART", "NON_HUMAN_PART", "LOC_", "TIME_")
# Events (what happened, was said, or did not happen): `storyline eval claims` reads these.
ACTION_PREFIXES = ("ACTION_", "NEG_ACTION_")
FUNCTION_WORDS = {"the", "a", "an", "of", "and", "de", "for", "in", "on", "at", "'s", "’s", "&", "-"}


@dataclass(slots=True)
class GoldMention:
    id: tuple[str, str]  # (document, markable id)
    doc: str
    sentence: int
    start: int  # token positions within the document's token list
    end: int
    text: str
    kind: str
    chain: str  # cross-document instance id, or a singleton id

    @property
    def proper(self) -> bool:
        """Proper-name subset: not a time, every word capitalised but function words, and not a
        single sentence-initial word (whose capital says nothing)."""
        if self.kind.startswith("TIME_"):
            return False
        words = [w for w in self.text.split() if any(ch.isalpha() for ch in w)]
        content = [w for w in words if w.lower() not in FUNCTION_WORDS]
        if not content or not all(w[:1].isupper() for w in content):
            return False
        return not (len(content) == 1 and self.start_in_sentence == 0)

    start_in_sentence: int = 0


@dataclass(slots=True)
class EcbDocument:
    name: str
    topic: str
    tokens: list[str]
    sentences: list[int]  # sentence number per token
    mentions: list[GoldMention] = field(default_factory=list)
    selected: set[int] | None = None  # the sentences the corpus annotates (None: all)
    actions: list[GoldMention] = field(default_factory=list)


def _selected(folder: Path) -> dict[str, set[int]] | None:
    csv_path = folder.parent / "ECBplus_coreference_sentences.csv"
    if not csv_path.exists():
        return None
    chosen: dict[str, set[int]] = defaultdict(set)
    with open(csv_path, newline="") as handle:
        for row in csv.DictReader(handle):
            chosen[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    return chosen


def read_document(path: Path, selected: set[int] | None) -> EcbDocument:
    root = ET.parse(path).getroot()
    name = path.stem
    tokens, sentences, positions, in_sentence = [], [], {}, {}
    for token in root.iter("token"):
        positions[token.get("t_id")] = len(tokens)
        in_sentence[token.get("t_id")] = int(token.get("number", 0))
        tokens.append(token.text or "")
        sentences.append(int(token.get("sentence", 0)))
    chain_of: dict[str, str] = {}
    for relation in root.find("Relations") if root.find("Relations") is not None else []:
        note = relation.get("note") or f"{name}:{relation.find('target').get('m_id')}"
        for source in relation.findall("source"):
            chain_of[source.get("m_id")] = note
    doc = EcbDocument(name, name.split("_")[0], tokens, sentences, selected=selected)
    markables = root.find("Markables")
    for node in markables if markables is not None else []:
        anchors = [positions[a.get("t_id")] for a in node.findall("token_anchor") if a.get("t_id") in positions]
        if not anchors or not node.tag.startswith(ENTITY_PREFIXES + ACTION_PREFIXES):
            continue
        start, end = min(anchors), max(anchors) + 1
        if selected is not None and sentences[start] not in selected:
            continue
        m_id = node.get("m_id")
        first_t = next(a.get("t_id") for a in node.findall("token_anchor"))
        mention = GoldMention((name, m_id), name, sentences[start], start, end, " ".join(tokens[start:end]),
                              node.tag, chain_of.get(m_id, f"{name}:{m_id}"))
        mention.start_in_sentence = in_sentence.get(first_t, 0)
        (doc.actions if node.tag.startswith(ACTION_PREFIXES) else doc.mentions).append(mention)
    return doc


def read_topics(folder: str | Path) -> dict[str, list[EcbDocument]]:
    folder = Path(folder)
    files = sorted(folder.glob("*/*.xml"))
    if not files:
        raise ValueError(f"{folder}: no ECB+ topic folders with .xml files")
    selected = _selected(folder)
    topics: dict[str, list[EcbDocument]] = defaultdict(list)
    for path in files:
        chosen = selected.get(path.stem, set()) if selected is not None else None
        try:
            doc = read_document(path, chosen)
        except (ET.ParseError, ValueError, AttributeError, KeyError, OSError) as error:
            # named with its reason and left out; the other documents are still read
            print(f"skipped {path}: {error or type(error).__name__}", file=sys.stderr)
            continue
        topics[doc.topic].append(doc)
    return dict(topics)


# ECB+ gives tokens only; they are joined the way news prints them ("Dec. 17, 2008", "Obama's")
# so that the parser and the time grammar see ordinary text
_ATTACH_LEFT = {",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "’s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m"}
_ATTACH_RIGHT = {"(", "[", "$", "#"}


def _glued(tokens: list[str], i: int) -> bool:
    token, before = tokens[i], tokens[i - 1]
    if token in _ATTACH_LEFT or before in _ATTACH_RIGHT:
        return True
    if len(token) == 1 and token.isupper() and before == "." and i >= 2 and len(tokens[i - 2]) == 1 \
            and tokens[i - 2].isupper():
        return True  # "U . S ." -> "U.S."
    if token == "s" and before in ("’", "'"):
        return True  # "company ’ s"
    if token in ("’", "'") and i + 1 < len(tokens) and tokens[i + 1] == "s":
        return True
    # "05 : 31", "8 . 1", "1 , 000" (digits that a separator joins)
    return before in (":", ".", ",") and i >= 2 and tokens[i - 2].isdigit() and token.isdigit() and (
        before != "," or len(token) == 3)


def text_and_offsets(doc: EcbDocument) -> tuple[str, list[int]]:
    offsets, parts, pos = [], [], 0
    address = False  # inside a sentence that is a web address ("http : / / www . bbc . co . uk / ...")
    for i, token in enumerate(doc.tokens):
        if not i or doc.sentences[i] != doc.sentences[i - 1]:
            if i:
                parts.append("\n")
                pos += 1
            address = token.lower() in ("http", "https")
        elif not address and not _glued(doc.tokens, i):
            parts.append(" ")
            pos += 1
        offsets.append(pos)
        parts.append(token)
        pos += len(token)
    return "".join(parts), offsets
