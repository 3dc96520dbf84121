"""spaCy components Storyline adds to the pipeline."""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

LINE_BREAKS = "storyline_line_breaks"
_NEWLINE = re.compile(r"\n")


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: news text puts headlines, bylines and paragraphs on lines
    of their own, and the parser would otherwise run a headline into the first paragraph. And a
    word right after a word on the same line starts none: the small model splits some long
    sentences in two with no stop between ("Clinton cited disparaging remarks | Trump had made
    about Machado as examples ..."), which leaves a cue without its content or its subject.
    Written as one array update: setting `Token.is_sent_start` one token at a time re-checks the
    whole Doc's annotation on each call (4 s over 200 articles)."""
    if len(doc) < 2:
        return doc
    starts = doc.to_array([IDX, SENT_START]).astype("int64")
    offsets = starts[:, 0].tolist()
    text = doc.text
    for token in doc[:-1]:
        # -1: not a sentence start, which the parser respects. Not after a capitalised word, which
        # may end a headline run into its text ("HILLARY CLINTON IS FEELING THE BERN As the race
        # ..."), nor before a capitalised word the tagger reads as no name ("Advert warns about
        # the dangers of swine flu The government has ...")
        following = doc[token.i + 1]
        if token.text[-1].isalnum() and token.text.islower() and "\n" not in token.whitespace_ \
                and (not following.text[:1].isupper() or following.tag_ in ("NNP", "NNPS")):
            starts[token.i + 1, 1] = -1
    for match in _NEWLINE.finditer(text):
        i = bisect_right(offsets, match.start())  # the token after the one holding the break
        if 0 < i < len(offsets):
            starts[i, 1] = 1
    doc.from_array([SENT_START], starts[:, 1:].astype("uint64"))
    return doc
