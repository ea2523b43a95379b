"""Evolution over a tournament's payoff matrix: replicator dynamics and the Moran process.

Both take a matrix ``A`` with ``A[i, j]`` the payoff per round of strategy i against j
(:attr:`sim.repeated.tournament.TournamentResult.payoff_matrix`).

**Replicator dynamics** (Taylor & Jonker 1978; Hofbauer & Sigmund, *Evolutionary Games
and Population Dynamics*, 1998, ch. 7): population shares x evolve by
ẋᵢ = xᵢ((Ax)ᵢ − xᵀAx). Deterministic; integrated with SciPy's ``solve_ivp`` (RK45) and
reported on an even time grid. Adding a constant to A changes nothing.

**Moran process** (Moran 1958; Nowak, Sasaki, Taylor & Fudenberg, Nature 428, 2004): a
finite population of N players. Each step one player reproduces, chosen with probability
proportional to its fitness exp(w·πᵢ) (exponential fitness, Traulsen, Shoresh & Nowak
2008, so that any payoffs, negative too, give positive fitness), where πᵢ is the mean
payoff of a type-i player against the *other* N−1 players; the offspring (a random type
with probability ``mutation``) replaces a player chosen uniformly at random. Without
mutation the process ends when one type has taken over (fixation). ``runs`` independent
populations evolve side by side, all from one explicit ``numpy.random.Generator``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy.integrate import solve_ivp

from sim.errors import InputError, check_probability, check_range

__all__ = ["MoranResult", "ReplicatorResult", "moran_process", "replicator_dynamics"]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]


@dataclass(frozen=True, eq=False)
class ReplicatorResult:
    """Shares ``[time, strategy]`` on the grid ``times``."""

    times: FloatArray
    shares: FloatArray


@dataclass(frozen=True, eq=False)
class MoranResult:
    """Counts ``[step, run, strategy]`` and the type that fixated in each run (-1: none)."""

    counts: IntArray
    fixated: IntArray

    @property
    def shares(self) -> FloatArray:
        """Counts divided by the population size."""
        shares: FloatArray = self.counts / self.counts[0, 0].sum()
        return shares

    def fixation_frequencies(self) -> FloatArray:
        """Share of runs each strategy took over."""
        k = self.counts.shape[2]
        done = self.fixated[self.fixated >= 0]
        return np.bincount(done, minlength=k) / max(len(self.fixated), 1)


def _matrix(matrix: ArrayLike) -> FloatArray:
    array = np.asarray(matrix, dtype=float)
    if array.ndim != 2 or array.shape[0] != array.shape[1] or array.shape[0] < 2:
        raise InputError(f"payoff matrix must be square with at least 2 strategies, "
                         f"got shape {array.shape}")
    if not np.all(np.isfinite(array)):
        raise InputError("payoff matrix must hold finite numbers")
    return array


def replicator_dynamics(matrix: ArrayLike, initial: ArrayLike | None = None,
                        horizon: float = 50.0, points: int = 101) -> ReplicatorResult:
    """Integrate the replicator equation from ``initial`` shares (default: equal)."""
    a = _matrix(matrix)
    k = a.shape[0]
    x0 = np.full(k, 1.0 / k) if initial is None else np.asarray(initial, dtype=float)
    if x0.shape != (k,) or np.any(x0 < 0) or not np.isclose(x0.sum(), 1.0):
        raise InputError(f"initial shares must be {k} non-negative numbers summing to 1")
    check_range("replicator horizon", horizon, 1e-9, 1e6)
    if points < 2:
        raise InputError(f"points = {points} is too few; allowed: 2 or more")

    def velocity(_: float, x: FloatArray) -> FloatArray:
        fitness = a @ x
        result: FloatArray = x * (fitness - x @ fitness)
        return result

    times = np.linspace(0.0, horizon, points)
    solution = solve_ivp(velocity, (0.0, horizon), x0, t_eval=times, rtol=1e-8, atol=1e-10)
    shares = np.clip(solution.y.T, 0.0, None)
    return ReplicatorResult(times=times, shares=shares / shares.sum(axis=1, keepdims=True))


def moran_process(matrix: ArrayLike, population: int, rng: np.random.Generator,
                  runs: int = 1, initial: ArrayLike | None = None, selection: float = 1.0,
                  mutation: float = 0.0, max_steps: int = 10_000) -> MoranResult:
    """Run ``runs`` Moran processes of ``population`` players for up to ``max_steps``."""
    a = _matrix(matrix)
    counts = _initial_counts(a.shape[0], population, initial)
    check_range("selection intensity", selection, 0.0, 100.0)
    check_probability("mutation rate", mutation)
    if runs < 1 or max_steps < 1:
        raise InputError("runs and max_steps must be at least 1")
    state = np.tile(counts, (runs, 1))
    history = [state.copy()]
    for _ in range(max_steps):
        if mutation == 0 and np.all(state.max(axis=1) == population):
            break
        state = _moran_step(state, a, population, selection, mutation, rng)
        history.append(state.copy())
    trajectory = np.stack(history)
    final = trajectory[-1]
    fixated = np.where(final.max(axis=1) == population, final.argmax(axis=1), -1)
    return MoranResult(counts=trajectory, fixated=fixated.astype(np.int64))


def _initial_counts(k: int, population: int, initial: ArrayLike | None) -> IntArray:
    if population < 2:
        raise InputError(f"population = {population} is too small; allowed: 2 or more")
    if initial is None:
        counts = np.full(k, population // k, dtype=np.int64)
        counts[: population % k] += 1
        return counts
    counts = np.asarray(initial, dtype=np.int64)
    if counts.shape != (k,) or np.any(counts < 0) or counts.sum() != population:
        raise InputError(f"initial counts must be {k} non-negative whole numbers summing "
                         f"to the population {population}")
    return counts


def _moran_step(state: IntArray, a: FloatArray, population: int, selection: float,
                mutation: float, rng: np.random.Generator) -> IntArray:
    """One birth–death step in every run at once."""
    payoff = (state @ a.T - np.diag(a)) / (population - 1)
    weights = state * np.exp(selection * (payoff - payoff.max(axis=1, keepdims=True)))
    draws = rng.random((4, state.shape[0]))
    parent = _pick(weights, draws[0])
    dying = _pick(state.astype(float), draws[1])
    k = state.shape[1]
    mutant = draws[2] < mutation
    child = np.where(mutant, np.minimum((draws[3] * k).astype(np.int64), k - 1), parent)
    runs = np.arange(state.shape[0])
    new = state.copy()
    new[runs, dying] -= 1
    new[runs, child] += 1
    return new


def _pick(weights: FloatArray, uniform: FloatArray) -> IntArray:
    """Index chosen with probability proportional to ``weights`` in each row."""
    cumulative = np.cumsum(weights, axis=1)
    target = uniform * cumulative[:, -1]
    picked: IntArray = np.minimum((cumulative <= target[:, None]).sum(axis=1),
                                  weights.shape[1] - 1)
    return picked
