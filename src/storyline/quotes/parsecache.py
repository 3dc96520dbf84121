"""Per-Doc caches: spaCy rebuilds `Doc.text` and `Doc.sents` on every access (each a pass over
all tokens), which the quote rules would otherwise do thousands of times per report."""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span


def _cached(doc, key: str, make):
    """`make(doc)`, computed once per Doc and kept in its user_data under `key`."""
    cached = doc.user_data.get(key)
    if cached is None:
        cached = doc.user_data[key] = make(doc)
    return cached


def text_of(doc) -> str:
    return _cached(doc, "storyline_text", lambda d: d.text)


def sentences_of(doc) -> list:
    return _cached(doc, "storyline_sents", lambda d: list(d.sents))


def sentence_index(token) -> int:
    """The position of the token's sentence in `sentences_of(token.doc)`."""
    starts = _cached(token.doc, "storyline_sent_starts", lambda d: [s.start for s in sentences_of(d)])
    return bisect_right(starts, token.i) - 1


def sentence_of(token):
    return sentences_of(token.doc)[sentence_index(token)]


# a capitalised link word, or a question's auxiliary, the model took into a name at the start of a
# sentence ("As BP", "Did Obama"; not "Will", which is a first name too)
LEADING_LINK_WORDS = frozenset({"as", "but", "and", "or", "if", "when", "while", "after", "before", "so", "then",
                                 "meanwhile", "however", "still", "yet",
                                 "did", "does", "do", "is", "was", "has", "had", "should", "could", "would"})


def ents_of(doc) -> tuple:
    """The named entities, without a link word the model took in ("As BP announces ..." is BP);
    `Doc.ents` builds new Span objects on every access."""
    def trimmed(d):
        return tuple(e if len(e) < 2 or e[0].lower_ not in LEADING_LINK_WORDS else Span(d, e.start + 1, e.end, label=e.label_)
                     for e in d.ents)
    return _cached(doc, "storyline_ents", trimmed)


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
    return _cached(doc, "storyline_table", TokenTable)
