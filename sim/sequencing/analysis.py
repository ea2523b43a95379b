"""One call from a scenario to every order's verdict and Monte Carlo.

:func:`analyse` lays an agreement out in each order (:mod:`sim.sequencing.orders`), checks
self-enforcement at the chosen trust (:mod:`sim.sequencing.enforcement`) and runs the
implementation Monte Carlo (:mod:`sim.sequencing.montecarlo`) with the same parties in every
order: the types are drawn once from the seed, the verification noise of each order from its
own child seed (``numpy.random.SeedSequence(seed).spawn``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

import numpy as np

from sim.errors import InputError, check_choice, check_probability, check_range
from sim.sequencing.agreement import Agreement, resolve_agreement
from sim.sequencing.enforcement import Constraints, Intervals, intervals, schedule_constraints
from sim.sequencing.montecarlo import (
    CHEAT,
    OUTCOMES,
    WALK,
    Plan,
    Runs,
    draw_types,
    plan,
    simulate,
)
from sim.sequencing.orders import ORDERS, Schedule, build_schedule
from sim.sequencing.params import SIDES, SequencingParams

__all__ = [
    "Analysis",
    "Failure",
    "MonteCarloSummary",
    "OrderResult",
    "Settings",
    "analyse",
    "assess_order",
    "pick_agreement",
    "simulate_order",
    "simulate_runs",
]


@dataclass(frozen=True)
class Settings:
    """The analysis knobs of :class:`~sim.sequencing.params.SequencingParams`."""

    trust: float = 0.5
    phases: int = 4
    duration: float = 3.0
    discount: float = 0.9
    enforcement: float = 1.0
    verification: float | None = None
    hostile_share: float | None = None
    false_alarm: float = 0.0
    runs: int = 2000

    def __post_init__(self) -> None:
        for name in ("trust", "discount", "enforcement"):
            check_probability(name, getattr(self, name))
        for name in ("verification", "hostile_share"):
            if getattr(self, name) is not None:
                check_probability(name, getattr(self, name))
        check_range("false_alarm", self.false_alarm, 0.0, 0.5)
        check_range("duration", self.duration, 0.0, 30.0)
        for name, high in (("phases", 100), ("runs", 1_000_000)):
            value = getattr(self, name)
            if int(value) != value or not 1 <= value <= high:
                raise InputError(f"{name} = {value!r} must be a whole number from 1 to {high:,}")

    @classmethod
    def from_params(cls, params: SequencingParams) -> Settings:
        """The settings a scenario's parameter block gives."""
        return cls(**{f.name: getattr(params, f.name) for f in fields(cls)})

    def with_changes(self, **changes: Any) -> Settings:
        """A copy with the given fields replaced (``None`` values are ignored), checked."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    @property
    def hostile(self) -> float:
        """Chance that each side is hostile in the Monte Carlo."""
        return 1.0 - self.trust if self.hostile_share is None else self.hostile_share


@dataclass(frozen=True)
class Failure:
    """Where a sequence first fails at the chosen trust: stage (0-based), side, why."""

    stage: int
    side: str
    reason: str  # "walk" or "cheat"
    steps: tuple[str, ...]


@dataclass(frozen=True)
class OrderResult:
    """The analytic verdict for one order."""

    order: str
    schedule: Schedule
    constraints: Constraints
    stages: Intervals  # per stage and side
    plan: Plan
    min_trust: float
    min_trust_by_side: dict[str, float]
    self_enforcing: bool
    first_failure: Failure | None


@dataclass(frozen=True)
class MonteCarloSummary:
    """What the implementation Monte Carlo of one order gives."""

    runs: int
    steps: int
    completion_rate: float
    mean_steps_completed: float
    outcomes: dict[str, float]
    undetected_cheating: float
    hollow_completions: float
    break_stages: list[float]
    mean_payoff: dict[str, float]

    @property
    def broken_by(self) -> dict[str, float]:
        """Share of runs each side broke (walked or caught), both, or a false alarm ended."""
        o = self.outcomes
        return {"US": o["US_walked"] + o["US_caught"], "KP": o["KP_walked"] + o["KP_caught"],
                "both": o["both_broke"], "false_alarm": o["false_alarm"]}


@dataclass(frozen=True)
class Analysis:
    """Every order of one agreement under one set of settings."""

    agreement: Agreement
    settings: Settings
    results: dict[str, OrderResult]
    montecarlo: dict[str, MonteCarloSummary]
    seed: int


def pick_agreement(params: SequencingParams, agreement_id: str | None = None) -> Agreement:
    """The scenario's agreement ``agreement_id`` (its first one if None), resolved."""
    ids = [a.id for a in params.agreements]
    chosen = ids[0] if agreement_id is None else check_choice("agreement", agreement_id, ids)
    return resolve_agreement(params.agreements[ids.index(chosen)])


