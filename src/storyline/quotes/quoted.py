"""Whose words a quotation is: the cue right after or before its marks ("“...,” he said"; "He said:
“...”"), the other half of an interrupted quotation, the clause it goes on with, the speaker of
the sentence before ("“A,” he said. “B.”"), a signature or a colon-led line ("PENCE: ..."), and a
news-agency headline's dash source ("... — Kremlin"). find_attributions (quotes/__init__.py)
tries them in turn for each quotation no reported clause covers."""
from __future__ import annotations

import re

from ..doccache import text_of
from ..records import within
from .cues import cue_span
from .lexicon import (Attribution, can_speak, headline_labels, is_cue_verb, is_naming_verb, short_quote_verbs,
                      SUBJECTS, title_end_labels)
from .marks import find_quotes, QuoteSpan
from .parsecache import ents_of, sentence_index, sentence_of, sentences_of
from .source import name_follows, source_of, speaker_read_as_object
from .spans import trim, without_lead

WINDOW_AFTER = 10  # tokens between a closing mark and its "he said"
WINDOW_BEFORE = 12  # tokens between "X said:" and the opening mark
MAX_SAID_GAP = 200  # characters between a cue's sentence and the quotation that goes on from it
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


def previous_said(found: list[Attribution], quote: QuoteSpan, parsed) -> Attribution | None:
    """The attribution whose cue ends the sentence right before this quotation: a quotation's, or
    reported words' whose cue follows them."""
    best = None
    for att in found:
        # reported words with the cue after them go on too: 'The summit did "too little," Le Pen
        # told reporters. "Without ..."'
        if att.cue is None or att.kind != "direct" and att.cue[0] < att.content[-1][1]:
            continue
        last = max(b for _, b in att.content + [att.cue] + ([att.source] if att.source else []))
        if not 0 <= quote.start - last < 3 * MAX_SAID_GAP:
            continue  # a title's marks take 2 of its 3 characters at most: the gap stays too long
        # “A,” said Kevin Barrett, a lawyer at ..., who represents .... “B.”: the rest of the sentence
        # describes the speaker (a title in quotation marks too: on Fox News's “Fox and Friends.”);
        # a paragraph break may fall before B
        gap = _SHORT_TITLE.sub(r"\1", text_of(parsed)[last:quote.start])
        if len(gap) < MAX_SAID_GAP and re.fullmatch(r"[^“”\"\n]*[.:]\s*", gap):
            best = att
    return best


def after_the_cue(found: list[Attribution], quote: QuoteSpan, parsed) -> tuple[Attribution, int] | None:
    """The attribution this quotation goes on with after its cue, in the same sentence, and where
    the new piece starts: '“A,” he said, but “B.”', 'Mills “got ...,” Jordan said, and still “got
    ...”' (the piece keeps its conjunction, as PolNeAR's annotators mark it)."""
    text = text_of(parsed)
    for att in reversed(found):
        if att.cue is None or att.verb is None or att.cue[0] < att.content[-1][1]:
            continue
        last = max(b for _, b in [att.cue] + ([att.source] if att.source else []))
        # the sentence first: the gap of an attribution far back is long, and reading it for every
        # quotation of a long report had cost the square of its length
        if last > quote.start or sentence_of(parsed[att.verb]).end_char < quote.start:
            continue
        gap = _AFTER_CUE_GAP.fullmatch(text[last:quote.start])
        if gap:
            return att, last + gap.start("conjunction")
    return None


def continued_clause(found: list[Attribution], quote: QuoteSpan, parsed) -> Attribution | None:
    """The reported clause, in the same sentence, that this cue-less quotation goes on with: only
    a conjunction, a comma or a linking preposition between them (the parse often hangs such a
    quotation elsewhere: "..., and of ''all the people ...''" on the cue)."""
    text = text_of(parsed)
    for att in reversed(found):
        if att.verb is None or att.kind not in ("indirect", "partial") or len(att.content) != 1:
            continue
        end = att.content[0][1]
        # (the gap is matched in place: a slice of it, for every earlier clause, grew with the
        # square of a long report's length)
        if not (end <= quote.start and _CONTINUING_GAP.fullmatch(text, end, quote.start)):
            continue
        if last_inner(text[_last_word_start(text, end):end]) in (".", "!", "?"):
            continue  # “... the second amendment.” “Next ...”: a new sentence the parser ran on
        if sentence_of(parsed[att.verb]).end_char >= quote.start:
            return att
    return None


def _sentence_limit(doc, i: int) -> bool:
    return doc[i].is_sent_start or "\n" in doc[i].text


_CLOSING_RUN = "'’”\"» "  # closing marks and the spaces tokenised text puts between them


def last_inner(quoted: str) -> str:
    """The last character before a quotation's closing mark(s), one or doubled (''A,''), or spaced
    as tokenised text writes it ("`` A , ''"); "" if none."""
    return quoted.rstrip(_CLOSING_RUN)[-1:]


def _last_word_start(text: str, end: int) -> int:
    """Where the text before `end` holds something besides closing marks and spaces: the start of
    a window that `last_inner` reads as it reads all the text before `end`."""
    start = end
    while start > 0:
        start = max(0, start - 64)
        if text[start:end].rstrip(_CLOSING_RUN):
            break
    return start


