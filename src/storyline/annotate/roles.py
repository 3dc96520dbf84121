"""Roles a report gives a named person, and role phrases that refer back to one.

"Kremlin spokesman Dmitry Peskov" -> role "Kremlin spokesman"; "the leader of the Wagner group,
Evgeny Prigozhin" and "Anatoly Antonov, the Russian ambassador" -> appositions as roles; later
"the Kremlin spokesman" or "the Belarusian leader" -> a mention of that person (its `ref`).
"""
from __future__ import annotations

from functools import cache

from ..data import load
from ..doccache import text_of
from ..quotes.parsecache import table_of
from ..quotes.speakers import PERSON_ROLE_HEADS

SKIP_LEADING = {"the", "a", "an", "his", "her", "its", "their", "our", "this", "that"}


def _phrase(tokens) -> str | None:
    tokens = [t for t in tokens if not t.is_space]
    while tokens and (tokens[0].lower_ in SKIP_LEADING or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens or any(t.pos_ in ("VERB", "AUX") for t in tokens) or any("\n" in t.text for t in tokens):
        return None
    if not any(t.lemma_.lower() in PERSON_ROLE_HEADS or t.pos_ == "NOUN" for t in tokens):
        return None
    text = text_of(tokens[0].doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)]  # Doc.text rebuilds
    return text if len(text) <= 80 else None


def role_of(ent) -> str | None:
    doc, root = ent.doc, ent.root
    before = [t for t in doc[root.left_edge.i:ent.start] if t.i < ent.start]
    if before:
        role = _phrase(before)
        if role:
            return role
    if root.dep_ == "appos" and root.head.i < ent.start:
        host = root.head
        return _phrase(doc[host.left_edge.i:min(ent.start, host.right_edge.i + 1)])
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i:
            return _phrase(list(child.subtree))
    return None


@cache
def _portfolios() -> frozenset[str]:
    return frozenset(load("names.json")["portfolio_words"])


def is_portfolio(ent) -> bool:
    """ "Defence" in "Defence Minister Sergei Shoigu", "Defense" in "US Defense Secretary Lloyd
    Austin": a portfolio the model tags as an organisation, part of the title of the person after it."""
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) != 1 or ent.text.lower() not in _portfolios() or ent.end + 1 >= len(doc):
        return False
    return doc[ent.end].lemma_.lower() in PERSON_ROLE_HEADS and doc[ent.end + 1].ent_type_ == "PERSON"


def role_words(role: str) -> set[str]:
    return {w.lower().strip(",.") for w in role.split()} - SKIP_LEADING - {"of", "to", "for", "and"}


def role_phrases(parsed, people: dict[str, set[str]], taken: list[tuple[int, int]]):
    """Definite role phrases that match one person's roles: (start, end, text, name)."""
    out = []
    table = table_of(parsed)  # the parse as lists: no Token object for the words that are no role
    for i, lemma in enumerate(table.lemma):
        if lemma not in PERSON_ROLE_HEADS or table.tag[i] != "NN" or table.ent[i]:
            continue
        token = parsed[i]
        if not any(c.lower_ == "the" for c in token.lefts):
            continue
        end = token.i + 1
        if end < len(parsed) and parsed[end].lower_ == "of":  # "the head of the Kremlin"
            objects = [c for c in parsed[end].children if c.dep_ == "pobj"]
            if objects:
                end = objects[0].right_edge.i + 1
        span = parsed[token.left_edge.i:end]
        if any(a < span.end_char and span.start_char < b for a, b in taken) or "\n" in span.text or len(span) > 8:
            continue
        words = role_words(span.text) - {token.lemma_.lower(), token.lower_}
        matches = [name for name, roles in people.items() if words & roles]
        if len(set(matches)) == 1 and words:
            out.append((span.start_char, span.end_char, span.text, matches[0]))
    return out
