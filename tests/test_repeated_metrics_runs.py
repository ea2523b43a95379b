"""The vectorised run-length metrics agree with a plain round-by-round reference."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from sim.repeated.metrics import cycle_episodes, longest_run


def reference_longest(row: list[bool]) -> int:
    best = current = 0
    for value in row:
        current = current + 1 if value else 0
        best = max(best, current)
    return best


def reference_cycles(row, column, alive, min_length):
    """Walk the rounds: a chain grows while one side defects and the defector alternates."""
    episodes = covered = chain = 0
    previous = None
    for t in range(len(row)):
        exchange = bool(row[t] != column[t]) and bool(alive[t])
        linked = exchange and previous is not None and previous[0] and row[t] != previous[1]
        if not linked:
            if chain >= min_length:
                episodes, covered = episodes + 1, covered + chain
            chain = 1 if exchange else 0
        else:
            chain += 1
        previous = (exchange, row[t])
    if chain >= min_length:
        episodes, covered = episodes + 1, covered + chain
    return episodes, covered


boards = st.integers(1, 40).flatmap(lambda r: st.tuples(
    arrays(bool, (3, r)), arrays(bool, (3, r)), st.integers(0, r)))


@given(boards, st.integers(2, 5))
@settings(max_examples=200, deadline=None)
def test_cycles_and_runs_match_the_reference(board, min_length):
    row, column, length = board
    alive = np.zeros_like(row)
    alive[:, :length] = True
    episodes, covered = cycle_episodes(row, column, alive, min_length)
    for i in range(row.shape[0]):
        assert (episodes[i], covered[i]) == reference_cycles(row[i], column[i], alive[i], min_length)
        assert longest_run(row)[i] == reference_longest(list(row[i]))
