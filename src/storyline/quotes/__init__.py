"""Quote stage: direct and reported speech with cue, content and a resolved speaker.

requires: Document (text, sections) and its spaCy parse
assigns:  Document.quotes (one per content span; pieces of one interrupted quotation share
          `group`), each with the speaker's literal mention and the name it resolves to
"""
from __future__ import annotations

from bisect import bisect_right

from ..doccache import text_of
from ..records import CLUTTER, Document, Quote, within
from ..structure.metadata import without_dateline
from .bounds import content_bounds
from .clause import stray_subject
from .content import content_of, main_that_clause
from .cues import cue_at, cue_span, stance_cue
from .grammar import split_by_aside
from .lexicon import (Attribution, continued_cue, is_cue_verb, one_word_answers, phrasal_lemmas, speech_verbs,
                      stance_lemmas)
from .marks import QuoteSpan
from .parsecache import quotes_of, sentence_of, sentences_of, table_of
from .patterns import according_to, findings_in, phrasal, reported_by_noun
from .quoted import (after_the_cue, colon_before, colon_quotes, continued_clause, dash_headlines,
                     from_neighbour_sentence, last_inner, name_after_the_quotation, prefer_name_after,
                     previous_said, said_right_before, signed, subject_before_colon, verb_after, verb_before)
from .source import answerer, source_of
from .spans import PARAGRAPH_BREAK, trim, whole_words
from .speakers import Speaker, SpeakerResolver

NAME, VERSION = "quotes", "188"
# a quotation with no cue near it and under five words is a title or a scare quote ("Fox and
# Friends.", "targeted employment area"), not the running speaker's words (PolNeAR dev and train
# content F1 +0.3 each; 4, 6 and 8 words tried)
MIN_UNCUED_WORDS = 5


