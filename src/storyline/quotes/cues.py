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
