"""Runs inside the separate scikit-learn environment (see bench_stories_peer.py); not part of Storyline.

Reads [{"texts", "k", "sublinear"}] as JSON on stdin; writes one list of cluster labels per job
as JSON on stdout: TF-IDF (English stop words) then k-means told the number of clusters.
"""
import json
import sys

from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer

labels = []
for job in json.load(sys.stdin):
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=job["sublinear"]).fit_transform(job["texts"])
    labels.append([int(n) for n in KMeans(job["k"], n_init=10, random_state=0).fit_predict(matrix)])
json.dump(labels, sys.stdout)
