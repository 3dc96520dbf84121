"""`storyline eval ...`: measure each layer against annotated data (see docs/evaluation.md)."""
