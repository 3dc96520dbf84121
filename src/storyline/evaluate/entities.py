"""`storyline eval entities DIR`: cross-document entity coreference on ECB+.

Two settings: gold mentions given (the system only clusters them) and Storyline's own mentions
(spaCy names and dates plus pronouns, their bounds put in ECB+'s conventions by `_ecb_bounds`,
matched to gold by exact token span). Each is scored over all entity mentions and over the
proper-name subset (`GoldMention.proper`). Clustering is per topic, by the rules of
`ecb_clusters.py`, with each report's story from the pipeline's own story clustering over all
topics at once (no number of stories given). ECB+ gives tokens only: `ecbplus.text_and_offsets`
joins them as news prints them ("Dec. 17, 2008") before parsing.
"""
from __future__ import annotations

import time as clock
from collections.abc import Hashable
from pathlib import Path
from typing import Any

from ..assemble import story_clusters
from ..options import Options
from ..records import RawDocument
from ..structure import structure
from .coref_metrics import conll
from .ecb_clusters import NER_TYPES, PRONOUNS, cluster_topic
from .ecbplus import EcbDocument, GoldMention, read_topics, text_and_offsets


def _clusters(labels: dict[Hashable, Hashable], keep) -> list[set]:
    groups: dict[Hashable, set] = {}
    for mention, label in labels.items():
        if keep(mention):
            groups.setdefault(label, set()).add(mention)
    return list(groups.values())


_PLACE_PREPOSITIONS = {"in", "at", "on", "near", "from", "to", "into", "off", "outside", "inside"}


def _ecb_bounds(tokens: list[str], start: int, end: int, label: str) -> tuple[int, int]:
    """spaCy's entity span in ECB+'s conventions: a place keeps its preposition ("in Queens"),
    an organisation or person drops "the", no span ends in "'s" or a full stop."""
    while end - start > 1 and tokens[end - 1] in ("'s", "’s", ".", "'"):
        end -= 1
    if label in ("GPE", "LOC", "FAC"):
        if start > 0 and tokens[start - 1].lower() in _PLACE_PREPOSITIONS:
            start -= 1
    elif tokens[start].lower() == "the" and end - start > 1:
        start += 1
    return start, end


def _system_mentions(doc: EcbDocument, nlp_doc) -> list[tuple]:
    """Storyline's own mentions on ECB+ tokens: names and dates from spaCy, and pronouns."""
    text, offsets = text_and_offsets(doc)
    start_of = {o: i for i, o in enumerate(offsets)}
    end_of = {o + len(doc.tokens[i]): i for i, o in enumerate(offsets)}
    found = []
    for ent in nlp_doc.ents:
        if ent.label_ in NER_TYPES and ent.start_char in start_of and ent.end_char in end_of:
            found.append(_ecb_bounds(doc.tokens, start_of[ent.start_char], end_of[ent.end_char] + 1, ent.label_))
    for token in nlp_doc:
        if token.lower_ in PRONOUNS and token.tag_ in ("PRP", "PRP$", "WP") and token.idx in start_of:
            found.append((start_of[token.idx], start_of[token.idx] + 1))
    keep = doc.selected
    return [((doc.name, f"s{s}-{e}"), s, e) for s, e in sorted(set(found))
            if keep is None or doc.sentences[s] in keep]


def _stories(topics: dict[str, list[EcbDocument]], parses: dict[str, list], options: Options) -> dict[str, int]:
    """Each report's story, as the pipeline finds stories in the whole collection (all topics
    together, no number given): the per-document stage on the parses already made, then the
    story clustering."""
    from ..annotate import annotate_docs

    docs = [structure(RawDocument(path=ecb.name, text=text_and_offsets(ecb)[0], format="text"), options)
            for topic_docs in topics.values() for ecb in topic_docs]
    annotate_docs(docs, options, [p for topic in topics for p in parses[topic]])
    path_of = {d.id: d.path for d in docs}
    return {path_of[u.doc]: cluster.number for cluster in story_clusters(docs, options).clusters for u in cluster.units}


def evaluate(folder: str | Path, options: Options = Options()) -> dict[str, Any]:
    from ..annotate import for_parser, load_nlp

    nlp = load_nlp(options.model)
    topics = read_topics(folder)
    started = clock.perf_counter()
    parses = {topic: list(nlp.pipe(for_parser(text_and_offsets(d)[0]) for d in docs)) for topic, docs in topics.items()}
    story_of = _stories(topics, parses, options)
    gold_labels: dict[Hashable, str] = {}
    gold_info: dict[Hashable, GoldMention] = {}
    labels_gold_mode: dict[Hashable, Hashable] = {}
    labels_system_mode: dict[Hashable, Hashable] = {}
    span_to_gold: dict[tuple, Hashable] = {}
    for topic, docs in sorted(topics.items()):
        given = {}
        for doc in docs:
            given[doc.name] = [(m.id, m.start, m.end) for m in doc.mentions]
            for m in doc.mentions:
                gold_labels[m.id] = (topic, m.chain)
                gold_info[m.id] = m
                span_to_gold[(doc.name, m.start, m.end)] = m.id
        for ident, label in cluster_topic(docs, parses[topic], given, story_of).items():
            labels_gold_mode[ident] = (topic, label)
        own = {}
        for doc, parsed in zip(docs, parses[topic]):
            own[doc.name] = [(span_to_gold.get((doc.name, s, e), ident), s, e) for ident, s, e in _system_mentions(doc, parsed)]
        for ident, label in cluster_topic(docs, parses[topic], own, story_of).items():
            labels_system_mode[ident] = (topic, label)
    seconds = clock.perf_counter() - started
    key_all = _clusters(gold_labels, lambda m: True)
    key_proper = _clusters(gold_labels, lambda m: gold_info[m].proper)
    result: dict[str, Any] = {
        "topics": len(topics), "documents": sum(len(d) for d in topics.values()),
        "gold_mentions_count": len(gold_labels),
        "proper_name_mentions": sum(1 for m in gold_info.values() if m.proper),
        "proper_name_rule": "not a TIME mention; every word capitalised except function words; "
                            "not a single sentence-initial word",
        "seconds": round(seconds, 2),
    }
    for mode, labels in (("gold_mentions", labels_gold_mode), ("system_mentions", labels_system_mode)):
        result[mode] = {
            "all": conll(key_all, _clusters(labels, lambda m: True)),
            "proper_names": conll(key_proper, _clusters(labels, lambda m: m in gold_info and gold_info[m].proper)
                                  if mode == "gold_mentions" else
                                  _clusters(labels, lambda m: m not in gold_info or gold_info[m].proper)),
        }
    return result


def table(result: dict[str, Any]) -> str:
    lines = [f"{result['topics']} topics, {result['documents']} documents, {result['gold_mentions_count']} gold "
             f"entity mentions ({result['proper_name_mentions']} proper names: {result['proper_name_rule']})",
             f"{'':28}{'MUC F1':>8}{'B3 F1':>8}{'CEAF-e':>8}{'CoNLL F1':>10}"]
    for mode in ("gold_mentions", "system_mentions"):
        for subset in ("all", "proper_names"):
            r = result[mode][subset]
            lines.append(f"{mode + ' / ' + subset:28}{r['muc_f1']:>8.1f}{r['b_cubed_f1']:>8.1f}"
                         f"{r['ceaf_e_f1']:>8.1f}{r['conll_f1']:>10.1f}")
    return "\n".join(lines)
