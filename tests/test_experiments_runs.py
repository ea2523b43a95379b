"""Experiments end to end on real model kinds: ensembles, sweeps, sensitivity, executors."""

from __future__ import annotations

import pandas as pd
import pytest

from sim.errors import InputError
from sim.experiments import (
    grid_points,
    latin_hypercube_points,
    run_ensemble,
    run_sensitivity,
    run_sweep,
    runner_for,
)
from sim.experiments.executors import ProcessExecutor, SerialExecutor
from sim.scenario import parse_scenario
from tests.conftest import MINIMAL_SCENARIO

CHICKEN = parse_scenario(MINIMAL_SCENARIO)
# The same chicken game as an explicit table, so that sweeps may leave chicken's ordering.
TABLE = parse_scenario({**MINIMAL_SCENARIO, "parameters": {
    "game": "table", "row_actions": ["swerve", "stand"], "column_actions": ["swerve", "stand"],
    "row_payoffs": [[3, 1], [4, 0]], "column_payoffs": [[3, 4], [1, 0]]}})
REPEATED = parse_scenario({**MINIMAL_SCENARIO, "kind": "repeated", "parameters": {
    "game": {"game": "classic", "name": "prisoners_dilemma", "T": 5, "R": 3, "P": 1, "S": 0},
    "row_strategy": {"name": "tit_for_tat"}, "column_strategy": {"name": "tit_for_tat"},
    "rounds": 100, "noise": 0.05}})
ROW_P = "row_payoffs.1.1"
ROW_T = "row_payoffs.1.0"


def test_stage_game_ensemble_counts_chickens_three_equilibria():
    ensemble = run_ensemble(CHICKEN, 4)
    assert len(ensemble.frame) == 4
    summary = ensemble.summary_dict()
    assert summary["equilibria"]["mean"] == 3
    assert summary["pure_equilibria"]["mean"] == 2
    assert summary["cooperation_is_equilibrium"]["mean"] == 0


def test_sweep_moves_the_game_from_chicken_to_prisoners_dilemma():
    # R=3, S=1: with the row player's P=0 both play chicken (three equilibria); with P=2
    # (> S) standing firm dominates for the row player and one equilibrium is left.
    frame = run_sweep(TABLE, grid_points({ROW_P: [0, 2]}), 1, 0)
    by_p = frame.set_index(ROW_P)["equilibria"]
    assert by_p[0] == 3
    assert by_p[2] == 1


def test_out_of_range_sweep_bound_is_one_line():
    with pytest.raises(InputError, match=r"parameters\.T.*less than or equal to 1000"):
        run_sweep(CHICKEN, grid_points({"T": [4, 2000]}), 1, 0)


def test_unknown_sweep_path_is_one_line():
    with pytest.raises(InputError, match="unknown parameter path 'temptation'"):
        run_sweep(CHICKEN, grid_points({"temptation": [1, 2]}), 1, 0)


def test_sensitivity_needs_two_parameters_and_known_outcome():
    with pytest.raises(InputError, match="at least two"):
        run_sensitivity(CHICKEN, {"T": (3.5, 6)})
    with pytest.raises(InputError, match="unknown outcome 'happiness'"):
        run_sensitivity(CHICKEN, {"T": (3.5, 6), "P": (0, 2)}, outcome="happiness")
    with pytest.raises(InputError, match="power of two"):
        run_sensitivity(CHICKEN, {"T": (3.5, 6), "P": (0, 2)}, samples=10)


def test_sobol_finds_that_punishment_decides_the_number_of_equilibria():
    # Whether P < S (chicken, 3 equilibria) or P > S (PD, 1) depends on P alone once T > R.
    result = run_sensitivity(TABLE, {ROW_T: (3.2, 6.0), ROW_P: (0.0, 2.0)}, outcome="equilibria",
                             samples=64, replicates=1)
    indices = result.indices.set_index("parameter")
    assert indices.loc[ROW_P, "ST"] > 0.8
    assert indices.loc[ROW_T, "ST"] < 0.1
    assert len(result.points) == 64 * 4


def test_morris_runs_and_ranks_punishment_first():
    result = run_sensitivity(TABLE, {ROW_T: (3.2, 6.0), ROW_P: (0.0, 2.0)}, outcome="equilibria",
                             method="morris", samples=10, replicates=1)
    ranked = result.indices.sort_values("mu_star", ascending=False)["parameter"].tolist()
    assert ranked[0] == ROW_P


def test_latin_hypercube_sweep_keeps_point_values():
    points = latin_hypercube_points({"T": (3.5, 5.0), "P": (0.0, 0.9)}, 5, seed=1)
    frame = run_sweep(CHICKEN, points, 2, 0)
    assert len(frame) == 10
    assert frame.groupby("point")["T"].nunique().eq(1).all()
    assert (frame["equilibria"] == 3).all()


def test_unknown_kind_has_no_runner():
    with pytest.raises(InputError, match="allowed: stage_game"):
        runner_for("poker")


def test_executors_agree_on_a_sweep():
    points = grid_points({ROW_P: [0, 0.5, 2, 2.5]})
    serial = run_sweep(TABLE, points, 2, 5, SerialExecutor())
    parallel = run_sweep(TABLE, points, 2, 5, ProcessExecutor(2))
    pd.testing.assert_frame_equal(serial, parallel)


@pytest.fixture(scope="module")
def dask_cluster():
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        yield cluster


def test_every_executor_gives_identical_stochastic_numbers(dask_cluster):
    from sim.experiments.executors import DaskExecutor

    points = grid_points({"noise": [0.0, 0.05, 0.2], "misperception": [0.0, 0.1]})
    serial = run_sweep(REPEATED, points, 2500, 5, SerialExecutor())
    processes = run_sweep(REPEATED, points, 2500, 5, ProcessExecutor(2))
    executor = DaskExecutor(dask_cluster.scheduler_address)
    try:
        on_cluster = run_sweep(REPEATED, points, 2500, 5, executor)
    finally:
        executor.close()
    pd.testing.assert_frame_equal(serial, processes)
    pd.testing.assert_frame_equal(serial, on_cluster)
    # Stochastic for real: the noise changes the outcome, and another seed other numbers.
    means = serial.groupby(["noise", "misperception"])["mutual_cooperation"].mean()
    assert means[0.0, 0.0] == 1.0 > means[0.2, 0.0]
    assert means[0.0, 0.1] < 1.0
    other = run_sweep(REPEATED, points, 2500, 6, SerialExecutor())
    assert not other["mutual_cooperation"].equals(serial["mutual_cooperation"])


def test_repeated_ensemble_reproduces_the_echo_effect():
    # Tit-for-tat against itself under small noise averages about (R+S+T+P)/4 = 2.25.
    ensemble = run_ensemble(REPEATED, 2000, seed=3)
    summary = ensemble.summary_dict()
    assert summary["mean_payoff_row"]["mean"] == pytest.approx(2.25, abs=0.15)
    assert summary["cycle_episodes"]["mean"] > 1


def test_unreachable_scheduler_is_one_line():
    from sim.experiments.executors import DaskExecutor

    with pytest.raises(InputError, match="cannot reach the Dask scheduler"):
        DaskExecutor("tcp://127.0.0.1:9", timeout=1)
