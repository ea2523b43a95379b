"""A quick one-at-a-time sensitivity probe for the debrief: which assumption mattered most.

Model. Local, one-factor-at-a-time screening (Saltelli et al., *Global Sensitivity
Analysis: The Primer*, 2008, ch. 1 — the cheap first look before a global method such as
:mod:`sim.experiments.sensitivity`). Starting from a match's settings, each assumption is
moved by a fixed step — implementation noise ε, misperception μ, the trust prior (both
sides' priors shifted together) and the discount factor δ — upwards, or downwards when the
step would leave [0, 1]. Every variant is played for a small number of replicates with
**common random numbers** (one seed for every variant, so a difference is the parameter's
doing rather than the luck of the draw) and ranked by the change in the mean share of
mutually cooperative rounds. The probe is local and noisy by design; a class reads its
ranking, not its decimals.

Note that δ only weighs payoffs: no strategy of :mod:`sim.repeated` reads it, so its
change in mutual cooperation is zero unless a strategy is added that does.

Parameters: factories of the two strategies (a fresh instance for each run), the stage
game, the match settings, the seed, the replicate count and the steps (:data:`STEPS`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

import numpy as np

from sim.errors import InputError
from sim.repeated.engine import MatchSettings, play_match
from sim.repeated.metrics import replicate_metrics
from sim.repeated.params import RepeatedParams
from sim.repeated.payoffs import Payoffs
from sim.repeated.run import build_strategy, payoffs_for
from sim.repeated.strategy import Strategy

__all__ = ["PROBE_REPLICATES", "STEPS", "Probe", "ProbeEffect", "probe_for", "sensitivity_probe"]

#: The assumptions probed and the step each is moved by.
STEPS: dict[str, float] = {"noise": 0.05, "misperception": 0.05, "trust_prior": 0.2,
                           "discount": 0.1}
#: Replicates per variant unless told otherwise: enough to rank, cheap enough to redraw.
PROBE_REPLICATES = 24

StrategyFactory = Callable[[], Strategy]


@dataclass(frozen=True)
class ProbeEffect:
    """One assumption moved from ``start`` to ``value`` and what mutual cooperation did."""

    parameter: str
    start: float
    value: float
    mutual_cooperation: float
    change: float


@dataclass(frozen=True)
class Probe:
    """The baseline share of mutual cooperation and each effect, largest change first."""

    base: float
    replicates: int
    effects: tuple[ProbeEffect, ...]


def sensitivity_probe(row: StrategyFactory, column: StrategyFactory, payoffs: Payoffs,
                      settings: MatchSettings, seed: int,
                      replicates: int = PROBE_REPLICATES,
                      steps: Mapping[str, float] = STEPS) -> Probe:
    """Move each assumption by its step, replay with common random numbers, rank."""
    unknown = set(steps) - set(STEPS)
    if unknown or not steps:
        raise InputError(f"probe parameters {sorted(unknown) or 'none'} are not allowed; "
                         f"allowed: {', '.join(STEPS)}")
    base_settings = replace(settings, replicates=replicates)
    base = _mutual_cooperation(row, column, payoffs, base_settings, seed)
    effects = []
    for name, step in steps.items():
        start, value, varied = _stepped(base_settings, name, step)
        share = _mutual_cooperation(row, column, payoffs, varied, seed)
        effects.append(ProbeEffect(name, start, value, share, share - base))
    ranked = sorted(effects, key=lambda e: -abs(e.change))
    return Probe(base=base, replicates=replicates, effects=tuple(ranked))


def probe_for(params: RepeatedParams, replicates: int = PROBE_REPLICATES) -> Probe:
    """The probe of a scenario's match: its two strategies, game, settings and seed."""
    return sensitivity_probe(lambda: build_strategy(params.row_strategy),
                             lambda: build_strategy(params.column_strategy),
                             payoffs_for(params.game), params.settings(), params.seed,
                             replicates)


def _mutual_cooperation(row: StrategyFactory, column: StrategyFactory, payoffs: Payoffs,
                        settings: MatchSettings, seed: int) -> float:
    """Mean share of mutually cooperative rounds, from a generator made from ``seed``."""
    rng = np.random.default_rng(np.random.SeedSequence(seed))
    result = play_match(row(), column(), payoffs, settings, rng)
    return float(replicate_metrics(result).mutual_cooperation.mean())


def _stepped(settings: MatchSettings, name: str,
             step: float) -> tuple[float, float, MatchSettings]:
    """(start, new value, settings with the new value) for one probed assumption."""
    if name == "trust_prior":
        trust = settings.trust
        start = trust.prior_row
        value = _moved(start, step)
        column = float(np.clip(trust.prior_column + value - start, 0.0, 1.0))
        moved = replace(trust, prior_row=value, prior_column=column)
        return start, value, replace(settings, trust=moved)
    start = float(getattr(settings, name))
    value = _moved(start, step)
    if name == "noise":
        return start, value, replace(settings, noise=value)
    if name == "misperception":
        return start, value, replace(settings, misperception=value)
    return start, value, replace(settings, discount=value)


def _moved(start: float, step: float) -> float:
    """``start + step``, or ``start − step`` when that would leave [0, 1]."""
    up = start + step
    return round(up if up <= 1.0 else max(start - step, 0.0), 12)
