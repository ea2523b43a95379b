"""Stage games as experiment runners.

A stage game is deterministic: every replicate of a scenario gives the same row, so an
"ensemble" is one evaluation repeated, and sweeps and sensitivity analyses show how the
equilibrium structure moves with the payoffs. Outcomes per evaluation: how many extreme
equilibria (pure, mixed), whether mutual cooperation (action 0, 0) is an equilibrium, the
best and worst equilibrium payoff of each player, and whether the set is finite.
"""

from __future__ import annotations

import pandas as pd

from sim.experiments.runners import Runner
from sim.games import build_game
from sim.scenario import ScenarioBase, StageGameScenario

OUTCOMES = {
    "equilibria": "number of extreme Nash equilibria",
    "pure_equilibria": "number of pure equilibria",
    "mixed_equilibria": "number of mixed extreme equilibria",
    "cooperation_is_equilibrium": "1 if both playing their first action is an equilibrium",
    "row_best_payoff": "row player's best payoff over equilibria",
    "row_worst_payoff": "row player's worst payoff over equilibria",
    "column_best_payoff": "column player's best payoff over equilibria",
    "column_worst_payoff": "column player's worst payoff over equilibria",
    "finite": "1 if the game has finitely many equilibria",
}


def evaluate(scenario: ScenarioBase, seed: int, replicates: int) -> pd.DataFrame:
    """The equilibrium outcomes of the scenario's game, once per replicate (seed unused)."""
    del seed
    assert isinstance(scenario, StageGameScenario)
    found = build_game(scenario.parameters).equilibria()
    eqs = found.equilibria
    pure = [e for e in eqs if e.is_pure]
    row = {
        "equilibria": float(len(eqs)),
        "pure_equilibria": float(len(pure)),
        "mixed_equilibria": float(len(eqs) - len(pure)),
        "cooperation_is_equilibrium": float(any(
            e.row_strategy[0] == 1.0 and e.column_strategy[0] == 1.0 for e in pure)),
        "row_best_payoff": max(e.row_payoff for e in eqs),
        "row_worst_payoff": min(e.row_payoff for e in eqs),
        "column_best_payoff": max(e.column_payoff for e in eqs),
        "column_worst_payoff": min(e.column_payoff for e in eqs),
        "finite": float(found.finite),
    }
    return pd.DataFrame([row] * replicates)


RUNNER = Runner(kind="stage_game", evaluate=evaluate, outcomes=OUTCOMES,
                default_outcome="equilibria", default_replicates=1, chunk=1000,
                stochastic=False)
