"""Does a sentence read as a statement the report makes, and where does a long one's clause end?

Hand-written over the stored text (the assemble stage has no parse). None of these states a fact
of the story: a fragment left by a broken sentence split ("the industry 's record in the North Sea
is strong , '' he said .", "-RRB- , formed and funded ...", "N -RRB- , which owns ..."); the writer
speaking in the first person ("I was in New Orleans to speak at a culinary conference", "My
colleague Paddy Allen is working on an interactive timeline"); the writer guessing ("Perhaps BP
should stand for Bad Publicity."); a sentence that only says someone would not speak ("A BP
spokesman declined to comment"); a subordinate clause cut from the clause it belongs to ("If
swine influenza continues to spread the way it is spreading"). Word lists live in data/claims.json.
"""
from __future__ import annotations

import re
from functools import cache

from ..data import load, phrase_pattern
from ..quotes.marks import DATELINE_DASH, brackets, find_quotes
from .textsim import blanked

# a fragment opens with a lower-case word ("the answer was ...", not "eBay", "iPhone") or with the
# punctuation that closes or continues something before it (Penn Treebank's "-RRB-" too)
_FRAGMENT_START = re.compile(r"[a-z](?![A-Z])|[,;:)\]}]|-RRB-|\.\.\.|…")
_OPENING_MARKS = re.compile(r"^(?:``|[“‘\"'«„])\s*")
UNCLOSED_WORDS = 3  # a parenthesis opened this few words before a sentence's end was cut off by the split


def is_fragment(text: str) -> bool:
    """Does the sentence open as the rest of another one, or break off inside a parenthesis?"""
    return bool(_FRAGMENT_START.match(_OPENING_MARKS.sub("", text))) or _broken_parenthesis(text)


def _broken_parenthesis(text: str) -> bool:
    """A bracket closed before any opens ("N -RRB- , which owns ...", the end of a ticker "(BP.N)";
    not a dateline's "Reuters -RRB- - With ..."), or one opened a few words before the end ("At
    least two Democratic senators , Robert Menendez -LRB- N.J.": a split after an abbreviation)."""
    closed, opened = brackets(text)
    if closed is not None:
        # (not the close of a sentence wholly in brackets: "-LRB- The justice recused himself . -RRB-")
        return not DATELINE_DASH.match(text, closed) and bool(text[closed:].strip(" \n\t\"'”’"))
    return opened is not None and len(text[opened:].split()) <= UNCLOSED_WORDS


def says_nothing(text: str, say: re.Pattern) -> bool:
    """Does the sentence only say that someone would not speak ("A BP spokesman declined to comment",
    "She did not say whether ...")? A fact after ", but" or a semicolon keeps it, as does a verb of
    saying (`say`) before it: "Peskov said the case would be dropped and declined to comment further"."""
    text = re.sub(r"\s?n[’']t\b", " not", text)
    found = _no_comment().search(text)
    return bool(found) and not re.search(r",\s*but\b|;", text[found.end():]) and not say.search(text[:found.start()])


@cache
def _no_comment() -> re.Pattern:
    return phrase_pattern(load("claims.json")["no_comment"], re.I)


def conjectures(text: str, say: re.Pattern) -> bool:
    """Does the writer guess rather than report ("Perhaps BP should stand for Bad Publicity.",
    "Maybe Svanberg realizes ...")? Not inside quotation marks, nor where a verb of saying (`say`)
    makes the guess someone's."""
    return bool(_conjecture().match(text)) and not say.search(text)


@cache
def _conjecture() -> re.Pattern:
    # used with .match: the first word, then a word break ("Maybe,", not "Maybelline")
    return phrase_pattern(load("claims.json")["conjecture_openers"], re.I)


def narrator_speaks(text: str) -> bool:
    """Does the writer speak in the first person outside quotation marks ("I slipped away", "our
    selection", "Thanks for joining us")? Quoted words are someone else's; the caller lets a
    sentence that says who speaks ("We have 33 million doses, Johnson said") through."""
    plain = blanked(text, 0, [(quote.start, quote.end) for quote in find_quotes(text)])
    # a quotation the sentence opens and the next closes runs to its end; one it closes, from its start
    opened = re.search(r"``|[“«„]", plain)
    if opened:
        plain = plain[:opened.start()]
    closed = [m.end() for m in re.finditer(r"''|[”»]", plain)]
    if closed:
        plain = plain[closed[-1]:]
    if any(not _numeral(plain, m.start()) for m in re.finditer(r"\bI\b(?!\s*-)", plain)):  # not "I-95"
        return True
    # "us", "We", "our"; not "US" or a transcript's "WE"
    return any(not (len(m.group(0)) > 1 and m.group(0).isupper()) for m in _first_person().finditer(plain))


def _numeral(text: str, i: int) -> bool:
    """Is the "I" at `i` a numeral after a name ("Ixtoc I", "World War I") or an initial ("I. M.
    Pei") rather than the pronoun? A capitalised word before it that opens the sentence ("When I
    was 3") leaves it the pronoun."""
    if re.match(r"\.\s*[A-Z]", text[i + 1:]):
        return True
    before = text[:i].rstrip()
    word = re.search(r"[\w’'-]+$", before)
    return bool(word) and word.group(0)[:1].isupper() and bool(before[:word.start()].strip())


@cache
def _first_person() -> re.Pattern:
    return phrase_pattern(load("claims.json")["first_person"], re.I)


@cache
def _subordinator() -> re.Pattern:
    marks = r"(?:``|[“‘\"«„])?\s*"
    return re.compile(marks + phrase_pattern(load("claims.json")["subordinate_openers"], re.I).pattern, re.I)


def leans_on_next(piece: str) -> bool:
    """Does a long sentence's piece need the piece after it: one that opens or ends with a clause
    that only says when or on what condition the next holds ("If swine influenza continues to
    spread the way it is spreading", "..., if the leak is not stopped"), or that ends in a
    parenthesis after "that" ("told the BBC that, based on samples tested")?"""
    tail = piece[piece.rfind(",") + 1:].strip()
    return bool(_subordinator().match(piece.strip()) or _subordinator().match(tail)
                or re.search(r"\bthat,\s*[^,]*$", piece))
