"""Where reported content starts and ends: linear models pick among the sentence's boundaries.

The parse rules end "X said that A, which B" after A, after B, or at a dash or colon; a misparse
ends it mid-clause ("... who told him the nominee"); and annotators are not consistent either
(PolNeAR train keeps ", who ..." after a source 238 times and leaves it out 208 times). What decides
it is the boundary itself and what lies between it and the rules' bound: two models
(data/bounds_model.json, written by training/train_bounds.py on PolNeAR train) score each
candidate end, then each candidate start; the rules' bound is one candidate and keeps its place
unless another scores higher. Hand-written features, learned weights.
"""
from __future__ import annotations

import math
from bisect import bisect_left
from functools import cache

from ..data import load
from .lexicon import Span, speech_verbs
from .parsecache import sentence_of, table_of

_CLOSED = frozenset({"CCONJ", "SCONJ", "ADP", "DET", "PRON", "PART", "AUX", "ADV"})
_FINAL = frozenset({".", "!", "?", "...", "…"})
_CLOSING = frozenset({'"', "”", "’", "'", "''", ")"})
_LONG = (1, 3, 7, 15)
_OPENING = frozenset({'"', "“", "‘", "'", "``"})
REACH = 4  # words either side of the rules' start a content may begin


def _word(token) -> str:
    """Closed-class words and punctuation as themselves; open-class words by their part of speech."""
    if token.is_punct or token.pos_ in _CLOSED:
        return token.lower_
    return token.pos_


def _last_token(sentence):
    """The sentence's last token before its final stop (closing marks stay: annotators keep them)."""
    tokens = [t for t in sentence if not t.is_space]
    while tokens and (tokens[-1].text in _FINAL or (tokens[-1].is_punct and tokens[-1].text not in _CLOSING)):
        tokens.pop()
    return tokens[-1] if tokens else None


def _boundary(token) -> bool:
    """Can content end right before `token`?"""
    return token.is_punct or token.pos_ in ("CCONJ", "SCONJ", "ADP") or token.tag_ in ("WDT", "WP", "WP$")


def end_candidates(parsed, span: Span, limit: int) -> list[tuple[int, object, object]]:
    """(end, last token inside, first token outside or None at the sentence's end) for each place
    the content may end: after the start, no later than `limit`, at a boundary or the rules' end."""
    start, end = span
    first = parsed.char_span(start, end, alignment_mode="expand")
    if first is None or not len(first):
        return []
    sentence = sentence_of(first[0])
    last = _last_token(sentence)
    if last is None:
        return []
    out = []
    for token in parsed[first[0].i:last.i + 1]:
        stop = token.idx + len(token.text)
        if stop > limit:
            break
        following = parsed[token.i + 1] if token.i < last.i else None
        if token.is_space or (token.is_punct and token.text not in _CLOSING):
            continue
        if stop == end or following is None or _boundary(following):
            out.append((stop, token, following))
    return out


def end_options(parsed, verb, span: Span, limit: int) -> list[tuple[int, list[str]]]:
    """(end, feature names) for each candidate end; what the span alone decides (its head, the word
    after the rules' end, its length) is read once, not per candidate."""
    content = _tokens(parsed, *span)
    root = next((t for t in content if not span[0] <= t.head.idx < span[1] or t.head.i == t.i), None)
    rules_end = next((t for t in parsed[content[-1].i + 1:] if not t.is_space), None) if content else None
    length = sum(1 for n in _LONG if len(content) > n * 2)
    return [(c[0], end_features(parsed, verb, span, c, root, rules_end, length))
            for c in end_candidates(parsed, span, limit)]


def end_features(parsed, verb, span: Span, candidate: tuple[int, object, object], root, rules_end,
                 length: int) -> list[str]:
    """Feature names of one candidate end (hand-written: what a content boundary looks like);
    `root` is the content's head, `rules_end` the first word after the rules' end, `length` the
    content's size in tokens, bucketed."""
    end = span[1]
    stop, inside, outside = candidate
    out = ["bias", "sys" if stop == end else ("longer" if stop > end else "shorter"), f"a={_word(inside)}"]
    if outside is None:
        out.append("sentence_end")
    else:
        after = parsed[outside.i + 1] if outside.i + 1 < len(parsed) else None
        out += [f"b={_word(outside)}", f"bdep={outside.dep_}",
                f"b,b2={_word(outside)},{_word(after) if after is not None else '-'}"]
        if outside.head.i == verb.i:
            out.append(f"b_on_cue={outside.dep_}")
    if stop == end:
        return out
    lo, hi = sorted((end, stop))
    between = [t for t in _tokens(parsed, lo, hi) if not t.is_space]
    verbs = speech_verbs()
    if any(t.lemma_.lower() in verbs and t.pos_ in ("VERB", "AUX") for t in between):
        out.append("passes_cue")
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in between):
        out.append("passes_subject")
    if any(t.text in ('"', "“", "”", "''", "``") for t in between):
        out.append("passes_quote")
    out.append(f"span={sum(1 for n in _LONG if len(between) > n)}")
    rules_next = _word(rules_end) if rules_end is not None and rules_end.idx < hi + 1 else "-"
    direction = "+" if stop > end else "-"
    out.append(f"{direction}cue={verb.lemma_.lower()}")
    out.append(f"{direction}len={length}")
    out.append(f"{direction}rules_b={rules_next}")
    out.append(f"{direction}rules_b,end={rules_next},{outside is None}")
    for t in between:
        if _boundary(t) and t.idx > lo:
            out.append(f"{direction}skip={_word(t)}")
    # what the words between the two ends hang from: the content's own clause, the cue, or higher
    held = {t.i for t in between}
    for t in between:
        if t.head.i not in held and t.head.i != t.i:
            out.append(f"{direction}hangs={_attachment(t.head, root, verb)},{t.dep_}")
    return out


