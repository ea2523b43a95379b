"""Stage-game equilibria: Peninsula's complete computation against nashpy's two algorithms.

On the same random games of size 2×2, 3×3 and 4×4 (fixed seed), drawn two ways — integer
payoffs -9..9, where ties make many games degenerate, and uniform payoffs in [0, 1), which
are nondegenerate with probability one — it measures the mean time per game of

- ``peninsula``: :func:`sim.games.equilibria.nash_equilibria` (support enumeration +
  vertex enumeration + checks + maximal Nash subsets);
- ``nashpy support``: ``nashpy.Game.support_enumeration`` alone;
- ``nashpy vertex``: ``nashpy.Game.vertex_enumeration`` alone;

and how often each misses an equilibrium that the others found (counting distinct,
verified equilibria; degenerate games, where vertex enumeration lists extreme points only,
are reported separately).

Run: ``python -m benchmarks games``.
"""

from __future__ import annotations

import time
import warnings
from typing import Any

import nashpy as nash
import numpy as np

from benchmarks.common import write_results
from sim.games import StageGame
from sim.games.equilibria import is_equilibrium, nash_equilibria

SIZES = (2, 3, 4)
GAMES = {2: 300, 3: 200, 4: 80}
SEED = 20240601
DRAWS = ("integers", "uniform")


def _games(draw: str, size: int, count: int, rng: np.random.Generator
           ) -> list[tuple[np.ndarray, np.ndarray]]:
    if draw == "uniform":
        return [(rng.random((size, size)), rng.random((size, size))) for _ in range(count)]
    return [(rng.integers(-9, 10, (size, size)).astype(float),
             rng.integers(-9, 10, (size, size)).astype(float)) for _ in range(count)]


def _keys(pairs: Any, a: np.ndarray, b: np.ndarray) -> set[tuple[float, ...]]:
    found = set()
    for x, y in pairs:
        x, y = np.clip(np.asarray(x, float), 0, None), np.clip(np.asarray(y, float), 0, None)
        x, y = x / x.sum(), y / y.sum()
        if is_equilibrium(a, b, x, y):
            found.add(tuple(np.round(np.concatenate([x, y]), 6)))
    return found


def _timed(fn: Any) -> tuple[Any, float]:
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def measure(draw: str, size: int, count: int, rng: np.random.Generator) -> dict[str, Any]:
    times = {"peninsula": 0.0, "nashpy_support": 0.0, "nashpy_vertex": 0.0}
    missed = {"peninsula": 0, "nashpy_support": 0, "nashpy_vertex": 0}
    games_missed = {"peninsula": 0, "nashpy_support": 0, "nashpy_vertex": 0}
    degenerate = support_none = 0
    for a, b in _games(draw, size, count, rng):
        ours, t0 = _timed(lambda a=a, b=b: nash_equilibria(StageGame.from_arrays(a, b)))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            support, t1 = _timed(lambda a=a, b=b: list(nash.Game(a, b).support_enumeration()))
            vertex, t2 = _timed(lambda a=a, b=b: list(
                nash.Game(a - a.min() + 1, b - b.min() + 1).vertex_enumeration()))
        times["peninsula"] += t0
        times["nashpy_support"] += t1
        times["nashpy_vertex"] += t2
        if ours.degenerate:
            degenerate += 1
            continue
        found = {
            "peninsula": _keys([(e.row_strategy, e.column_strategy) for e in ours.equilibria], a, b),
            "nashpy_support": _keys(support, a, b),
            "nashpy_vertex": _keys(vertex, a, b),
        }
        union = set().union(*found.values())
        support_none += not found["nashpy_support"]
        for method, keys in found.items():
            lost = sum(not any(np.allclose(k, u, atol=1e-6) for k in keys) for u in union)
            missed[method] += lost
            games_missed[method] += lost > 0
    nondegenerate = count - degenerate
    return {
        "payoffs": draw,
        "size": f"{size}x{size}",
        "games": count,
        "degenerate_games": degenerate,
        "ms_per_game": {k: 1e3 * v / count for k, v in times.items()},
        "share_of_nondegenerate_games_with_a_miss": {
            k: v / max(nondegenerate, 1) for k, v in games_missed.items()},
        "equilibria_missed": missed,
        "support_enumeration_found_none": support_none,
    }


def main() -> None:
    rng = np.random.default_rng(SEED)
    rows = [measure(draw, size, GAMES[size], rng) for draw in DRAWS for size in SIZES]
    print(f"{'payoffs':<9}{'size':<6}{'games':>6}{'degen':>6} | {'ms/game: ours':>14}{'support':>9}"
          f"{'vertex':>9} | {'games with a miss: ours':>24}{'support':>9}{'vertex':>9}")
    for r in rows:
        ms, miss = r["ms_per_game"], r["share_of_nondegenerate_games_with_a_miss"]
        print(f"{r['payoffs']:<9}{r['size']:<6}{r['games']:>6}{r['degenerate_games']:>6} | "
              f"{ms['peninsula']:>14.2f}{ms['nashpy_support']:>9.2f}{ms['nashpy_vertex']:>9.2f} | "
              f"{miss['peninsula']:>24.1%}{miss['nashpy_support']:>9.1%}{miss['nashpy_vertex']:>9.1%}")
    path = write_results("games", {"seed": SEED, "rows": rows})
    print(f"written {path}")


if __name__ == "__main__":
    main()