def _ends_clause(text: str, quote: QuoteSpan) -> bool:
    """ “...,” he said: the quotation closes a clause (punctuation inside or right after it)."""
    inner_last = last_inner(text[quote.start:quote.end])
    after = text[quote.end:quote.end + 3].lstrip(" ")
    return bool(inner_last) and inner_last in ",.!?…—–-" or after[:1] in (",", ".", "!", "?", ";", "—", "–", "-", "")


def verb_after(parsed, quote: QuoteSpan):
    if not _ends_clause(text_of(parsed), quote):
        return None
    span = parsed.char_span(quote.end, min(len(text_of(parsed)), quote.end + 1), alignment_mode="expand")
    if span is None:
        return None
    first = span.start
    inner_last = last_inner(text_of(parsed)[quote.start:quote.end])
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
            # nor when a cue of its own sentence governs it ("for saying that coffee was a “magic
            # cure.” Trump has responded with ...")
            if inner_last == "." and sentence_of(token).start >= span.start \
                    and _governed_in_sentence(sentence_of(parsed[span.start - 1]), quote):
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


def verb_before(parsed, quote: QuoteSpan):
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
                return _answering(token)
            return None
        between += 1
    return None


def _answering(token):
    """The cue whose words a quotation after `token` is: "who told Congress when asked about the
    inquiry: “...”" answers the question, so the words are the governing cue's ("told"), not the
    passive participle's, which has no speaker of its own."""
    head = token.head
    if token.tag_ == "VBN" and token.dep_ == "advcl" and head.i < token.i and is_cue_verb(head) \
            and not any(c.dep_ in SUBJECTS for c in token.children):
        return head
    return token


def said_right_before(parsed, quote: QuoteSpan):
    """ "Cruz said "CNN" five times", "Obama punctuated his list by saying “Too many.”": a short
    quotation right after a verb of saying, whose words it is, is what was said, not a scare quote
    (PolNeAR train marks all 13 such)."""
    span = parsed.char_span(max(0, quote.start - 1), quote.start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    verb = parsed[span.start - 1]
    whole = last_inner(text_of(parsed)[quote.start:quote.end]) in (".", "!", "?")
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
    if name_follows(verb):
        ent = next((e for e in ents_of(parsed) if e.start <= nxt < e.end), None)
        if ent is not None and not _reported_subject(ent.root, verb):
            return ent.start_char, ent.end_char
    return None


def _reported_subject(token, verb) -> bool:
    """ "He said Zelensky would attend": the name is the subject of what was said, not the speaker."""
    return token.dep_ in SUBJECTS and token.head.i != verb.i


def name_after_the_quotation(text: str, spans: list[tuple[int, int]], source, cue, quotes: list[QuoteSpan]):
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


def prefer_name_after(parsed, verb, source):
    """ "... ,” he said Peskov": a name right after the cue outranks a pronoun subject."""
    after = _name_after(parsed, verb)
    if after and source and text_of(parsed)[source[0]:source[1]].lower() in ("he", "she", "they", "it"):
        return after
    return source or after


def from_neighbour_sentence(parsed, quote: QuoteSpan, taken: set[int]) -> Attribution | None:
    """A quotation whose cue stands in the next sentence ("Antony Blinken says so.") or ends the
    previous one ("Putin said:"); a cue that reports words of its own (`taken`) is not it."""
    inside = parsed.char_span(quote.start, quote.end, alignment_mode="expand")
    if inside is None:
        return None
    sentences = sentences_of(parsed)
    first, last = sentence_index(parsed[inside.start]), sentence_index(parsed[inside.end - 1])
    if first < 0 or last < 0:
        return None
    host = (sentences[first].start_char, sentences[last].end_char)
    content = trim(text_of(parsed), host)
    whole = quote.start <= content[0] + 1 and quote.end >= content[1] - 1
    kind = "direct" if whole else "partial"
    if not whole:
        content = without_lead(parsed, content)
    if not whole and _governed_in_sentence(sentences[first], quote):
        return None  # "for saying that coffee was a “magic cure.” Trump has responded with ...": its cue is here
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


def _governed_in_sentence(sentence, quote: QuoteSpan) -> bool:
    """Does a cue of the quotation's own sentence, before it, govern it (the quotation inside the
    cue's clause), though the cue has no source to report?"""
    return any(is_cue_verb(t) and t.idx < quote.start <= t.right_edge.idx + len(t.right_edge.text)
               and t.dep_ != "ROOT" for t in sentence)


def signed(parsed, quote: QuoteSpan) -> Attribution | None:
    """A quotation signed after a dash at the end of its line ("“...” ― Sonya Herridge")."""
    match = _SIGNATURE.match(text_of(parsed), quote.end)
    if not match:
        return None
    dash = (match.start("dash"), match.end("dash"))
    end = match.end("source")
    if match.group("source").endswith(".") and not re.search(r"\b[A-Z]\.$", match.group("source")):
        end -= 1  # "― Carla Sanchez." ends a sentence; "― Julie A." keeps its initial
    return Attribution(dash, (match.start("source"), end), [(quote.start, quote.end)], "direct", None)


def colon_before(parsed, quote: QuoteSpan) -> Attribution | None:
    """A headline or transcript line "Putin: “Confident ...”"."""
    line_start = text_of(parsed).rfind("\n", 0, quote.start) + 1
    head = text_of(parsed)[line_start:quote.start]
    match = re.fullmatch(r"\s*(?P<source>[A-Z][\w.'’ -]{1,40}?(?P<role>\s?,\s?[\w.'’ -]{2,40}?)?)\s?:\s*", head)
    if not match:
        return None
    source = (line_start + match.start("source"), line_start + match.end("source"))
    if match.group("role"):
        # a caption's "Mike O'Berry, US Coast Guard: “We'll search ...”": a name and its role
        name = parsed.char_span(source[0], line_start + match.start("role"), alignment_mode="expand")
        if name is None or not any(t.ent_type_ in ("PERSON", "ORG") for t in name):
            return None
    words = match.group("source").split()
    if not all(w[:1].isupper() for w in words if w.isalpha() and len(w) > 3) and not match.group("role"):
        return None  # "The problem is clear: “...”" names no one; "Putin: “...”", "Secretary of State: ..." do
    colon = line_start + head.index(":", match.end("source"))
    cue, source, verb = _verb_at_end(parsed, source, (colon, colon + 1))
    return Attribution(cue, source, [(quote.start, quote.end)], "direct", verb)


def subject_before_colon(parsed, quote: QuoteSpan) -> Attribution | None:
    """ "Scalise is frustrated: “If it's not you ...”": a clause about a person that a colon ends
    introduces that person's words (a live blog's way); not "The problem is clear: “...”"."""
    text = text_of(parsed)
    gap = re.search(r"\s*:\s*$", text[max(0, quote.start - 5):quote.start])
    if gap is None:
        return None
    colon = parsed.char_span(quote.start - len(gap.group(0)), quote.start, alignment_mode="expand")
    if colon is None or colon.start == 0:
        return None
    verb = parsed[colon.start - 1]
    while verb.head.i < colon.start and verb.head.i != verb.i:
        verb = verb.head  # the clause before the colon (the parser may hang it on the quotation)
    if is_cue_verb(verb) or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), None)
    if subject is None or not (subject.ent_type_ == "PERSON" or subject.pos_ == "PROPN" and any(
            e.label_ == "PERSON" and e[-1].text == subject.text for e in ents_of(parsed))):
        return None
    first = min(t.i for t in subject.subtree)
    source = (parsed[first].idx, subject.idx + len(subject.text))
    mark = next(t for t in colon if t.text == ":")
    return Attribution((mark.idx, mark.idx + 1), source, [(quote.start, quote.end)], "direct", None)


