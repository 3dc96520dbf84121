"""Quote stage: direct and reported speech with cue, content and a resolved speaker.

requires: Document (text, sections) and its spaCy parse
assigns:  Document.quotes (one per content span; pieces of one interrupted quotation share
          `group`), each with the speaker's literal mention and the name it resolves to
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..records import Document, Quote
from ..structure.metadata import without_dateline
from .bounds import content_bounds
from .clause import stray_subject
from .content import content_of
from .cues import cue_at, cue_span, stance_cue
from .grammar import split_by_aside
from .lexicon import (Attribution, can_speak, continued_cue, headline_labels, is_cue_verb, is_naming_verb,
                      one_word_answers, phrasal_lemmas, short_quote_verbs, speech_verbs, stance_lemmas,
                      title_end_labels)
from .marks import QuoteSpan, find_quotes
from .parsecache import ents_of, sentence_of, sentences_of, table_of, text_of
from .patterns import according_to, findings_in, phrasal, reported_by_noun
from .source import answerer, source_of, speaker_read_as_object
from .spans import PARAGRAPH_BREAK, trim, without_lead
from .speakers import SpeakerResolver

NAME, VERSION = "quotes", "112"
WINDOW_AFTER = 10  # tokens between a closing mark and its "he said"
WINDOW_BEFORE = 12  # tokens between "X said:" and the opening mark
# a quotation with no cue near it and under five words is a title or a scare quote ("Fox and
# Friends.", "targeted employment area"), not the running speaker's words (PolNeAR dev and train
# content F1 +0.3 each; 4, 6 and 8 words tried)
MIN_UNCUED_WORDS = 5
_COLON_SOURCE = re.compile(r"^(?P<source>[A-Z][\w.'’ -]{1,40}?)\s?:\s+(?=\S)")
# what may stand between a reported clause and a quotation that goes on with it: "that fraud is
# “a big problem” but “nobody has the guts ...”", "memories of her father, and of ''all the people''"
_CONTINUING_GAP = re.compile(r"[\s,]*(?:(?:and|but|or|nor|yet|then|while|as well as)\b[\s,]*)*(?:(?:of|to|that|about|for)\s+)?")
_AFTER_CUE_GAP = re.compile(r"\s*,\s*(?P<conjunction>(?:and|but)\b[^“”\"\n.,;]{0,20}?)\s*")
_SHORT_TITLE = re.compile(r"[“\"]([^“”\"\n]{1,40})[”\"]")
_NAMING_GAP = re.compile(r"\s*(?:(?:it|them|him|her|this|these|that|those|the|a|an|as)\s+)*", re.IGNORECASE)
# a news-agency headline "Putin, Lukashenko coordinate their actions on daily basis — Kremlin"
_DASH_SOURCE = re.compile(r"^(?P<content>\S.{9,200}?)\s+(?P<dash>[—–]|--?)\s+(?P<source>[A-Z][\w.'’ -]{1,40}?)\s*$")
# a signed quotation: "“He represents our greatest shame.” ― Sonya Herridge" at the end of a line
_SIGNATURE = re.compile(r"[ \t\xa0]*(?P<dash>[―—–]|--)[ \t\xa0]*(?P<source>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})[ \t\xa0.]*(?:\n|$)")


def find_attributions(parsed, refine: bool = True) -> list[Attribution]:
    """Every attribution in the parse; `refine=False` keeps the rules' own content bounds (for
    training the models that move them, training/train_bounds.py)."""
    text = text_of(parsed)
    quotes = find_quotes(text)
    found: list[Attribution] = []
    by_verb: dict[int, Attribution] = {}
    covered: list[tuple[int, int]] = []
    lexicon = speech_verbs()
    found += _dash_headlines(parsed)
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
            if in_quotation[i] or table.lower[i] == "according" or any(a <= table.idx[i] < b for a, b in headlines):
                continue  # a cue inside a quotation is the quoted speaker's; a headline's verbs are its claim
            # "took a shot at", "made no mention of": the cue model rarely fires on "take" or "make"
            if not cue_at(table, i, False, lexicon) and not (table.lemma[i] in stance_verbs and stance_cue(parsed[i])):
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
            source = _prefer_name_after(parsed, token, source_of(token))
            cue = cue_span(token, spans[0])
            spans = _without(spans, [cue, source or answerer(token)], text)
            if not spans:
                continue
            spans, source = _name_after_the_quotation(text, spans, source, cue, quotes)
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
        uttered = short and _last_inner(quoted) in ("?", "!", ",") and (
            quoted[:1] not in "'‘" or quoted[:2] == "''")
        verb = None if short and not uttered else _verb_after(parsed, quote)
        verb = verb or (_said_right_before(parsed, quote) if short else _verb_before(parsed, quote))
        if verb is not None:
            if verb.i in by_verb:  # the other half of an interrupted quotation
                att = by_verb[verb.i]
                att.content.append((quote.start, quote.end))
                att.kind = "direct" if att.kind == "direct" else att.kind
                continue
            cue = cue_span(verb)
            source = _prefer_name_after(parsed, verb, source_of(verb))  # falls back on the name after the cue
            spans, source = _name_after_the_quotation(text, [(quote.start, quote.end)], source, cue, quotes)
            att = Attribution(cue, source, spans, "direct", verb.i)
            found.append(att)
            by_verb[verb.i] = att
            continue
        continued = None if short else _continued_clause(found, quote, parsed)
        if continued is not None:
            start, _ = continued.content[0]
            continued.content[0] = (start, quote.end)
            continued.kind = "partial"
            covered.append(continued.content[0])
            continue
        after = _after_the_cue(found, quote, parsed)
        if after is not None:  # “A,” he said, but “B.”
            att, start = after
            att.content.append((start, quote.end))
            covered.append((start, quote.end))
            continue
        att = _signed(parsed, quote) or _from_neighbour_sentence(parsed, quote, set(by_verb)) \
            or _colon_before(parsed, quote)
        if att is not None:
            found.append(att)
            covered += att.content
            continue
        if short:
            continue  # "weak": a scare quote carries no speaker of its own
        previous = _previous_said(found, quote, parsed)
        if previous is not None:  # “A,” he said. “B.”: B continues the same attribution
            previous.content.append((quote.start, quote.end))
            previous.kind = "direct" if previous.kind == "direct" else "partial"
            covered.append((quote.start, quote.end))
            continue
        # a quotation with no cue of its own: the running speaker's words
        if words >= MIN_UNCUED_WORDS:
            found.append(Attribution(None, None, [(quote.start, quote.end)], "direct", None))

    colon = _colon_quotes(parsed, covered + [c for a in found for c in a.content])
    # '"WALLACE: ... "PENCE: ...': a transcript's quotation marks open each turn and close none; a
    # quotation with no cue of its own that runs over turns is those turns, each its speaker's
    turns = [c for a in colon if a.source for c in a.content]
    found = [a for a in found if a.cue or a.source or not any(
        s < e2 and s2 < e for s, e in a.content for s2, e2 in turns)] + colon
    found = _one_per_content(parsed, found)
    found.sort(key=lambda a: a.content[0][0])
    if refine:
        _refine_bounds(parsed, found)
    for att in found:
        att.content = [piece for span in att.content for piece in _by_paragraph(text, span)]
    return found


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
    for att in found:
        if att.kind not in ("indirect", "partial") or att.verb is None or len(att.content) != 1:
            continue
        start, end = att.content[0]
        if text_of(parsed)[start:end].lower() in one_word_answers():
            continue  # "said yes": one word is the whole answer
        floor = max((b for a, b in spans if b <= start), default=0)
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


def _previous_said(found: list[Attribution], quote: QuoteSpan, parsed) -> Attribution | None:
    """The attribution whose cue ends the sentence right before this quotation: a quotation's, or
    reported words' whose cue follows them."""
    best = None
    for att in found:
        # reported words with the cue after them go on too: 'The summit did "too little," Le Pen
        # told reporters. "Without ..."'
        if att.cue is None or att.kind != "direct" and att.cue[0] < att.content[-1][1]:
            continue
        last = max(b for _, b in att.content + [att.cue] + ([att.source] if att.source else []))
        # “A,” said Kevin Barrett, a lawyer at ..., who represents .... “B.”: the rest of the sentence
        # describes the speaker (a title in quotation marks too: on Fox News's “Fox and Friends.”);
        # a paragraph break may fall before B
        gap = _SHORT_TITLE.sub(r"\1", text_of(parsed)[last:quote.start])
        if last <= quote.start and len(gap) < 200 and re.fullmatch(r"[^“”\"\n]*[.:]\s*", gap):
            best = att
    return best


