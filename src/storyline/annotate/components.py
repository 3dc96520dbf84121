"""spaCy components Storyline adds to the pipeline."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

LINE_BREAKS = "storyline_line_breaks"


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: news text puts headlines, bylines and paragraphs on lines
    of their own, and the parser would otherwise run a headline into the first paragraph."""
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc
