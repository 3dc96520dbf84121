"""Storyline: a sourced account of developing news stories from a pile of reports.

    import storyline
    report = storyline.build(["reports/"], db="news.db")
    account = storyline.annotate("reports/tass.txt", options=storyline.Options(published="2023-06-27"))
"""
__version__ = "0.1.0"

from .options import Options  # noqa: E402
from .pipeline import BuildReport, annotate, build  # noqa: E402

__all__ = ["Options", "BuildReport", "annotate", "build", "__version__"]