def find_attributions(parsed, refine: bool = True) -> list[Attribution]:
    """Every attribution in the parse; `refine=False` keeps the rules' own content bounds (for
    training the models that move them, training/train_bounds.py)."""
    text = text_of(parsed)
    quotes = quotes_of(parsed)
    found: list[Attribution] = []
    by_verb: dict[int, Attribution] = {}
    covered: list[tuple[int, int]] = []
    lexicon = speech_verbs()
    found += dash_headlines(parsed)
    headlines = [(a.content[0][0], a.source[1]) for a in found]  # their words cue nothing else
    covered += [a.content[0] for a in found]

    table = table_of(parsed)
    in_quotation = _inside_quotes(table, quotes)
    phrasal_verbs = phrasal_lemmas()
    stance_verbs = stance_lemmas()
    resumed: set[int] = set()  # the clauses after an aside ("..., she said on Friday, want change")
    for sentence in sentences_of(parsed):
        acc = according_to(sentence, quotes) if "according" in table.lower[sentence.start:sentence.end] else None
        if acc:
            found.append(acc)
            covered += acc.content
        for att in findings_in(sentence, quotes) if "in" in table.lower[sentence.start:sentence.end] else ():
            found.append(att)
            covered += att.content
        for i in range(sentence.start, sentence.end):
            if in_quotation[i] or table.lower[i] == "according" or within(table.idx[i], headlines):
                continue  # a cue inside a quotation is the quoted speaker's; a headline's verbs are its claim
            # "took a shot at", "made no mention of": the cue model rarely fires on "take" or "make"
            # (nor on a cue the parser hung on the that-clause it governs: "continues to insist, ..., that he wants")
            if not cue_at(table, i, False, lexicon) and not (table.lemma[i] in stance_verbs and stance_cue(parsed[i])) \
                    and not (table.lemma[i] in lexicon and main_that_clause(parsed[i]) is not None):
                if table.lemma[i] in phrasal_verbs:
                    token = parsed[i]
                    att = phrasal(token, quotes)
                    if att is not None:
                        found.append(att)
                        by_verb[token.i] = att
                        covered += att.content
                continue
            token = parsed[i]  # made only here: most words cue nothing
            if token.i in resumed:
                continue  # "Voters, she told reporters, want change": "want" resumes what was said
            # "went on to say ...": the reporting verb is the cue, whether or not the model read it
            token = continued_cue(token) or token
            if token.i in by_verb:
                continue
            content = content_of(token, quotes)
            if content is None:
                continue
            aside = split_by_aside(token)
            if aside is not None:
                resumed.add(aside[1].i)
            spans, kind = content
            source = prefer_name_after(parsed, token, source_of(token))
            if source and _is_time(parsed, source):
                continue  # "Tuesday saw one of the low points for the president": a day sees nothing
            cue = cue_span(token, spans[0])
            spans = _without(spans, [cue, source or answerer(token)], text)
            if not spans:
                continue
            spans, source = name_after_the_quotation(text, spans, source, cue, quotes)
            att = Attribution(cue, source, spans, kind, token.i)
            found.append(att)
            by_verb[token.i] = att
            covered += spans
        for att in reported_by_noun(sentence, quotes, covered):
            if att.verb not in by_verb:  # the cue model may have read the noun already
                found.append(att)
                by_verb[att.verb] = att
                covered += att.content

    for quote in quotes:
        if any(a <= quote.start and quote.end <= b + 1 for a, b in covered):
            continue
        quoted = text_of(parsed)[quote.start:quote.end]
        # words, not tokens: tokenised text spaces its marks and stops off ("`` loop current . ''")
        words = sum(1 for chunk in quoted.split() if any(ch.isalnum() for ch in chunk))
        short = words < 3
        # a short quotation is a scare quote unless it is a whole utterance: “You winning?” she said
        # (a single mark opens a scare quote; two, ''Hopefully,'' in some papers, a quotation)
        uttered = short and last_inner(quoted) in ("?", "!", ",") and (
            quoted[:1] not in "'‘" or quoted[:2] == "''")
        verb = None if short and not uttered else verb_after(parsed, quote)
        verb = verb or (said_right_before(parsed, quote) if short else verb_before(parsed, quote))
        if verb is not None:
            if verb.i in by_verb:  # the other half of an interrupted quotation
                att = by_verb[verb.i]
                att.content.append((quote.start, quote.end))
                att.kind = "direct" if att.kind == "direct" else att.kind
                continue
            cue = cue_span(verb)
            source = prefer_name_after(parsed, verb, source_of(verb))  # falls back on the name after the cue
            spans, source = name_after_the_quotation(text, [(quote.start, quote.end)], source, cue, quotes)
            att = Attribution(cue, source, spans, "direct", verb.i)
            found.append(att)
            by_verb[verb.i] = att
            continue
        continued = None if short else continued_clause(found, quote, parsed)
        if continued is not None:
            start, _ = continued.content[0]
            continued.content[0] = (start, quote.end)
            continued.kind = "partial"
            covered.append(continued.content[0])
            continue
        after = after_the_cue(found, quote, parsed)
        if after is not None:  # “A,” he said, but “B.”
            att, start = after
            att.content.append((start, quote.end))
            covered.append((start, quote.end))
            continue
        att = signed(parsed, quote) or from_neighbour_sentence(parsed, quote, set(by_verb)) \
            or colon_before(parsed, quote) or subject_before_colon(parsed, quote)
        if att is not None:
            found.append(att)
            covered += att.content
            continue
        if short:
            continue  # "weak": a scare quote carries no speaker of its own
        previous = previous_said(found, quote, parsed)
        if previous is not None:  # “A,” he said. “B.”: B continues the same attribution
            previous.content.append((quote.start, quote.end))
            previous.kind = "direct" if previous.kind == "direct" else "partial"
            covered.append((quote.start, quote.end))
            continue
        # a quotation with no cue of its own: the running speaker's words
        if words >= MIN_UNCUED_WORDS:
            found.append(Attribution(None, None, [(quote.start, quote.end)], "direct", None))

    colon = colon_quotes(parsed, covered + [c for a in found for c in a.content])
    # '"WALLACE: ... "PENCE: ...': a transcript's quotation marks open each turn and close none; a
    # quotation with no cue of its own that runs over turns is those turns, each its speaker's
    turns = [c for a in colon if a.source for c in a.content]
    found = [a for a in found if a.cue or a.source or not any(
        s < e2 and s2 < e for s, e in a.content for s2, e2 in turns)] + colon
    found = [a for a in _one_per_content(parsed, found) if not _relative_word_only(parsed, a)]
    found.sort(key=lambda a: a.content[0][0])
    if refine:
        _refine_bounds(parsed, found)
    for att in found:
        att.content = [piece for span in att.content for piece in _by_paragraph(text, whole_words(text, span))]
    return found