def _verb_at_end(parsed, source: tuple[int, int], cue: tuple[int, int]
                 ) -> tuple[tuple[int, int], tuple[int, int], int | None]:
    """(cue, source, verb) for a name before a colon: a reporting verb ending it ("The Health
    Protection Agency said: ...") is the cue, not part of the speaker."""
    words = parsed.char_span(*source, alignment_mode="expand")
    if words is not None and len(words) > 1 and is_cue_verb(words[-1]):
        verb = words[-1]
        return (verb.idx, verb.idx + len(verb.text)), (source[0], words[-2].idx + len(words[-2].text)), verb.i
    return cue, source, None


def dash_headlines(parsed) -> list[Attribution]:
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


def colon_quotes(parsed, covered: list[tuple[int, int]]) -> list[Attribution]:
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
        if not is_name or span[-1].ent_type_ in ("DATE", "TIME"):
            continue  # "Saturday : The yacht Bob ...", "AP June 17 : BP CEO Tony Hayward testifies": a caption's
            # date (not "Tuesday’s Morning Email: ...", a newsletter named for its day)
        colon = source[1] + body[lead + len(match.group("source")):].index(":")
        content = trim(text, (colon + 1, line.end()))
        # "“PENCE: Well, ..." opening a line of a quoted transcript: the line is its speaker's
        transcript = match.group("source").isupper() and body[:lead].strip() != ""
        if transcript and content[1] > content[0]:
            # a quoted transcript's turn ('"WALLACE: Governor, I don’t want to interrupt, but I want
            # to try to get —.') is the whole line, its last stop too, as PolNeAR marks it (a
            # transcript set out without quotation marks, "BENENSON: ...", leaves it out)
            content = (content[0], line.start() + len(body.rstrip()))
        if content[1] - content[0] < 3 or within(content[0], covered) and not transcript:
            continue
        kind = "direct" if text[content[0]] in "“\"«" or transcript else "indirect"
        cue, source, verb = _verb_at_end(parsed, source, (colon, colon + 1))
        if verb is not None and any(a < content[1] and content[0] < b for a, b in covered):
            continue  # "The Health Protection Agency said: ...": the verb's own attribution holds it
        out.append(Attribution(cue, source, [content], kind, verb))
    return out