def assess_order(agreement: Agreement, order: str, settings: Settings) -> OrderResult:
    """Lay ``agreement`` out in ``order`` and judge every stage at ``settings.trust``."""
    agreement = agreement.with_verification(settings.verification)
    schedule = build_schedule(agreement, order, settings.phases, settings.duration)
    cons = schedule_constraints(agreement, schedule.fractions, schedule.times,
                                settings.discount, settings.enforcement)
    sides = intervals(cons, "side")
    overall = intervals(cons, "all")
    step_plan = plan(cons, settings.trust, agreement.verification)
    return OrderResult(
        order=order, schedule=schedule, constraints=cons, stages=intervals(cons, "stage"),
        plan=step_plan, min_trust=float(overall.min_trust),
        min_trust_by_side={s: float(sides.min_trust[i]) for i, s in enumerate(SIDES)},
        self_enforcing=bool(overall.holds(settings.trust)),
        first_failure=_first_failure(step_plan, agreement),
    )


def _first_failure(step_plan: Plan, agreement: Agreement) -> Failure | None:
    """The first stage where a trustworthy side walks away or cheats."""
    bad = np.isin(step_plan.action, (WALK, CHEAT))
    if not bad.any():
        return None
    stage, side = (int(x) for x in np.argwhere(bad)[0])
    walks = step_plan.action[stage, side] == WALK
    own = [i for i, s in enumerate(agreement.steps) if s.mover == SIDES[side]]
    cheated = tuple(agreement.steps[i].name for i in own if step_plan.cheat_steps[stage, i])
    return Failure(stage=stage, side=SIDES[side], reason="walk" if walks else "cheat",
                   steps=() if walks else cheated)


def _summarise(runs: Runs, stages: int) -> MonteCarloSummary:
    """Shares and means of one order's runs."""
    count = runs.outcome.shape[0]
    shares = np.bincount(runs.outcome, minlength=len(OUTCOMES)) / count
    broke = runs.break_stage[runs.break_stage >= 0]
    return MonteCarloSummary(
        runs=count, steps=stages, completion_rate=float(shares[0]),
        mean_steps_completed=float(runs.stages_completed.mean()),
        outcomes={name: float(x) for name, x in zip(OUTCOMES, shares, strict=True)},
        undetected_cheating=float(runs.undetected_cheating.mean()),
        hollow_completions=float((runs.undetected_cheating & (runs.outcome == 0)).mean()),
        break_stages=[float(x) for x in np.bincount(broke, minlength=stages) / count],
        mean_payoff={s: float(runs.payoff[:, i].mean()) for i, s in enumerate(SIDES)},
    )


def simulate_order(result: OrderResult, agreement: Agreement, settings: Settings,
                   hostile: np.ndarray, rng: np.random.Generator) -> MonteCarloSummary:
    """The implementation Monte Carlo of one analysed order, summarised."""
    runs = simulate_runs(result, agreement, settings, hostile, rng)
    return _summarise(runs, result.schedule.stages)


def simulate_runs(result: OrderResult, agreement: Agreement, settings: Settings,
                  hostile: np.ndarray, rng: np.random.Generator) -> Runs:
    """The implementation Monte Carlo of one analysed order, one entry per run."""
    agreement = agreement.with_verification(settings.verification)
    schedule = result.schedule
    steps = {"cost": agreement.cost, "value": agreement.value,
             "reversibility": agreement.reversibility,
             "verification": agreement.verification,
             "side": agreement.mover_index.astype(float)}
    weights = np.power(settings.discount, schedule.times)
    return simulate(result.constraints, result.plan, schedule.fractions, weights, steps,
                    hostile, rng, settings.false_alarm, settings.enforcement)


def analyse(agreement: Agreement, settings: Settings, orders: Sequence[str] = ORDERS,
            seed: int = 0, montecarlo: bool = True) -> Analysis:
    """Judge and simulate ``agreement`` in each of ``orders``; same seed, same numbers."""
    for order in orders:
        check_choice("order", order, ORDERS)
    if not isinstance(seed, int | np.integer) or seed < 0:
        raise InputError(f"seed = {seed!r} must be a whole number of at least 0")
    results = {o: assess_order(agreement, o, settings) for o in orders}
    summaries: dict[str, MonteCarloSummary] = {}
    if montecarlo:
        type_seed, *order_seeds = np.random.SeedSequence(seed).spawn(1 + len(orders))
        hostile = draw_types(np.random.default_rng(type_seed), settings.runs, settings.hostile)
        for order, child in zip(orders, order_seeds, strict=True):
            summaries[order] = simulate_order(results[order], agreement, settings, hostile,
                                              np.random.default_rng(child))
    return Analysis(agreement=agreement, settings=settings, results=results,
                    montecarlo=summaries, seed=seed)
