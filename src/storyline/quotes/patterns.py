"""Attributions built around something other than a reporting verb's clause: "according to X",
phrasal cues ("took aim at"), findings in a report, and reporting nouns ("the claim that ...",
"his call for ...")."""
from __future__ import annotations

import re

from ..doccache import text_of
from ..records import within
from .cues import cue_span
from .lexicon import Attribution, Span, word_lists
from .marks import QuoteSpan
from .parsecache import table_of
from .source import noun_phrase_span, source_of
from .spans import kind_of, run_spans, runs_without, subtree_span, trim, without_lead


def phrasal(verb, quotes: list[QuoteSpan]) -> Attribution | None:
    """ "the Kremlin made it clear that “...”": a verb and its complement report together; the
    content is the clause after the complement."""
    wanted = word_lists()["phrasal"].get(verb.lemma_.lower()) if verb.pos_ in ("VERB", "AUX") else None
    comp = next((c for c in verb.children if c.i > verb.i and c.lemma_.lower() in wanted), None) if wanted else None
    if comp is None:
        return None
    clause = next((c for c in list(comp.children) + list(verb.children)
                   if c.i > comp.i and c.dep_ in ("ccomp", "advcl", "xcomp")), None)
    if clause is None:
        return None
    text = text_of(verb.doc)
    span = trim(text, subtree_span(clause))
    inside = [q for q in quotes if q.start < span[1] + 1 and span[0] <= q.start]
    if inside:
        span = (span[0], max(span[1], max(q.end for q in inside)))
    cue = (cue_span(verb)[0], comp.idx + len(comp.text))
    return Attribution(cue, source_of(verb), [span], "partial" if inside else "indirect", verb.i)


def according_to(sentence, quotes: list[QuoteSpan]) -> Attribution | None:
    """ "According to X, CONTENT." and "CONTENT, according to X." """
    for token in sentence:
        if token.lower_ != "according" or token.i + 1 >= len(token.doc) or token.doc[token.i + 1].lower_ != "to":
            continue
        to = token.doc[token.i + 1]
        objects = [c for c in to.children if c.dep_ == "pobj"]
        if not objects:
            continue
        source = noun_phrase_span(objects[0])
        phrase_end = subtree_span(objects[0])[1]
        text = text_of(sentence.doc)
        # "According to X, ..." (or "But according to X, ...") rather than "..., according to X"
        lead = text[sentence.start_char:token.idx].strip(" ,\n").lower()
        fronted = len(lead) < 3 or lead in word_lists()["lead_words"] or lead in word_lists()["lead_phrases"]
        if fronted and len(text[phrase_end:sentence.end_char].strip(" .\n")) < 3:
            # "According to ... Rush Limbaugh, the move reeks of ...": the parser hung the clause on
            # the name; the source ends at its first comma
            comma = next((t for t in objects[0].subtree if t.i > objects[0].i and t.text == ","), None)
            if comma is None:
                continue
            source, phrase_end = trim(text, (source[0], comma.idx)), comma.idx + 1
        rest = None
        if fronted:
            content = (phrase_end, sentence.end_char)
        else:
            content = (sentence.start_char, token.idx)
            rest = _after_interrupting_phrase(sentence, token, source, phrase_end)
            if rest is not None:  # "Fundraising, according to the campaign, has surged ..."
                source = trim(text, (source[0], min(source[1], rest[0] - 1)))
        # "And Mrs. Clinton now holds ..., according to" loses its "And" but keeps "In 2007, " (PolNeAR
        # train: 56 of 73 adverbial leads kept, 13 of 16 link words dropped)
        content = without_lead(sentence.doc, trim(text, content), adverbials=False)
        if content[1] - content[0] < 3:
            return None
        if fronted:
            # "According to Limbaugh, “If it was left up to Hillary, ... . Because ...”": a quotation
            # that opens in the content and runs past the sentence is said whole
            running = [q for q in quotes if content[0] <= q.start < content[1] < q.end]
            if running:
                content = (content[0], max(q.end for q in running))
        if rest is not None:
            # "But, according to the poll, 46 percent ... remain undecided": the link word is the writer's
            lead = text[content[0]:content[1]].lower().rstrip(",")
            link = lead in word_lists()["lead_words"] or lead in word_lists()["lead_phrases"]
            pieces = [rest] if link else [content, rest]
            return Attribution((token.idx, to.idx + 2), source, pieces, kind_of((pieces[0][0], rest[1]), quotes), token.i)
        cue_start = token.idx
        copula = token.doc[token.i - 1] if token.i > 0 else None
        if not fronted and copula is not None and copula.lower_ in ("'s", "’s") \
                and copula.idx + len(copula.text) == content[1]:
            # "That’s according to fundraising reports": the clitic "is" is the cue's, as PolNeAR marks it
            cue_start, content = copula.idx, trim(text, (content[0], copula.idx))
        inside = any(content[0] <= q.start and q.end <= content[1] + 1 for q in quotes)
        whole = any(q.start <= content[0] + 1 and q.end >= content[1] - 1 for q in quotes)
        kind = "direct" if whole else "partial" if inside else "indirect"
        return Attribution((cue_start, to.idx + 2), source, [content], kind, token.i)
    return None


