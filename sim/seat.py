"""A human in one seat of a repeated match: the student's moves against a model strategy.

Model (DESIGN §2 and §6; N. Case, *The Evolution of Trust*, 2017, where the reader plays
against the machine's characters). The match is the repeated game of
:mod:`sim.repeated`: the student takes one side (the US or the DPRK) and chooses an
intended move each round; implementation noise ε and private misperception μ act on the
student's moves exactly as on a strategy's, and both sides' Kydd trust updates on what each
side observed. The student is a :class:`~sim.repeated.Scripted` player whose script is
the list of moves made so far.

**Replay.** A match is always simulated for the full planned number of rounds from one
generator seeded by the scenario's seed, with the student's script padded by cooperation
past the moves made; only the rounds played are shown. The engine draws its random numbers
round by round in a fixed order (strategies, noise, misperception), and strategies only
look back, so round t depends on the seed and the student's first t + 1 moves alone:
appending a move never changes an earlier round, and the same seed and the same moves
replay the same game (``tests/test_seat.py`` checks both). Simulating the full length
also makes the finished game the very object the debrief and the comparison analyse.

Parameters: a validated :class:`~sim.repeated.params.RepeatedParams` (stage game, the
other side's strategy, rounds, noise, misperception, trust, discount, seed), the seat
(a party code of the game) and the moves (``"C"``/``"D"``).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from sim.debrief_probe import PROBE_REPLICATES, Probe, sensitivity_probe
from sim.errors import InputError, check_choice
from sim.repeated.classics import CLASSIC_NAMES
from sim.repeated.engine import MatchSettings, play_match
from sim.repeated.params import RepeatedParams
from sim.repeated.result import MatchResult
from sim.repeated.run import build_strategy, generator_for, payoffs_for
from sim.repeated.scripted import Scripted
from sim.repeated.strategy import Strategy, make_strategy

__all__ = [
    "classic_totals", "played_total", "seat_index", "seat_match", "seat_probe", "seat_settings",
    "seat_strategies",
]


def seat_index(params: RepeatedParams, seat: str) -> int:
    """0 if ``seat`` is the row player of the game, 1 if the column player."""
    players = payoffs_for(params.game).players
    check_choice("seat", seat, players)
    return players.index(seat)


def seat_settings(params: RepeatedParams) -> MatchSettings:
    """The match settings of one seated game: one replicate, a fixed length."""
    settings = params.settings()
    return MatchSettings(rounds=settings.rounds, replicates=1, noise=settings.noise,
                         misperception=settings.misperception, continuation=None,
                         discount=settings.discount, trust=settings.trust)


def _script(moves: Sequence[str] | str, rounds: int) -> str:
    """The student's moves padded with ``C`` to ``rounds``; InputError if too many."""
    played = "".join(moves).strip().upper()
    if len(played) > rounds:
        raise InputError(f"{len(played)} moves were made but the game has {rounds} rounds; "
                         f"allowed: at most {rounds}")
    if set(played) - {"C", "D"}:
        raise InputError(f"moves must be C or D, got {played!r}")
    return played + "C" * (rounds - len(played))


def seat_strategies(params: RepeatedParams, seat: str,
                    player: Strategy) -> tuple[Strategy, Strategy]:
    """(row, column) strategies with ``player`` in the seat and the scenario's opponent."""
    side = seat_index(params, seat)
    other = build_strategy(params.column_strategy if side == 0 else params.row_strategy)
    return (player, other) if side == 0 else (other, player)


def seat_match(params: RepeatedParams, seat: str, moves: Sequence[str] | str) -> MatchResult:
    """The full planned match with the student's ``moves`` (padded) in ``seat``.

    Only the first ``len(moves)`` rounds are the game so far; later rounds are the padding.
    """
    script = _script(moves, params.rounds)
    row, column = seat_strategies(params, seat, Scripted(script))
    return play_match(row, column, payoffs_for(params.game), seat_settings(params),
                      generator_for(params))


def classic_totals(params: RepeatedParams, seat: str,
                   names: Sequence[str] = CLASSIC_NAMES) -> dict[str, float]:
    """Each named strategy's total payoff in ``seat`` against the same opponent and seed."""
    side = seat_index(params, seat)
    payoffs, settings = payoffs_for(params.game), seat_settings(params)
    totals: dict[str, float] = {}
    for name in names:
        row, column = seat_strategies(params, seat, make_strategy(name))
        result = play_match(row, column, payoffs, settings, generator_for(params))
        totals[name] = float(result.totals()[side, 0])
    return totals


def played_total(result: MatchResult, side: int, played: int) -> float:
    """One side's total payoff over the first ``played`` rounds of replicate 0."""
    return float(np.sum(result.payoff[side, 0, :played]))


def seat_probe(params: RepeatedParams, seat: str, moves: Sequence[str] | str,
               replicates: int = PROBE_REPLICATES) -> Probe:
    """The debrief's quick probe of a seated game: the student's moves replayed as a script."""
    script = _script(moves, params.rounds)
    seat_index(params, seat)

    def side(which: int) -> Strategy:
        return seat_strategies(params, seat, Scripted(script))[which]

    return sensitivity_probe(lambda: side(0), lambda: side(1), payoffs_for(params.game),
                             seat_settings(params), params.seed, replicates)