def _after_the_cue(found: list[Attribution], quote: QuoteSpan, parsed) -> tuple[Attribution, int] | None:
    """The attribution this quotation goes on with after its cue, in the same sentence, and where
    the new piece starts: '“A,” he said, but “B.”', 'Mills “got ...,” Jordan said, and still “got
    ...”' (the piece keeps its conjunction, as PolNeAR's annotators mark it)."""
    text = text_of(parsed)
    for att in reversed(found):
        if att.cue is None or att.verb is None or att.cue[0] < att.content[-1][1]:
            continue
        last = max(b for _, b in [att.cue] + ([att.source] if att.source else []))
        gap = _AFTER_CUE_GAP.fullmatch(text[last:quote.start])
        if last <= quote.start and gap and sentence_of(parsed[att.verb]).end_char >= quote.start:
            return att, last + gap.start("conjunction")
    return None


def _continued_clause(found: list[Attribution], quote: QuoteSpan, parsed) -> Attribution | None:
    """The reported clause, in the same sentence, that this cue-less quotation goes on with: only
    a conjunction, a comma or a linking preposition between them (the parse often hangs such a
    quotation elsewhere: "..., and of ''all the people ...''" on the cue)."""
    text = text_of(parsed)
    for att in reversed(found):
        if att.verb is None or att.kind not in ("indirect", "partial") or len(att.content) != 1:
            continue
        end = att.content[0][1]
        if _last_inner(text[:end]) in (".", "!", "?"):
            continue  # “... the second amendment.” “Next ...”: a new sentence the parser ran on
        if end <= quote.start and _CONTINUING_GAP.fullmatch(text[end:quote.start]) \
                and sentence_of(parsed[att.verb]).end_char >= quote.start:
            return att
    return None


