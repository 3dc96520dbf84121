"""Which words cue an attribution: a linear model over the parse, trained on PolNeAR's train split.

A word list alone finds six in ten of the cues annotators mark ("said", "told") but not the long
tail ("is demanding", "likened", "refuses", "the outlook"), and it cannot tell a reporting "called"
from a naming one. Each candidate token gets sparse binary features from its own word and from the
parse around it; the weights (data/cue_model.json, written by training/train_cues.py) sum to a logit.
"""
from __future__ import annotations

import math
from functools import cache

from ..data import load
from ..doccache import text_of
from .lexicon import Span, continued_cue, word_lists
from .parsecache import TokenTable, table_of

CANDIDATE_POS = frozenset({"VERB", "AUX", "NOUN", "ADP", "ADJ", "PROPN", "PUNCT"})
_CLAUSAL = ("ccomp", "xcomp", "parataxis", "advcl", "dobj", "prep", "nsubj", "nsubjpass", "agent", "acl")


def is_candidate(token) -> bool:
    return candidate_at(table_of(token.doc), token.i)


def candidate_at(table: TokenTable, i: int) -> bool:
    pos = table.pos[i]
    if pos not in CANDIDATE_POS:
        return False
    return pos != "PUNCT" or table.text[i] in (":", "―", "--", "—")


def features(token, in_quote: bool, lexicon: frozenset[str]) -> list[str]:
    return features_at(table_of(token.doc), token.i, in_quote, lexicon)


def features_at(t: TokenTable, i: int, in_quote: bool, lexicon: frozenset[str]) -> list[str]:
    """Feature names of token `i` (hand-written: what a reporting verb looks like in a parse)."""
    lemma, dep, pos = t.lemma[i], t.dep[i], t.pos[i]
    head = t.head[i]
    head_lemma = t.lemma[head]
    kids = t.children[i]
    kid_deps = {t.dep[c] for c in kids}
    last = len(t.lemma) - 1
    listed = lemma in lexicon
    out = [
        "bias", f"l={lemma}", f"p={pos}", f"t={t.tag[i]}", f"d={dep}", f"l,d={lemma},{dep}",
        f"l,p={lemma},{pos}", f"hd={head_lemma}", f"hdep={t.dep[head]}", f"d,hp={dep},{t.pos[head]}",
        f"lex={listed}", f"lex,d={listed},{dep}", f"q={in_quote}",
        f"w-1={t.lower[i - 1] if i > 0 else '<s>'}", f"w-2={t.lower[i - 2] if i > 1 else '<s>'}",
        f"w+1={t.lower[i + 1] if i < last else '</s>'}",
        f"sfx={lemma[-3:]}",  # "-ize", "-ate": a word the training split never saw still has a shape
    ]
    for dep_name in _CLAUSAL:
        if dep_name in kid_deps:
            out.append(f"k={dep_name}")
            out.append(f"l,k={lemma},{dep_name}")
            out.append(f"lex,k={listed},{dep_name}")
    for c in kids:
        kid_dep = t.dep[c]
        if kid_dep == "ccomp":
            marks = [t.lower[g] for g in t.children[c] if t.dep[g] == "mark"]
            out.append(f"mark={marks[0] if marks else '-'}")
            # "said he would" (a clause with its own subject) reports; "want to" wants
            out.append(f"ccomp_subject={any(t.dep[g] in ('nsubj', 'nsubjpass') for g in t.children[c])}")
            out.append(f"ccomp_tag={t.tag[c]}")
        elif kid_dep == "prep":
            out.append(f"l,prep={lemma},{t.lower[c]}")
        elif kid_dep in ("nsubj", "nsubjpass"):
            out.append(f"subj={t.ent[c] or t.pos[c]}")
            out.append(f"subjl={t.lemma[c]}")  # "the poll shows", "the spokesman said"
            out.append(f"l,subj={lemma},{t.ent[c] or t.pos[c]}")
        elif kid_dep in ("aux", "auxpass") and t.tag[c] == "MD":
            out.append("modal")
        elif kid_dep == "neg":
            out.append("neg")
        elif kid_dep == "dobj":
            out.append(f"l,obj={lemma},{t.ent[c] or t.lemma[c]}")
    if dep in ("xcomp", "ccomp", "conj", "advcl"):
        out.append(f"hl,d={head_lemma},{dep}")
    if t.ent[i]:
        out.append(f"ent={t.ent[i]}")
    if dep == "acl" or dep == "relcl":
        out.append(f"l,{dep}")
    if i < last and t.text[i + 1] in ('"', "“", ",", ":"):
        out.append(f"next={t.text[i + 1]}")
    return out


@cache
def _weights() -> tuple[dict[str, float], float, float]:
    data = load("cue_model.json")
    return data["weights"], data["threshold"], data["threshold_outside_lexicon"]


def cue_probability(token, in_quote: bool, lexicon: frozenset[str]) -> float:
    return probability_at(table_of(token.doc), token.i, in_quote, lexicon)


