"""Replicator dynamics and the Moran process over a payoff matrix."""

from __future__ import annotations

import numpy as np
import pytest

from sim.errors import InputError
from sim.repeated.evolution import moran_process, replicator_dynamics

# Prisoner's dilemma between Always Cooperate and Always Cheat: defection takes over.
DILEMMA = np.array([[3.0, 0.0], [5.0, 1.0]])
# Hawk-dove (V = 2, C = 4) with rows (hawk, dove): stable mix of hawks V/C = 1/2.
HAWK_DOVE = np.array([[-1.0, 2.0], [0.0, 1.0]])


def test_replicator_defection_takes_over_a_dilemma():
    result = replicator_dynamics(DILEMMA, horizon=30)
    assert result.shares[0].tolist() == pytest.approx([0.5, 0.5])
    assert result.shares[-1, 1] > 0.99
    assert np.all(np.diff(result.shares[:, 1]) > -1e-9)


def test_replicator_finds_the_mixed_equilibrium_of_hawk_dove():
    result = replicator_dynamics(HAWK_DOVE, initial=[0.1, 0.9], horizon=60)
    assert result.shares[-1, 0] == pytest.approx(0.5, abs=1e-3)


def test_replicator_stays_on_the_simplex_and_ignores_a_constant_shift():
    rng = np.random.default_rng(0)
    matrix = rng.normal(size=(4, 4))
    one = replicator_dynamics(matrix, horizon=10)
    two = replicator_dynamics(matrix + 7.0, horizon=10)
    assert np.allclose(one.shares.sum(axis=1), 1) and np.all(one.shares >= 0)
    np.testing.assert_allclose(one.shares, two.shares, atol=1e-6)


def test_moran_neutral_fixation_probability_is_the_initial_share():
    """With no selection a type with i of N players fixates with probability i/N."""
    result = moran_process(DILEMMA, population=10, rng=np.random.default_rng(1), runs=3000,
                           initial=[3, 7], selection=0.0, max_steps=5000)
    assert np.all(result.fixated >= 0)
    assert abs(result.fixation_frequencies()[0] - 0.3) < 0.03


def test_moran_selection_favours_defectors_in_a_dilemma():
    result = moran_process(DILEMMA, population=20, rng=np.random.default_rng(2), runs=300,
                           selection=1.0)
    assert result.fixation_frequencies()[1] > 0.9
    counts = result.counts
    assert np.all(counts.sum(axis=2) == 20)
    assert result.shares.shape == counts.shape


def test_moran_is_seeded_and_mutation_keeps_it_going():
    a = moran_process(HAWK_DOVE, 12, np.random.default_rng(3), runs=5, mutation=0.05,
                      max_steps=200)
    b = moran_process(HAWK_DOVE, 12, np.random.default_rng(3), runs=5, mutation=0.05,
                      max_steps=200)
    c = moran_process(HAWK_DOVE, 12, np.random.default_rng(4), runs=5, mutation=0.05,
                      max_steps=200)
    np.testing.assert_array_equal(a.counts, b.counts)
    assert not np.array_equal(a.counts, c.counts)
    assert a.counts.shape[0] == 201


@pytest.mark.parametrize("call,message", [
    (lambda: replicator_dynamics(np.zeros((2, 3))), "square"),
    (lambda: replicator_dynamics(DILEMMA, initial=[0.7, 0.7]), "summing to 1"),
    (lambda: moran_process(DILEMMA, 1, np.random.default_rng(0)), "population"),
    (lambda: moran_process(DILEMMA, 10, np.random.default_rng(0), initial=[3, 3]), "summing"),
    (lambda: moran_process(DILEMMA, 10, np.random.default_rng(0), mutation=2.0), "mutation"),
])
def test_bad_input(call, message):
    with pytest.raises(InputError, match=message):
        call()
