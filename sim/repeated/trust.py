"""Bayesian trust: each side's belief that the other is a trustworthy type (Kydd 2005).

Model (A. Kydd, *Trust and Mistrust in International Relations*, Princeton 2005, ch. 2;
the documents' claim C1 that mutual distrust is the root of the deadlock). The other side
is one of two types. A **trustworthy** type wants mutual cooperation and defects only by
error, so each round its move is *observed* as a defection with probability ``e`` (the
error rate). An **untrustworthy** (hostile) type is observed defecting with probability
``h``. Starting from a prior π₀, after observing a move the belief is updated by Bayes'
rule:

    π' = π·e / (π·e + (1−π)·h)              after an observed defection,
    π' = π·(1−e) / (π·(1−e) + (1−π)·(1−h))  after an observed cooperation.

The update runs on what a side *observes* (after misperception), so two sides' beliefs can
drift apart even when both play the same moves. It is computed in log-odds, which turns it
into a sum and keeps a long run of defections from underflowing to a belief of exactly 0.

Parameters: ``prior_row`` / ``prior_column`` (each side's π₀), ``error_rate`` e and
``hostile_rate`` h, all probabilities. When ``error_rate`` is not given it is the chance
that a cooperative intention is *seen* as a defection, ε + μ − 2εμ for implementation
noise ε and misperception μ, floored at :data:`MIN_DERIVED_ERROR` so that one observed
defection is strong but not infinite evidence.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
from numpy.typing import NDArray

from sim.errors import check_probability

__all__ = [
    "MIN_DERIVED_ERROR",
    "TrustModel",
    "belief",
    "log_odds",
    "trajectory",
    "update_belief",
]

MIN_DERIVED_ERROR = 0.001


@dataclass(frozen=True)
class TrustModel:
    """Priors of the two sides and the likelihoods of the two types."""

    prior_row: float = 0.5
    prior_column: float = 0.5
    error_rate: float | None = None
    hostile_rate: float = 0.5

    def __post_init__(self) -> None:
        check_probability("trust prior (row player)", self.prior_row)
        check_probability("trust prior (column player)", self.prior_column)
        if self.error_rate is not None:
            check_probability("trust error rate", self.error_rate)
        check_probability("hostile-type defection rate", self.hostile_rate)

    def resolved_error(self, noise: float, misperception: float) -> float:
        """The error rate e: as given, or derived from noise and misperception."""
        if self.error_rate is not None:
            return self.error_rate
        seen_wrong = noise + misperception - 2 * noise * misperception
        return max(seen_wrong, MIN_DERIVED_ERROR)

    def increments(self, error: float) -> tuple[float, float]:
        """Log-odds change after an observed (cooperation, defection)."""
        return (_log_ratio(1 - error, 1 - self.hostile_rate), _log_ratio(error, self.hostile_rate))


def _log_ratio(p_trustworthy: float, p_hostile: float) -> float:
    """log(p_t / p_h), ±inf when one side is impossible, 0 when both are."""
    if p_trustworthy == 0 and p_hostile == 0:
        return 0.0
    if p_hostile == 0:
        return math.inf
    if p_trustworthy == 0:
        return -math.inf
    # a difference of logs: the ratio itself overflows when p_hostile is subnormal
    return math.log(p_trustworthy) - math.log(p_hostile)


def log_odds(probability: float) -> float:
    """log(π / (1−π)), ±inf at 1 and 0."""
    if probability <= 0:
        return -math.inf
    if probability >= 1:
        return math.inf
    return math.log(probability / (1 - probability))


def update_belief(odds: NDArray[np.float64], observed_defect: NDArray[np.bool_],
                  increments: tuple[float, float]) -> NDArray[np.float64]:
    """Bayes' rule in log-odds for one observed move per replicate.

    A belief already certain (±inf) that meets evidence it rules out stays where it is:
    Bayes' rule is undefined there, and a certain side does not change its mind.
    """
    step = np.where(observed_defect, increments[1], increments[0])
    with np.errstate(invalid="ignore"):
        new = odds + step
    if not (math.isfinite(increments[0]) and math.isfinite(increments[1])):
        new = np.where(np.isnan(new), odds, new)
    return new


def belief(odds: NDArray[np.float64]) -> NDArray[np.float64]:
    """Probabilities from log-odds."""
    result: NDArray[np.float64] = _expit()(odds)
    return result


@cache
def _expit() -> Any:
    """SciPy's logistic function, imported on first use (reading a scenario needs no SciPy)."""
    from scipy.special import expit

    return expit


def trajectory(observed: NDArray[np.bool_], prior: tuple[float, float],
               increments: tuple[float, float]) -> NDArray[np.float64]:
    """Log-odds after each round for observations indexed ``[side, replicate, round]``.

    With finite priors and likelihood ratios this is one cumulative sum per side (the same
    additions, in the same order, as updating round by round); otherwise the rounds are
    walked one at a time so that certainties are handled as :func:`update_belief` does.
    """
    if all(math.isfinite(v) for v in (*prior, *increments)):
        # Work round-major ([side, round, replicate]): the engine's arrays are stored that
        # way, so the cumulative sum runs over contiguous rows.
        by_round = observed.transpose(0, 2, 1)
        steps = np.where(by_round, increments[1], increments[0])
        steps[:, 0] += np.array(prior)[:, None]
        np.cumsum(steps, axis=1, out=steps)
        result: NDArray[np.float64] = steps.transpose(0, 2, 1)
        return result
    odds_by_round = np.empty(observed.shape)
    for side in (0, 1):
        odds = np.full(observed.shape[1], prior[side])
        for t in range(observed.shape[2]):
            odds = update_belief(odds, observed[side, :, t], increments)
            odds_by_round[side, :, t] = odds
    return odds_by_round