def _sentence_limit(doc, i: int) -> bool:
    return doc[i].is_sent_start or "\n" in doc[i].text


def _last_inner(quoted: str) -> str:
    """The last character before a quotation's closing mark(s), one or doubled (''A,''); "" if none."""
    return quoted.rstrip("'’”\"»")[-1:]


def _ends_clause(text: str, quote: QuoteSpan) -> bool:
    """ “...,” he said: the quotation closes a clause (punctuation inside or right after it)."""
    inner_last = _last_inner(text[quote.start:quote.end])
    after = text[quote.end:quote.end + 3].lstrip(" ")
    return bool(inner_last) and inner_last in ",.!?…—–-" or after[:1] in (",", ".", "!", "?", ";", "—", "–", "-", "")


def _verb_after(parsed, quote: QuoteSpan):
    if not _ends_clause(text_of(parsed), quote):
        return None
    span = parsed.char_span(quote.end, min(len(text_of(parsed)), quote.end + 1), alignment_mode="expand")
    if span is None:
        return None
    first = span.start
    inner_last = _last_inner(text_of(parsed)[quote.start:quote.end])
    for i in range(first, min(len(parsed), first + WINDOW_AFTER)):
        token = parsed[i]
        if token.text in ("“", "‘", "«") or "\n" in token.text:
            return None
        if inner_last == "," and _long_speaker_before_cue(parsed, token):
            token = token.head
        if is_cue_verb(token):
            # “... in the neighborhood.” Russia insisted that ...: a quotation that ended its
            # sentence is not the content of the next one's cue when that has a clause of its own
            if inner_last == "." and any(c.dep_ == "ccomp" and c.i > token.i for c in token.children):
                return None
            return token
        if token.text in (".", "!", "?") and i > first:
            return None
    return None


