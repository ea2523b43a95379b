"""The six-party model as an experiment runner.

Each task runs its chunk of seeded replicates serially (the experiment's executor supplies
the parallelism) and reports, per run, the counts of tests, sanctions, talks and agreements,
the final state, and a 0/1 indicator per outcome class — so the mean of ``is_stalemate`` is
the share of stalemates.
"""

from __future__ import annotations

import pandas as pd

from sim.experiments.runners import Runner
from sim.scenario import ScenarioBase, SixPartyScenario
from sim.sixparty.ensemble import run_ensemble
from sim.sixparty.frames import outcome_indicators

OUTCOMES = {
    "nuclear_tests": "nuclear tests over the run",
    "missile_tests": "missile-test events over the run",
    "unsc_resolutions": "UN Security Council sanctions resolutions",
    "unilateral_rounds": "rounds of unilateral sanctions",
    "sanctions_rounds": "all sanctions rounds",
    "talks_rounds": "rounds of talks",
    "six_party_rounds": "rounds of six-party talks",
    "agreements_made": "agreements reached",
    "agreements_broken": "agreements that collapsed",
    "broken_by_dprk": "agreements broken by the DPRK",
    "broken_by_partners": "agreements broken by the other parties",
    "final_tension": "tension at the horizon (0-1)",
    "final_capability": "DPRK nuclear and missile capability at the horizon",
    "final_economy": "DPRK economy at the horizon (index)",
    "final_trust_us_kp": "US trust in the DPRK at the horizon",
    "final_trust_kp_us": "DPRK trust in the US at the horizon",
    "is_comprehensive_deal": "1 if the run ends in a comprehensive deal",
    "is_freeze_deal": "1 if the run ends in a freeze deal",
    "is_stalemate": "1 if the run ends in stalemate",
    "is_escalation_crisis": "1 if the run ends in an escalation crisis",
    "is_de_facto_nuclear_state": "1 if the run ends with a de facto nuclear DPRK",
}


def evaluate(scenario: ScenarioBase, seed: int, replicates: int) -> pd.DataFrame:
    """``replicates`` runs of the scenario, one row of outcomes each."""
    assert isinstance(scenario, SixPartyScenario)
    frame = outcome_indicators(run_ensemble(scenario.parameters, replicates, seed))
    return frame[list(OUTCOMES)].astype(float).reset_index(drop=True)


RUNNER = Runner(kind="sixparty", evaluate=evaluate, outcomes=OUTCOMES,
                default_outcome="is_de_facto_nuclear_state", default_replicates=200, chunk=25)
