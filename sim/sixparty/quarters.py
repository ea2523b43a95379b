"""Quarters as the six-party model's clock: ``"1993Q1"`` and an integer index.

The index of a quarter is ``4 * year + (quarter - 1)``, so consecutive quarters differ by
one and ``index // 4`` is the calendar year.
"""

from __future__ import annotations

import re

from sim.errors import InputError

__all__ = ["QUARTER_PATTERN", "quarter_index", "quarter_label", "quarter_year"]

QUARTER_PATTERN = r"^(1[89]|2[01])\d{2}Q[1-4]$"


def quarter_index(label: str) -> int:
    """The index of a quarter written ``YYYYQn`` (for example ``1993Q1``)."""
    if not re.fullmatch(QUARTER_PATTERN, label):
        raise InputError(f"quarter {label!r} is not of the form YYYYQn, e.g. 1993Q1")
    return 4 * int(label[:4]) + int(label[5]) - 1


def quarter_label(index: int) -> str:
    """The ``YYYYQn`` label of a quarter index."""
    return f"{index // 4}Q{index % 4 + 1}"


def quarter_year(index: int) -> int:
    """The calendar year a quarter index falls in."""
    return index // 4
