"""Shells that show the account: the static HTML report (report.py), the web UI and JSON API
(web.py), and the Markdown and GraphML exports (dossier.py, graph.py), all over views.py."""
