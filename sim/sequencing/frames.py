"""Tidy tables of a sequencing analysis: column names live here, and only here.

* :func:`orders_frame` — one row per order: verdict, minimum trust, Monte Carlo summary;
* :func:`moves_frame` — one row per step share performed at a stage (the lane chart);
* :func:`stages_frame` — one row per stage and side that moves: worth performing or not;
* :func:`outcomes_frame` — Monte Carlo outcome shares per order;
* :func:`summary` — the same numbers as plain data for JSON;
* :func:`runs_frame` — one row per simulated run of a scenario's agreement and order
  (what ensembles and sweeps aggregate).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from sim.sequencing.analysis import (
    Analysis,
    OrderResult,
    Settings,
    assess_order,
    pick_agreement,
    simulate_runs,
)
from sim.sequencing.montecarlo import CHEAT, HONOUR, OUTCOMES, WALK, draw_types
from sim.sequencing.params import SIDES, SequencingParams

__all__ = [
    "ACTION",
    "ORDER",
    "SIDE",
    "STAGE",
    "moves_frame",
    "orders_frame",
    "outcomes_frame",
    "runs_frame",
    "stages_frame",
    "summary",
]

ORDER, STAGE, TIME, SIDE, STEP = "order", "stage", "time_years", "side", "step"
SHARE, COST, VALUE = "share", "cost", "value"
VERIFICATION, REVERSIBILITY = "verification", "reversibility"
ACTION, WORTH, NEEDS, CEILING = "action", "worth_performing", "needs_trust", "trust_ceiling"
SELF_ENFORCING, MIN_TRUST = "self_enforcing", "min_trust"
MIN_TRUST_US, MIN_TRUST_KP = "min_trust_US", "min_trust_KP"
BREAKS_AT, BREAKER, BREAK_HOW = "breaks_at_stage", "breaker", "break_how"
COMPLETION, MEAN_STEPS, STAGES = "completion_rate", "mean_steps_completed", "stages"
PAYOFF_US, PAYOFF_KP = "payoff_US", "payoff_KP"
OUTCOME = "outcome"

_ACTIONS = {HONOUR: "honour", WALK: "walk", CHEAT: "cheat"}


def _nan_to_none(x: float) -> float | None:
    return None if math.isnan(x) else x


def orders_frame(analysis: Analysis) -> pd.DataFrame:
    """One row per order: the analytic verdict beside the Monte Carlo."""
    rows = []
    for order, result in analysis.results.items():
        failure = result.first_failure
        mc = analysis.montecarlo.get(order)
        rows.append({
            ORDER: order, SELF_ENFORCING: result.self_enforcing, MIN_TRUST: result.min_trust,
            MIN_TRUST_US: result.min_trust_by_side["US"],
            MIN_TRUST_KP: result.min_trust_by_side["KP"],
            BREAKS_AT: failure.stage + 1 if failure else None,
            BREAKER: failure.side if failure else None,
            BREAK_HOW: failure.reason if failure else None,
            STAGES: result.schedule.stages,
            COMPLETION: mc.completion_rate if mc else np.nan,
            MEAN_STEPS: mc.mean_steps_completed if mc else np.nan,
            PAYOFF_US: mc.mean_payoff["US"] if mc else np.nan,
            PAYOFF_KP: mc.mean_payoff["KP"] if mc else np.nan,
        })
    return pd.DataFrame(rows)


def moves_frame(analysis: Analysis) -> pd.DataFrame:
    """One row per step share performed at a stage, with what the mover does there."""
    steps = analysis.agreement.with_verification(analysis.settings.verification).steps
    rows = []
    for order, result in analysis.results.items():
        schedule = result.schedule
        for t, s in zip(*np.nonzero(schedule.fractions), strict=True):
            step, side = steps[s], SIDES.index(steps[s].mover)
            action = int(result.plan.action[t, side])
            cheats = action == CHEAT and bool(result.plan.cheat_steps[t, s])
            rows.append({
                ORDER: order, STAGE: int(t) + 1, TIME: float(schedule.times[t]),
                SIDE: step.mover, STEP: step.name, SHARE: float(schedule.fractions[t, s]),
                COST: step.cost * schedule.fractions[t, s],
                VALUE: step.value * schedule.fractions[t, s],
                VERIFICATION: step.verification, REVERSIBILITY: step.reversibility,
                ACTION: "cheat" if cheats else _ACTIONS[WALK if action == WALK else HONOUR],
            })
    return pd.DataFrame(rows)


def stages_frame(analysis: Analysis) -> pd.DataFrame:
    """One row per stage and moving side: the trust that stage needs, and what happens."""
    rows = []
    for order, result in analysis.results.items():
        rows.extend(_stage_rows(order, result, analysis))
    return pd.DataFrame(rows)


def _stage_rows(order: str, result: OrderResult, analysis: Analysis) -> list[dict[str, Any]]:
    steps = analysis.agreement.steps
    out = []
    for t, side in zip(*np.nonzero(result.constraints.walk_active), strict=True):
        names = [steps[s].name for s in np.nonzero(result.schedule.fractions[t])[0]
                 if steps[s].mover == SIDES[side]]
        feasible = bool(result.stages.feasible[t, side])
        out.append({
            ORDER: order, STAGE: int(t) + 1, TIME: float(result.schedule.times[t]),
            SIDE: SIDES[side], "steps": ", ".join(names),
            WORTH: int(result.plan.action[t, side]) == HONOUR,
            ACTION: _ACTIONS[int(result.plan.action[t, side])],
            NEEDS: float(result.stages.low[t, side]) if feasible else np.nan,
            CEILING: float(result.stages.high[t, side]) if feasible else np.nan,
        })
    return out


def outcomes_frame(analysis: Analysis) -> pd.DataFrame:
    """Monte Carlo outcome shares, one row per order and outcome."""
    rows = [{ORDER: order, OUTCOME: name, SHARE: mc.outcomes[name]}
            for order, mc in analysis.montecarlo.items() for name in OUTCOMES]
    return pd.DataFrame(rows)


def summary(analysis: Analysis) -> dict[str, Any]:
    """Per order: verdict, minimum trust and the Monte Carlo, as plain data."""
    orders: dict[str, Any] = {}
    for order, result in analysis.results.items():
        failure = result.first_failure
        entry: dict[str, Any] = {
            "self_enforcing": result.self_enforcing,
            "min_trust": _nan_to_none(result.min_trust),
            "min_trust_by_side": {k: _nan_to_none(v) for k, v in
                                  result.min_trust_by_side.items()},
            "stages": result.schedule.stages,
            "first_failure": None if failure is None else {
                "stage": failure.stage + 1, "side": failure.side, "action": failure.reason,
                "steps": list(failure.steps)},
        }
        mc = analysis.montecarlo.get(order)
        if mc is not None:
            entry.update({
                "completion_rate": mc.completion_rate,
                "mean_steps_completed": mc.mean_steps_completed,
                "broken_by": mc.broken_by, "outcomes": mc.outcomes,
                "undetected_cheating": mc.undetected_cheating,
                "hollow_completions": mc.hollow_completions,
                "break_stage_shares": mc.break_stages, "mean_payoff": mc.mean_payoff,
            })
        orders[order] = entry
    return orders


def runs_frame(params: SequencingParams, rng: np.random.Generator, runs: int,
               agreement: str | None = None, order: str | None = None) -> pd.DataFrame:
    """One row per simulated implementation of a scenario's agreement in one order.

    Defaults: the scenario's first agreement and its ``order``. Types are drawn from
    ``rng`` first, then the verification noise, so the same generator state gives the same
    frame. Columns: ``completed``, ``stages_completed``, ``break_stage`` (1-based, NaN if
    completed), ``outcome``, ``undetected_cheating``, ``payoff_US``, ``payoff_KP``, and the
    analytic ``self_enforcing`` and ``min_trust`` (the same in every row).
    """
    deal = pick_agreement(params, agreement)
    settings = Settings.from_params(params).with_changes(runs=runs)
    result = assess_order(deal, order or params.order, settings)
    hostile = draw_types(rng, settings.runs, settings.hostile)
    done = simulate_runs(result, deal, settings, hostile, rng)
    return pd.DataFrame({
        "completed": done.outcome == 0, "stages_completed": done.stages_completed,
        "break_stage": np.where(done.break_stage >= 0, done.break_stage + 1.0, np.nan),
        OUTCOME: [OUTCOMES[i] for i in done.outcome],
        "undetected_cheating": done.undetected_cheating,
        PAYOFF_US: done.payoff[:, 0], PAYOFF_KP: done.payoff[:, 1],
        SELF_ENFORCING: result.self_enforcing, MIN_TRUST: result.min_trust,
    })
