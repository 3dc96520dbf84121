"""Bytes to text, refusing what is not text."""
from __future__ import annotations

from charset_normalizer import from_bytes

from .errors import InputError

_SNIFF = 8192


def check_bytes(data: bytes, max_bytes: int) -> None:
    if not data.strip():
        raise InputError("empty file")
    if len(data) > max_bytes:
        raise InputError(f"{len(data):,} bytes is over the limit of {max_bytes:,} (--max-bytes)")
    head = data[:_SNIFF]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("binary file (contains NUL bytes)")


def decode_text(data: bytes) -> str:
    """UTF-8 first (the common case); otherwise trust charset detection only when it is sure."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("invalid UTF-16 text") from None
    best = from_bytes(data).best()
    # chaos is charset_normalizer's measure of how garbled the decoded text looks
    if best is None or best.chaos > 0.1 or best.coherence < 0.2:
        raise InputError("text in an unknown encoding (not UTF-8, no confident guess)")
    text = str(best)
    if _control_ratio(text) > 0.02:
        raise InputError("text in an unknown encoding (decodes to control characters)")
    return text


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / len(text)


def normalise_newlines(text: str) -> str:
    # Offsets are into this normalised text; \r\n would otherwise shift every span.
    return text.replace("\r\n", "\n").replace("\r", "\n")