def _long_speaker_before_cue(parsed, token) -> bool:
    """Is `token` a speaker and the subject of a cue right after it, which may lie past the window:
    “...,” Eric Woolson, an Iowa Republican strategist and former adviser to Scott Walker, said. Not
    a cue with words of its own after it (“Face the Nation,” Pence said the recent spate ...), nor
    a subject that cannot speak (“law and order,” Ronald Reagan’s story of ... all spoke to)."""
    verb = token.head
    between = parsed[token.right_edge.i + 1:verb.i]
    return token.dep_ == "nsubj" and verb.i > token.right_edge.i and is_cue_verb(verb) and can_speak(token) \
        and all(t.is_punct or t.dep_ in ("aux", "neg", "advmod") for t in between) \
        and not any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > verb.i for c in verb.children)


def _verb_before(parsed, quote: QuoteSpan):
    span = parsed.char_span(max(0, quote.start - 1), quote.start + 1, alignment_mode="expand")
    if span is None:
        return None
    last = span.start - 1
    between = 0
    for i in range(last, max(-1, last - WINDOW_BEFORE), -1):
        token = parsed[i]
        if "\n" in token.text or token.text in ("”", "’", "»") or (token.text in (".", "!", "?") and i < last):
            return None
        gap = text_of(parsed)[token.idx + len(token.text):quote.start]
        if is_naming_verb(token) and _NAMING_GAP.fullmatch(gap):
            return token  # "called it “...”", "described them as “...”"
        if is_cue_verb(token):
            # "said during a rally in Kenansville, N.C., “...”": an abbreviation's stops end no sentence
            if re.fullmatch(r"\s*(?:that\s*)?|(?:[^.“”]|(?<=[A-Z])\.){0,40}[,:]\s*", gap) and (
                    gap.strip() or token.lemma_ in ("say", "add", "write", "tweet", "tell", "ask", "reply")):
                return token
            return None
        between += 1
    return None


def _said_right_before(parsed, quote: QuoteSpan):
    """ "Cruz said "CNN" five times", "Obama punctuated his list by saying “Too many.”": a short
    quotation right after a verb of saying, whose words it is, is what was said, not a scare quote
    (PolNeAR train marks all 13 such)."""
    span = parsed.char_span(max(0, quote.start - 1), quote.start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    verb = parsed[span.start - 1]
    whole = _last_inner(text_of(parsed)[quote.start:quote.end]) in (".", "!", "?")
    if verb.text in (",", ":") and span.start >= 2 and whole:
        verb = parsed[span.start - 2]  # 'Priebus said, "Probably."': a whole answer
    if verb.lemma_.lower() not in short_quote_verbs() or verb.pos_ != "VERB" \
            or text_of(parsed)[verb.idx + len(verb.text):quote.start].strip(" ,:"):
        return None
    # the quotation hangs on the verb itself: not '"of course" Clinton has ...', a reported
    # clause the quotation opens
    inner = parsed.char_span(quote.start, quote.end, alignment_mode="expand")
    if inner is None or any(c.dep_ == "ccomp" and c.i >= inner.end for c in verb.children):
        return None
    return verb if any(t.head.i == verb.i and t.dep_ != "ccomp" for t in inner) else None


def _name_after(parsed, verb):
    inverted = speaker_read_as_object(verb)
    if inverted is not None:
        return inverted
    nxt = verb.i + 1
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if any(o.left_edge.i <= nxt <= o.right_edge.i for o in objects):
        return None  # "accused Defence Minister Sergei Shoigu": the verb's object, not its speaker
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i]
    if any(c.left_edge.i <= nxt <= c.right_edge.i for c in clauses):
        return None  # "She says Trump's tweets are lies": a name in what was said, not its speaker
    if nxt < len(parsed) and parsed[nxt].ent_type_ in ("PERSON", "ORG"):
        ent = next((e for e in ents_of(parsed) if e.start <= nxt < e.end), None)
        if ent is not None and not _reported_subject(ent.root, verb):
            return ent.start_char, ent.end_char
    return None