def probability_at(table: TokenTable, i: int, in_quote: bool, lexicon: frozenset[str]) -> float:
    weights = _weights()[0]
    z = sum(weights.get(f, 0.0) for f in features_at(table, i, in_quote, lexicon))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def cue_at(table: TokenTable, i: int, in_quote: bool, lexicon: frozenset[str]) -> bool:
    """Does token `i` cue an attribution? A reporting word of the lexicon needs the head-F1
    threshold; any other word ("tossed", "is running") a higher one, set on the dev split's
    attribution F1 (most of the model's false cues are such words)."""
    if not candidate_at(table, i):
        return False
    _, inside, outside = _weights()
    return probability_at(table, i, in_quote, lexicon) >= (inside if table.lemma[i] in lexicon else outside)


def cue_span(verb, content: Span | None = None) -> Span:
    """The cue as PolNeAR marks it: the verb with its auxiliaries and adverbs ("has also said",
    "did not immediately respond"), particle ("pointed out"), a day right after it ("said Friday"),
    and the preposition that leads to the content ("called for", "described as")."""
    text, doc = text_of(verb.doc), verb.doc
    adverbs = word_lists()["cue_adverbs"]
    # "went on to say": the cue runs from the verb that goes on, with its own auxiliaries
    continued = continued_cue(verb.head) if verb.dep_ in ("xcomp", "advcl") else None
    lead = verb.head if continued is not None and continued.i == verb.i else verb
    start, end = lead.idx, verb.idx + len(verb.text)
    i = lead.i - 1
    while i >= 0 and doc[i].head.i == lead.i and (
            doc[i].dep_ in ("aux", "auxpass", "neg") or doc[i].lower_ in adverbs
            or doc[i].dep_ == "advmod" and doc[i].tag_ == "RB"):
        start = doc[i].idx
        i -= 1
    j = verb.i + 1
    while j < len(doc) and doc[j].head.i == verb.i and (
            doc[j].dep_ == "prt" or doc[j].lower_ in adverbs and doc[j].dep_ == "advmod"
            or doc[j].dep_ == "npadvmod" and doc[j].ent_type_ == "DATE"):
        end = doc[j].idx + len(doc[j].text)
        j += 1
    channel = _channel(verb, j)
    if channel is not None:  # "said in a statement": PolNeAR's cue takes the channel (not "in an interview")
        last = channel.right_edge
        if content is not None and channel.idx < content[0] <= last.idx:
            # "in a statement that the race ...": the content hangs on the channel's noun; the cue stops before it
            last = max((t for t in channel.subtree if t.idx + len(t.text) <= content[0]), key=lambda t: t.i)
        end = last.idx + len(last.text)
        j = last.i + 1
    preps = word_lists()["preps"].get(verb.lemma_.lower(), [])
    following = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and c.i == j]
    if not following and j < len(doc) and doc[j].lower_ in preps and doc[j].dep_ == "mark" \
            and doc[j].head.head.i == verb.i and (content is None or content[0] > doc[j].idx):
        following = [doc[j]]  # "called for Trump to drop out": the parser makes "for" the clause's mark
    stance = stance_object(verb, next((c for c in verb.children if c.dep_ == "dobj"), None))
    if following:
        end = following[0].idx + len(following[0].text)
    elif stance is not None and content is not None and stance[0].idx < content[0]:
        end = stance[0].idx + len(stance[0].text)  # "took a shot at", "made no mention of"
    elif content is not None:
        leading = [c for c in verb.children if c.dep_ == "prep" and end <= c.idx < content[0]
                   and c.idx + len(c.text) >= content[0] - 1]
        if leading:  # the content is the preposition's object: "accusing her of ..."
            end = leading[0].idx + len(leading[0].text)
    if end < len(text) and text[end] == ":":
        end += 1  # "added:" introducing a quotation
    return start, end


def _channel(verb, j: int):
    """The verb's prepositional phrase at token j when it names a channel of data/reporting.json."""
    doc = verb.doc
    if j >= len(doc) or doc[j].head.i != verb.i or doc[j].dep_ != "prep" or doc[j].lower_ != "in":
        return None
    pobj = next((c for c in doc[j].children if c.dep_ == "pobj"), None)
    return doc[j] if pobj is not None and pobj.lemma_.lower() in word_lists()["channels"] else None


def stance_object(verb, obj):
    """(preposition, its object) after a stance noun the verb takes: "took a shot at X", "expressed
    deep concern about X", "made no mention of X"."""
    stance = word_lists()["stance"]
    if obj is None or obj.lemma_.lower() not in stance["nouns"] or verb.lemma_.lower() not in stance["verbs"]:
        return None
    for prep in list(obj.children) + list(verb.children):
        # the preposition right after the noun ("a shot at"), whichever word the parser hung it on
        if prep.dep_ == "prep" and prep.lower_ in stance["prepositions"] and prep.i == obj.i + 1:
            target = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if target is not None:
                return prep, target
    return None


def stance_cue(verb) -> bool:
    """Does the verb report a stance with its object ("took a shot at X")? It needs a subject."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and stance_object(verb, obj) is not None
