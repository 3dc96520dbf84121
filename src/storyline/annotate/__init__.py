"""Annotate stage: sentences and entity mentions from spaCy; runs the time and quote stages on the parse.

requires: Document with text and sections (structure stage)
assigns:  Document.sentences, mentions (and, through their stages, timexes and quotes)
The per-document stage (structure + annotate) is a pure function of one document and the
options, so it runs the same in one process, in a pool or on a distributed engine.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import accumulate

from ..data import load
from ..options import Options
from . import roles
from ..records import CLUTTER, Document, Mention, RawDocument, Sentence, within
from ..structure import NAME as STRUCTURE_NAME, VERSION as STRUCTURE_VERSION, structure
from ..structure.metadata import DATELINE, SELF_REFERENCE
from ..quotes.marks import DATELINE_DASH, brackets
from ..doccache import text_of
from ..quotes.parsecache import ents_of, outside_clutter, sentences_of
from ..quotes import NAME as QUOTES_NAME, VERSION as QUOTES_VERSION, find_quotes_in
from ..time import NAME as TIME_NAME, VERSION as TIME_VERSION, find_timexes

NAME, VERSION = "annotate", "21"
# Entity types kept as mentions; numbers and money are not actors.
MENTION_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}


@cache
def load_nlp(model: str):
    import spacy
    from spacy.symbols import ORTH

    from .components import LINE_BREAKS

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy pipeline {model!r} is not installed; run the install command in README.md"
        ) from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    for title in load("names.json")["title_abbreviations"]:
        # one token, as "Gov." is: split from its stop, "Pres." ends a sentence for the parser
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    return nlp


# "administration’s", "don’t": a curly apostrophe inside a word, before a clitic
_CURLY_CLITIC = re.compile(r"(?<=\w)’(?=(?:s|t|re|ll|ve|m|d)\b)")


def for_parser(text: str) -> str:
    """The text as the parser reads it: curly apostrophes inside words made straight. The small
    English model learnt from straight ones and reads a curly "’s" as a verb ("the Obama
    administration’s plans" loses its noun). One character for one, so every offset is the text's
    own; records always take their characters from the text itself, never from the parse."""
    return _CURLY_CLITIC.sub("'", text)


def model_version(model: str) -> str:
    nlp = load_nlp(model)
    return f"{nlp.meta.get('name', model)}-{nlp.meta.get('version', '?')}"


def stage_versions(model: str, version: str | None = None) -> dict[str, str]:
    """The per-document stage's versions as each report records them (`Document.stages`): a
    report stored with others was read by an earlier version and keeps what that one found."""
    return {STRUCTURE_NAME: STRUCTURE_VERSION, NAME: VERSION, "model": version or model_version(model),
            TIME_NAME: TIME_VERSION, QUOTES_NAME: QUOTES_VERSION}


def annotate_docs(docs: list[Document], options: Options, parses: Iterable | None = None) -> list[Document]:
    """Fill each document from its parse; `parses` (spaCy Docs of the same texts, in order) spares
    a second parse to a caller that already has them (the ECB+ evaluation)."""
    nlp = load_nlp(options.model)
    version = model_version(options.model)
    if parses is None:
        parses = nlp.pipe((for_parser(d.text) for d in docs), batch_size=options.batch_size)
    stages = stage_versions(options.model, version)
    for doc, parsed in zip(docs, parses, strict=True):
        _fill(doc, parsed)
        doc.stages.update(stages)
    return docs


def _sentences(parsed) -> list[Sentence]:
    """The parser's sentences, less the breaks it makes before a lower-case word on the same line
    ("NATO | allies should agree to remove ...": no sentence of a report starts in lower case), after
    a lone word on the same line ("Storm | Mira flooded the harbour district ..."), after a lone
    opening mark ("( | Reporting by ..."), before lone closing marks ("... on the east quay. | \""),
    and inside a bracket ("BP Plc -LRB- BP . | L -RRB- CEO Tony Hayward ...": a ticker's stop)."""
    text = text_of(parsed)
    out: list[Sentence] = []
    for span in sentences_of(parsed):  # cached: the quote and time stages read them again
        piece = text[span.start_char:span.end_char]
        same_line = bool(out) and "\n" not in text[out[-1].start:span.start_char]
        before = text[out[-1].start:out[-1].end] if out else ""
        if out and (_OPENING_ONLY.match(before) or same_line and (
                _CLOSING_ONLY.match(piece) or piece.lstrip()[:1].islower() or _LONE_WORD.match(before)
                or _inside_bracket(before, piece))):
            out[-1] = Sentence(out[-1].start, span.end_char)
        else:
            out.append(Sentence(span.start_char, span.end_char))
    return out


def _inside_bracket(before: str, piece: str) -> bool:
    """Does `piece` close a bracket `before` left open ("BP Plc -LRB- BP . | L -RRB- CEO ...")? Not
    a dateline's ("MEXICO CITY -LRB- | Reuters -RRB- - Mexico's ..."): what follows it is the text."""
    closed = brackets(piece)[0]
    return closed is not None and brackets(before)[1] is not None and not DATELINE_DASH.match(piece, closed)


_CLOSING_ONLY = re.compile(r"(?:[^\w(\[{“‘«„`]|-RRB-|'')+$")  # '"', "''", "...", ")", "-RRB-"
_OPENING_ONLY = re.compile(r"\s*(?:\(|\[|-LRB-|``|“|‘|«|„)\s*$")
_LONE_WORD = re.compile(r"\s*[A-Z][\w’'-]*\s*$")  # one word with no stop after it


def _apart_from_clutter(sentences: list[Sentence], clutter: list[tuple[int, int]], text: str) -> list[Sentence]:
    """A sentence the parser ran on from page clutter into the text ("Photograph : Liz Condo\\/AP |
    Soon after taking over ...", a kicker before a first line) is two: the clutter's part and the
    text's, so that the report's first sentence is read as one of its own."""
    out = []
    for sentence in sentences:
        end = next((b for a, b in clutter if a <= sentence.start < b < sentence.end), None)
        rest = end
        while rest is not None and rest < sentence.end and text[rest].isspace():
            rest += 1
        if end is None or rest >= sentence.end:
            out.append(sentence)
        else:
            out += [Sentence(sentence.start, end), Sentence(rest, sentence.end)]
    return out


def _fill(doc: Document, parsed) -> None:
    comments = doc.spans("comment")
    clutter = doc.spans(*CLUTTER)
    doc.sentences = _apart_from_clutter(_sentences(parsed), clutter, doc.text)
    doc.timexes = find_timexes(doc.text, doc=parsed, anchor_at=lambda offset: _anchor(doc, offset))
    unresolved = sum(1 for t in doc.timexes if t.value and t.value.startswith("X"))
    if unresolved and not doc.published:
        doc.notes.append(f"no publication date: {unresolved} relative time expression(s) left unresolved "
                         "(give one with --published)")
    doc.quotes = find_quotes_in(doc, parsed)
    speech = [(q.start, q.end) for q in doc.quotes if q.kind in ("direct", "partial") and (q.cue or q.speaker_text)]
    people: dict[str, set[str]] = {}
    for ent in ents_of(parsed):
        ent = outside_clutter(ent, clutter) or ent  # (what lies wholly in clutter the entity stage skips)
        if ent.label_ in MENTION_LABELS and not roles.is_portfolio(ent) and not _lowercase_word(ent) \
                and not _words_of_speech(ent, speech) and not _stance_word(ent.text):
            label = _typed(ent)
            in_thread = within(ent.start_char, comments)
            role = roles.role_of(ent) if label == "PERSON" and not in_thread else None
            if role:
                people.setdefault(ent.text, set()).update(roles.role_words(role))
            name = _before_bracket(_before_colon(ent.text, label), label)
            for start, end in _one_line_pieces(name, ent.start_char):
                in_comment = within(start, comments)
                doc.mentions.append(Mention(start, end, doc.text[start:end], label, in_comment, role))
            short = _short_form_after(doc.text, ent.start_char + len(name)) if name and label != "PERSON" else None
            if short:
                doc.mentions.append(Mention(*short, doc.text[short[0]:short[1]], label,
                                            within(short[0], comments), None, name))
    doc.mentions += _repeated_names(doc, comments, clutter)
    doc.mentions += _dateline_places(doc, comments)
    doc.mentions += _run_together(doc.mentions)
    taken = [(m.start, m.end) for m in doc.mentions if m.type == "PERSON"]
    for start, end, _, name in roles.role_phrases(parsed, people, taken):
        in_comment = within(start, comments)
        doc.mentions.append(Mention(start, end, doc.text[start:end], "PERSON", in_comment, None, name))
    # one mention a span: the model may have marked a bracketed short form itself
    doc.mentions = sorted({(m.start, m.end): m for m in reversed(doc.mentions)}.values(), key=lambda m: m.start)
    _whole_names(doc)


def _whole_names(doc: Document) -> None:
    """A quotation's content never starts or ends inside a name: where the parser broke "Storm |
    Mira flooded the harbour district ..., Mayor Elena Varga said" after "Storm", the content began
    at "Mira". The mentions (found after the quotes, with the rules above) set the edges right."""
    if not doc.quotes or not doc.mentions:
        return
    starts = [m.start for m in doc.mentions]
    for q in doc.quotes:
        start, end = q.start, q.end
        # the mentions that start inside the content, and the one before it (names do not overlap)
        for m in doc.mentions[max(bisect_right(starts, start) - 1, 0):bisect_right(starts, end)]:
            if m.start < start < m.end:
                start = m.start
            if m.start < end < m.end:
                end = m.end
        if (start, end) != (q.start, q.end):
            q.start, q.end, q.text = start, end, doc.text[start:end]


def _run_together(mentions: list[Mention]) -> list[Mention]:
    """Two people's names the model read as one where the text lost its stop ("the medical skills
    of Conrad Murray Jackson `` died so rapidly", tokenised text): a name of three words or more
    whose words but the last are another name of the report, and whose last word is the surname
    of a third name in it, is cut to the first, and its last word is a mention of its own
    (returned). Hand-written; one look-up per name."""
    people = [m for m in mentions if m.type == "PERSON" and m.ref is None]
    names = {m.text for m in people}
    found = []
    for m in people:
        first, _, last = m.text.rpartition(" ")
        if len(m.text.split()) >= 3 and first in names \
                and any(n.endswith(" " + last) and n not in (m.text, first) for n in names):
            m.end, m.text = m.start + len(first), first
            found.append(Mention(m.end + 1, m.end + 1 + len(last), last, "PERSON", m.in_comment, None))
    return found


_LINE = re.compile(r"^[^\n]+", re.M)
_PLACE_LABEL = "GPE"


def _dateline_places(doc: Document, comments: list[tuple[int, int]]) -> list[Mention]:
    """The city of a wire dateline or a masthead line ("PORTHAVEN, March 3. /MNA/.", "KYIV (Reuters)
    -", "Harbourton, The Valley Courier: ...") is a place: the model takes an unknown name in
    capitals for an organisation, or passes it by. A mention there is retyped; where there is none,
    one is made (returned)."""
    text, found = doc.text, []
    ordered = sorted(doc.mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    for line in _LINE.finditer(text):
        match = DATELINE.match(line.group()) or SELF_REFERENCE.match(line.group())
        if match is None or within(line.start(), comments):
            continue
        city = match.group("city").rstrip(" .,-")
        start = line.start() + match.start("city")
        end = start + len(city)
        # a name never runs over a line break: one on the city starts on its line, before its end
        marked = [m for m in ordered[bisect_left(starts, line.start()):bisect_left(starts, end)] if start < m.end]
        for m in marked:
            if (m.start, m.end) == (start, end):
                m.type = _PLACE_LABEL
        if not marked:
            found.append(Mention(start, end, city, _PLACE_LABEL, False, None))
    return found


def _lowercase_word(ent) -> bool:
    """ "the US secretary of state said": one lower-case word tagged as a name is a common word."""
    return ent.label_ in ("PERSON", "ORG", "GPE", "NORP") and len(ent) == 1 and ent.text.islower()


REPEATED_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT"})
_CAPITAL_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]*")


def _repeated_names(doc: Document, comments: list[tuple[int, int]], clutter: list[tuple[int, int]]) -> list[Mention]:
    """A name of two words or more that the model marked in the report, where the same words stand
    again unmarked ("Kestrel Bay's east quay"): the small model tags a name in one sentence and
    misses it in the next. Hand-written: one pass over the report's capitalised words, each looked
    up by the names that start with it, so a long report costs its length, not length times names.
    Not inside another mention, nor in boilerplate or captions."""
    typed: dict[str, dict[str, str]] = {}  # first word -> name -> type
    for m in doc.mentions:
        words = m.text.split()
        if m.type in REPEATED_TYPES and len(words) >= 2 and all(w[:1].isupper() for w in words) and "\n" not in m.text:
            typed.setdefault(words[0], {}).setdefault(m.text, m.type)
    if not typed:
        return []
    # first word -> (name, type), the longest name first: "New York Times" before "New York"
    names = {first: sorted(found.items(), key=lambda item: len(item[0]), reverse=True) for first, found in typed.items()}
    marked = sorted((m.start, m.end) for m in doc.mentions)
    starts = [a for a, _ in marked]
    reach = list(accumulate((b for _, b in marked), max))  # the furthest end among mentions so far
    found: list[Mention] = []
    text = doc.text
    for word in _CAPITAL_WORD.finditer(text):
        start = word.start()
        candidates = names.get(word.group(0)) or names.get(word.group(0).rstrip(".'’")) or ()
        name, kind = next(((n, k) for n, k in candidates if text.startswith(n, start)
                           and not text[start + len(n):start + len(n) + 1].isalnum()), (None, None))
        if name is None:
            continue
        end = start + len(name)
        before = bisect_right(starts, end - 1)  # mentions that start before this name ends
        if before and reach[before - 1] > start or found and found[-1].end > start \
                or within(start, clutter):
            continue  # inside a marked name, or one found just before ("York" in "New York Times")
        in_comment = within(start, comments)
        found.append(Mention(start, end, name, kind, in_comment, None))
    return found


def _words_of_speech(ent, speech: list[tuple[int, int]]) -> bool:
    """A "work of art" inside a quotation someone is said to have spoken is the model reading the
    quoted words as a title ("Nobody in Kestrel Bay will be left to pay," Reyes said)."""
    return ent.label_ == "WORK_OF_ART" and within(ent.start_char, speech)


def _typed(ent) -> str:
    """The mention's type: the model's, except for a name that opens with a word that names an
    event (names.json `event_name_heads`: "Storm Mira", "Hurricane Katrina", which the model takes for
    people), and for an organisation whose name ends in a word that names a kind of place
    (`place_name_tails`: "Gull Point", "Marshall Islands")."""
    words = ent.text.split()
    for head in _event_heads():
        size = len(head.split())
        if len(words) > size and " ".join(words[:size]) == head and words[size][:1].isupper():
            return "EVENT"
    if ent.label_ == "ORG" and len(words) >= 2 and words[-1] in _place_tails() and words[0][:1].isupper():
        return "LOC"
    return ent.label_


@cache
def _event_heads() -> tuple[str, ...]:
    return tuple(sorted(load("names.json")["event_name_heads"], key=len, reverse=True))


@cache
def _place_tails() -> frozenset[str]:
    return frozenset(load("names.json")["place_name_tails"])


_TITLED = frozenset({"WORK_OF_ART", "LAW", "EVENT", "PRODUCT"})  # names that may have a subtitle after a colon
_COLON = re.compile(r":\s")


def _before_colon(text: str, label: str) -> str:
    """A person's, a body's or a place's name stops at a colon: the model runs a headline's or a
    dateline's name on into what follows ("The Valley Courier: Shopkeepers", "the Gulf : Coast
    Guard"). A title may go on past one ("The Squeeze : Oil , Money and Greed")."""
    cut = None if label in _TITLED else _COLON.search(text)
    return text[:cut.start()] if cut else text


_BRACKET = re.compile(r"\s*(?:-[LR][RSC]B-?|[()\[\]])")
_SHORT_FORM = re.compile(r"\s*(?:-LRB-|\()\s*([A-Z][A-Z.&]{1,7})\s*(?:-RRB-|\))")


def _before_bracket(text: str, label: str) -> str:
    """A name stops at a bracket: the model runs "The World Health Organization (WHO)" into one
    name, and in Penn Treebank text ("-LRB- WHO -RRB-", as Timeline17 has it) takes the bracket
    along: "the World Health Organization -LRB". A title may hold one ("American Skin (41 Shots)").
    Nothing named before the bracket: no name."""
    cut = None if label in _TITLED else _BRACKET.search(text)
    if cut is None:
        return text
    before = text[:cut.start()]
    return before if any(c.isupper() for c in before) else ""


def _short_form_after(text: str, end: int) -> tuple[int, int] | None:
    """The span of a short form in brackets right after a name ("... Organization (WHO)", "-LRB-
    MMS -RRB-"): a mention that refers to the name (`ref`), which the entity stage joins to it
    whether or not its letters are the name's initials ("Centers for Disease Control and Prevention
    (CDC)")."""
    match = _SHORT_FORM.match(text, end)
    return (match.start(1), match.end(1)) if match else None


def _stance_word(text: str) -> bool:
    """ "anti-British", "non-US", "pro-Kremlin": where someone stands, not a name (names.json
    `stance_prefixes`)."""
    head, dash, rest = text.partition("-")
    return bool(dash) and head in _stance_prefixes() and rest[:1].isupper()


@cache
def _stance_prefixes() -> frozenset[str]:
    return frozenset(load("names.json")["stance_prefixes"])


_NAME_EDGE = " \t\r\xa0&-–—,:;/|*+"


def _one_line_pieces(text: str, offset: int) -> list[tuple[int, int]]:
    """A name never runs over a line break; the model sometimes joins a headline to the next line.
    Nor does it begin or end with a symbol the model took along ("Ukraine &", "- Reuters")."""
    pieces, position = [], offset
    for part in text.split("\n"):
        stripped = part.strip(_NAME_EDGE)
        if stripped:
            start = position + part.index(stripped)
            pieces.append((start, start + len(stripped)))
        position += len(part) + 1
    return pieces


def _anchor(doc: Document, offset: int) -> str | None:
    """Deictic time is relative to the live-blog post that contains it, else to the report."""
    section = doc.section_at(offset)
    if section and section.kind == "post" and section.published:
        return section.published
    return doc.published


def process(raws: Iterable[RawDocument], options: Options) -> list[Document]:
    """The whole per-document stage for a batch: structure, then spaCy through nlp.pipe."""
    docs = [structure(raw, options) for raw in raws]
    return annotate_docs(docs, options)


def process_stream(raws: Iterable[RawDocument], options: Options) -> Iterator[list[Document]]:
    """Batches of processed documents, in input order, over `options.workers` processes."""
    batches = _batches(raws, options.batch_size)
    if options.workers <= 1:
        for batch in batches:
            yield process(batch, options)
        return
    import multiprocessing as mp

    context = mp.get_context("spawn" if mp.get_start_method(allow_none=True) == "spawn" else "fork")
    with context.Pool(options.workers, initializer=load_nlp, initargs=(options.model,)) as pool:
        yield from pool.imap(_process_args, ((batch, options) for batch in batches))


def _process_args(args: tuple[list[RawDocument], Options]) -> list[Document]:
    return process(*args)


def _batches(items: Iterable[RawDocument], size: int) -> Iterator[list[RawDocument]]:
    batch: list[RawDocument] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
