"""Per-Doc caches: spaCy rebuilds `Doc.text` and `Doc.sents` on every access (each a pass over
all tokens), which the quote rules would otherwise do thousands of times per report."""
from __future__ import annotations

from bisect import bisect_right


def text_of(doc) -> str:
    cached = doc.user_data.get("storyline_text")
    if cached is None:
        cached = doc.user_data["storyline_text"] = doc.text
    return cached


def sentences_of(doc) -> list:
    cached = doc.user_data.get("storyline_sents")
    if cached is None:
        cached = doc.user_data["storyline_sents"] = list(doc.sents)
    return cached


def sentence_of(token):
    sentences = sentences_of(token.doc)
    starts = token.doc.user_data.get("storyline_sent_starts")
    if starts is None:
        starts = token.doc.user_data["storyline_sent_starts"] = [s.start for s in sentences]
    return sentences[bisect_right(starts, token.i) - 1]
