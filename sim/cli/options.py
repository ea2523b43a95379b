"""Parsing of the CLI's small languages: ``--set KEY=VALUE`` and parameter ranges.

``--set game.T=5`` assigns a value (YAML scalar syntax: numbers, true/false, strings).
``--grid noise=0,0.05,0.1`` lists values; ``--grid noise=0:0.2:5`` is five evenly spaced
values from 0 to 0.2; ``--param noise=0:0.2`` is a (low, high) range for Latin hypercube
and sensitivity designs.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np
import yaml

from sim.cli.app import err_console
from sim.errors import InputError

__all__ = ["parse_assignments", "parse_bounds", "parse_grid", "progress_bar"]


def parse_assignments(items: Sequence[str] | None) -> dict[str, Any]:
    """``["a.b=1", "c=true"]`` -> ``{"a.b": 1, "c": True}``."""
    result: dict[str, Any] = {}
    for item in items or []:
        key, value = _split(item, "--set", "KEY=VALUE, e.g. --set noise=0.05")
        try:
            parsed = yaml.safe_load(value)
        except yaml.YAMLError:
            parsed = value
        if isinstance(parsed, dict | list):
            raise InputError(f"--set {item!r}: the value must be a single number, word or boolean")
        result[key] = parsed
    return result


def parse_grid(items: Sequence[str] | None) -> dict[str, list[float]]:
    """``["noise=0,0.1"]`` or ``["noise=0:0.2:5"]`` -> ``{"noise": [...]}``."""
    grid: dict[str, list[float]] = {}
    for item in items or []:
        key, text = _split(item, "--grid", "PATH=V1,V2,... or PATH=LOW:HIGH:COUNT")
        if ":" in text:
            low, high, count = _numbers(item, text.split(":"), 3)
            if count < 1 or count != int(count):
                raise InputError(f"--grid {item!r}: COUNT must be a whole number >= 1")
            grid[key] = [float(v) for v in np.linspace(low, high, int(count))]
        else:
            grid[key] = _numbers(item, [v for v in text.split(",") if v.strip()], None)
    return grid


def parse_bounds(items: Sequence[str] | None) -> dict[str, tuple[float, float]]:
    """``["noise=0:0.2"]`` -> ``{"noise": (0.0, 0.2)}``."""
    bounds: dict[str, tuple[float, float]] = {}
    for item in items or []:
        key, text = _split(item, "--param", "PATH=LOW:HIGH, e.g. --param noise=0:0.2")
        low, high = _numbers(item, text.split(":"), 2)
        bounds[key] = (low, high)
    return bounds


def _split(item: str, flag: str, form: str) -> tuple[str, str]:
    key, sep, value = item.partition("=")
    if not sep or not key.strip() or not value.strip():
        raise InputError(f"{flag} {item!r}: expected {form}")
    return key.strip(), value.strip()


def _numbers(item: str, parts: list[str], count: int | None) -> list[float]:
    if count is not None and len(parts) != count:
        raise InputError(f"{item!r}: expected {count} numbers separated by ':'")
    try:
        values = [float(p) for p in parts]
    except ValueError:
        raise InputError(f"{item!r}: every value must be a number") from None
    if not values:
        raise InputError(f"{item!r}: empty range; give at least one value")
    if not all(np.isfinite(values)):
        raise InputError(f"{item!r}: values must be finite numbers")
    return values


@contextmanager
def progress_bar(description: str, enabled: bool = True) -> Iterator[Any]:
    """A rich progress bar on stderr; yields a ``(done, total)`` callback."""
    if not enabled:
        yield None
        return
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(),
               TimeRemainingColumn())
    with Progress(*columns, console=err_console, transient=True) as progress:
        task = progress.add_task(description, total=None)

        def update(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        yield update
