"""Repeated play: Peninsula's vectorised engine side by side with the Axelrod library.

Three measurements, all with implementation noise 0.05 on the standard dilemma
(T, R, P, S = 5, 3, 1, 0):

1. tit for tat against random: Peninsula plays 10,000 replicates × 200 rounds in one call;
   the Axelrod library plays 500 matches × 200 turns (it is far slower per turn); the
   comparison is turns per second. Peninsula is also timed with the trust trajectory
   materialised (it is computed on demand).
2. the round robin of eight classics, 200 rounds × 50 repetitions, self-play included:
   Peninsula's ``round_robin`` against Axelrod's serial ``Tournament`` (``processes=None``).
3. peak memory (tracemalloc) of the 10,000 × 200 run.

Run: ``python -m benchmarks repeated`` or ``python benchmarks/bench_repeated.py``. The
Axelrod library (``axelrod==4.13.1``, the ``peers`` extra) is imported inside ``main``:
it switches multiprocessing to "spawn" on import.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from benchmarks.common import best_of, peak_memory_mb, write_results
from sim.repeated import MatchSettings, Payoffs, play_match
from sim.repeated.tournament import CLASSIC_EIGHT, round_robin

NOISE = 0.05
REPLICATES, ROUNDS = 10_000, 200
AXELROD_MATCHES = 500
TOURNAMENT_ROUNDS, TOURNAMENT_REPETITIONS = 200, 50
AXELROD_EIGHT = ("Cooperator", "Defector", "TitForTat", "GTFT", "TitFor2Tats", "Grudger",
                 "WinStayLoseShift", "Random")


def peninsula_match(with_trust: bool = False) -> None:
    settings = MatchSettings(rounds=ROUNDS, replicates=REPLICATES, noise=NOISE)
    result = play_match("tit_for_tat", "random", Payoffs.dilemma(), settings,
                        np.random.default_rng(1))
    if with_trust:
        _ = result.trust


def axelrod_matches(axl: Any) -> None:
    for seed in range(AXELROD_MATCHES):
        axl.Match((axl.TitForTat(), axl.Random()), turns=ROUNDS, noise=NOISE, seed=seed).play()


def peninsula_tournament() -> None:
    settings = MatchSettings(rounds=TOURNAMENT_ROUNDS, replicates=TOURNAMENT_REPETITIONS,
                             noise=NOISE)
    round_robin(CLASSIC_EIGHT, Payoffs.dilemma(), settings, np.random.default_rng(1))


def axelrod_tournament(axl: Any) -> None:
    players = [getattr(axl, name)() for name in AXELROD_EIGHT]
    tournament = axl.Tournament(players, turns=TOURNAMENT_ROUNDS,
                                repetitions=TOURNAMENT_REPETITIONS, noise=NOISE, seed=1)
    tournament.play(processes=None, progress_bar=False)


def tournament_turns() -> int:
    pairings = len(CLASSIC_EIGHT) * (len(CLASSIC_EIGHT) + 1) // 2
    return pairings * TOURNAMENT_REPETITIONS * TOURNAMENT_ROUNDS


def timed_once(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    import axelrod as axl

    match_turns = REPLICATES * ROUNDS
    ours = best_of(peninsula_match)
    ours_trust = best_of(lambda: peninsula_match(with_trust=True))
    theirs = timed_once(lambda: axelrod_matches(axl))
    our_rate, trust_rate = match_turns / ours, match_turns / ours_trust
    their_rate = AXELROD_MATCHES * ROUNDS / theirs
    tour_ours = best_of(peninsula_tournament)
    tour_theirs = timed_once(lambda: axelrod_tournament(axl))
    memory = peak_memory_mb(lambda: peninsula_match(with_trust=True))
    results = {
        "match": {"workload": "tit_for_tat vs random, noise 0.05",
                  "peninsula": {"replicates": REPLICATES, "rounds": ROUNDS, "seconds": ours,
                                "turns_per_second": our_rate},
                  "peninsula_with_trust": {"seconds": ours_trust, "turns_per_second": trust_rate},
                  "axelrod": {"matches": AXELROD_MATCHES, "turns": ROUNDS, "seconds": theirs,
                              "turns_per_second": their_rate, "version": axl.__version__},
                  "ratio": our_rate / their_rate, "ratio_with_trust": trust_rate / their_rate},
        "tournament": {"workload": "8 classics round robin, 200 rounds x 50 repetitions, "
                                   "noise 0.05",
                       "turns": tournament_turns(), "peninsula_seconds": tour_ours,
                       "axelrod_serial_seconds": tour_theirs, "ratio": tour_theirs / tour_ours},
        "peak_memory_mb": {"workload": "10,000 x 200 match with trust trajectory",
                           "peninsula": memory, "limit": 500},
    }
    path = write_results("repeated", results)
    print(f"{'measurement':<44}{'Peninsula':>14}{'Axelrod':>14}{'ratio':>10}")
    print(f"{'TFT vs Random, turns/s':<44}{our_rate:>14,.0f}{their_rate:>14,.0f}"
          f"{our_rate / their_rate:>9.0f}x")
    print(f"{'  same, trust trajectory materialised':<44}{trust_rate:>14,.0f}{their_rate:>14,.0f}"
          f"{trust_rate / their_rate:>9.0f}x")
    print(f"{'8-classic round robin, seconds':<44}{tour_ours:>14.3f}{tour_theirs:>14.2f}"
          f"{tour_theirs / tour_ours:>9.0f}x")
    print(f"{'peak memory of 10,000 x 200 run, MB':<44}{memory:>14.1f}{'':>14}{'< 500':>10}")
    print(f"written to {path}")


if __name__ == "__main__":
    main()
