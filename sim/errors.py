"""The one exception type for bad input.

Anything a user can get wrong — a malformed scenario, an out-of-range value, an unknown
name — raises :class:`InputError` with one sentence saying what is wrong and what is
allowed. The CLI prints that sentence and exits 2; the dashboard shows it and keeps
running. Any other exception is a bug.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["InputError", "check_choice", "check_probability", "check_range"]


class InputError(ValueError):
    """Bad input, explained in one line."""


def check_probability(name: str, value: float) -> float:
    """Return ``value`` if it lies in [0, 1], else raise :class:`InputError`."""
    return check_range(name, value, 0.0, 1.0)


def check_range(name: str, value: float, low: float, high: float) -> float:
    """Return ``value`` if ``low <= value <= high`` (and finite), else raise."""
    if not (low <= value <= high):
        raise InputError(f"{name} = {value!r} is out of range; allowed: {low} to {high}")
    return value


def check_choice(kind: str, name: str, allowed: Iterable[str]) -> str:
    """Return ``name`` if it is one of ``allowed``, else raise naming the choices."""
    options = list(allowed)
    if name not in options:
        raise InputError(f"unknown {kind} {name!r}; allowed: {', '.join(options)}")
    return name
