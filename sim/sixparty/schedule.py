"""The exogenous schedule, compiled once into per-quarter inputs of the model.

A scenario's ``schedule`` (claim C8: posture changes over time) lists four kinds of events
in time order: ``administration`` (a party adopts a posture), ``policy`` (a party changes
its sanctions enforcement or its UNSC acquiescence), ``exercises`` (the scale of allied
drills from then on) and ``election`` (a new US or allied government, which the DPRK has
often "welcomed" with a test: February 2009, February 2013, February 2017, May 2022).

Exercise pressure follows the allied calendar: Team Spirit / Key Resolve / Foal Eagle in
March (weight 1.0 in Q1, 0.3 in Q2 as Foal Eagle ran into April), Ulchi Freedom Guardian /
Ulchi Freedom Shield in August (0.8 in Q3) and little in Q4 (0.2).
"""

from __future__ import annotations

from dataclasses import dataclass

from sim.sixparty.params import (
    PARTY_CODES,
    Administration,
    Election,
    Exercises,
    Policy,
    SixPartyParams,
)
from sim.sixparty.quarters import quarter_index, quarter_label

__all__ = ["SEASON", "Change", "CompiledSchedule", "compile_schedule"]

#: Exercise weight of each calendar quarter (Q1..Q4).
SEASON: tuple[float, float, float, float] = (1.0, 0.3, 0.8, 0.2)


@dataclass(frozen=True, slots=True)
class Change:
    """One change a step applies: ``field`` of party ``party`` becomes ``value``."""

    party: int
    field: str
    value: str | float


@dataclass(frozen=True, slots=True)
class CompiledSchedule:
    """Per-step inputs: changes to parties, exercise level, elections, quarter labels."""

    changes: tuple[tuple[Change, ...], ...]
    exercise: tuple[float, ...]
    election: tuple[float, ...]
    labels: tuple[str, ...]
    years: tuple[int, ...]


def compile_schedule(params: SixPartyParams) -> CompiledSchedule:
    """Turn the event list into per-quarter inputs for ``params.horizon`` quarters."""
    start, horizon = quarter_index(params.start), params.horizon
    changes: list[list[Change]] = [[] for _ in range(horizon)]
    scale_from: list[tuple[int, float]] = [(0, params.initial.exercises)]
    election = [0.0] * horizon
    for event in params.schedule:
        step = quarter_index(event.quarter) - start
        if step >= horizon:
            continue
        if isinstance(event, Exercises):
            scale_from.append((step, event.scale))
        elif isinstance(event, Election):
            election[step] = 1.0
        else:
            changes[step].extend(_party_changes(event))
    return CompiledSchedule(
        changes=tuple(tuple(step) for step in changes),
        exercise=_exercise_levels(start, horizon, scale_from),
        election=tuple(election),
        labels=tuple(quarter_label(start + t) for t in range(horizon)),
        years=tuple((start + t) // 4 for t in range(horizon)),
    )


def _party_changes(event: Administration | Policy) -> list[Change]:
    party = PARTY_CODES.index(event.party)
    if isinstance(event, Administration):
        return [Change(party, "posture", event.posture)]
    found = []
    for name in ("enforcement", "acquiescence", "trade_share"):
        value = getattr(event, name)
        if value is not None:
            found.append(Change(party, name, float(value)))
    return found


def _exercise_levels(start: int, horizon: int, scale_from: list[tuple[int, float]]) -> tuple[float, ...]:
    levels = []
    current, pending = 0.0, sorted(scale_from, key=lambda item: item[0])
    for t in range(horizon):
        while pending and pending[0][0] <= t:
            current = pending.pop(0)[1]
        levels.append(current * SEASON[(start + t) % 4])
    return tuple(levels)
