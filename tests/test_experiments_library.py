"""Every bundled scenario runs through the experiment machinery (smoke and determinism)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from sim.experiments import run_ensemble, runner_for
from sim.io import SCENARIO_DIR, load_scenario

FILES = sorted(SCENARIO_DIR.glob("*.yaml"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_scenario_runs_as_an_ensemble(path: Path):
    scenario = load_scenario(path)
    runner = runner_for(scenario.kind)
    first = run_ensemble(scenario, 3, seed=11)
    assert list(first.frame.columns) == ["replicate", *runner.outcomes]
    assert len(first.frame) == 3
    pd.testing.assert_frame_equal(first.frame, run_ensemble(scenario, 3, seed=11).frame)
    assert set(first.summary["outcome"]) == set(runner.outcomes)
