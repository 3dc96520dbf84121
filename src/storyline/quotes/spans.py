"""Character spans of attributions: trimmed of punctuation and dangling conjunctions, without their
lead words, as runs of tokens, classed direct or partial by their quotation marks."""
from __future__ import annotations

import re
from functools import cache

from ..data import load
from ..doccache import text_of
from .lexicon import Span, TRIM, word_lists
from .marks import QuoteSpan


def subtree_span(token, exclude: set[int] | None = None) -> Span:
    tokens = [t for t in token.subtree if not exclude or t.i not in exclude]
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def trim(text: str, span: Span, keep_marks: bool = True) -> Span:
    start, end = span
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    if text[end:end + 1] == "." and _abbreviation_before(text, start, end):
        end += 1  # "in San Bernardino, Calif.", "Donald Trump Jr.": the stop is the abbreviation's
    dangling = _DANGLING.search(text, start, end)
    if dangling is not None and dangling.start() > start:
        # "... to come out of the car and": the parser left the conjunction with the content and
        # what it joins outside
        return trim(text, (start, dangling.start()), keep_marks)
    return start, end


def whole_words(text: str, span: Span) -> Span:
    """A span that starts or ends inside a hyphenated word takes all of it: the parser may split
    "co-ordination" and hang "co-" elsewhere, leaving "ordination between EU members ..."."""
    start, end = span
    while start > 1 and text[start - 1] in "-‐" and text[start - 2].isalnum():
        start -= 2
        while start > 0 and text[start - 1].isalnum():
            start -= 1
    while end + 1 < len(text) and text[end] in "-‐" and text[end + 1].isalnum():
        end += 2
        while end < len(text) and text[end].isalnum():
            end += 1
    return start, end


_DANGLING = re.compile(r"\s(?:and|or|but)$")
PARAGRAPH_BREAK = re.compile(r"[^\S\n]*\n\s*")  # white space that holds a line break
_LAST_WORD = re.compile(r"\S+$")
_INITIALISM = re.compile(r"(?:^|\W)(?:[A-Za-z]\.)+[A-Za-z]$")  # "U.S", "N.C", "a.m"


def _abbreviation_before(text: str, start: int, end: int) -> bool:
    """Does the span end in an abbreviation that the stop after it belongs to? PolNeAR keeps that
    stop ("in Louisville, Ky.", "the U.S."): train has 29 such contents kept whole, 5 cut."""
    word = _LAST_WORD.search(text, start, end)
    return word is not None and (word.group(0) in _abbreviations() or _INITIALISM.search(word.group(0)) is not None)


@cache
def _abbreviations() -> frozenset[str]:
    """Abbreviations that end in a stop of their own, as spaCy's English tokenizer knows them
    ("Calif.", "Inc.", "Jr.", "Sept.") and as the annotate stage adds them (names.json
    `title_abbreviations`: "Sgt.", "Capt."), without the stop."""
    from spacy.lang.en import English
    known = [k for k in English.Defaults.tokenizer_exceptions if k.endswith(".") and k[:1].isalpha()]
    return frozenset(k[:-1] for k in known + load("names.json")["title_abbreviations"])


def runs_without(head, inner) -> list[list]:
    """The words of `head`'s subtree outside `inner`'s, in runs of neighbouring tokens: the pieces
    of a clause around an aside or a phrase set inside it."""
    left_out = {t.i for t in inner.subtree}
    runs: list[list] = []
    for t in head.subtree:
        if t.i in left_out:
            continue
        if runs and t.i == runs[-1][-1].i + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def run_spans(text: str, runs: list[list]) -> list[Span]:
    """Each run of tokens as a trimmed span, leaving out what trims to a mark or two."""
    spans = [trim(text, (r[0].idx, r[-1].idx + len(r[-1].text))) for r in runs]
    return [sp for sp in spans if sp[1] - sp[0] > 2]


def kind_of(span: Span, quotes: list[QuoteSpan]) -> str:
    """Reported speech with a quotation opening inside it is "partial", else "indirect"."""
    return "partial" if any(span[0] <= q.start < span[1] for q in quotes) else "indirect"


def quotation_after_colon(text: str, span: Span, inside: list[QuoteSpan]) -> Span | None:
    """ "McCaskill scolded him: “...,” she said": a content before its cue that ends in a quotation
    opened after a colon is that quotation; the clause before the colon is another attribution."""
    last = max(inside, key=lambda q: q.end, default=None)
    if last is not None and last.end >= span[1] - 1 and text[span[0]:last.start].rstrip().endswith(":"):
        return last.start, last.end
    return None


def without_lead(doc, span: Span, adverbials: bool = True) -> Span:
    """The writer's link words are not the speaker's: "And", "However", "In addition, ", "As for
    complexity, " at the head of a sentence-long content; with `adverbials` False only the link
    words go, a leading "In 2007, " stays."""
    first = doc.char_span(*span, alignment_mode="expand")
    if first is None or len(first) < 4:
        return span
    token = first[0]
    if token.dep_ == "cc" or token.lower_ in word_lists()["lead_words"]:
        rest = token.i + 1 + (token.i + 1 < len(doc) and doc[token.i + 1].text == ",")
        return trim(text_of(doc), (doc[rest].idx, span[1])) if rest < first.end else span
    if adverbials and token.dep_ in ("prep", "advmod", "advcl", "npadvmod") and token.head.i >= token.right_edge.i + 1:
        comma = token.right_edge.i + 1
        # before a quotation the phrase is the speaker's setting of it ('With thousands of vote
        # counting systems, “there is no single point of failure,” he said'); a topic is the writer's
        topic = token.lower_ == "as" and doc[token.i + 1].lower_ == "for"
        if doc[comma].text == "," and comma + 1 < first.end and comma - first.start <= 6 \
                and (topic or not doc[comma + 1].is_quote):
            return trim(text_of(doc), (doc[comma + 1].idx, span[1]))
    return span
