"""What a scenario's parameters are: paths, values, allowed ranges and choices.

:func:`param_specs` walks the scenario's ``parameters`` (the values, with their pydantic
fields alongside) and describes every parameter a page may offer: each numeric path of
:func:`sim.experiments.paths.numeric_paths` with the bounds its field declares (``ge``,
``gt``, ``le``, ``lt``, also inside ``Optional[...]``, ``Annotated`` aliases, tuples and
dicts), and the choices of ``Literal`` fields, strategy names and six-party postures. Pure:
no Streamlit; :mod:`dashboard.widgets` draws the widgets.
"""

from __future__ import annotations

import math
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from sim.experiments.paths import get_value, numeric_paths
from sim.repeated.params import StrategySpec
from sim.repeated.strategy import strategy_names
from sim.scenario import ScenarioBase
from sim.sixparty.params import PartyParams
from sim.sixparty.postures import DPRK_POSTURES, STATE_POSTURES

__all__ = ["CONTROLLED_BY_EXPERIMENT", "ParamSpec", "default_range", "nice_step", "param_specs"]

#: Paths an experiment sets itself (replicates and seeds come from the run settings).
CONTROLLED_BY_EXPERIMENT = {"repeated": {"replicates", "seed"}, "sequencing": {"runs"}}


@dataclass(frozen=True)
class ParamSpec:
    """One parameter a page can offer as a widget."""

    path: str
    value: Any
    kind: Literal["int", "float", "choice"]
    low: float | None = None
    high: float | None = None
    options: tuple[str, ...] = ()
    description: str = ""


def param_specs(scenario: ScenarioBase) -> list[ParamSpec]:
    """Every numeric and choice parameter of ``scenario``, numeric ones first."""
    hidden = CONTROLLED_BY_EXPERIMENT.get(scenario.kind, set())
    specs = []
    for path in numeric_paths(scenario):
        if path in hidden:
            continue
        annotation, metadata, description = _field_at(scenario, path.split("."))
        low, high = _bounds(annotation, metadata)
        value = get_value(scenario, path)
        kind: Literal["int", "float"] = "int" if isinstance(value, int) else "float"
        specs.append(ParamSpec(path, value, kind, low, high, (), description))
    return specs + list(_choices(scenario.parameters, ()))


def _field_at(scenario: ScenarioBase, parts: list[str]) -> tuple[Any, list[Any], str]:
    """The annotation, constraint metadata and description of the value at ``parts``."""
    node: Any = scenario.parameters
    annotation: Any = type(node)
    metadata: list[Any] = []
    description = ""
    for part in parts:
        if isinstance(node, BaseModel):
            field = type(node).model_fields[part]
            annotation, metadata = field.annotation, list(field.metadata)
            description = field.description or ""
            node = getattr(node, part)
        elif isinstance(node, Mapping):
            annotation, metadata, node = _element(annotation, 1), [], node[part]
        else:
            index = int(part)
            annotation, metadata, node = _element(annotation, index), [], node[index]
    return annotation, metadata, description


def _element(annotation: Any, index: int) -> Any:
    """The annotation of one element of a tuple, list or dict annotation (values for dicts)."""
    container = _strip_optional(annotation)
    args = typing.get_args(container)
    if not args:
        return Any
    if typing.get_origin(container) is dict:
        return args[1]
    if typing.get_origin(container) is list or (len(args) == 2 and args[1] is Ellipsis):
        return args[0]
    return args[min(index, len(args) - 1)]


def _strip_optional(annotation: Any) -> Any:
    """``X`` for ``X | None`` (and ``Optional[X]``); anything else unchanged."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        kept = [a for a in typing.get_args(annotation) if a is not type(None)]
        return kept[0] if len(kept) == 1 else annotation
    return annotation


def _constraints(annotation: Any) -> Iterator[Any]:
    """Every constraint object inside an annotation (``Annotated`` metadata, unions)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        for item in typing.get_args(annotation)[1:]:
            yield from (item.metadata if isinstance(item, FieldInfo) else [item])
        yield from _constraints(typing.get_args(annotation)[0])
    elif origin is not None and origin not in (tuple, list, dict):
        for arg in typing.get_args(annotation):
            yield from _constraints(arg)