def _reported_subject(token, verb) -> bool:
    """ "He said Zelensky would attend": the name is the subject of what was said, not the speaker."""
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.i != verb.i


def _name_after_the_quotation(text: str, spans: list[tuple[int, int]], source, cue, quotes: list[QuoteSpan]):
    """ "“... in this case,” Tulsa police Chief Chuck Jordan said": the parser may hang the first
    words of the speaker's name on the quotation's clause, or make the cue a conjunct of it with the
    quotation's "We" for its subject. Words between the closing mark and the cue, with nothing else
    between, name the speaker; they are not what was said."""
    start, end = spans[-1]
    quote = next((q for q in quotes if start <= q.start and q.end <= end), None)
    if quote is None or source is None or cue is None or cue[0] < quote.end:
        return spans, source
    words = (quote.end, source[1]) if source[0] >= end else (quote.end, cue[0])
    name = text[words[0]:words[1]].strip()
    if not name or any(not ch.isalnum() and ch not in " .'’-" for ch in name) or not name[0].isupper():
        return spans, source
    if source[0] >= end and not text[end:source[0]].strip():  # "Tulsa | police Chief Chuck Jordan"
        return spans[:-1] + [(start, quote.end)], trim(text, words)
    if quote.start <= source[0] < quote.end and end == quote.end:  # "We" inside the quotation
        return spans, trim(text, words)
    return spans, source


def _prefer_name_after(parsed, verb, source):
    """ "... ,” he said Peskov": a name right after the cue outranks a pronoun subject."""
    after = _name_after(parsed, verb)
    if after and source and text_of(parsed)[source[0]:source[1]].lower() in ("he", "she", "they", "it"):
        return after
    return source or after


def _from_neighbour_sentence(parsed, quote: QuoteSpan, taken: set[int]) -> Attribution | None:
    """A quotation whose cue stands in the next sentence ("Antony Blinken says so.") or ends the
    previous one ("Putin said:"); a cue that reports words of its own (`taken`) is not it."""
    inside = parsed.char_span(quote.start, quote.end, alignment_mode="expand")
    if inside is None:
        return None
    sentences = sentences_of(parsed)
    first = next((k for k, s in enumerate(sentences) if s.start <= inside.start < s.end), None)
    last = next((k for k, s in enumerate(sentences) if s.start <= inside.end - 1 < s.end), None)
    if first is None or last is None:
        return None
    host = (sentences[first].start_char, sentences[last].end_char)
    content = trim(text_of(parsed), host)
    whole = quote.start <= content[0] + 1 and quote.end >= content[1] - 1
    kind = "direct" if whole else "partial"
    if not whole:
        content = without_lead(parsed, content)
    # the next sentence in the same paragraph: after a paragraph break ("“...,” he said. “B.”", then
    # "The campaign did not immediately respond.") a new matter starts
    if last + 1 < len(sentences) and "\n" not in text_of(parsed)[quote.end:sentences[last + 1].start_char]:
        nxt = sentences[last + 1]
        for token in nxt:
            # the next sentence's main verb only: "The truth, the senator said then, was ..." and
            # "Trump walked onto the stage, chanting" carry their own content
            if is_cue_verb(token) and token.dep_ == "ROOT" and token.i not in taken and len(nxt) <= 25 \
                    and not any(c.dep_ == "ccomp" for c in token.children):
                source = source_of(token)
                if source:
                    return Attribution(cue_span(token), source, [content if not whole else (quote.start, quote.end)], kind, token.i)
    if first > 0:
        prev = sentences[first - 1]
        if prev.text.rstrip().endswith(":"):
            for token in reversed(prev):
                if is_cue_verb(token):
                    source = source_of(token)
                    return Attribution(cue_span(token), source, [(quote.start, quote.end)], "direct", token.i)
    return None


