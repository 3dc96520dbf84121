"""Direct quotations found by their marks: “ ” ‘ ’ " « » „ and straight quotes; and brackets left
unbalanced by a sentence split (`brackets`).

Hand-written: quotation pairing in news needs rules no library offers: a quote running over
several paragraphs opens each paragraph and closes only in the last; ’ is also an apostrophe;
an unmatched mark must not swallow the rest of the report.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

# opening mark -> closing marks it accepts
PAIRS = {"“": "”\"", "«": "»", "„": "“”", "‘": "’", '"': '"”', "”": "”"}
MAX_CHARS = 4000  # no single quotation runs longer; a stray mark is dropped instead
_PARAGRAPH = re.compile(r"\n")


OPENING_BRACKETS = ("(", "[", "-LRB-")  # Penn Treebank's "-LRB-" too
BRACKETS = frozenset(OPENING_BRACKETS + (")", "]", "-RRB-"))
_BRACKET = re.compile("|".join(re.escape(b) for b in sorted(BRACKETS, key=len, reverse=True)))
DATELINE_DASH = re.compile(r"\s*[-–—]")  # after a closing bracket: a dateline's "(Reuters) -"


def brackets(text: str) -> tuple[int | None, int | None]:
    """(where a bracket that closes before any opens ends, where the last bracket left open ends):
    "L -RRB- CEO Tony Hayward ..." -> (7, None), "BP Plc -LRB- BP ." -> (None, 12)."""
    depth, opened_at, closed_at = 0, None, None
    for match in _BRACKET.finditer(text):
        if match.group(0) in OPENING_BRACKETS:
            depth, opened_at = depth + 1, match.end()
        elif depth:
            depth -= 1
        elif closed_at is None:
            closed_at = match.end()
    return closed_at, opened_at if depth else None


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    start: int  # offset of the opening mark
    end: int  # offset after the closing mark
    pieces: tuple[tuple[int, int], ...]  # one per paragraph for a quote that runs over several

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and after.isalnum()


def _opening(text: str, i: int) -> bool:
    """A straight or ambiguous mark opens when it starts a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:;,/" or i == 0) and not after.isspace()


def _opens_paragraph(text: str, i: int) -> bool:
    """A closing mark typed where an opening one belongs: ”Fear. I am truly afraid ...” at the
    start of a paragraph (a reader's words in a vox-pop list) opens a quotation."""
    start = text.rfind("\n", 0, i) + 1
    return not text[start:i].strip() and i + 1 < len(text) and not text[i + 1].isspace()


# never across a paragraph break, so that an unclosed mark ("''The fact is ... Syria.'.')") does
# not pair with the next paragraph's opening one and hide that quotation
_WITHIN_PARAGRAPH = r"((?:(?!\n\n).){2,%d}?)" % MAX_CHARS
_DOUBLE_APOSTROPHE = re.compile(r"''(?=\S)" + _WITHIN_PARAGRAPH + r"(?<=\S)''", re.S)
# ``...'' as Penn Treebank tokenisation writes quotation marks (Timeline17's reports), spaced or not;
# a quotation inside it may close right before it ("we 'll say , ` We can be done , ' ''")
_BACKTICKS = re.compile(r"``(?= ?[^\s`])" + _WITHIN_PARAGRAPH + r"(?:(?<=[^\s`']) ?|(?<=[^\s`] ') )''", re.S)


def find_quotes(text: str) -> list[QuoteSpan]:
    """Quotation spans, marks included; ''...'' (two apostrophes, as some archives write them) and
    ``...'' (tokenised text) too."""
    spans = _find_marked(text)
    for match in [*_backtick_quotes(text), *_DOUBLE_APOSTROPHE.finditer(text)]:
        if any(s.start < match.end() and match.start() < s.end for s in spans):
            continue
        spans.append(QuoteSpan(match.start(), match.end(), ((match.start(), match.end()),)))
    return sorted(spans, key=lambda s: s.start)


