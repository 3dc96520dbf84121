"""Words for comparing texts: lower-cased, stemmed content words, with British/American spellings
unified and phrases that say the same thing mapped to one concept ("pulled back", "heading back",
"withdrew" -> @withdraw). Hand-written because no installable library does paraphrase matching
offline (see DESIGN.md: no NLI or cross-encoder model can be installed); the lists are data."""
from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache
from itertools import repeat
from operator import mul

import snowballstemmer
from spacy.lang.en.stop_words import STOP_WORDS

from ..data import load, phrase_pattern

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_STEM = snowballstemmer.stemmer("porter")
# a score or a reading ("31-24", "20 - 13", "5.6"): its parts are short numbers that words() drops,
# yet the figure tells one game or one quake from a look-alike; not part of a longer number or date
_SCORE_OR_READING = re.compile(r"(?<![\d.,/–-])(?<![\d–-]\s)"  # not after a digit, a dash or "2012 - "
                               r"(?:\d{1,3}\s?[-–]\s?\d{1,3}|\d+\.\d+)"  # "31-24", "20 - 13", "5.6"
                               r"(?![.,]?\d)(?! ?[-–] ?\d)")  # not before more of a number or a date


@cache
def _tables() -> tuple[dict[str, str], re.Pattern, dict[str, str]]:
    data = load("claims.json")
    phrase_to_concept = {p: c for c, phrases in data["concepts"].items() for p in phrases}
    return phrase_to_concept, phrase_pattern(phrase_to_concept), data["spellings"]


def blanked(text: str, offset: int, spans) -> str:
    """`text` (which starts at `offset` of its document) with the characters of `spans` made spaces:
    the words a sentence has outside its names or its dates."""
    chars = list(text)
    for start, end in spans:
        for i in range(max(start, offset), min(end, offset + len(text))):
            chars[i - offset] = " "
    return "".join(chars)


@cache
def stem(word: str) -> str:
    return _STEM.stemWord(word)


def words(text: str) -> list[str]:
    """Content words of `text` as stems, concepts as '@concept'."""
    concepts, pattern, spellings = _tables()
    lowered = text.lower().replace("’", "'")
    out = []
    position = 0
    for match in pattern.finditer(lowered):
        out += _plain(lowered[position:match.start()], spellings)
        out.append("@" + concepts[match.group(0)])
        position = match.end()
    out += _plain(lowered[position:], spellings)
    return out


def _plain(text: str, spellings: dict[str, str]) -> list[str]:
    result = []
    for token in _WORD.findall(text):
        token = spellings.get(token, token)
        if token in STOP_WORDS or len(token) < 2 or token.isdigit() and len(token) < 3:
            continue
        result.append(stem(token.split("'")[0]))
    return result


def figure_terms(text: str) -> list[str]:
    """The scores and readings of `text` as terms ("#31-24", "#5.6"). They share the actors' mark
    (units.ACTOR_TERM), and with it the actors' boost in the stories' word weights."""
    return ["#" + m.group(0).replace(" ", "").replace("–", "-") for m in _SCORE_OR_READING.finditer(text)]


def is_figure(term: str) -> bool:
    return term[:1] == "#" and term[1:2].isdigit()


def phrase_counts(tokens: list[str]) -> Counter:
    """Words, pairs of neighbouring words ("crimin_case"), and concepts counted twice: a shared
    phrase or action says more about two sentences meaning the same than a shared word."""
    counts = Counter(tokens)
    counts.update(t for t in tokens if t.startswith("@"))
    counts.update(f"{a}_{b}" for a, b in zip(tokens, tokens[1:]))
    return counts


def tfidf(counts: Counter, idf: dict[str, float], default_idf: float) -> dict[str, float]:
    vector = {t: (1 + math.log(n)) * idf.get(t, default_idf) for t, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {t: v / norm for t, v in vector.items()}


def dot(a: dict[str, float], b: dict[str, float]) -> float:
    """The sum of a's weights times b's over a's terms, in a's order: the same sum as a loop over
    a.items(), in C (the stories' second look computes millions of these)."""
    return sum(map(mul, a.values(), map(b.get, a.keys(), repeat(0.0, len(a)))))


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return dot(a, b)


def idf_sum(terms, idf: dict[str, float], default_idf: float) -> float:
    """The terms' summed IDF, the same to the last bit in any order: a set of words iterates in the
    order of the interpreter's string hashes, which change from run to run, and a plain sum rounds
    differently in each order; where a score ties a bar, the run would decide what joins."""
    return math.fsum(idf.get(t, default_idf) for t in terms)


def idf_table(document_frequency: Counter, documents: int) -> tuple[dict[str, float], float]:
    """Smoothed IDF; unseen words get the highest weight."""
    table = {t: math.log((1 + documents) / (1 + df)) + 1 for t, df in document_frequency.items()}
    return table, math.log(1 + documents) + 1