def _signed(parsed, quote: QuoteSpan) -> Attribution | None:
    """A quotation signed after a dash at the end of its line ("“...” ― Sonya Herridge")."""
    match = _SIGNATURE.match(text_of(parsed), quote.end)
    if not match:
        return None
    dash = (match.start("dash"), match.end("dash"))
    end = match.end("source")
    if match.group("source").endswith(".") and not re.search(r"\b[A-Z]\.$", match.group("source")):
        end -= 1  # "― Carla Sanchez." ends a sentence; "― Julie A." keeps its initial
    return Attribution(dash, (match.start("source"), end), [(quote.start, quote.end)], "direct", None)


def _colon_before(parsed, quote: QuoteSpan) -> Attribution | None:
    """A headline or transcript line "Putin: “Confident ...”"."""
    line_start = text_of(parsed).rfind("\n", 0, quote.start) + 1
    head = text_of(parsed)[line_start:quote.start]
    match = re.fullmatch(r"\s*(?P<source>[A-Z][\w.'’ -]{1,40}?)\s?:\s*", head)
    if not match:
        return None
    source = (line_start + match.start("source"), line_start + match.end("source"))
    colon = line_start + head.index(":", match.end("source") - (line_start - line_start))
    cue, source, verb = _verb_at_end(parsed, source, (colon, colon + 1))
    return Attribution(cue, source, [(quote.start, quote.end)], "direct", verb)


def _verb_at_end(parsed, source: tuple[int, int], cue: tuple[int, int]
                 ) -> tuple[tuple[int, int], tuple[int, int], int | None]:
    """(cue, source, verb) for a name before a colon: a reporting verb ending it ("The Health
    Protection Agency said: ...") is the cue, not part of the speaker."""
    words = parsed.char_span(*source, alignment_mode="expand")
    if words is not None and len(words) > 1 and is_cue_verb(words[-1]):
        verb = words[-1]
        return (verb.idx, verb.idx + len(verb.text)), (source[0], words[-2].idx + len(words[-2].text)), verb.i
    return cue, source, None


def _dash_headlines(parsed) -> list[Attribution]:
    """A headline line that ends in a spaced dash and a name: the name is the source of the rest."""
    text = text_of(parsed)
    out = []
    for line in re.finditer(r"[^\n]+", text):
        match = _DASH_SOURCE.match(line.group(0))
        if not match or match.group("content").rstrip()[-1:] in ".:;,":
            continue
        source = (line.start() + match.start("source"), line.start() + match.end("source"))
        span = parsed.char_span(*source, alignment_mode="expand")
        if span is None or len(span) > 4 or not any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in span):
            continue
        dash = (line.start() + match.start("dash"), line.start() + match.end("dash"))
        content = trim(text, (line.start() + match.start("content"), dash[0]))
        inside = find_quotes(text[content[0]:content[1]])
        out.append(Attribution(dash, source, [content], "partial" if inside else "indirect", None))
    return out


