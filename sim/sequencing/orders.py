"""Orders of implementation: who performs which share of which step, and when.

An order turns an agreement into a **schedule** of ``n`` stages. Stage ``t`` happens at time
``t * duration / n`` years (``t = 0 .. n-1``), so every order of the same agreement spreads
over the same overall duration; the moves of one stage are simultaneous. ``fractions[t, s]``
is the share of step ``s`` performed at stage ``t`` (each step's shares sum to one).

``denuclearisation_first``
    Every DPRK step, one per stage in the listed order, then every US step: the US position
    ("no concession before the DPRK yields").
``security_first``
    The reverse: guarantees and relief first, the DPRK's steps after — the DPRK position
    (a non-aggression treaty and an end of "hostile policy" first).
``action_for_action``
    "Phased, synchronised steps" (分阶段、同步走): ``k`` simultaneous phases, each carrying
    an equal 1/k slice of every step — the six-party formula "commitment for commitment,
    action for action" taken literally.
``package_deal``
    One simultaneous exchange of everything (``action_for_action`` with ``k = 1``).
``as_agreed``
    The phases written into the agreement itself (each step's ``phase``); steps of one phase
    are simultaneous.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from sim.errors import InputError, check_choice, check_range
from sim.sequencing.agreement import Agreement
from sim.sequencing.params import ORDER_NAMES

__all__ = ["ORDERS", "Schedule", "build_schedule", "phased_batch", "stage_times"]

ORDERS: tuple[str, ...] = ORDER_NAMES
MAX_PHASES = 100


@dataclass(frozen=True)
class Schedule:
    """An agreement laid out in stages: times (years) and the share of each step per stage."""

    order: str
    times: NDArray[np.float64]
    fractions: NDArray[np.float64]

    @property
    def stages(self) -> int:
        """Number of stages."""
        return int(self.times.shape[0])


def stage_times(stages: int, duration: float) -> NDArray[np.float64]:
    """Start times of ``stages`` equal periods dividing ``[0, duration)``."""
    return np.arange(stages, dtype=float) * (duration / stages)


def build_schedule(agreement: Agreement, order: str, phases: int = 4,
                   duration: float = 3.0) -> Schedule:
    """Lay ``agreement`` out in ``order`` (``phases`` is used by ``action_for_action``)."""
    check_choice("order", order, ORDERS)
    check_range("phases", phases, 1, MAX_PHASES)
    check_range("duration", duration, 0.0, 30.0)
    if int(phases) != phases:
        raise InputError(f"phases = {phases!r} must be a whole number from 1 to {MAX_PHASES}")
    fractions = _fractions(agreement, order, int(phases))
    return Schedule(order=order, times=stage_times(fractions.shape[0], duration),
                    fractions=fractions)


def _fractions(agreement: Agreement, order: str, phases: int) -> NDArray[np.float64]:
    count = len(agreement.steps)
    if order in ("action_for_action", "package_deal"):
        k = phases if order == "action_for_action" else 1
        return np.full((k, count), 1.0 / k)
    if order == "as_agreed":
        levels = sorted({s.phase for s in agreement.steps})
        rows = [levels.index(s.phase) for s in agreement.steps]
        return np.eye(len(levels))[:, rows]
    first = "KP" if order == "denuclearisation_first" else "US"
    ranked = [i for i, s in enumerate(agreement.steps) if s.mover == first]
    ranked += [i for i, s in enumerate(agreement.steps) if s.mover != first]
    fractions = np.zeros((count, count))
    fractions[np.arange(count), ranked] = 1.0
    return fractions


def phased_batch(agreement: Agreement, max_phases: int,
                 duration: float) -> tuple[NDArray[np.float64], NDArray[np.float64],
                                           NDArray[np.bool_]]:
    """Action-for-action schedules for ``k = 1 .. max_phases`` padded to one array.

    Returns ``fractions`` of shape (K, K, steps), ``times`` (K, K) and ``valid`` (K, K),
    where row ``k-1`` holds the ``k``-phase schedule in its first ``k`` stages.
    """
    check_range("maximum phases", max_phases, 1, MAX_PHASES)
    k = np.arange(1, max_phases + 1, dtype=float)[:, None]
    stage = np.arange(max_phases, dtype=float)[None, :]
    valid = stage < k
    times = np.where(valid, stage * duration / k, 0.0)
    shares = np.where(valid, 1.0 / k, 0.0)
    fractions = np.repeat(shares[:, :, None], len(agreement.steps), axis=2)
    return fractions, times, valid
