"""Round-robin tournaments: every strategy against every strategy, itself included.

Model (Axelrod 1980, 1984; the Axelrod library's ``Tournament``): each pair of entrants,
and each entrant against a copy of itself, plays ``repetitions`` matches of the same
length, noise and misperception. An entrant's payoff against an opponent is its mean
payoff per round, averaged over repetitions; its **score** is the mean of those over all
opponents (itself included); the ranking sorts by score. The mean payoff matrix
``M[i, j]`` (i's payoff per round against j) is what :mod:`sim.repeated.evolution` evolves.

Every pairing runs side by side in *one* engine run: the replicates of all pairings are
the columns of the same arrays and each entrant decides for all its matches at once, so a
tournament costs about as much as one long match.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from sim.errors import InputError
from sim.repeated.engine import Group, MatchSettings, simulate
from sim.repeated.metrics import mean_ci
from sim.repeated.payoffs import Payoffs
from sim.repeated.strategy import make_strategy

__all__ = ["CLASSIC_EIGHT", "Entrant", "TournamentResult", "entrant_label", "round_robin"]

FloatArray = NDArray[np.float64]
#: A strategy by registry name, or a (name, parameters) pair.
Entrant = str | tuple[str, Mapping[str, float]]

#: The eight classics of the default tournament (and of the benchmark against Axelrod).
CLASSIC_EIGHT: tuple[str, ...] = (
    "cooperator", "defector", "tit_for_tat", "generous_tit_for_tat", "tit_for_two_tats",
    "grudger", "win_stay_lose_shift", "random",
)


@dataclass(frozen=True, eq=False)
class TournamentResult:
    """Scores, ranking and mean payoff matrix of a round robin."""

    names: tuple[str, ...]
    payoff_matrix: FloatArray
    cooperation_matrix: FloatArray
    scores_by_repetition: FloatArray

    @property
    def scores(self) -> FloatArray:
        """Each entrant's mean payoff per round over all opponents and repetitions."""
        scores: FloatArray = self.payoff_matrix.mean(axis=1)
        return scores

    @property
    def ranking(self) -> tuple[str, ...]:
        """Entrants from the highest score to the lowest (ties keep entry order)."""
        order = np.argsort(-self.scores, kind="stable")
        return tuple(self.names[i] for i in order)

    def ranking_frame(self) -> pd.DataFrame:
        """``rank``, ``strategy``, ``score``, ``ci_low``, ``ci_high`` (over repetitions)."""
        rows = []
        for rank, name in enumerate(self.ranking, start=1):
            i = self.names.index(name)
            mean, low, high, _ = mean_ci(self.scores_by_repetition[i])
            rows.append({"rank": rank, "strategy": name, "score": mean, "ci_low": low,
                         "ci_high": high})
        return pd.DataFrame(rows)


def entrant_label(entrant: Entrant) -> str:
    """``name`` or ``name(k=v, ...)``: how an entrant is shown and told apart."""
    if isinstance(entrant, str):
        return entrant
    name, params = entrant
    if not params:
        return name
    return f"{name}(" + ", ".join(f"{k}={v:g}" for k, v in sorted(params.items())) + ")"


def round_robin(entrants: Sequence[Entrant], payoffs: Payoffs, settings: MatchSettings,
                rng: np.random.Generator) -> TournamentResult:
    """Play the round robin; ``settings.replicates`` is the repetitions per pairing."""
    labels = [entrant_label(e) for e in entrants]
    if len(labels) < 2:
        raise InputError(f"a tournament needs at least 2 strategies, got {len(labels)}")
    if len(set(labels)) != len(labels):
        raise InputError(f"a strategy is listed twice in {labels}; list each once")
    pairs = [(i, j) for i in range(len(labels)) for j in range(i, len(labels))]
    reps = settings.replicates
    run = replace(settings, replicates=len(pairs) * reps)
    row_groups, column_groups = _groups(entrants, pairs, reps)
    result = simulate(row_groups, column_groups, payoffs, run, rng)
    per_round = result.totals() / result.lengths
    cooperated = (~result.actual & result.alive).sum(axis=2) / result.lengths
    payoff_by_rep = _by_pair(per_round, pairs, len(labels), reps)
    cooperation_by_rep = _by_pair(cooperated, pairs, len(labels), reps)
    return TournamentResult(
        names=tuple(labels), payoff_matrix=payoff_by_rep.mean(axis=2),
        cooperation_matrix=cooperation_by_rep.mean(axis=2),
        scores_by_repetition=payoff_by_rep.mean(axis=1),
    )


def _groups(entrants: Sequence[Entrant], pairs: list[tuple[int, int]],
            reps: int) -> tuple[list[Group], list[Group]]:
    """One strategy instance per entrant and side, with the replicates it plays.

    Pairings are laid out in order (0,0), (0,1), …, (1,1), …, ``reps`` columns each, so
    an entrant's row-side replicates are one contiguous slice.
    """
    row_groups: list[Group] = []
    column_groups: list[Group] = []
    blocks = np.arange(len(pairs) * reps).reshape(len(pairs), reps)
    for k, entrant in enumerate(entrants):
        name, params = (entrant, {}) if isinstance(entrant, str) else entrant
        as_row = [p for p, (i, _) in enumerate(pairs) if i == k]
        as_column = [p for p, (_, j) in enumerate(pairs) if j == k]
        if as_row:
            start, stop = as_row[0] * reps, (as_row[-1] + 1) * reps
            row_groups.append((make_strategy(name, params), slice(start, stop)))
        column_groups.append((make_strategy(name, params), blocks[as_column].ravel()))
    return row_groups, column_groups


def _by_pair(values: FloatArray, pairs: list[tuple[int, int]], k: int,
             reps: int) -> FloatArray:
    """``[i, j, repetition]`` of a per-side, per-replicate measure (i's value vs j)."""
    out = np.empty((k, k, reps))
    for p, (i, j) in enumerate(pairs):
        block = slice(p * reps, (p + 1) * reps)
        if i == j:
            out[i, i] = (values[0, block] + values[1, block]) / 2
        else:
            out[i, j] = values[0, block]
            out[j, i] = values[1, block]
    return out
