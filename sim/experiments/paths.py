"""Addressing a scenario's parameters by dotted path, and changing them safely.

A path names one scalar inside the ``parameters`` block: ``noise``, ``game.T``,
``parties.CN.enforcement``. The leading ``parameters.`` may be written or left out. A new
value always goes through the scenario's own validation, so an out-of-range value fails
with the same one-line message a bad file gets.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from typing import Any

from pydantic import ValidationError

from sim.errors import InputError
from sim.scenario import ScenarioBase, parse_scenario

__all__ = ["get_value", "normalise_path", "numeric_paths", "set_values"]


def normalise_path(path: str) -> tuple[str, ...]:
    """The parts of ``path`` below ``parameters`` (``"parameters.a.b"`` -> ``("a", "b")``)."""
    parts = tuple(part for part in path.strip().split(".") if part)
    if parts[:1] == ("parameters",):
        parts = parts[1:]
    if not parts:
        raise InputError(f"empty parameter path {path!r}; write e.g. 'noise' or 'game.T'")
    return parts


def numeric_paths(scenario: ScenarioBase) -> list[str]:
    """Every path to a number (not a boolean) in the scenario's parameters, sorted."""
    data = scenario.model_dump(mode="json")["parameters"]
    return sorted(".".join(parts) for parts, value in _leaves(data, ()) if _is_number(value))


def get_value(scenario: ScenarioBase, path: str) -> Any:
    """The current value at ``path``; an unknown path lists the numeric ones."""
    current: Any = scenario.model_dump(mode="json")["parameters"]
    for part in normalise_path(path):
        current = _child(current, part, path, scenario)
    return current


def set_values(scenario: ScenarioBase, values: Mapping[str, Any]) -> ScenarioBase:
    """A validated copy of ``scenario`` with the values at the given paths replaced."""
    data = scenario.model_dump(mode="json")
    params = copy.deepcopy(data["parameters"])
    for path, value in values.items():
        parts = normalise_path(path)
        parent: Any = params
        for part in parts[:-1]:
            parent = _child(parent, part, path, scenario)
        _child(parent, parts[-1], path, scenario)
        if isinstance(parent, list):
            parent[int(parts[-1])] = value
        else:
            parent[parts[-1]] = value
    data["parameters"] = params
    try:
        return parse_scenario(data)
    except ValidationError as exc:
        from sim.io import describe_validation_error

        detail = describe_validation_error(exc, data)
        raise InputError(f"setting {dict(values)} is not allowed: {detail}") from None


def _child(node: Any, part: str, path: str, scenario: ScenarioBase) -> Any:
    if isinstance(node, dict) and part in node:
        return node[part]
    if isinstance(node, list | tuple) and part.isdigit() and int(part) < len(node):
        return node[int(part)]
    known = numeric_paths(scenario)
    shown = ", ".join(known[:40]) + (" ..." if len(known) > 40 else "")
    raise InputError(f"unknown parameter path {path!r} for {scenario.id}; numeric paths: {shown}")


def _leaves(node: Any, prefix: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, (*prefix, str(key)))
    elif isinstance(node, list | tuple):
        for index, value in enumerate(node):
            yield from _leaves(value, (*prefix, str(index)))
    else:
        yield prefix, node


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
