"""Repeated bilateral play: strategies, noise, trust, metrics, tournaments, evolution.

The facade of the package; each concept lives in its own module:

* :mod:`~sim.repeated.strategy` — the strategy contract and the one registry;
  :mod:`~sim.repeated.classics` and :mod:`~sim.repeated.postures` fill it;
* :mod:`~sim.repeated.scripted` — a fixed script of moves (tests, a human player);
* :mod:`~sim.repeated.payoffs` — the 2×2 stage game as two payoff matrices;
* :mod:`~sim.repeated.trust` — Kydd's Bayesian trust;
* :mod:`~sim.repeated.engine` — the vectorised, seeded match engine;
* :mod:`~sim.repeated.result` — arrays and the tidy frame;
* :mod:`~sim.repeated.metrics` — cooperation, payoffs, breakdowns, the sanction–test cycle;
* :mod:`~sim.repeated.tournament` and :mod:`~sim.repeated.evolution` — round robins,
  replicator dynamics, the Moran process;
* :mod:`~sim.repeated.run` — from a validated ``repeated`` scenario to a result.
"""

from sim.repeated import classics, postures
from sim.repeated.classics import CLASSIC_NAMES, DETERMINISTIC_CLASSICS
from sim.repeated.engine import MatchSettings, play_match, simulate
from sim.repeated.payoffs import Payoffs
from sim.repeated.postures import POSTURE_NAMES
from sim.repeated.result import FRAME_COLUMNS, MatchResult
from sim.repeated.scripted import Scripted
from sim.repeated.strategy import (
    REGISTRY,
    History,
    Param,
    Strategy,
    Traits,
    get_strategy,
    make_strategy,
    strategy_names,
)
from sim.repeated.trust import TrustModel

__all__ = [
    "CLASSIC_NAMES",
    "DETERMINISTIC_CLASSICS",
    "FRAME_COLUMNS",
    "POSTURE_NAMES",
    "REGISTRY",
    "History",
    "MatchResult",
    "MatchSettings",
    "Param",
    "Payoffs",
    "Scripted",
    "Strategy",
    "Traits",
    "TrustModel",
    "classics",
    "get_strategy",
    "make_strategy",
    "play_match",
    "postures",
    "simulate",
    "strategy_names",
]