def _bounds(annotation: Any, metadata: list[Any]) -> tuple[float | None, float | None]:
    """The (low, high) a field allows, ``None`` where it sets no bound."""
    low: float | None = None
    high: float | None = None
    for item in [*metadata, *_constraints(annotation)]:
        for name in ("ge", "gt"):
            if isinstance(getattr(item, name, None), int | float):
                low = float(getattr(item, name))
        for name in ("le", "lt"):
            if isinstance(getattr(item, name, None), int | float):
                high = float(getattr(item, name))
    return low, high


def _postures(path: tuple[str, ...]) -> tuple[str, ...]:
    party = path[-2] if len(path) >= 2 else ""
    return tuple(DPRK_POSTURES if party == "KP" else STATE_POSTURES)


#: Fields that are plain strings in the schema but take a name from a registry.
_NAMED: dict[tuple[type[BaseModel], str], Callable[[tuple[str, ...]], tuple[str, ...]]] = {
    (StrategySpec, "name"): lambda path: strategy_names(),
    (PartyParams, "posture"): _postures,
}


def _choices(node: Any, path: tuple[str, ...]) -> Iterator[ParamSpec]:
    """Choice parameters: ``Literal`` fields with several values and registry names."""
    if isinstance(node, BaseModel):
        for name, field in type(node).model_fields.items():
            value, where = getattr(node, name), (*path, name)
            provider = _NAMED.get((type(node), name))
            literal = _strip_optional(field.annotation)
            if provider is not None and isinstance(value, str):
                yield ParamSpec(".".join(where), value, "choice", options=provider(where))
            elif typing.get_origin(literal) is Literal and len(typing.get_args(literal)) > 1 \
                    and isinstance(value, str):
                yield ParamSpec(".".join(where), value, "choice",
                                options=tuple(str(a) for a in typing.get_args(literal)))
            else:
                yield from _choices(value, where)
    elif isinstance(node, Mapping):
        for key, value in node.items():
            yield from _choices(value, (*path, str(key)))
    elif isinstance(node, list | tuple):
        for index, value in enumerate(node):
            yield from _choices(value, (*path, str(index)))


def default_range(spec: ParamSpec, fraction: float = 0.2) -> tuple[float, float]:
    """Low and high ``fraction`` around the current value, clipped to the allowed range.

    A zero value gets ± ``fraction`` of the allowed span (of 1 when unbounded); integers get
    whole-number ends at least one apart; a range that collapses at a bound widens to the
    whole allowed range.
    """
    value = float(spec.value)
    if value != 0:
        low, high = sorted((value * (1 - fraction), value * (1 + fraction)))
    else:
        span = spec.high - spec.low if spec.low is not None and spec.high is not None else 1.0
        low, high = -fraction * span, fraction * span
    low = max(low, spec.low) if spec.low is not None else low
    high = min(high, spec.high) if spec.high is not None else high
    if spec.kind == "int":
        low, high = float(math.floor(low)), float(math.ceil(high))
        if high <= low:
            high = low + 1
    if high <= low and spec.low is not None and spec.high is not None:
        low, high = spec.low, spec.high
    return float(f"{low:.6g}"), float(f"{high:.6g}")


def nice_step(low: float, high: float, parts: int = 100) -> float:
    """A step of about ``1/parts`` of the range, rounded up to 1, 2 or 5 × 10^k."""
    raw = (high - low) / parts if high > low else 1.0
    power = 10.0 ** math.floor(math.log10(raw))
    return float(f"{next(m * power for m in (1, 2, 5, 10) if m * power >= raw):.6g}")
