"""Outcome measures of a repeated match, per replicate and summarised.

All measures use *actual* moves and only the rounds a replicate played (its length).
Per replicate (:func:`replicate_metrics`, one array per measure):

``cooperation`` (per side)
    share of rounds in which the side cooperated (engaged / restrained);
``mutual_cooperation``
    share of rounds in which both cooperated;
``mean_payoff`` and ``discounted_payoff`` (per side)
    payoff per round, and Σₜ δᵗ·payoffₜ;
``first_breakdown``
    the first round (counting from 1) in which either side defected; NaN if none did;
``longest_cooperation``
    the longest run of consecutive mutually cooperative rounds;
``cycle_episodes`` and ``cycle_rounds``
    sanction–test cycle episodes and the rounds they cover (definition below).

**Sanction–test cycle.** An *exchange* is a round in which exactly one side defects. Two
consecutive exchanges are *linked* when the defecting side changes between them: the one
defection answers the other, as a test answers a round of pressure and a new round of
pressure answers the test (the documents' "制裁—试验—再制裁—再试验", claim C2; the echo of
tit for tat under noise, Axelrod 1984 ch. 2, Molander 1985). An *episode* is a maximal
chain of linked exchanges at least ``min_length`` rounds long (default 3: pressure, test,
renewed pressure — one answer each way). A round of mutual defection or mutual
cooperation, or the same side defecting twice running, ends a chain.

:func:`summarize` gives each measure's mean over replicates with a t-based 95 % confidence
interval; :func:`by_round` the share cooperating and the mean trust per round, with bands.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from numpy.typing import NDArray
from scipy import stats

from sim.errors import InputError
from sim.repeated.result import MatchResult

__all__ = [
    "METRICS",
    "ReplicateMetrics",
    "by_round",
    "cycle_episodes",
    "longest_run",
    "mean_ci",
    "replicate_metrics",
    "summarize",
]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]

#: Measures of :func:`summarize`, in display order; ``True`` when reported per side.
METRICS: dict[str, bool] = {
    "cooperation": True,
    "mutual_cooperation": False,
    "mean_payoff": True,
    "discounted_payoff": True,
    "first_breakdown": False,
    "longest_cooperation": False,
    "cycle_episodes": False,
    "cycle_rounds": False,
}


@dataclass(frozen=True)
class ReplicateMetrics:
    """Every measure for every replicate; per-side measures are ``[side, replicate]``."""

    players: tuple[str, str]
    cooperation: FloatArray
    mutual_cooperation: FloatArray
    mean_payoff: FloatArray
    discounted_payoff: FloatArray
    first_breakdown: FloatArray
    longest_cooperation: IntArray
    cycle_episodes: IntArray
    cycle_rounds: IntArray

    def to_frame(self) -> pd.DataFrame:
        """One row per replicate; per-side measures get the party code as suffix."""
        columns: dict[str, NDArray[np.generic]] = {}
        for name, per_side in METRICS.items():
            values = getattr(self, name)
            if per_side:
                for side, party in enumerate(self.players):
                    columns[f"{name}_{party}"] = values[side]
            else:
                columns[name] = values
        frame = pd.DataFrame(columns)
        frame.index.name = "replicate"
        return frame


def replicate_metrics(result: MatchResult, min_length: int = 3) -> ReplicateMetrics:
    """Compute every measure of the module docstring for each replicate of ``result``."""
    alive = result.alive
    lengths = result.lengths.astype(float)
    row, column = result.actual[0] & alive, result.actual[1] & alive
    cooperating = ~result.actual & alive
    mutual = cooperating[0] & cooperating[1]
    broke = (row | column).argmax(axis=1) + 1.0
    broke[~(row | column).any(axis=1)] = np.nan
    episodes, cycle_length = cycle_episodes(row, column, alive, min_length)
    return ReplicateMetrics(
        players=result.players,
        cooperation=cooperating.sum(axis=2) / lengths,
        mutual_cooperation=mutual.sum(axis=1) / lengths,
        mean_payoff=result.totals() / lengths,
        discounted_payoff=result.discounted_totals(),
        first_breakdown=broke,
        longest_cooperation=longest_run(mutual),
        cycle_episodes=episodes,
        cycle_rounds=cycle_length,
    )


def runs_of_true(mask: BoolArray) -> tuple[IntArray, IntArray]:
    """Every maximal run of ``True`` along the round axis: (replicate index, run length).

    Vectorised run-length encoding: pad each row with ``False`` at both ends; a run starts
    where the padded row steps up and ends where it steps down.
    """
    n = mask.shape[0]
    padded = np.zeros((n, mask.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    steps = np.diff(padded, axis=1)
    rows, starts = np.nonzero(steps == 1)
    _, ends = np.nonzero(steps == -1)
    return rows.astype(np.int64), (ends - starts).astype(np.int64)


def longest_run(mask: BoolArray) -> IntArray:
    """``[replicate]``: the longest run of consecutive ``True`` along the round axis."""
    best = np.zeros(mask.shape[0], dtype=np.int64)
    rows, lengths = runs_of_true(mask)
    np.maximum.at(best, rows, lengths)
    return best


def cycle_episodes(row: BoolArray, column: BoolArray, alive: BoolArray,
                   min_length: int = 3) -> tuple[IntArray, IntArray]:
    """Sanction–test cycle episodes and the rounds they cover, per replicate.

    ``row`` and ``column`` are ``[replicate, round]`` actual defections (see the module
    docstring for the definition).
    """
    if min_length < 2:
        raise InputError(f"cycle min_length = {min_length} is too small; allowed: 2 or more")
    exchange = (row ^ column) & alive
    linked = np.zeros_like(exchange)
    linked[:, 1:] = exchange[:, 1:] & exchange[:, :-1] & (row[:, 1:] != row[:, :-1])
    # A chain is an exchange followed by linked rounds, so each maximal run of links of
    # length k is one chain of k + 1 exchanges; shorter chains never reach min_length >= 2.
    n = exchange.shape[0]
    rows, links = runs_of_true(linked)
    chains = links + 1
    counted = chains >= min_length
    episodes = np.bincount(rows[counted], minlength=n).astype(np.int64)
    covered = np.bincount(rows[counted], weights=chains[counted], minlength=n).astype(np.int64)
    return episodes, covered


def mean_ci(values: NDArray[np.generic], level: float = 0.95) -> tuple[float, float, float, int]:
    """Mean, t-based confidence interval and count of the finite ``values``."""
    finite = np.asarray(values, dtype=float)
    finite = finite[np.isfinite(finite)]
    count = finite.size
    if count == 0:
        return np.nan, np.nan, np.nan, 0
    mean = float(finite.mean())
    if count == 1:
        return mean, np.nan, np.nan, 1
    half = float(stats.t.ppf(0.5 + level / 2, count - 1) * finite.std(ddof=1) / np.sqrt(count))
    return mean, mean - half, mean + half, count


def summarize(metrics: ReplicateMetrics, level: float = 0.95) -> pd.DataFrame:
    """Mean and confidence interval of each measure over replicates.

    Columns: ``metric``, ``player`` (party code, or ``"both"``), ``mean``, ``ci_low``,
    ``ci_high``, ``n`` (replicates with a finite value: ``first_breakdown`` counts only
    those that broke down).
    """
    rows = []
    for name, per_side in METRICS.items():
        values = getattr(metrics, name)
        series = [(p, values[s]) for s, p in enumerate(metrics.players)] if per_side \
            else [("both", values)]
        for player, data in series:
            mean, low, high, count = mean_ci(data, level)
            rows.append({"metric": name, "player": player, "mean": mean, "ci_low": low,
                         "ci_high": high, "n": count})
    return pd.DataFrame(rows)


def by_round(result: MatchResult, level: float = 0.95) -> pd.DataFrame:
    """Per round and player: share cooperating and mean trust, with confidence bands.

    Only replicates still playing in a round count. Columns: ``round`` (from 1),
    ``player``, ``cooperation``, ``cooperation_low``, ``cooperation_high``, ``trust``,
    ``trust_low``, ``trust_high``, ``mutual_cooperation``, ``n``.
    """
    alive = result.alive
    count = alive.sum(axis=0)
    safe = np.maximum(count, 1)
    quantile = stats.t.ppf(0.5 + level / 2, np.maximum(count - 1, 1))
    mutual = ((~result.actual[0]) & (~result.actual[1]) & alive).sum(axis=0) / safe
    frames = []
    for side, party in enumerate(result.players):
        frame = {"round": np.arange(1, result.rounds + 1), "player": party}
        for name, values in (("cooperation", (~result.actual[side]).astype(float)),
                             ("trust", result.trust[side])):
            mean = np.where(alive, values, 0.0).sum(axis=0) / safe
            spread = np.where(alive, (values - mean) ** 2, 0.0).sum(axis=0)
            sd = np.sqrt(spread / np.maximum(count - 1, 1))
            half = np.where(count > 1, quantile * sd / np.sqrt(safe), np.nan)
            frame |= {name: mean, f"{name}_low": mean - half, f"{name}_high": mean + half}
        frame |= {"mutual_cooperation": mutual, "n": count}
        frames.append(pd.DataFrame(frame))
    return pd.concat(frames, ignore_index=True)
