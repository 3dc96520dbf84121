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

CANDIDATE_POS = frozenset({"VERB", "AUX", "NOUN", "ADP", "ADJ", "PROPN", "PUNCT"})
_CLAUSAL = ("ccomp", "xcomp", "parataxis", "advcl", "dobj", "prep", "nsubj", "nsubjpass", "agent", "acl")


def is_candidate(token) -> bool:
    if token.pos_ not in CANDIDATE_POS:
        return False
    return token.pos_ != "PUNCT" or token.text in (":", "―", "--", "—")


def features(token, in_quote: bool, lexicon: frozenset[str]) -> list[str]:
    """Feature names of one token (hand-written: what a reporting verb looks like in a parse)."""
    lemma = token.lemma_.lower()
    dep, pos = token.dep_, token.pos_
    head = token.head
    kids = list(token.children)
    kid_deps = {c.dep_ for c in kids}
    out = [
        "bias", f"l={lemma}", f"p={pos}", f"t={token.tag_}", f"d={dep}", f"l,d={lemma},{dep}",
        f"l,p={lemma},{pos}", f"hd={head.lemma_.lower()}", f"hdep={head.dep_}", f"d,hp={dep},{head.pos_}",
        f"lex={lemma in lexicon}", f"lex,d={lemma in lexicon},{dep}", f"q={in_quote}",
        f"w-1={token.nbor(-1).lower_ if token.i > 0 else '<s>'}",
        f"w+1={token.nbor(1).lower_ if token.i + 1 < len(token.doc) else '</s>'}",
    ]
    for dep_name in _CLAUSAL:
        if dep_name in kid_deps:
            out.append(f"k={dep_name}")
            out.append(f"l,k={lemma},{dep_name}")
            out.append(f"lex,k={lemma in lexicon},{dep_name}")
    for child in kids:
        if child.dep_ == "ccomp":
            marks = [g.lower_ for g in child.children if g.dep_ == "mark"]
            out.append(f"mark={marks[0] if marks else '-'}")
        elif child.dep_ == "prep":
            out.append(f"l,prep={lemma},{child.lower_}")
        elif child.dep_ in ("nsubj", "nsubjpass"):
            out.append(f"subj={child.ent_type_ or child.pos_}")
            out.append(f"l,subj={lemma},{child.ent_type_ or child.pos_}")
        elif child.dep_ in ("aux", "auxpass") and child.tag_ == "MD":
            out.append("modal")
        elif child.dep_ == "neg":
            out.append("neg")
        elif child.dep_ == "dobj":
            out.append(f"l,obj={lemma},{child.ent_type_ or child.lemma_.lower()}")
    if dep in ("xcomp", "ccomp", "conj", "advcl"):
        out.append(f"hl,d={head.lemma_.lower()},{dep}")
    if token.ent_type_:
        out.append(f"ent={token.ent_type_}")
    if dep == "acl" or dep == "relcl":
        out.append(f"l,{dep}")
    if token.i + 1 < len(token.doc) and token.nbor(1).text in ('"', "“", ",", ":"):
        out.append(f"next={token.nbor(1).text}")
    return out


@cache
def _weights() -> tuple[dict[str, float], float, float]:
    data = load("cue_model.json")
    return data["weights"], data["threshold"], data["threshold_outside_lexicon"]


def cue_probability(token, in_quote: bool, lexicon: frozenset[str]) -> float:
    weights = _weights()[0]
    z = sum(weights.get(f, 0.0) for f in features(token, in_quote, lexicon))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def is_cue(token, in_quote: bool, lexicon: frozenset[str]) -> bool:
    """A reporting word of the lexicon needs the head-F1 threshold; any other word ("tossed",
    "is running") a higher one, set on the dev split's attribution F1 (most of the model's false
    cues are such words)."""
    if not is_candidate(token):
        return False
    _, inside, outside = _weights()
    return cue_probability(token, in_quote, lexicon) >= (inside if token.lemma_.lower() in lexicon else outside)