def _tokens(parsed, lo: int, hi: int) -> list:
    """The tokens that start between two character offsets (found by bisection on the token
    table's offsets: `Doc.char_span` is slow, and this runs for every candidate bound)."""
    starts = table_of(parsed).idx
    return [parsed[i] for i in range(bisect_left(starts, lo), bisect_left(starts, hi))]


def _attachment(head, root, verb) -> str:
    if head.i == verb.i:
        return "cue"
    if root is not None and (head.i == root.i or root.is_ancestor(head)):
        return "content"
    return "other"


def start_candidates(parsed, verb, span: Span, floor: int) -> list[tuple[int, object, object]]:
    """(start, first token inside, the token before) for each place up to four words either side of
    the rules' start where the content may begin: inside the sentence, not before `floor`."""
    first = parsed.char_span(span[0], span[1], alignment_mode="expand")
    if first is None or not len(first):
        return []
    head = first[0]
    sentence = sentence_of(head)
    out = []
    for token in parsed[max(sentence.start, head.i - REACH):min(sentence.end, head.i + REACH + 1)]:
        if token.idx < floor or token.idx >= span[1] or token.is_space or token.i == verb.i:
            continue
        if token.is_punct and token.text not in _OPENING and token.idx != span[0]:
            continue
        out.append((token.idx, token, parsed[token.i - 1] if token.i > sentence.start else None))
    return out


def start_options(parsed, verb, span: Span, floor: int) -> list[tuple[int, list[str]]]:
    """(start, feature names) for each candidate start."""
    return [(c[0], start_features(parsed, verb, span, c)) for c in start_candidates(parsed, verb, span, floor)]


def start_features(parsed, verb, span: Span, candidate: tuple[int, object, object]) -> list[str]:
    """Feature names of one candidate start ("to", "that", "of" kept or left to the cue)."""
    begin, first, before = candidate
    cue = verb.lemma_.lower()
    out = ["bias", "sys" if begin == span[0] else ("later" if begin > span[0] else "earlier"),
           f"f={_word(first)}", f"fdep={first.dep_}", f"p={_word(before) if before is not None else '<s>'}",
           f"cue,f={cue},{_word(first)}"]
    if first.head.i == verb.i:
        out.append(f"f_on_cue={first.dep_}")
    if begin == span[0]:
        return out
    direction = "+" if begin > span[0] else "-"
    lo, hi = sorted((span[0], begin))
    between = [t for t in _tokens(parsed, lo, hi) if not t.is_space]
    out += [f"{direction}span={len(between)}", f"{direction}cue={cue}"]
    for t in between:
        out.append(f"{direction}skip={_word(t)}")
        out.append(f"{direction}skipdep={t.dep_}")
    return out


@cache
def _model() -> dict[str, dict[str, float]]:
    data = load("bounds_model.json")
    return {"end": data["end"]["weights"], "start": data["start"]["weights"]}


def score(names: list[str], which: str = "end") -> float:
    weights = _model()[which]
    z = sum(weights.get(name, 0.0) for name in names)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def content_bounds(parsed, verb, span: Span, floor: int, limit: int) -> Span:
    """The reported content `span` ending and starting where the model puts it: never past `limit`
    (the next attribution's words, or this one's own source and cue after the content) and never
    before `floor` (its source and cue before the content)."""
    span = _choose(span, end_options(parsed, verb, span, limit), "end", 1)
    return _choose(span, start_options(parsed, verb, span, floor), "start", 0)


def _choose(span: Span, options: list[tuple[int, list[str]]], which: str, side: int) -> Span:
    """The span with its start (side 0) or end (side 1) moved to the best-scoring candidate; the
    rules' own bound wins a tie, and stays where it is not among the candidates."""
    if len(options) < 2 or not any(bound == span[side] for bound, _ in options):
        return span
    best = max(options, key=lambda o: (score(o[1], which), o[0] == span[side]))[0]
    return (span[0], best) if side else (best, span[1])
