"""Every party's and the world's series, collected as plain rows, then arrays.

One row per quarter; column names are :data:`WORLD_SERIES` and :data:`PARTY_SERIES` (the
tidy frames of :mod:`sim.sixparty.frames` use the same names). Per-quarter event columns
(tests, rounds, agreements made and broken) hold that quarter's count; the rest hold the
state at the end of the quarter. During a run values are appended to flat
``array.array('d')`` buffers — no Python object per row, so a run creates almost nothing for
the garbage collector to scan — and become numpy arrays once, at the end, without a copy
(:meth:`Recorder.arrays`).
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    from sim.sixparty.model import SixPartyModel
    from sim.sixparty.outcomes import Outcome

__all__ = ["PARTY_SERIES", "WORLD_SERIES", "Recorder", "RunRecord", "column"]

WORLD_SERIES: tuple[str, ...] = (
    "tension", "capability", "economy", "unsc_sanctions", "unilateral_sanctions",
    "effective_sanctions", "aid", "exercise", "testing_rate", "missile_tests",
    "nuclear_tests", "unsc_resolutions", "unilateral_rounds", "talks", "agreement",
    "stages_done", "agreements_made", "agreements_broken", "trust_us_kp", "trust_kp_us",
)
PARTY_SERIES: tuple[str, ...] = (
    "trust_given", "trust_received", "talks_interest", "pressure", "openness", "enforcement",
)
_STANCE = ("pressure", "openness", "enforcement")  # these change only with the schedule


def column(name: str) -> int:
    """Index of a world series in :data:`WORLD_SERIES`."""
    return WORLD_SERIES.index(name)


@dataclass(frozen=True)
class RunRecord:
    """One run: world series (T, W), party series (T, 6, P), trust (T, 6, 6), outcome."""

    world: NDArray[np.float64]
    parties: NDArray[np.float64]
    trust: NDArray[np.float64]
    outcome: Outcome


class Recorder:
    """Collects a run's series quarter by quarter, and counts its events."""

    def __init__(self, horizon: int) -> None:
        self.horizon = horizon
        self.world_buffer = array("d")
        self.trust_buffer = array("d")
        self.interest_buffer = array("d")
        self.stance_rows: dict[int, list[list[float]]] = {}
        self.made = self.broken_by_dprk = self.broken_by_partners = 0
        self.unsc = self.unilateral = self.talks = self.six_party = 0
        self._rate = 0.0
        self._made_now = self._broken_now = self._unsc_now = self._unilateral_now = 0

    def note_rate(self, rate: float) -> None:
        """The DPRK's expected testing rate this quarter."""
        self._rate = rate

    def note_agreement(self) -> None:
        """An agreement was made this quarter."""
        self.made += 1
        self._made_now += 1

    def note_breach(self, by_dprk: bool) -> None:
        """An agreement broke this quarter, by the DPRK or by a partner."""
        if by_dprk:
            self.broken_by_dprk += 1
        else:
            self.broken_by_partners += 1
        self._broken_now += 1

    def note_quarter(self, unsc: int, unilateral: list[int], talks: int) -> None:
        """Count the quarter's sanctions rounds and talks format."""
        self._unsc_now, self._unilateral_now = unsc, len(unilateral)
        self.unsc += unsc
        self.unilateral += len(unilateral)
        self.talks += talks > 0
        self.six_party += talks == 2

    def note_stance(self, t: int, parties: list[Any]) -> None:
        """Posture pressure, openness and enforcement of every party from quarter ``t`` on."""
        self.stance_rows[t] = [[float(getattr(p, name)) for name in _STANCE] for p in parties]

    def record(self, model: SixPartyModel) -> None:
        """Store the state at the end of the current quarter."""
        w = model.world
        trust = w.trust_matrix
        self.world_buffer.extend((
            w.tension, w.capability, w.economy, w.unsc, w.unilateral, w.effective_sanctions, w.aid,
            w.exercise, self._rate, w.missiles_now, w.nuclear_now, self._unsc_now,
            self._unilateral_now, w.talks_last, w.agreement_kind, w.agreement_stages_done,
            self._made_now, self._broken_now, trust[0][1], trust[1][0],
        ))
        buffer = self.trust_buffer
        for row in trust:
            buffer.extend(row)
        p = model.parties
        self.interest_buffer.extend((p[0].talks_interest, p[1].talks_interest,
                                     p[2].talks_interest, p[3].talks_interest,
                                     p[4].talks_interest, p[5].talks_interest))
        self._made_now = self._broken_now = 0

    def arrays(self) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
        """World (T, W), parties (T, 6, P) and trust (T, 6, 6) arrays of the rows so far."""
        steps = len(self.interest_buffer) // 6
        world = np.frombuffer(self.world_buffer, dtype=float).reshape(steps, len(WORLD_SERIES))
        trust = np.frombuffer(self.trust_buffer, dtype=float).reshape(steps, 6, 6)
        starts = sorted(t for t in self.stance_rows if t < steps)
        counts = np.diff([*starts, steps])
        stance = np.repeat(np.array([self.stance_rows[t] for t in starts], dtype=float),
                           counts, axis=0)
        parties = np.concatenate([
            (trust.sum(axis=2) / 5.0)[..., None], (trust.sum(axis=1) / 5.0)[..., None],
            np.frombuffer(self.interest_buffer, dtype=float).reshape(steps, 6)[..., None], stance,
        ], axis=2)
        return world, parties, trust