_FIRST_PERSON = frozenset({"i", "we"})


def _relative_word_only(parsed, att: Attribution) -> bool:
    """ "a storm that engineers then expected once a century": the content would be the relative
    pronoun alone, which says nothing; no attribution."""
    if len(att.content) != 1:
        return False
    span = parsed.char_span(*att.content[0], alignment_mode="expand")
    words = [t for t in span if not t.is_punct and not t.is_space] if span is not None else []
    return len(words) == 1 and words[0].tag_ in ("WDT", "WP")


def _enclosing(spoken, source: tuple[int, int] | None):
    """The speaker of the latest words that hold the source (a source inside someone's quotation)."""
    if source is None:
        return None
    return next((speaker for spans, speaker in reversed(spoken) if within(source[0], spans)), None)


def _floors(text: str, attributions: list[Attribution]) -> dict[int, list[tuple[int, int]]]:
    """A transcript's turns ("PALIN : No , I have some ideas ...") as the text each speaker holds,
    up to the next turn: its lines after the first are the same speaker's, though each attribution
    holds one line (as PolNeAR marks it). By the attribution's place in the list."""
    turns = [i for i, a in enumerate(attributions) if a.verb is None and a.source and a.content
             and text[a.source[0]:a.source[1]].isupper() and text[a.source[1]:a.content[0][0]].strip() == ":"]
    ends = [attributions[i].source[0] for i in turns[1:]] + [len(text)]
    return {i: [(attributions[i].content[0][0], end)] for i, end in zip(turns, ends)}


def _passive(verb) -> bool:
    return any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children)


def _is_time(parsed, span: tuple[int, int]) -> bool:
    """Is the span a time expression in words and nothing else ("Tuesday", "the last two weeks")?
    Not one with figures, which the model also tags so: "43 said the same" (per cent), the film "13
    Hours", a timestamp run into a name ("9:12PMTrump"), a dated list's "May 9 - BP says"."""
    span = parsed.char_span(*span, alignment_mode="expand")
    words = [t for t in span or () if not t.is_punct]
    if not words or not all(t.ent_type_ in ("DATE", "TIME") for t in words):
        return False
    # the whole entity, which may run on past the source ("May 9 - BP says": the date takes in "BP")
    ents = [e for e in parsed.ents if e.start < span.end and span.start < e.end]
    return not any(ch.isdigit() for e in ents for ch in e.text)


