"""Per-Doc caches of the quote rules (the Doc's text is storyline.doccache's): spaCy rebuilds
`Doc.sents` on every access (a pass over all tokens), which the quote rules would otherwise do
thousands of times per report; the quotations, entities and a token table are read once too."""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Span

from ..data import load
from ..doccache import cached, text_of
from .marks import find_quotes


def quotes_of(doc) -> list:
    """The report's quotations (marks.find_quotes), found once: the attribution rules and the
    speaker resolver both read them."""
    return cached(doc, "storyline_quotes", lambda d: find_quotes(text_of(d)))


def sentences_of(doc) -> list:
    return cached(doc, "storyline_sents", lambda d: list(d.sents))


def sentence_index(token) -> int:
    """The position of the token's sentence in `sentences_of(token.doc)`."""
    starts = cached(token.doc, "storyline_sent_starts", lambda d: [s.start for s in sentences_of(d)])
    return bisect_right(starts, token.i) - 1


def sentence_of(token):
    return sentences_of(token.doc)[sentence_index(token)]


# a capitalised link word or a question's auxiliary the model took into a name at the start of a
# sentence ("As BP", "Did Obama"; data/reporting.json)
LEADING_LINK_WORDS = frozenset(load("reporting.json")["leading_link_words"])


def ents_of(doc) -> tuple:
    """The named entities, without a link word the model took in ("As BP announces ..." is BP);
    `Doc.ents` builds new Span objects on every access."""
    def trimmed(d):
        out = []
        for e in d.ents:
            start, end = e.start + (len(e) >= 2 and e[0].lower_ in LEADING_LINK_WORDS), e.end
            if e.label_ == "PERSON":
                start, end = _name_only(d, _after_descriptor(d, start, end, _PERSON_DESCRIPTORS), end)
            elif e.label_ == "ORG":
                start = _after_descriptor(d, start, end, _ORG_DESCRIPTORS)
            out.append(e if (start, end) == (e.start, e.end) else Span(d, start, end, label=e.label_))
        return tuple(out)
    return cached(doc, "storyline_ents", trimmed)


_NOT_NAME_POS = frozenset({"ADP", "CCONJ", "SCONJ", "ADV", "INTJ", "PART"})
_NOT_NAME_WORDS = frozenset(load("reporting.json")["not_name_words"])
_ACRONYM = re.compile(r"[A-Z]{2,4}")
_NUMERALS = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "JR", "SR"})
_PTB_BRACKETS = frozenset({"-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-", "-RCB-"})
_ORG_DESCRIPTORS = frozenset({"NOUN", "ADJ", "VERB"})
_PERSON_DESCRIPTORS = frozenset({"ADJ", "VERB"})  # not a noun: "van" in "Vincent van Gogh"


def _after_descriptor(d, start: int, end: int, kinds: frozenset[str]) -> int:
    """Where a name starts after a description the model took in ("Dutch bank ING", "Oil company
    BP", "London-based BP"): after its last lower-case word of `kinds` that a proper noun follows
    ("Senate Energy committee" and "the health ministry" are kept)."""
    cut = start
    for i in range(start, end - 1):
        token = d[i]
        if token.pos_ in kinds and token.text.islower() and d[i + 1].pos_ == "PROPN" \
                and d[i + 1].text[:1].isupper():
            cut = i + 1
    return cut


def _name_only(d, first: int, last: int) -> tuple[int, int]:
    """A person's name without a word the model took along at the start of a sentence ("Behind
    Hayward", "Neither Allen", "Said Gowers") or a possessive after it ("Allen 's"): one such
    mention names the whole entity and its quotes ("Behind Hayward" said 24 things in 121
    Timeline17 reports on the BP spill). Not an auxiliary: "Will Smith". Nor does it end in an
    acronym ("Tony Hayward BP", a photo credit's "Dave Martin AP"): "BP" became a surname, and
    "Bill BP" the speaker of what BP said."""
    start, end = first, last
    while start < end - 1 and (d[start].is_punct or d[start].text in _PTB_BRACKETS):
        start += 1  # "-LRB- Obama", "-RRB- - Egypt": a bracket of tokenised text
    while start < end - 1 and (d[start].pos_ in _NOT_NAME_POS or d[start].lower_ in _NOT_NAME_WORDS
                               or d[start].tag_ == "VBD") \
            and (start == 0 or d[start].is_sent_start or d[start - 1].is_punct or d[start - 1].text in _PTB_BRACKETS):
        start += 1
    while end - 1 > start and (d[end - 1].tag_ == "POS" or _ACRONYM.fullmatch(d[end - 1].text)
                               and d[end - 1].text not in _NUMERALS):
        end -= 1  # "Tony Hayward BP", "Dave Martin AP": a caption's credit or a company run in
    if not any(d[i].pos_ == "PROPN" for i in range(start, end)):
        return first, last  # what is left is no name ("-RRB- - German"): as the model had it
    return start, end


def outside_clutter(ent, clutter: list[tuple[int, int]]):
    """The entity; its part after the clutter it starts in, where the model ran a name on from a
    photo credit into the text ("Photograph : Reuters | BP has challenged ..." is BP); or None where
    all of it is clutter."""
    end = next((b for a, b in clutter if a <= ent.start_char < b), None)
    if end is None:
        return ent
    rest = [t for t in ent if t.idx >= end]
    if not rest or ent.label_ == "PERSON" and len(rest) < 2:
        return None  # one word left of a person's name ("Liz Condo\/AP | Soon after ...") is no name
    return Span(ent.doc, rest[0].i, ent.end, label=ent.label_)


class TokenTable:
    """The token attributes the cue model reads, as plain lists read once per Doc: spaCy makes a new
    Token object on every `doc[i]`, `token.head` or `token.children`, which the model's features
    (a dozen per candidate, over every word of a report) would otherwise do millions of times."""

    __slots__ = ("lemma", "lower", "text", "pos", "tag", "dep", "ent", "idx", "head", "children")

    def __init__(self, doc):
        from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, LOWER, ORTH, POS, TAG

        # one array read, then string-store lookups: no Token objects at all
        array = doc.to_array([LEMMA, LOWER, ORTH, POS, TAG, DEP, ENT_TYPE, IDX, HEAD])
        rows = array[:, :8].T.tolist() + [array[:, 8].astype("int64").tolist()]  # HEAD is relative, signed
        strings = doc.vocab.strings
        names = {h: strings[h] if h else "" for row in rows[:7] for h in set(row)}
        lemma, lower, orth, pos, tag, dep, ent = ([names[h] for h in row] for row in rows[:7])
        self.lemma = [w.lower() for w in lemma]
        self.lower, self.text, self.pos, self.tag, self.dep, self.ent = lower, orth, pos, tag, dep, ent
        self.idx = rows[7]
        self.head = [i + offset for i, offset in enumerate(rows[8])]
        self.children: list[list[int]] = [[] for _ in self.head]
        for i, head in enumerate(self.head):
            if head != i:
                self.children[head].append(i)  # in order, as Token.children gives them


def table_of(doc) -> TokenTable:
    return cached(doc, "storyline_table", TokenTable)
