"""`storyline eval stories DIR`: story clusters against ECB+ gold sub-topics.

Every document of every topic goes through the per-document stage and the assemble stage together,
with no number of stories given; each document's story is compared with its gold sub-topic (topic
plus its ecb / ecbplus half: "1_3ecb.xml" -> "1ecb")."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..annotate import process
from ..assemble import assemble
from ..options import Options
from ..records import Document, RawDocument
from .clusters import compare
from .ecbplus import EcbDocument, read_topics, text_and_offsets


def subtopic(name: str) -> str:
    match = re.match(r"(\d+)_\d+(ecbplus|ecb)$", name)
    return f"{match.group(1)}{match.group(2)}" if match else name


def topic_of(subtopic_name: str) -> str:
    """The topic of a sub-topic: "1ecbplus" -> "1"."""
    return subtopic_name.removesuffix("plus").removesuffix("ecb")


def parse_corpus(folder: str | Path, options: Options = Options()) -> tuple[list[Document], dict[str, str]]:
    return parse_topics(read_topics(folder), options)


def parse_topics(topics: dict[str, list[EcbDocument]], options: Options = Options()
                 ) -> tuple[list[Document], dict[str, str]]:
    """Every document of the topics through the per-document stage; and each one's gold sub-topic."""
    raws, gold = [], {}
    for docs in topics.values():
        for ecb in docs:
            text, _ = text_and_offsets(ecb)
            raws.append(RawDocument(path=ecb.name, text=text, format="text"))
            gold[ecb.name] = subtopic(ecb.name)
    return process(raws, options), gold


def score(docs: list[Document], gold: dict[str, str], options: Options = Options()) -> dict[str, Any]:
    account = assemble(docs, options)
    path_of = {d.id: d.path for d in docs}
    system = {}
    for story in account.stories:
        for doc in story.documents:
            system[path_of[doc]] = story.id
    for doc in docs:  # a report with no reporting text still counts, alone
        system.setdefault(doc.path, f"alone:{doc.id}")
    result = compare(gold, system)
    result["story_threshold"] = options.story_threshold
    return result


def evaluate(folder: str | Path, options: Options = Options()) -> dict[str, Any]:
    docs, gold = parse_corpus(folder, options)
    return score(docs, gold, options)


def table(result: dict[str, Any]) -> str:
    lines = [f"stories on {result['items']} documents: {result['system_clusters']} system stories, "
             f"{result['gold_clusters']} gold sub-topics (threshold {result['story_threshold']})"]
    for key in ("pairwise_precision", "pairwise_recall", "pairwise_f1", "ari", "homogeneity", "completeness", "v_measure"):
        lines.append(f"  {key:20} {100 * result[key]:6.1f}")
    return "\n".join(lines)
