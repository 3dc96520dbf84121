"""What a reader says when an input cannot be used."""
from __future__ import annotations

from dataclasses import dataclass


class InputError(Exception):
    """Raised by a reader with a short reason; the caller names the input."""


@dataclass(frozen=True, slots=True)
class Skip:
    label: str  # the input's path, or path:line for a JSONL line
    reason: str

    def message(self) -> str:
        return f"skipped {self.label}: {self.reason}"
