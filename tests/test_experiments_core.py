"""Experiment machinery that does not depend on a model: paths, stats, executors, options."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sim.cli.options import parse_assignments, parse_bounds, parse_grid
from sim.errors import InputError
from sim.experiments.executors import ProcessExecutor, SerialExecutor, _batches, make_executor
from sim.experiments.paths import get_value, numeric_paths, set_values
from sim.experiments.stats import bootstrap_difference, cliffs_delta, cohens_d, mean_ci, wilson
from sim.experiments.sweep import grid_points, latin_hypercube_points
from sim.experiments.tasks import derive_seed
from sim.scenario import parse_scenario
from tests.conftest import MINIMAL_SCENARIO

SCENARIO = parse_scenario(MINIMAL_SCENARIO)


# -- paths -------------------------------------------------------------------------------

def test_numeric_paths_and_values():
    assert numeric_paths(SCENARIO) == ["P", "R", "S", "T"]
    assert get_value(SCENARIO, "T") == 4
    assert get_value(SCENARIO, "parameters.R") == 3


def test_set_values_validates_again():
    changed = set_values(SCENARIO, {"parameters.T": 6})
    assert changed.parameters.T == 6
    assert SCENARIO.parameters.T == 4
    with pytest.raises(InputError, match=r"parameters\.T.*less than or equal to 1000"):
        set_values(SCENARIO, {"T": 5000})


def test_unknown_path_lists_the_known_ones():
    with pytest.raises(InputError, match=r"unknown parameter path 'noise'.*P, R, S, T"):
        set_values(SCENARIO, {"noise": 0.1})


# -- sweeps ------------------------------------------------------------------------------

def test_grid_is_the_product():
    points = grid_points({"T": [4, 5], "R": [2, 3, 3.5]})
    assert len(points) == 6
    assert set(map(tuple, points.to_numpy().tolist())) == {(t, r) for t in (4, 5) for r in (2, 3, 3.5)}


def test_empty_ranges_are_refused():
    with pytest.raises(InputError, match="empty range"):
        grid_points({"T": []})
    with pytest.raises(InputError, match="empty range"):
        latin_hypercube_points({"T": (5, 5)}, 10, seed=0)


def test_latin_hypercube_is_stratified_and_seeded():
    points = latin_hypercube_points({"T": (4, 8), "R": (0, 1)}, 20, seed=3)
    assert points.equals(latin_hypercube_points({"T": (4, 8), "R": (0, 1)}, 20, seed=3))
    assert not points.equals(latin_hypercube_points({"T": (4, 8), "R": (0, 1)}, 20, seed=4))
    strata = np.floor((points["T"] - 4) / 4 * 20).astype(int)
    assert sorted(strata) == list(range(20))


# -- seeds -------------------------------------------------------------------------------

def test_derived_seeds_are_stable_and_distinct():
    seeds = {derive_seed(7, p, c) for p in range(20) for c in range(20)}
    assert len(seeds) == 400
    assert derive_seed(7, 3, 4) == derive_seed(7, 3, 4)
    assert all(0 <= s < 2**63 for s in seeds)


# -- statistics --------------------------------------------------------------------------

def test_mean_ci_hand_case():
    mean, low, high = mean_ci([1.0, 2.0, 3.0])
    assert mean == 2.0
    # t(0.975, 2) = 4.302653; s = 1; half width = 4.302653 / sqrt(3)
    assert high - mean == pytest.approx(4.302653 / math.sqrt(3), rel=1e-5)
    assert low == pytest.approx(2 * mean - high)


def test_wilson_hand_case():
    share, low, high = wilson(0, 10)
    assert share == 0 and low == 0
    assert high == pytest.approx(0.2775, abs=1e-4)


@given(st.lists(st.floats(-100, 100), min_size=2, max_size=30),
       st.lists(st.floats(-100, 100), min_size=2, max_size=30))
@settings(max_examples=50, deadline=None)
def test_cliffs_delta_is_antisymmetric_and_bounded(a, b):
    d = cliffs_delta(a, b)
    assert -1 <= d <= 1
    assert cliffs_delta(b, a) == pytest.approx(-d)


def test_effect_sizes_hand_cases():
    assert cliffs_delta([1, 2], [3, 4]) == 1.0
    assert cohens_d([1, 2, 3], [2, 3, 4]) == pytest.approx(1.0)


def test_bootstrap_interval_covers_the_difference_and_is_seeded():
    rng_a, rng_b = np.random.default_rng(1), np.random.default_rng(1)
    a, b = np.arange(50.0), np.arange(50.0) + 10
    first = bootstrap_difference(a, b, rng_a)
    assert first == bootstrap_difference(a, b, rng_b)
    diff, low, high = first
    assert diff == pytest.approx(10.0)
    assert low < 10 < high


# -- executors ---------------------------------------------------------------------------

def square(x: int) -> int:
    return x * x


def test_batches_cover_every_task_once():
    tasks = list(range(23))
    batches = _batches(tasks, workers=2)
    assert [t for b in batches for t in b] == tasks
    assert len(batches) <= 8


def test_serial_and_process_executors_agree():
    tasks = list(range(30))
    seen = []
    serial = SerialExecutor().map(square, tasks, lambda done, total: seen.append((done, total)))
    assert serial == [x * x for x in tasks]
    assert seen[-1] == (30, 30)
    assert ProcessExecutor(2).map(square, tasks) == serial


def test_unknown_executor_and_missing_scheduler():
    with pytest.raises(InputError, match="allowed: serial, processes, dask"):
        make_executor("gpu")
    with pytest.raises(InputError, match="--scheduler"):
        make_executor("dask")


# -- CLI option languages ------------------------------------------------------------------

def test_assignments_parse_yaml_scalars():
    assert parse_assignments(["a.b=1", "c=0.5", "d=true", "e=tit_for_tat"]) == {
        "a.b": 1, "c": 0.5, "d": True, "e": "tit_for_tat"}
    with pytest.raises(InputError, match="KEY=VALUE"):
        parse_assignments(["novalue"])


def test_grid_and_bounds_languages():
    assert parse_grid(["x=0:1:3"]) == {"x": [0.0, 0.5, 1.0]}
    assert parse_grid(["x=1,2.5"]) == {"x": [1.0, 2.5]}
    assert parse_bounds(["x=0:0.2"]) == {"x": (0.0, 0.2)}
    for bad in (["x=a:b"], ["x=0:1:0"], ["x="], ["x=nan:1:2"]):
        with pytest.raises(InputError):
            parse_grid(bad)
    with pytest.raises(InputError, match="2 numbers"):
        parse_bounds(["x=0:1:2"])
