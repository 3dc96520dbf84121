"""Per-Doc caches shared by the stages that read a spaCy parse: spaCy rebuilds `Doc.text` on every
access (a pass over all tokens, making a Python object for each), which a rule asked once per
time expression or per candidate cue would otherwise pay thousands of times per report."""
from __future__ import annotations


def cached(doc, key: str, make):
    """`make(doc)`, computed once per Doc and kept in its user_data under `key`."""
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = make(doc)
    return value


def text_of(doc) -> str:
    """The Doc's text, built once."""
    return cached(doc, "storyline_text", lambda d: d.text)
