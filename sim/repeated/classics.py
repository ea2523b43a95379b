"""The classic strategies of the repeated prisoner's dilemma.

Each rule is the standard one, move for move the same as the Axelrod library's strategy
of the same name when there is no noise (``tests/test_repeated_axelrod.py`` checks it
turn by turn against ``axelrod==4.13.1``). Friendly names are those of Nicky Case's
*The Evolution of Trust* (2017) where it has one.

Sources: R. Axelrod, *The Evolution of Cooperation* (1984) and "Effective choice in the
prisoner's dilemma" (J. Conflict Resolut. 24, 1980); M. Nowak & K. Sigmund, "A strategy
of win-stay, lose-shift that outperforms tit-for-tat" (Nature 364, 1993) and "Tit for
tat in heterogeneous populations" (Nature 355, 1992); V. Knight et al., the Axelrod
library (axelrod.readthedocs.io); N. Case, *The Evolution of Trust* (ncase.me/trust).
"""

from __future__ import annotations

import math

import numpy as np

from sim.repeated.strategy import (
    BoolArray,
    FloatArray,
    History,
    Param,
    Strategy,
    Traits,
    register,
)

__all__ = [
    "CLASSIC_NAMES",
    "DETERMINISTIC_CLASSICS",
    "Alternator",
    "Cooperator",
    "Defector",
    "Detective",
    "GenerousTitForTat",
    "Grudger",
    "RandomPlayer",
    "SuspiciousTitForTat",
    "TitForTat",
    "TitForTwoTats",
    "WinStayLoseShift",
]


@register
class Cooperator(Strategy):
    """Always cooperate. Axelrod's ``Cooperator``; *Evolution of Trust*: Always Cooperate."""

    name = "cooperator"
    friendly_name = "Always Cooperate"
    source = "Axelrod (1984); Case, The Evolution of Trust (2017)"
    traits = Traits(memory_depth=0, stochastic=False)

    def decide(self, history: History, rng: np.random.Generator) -> BoolArray:
        """Cooperate."""
        return history.cooperate()


@register
class Defector(Strategy):
    """Always defect. Axelrod's ``Defector``; *Evolution of Trust*: Always Cheat."""

    name = "defector"
    friendly_name = "Always Cheat"
    source = "Axelrod (1984); Case, The Evolution of Trust (2017)"
    traits = Traits(memory_depth=0, stochastic=False)

    def decide(self, history: History, rng: np.random.Generator) -> BoolArray:
        """Defect."""
        return history.defect()


@register
class TitForTat(Strategy):
    """Cooperate first, then play what the other side did last round.

    Anatol Rapoport's entry, winner of both of Axelrod's tournaments (Axelrod 1980).
    Axelrod's ``TitForTat``; *Evolution of Trust*: Copycat.
    """

    name = "tit_for_tat"
    friendly_name = "Copycat"
    source = "Rapoport, in Axelrod (1980)"
    traits = Traits(memory_depth=1, stochastic=False)

    def decide(self, history: History, rng: np.random.Generator) -> BoolArray:
        """C first, then copy the other's last observed move."""
        return history.cooperate() if history.t == 0 else history.other(1)


@register
class SuspiciousTitForTat(Strategy):
    """Defect first, then play what the other side did last round.

    Axelrod's ``SuspiciousTitForTat`` (Beaufils, Delahaye & Mathieu 1996).
    """

    name = "suspicious_tit_for_tat"
    friendly_name = "Suspicious Copycat"
    source = "Beaufils, Delahaye & Mathieu (1996)"
    traits = Traits(memory_depth=1, stochastic=False)

    def decide(self, history: History, rng: np.random.Generator) -> BoolArray:
        """D first, then copy the other's last observed move."""
        return history.defect() if history.t == 0 else history.other(1)


@register
class GenerousTitForTat(Strategy):
    """Tit for tat that forgives a defection with probability ``generosity``.

    Nowak & Sigmund (1992). Cooperates first and after the other's cooperation; after a
    defection it still cooperates with probability g. When ``generosity`` is not given it
    is derived from this side's payoffs as in the Axelrod library's ``GTFT``:
    g* = min(1 − (T−R)/(R−S), (R−P)/(T−P)) (1/3 for T, R, P, S = 5, 3, 1, 0).
    """

    name = "generous_tit_for_tat"
    friendly_name = "Generous Copycat"
    source = "Nowak & Sigmund (1992)"
    traits = Traits(memory_depth=1, stochastic=True)
    parameters = (
        Param("generosity", None, 0.0, 1.0,
              "probability of cooperating after the other defected (default: g* of the game)"),
    )

    @property
    def stochastic(self) -> bool:
        """Deterministic only when generosity is exactly 0 or 1."""
        return self.params["generosity"] not in (0.0, 1.0)

    def reset(self, size: int, own_payoffs: FloatArray) -> None:
        """Derive g* from the payoffs unless generosity was given."""
        if "generosity" not in self.explicit:
            self.params["generosity"] = generosity_threshold(own_payoffs)

    def decide(self, history: History, rng: np.random.Generator) -> BoolArray:
        """C first; after a D, defect unless a draw below g forgives it."""
        if history.t == 0:
            return history.cooperate()
        forgive = rng.random(history.size) < self.value("generosity")
        return history.other(1) & ~forgive


def generosity_threshold(own_payoffs: FloatArray) -> float:
    """Nowak & Sigmund's g* = min(1 − (T−R)/(R−S), (R−P)/(T−P)), clipped to [0, 1]."""
    reward, sucker = own_payoffs[0, 0], own_payoffs[0, 1]
    temptation, punishment = own_payoffs[1, 0], own_payoffs[1, 1]
    with np.errstate(divide="ignore", invalid="ignore"):
        g = min(1 - (temptation - reward) / (reward - sucker),
                (reward - punishment) / (temptation - punishment))
    return float(np.clip(g, 0.0, 1.0)) if math.isfinite(g) else 0.0


