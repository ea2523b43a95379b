"""Feasibility maps: where an agreement is self-enforcing, computed as whole arrays.

Two maps, each one vectorised call into :func:`sim.sequencing.enforcement.constraints`
(the grid is a leading batch axis, not a Python loop over cells):

* :func:`trust_phase_map` — ``action_for_action`` with ``k = 1 .. K`` phases (``k = 1`` is
  the package deal) against trust: self-enforcing or not, and the minimum trust per ``k``.
  The ``K`` schedules are padded into one array (:func:`sim.sequencing.orders.phased_batch`).
* :func:`verification_patience_map` — one order, a uniform verification level ``q`` for
  every step against patience ``δ``: the minimum trust at each cell. How the minimum trust
  moves with patience is read off this map, not assumed: patience raises the present value
  of rewards that come later, but also of costs that do.

:func:`min_trust_at` computes one cell the straightforward way; the benchmark compares it,
looped over the grid, with the vectorised map.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from sim.errors import InputError, check_range
from sim.sequencing.agreement import Agreement
from sim.sequencing.analysis import Settings
from sim.sequencing.enforcement import Intervals, intervals, schedule_constraints
from sim.sequencing.orders import build_schedule, phased_batch

__all__ = [
    "TrustPhaseMap",
    "VerificationPatienceMap",
    "grid",
    "min_trust_at",
    "trust_phase_map",
    "verification_patience_map",
]

#: Elements per intermediate array; larger grids are processed in row blocks.
_BLOCK = 2_000_000


@dataclass(frozen=True)
class TrustPhaseMap:
    """Self-enforcement of action for action over phases (rows) and trust (columns)."""

    phases: NDArray[np.int64]
    trust: NDArray[np.float64]
    self_enforcing: NDArray[np.bool_]  # (phases, trust)
    min_trust: NDArray[np.float64]  # (phases,), NaN where no trust suffices


@dataclass(frozen=True)
class VerificationPatienceMap:
    """Minimum trust of one order over verification (rows) and patience (columns)."""

    order: str
    verification: NDArray[np.float64]
    discount: NDArray[np.float64]
    min_trust: NDArray[np.float64]  # (verification, discount), NaN where none suffices


def grid(low: float, high: float, points: int) -> NDArray[np.float64]:
    """``points`` evenly spaced values from ``low`` to ``high`` (checked)."""
    if int(points) != points or not 2 <= points <= 1000:
        raise InputError(f"grid points = {points!r} must be a whole number from 2 to 1000")
    return np.linspace(low, high, int(points))


def trust_phase_map(agreement: Agreement, settings: Settings, max_phases: int = 100,
                    trust_points: int = 100) -> TrustPhaseMap:
    """Self-enforcing or not for ``k = 1 .. max_phases`` phases and ``trust_points`` trusts."""
    check_range("maximum phases", max_phases, 1, 100)
    agreement = agreement.with_verification(settings.verification)
    fractions, times, valid = phased_batch(agreement, max_phases, settings.duration)
    cons = schedule_constraints(agreement, fractions, times, settings.discount,
                                settings.enforcement, valid=valid)
    spans = intervals(cons, "all")
    trust = grid(0.0, 1.0, trust_points)
    column = Intervals(spans.low[:, None], spans.high[:, None], spans.feasible[:, None])
    return TrustPhaseMap(phases=np.arange(1, max_phases + 1), trust=trust,
                         self_enforcing=column.holds(trust[None, :]),
                         min_trust=spans.min_trust)


def verification_patience_map(agreement: Agreement, order: str, settings: Settings,
                              verification: NDArray[np.float64] | None = None,
                              discount: NDArray[np.float64] | None = None,
                              ) -> VerificationPatienceMap:
    """Minimum trust of ``order`` over a grid of uniform verification and patience."""
    q = grid(0.0, 1.0, 100) if verification is None else np.asarray(verification, float)
    d = grid(0.5, 1.0, 100) if discount is None else np.asarray(discount, float)
    for name, values in (("verification", q), ("discount", d)):
        if values.ndim != 1 or values.size == 0 or values.min() < 0 or values.max() > 1:
            raise InputError(f"{name} grid must be a list of values from 0 to 1")
    schedule = build_schedule(agreement, order, settings.phases, settings.duration)
    per_row = schedule.fractions.size * d.size * 4
    rows = max(1, _BLOCK // max(per_row, 1))
    blocks = []
    for start in range(0, q.size, rows):
        chunk = q[start:start + rows]
        cons = schedule_constraints(
            agreement, schedule.fractions, schedule.times, d[None, :], settings.enforcement,
            verification=np.broadcast_to(chunk[:, None, None],
                                         (chunk.size, 1, len(agreement.steps))),
        )
        blocks.append(intervals(cons, "all").min_trust)
    return VerificationPatienceMap(order=order, verification=q, discount=d,
                                   min_trust=np.concatenate(blocks, axis=0))


def min_trust_at(agreement: Agreement, order: str, settings: Settings) -> float:
    """The minimum trust of one order under ``settings``, computed for one cell alone."""
    agreement = agreement.with_verification(settings.verification)
    schedule = build_schedule(agreement, order, settings.phases, settings.duration)
    cons = schedule_constraints(agreement, schedule.fractions, schedule.times,
                                settings.discount, settings.enforcement)
    return float(intervals(cons, "all").min_trust)
