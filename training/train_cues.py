"""Train the cue model (src/storyline/data/cue_model.json) on PolNeAR's train split.

    .venv/bin/pip install scikit-learn==1.9.1
    .venv/bin/python training/train_cues.py ../shared/data/polnear --threshold 0.34 [--c 0.5]

Learns which tokens head an attribution cue (the cue span's syntactic head) with an L1-regularised
logistic regression over `storyline.quotes.cues.features`; picks the threshold that maximises head
F1 on the dev split; keeps only non-zero weights. Only train and dev are read, never test.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from spacy.tokens import DocBin

from storyline.annotate import for_parser, load_nlp
from storyline.evaluate.polnear import read_folder
from storyline.options import Options
from storyline.quotes.lexicon import speech_verbs
from storyline.quotes.cues import features, is_candidate
from storyline.quotes.marks import find_quotes

OUT = Path(__file__).resolve().parents[1] / "src" / "storyline" / "data" / "cue_model.json"


def cue_head(doc, pieces):
    """The token of the (first piece of the) cue whose head lies outside it; a verb if several."""
    a, b = pieces[0]
    tokens = [t for t in doc if t.idx < b and t.idx + len(t.text) > a]
    ids = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    verbs = [t for t in roots if t.pos_ in ("VERB", "AUX")]
    return (verbs or roots or [None])[0]


def parsed(folder: Path, nlp, cache: Path | None):
    """The split's articles and their parses (kept as a DocBin under --cache between runs)."""
    articles = read_folder(folder)
    # parses as annotate.for_parser gives them (a cache of raw-text parses from before is not reused)
    stored = cache / f"{folder.name}.for_parser.spacy" if cache else None
    if stored and stored.exists():
        return articles, list(DocBin().from_disk(stored).get_docs(nlp.vocab))
    docs = list(nlp.pipe((for_parser(a.text) for a in articles), batch_size=32))
    if stored:
        cache.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs).to_disk(stored)
    return articles, docs


def examples(articles, docs):
    lexicon = speech_verbs()
    rows, labels = [], []
    for article, doc in zip(articles, docs):
        heads = {h.i for r in article.relations if r.cue for h in [cue_head(doc, r.cue)] if h is not None}
        quotes = find_quotes(article.text)
        for token in doc:
            if not is_candidate(token):
                continue
            in_quote = any(q.start < token.idx < q.end for q in quotes)
            rows.append(dict.fromkeys(features(token, in_quote, lexicon), 1))
            labels.append(token.i in heads)
    return rows, labels


def _int32(matrix):
    """liblinear takes 32-bit sparse indices only."""
    matrix = matrix.tocsr()
    matrix.indices = matrix.indices.astype(np.int32)
    matrix.indptr = matrix.indptr.astype(np.int32)
    return matrix


def head_f1(probabilities, labels, threshold: float) -> float:
    tp = sum(1 for p, y in zip(probabilities, labels) if p >= threshold and y)
    predicted = sum(1 for p in probabilities if p >= threshold)
    return 2 * tp / (predicted + sum(labels)) if tp else 0.0


def best_threshold(probabilities, labels) -> tuple[float, float]:
    return max((head_f1(probabilities, labels, step / 100), step / 100) for step in range(10, 90, 2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("polnear", type=Path, help="folder holding train/ and dev/")
    parser.add_argument("--cache", type=Path, help="keep the parses here between runs")
    parser.add_argument("--c", type=float, default=0.5, help="inverse L1 strength")
    parser.add_argument("--threshold", type=float,
                        help="threshold for speech verbs (default: the best dev head F1; 0.34 is set on "
                             "`storyline eval quotes` dev F1, 0.34/0.40/0.48 tried)")
    parser.add_argument("--outside", type=float, default=0.55,
                        help="threshold for words outside the speech-verb lexicon (set on `storyline eval quotes` dev F1)")
    args = parser.parse_args()
    nlp = load_nlp(Options().model)
    x_train, y_train = examples(*parsed(args.polnear / "train", nlp, args.cache))
    x_dev, y_dev = examples(*parsed(args.polnear / "dev", nlp, args.cache))
    vectorizer = DictVectorizer()
    model = LogisticRegression(l1_ratio=1.0, C=args.c, solver="liblinear", max_iter=500)
    model.fit(_int32(vectorizer.fit_transform(x_train)), y_train)
    probabilities = model.predict_proba(_int32(vectorizer.transform(x_dev)))[:, 1]
    f1, threshold = best_threshold(probabilities, y_dev)
    if args.threshold is not None:
        threshold = args.threshold
        f1 = head_f1(probabilities, y_dev, threshold)
    names = vectorizer.get_feature_names_out()
    weights = {name: round(float(w), 4) for name, w in zip(names, model.coef_[0]) if abs(w) > 1e-4}
    weights["bias"] = round(weights.get("bias", 0.0) + float(model.intercept_[0]), 4)
    OUT.write_text(json.dumps({
        "about": "cue-head logistic regression; training/train_cues.py on PolNeAR train, threshold from dev",
        "threshold": threshold, "threshold_about": "best dev head F1 unless --threshold set it (on dev attribution F1)",
        "threshold_outside_lexicon": args.outside,
        "threshold_outside_lexicon_about": "for words outside data/reporting.json's speech verbs: chosen on "
                                           "PolNeAR dev attribution F1 (storyline eval quotes), 0.45/0.55/0.65 tried",
        "dev_head_f1": round(f1 * 100, 1), "C": args.c,
        "weights": dict(sorted(weights.items())),
    }, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(weights)} weights; dev head F1 {f1 * 100:.1f} at threshold {threshold}")


if __name__ == "__main__":
    main()
