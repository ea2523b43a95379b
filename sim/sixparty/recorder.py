"""Every party's and the world's series, collected as packed rows, then arrays.

One row per quarter; column names are :data:`WORLD_SERIES` and :data:`PARTY_SERIES` (the
tidy frames of :mod:`sim.sixparty.frames` use the same names). Per-quarter event columns
(tests, rounds, agreements made and broken) hold that quarter's count; the rest hold the
state at the end of the quarter. A quarter's world row, the parties' talks interest and
the trust matrix are packed as doubles into one preallocated ``bytearray`` (two
:meth:`struct.Struct.pack_into` calls a quarter) — no Python object per row and nothing for
the garbage collector to scan — and become numpy arrays once, at the end, as views of that
buffer (:meth:`Recorder.arrays`).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    from sim.sixparty.observation import World
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
#: One packed row: the world series and the six parties' talks interest, then the 6x6 trust.
_STATE = struct.Struct(f"{len(WORLD_SERIES) + 6}d")
_TRUST = struct.Struct("36d")
_ROW_WIDTH = (_STATE.size + _TRUST.size) // 8
_PACK_STATE, _PACK_TRUST = _STATE.pack_into, _TRUST.pack_into
_STANCE3 = struct.Struct(f"{len(_STANCE)}d")


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
        self.rows = bytearray(8 * _ROW_WIDTH * horizon)
        self.steps = 0
        self.stance_starts: list[int] = []  # quarters from which a row of stances holds
        self.stances = bytearray()
        self.made = self.broken_by_dprk = self.broken_by_partners = 0
        self.unsc = self.unilateral = self.talks = self.six_party = 0
        self._made_now = self._broken_now = 0

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

    def note_stance(self, t: int, parties: list[Any]) -> None:
        """Posture pressure, openness and enforcement of every party from quarter ``t`` on."""
        if self.stance_starts and self.stance_starts[-1] == t:  # a second change in quarter t
            self.stance_starts.pop()
            del self.stances[-6 * _STANCE3.size:]
        self.stance_starts.append(t)
        for p in parties:
            self.stances += _STANCE3.pack(p.pressure, p.openness, p.enforcement)

    def record(self, w: World, parties: list[Any], rate: float, unsc: int, unilateral: int,
               talks: int) -> None:
        """Store the state at the end of the quarter; count its talks and sanctions rounds.

        ``rate`` is the DPRK's expected testing rate this quarter.
        """
        self.unsc += unsc
        self.unilateral += unilateral
        self.talks += talks > 0
        self.six_party += talks == 2
        t0, t1, t2, t3, t4, t5 = w.trust_matrix
        p0, p1, p2, p3, p4, p5 = parties
        rows, offset = self.rows, 8 * _ROW_WIDTH * self.steps
        _PACK_STATE(rows, offset,
                    w.tension, w.capability, w.economy, w.unsc, w.unilateral,
                    w.effective_sanctions, w.aid, w.exercise, rate, w.missiles_now, w.nuclear_now,
                    unsc, unilateral, w.talks_last, w.agreement_kind, w.agreement_stages_done,
                    self._made_now, self._broken_now, t0[1], t1[0],
                    p0.talks_interest, p1.talks_interest, p2.talks_interest, p3.talks_interest,
                    p4.talks_interest, p5.talks_interest)
        _PACK_TRUST(rows, offset + _STATE.size, *t0, *t1, *t2, *t3, *t4, *t5)
        self.steps += 1
        self._made_now = self._broken_now = 0

    def release(self) -> None:
        """Let go of the row buffer (arrays already taken from it keep it alive); empties it."""
        self.rows, self.steps = bytearray(), 0

    def arrays(self) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
        """World (T, W), parties (T, 6, P) and trust (T, 6, 6) arrays of the rows so far."""
        steps, width = self.steps, len(WORLD_SERIES)
        rows = np.frombuffer(self.rows, dtype=float, count=steps * _ROW_WIDTH).reshape(steps, -1)
        world, trust = rows[:, :width], rows[:, width + 6:].reshape(steps, 6, 6)
        parties = np.empty((steps, 6, len(PARTY_SERIES)))
        _mean_given_and_received(trust, parties[:, :, 0], parties[:, :, 1])
        parties[:, :, 2] = rows[:, width:width + 6]
        starts = [t for t in self.stance_starts if t < steps]
        counts = [end - begin for begin, end in zip(starts, [*starts[1:], steps], strict=True)]
        stance = np.frombuffer(self.stances, dtype=float, count=len(starts) * 6 * len(_STANCE))
        parties[:, :, 3:] = np.repeat(stance.reshape(len(starts), 6, len(_STANCE)), counts, axis=0)
        return world, parties, trust


def _mean_given_and_received(trust: NDArray[np.float64], given: NDArray[np.float64],
                             received: NDArray[np.float64]) -> None:
    """Each party's mean trust in the other five, and theirs in it, per quarter.

    The same left-to-right sums as ``trust.sum(axis=2) / 5`` and ``trust.sum(axis=1) / 5``
    (numpy adds an axis of six terms in order, so the results are identical), done as
    whole-column additions, which numpy runs faster than a reduction over so short an axis.
    """
    given[...] = trust[:, :, 0]
    received[...] = trust[:, 0, :]
    for k in range(1, 6):
        given += trust[:, :, k]
        received += trust[:, k, :]
    given /= 5.0
    received /= 5.0
