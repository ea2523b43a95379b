"""Staged agreements as an experiment runner.

Each task simulates its chunk of implementations of the scenario's agreement in the
scenario's order (:func:`sim.sequencing.frames.runs_frame`), with a generator seeded from
the task's seed. The analytic verdict (``self_enforcing``, ``min_trust``) is the same in
every row, so sweeps and sensitivity analyses can use it as an outcome too.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from sim.experiments.runners import Runner
from sim.scenario import ScenarioBase, SequencingScenario
from sim.sequencing.frames import runs_frame

OUTCOMES = {
    "completed": "1 if every step of the agreement was carried out",
    "stages_completed": "number of stages carried out",
    "break_stage": "stage at which the deal broke (empty if completed)",
    "undetected_cheating": "1 if a side cheated and was not caught",
    "payoff_US": "US side's payoff from the implementation",
    "payoff_KP": "DPRK's payoff from the implementation",
    "self_enforcing": "1 if the order is self-enforcing at the scenario's trust (analytic)",
    "min_trust": "lowest trust at which the order is self-enforcing (analytic)",
}


def evaluate(scenario: ScenarioBase, seed: int, replicates: int) -> pd.DataFrame:
    """``replicates`` simulated implementations, one row of outcomes each."""
    assert isinstance(scenario, SequencingScenario)
    frame = runs_frame(scenario.parameters, np.random.default_rng(seed), replicates)
    return frame[list(OUTCOMES)].astype(float)


RUNNER = Runner(kind="sequencing", evaluate=evaluate, outcomes=OUTCOMES,
                default_outcome="completed", default_replicates=2000, chunk=5000)
