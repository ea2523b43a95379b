"""The strategy contract and the one registry of repeated-play strategies.

A strategy decides, for every replicate at once, whether to cooperate or defect this
round. Moves are boolean arrays: ``False`` is the cooperative action (cooperate, engage,
restrain; index 0 of the stage game) and ``True`` the defecting one (defect, pressure,
provoke; index 1).

What a strategy may look at is a :class:`History`: the round number, its **own actual
moves** (after implementation noise, as in the Axelrod library, where a player's history
records what it actually played), the **other side's moves as it observed them** (after
private misperception), and its current Bayesian belief that the other side is a
trustworthy type (:mod:`sim.repeated.trust`). It never sees the other side's intentions
or the other side's observations.

Each strategy is a small class with a registry ``name``, a ``friendly_name`` for the UI
(Nicky Case's *The Evolution of Trust* names where they exist), a docstring naming its
source, typed :class:`Traits` and declared :class:`Param` s. A fresh instance plays one
side of one match (or one side of every match of a tournament it takes part in):
:meth:`Strategy.reset` sizes its per-replicate state arrays, then :meth:`Strategy.decide`
is called once per round with the rounds in order. The contract every strategy keeps
(``tests/test_repeated_strategies.py``): ``decide`` returns a boolean array of one move
per replicate it plays, and a strategy whose traits say deterministic never touches the
random generator.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar, Literal

import numpy as np
from numpy.typing import NDArray

from sim.errors import InputError, check_choice
from sim.repeated.trust import belief

__all__ = [
    "REGISTRY",
    "BoolArray",
    "FloatArray",
    "History",
    "Param",
    "Side",
    "Strategy",
    "Traits",
    "get_strategy",
    "make_strategy",
    "register",
    "strategy_names",
]

BoolArray = NDArray[np.bool_]
FloatArray = NDArray[np.float64]
Side = Literal["any", "US", "KP"]
Index = slice | NDArray[np.intp]


@dataclass(frozen=True)
class Traits:
    """What kind of player a strategy is.

    ``memory_depth`` is how many past rounds the rule can depend on (``math.inf`` for
    rules that remember everything, e.g. a grudge); ``stochastic`` says whether it draws
    random numbers; ``uses_trust`` whether it reads the Bayesian belief.
    """

    memory_depth: float
    stochastic: bool
    uses_trust: bool = False


@dataclass(frozen=True)
class Param:
    """A numeric parameter of a strategy, its default and its allowed range.

    A default of ``None`` means "derived from the stage game when the match starts" (the
    strategy's docstring says how); a value given explicitly must lie in the range.
    """

    name: str
    default: float | None
    low: float
    high: float
    help: str
    integer: bool = False


class History:
    """One side's view of the match so far, restricted to the replicates it plays.

    ``trust`` holds log-odds (converted to a probability by :meth:`trust`).

    Arrays of the engine are round-major, shape ``(rounds, replicates)``; ``rows`` selects
    the replicates this strategy instance plays (a slice for a plain match, an index array
    in a tournament).
    """

    __slots__ = ("_other", "_own", "_trust", "rows", "size", "t")

    def __init__(self, t: int, own: BoolArray, other: BoolArray, trust: FloatArray | None,
                 rows: Index, size: int) -> None:
        self.t = t
        self._own = own
        self._other = other
        self._trust = trust
        self.rows = rows
        self.size = size

    def own(self, lag: int = 1) -> BoolArray:
        """Own actual move ``lag`` rounds ago (``1`` = last round); needs ``lag <= t``."""
        return self._own[self.t - lag, self.rows]

    def other(self, lag: int = 1) -> BoolArray:
        """The other side's move ``lag`` rounds ago, as this side observed it."""
        return self._other[self.t - lag, self.rows]

    def trust(self) -> FloatArray:
        """Current belief that the other side is trustworthy (before this round's move).

        Only strategies whose traits say ``uses_trust`` may ask: the engine keeps the
        belief up to date during play only for them.
        """
        if self._trust is None:
            raise RuntimeError("this strategy reads trust but its traits lack uses_trust=True")
        return belief(self._trust[self.rows])

    def cooperate(self) -> BoolArray:
        """Cooperate in every replicate."""
        return np.zeros(self.size, dtype=bool)

    def defect(self) -> BoolArray:
        """Defect in every replicate."""
        return np.ones(self.size, dtype=bool)


class Strategy:
    """Base class of every strategy: name, traits, parameters, one decision rule."""

    name: ClassVar[str]
    friendly_name: ClassVar[str]
    side: ClassVar[Side] = "any"
    source: ClassVar[str]
    traits: ClassVar[Traits]
    parameters: ClassVar[tuple[Param, ...]] = ()

    def __init__(self, **params: float) -> None:
        self.params = _validated(self, params)
        #: Names of the parameters given explicitly (the rest took their defaults).
        self.explicit = frozenset(params)

    @property
    def stochastic(self) -> bool:
        """Whether this instance (with its parameters) draws random numbers."""
        return self.traits.stochastic

    def reset(self, size: int, own_payoffs: FloatArray) -> None:
        """Start a new match of ``size`` replicates.

        ``own_payoffs`` is this side's 2×2 payoff matrix indexed ``[own move, other move]``
        (so ``[0, 0]`` is R, ``[0, 1]`` S, ``[1, 0]`` T, ``[1, 1]`` P in a dilemma).
        Stateless strategies need not override it.
        """
        del size, own_payoffs

    def value(self, name: str) -> float:
        """The value of parameter ``name`` (after :meth:`reset` for game-derived ones)."""
        value = self.params[name]
        if value is None:
            raise RuntimeError(f"{self.name}: parameter {name!r} is derived at reset()")
        return value

    def decide(self, history: History, rng: np.random.Generator) -> BoolArray:
        """The intended moves of this round, ``True`` = defect, one per replicate."""
        raise NotImplementedError

    def __repr__(self) -> str:
        shown = ", ".join(f"{k}={v}" for k, v in self.params.items())
        return f"{type(self).__name__}({shown})"


def _validated(strategy: Strategy, given: Mapping[str, float]) -> dict[str, float | None]:
    """The strategy's parameters: defaults overridden by ``given``, each range-checked."""
    declared = {p.name: p for p in strategy.parameters}
    for key in given:
        if key not in declared:
            allowed = ", ".join(declared) or "none"
            raise InputError(
                f"unknown parameter {key!r} of strategy {strategy.name!r}; allowed: {allowed}"
            )
    values: dict[str, float | None] = {}
    for param in strategy.parameters:
        raw = given.get(param.name, param.default)
        if raw is None:
            values[param.name] = None
            continue
        label = f"parameter {param.name!r} of strategy {strategy.name!r}"
        try:
            value = float(raw)
        except (TypeError, ValueError):
            raise InputError(f"{label} = {raw!r} is not a number") from None
        if not math.isfinite(value) or not param.low <= value <= param.high:
            raise InputError(
                f"{label} = {value:g} is out of range; allowed: {param.low:g} to {param.high:g}"
            )
        if param.integer and value != int(value):
            raise InputError(f"{label} = {value:g} must be a whole number")
        values[param.name] = value
    return values


#: Every strategy by registry name, in the order they were registered.
REGISTRY: dict[str, type[Strategy]] = {}


def register(cls: type[Strategy]) -> type[Strategy]:
    """Class decorator adding a strategy to :data:`REGISTRY` (names must be unique)."""
    if cls.name in REGISTRY:
        raise RuntimeError(f"strategy {cls.name!r} registered twice")
    REGISTRY[cls.name] = cls
    return cls


def strategy_names() -> tuple[str, ...]:
    """Registry names of every strategy."""
    return tuple(REGISTRY)


def get_strategy(name: str) -> type[Strategy]:
    """The strategy class registered as ``name``; unknown names raise InputError."""
    return REGISTRY[check_choice("strategy", name, REGISTRY)]


def make_strategy(name: str, params: Mapping[str, float] | None = None) -> Strategy:
    """A fresh instance of strategy ``name`` with ``params`` (validated)."""
    return get_strategy(name)(**dict(params or {}))
