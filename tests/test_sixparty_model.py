"""The Mesa model: determinism, bookkeeping, and the directions the documents argue about."""

from __future__ import annotations

import ast
from pathlib import Path

import numpy as np
import pytest

from sim.io import SCENARIO_DIR, load_scenario
from sim.sixparty.calibrate import with_values
from sim.sixparty.ensemble import run_ensemble
from sim.sixparty.model import SixPartyModel, run_once
from sim.sixparty.recorder import PARTY_SERIES, WORLD_SERIES, column

PARAMS = load_scenario(SCENARIO_DIR / "history_1993_2024.yaml").parameters
SHORT = with_values(PARAMS, {"horizon": 40})


def world_mean(ens, name: str) -> float:
    return float(ens.world[:, :, column(name)].mean())


def test_same_seed_same_run_different_seed_different_run():
    a = run_once(SHORT, np.random.default_rng(7))
    b = run_once(SHORT, np.random.default_rng(7))
    c = run_once(SHORT, np.random.default_rng(8))
    assert np.array_equal(a.world, b.world) and np.array_equal(a.trust, b.trust)
    assert a.outcome == b.outcome
    assert not np.array_equal(a.world, c.world)


def test_shapes_and_ranges():
    record = run_once(PARAMS, np.random.default_rng(1))
    assert record.world.shape == (128, len(WORLD_SERIES))
    assert record.parties.shape == (128, 6, len(PARTY_SERIES))
    assert record.trust.shape == (128, 6, 6)
    assert ((record.trust >= 0) & (record.trust <= 1)).all()
    assert np.all(np.diagonal(record.trust, axis1=1, axis2=2) == 0)
    for name in ("tension", "capability", "effective_sanctions"):
        values = record.world[:, column(name)]
        assert ((values >= 0) & (values <= 1)).all(), name


def test_outcome_counts_match_the_series():
    record = run_once(PARAMS, np.random.default_rng(2))
    w, o = record.world, record.outcome
    assert o.missile_tests == int(w[:, column("missile_tests")].sum())
    assert o.unsc_resolutions == int(w[:, column("unsc_resolutions")].sum())
    assert o.talks_rounds == int((w[:, column("talks")] > 0).sum())
    assert o.agreements_made == int(w[:, column("agreements_made")].sum())
    assert o.agreements_broken == o.broken_by_dprk + o.broken_by_partners
    assert o.sanctions_rounds == o.unsc_resolutions + o.unilateral_rounds


def test_mesa_datacollector_agrees_with_the_arrays():
    m = SixPartyModel(SHORT, np.random.default_rng(3), collect=True)
    record = m.run()
    frame = m.datacollector.get_model_vars_dataframe()
    assert len(frame) == 40
    assert np.allclose(frame["tension"].to_numpy(), record.world[:, column("tension")])
    agents = m.datacollector.get_agent_vars_dataframe()
    assert len(agents) == 40 * 6


def test_more_chinese_and_russian_enforcement_bites_harder():
    base = {"horizon": 32, "initial.unsc_sanctions": 0.6}
    loose = with_values(PARAMS, {**base, "parties.CN.enforcement": 0.0,
                                 "parties.RU.enforcement": 0.0})
    strict = with_values(PARAMS, {**base, "parties.CN.enforcement": 1.0,
                                  "parties.RU.enforcement": 1.0})
    a, b = run_ensemble(loose, 30, 11), run_ensemble(strict, 30, 11)
    assert world_mean(b, "effective_sanctions") > world_mean(a, "effective_sanctions") + 0.05
    assert world_mean(b, "economy") < world_mean(a, "economy")


def deal_share(ens) -> float:
    return float(np.mean([o.outcome in ("comprehensive_deal", "freeze_deal")
                          for o in ens.outcomes]))


def test_higher_initial_us_dprk_trust_gives_more_deals():
    def trusting(value: float):
        return with_values(PARAMS, {"horizon": 40, "parties.US.trust.KP": value,
                                    "parties.KP.trust.US": value})

    low, high = run_ensemble(trusting(0.05), 80, 5), run_ensemble(trusting(0.8), 80, 5)
    assert deal_share(high) > deal_share(low) + 0.1


def test_more_self_excitation_gives_more_tests():
    calm = with_values(SHORT, {"provocation.self_excitation": 0.0})
    hot = with_values(SHORT, {"provocation.self_excitation": 0.6})
    a, b = run_ensemble(calm, 40, 9), run_ensemble(hot, 40, 9)
    assert np.mean([o.missile_tests for o in b.outcomes]) > 1.5 * np.mean(
        [o.missile_tests for o in a.outcomes])


@pytest.mark.parametrize(("trigger", "other"), [
    ("provocation.threat", "initial.exercises"),
    ("provocation.election", None),
])
def test_a_trigger_at_zero_removes_its_effect(trigger, other):
    """With the trigger's strength at 0, removing its input changes nothing at all."""
    quiet = {"tension.exercise": 0.0, "horizon": 40}
    if other is None:  # elections: drop every election event from the schedule
        def without(params):
            data = params.model_dump(mode="python")
            data["schedule"] = [e for e in data["schedule"] if e["kind"] != "election"]
            return type(params).model_validate(data)
    else:
        def without(params):
            data = params.model_dump(mode="python")
            data["schedule"] = [e for e in data["schedule"] if e["kind"] != "exercises"]
            data["initial"]["exercises"] = 0.0
            return type(params).model_validate(data)
    keep = [i for i, name in enumerate(WORLD_SERIES) if name != "exercise"]  # the input itself
    for strength, same in ((0.0, True), (1.5, False)):
        params = with_values(PARAMS, {**quiet, trigger: strength})
        a = run_ensemble(params, 6, 4).world[:, :, keep]
        b = run_ensemble(without(params), 6, 4).world[:, :, keep]
        assert np.array_equal(a, b) is same


def test_zero_sanctions_distrust_keeps_the_dprk_trusting():
    hurt = run_ensemble(with_values(SHORT, {"sanctions.distrust": 0.4}), 30, 2)
    kept = run_ensemble(with_values(SHORT, {"sanctions.distrust": 0.0}), 30, 2)
    assert kept.world[:, -1, column("trust_kp_us")].mean() > hurt.world[:, -1, column(
        "trust_kp_us")].mean()


def test_agents_only_read_the_observation():
    """Agents touch the model through ``self.model.observation`` and nothing else."""
    tree = ast.parse(Path("sim/sixparty/agents.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute)
                and node.value.attr == "model"):
            assert node.attr == "observation", f"agents read model.{node.attr}"