@register
class TitForTwoTats(Strategy):
    """Defect only after the other side defected in each of the last two rounds.

    John Maynard Smith's sample rule in Axelrod's second tournament (Axelrod 1984).
    Axelrod's ``TitFor2Tats``; *Evolution of Trust*: Copykitten.
    """

    name = "tit_for_two_tats"
    friendly_name = "Copykitten"
    source = "Maynard Smith, in Axelrod (1984)"
    traits = Traits(memory_depth=2, stochastic=False)

    def decide(self, history: History, rng: np.random.Generator) -> BoolArray:
        """D iff the last two observed moves of the other were both D."""
        if history.t < 2:
            return history.cooperate()
        return history.other(1) & history.other(2)


@register
class Grudger(Strategy):
    """Grim trigger: cooperate until the other side defects once, then defect forever.

    Friedman (1971); Axelrod's ``Grudger``; *Evolution of Trust*: Grudger.
    """

    name = "grudger"
    friendly_name = "Grudger"
    source = "Friedman (1971); Axelrod (1984)"
    traits = Traits(memory_depth=math.inf, stochastic=False)

    def reset(self, size: int, own_payoffs: FloatArray) -> None:
        """No grudges yet."""
        self.grudge = np.zeros(size, dtype=bool)

    def decide(self, history: History, rng: np.random.Generator) -> BoolArray:
        """D once any D has been observed."""
        if history.t > 0:
            self.grudge |= history.other(1)
        return self.grudge.copy()


@register
class WinStayLoseShift(Strategy):
    """Pavlov: repeat the last move after a good outcome, switch after a bad one.

    Cooperates first; then cooperates iff both sides made the same move last round (CC
    or DD), i.e. Axelrod's ``WinStayLoseShift`` (four-vector 1, 0, 0, 1). Nowak & Sigmund
    (1993); *Evolution of Trust*: Simpleton.
    """

    name = "win_stay_lose_shift"
    friendly_name = "Simpleton"
    source = "Nowak & Sigmund (1993)"
    traits = Traits(memory_depth=1, stochastic=False)

    def decide(self, history: History, rng: np.random.Generator) -> BoolArray:
        """C first; then D iff own and observed other move differed last round."""
        if history.t == 0:
            return history.cooperate()
        return history.own(1) ^ history.other(1)


@register
class Alternator(Strategy):
    """Cooperate, defect, cooperate, …: the opposite of its own last actual move.

    Axelrod's ``Alternator``.
    """

    name = "alternator"
    friendly_name = "Alternator"
    source = "Axelrod library (Knight et al. 2016)"
    traits = Traits(memory_depth=1, stochastic=False)

    def decide(self, history: History, rng: np.random.Generator) -> BoolArray:
        """C first, then flip the own last move."""
        return history.cooperate() if history.t == 0 else ~history.own(1)


@register
class RandomPlayer(Strategy):
    """Cooperate with probability ``p`` each round, whatever happened.

    Axelrod's ``Random`` (Tideman & Chieruzzi's baseline in Axelrod 1980);
    *Evolution of Trust*: Random.
    """

    name = "random"
    friendly_name = "Random"
    source = "Axelrod (1980)"
    traits = Traits(memory_depth=0, stochastic=True)
    parameters = (Param("p", 0.5, 0.0, 1.0, "probability of cooperating in each round"),)

    @property
    def stochastic(self) -> bool:
        """Deterministic when p is 0 or 1."""
        return self.params["p"] not in (0.0, 1.0)

    def decide(self, history: History, rng: np.random.Generator) -> BoolArray:
        """D with probability 1 − p, independently per replicate."""
        p = self.value("p")
        if p in (0.0, 1.0):
            return history.defect() if p == 0.0 else history.cooperate()
        return rng.random(history.size) >= p


@register
class Detective(Strategy):
    """Probe with C, D, C, C, then retaliate like tit for tat or exploit.

    If the other side defected in any of those four rounds, play tit for tat from then
    on; otherwise defect for ever (exploit a pushover). Axelrod's ``Detective`` (the rule
    tests the first four rounds only); *Evolution of Trust*: Detective.
    """

    name = "detective"
    friendly_name = "Detective"
    source = "Case, The Evolution of Trust (2017); Axelrod library"
    traits = Traits(memory_depth=math.inf, stochastic=False)
    OPENING = (False, True, False, False)

    def reset(self, size: int, own_payoffs: FloatArray) -> None:
        """Nothing seen yet."""
        self.retaliated = np.zeros(size, dtype=bool)

    def decide(self, history: History, rng: np.random.Generator) -> BoolArray:
        """The scripted opening, then TFT or exploitation."""
        t = history.t
        if 0 < t <= len(self.OPENING):
            self.retaliated |= history.other(1)
        if t < len(self.OPENING):
            return history.defect() if self.OPENING[t] else history.cooperate()
        return np.where(self.retaliated, history.other(1), True)


#: The classics in registry order.
CLASSIC_NAMES: tuple[str, ...] = (
    "cooperator", "defector", "tit_for_tat", "suspicious_tit_for_tat", "generous_tit_for_tat",
    "tit_for_two_tats", "grudger", "win_stay_lose_shift", "alternator", "random", "detective",
)
#: The classics whose moves are fixed by the history (the Axelrod cross-check set).
DETERMINISTIC_CLASSICS: tuple[str, ...] = tuple(
    n for n in CLASSIC_NAMES if n not in ("generous_tit_for_tat", "random")
)