# A line of the writer's own inside what would be one ``...'' quotation: "`` I had every single day
# booked through July .", never closed, then "Beach said ferrying the scientific crowd is ...", and
# lines later "`` This is so complicated ... , '' said W. Ross Ellington". Tokenised text puts each
# sentence on a line, so a quotation of several sentences runs over lines with no mark of their own;
# a pronoun's line stays inside, as the quoted speak of others too ("He said he 's eating off the
# Red Cross truck ... ''").
_NARRATOR_LINE = re.compile(r"\n\s*(?!``|(?:He|She|They|It|We|I|You)\s)(?:[A-Z][\w.'-]*\s+){1,3}(?:said|says|added)\b")
_REOPENED = re.compile(r"\n\s*``")  # a line that opens a quotation of its own


def _backtick_quotes(text: str) -> list[re.Match]:
    """The ``...'' quotations: a match that holds a line of the writer's own (_NARRATOR_LINE) and,
    after it, a line that opens a new quotation was opened with a mark never closed; the search goes
    on from the next mark. (A quotation may itself say "Mr. Reagan said the best government is the
    least government" on a line of its own; it does not go on to open another.)"""
    found, position = [], 0
    while (match := _BACKTICKS.search(text, position)) is not None:
        narrator = _NARRATOR_LINE.search(match.group(0))
        if narrator and _REOPENED.search(match.group(0), narrator.end()):
            position = match.start() + 2
            continue
        found.append(match)
        position = match.end()
    return found


def _find_marked(text: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if (ch not in PAIRS or (ch == "”" and not _opens_paragraph(text, i))
                or (ch in "‘\"" and not _opening(text, i)) or (ch == "‘" and _is_apostrophe(text, i))):
            i += 1
            continue
        found = _close(text, i)
        if found is None:
            i += 1
            continue
        spans.append(found)
        i = found.end
    return spans


def _close(text: str, start: int) -> QuoteSpan | None:
    opener = text[start]
    closers = PAIRS[opener]
    j = start + 1
    limit = min(len(text), start + MAX_CHARS)
    piece_start = start
    pieces: list[tuple[int, int]] = []
    while j < limit:
        ch = text[j]
        if ch == "\n":
            # a quote continues into the next paragraph only if that paragraph opens with a mark
            k = j
            while k < len(text) and text[k].isspace():
                k += 1
            if k < len(text) and text[k] == opener and opener != '"' or (k < len(text) and opener == '"' and text[k] == '"'):
                pieces.append((piece_start, _rstrip(text, j)))
                piece_start = k
                j = k + 1
                continue
            return None  # unmatched in its paragraph: not a quotation
        if ch in closers and not (ch == "’" and _is_apostrophe(text, j)):
            if opener in "\"‘" and j + 1 < len(text) and text[j + 1].isalnum():
                j += 1  # a closing straight quote is followed by a space or punctuation
                continue
            if j - start < 2:
                return None
            pieces.append((piece_start, j + 1))
            return QuoteSpan(start, j + 1, tuple(pieces))
        j += 1
    return None


def _rstrip(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def join_quoted(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans where a sentence that starts inside a quotation opened in the sentence before
    (“It’s too soon to know. It’s an evolving picture,” she said.) joins that sentence, so that a
    claim or a timeline line never starts mid-quote. Not across a paragraph break."""
    starts, ends = _quotation_bounds(text)
    out: list[tuple[int, int]] = []
    for start, end in sentences:
        # the quotations opened in the sentence before: does one run past this sentence's start?
        opened = out and "\n" not in text[out[-1][1]:start] and any(
            start < ends[k] - 1 for k in range(bisect_left(starts, out[-1][0]), bisect_left(starts, out[-1][1])))
        if opened:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


@lru_cache(maxsize=32)
def _quotation_bounds(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(starts, ends) of the report's quotations, found once per text: the claims of each live-blog
    post and the key dates of each story read the same report again."""
    quotes = find_quotes(text)
    return tuple(q.start for q in quotes), tuple(q.end for q in quotes)