_SPACES = re.compile(r"\s*")


def _after_interrupting_phrase(sentence, according, source: Span, phrase_end: int) -> Span | None:
    """ "At the heart of the trouble, according to X, was a decision ...": an according-to phrase set
    off by commas before the sentence's main verb interrupts the content; the words after its
    closing comma are the content's second piece (not after "Trump leads, according to a poll,
    which ...", whose main verb comes first)."""
    text = text_of(sentence.doc)
    if not text[sentence.start_char:according.idx].rstrip().endswith(","):
        return None
    comma = source[1] - 1 if text[source[1] - 1] == "," else _SPACES.match(text, phrase_end).end()
    if text[comma:comma + 1] != "," or sentence.root.idx < comma:
        return None
    rest = trim(text, (comma + 1, sentence.end_char))
    return rest if rest[1] - rest[0] >= 10 else None


def findings_in(sentence, quotes: list[QuoteSpan]) -> list[Attribution]:
    """ "Cruz had 38 percent support in a Fox poll", "In the CBS poll, Trump's lead ...": the poll
    is the source, "in" the cue, and the clause the phrase hangs on, without it, the content (in
    pieces where the phrase stands inside it). Only in a main clause: "where he leads in the polls"
    is a circumstance."""
    found = []
    nouns, text = word_lists()["findings_in"], text_of(sentence.doc)
    table = table_of(sentence.doc)  # read the parse's lists first: a Token is made only for an "in"
    for i in range(sentence.start, sentence.end):
        if table.lower[i] != "in" or table.dep[i] != "prep":
            continue
        token = sentence.doc[i]
        poll = next((c for c in token.children if c.dep_ == "pobj" and c.lemma_.lower() in nouns), None)
        clause = token.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        if poll is None or clause.pos_ not in ("VERB", "AUX") or not _main_verb(clause) \
                or clause.lemma_.lower() in word_lists()["verbs"]:
            continue  # "said in a survey" is the verb's to report; "where he leads in polls" a circumstance
        spans = run_spans(text, [r for r in runs_without(clause, token) if not all(t.is_punct for t in r)])
        if not spans or sum(b - a for a, b in spans) < 10 or any(a <= q.start < b for q in quotes for a, b in spans):
            continue  # a quotation keeps its own speaker
        spans[0] = without_lead(sentence.doc, spans[0], adverbials=False)
        found.append(Attribution((token.idx, token.idx + len(token.text)), trim(text, subtree_span(poll)), spans,
                                 "indirect", token.i))
    return found


def _main_verb(verb) -> bool:
    """The sentence's main verb, or one joined to it by "and" / "but"."""
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


def reported_by_noun(sentence, quotes: list[QuoteSpan], reported: list[Span] = ()) -> list[Attribution]:
    """ "Trump's claim that there have been “thousands of shootings”", "his suggestion that ...": a
    reporting noun (`reporting_nouns`) with its owner and a that-clause; the owner is the source.
    So too "his pledge to cut taxes" and "Pence's call for a special prosecutor"
    (`reporting_noun_preps`), except inside what another cue reported (`reported`: "condemning
    Trump's call for a ban" is that cue's content; PolNeAR marks no second attribution there)."""
    found = []
    text = text_of(sentence.doc)
    table = table_of(sentence.doc)  # read the parse's lists first: a Token is made only for a noun cue
    for i in range(sentence.start, sentence.end):
        lemma = table.lemma[i]
        if table.pos[i] != "NOUN" or lemma not in word_lists()["noun_cues"]:
            continue
        token = sentence.doc[i]
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        # "a New York Times report that ...": a name before the noun owns it too
        named = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i
                 and c.ent_type_ in ("ORG", "PERSON", "NORP", "GPE")]
        # the parser may read the that-clause as a relative one ("report that Donald Trump had ...")
        clause = next((c for c in token.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > token.i and any(
            m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children)), None)
        # "his pledge to cut taxes", "Pence's call for a special prosecutor": what the noun asks for
        if clause is None and within(token.idx, reported):
            continue
        if clause is None and lemma in word_lists()["noun_infinitives"]:
            clause = next((c for c in token.children if c.dep_ == "acl" and c.i > token.i and any(
                a.dep_ == "aux" and a.lower_ == "to" and a.i == c.left_edge.i for a in c.children)), None)
        cue = (token.idx, token.idx + len(token.text))
        if clause is None and lemma in word_lists()["noun_preps"]:
            prep = next((c for c in token.children if c.dep_ == "prep" and c.i == token.i + 1
                         and c.lower_ in word_lists()["noun_preps"][lemma]), None)
            clause = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
            if clause is not None:  # the cue is "call for", as PolNeAR marks "called for"
                cue = (token.idx, prep.idx + len(prep.text))
        if owner is None and not named or clause is None:
            continue
        content = trim(text, subtree_span(clause))
        if content[1] - content[0] < 10:
            continue
        source = trim(text, subtree_span(owner)) if owner is not None else trim(
            text, (named[-1].left_edge.idx, named[-1].idx + len(named[-1].text)))
        found.append(Attribution(cue, source, [content], kind_of(content, quotes), token.i))
    return found
