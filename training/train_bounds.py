"""Train the content bounds models (src/storyline/data/bounds_model.json) on PolNeAR's train split.

    .venv/bin/pip install scikit-learn==1.9.1
    .venv/bin/python training/train_bounds.py ../shared/data/polnear [--cache DIR] [--c-end 3 --c-start 1]

For each reported content the rules find (`find_attributions(..., refine=False)`) that overlaps a
gold content of one piece whose end (start) is among the candidate ends (starts) of
`storyline.quotes.bounds`, every candidate is an example, labelled by whether it is the gold bound.
An L1-regularised logistic regression per side over `bounds.end_options` / `start_options`; the
choice is the best-scoring candidate. Prints how often the rules' bound and the model's choice are
the gold one on dev (where C was set). Only train and dev are read, never test.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from storyline.annotate import load_nlp
from storyline.options import Options
from storyline.quotes import find_attributions, refinable
from storyline.quotes.bounds import end_options, start_options

from train_cues import _int32, parsed

OUT = Path(__file__).resolve().parents[1] / "src" / "storyline" / "data" / "bounds_model.json"
OVERLAP = 0.3  # as `storyline eval quotes` matches spans


def _gold(span, relations, side: int) -> int | None:
    """The start (side 0) or end (side 1) of the one-piece gold content that shares most
    characters with `span`."""
    best, shared = None, 0
    for relation in relations:
        if not relation.content or len(relation.content) != 1:
            continue
        a, b = relation.content[0]
        common = min(b, span[1]) - max(a, span[0])
        if common > shared and common >= OVERLAP * max(b - a, span[1] - span[0]):
            best, shared = (a, b)[side], common
    return best


def groups(articles, docs, side: int):
    """One list of (features, is gold, is the rules' choice) per content whose gold start (side 0)
    or end (side 1) is among the candidates."""
    out = []
    for article, doc in zip(articles, docs):
        found = find_attributions(doc, refine=False)
        for att, floor, limit in refinable(doc, found):
            span, verb = att.content[0], doc[att.verb]
            gold = _gold(span, article.relations, side)
            options = end_options(doc, verb, span, limit) if side else start_options(doc, verb, span, floor)
            if gold is None or len(options) < 2 or not any(bound == gold for bound, _ in options):
                continue
            out.append([(names, bound == gold, bound == span[side]) for bound, names in options])
    return out


def fit(train, dev, c: float) -> dict:
    vectorizer = DictVectorizer()
    rows = [dict.fromkeys(names, 1) for group in train for names, _, _ in group]
    labels = [gold for group in train for _, gold, _ in group]
    model = LogisticRegression(l1_ratio=1.0, C=c, solver="liblinear", max_iter=1000, random_state=0)
    model.fit(_int32(vectorizer.fit_transform(rows)), labels)
    rules = chosen = 0
    for group in dev:
        scores = model.predict_proba(_int32(vectorizer.transform([dict.fromkeys(n, 1) for n, _, _ in group])))[:, 1]
        rules += next(gold for _, gold, is_rules in group if is_rules)
        best = max(range(len(group)), key=lambda k: (scores[k], group[k][2]))
        chosen += group[best][1]
    names = vectorizer.get_feature_names_out()
    weights = {name: round(float(w), 4) for name, w in zip(names, model.coef_[0]) if abs(w) > 1e-4}
    weights["bias"] = round(weights.get("bias", 0.0) + float(model.intercept_[0]), 4)
    return {"C": c, "dev_contents": len(dev), "dev_rules_right": rules, "dev_model_right": chosen,
            "weights": dict(sorted(weights.items()))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("polnear", type=Path, help="folder holding train/ and dev/")
    parser.add_argument("--cache", type=Path, help="keep the parses here between runs")
    parser.add_argument("--c-end", type=float, default=3.0, help="inverse L1 strength, end model")
    parser.add_argument("--c-start", type=float, default=1.0, help="inverse L1 strength, start model")
    args = parser.parse_args()
    nlp = load_nlp(Options().model)
    train = parsed(args.polnear / "train", nlp, args.cache)
    dev = parsed(args.polnear / "dev", nlp, args.cache)
    models = {}
    for side, name, c in ((1, "end", args.c_end), (0, "start", args.c_start)):
        models[name] = fit(groups(*train, side), groups(*dev, side), c)
        m = models[name]
        print(f"{name}: {len(m['weights'])} weights; dev: {m['dev_contents']} contents, "
              f"rules right {m['dev_rules_right']}, model right {m['dev_model_right']}")
    OUT.write_text(json.dumps({
        "about": "content start and end logistic regressions; training/train_bounds.py on PolNeAR "
                 "train, C chosen on dev (how often the chosen bound is the gold one)", **models,
    }, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