def _colon_quotes(parsed, covered: list[tuple[int, int]]) -> list[Attribution]:
    """Transcript and headline attributions: "PENCE: Well, look, ..." and "Putin: “Confident ...”"."""
    text = text_of(parsed)
    out = []
    title = re.search(r"\S", text)  # the report's first line: "Pence: Gennifer Flowers Won’t Be at Debate"
    labels = headline_labels()
    for line in re.finditer(r"[^\n]+", text):
        body = line.group(0)
        lead = len(body) - len(body.lstrip(' "“'))
        match = _COLON_SOURCE.match(body[lead:])
        if not match:
            continue
        source = (line.start() + lead, line.start() + lead + len(match.group("source")))
        span = parsed.char_span(*source, alignment_mode="expand")
        if span is None or len(span) > 5:
            continue
        words = match.group("source").split()
        if words[-1].lower() in title_end_labels():
            continue  # "Storm Mira live: ...": a live page's title, not a speaker's words
        in_title = title is not None and line.start() <= title.start() < line.end() and len(words) <= 3 \
            and all(w[:1].isupper() for w in words) and match.group("source").lower() not in labels
        is_name = any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in span) or match.group("source").isupper() \
            or in_title
        if not is_name:
            continue
        colon = source[1] + body[lead + len(match.group("source")):].index(":")
        content = trim(text, (colon + 1, line.end()))
        # "“PENCE: Well, ..." opening a line of a quoted transcript: the line is its speaker's
        transcript = match.group("source").isupper() and body[:lead].strip() != ""
        if transcript and content[1] > content[0]:
            # a quoted transcript's turn ('"WALLACE: Governor, I don’t want to interrupt, but I want
            # to try to get —.') is the whole line, its last stop too, as PolNeAR marks it (a
            # transcript set out without quotation marks, "BENENSON: ...", leaves it out)
            content = (content[0], line.start() + len(body.rstrip()))
        if content[1] - content[0] < 3 or any(a <= content[0] < b for a, b in covered) and not transcript:
            continue
        kind = "direct" if text[content[0]] in "“\"«" or transcript else "indirect"
        cue, source, verb = _verb_at_end(parsed, source, (colon, colon + 1))
        if verb is not None and any(a < content[1] and content[0] < b for a, b in covered):
            continue  # "The Health Protection Agency said: ...": the verb's own attribution holds it
        out.append(Attribution(cue, source, [content], kind, verb))
    return out


def _clip(span: tuple[int, int], clutter: list[tuple[int, int]]) -> tuple[int, int]:
    """Content never includes page clutter ("date 2023-06-25 breaking news –")."""
    start, end = span
    for a, b in clutter:
        if a <= start < b:
            start = b
        if a < end <= b:
            end = a
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
    clutter = [(s.start, s.end) for s in doc.sections if s.kind in ("caption", "boilerplate")]
    resolver = SpeakerResolver(parsed, skip=clutter)
    comments = [(s.start, s.end) for s in doc.sections if s.kind == "comment"]
    posts = [(s.start, s.end) for s in doc.sections if s.kind == "post"]
    quotes: list[Quote] = []
    current_scope = None
    last_sentence = None  # the sentence of the previous attribution with a cue verb
    headlines = _headlines(doc, posts)
    heads: list[tuple[int, tuple | None, int]] = []  # (first quote, scope, end of source) of headline roles
    for group, att in enumerate(find_attributions(parsed)):
        att.content = [_after_dateline(doc.text, _clip(span, clutter)) for span in att.content]
        att.content = [span for span in att.content if span[1] - span[0] > 1]
        if not att.content:
            continue
        first = att.content[0][0]
        # a live-blog post, or the comment thread, starts afresh: no speaker carries over
        scope = next((p for p in posts + comments if p[0] <= first < p[1]), None)
        if scope != current_scope:
            resolver.reset(scope[0] if scope else -1)
            current_scope = scope
        sentence = parsed[att.verb].sent.start if att.verb is not None else None
        if att.source:
            speaker = resolver.resolve(*att.source, reported=att.kind == "indirect")
        elif att.kind == "indirect" and sentence != last_sentence:
            speaker = None  # "Prigozhin was seen leaving": a reported verb with no speaker of its own
        else:  # a quotation with no cue, or "he claimed ... and accused ...": the running speaker
            speaker = resolver.running
        last_sentence = sentence
        if att.source and resolver.is_role(*att.source) and any(a <= first < b for a, b in headlines):
            heads.append((len(quotes), scope, att.source[1]))
        in_comment = any(a <= first < b for a, b in comments)
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
