"""A player that follows a fixed script of moves: for tests and for a human at the table.

Not in the registry (it has no rule, only a record). It plays the same script in every
replicate; past the end of the script it repeats the script's last move. The Axelrod
library's ``MockPlayer`` and its ``TestPlayer`` tables are the model: strategies are
checked by their answers to scripted opponents.
"""

from __future__ import annotations

import numpy as np

from sim.errors import InputError
from sim.repeated.strategy import BoolArray, History, Strategy, Traits

__all__ = ["Scripted", "parse_moves"]


def parse_moves(script: str) -> tuple[bool, ...]:
    """``"CDDC"`` → (False, True, True, False); InputError for anything but C and D."""
    cleaned = script.strip().upper()
    if not cleaned or set(cleaned) - {"C", "D"}:
        raise InputError(f"a script of moves must be letters C and D, got {script!r}")
    return tuple(letter == "D" for letter in cleaned)


class Scripted(Strategy):
    """Plays ``script`` (a string of C and D) whatever the other side does."""

    name = "scripted"
    friendly_name = "Scripted"
    source = "Axelrod library, MockPlayer"
    traits = Traits(memory_depth=0, stochastic=False)

    def __init__(self, script: str) -> None:
        super().__init__()
        self.script = parse_moves(script)

    def decide(self, history: History, rng: np.random.Generator) -> BoolArray:
        """The scripted move of this round (the last one once the script runs out)."""
        move = self.script[min(history.t, len(self.script) - 1)]
        return history.defect() if move else history.cooperate()
