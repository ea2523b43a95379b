"""What a repeated match returns: arrays first, a tidy frame on demand.

Every array is indexed ``[side, replicate, round]`` (side 0 = row player, 1 = column
player; rounds from 0), so ten thousand replicates cost a few boolean arrays, not a
ten-million-row table. :meth:`MatchResult.to_frame` builds the tidy frame for as many
replicates as asked, with the columns of :data:`FRAME_COLUMNS`:

``replicate``, ``round`` (from 1), ``player`` (party code), ``strategy``, ``intended``,
``actual`` (``"C"``/``"D"``), ``observed`` (the *other* side's move as this player saw it),
``payoff`` (this player's), ``trust`` (this player's belief, after this round, that the
other is trustworthy). The trust trajectory is a function of what each side observed and
is computed when first asked for, unless a strategy read it during play.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from sim.repeated.payoffs import Payoffs
from sim.repeated.trust import belief, trajectory

if TYPE_CHECKING:
    import pandas as pd

    from sim.repeated.engine import MatchSettings

__all__ = ["FRAME_COLUMNS", "MatchResult"]

FRAME_COLUMNS: tuple[str, ...] = (
    "replicate", "round", "player", "strategy", "intended", "actual", "observed", "payoff",
    "trust",
)

BoolArray = NDArray[np.bool_]
FloatArray = NDArray[np.float64]


@dataclass(frozen=True, eq=False)
class MatchResult:
    """Moves, observations, payoffs and trust of every replicate of one match."""

    strategies: tuple[str, str]
    payoffs: Payoffs
    settings: MatchSettings
    lengths: NDArray[np.int64]
    intended: BoolArray
    actual: BoolArray
    observed: BoolArray
    payoff: FloatArray
    prior_odds: tuple[float, float]
    trust_increments: tuple[float, float]
    live_trust_odds: FloatArray | None = None

    @classmethod
    def from_round_major(cls, *, strategies: tuple[str, str], payoffs: Payoffs,
                         settings: MatchSettings, lengths: NDArray[np.int64],
                         intended: BoolArray, actual: BoolArray, observed: BoolArray,
                         payoff: FloatArray, live_trust_odds: FloatArray | None,
                         prior_odds: tuple[float, float],
                         trust_increments: tuple[float, float]) -> MatchResult:
        """Wrap the engine's ``[side, round, replicate]`` arrays (transposed, not copied)."""
        if np.any(lengths < settings.rounds):
            alive = np.arange(settings.rounds)[:, None] < lengths[None, :]
            payoff = np.where(alive, payoff, 0.0)
        live = None if live_trust_odds is None else live_trust_odds.transpose(0, 2, 1)
        return cls(
            strategies=strategies, payoffs=payoffs, settings=settings, lengths=lengths,
            intended=intended.transpose(0, 2, 1), actual=actual.transpose(0, 2, 1),
            observed=observed.transpose(0, 2, 1), payoff=payoff.transpose(0, 2, 1),
            prior_odds=prior_odds, trust_increments=trust_increments, live_trust_odds=live,
        )

    @cached_property
    def trust(self) -> FloatArray:
        """``[side, replicate, round]``: belief after the round that the other is trustworthy.

        Computed on first use from what each side observed.
        """
        odds = self.live_trust_odds
        if odds is None:
            odds = trajectory(self.observed, self.prior_odds, self.trust_increments)
        return belief(odds)

    @property
    def trust_prior(self) -> tuple[float, float]:
        """Each side's prior belief that the other is trustworthy."""
        prior = belief(np.array(self.prior_odds))
        return float(prior[0]), float(prior[1])

    @property
    def players(self) -> tuple[str, str]:
        """Party codes of the row and column player."""
        return self.payoffs.players

    @property
    def replicates(self) -> int:
        """Number of replicates."""
        return int(self.actual.shape[1])

    @property
    def rounds(self) -> int:
        """Number of rounds simulated (the cap, when lengths are random)."""
        return int(self.actual.shape[2])

    @property
    def alive(self) -> BoolArray:
        """``[replicate, round]``: whether the round was played in that replicate."""
        return np.arange(self.rounds)[None, :] < self.lengths[:, None]

    def totals(self) -> FloatArray:
        """``[side, replicate]``: summed payoffs."""
        totals: FloatArray = self.payoff.sum(axis=2)
        return totals

    def discounted_totals(self) -> FloatArray:
        """``[side, replicate]``: Σₜ δᵗ · payoffₜ with δ = ``settings.discount``."""
        weights = self.settings.discount ** np.arange(self.rounds, dtype=float)
        totals: FloatArray = self.payoff @ weights
        return totals

    def moves_string(self, replicate: int = 0) -> tuple[str, str]:
        """Both players' actual moves in one replicate as strings of ``C`` and ``D``."""
        length = int(self.lengths[replicate])
        return tuple(  # type: ignore[return-value]
            "".join("D" if m else "C" for m in self.actual[side, replicate, :length])
            for side in (0, 1)
        )

    def to_frame(self, replicates: int | None = None) -> pd.DataFrame:
        """The tidy frame of the first ``replicates`` replicates (all by default).

        Rows are ordered by replicate, round, then row player before column player.
        """
        import pandas as pd  # on first use: reading a scenario file does not need pandas

        count = self.replicates if replicates is None else min(replicates, self.replicates)
        rep, rnd = np.nonzero(self.alive[:count])

        def both(values: np.ndarray) -> np.ndarray:
            return np.stack([values[0, rep, rnd], values[1, rep, rnd]], axis=1).ravel()

        return pd.DataFrame({
            "replicate": np.repeat(rep, 2),
            "round": np.repeat(rnd + 1, 2),
            "player": np.tile(np.array(self.players, dtype=object), len(rep)),
            "strategy": np.tile(np.array(self.strategies, dtype=object), len(rep)),
            "intended": _letters(both(self.intended)),
            "actual": _letters(both(self.actual)),
            "observed": _letters(both(self.observed)),
            "payoff": both(self.payoff),
            "trust": both(self.trust),
        }, columns=list(FRAME_COLUMNS))


def _letters(moves: BoolArray) -> pd.Categorical[str]:
    import pandas as pd

    return pd.Categorical.from_codes(moves.astype(np.int8), categories=pd.Index(["C", "D"]))
