"""Value helpers the rule modules share: quarters named before or shifted, seasons, durations
and unknown digits (X) in TIMEX3 values."""
from __future__ import annotations

import re

from . import calendar as cal
from .grammar import Context, PAST, Result


def reported_quarter(ctx: Context) -> str | None:
    """The quarter a report is on: the one it named (ctx.last_quarter), else the last complete one
    before the report; None with neither."""
    return ctx.last_quarter or (cal.shift(ctx.anchor, "Q", -1) if ctx.anchor else None)


def shift_quarter(value: str, n: int) -> str:
    year, quarter = int(value[:4]), int(value[-1])
    index = year * 4 + quarter - 1 + n
    return f"{index // 4:04d}-Q{index % 4 + 1}"


_COMPARED = re.compile(r"\b(?:from|compared\s+(?:with|to)|versus|than)\b[^.;:]{0,50}$", re.I)


def compared_before(m: re.Match) -> bool:
    """The expression closes a comparison ("... from $21.4 million last year")."""
    return bool(_COMPARED.search(m.string[max(0, m.start() - 80):m.start()]))


def quarter_context(m: re.Match) -> bool:
    window = m.string[max(0, m.start() - 600):m.end() + 200].lower()  # the paragraph around it
    return "quarter" in window


def season_value(code: str, step: int, ctx: Context, mod: str | None = None) -> Result:
    if ctx.anchor is None:
        return "DATE", f"XXXX-{code}", mod
    order = ["WI", "SP", "SU", "FA"]
    current = cal.SEASON_OF_MONTH[ctx.anchor.month]
    year = ctx.anchor.year
    if step < 0 and order.index(code) >= order.index(current):
        year -= 1
    elif step > 0 and order.index(code) <= order.index(current):
        year += 1
    elif step == 0 and ctx.tense == PAST and order.index(code) > order.index(current):
        year -= 1
    return "DATE", f"{year}-{code}", mod


# half of a unit, written in the unit below: 5 1/2 hours = PT5H30M, 2 1/2 years = P2Y6M
_HALF_BELOW = {"H": "30M", "MIN": "30S", "D": "12H", "W": "3DT12H", "M": "15D", "Y": "6M"}


def duration_value(amount: float | None, code: str) -> str:
    if code == "2W":
        code, amount = "W", (amount or 1) * 2
    if code == "DE" and amount is not None:
        code, amount = "Y", amount * 10
    time_unit = code in ("H", "S", "MIN")
    symbol = "M" if code == "MIN" else code
    if amount is not None and amount != int(amount) and (amount * 2) == int(amount * 2) and code in _HALF_BELOW:
        whole, half = int(amount), _HALF_BELOW[code]
        if time_unit:
            return f"PT{whole}{symbol}{half}" if whole else f"PT{half}"
        if code == "D":
            return f"P{whole}DT{half}" if whole else f"PT{half}"
        return f"P{whole}{code}{half}" if whole else f"P{half}"
    value = "X" if amount is None else (str(int(amount)) if amount == int(amount) else str(amount))
    return f"PT{value}{symbol}" if time_unit else f"P{value}{symbol}"


def x_value(code: str) -> str:
    return {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX", "Y": "XXXX", "DE": "XXX"}.get(code, "XXXX")
