"""The repeated-play engine: two strategies, many replicates, one seeded generator.

Model (DESIGN §2; Axelrod 1984; Bendor, Kramer & Stout, "When in doubt…", J. Conflict
Resolut. 35, 1991, on noise and misperception). Replicates are the columns of round-major
arrays and every step is one numpy operation across all of them. Each round:

1. each side's strategy picks an **intended** move for every replicate from its own
   actual moves, the other's moves *as it observed them* and its current trust;
2. **implementation noise** ε: each actual move differs from the intended one with
   probability ε, independently (the Axelrod library's ``noise``);
3. **misperception** μ: each side sees the other's actual move flipped with probability
   μ, privately and independently, so the two sides' histories can diverge;
4. each side updates its Bayesian trust on what it observed (:mod:`sim.repeated.trust`).

Payoffs come from actual moves; the discounted total weighs round t (from 0) by δᵗ. With
a continuation probability w the match has a random length L (P(L > t) = wᵗ), capped at
``rounds``; rounds past a replicate's length are simulated but masked out of every
payoff and metric. Random draws, in order: the lengths, then per round the strategies'
draws (row side first), the noise, the misperception; so a seed fixes everything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from sim.errors import InputError, check_probability, check_range
from sim.repeated.payoffs import Payoffs
from sim.repeated.result import MatchResult
from sim.repeated.strategy import History, Index, Strategy, make_strategy
from sim.repeated.trust import TrustModel, log_odds, update_belief

__all__ = ["MAX_CELLS", "MatchSettings", "play_match", "simulate"]

#: Largest replicates × rounds a single run may ask for (about 1 GB of arrays).
MAX_CELLS = 20_000_000


@dataclass(frozen=True)
class MatchSettings:
    """How long, how many times and how noisily a match is played."""

    rounds: int
    replicates: int = 1
    noise: float = 0.0
    misperception: float = 0.0
    continuation: float | None = None
    discount: float = 1.0
    trust: TrustModel = field(default_factory=TrustModel)

    def __post_init__(self) -> None:
        if not isinstance(self.rounds, int | np.integer) or self.rounds < 1:
            raise InputError(f"rounds = {self.rounds!r} must be a whole number of at least 1")
        if not isinstance(self.replicates, int | np.integer) or self.replicates < 1:
            raise InputError(
                f"replicates = {self.replicates!r} must be a whole number of at least 1"
            )
        if self.rounds * self.replicates > MAX_CELLS:
            raise InputError(
                f"rounds × replicates = {self.rounds * self.replicates:,} is too large; "
                f"allowed: at most {MAX_CELLS:,}"
            )
        check_probability("noise", self.noise)
        check_probability("misperception", self.misperception)
        check_range("discount factor", self.discount, 0.0, 1.0)
        if self.continuation is not None:
            check_probability("continuation probability", self.continuation)


Group = tuple[Strategy, Index]


def play_match(row: Strategy | str, column: Strategy | str, payoffs: Payoffs,
               settings: MatchSettings, rng: np.random.Generator) -> MatchResult:
    """Play ``settings.replicates`` independent matches of ``row`` against ``column``.

    Strategies may be given by registry name (default parameters) or as instances; an
    instance is reset and used for this match only.
    """
    row_strategy = make_strategy(row) if isinstance(row, str) else row
    column_strategy = make_strategy(column) if isinstance(column, str) else column
    if row_strategy is column_strategy:
        raise InputError("the two sides need separate strategy instances")
    everyone = slice(None)
    return simulate([(row_strategy, everyone)], [(column_strategy, everyone)], payoffs,
                    settings, rng)


def simulate(row_groups: Sequence[Group], column_groups: Sequence[Group], payoffs: Payoffs,
             settings: MatchSettings, rng: np.random.Generator) -> MatchResult:
    """Run the engine with each side split into groups of replicates.

    ``row_groups`` and ``column_groups`` each cover every replicate exactly once; a group
    is a strategy instance and the replicates (a slice or an index array) it plays. A
    plain match has one group per side; a tournament puts every pairing side by side in
    one run (:mod:`sim.repeated.tournament`).
    """
    n, rounds = settings.replicates, settings.rounds
    groups = (_sized(row_groups, n), _sized(column_groups, n))
    for side, side_groups in enumerate(groups):
        for strategy, _, size in side_groups:
            strategy.reset(size, payoffs.own(0 if side == 0 else 1))
    lengths = _lengths(settings, rng)
    live_trust = any(s.traits.uses_trust for side in groups for s, _, _ in side)
    arrays = _Arrays.empty(rounds, n, settings, live_trust)
    for t in range(rounds):
        _play_round(t, groups, arrays, settings, rng)
    return MatchResult.from_round_major(
        strategies=(_label(row_groups), _label(column_groups)), payoffs=payoffs,
        settings=settings, lengths=lengths, intended=arrays.intended, actual=arrays.actual,
        observed=arrays.observed, payoff=payoffs.play(arrays.actual[0], arrays.actual[1]),
        live_trust_odds=arrays.odds_trajectory, prior_odds=arrays.prior,
        trust_increments=arrays.increments,
    )


@dataclass
class _Arrays:
    """Round-major state of one run: index ``[side, round, replicate]``.

    ``odds`` holds each side's current log-odds of trust only when some strategy reads
    trust during play; otherwise the result computes the trajectory when first asked for
    it (:func:`sim.repeated.trust.trajectory`, the same additions in the same order).
    """

    intended: np.ndarray
    actual: np.ndarray
    observed: np.ndarray
    prior: tuple[float, float]
    increments: tuple[float, float]
    odds: list[np.ndarray] | None
    odds_trajectory: np.ndarray | None

    @classmethod
    def empty(cls, rounds: int, n: int, settings: MatchSettings, live_trust: bool) -> _Arrays:
        trust = settings.trust
        prior = (log_odds(trust.prior_row), log_odds(trust.prior_column))
        error = trust.resolved_error(settings.noise, settings.misperception)
        shape = (2, rounds, n)
        return cls(
            intended=np.empty(shape, dtype=bool), actual=np.empty(shape, dtype=bool),
            observed=np.empty(shape, dtype=bool), prior=prior,
            increments=trust.increments(error),
            odds=[np.full(n, prior[0]), np.full(n, prior[1])] if live_trust else None,
            odds_trajectory=np.empty(shape) if live_trust else None,
        )

    def update_trust(self, t: int) -> None:
        """Bayes' rule on round ``t``'s observations, when strategies read trust live."""
        if self.odds is None or self.odds_trajectory is None:
            return
        for side in (0, 1):
            self.odds[side] = update_belief(self.odds[side], self.observed[side, t],
                                            self.increments)
            self.odds_trajectory[side, t] = self.odds[side]


def _play_round(t: int, groups: tuple[list[tuple[Strategy, Index, int]], ...],
                arrays: _Arrays, settings: MatchSettings, rng: np.random.Generator) -> None:
    """Steps 1–4 of the module docstring for round ``t``."""
    for side in (0, 1):
        own, seen = arrays.actual[side], arrays.observed[side]
        odds = None if arrays.odds is None else arrays.odds[side]
        for strategy, rows, size in groups[side]:
            history = History(t, own, seen, odds, rows, size)
            arrays.intended[side, t, rows] = strategy.decide(history, rng)
    n = settings.replicates
    actual = arrays.actual[:, t]
    if settings.noise > 0:
        flips = rng.random((2, n), dtype=np.float32) < settings.noise
        np.not_equal(arrays.intended[:, t], flips, out=actual)
    else:
        actual[...] = arrays.intended[:, t]
    observed = arrays.observed[:, t]
    observed[0], observed[1] = actual[1], actual[0]
    if settings.misperception > 0:
        observed ^= rng.random((2, n), dtype=np.float32) < settings.misperception
    arrays.update_trust(t)


def _sized(side_groups: Sequence[Group], n: int) -> list[tuple[Strategy, Index, int]]:
    """Each group with the number of replicates it plays; checks they cover all ``n``."""
    sized = []
    covered = 0
    for strategy, rows in side_groups:
        size = len(range(n)[rows]) if isinstance(rows, slice) else len(rows)
        sized.append((strategy, rows, size))
        covered += size
    if covered != n:
        raise ValueError(f"strategy groups cover {covered} replicates, expected {n}")
    return sized


def _lengths(settings: MatchSettings, rng: np.random.Generator) -> np.ndarray:
    """Each replicate's number of rounds: fixed, or geometric with continuation w."""
    w = settings.continuation
    n, rounds = settings.replicates, settings.rounds
    if w is None or w == 1.0:
        return np.full(n, rounds, dtype=np.int64)
    drawn = rng.geometric(1.0 - w, size=n)
    return np.minimum(drawn, rounds).astype(np.int64)


def _label(side_groups: Sequence[Group]) -> str:
    names = dict.fromkeys(strategy.name for strategy, _ in side_groups)
    return "+".join(names)
