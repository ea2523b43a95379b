"""Agreements resolved into plain numbers: steps with mover, cost, value, verification, reversibility.

:class:`Agreement` is what the analysis computes with. It is built either from a scenario's
:class:`~sim.sequencing.params.AgreementSpec` (library defaults filled in) or from table
rows typed by a user (:func:`agreement_from_rows`), which are checked here with one-line
:class:`~sim.errors.InputError` messages.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from numpy.typing import NDArray

from sim.errors import InputError, check_probability, check_range
from sim.sequencing.library import LIBRARY
from sim.sequencing.params import SIDES, AgreementSpec, StepSpec

__all__ = ["MAX_MAGNITUDE", "Agreement", "Step", "agreement_from_rows", "resolve_agreement"]

MAX_MAGNITUDE = 1000.0
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


@dataclass(frozen=True)
class Step:
    """One step with every number known."""

    name: str
    mover: str
    cost: float
    value: float
    verification: float
    reversibility: float
    phase: int = 1
    label_en: str | None = None
    label_zh: str | None = None

    def label(self, lang: str) -> str:
        """The step's own label in ``lang`` if it has one, else its name."""
        text = self.label_zh if lang == "zh" else self.label_en
        return text or self.name


@dataclass(frozen=True)
class Agreement:
    """An agreement: an id, a title and its steps in the order the text lists them."""

    id: str
    steps: tuple[Step, ...]
    title_en: str = ""
    title_zh: str = ""

    def __post_init__(self) -> None:
        if not self.steps:
            raise InputError("an agreement needs at least one step; none given")

    @property
    def cost(self) -> NDArray[np.float64]:
        """Cost of each step to its mover."""
        return np.array([s.cost for s in self.steps], dtype=float)

    @property
    def value(self) -> NDArray[np.float64]:
        """Value of each step to the receiver."""
        return np.array([s.value for s in self.steps], dtype=float)

    @property
    def verification(self) -> NDArray[np.float64]:
        """Probability that not performing a step while claiming to is detected."""
        return np.array([s.verification for s in self.steps], dtype=float)

    @property
    def reversibility(self) -> NDArray[np.float64]:
        """Share of each step undone if the agreement collapses later."""
        return np.array([s.reversibility for s in self.steps], dtype=float)

    @property
    def mover_index(self) -> NDArray[np.int64]:
        """0 for a US step, 1 for a DPRK step."""
        return np.array([SIDES.index(s.mover) for s in self.steps], dtype=np.int64)

    def with_verification(self, level: float | None) -> Agreement:
        """A copy with every step's verification set to ``level`` (unchanged if None)."""
        if level is None:
            return self
        check_probability("verification", level)
        return replace(self, steps=tuple(replace(s, verification=level) for s in self.steps))

    def totals(self, side: str) -> tuple[float, float]:
        """(value received, cost paid) by ``side`` if every step is performed (undiscounted)."""
        cost = sum(s.cost for s in self.steps if s.mover == side)
        value = sum(s.value for s in self.steps if s.mover != side)
        return value, cost


def resolve_step(spec: StepSpec) -> Step:
    """A step spec with the library's defaults filled in."""
    template = LIBRARY.get(spec.name)

    def pick(field: str) -> Any:
        own = getattr(spec, field)
        return own if own is not None else getattr(template, field)

    return Step(
        name=spec.name,
        mover=pick("mover"),
        cost=float(pick("cost")),
        value=float(pick("value")),
        verification=float(spec.verification if spec.verification is not None
                           else (template.verification if template else 1.0)),
        reversibility=float(spec.reversibility if spec.reversibility is not None
                            else (template.reversibility if template else 0.0)),
        phase=spec.phase or 1,
        label_en=spec.label.en if spec.label else None,
        label_zh=spec.label.zh if spec.label else None,
    )


def resolve_agreement(spec: AgreementSpec) -> Agreement:
    """An agreement spec of a scenario resolved into numbers."""
    return Agreement(
        id=spec.id,
        steps=tuple(resolve_step(s) for s in spec.steps),
        title_en=spec.title.en,
        title_zh=spec.title.zh,
    )


def agreement_from_rows(rows: Iterable[Mapping[str, Any]], agreement_id: str = "custom") -> Agreement:
    """Build an agreement from table rows (``name``, ``mover``, ``cost``, ``value``, ...).

    Missing numbers of a library step take the library's defaults. Raises
    :class:`~sim.errors.InputError` naming the first bad row and field.
    """
    steps = [_row_to_step(number, row) for number, row in enumerate(rows, start=1)
             if not _blank(row)]
    if not steps:
        raise InputError("an agreement needs at least one step; none given")
    names = [s.name for s in steps]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise InputError(f"step names must be distinct; repeated: {', '.join(repeated)}")
    return Agreement(id=agreement_id, steps=tuple(steps))


def _blank(row: Mapping[str, Any]) -> bool:
    return all(_missing(v) for v in row.values())


def _missing(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, float) and math.isnan(value))


def _row_to_step(number: int, row: Mapping[str, Any]) -> Step:
    name = str(row.get("name") or "").strip()
    if not _NAME.match(name):
        raise InputError(
            f"step {number}: name {name!r} must be 1-40 lowercase letters, digits or _ "
            "starting with a letter"
        )
    where = f"step {number} ({name})"
    template = LIBRARY.get(name)
    mover = row.get("mover")
    mover = template.mover if _missing(mover) and template else mover
    if mover not in SIDES:
        raise InputError(f"{where}: mover {mover!r} is not allowed; allowed: US, KP")
    if template and mover != template.mover:
        raise InputError(f"{where}: library step {name!r} is performed by {template.mover}")
    numbers = {f: _number(where, f, row.get(f), template) for f in
               ("cost", "value", "verification", "reversibility")}
    for field in ("cost", "value"):
        check_range(f"{where} {field}", numbers[field], 0.0, MAX_MAGNITUDE)
    for field in ("verification", "reversibility"):
        check_probability(f"{where} {field}", numbers[field])
    phase = row.get("phase")
    phase_number = 1 if _missing(phase) else int(_number(where, "phase", phase, None))
    check_range(f"{where} phase", phase_number, 1, 20)
    return Step(name=name, mover=str(mover), cost=numbers["cost"], value=numbers["value"],
                verification=numbers["verification"],
                reversibility=numbers["reversibility"], phase=phase_number)


def _number(where: str, field: str, raw: Any, template: Any) -> float:
    if _missing(raw):
        if template is None:
            if field in ("verification",):
                return 1.0
            if field in ("reversibility",):
                return 0.0
            raise InputError(f"{where}: {field} is missing; a custom step needs a number")
        return float(getattr(template, field))
    try:
        number = float(raw)
    except (TypeError, ValueError):
        raise InputError(f"{where}: {field} = {raw!r} is not a number") from None
    if not math.isfinite(number):
        raise InputError(f"{where}: {field} = {raw!r} is not a finite number")
    return number