def _by_paragraph(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """A content that runs over paragraphs (a quotation with an opening mark on each) as one piece
    per paragraph, as PolNeAR marks it: the line break between them is nobody's words."""
    pieces, start = [], span[0]
    for gap in PARAGRAPH_BREAK.finditer(text, span[0], span[1]):
        if gap.start() > start:
            pieces.append((start, gap.start()))
        start = gap.end()
    if span[1] > start:
        pieces.append((start, span[1]))
    return pieces or [span]


def _refine_bounds(parsed, found: list[Attribution]) -> None:
    """Reported content starts and ends where the boundary models put them (quotes/bounds.py)."""
    for att, floor, limit in refinable(parsed, found):
        att.content = [content_bounds(parsed, parsed[att.verb], att.content[0], floor, limit)]


def refinable(parsed, found: list[Attribution]):
    """(attribution, floor, limit) for each reported content of one piece (a quoted phrase inside
    or not; a whole quotation's marks are its bounds) whose bounds the model may move: never into
    a word of its own attribution or into another attribution."""
    spans = [s for att in found for s in att.content + [att.cue, att.source or (
        answerer(parsed[att.verb]) if att.verb is not None else None)] if s]
    starts = sorted(a for a, _ in spans)
    ends = sorted(b for _, b in spans)
    for att in found:
        if att.kind not in ("indirect", "partial") or att.verb is None or len(att.content) != 1:
            continue
        start, end = att.content[0]
        if text_of(parsed)[start:end].lower() in one_word_answers():
            continue  # "said yes": one word is the whole answer
        before = bisect_right(ends, start)
        floor = ends[before - 1] if before else 0  # the last end at or before the start
        limit = starts[bisect_right(starts, end - 1)] if starts and starts[-1] >= end else len(text_of(parsed))
        # nor over a clause of the writer's that the rules cut off ("talked about Zika | and his
        # campaign did not respond")
        verb = parsed[att.verb]
        writer = stray_subject(verb, (t for t in sentence_of(verb) if start <= t.head.idx < end))
        yield att, floor, min(limit, writer.idx) if writer is not None and writer.idx >= end else limit


def _inside_quotes(table, quotes: list[QuoteSpan]) -> list[bool]:
    """Per token: does it start inside a quotation (after its opening mark, before its closing one)?"""
    inside = [False] * len(table.idx)
    for q in quotes:
        i = bisect_right(table.idx, q.start)
        while i < len(inside) and table.idx[i] < q.end:
            inside[i] = True
            i += 1
    return inside


def _one_per_content(parsed, found: list[Attribution]) -> list[Attribution]:
    """Two cues over the same words ("said ... officers promoted to these ranks that he ..."): the
    reporting verb of the word list keeps them, else the first found."""
    def reporting(att: Attribution) -> bool:
        return att.verb is not None and is_cue_verb(parsed[att.verb])
    keep: dict[tuple, Attribution] = {}
    for att in found:
        key = tuple(att.content)
        if key not in keep or reporting(att) and not reporting(keep[key]):
            keep[key] = att
    return [att for att in found if keep[tuple(att.content)] is att]


def _without(spans: list[tuple[int, int]], holes: list, text: str) -> list[tuple[int, int]]:
    """Content pieces around the attribution's own words: "what | his plan would do" when the
    content clause holds "Trump says" (a relative clause governed from inside)."""
    out = []
    for start, end in spans:
        pieces = [(start, end)]
        for a, b in sorted(h for h in holes if h):
            pieces = [p for s, e in pieces
                      for p in ([(s, e)] if b <= s or e <= a else [(s, min(e, a)), (max(s, b), e)])]
        out += [trim(text, p) for p in sorted(pieces)]
    return [p for p in out if p[1] - p[0] > 1]


def _clip(span: tuple[int, int], clutter: list[tuple[int, int]], text: str) -> tuple[int, int]:
    """Content never includes page clutter ("date 2023-06-25 breaking news –"), nor the space
    between it and the text."""
    start, end = span
    for a, b in clutter:
        if a <= start < b:
            start = b
            while start < end and text[start].isspace():
                start += 1
        if a < end <= b:
            end = a
            while end > start and text[end - 1].isspace():
                end -= 1
    return (start, end) if start < end else (start, start)


def _after_dateline(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A report's first sentence as content starts after its dateline ("WASHINGTON ― ...",
    "LOS ANGELES, Sept. 28 (UPI) — ..."): the place and agency are the page's, not the speaker's."""
    start, end = span
    if start > 0 and text[start - 1] != "\n":
        return span  # a dateline opens a line ("US — China ties are strong, he said" keeps its "US")
    rest = without_dateline(text[start:end])
    return (end - len(rest), end) if rest and rest != text[start:end] else span


def find_quotes_in(doc: Document, parsed) -> list[Quote]:
    """The quote records of one document: attributions with resolved speakers."""
    clutter = doc.spans(*CLUTTER)
    resolver = SpeakerResolver(parsed, skip=clutter)
    comments = doc.spans("comment")
    posts = doc.spans("post")
    quotes: list[Quote] = []
    current_scope = None
    last_sentence = None  # the sentence of the previous attribution with a cue verb
    last_content: list[tuple[int, int]] = []  # and what it said
    last_speaker: Speaker | None = None  # and who said it
    spoken: list[tuple[list[tuple[int, int]], Speaker]] = []  # what each named speaker said, in order
    headlines = _headlines(doc, posts)
    heads: list[tuple[int, tuple | None, int]] = []  # (first quote, scope, end of source) of headline roles
    attributions = find_attributions(parsed)
    floors = _floors(doc.text, attributions)
    for group, att in enumerate(attributions):
        att.content = [_after_dateline(doc.text, _clip(span, clutter, doc.text)) for span in att.content]
        clipped = _clip(att.source, clutter, doc.text) if att.source else None
        if clipped != att.source:  # nor does a source ("Photograph : Liz Condo\/AP Soon after ..., BP's chief executive")
            att.source = clipped if clipped[1] > clipped[0] else None
        att.content = [span for span in att.content if span[1] - span[0] > 1]
        if not att.content:
            continue
        first = att.content[0][0]
        # a live-blog post, or the comment thread, starts afresh: no speaker carries over
        scope = next((p for p in posts + comments if p[0] <= first < p[1]), None)
        if scope != current_scope:
            resolver.reset(scope[0] if scope else -1)
            current_scope = scope
            spoken.clear()
        sentence = parsed[att.verb].sent.start if att.verb is not None else None
        in_comment = within(first, comments)
        outer = _enclosing(spoken, att.source) if att.source and not in_comment else None
        if outer is not None and doc.text[att.source[0]:att.source[1]].lower() in _FIRST_PERSON:
            # "PALIN : ... we know that ...", "Hayward said we will ...": the first person inside
            # someone's words is that someone
            speaker = outer
        elif att.source:
            speaker = resolver.resolve(*att.source, reported=att.kind == "indirect",
                                       cue=parsed[att.verb] if att.verb is not None else None,
                                       said_from=None if att.kind == "indirect" else first)
        elif att.kind == "indirect" and (sentence != last_sentence or att.verb is not None and _passive(
                parsed[att.verb]) and not within(first, last_content)) or in_comment:
            # "Prigozhin was seen leaving": a reported verb with no speaker of its own, even in the
            # sentence of another ("Hayward spoke ... and was accused of ...": the one accused is no
            # accuser), unless it is inside what the other said ("Yet, she said, not much is known
            # about ..."); in a comment thread, words with no speaker are a reader's ("I don't think
            # he'll ..."), not those of the person another comment last quoted
            speaker = None
        elif att.kind == "indirect":
            # "he claimed ... and accused ...": the speaker of the sentence's attribution before it,
            # nobody where that had none ("sources said BP would ... in what is expected to be")
            speaker = last_speaker
        else:  # a quotation with no cue: the running speaker
            speaker = resolver.running
        last_sentence, last_content, last_speaker = sentence, att.content, speaker
        resolver.hear(att.content, speaker)
        if speaker is not None and speaker.name:
            spoken.append((floors.get(group, att.content), speaker))
        if att.source and resolver.is_role(*att.source) and within(first, headlines):
            heads.append((len(quotes), scope, att.source[1]))
        for start, end in att.content:
            quotes.append(Quote(
                start=start, end=end, text=doc.text[start:end], kind=att.kind,
                speaker=None,
                speaker_text=doc.text[att.source[0]:att.source[1]] if att.source else None,
                speaker_start=att.source[0] if att.source else None,
                speaker_end=att.source[1] if att.source else None,
                cue=doc.text[att.cue[0]:att.cue[1]] if att.cue else None,
                cue_start=att.cue[0] if att.cue else None, cue_end=att.cue[1] if att.cue else None,
                in_comment=in_comment,
                speaker_name=speaker.name if speaker else None,
                speaker_type=speaker.type if speaker else None,
                group=group, speaker_members=list(speaker.members) if speaker else [],
            ))
    _name_headline_roles(quotes, heads, resolver)
    return quotes


def _headlines(doc: Document, posts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The report's title line and each live-blog post's first line."""
    text = doc.text
    starts = list(posts)
    if doc.title and (at := text.find(doc.title, 0, 2000)) >= 0:
        starts.append((at, at + len(doc.title)))
    return [(a, min(b, text.find("\n", a) if "\n" in text[a:b] else b)) for a, b in starts]


def _name_headline_roles(quotes: list[Quote], heads, resolver: SpeakerResolver) -> None:
    """ "NATO policy increases risk ..., diplomat says" over a post whose lead names him: the role
    in a headline is the person the text below it first quotes by name."""
    for index, scope, after in heads:
        group = quotes[index].group
        named = next((q for q in quotes[index + 1:] if q.speaker_start is not None and q.speaker_start >= after
                      and q.group != group and q.speaker_type == "PERSON"
                      and (scope is None or scope[0] <= q.start < scope[1])
                      and resolver.names_person(q.speaker_start, q.speaker_end)), None)
        if named is None:
            continue
        for q in quotes[index:]:  # an attribution's pieces stand together
            if q.group != group:
                break
            q.speaker_name, q.speaker_type = named.speaker_name, named.speaker_type
