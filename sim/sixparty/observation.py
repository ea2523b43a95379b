"""What a party can see: the read-only :class:`Observation` interface of the world.

Agents decide from an :class:`Observation` only; they never reach into the model. The
model's mutable state is a :class:`World`, which *implements* the interface: agents hold it
typed as an ``Observation`` (a :class:`typing.Protocol` of read-only properties), so mypy
rejects any assignment through it, while reads cost no more than an attribute access —
the quarter loop reads it dozens of times a step. The trust matrix is offered both through
:meth:`Observation.trust` and, for the hot path, as a read-only ``Sequence`` of rows (an
index instead of a method call). The view is live: the response phase of a quarter sees the
tests of its action phase.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

__all__ = ["Observation", "World"]


class Observation(Protocol):
    """The public state of the peninsula, read-only."""

    @property
    def tension(self) -> float:
        """Tension on the peninsula, 0–1."""

    @property
    def capability(self) -> float:
        """DPRK nuclear-missile capability, 0–1."""

    @property
    def economy(self) -> float:
        """DPRK economy, 1 = the baseline."""

    @property
    def effective_sanctions(self) -> float:
        """Sanctions that bite: intensity times enforcement, 0–1."""

    @property
    def aid(self) -> float:
        """Aid flowing to the DPRK under agreements."""

    @property
    def recent_tests(self) -> float:
        """Decaying count of recent DPRK test events (the self-exciting memory)."""

    @property
    def exercise(self) -> float:
        """Scale of allied exercises this quarter, 0–1."""

    @property
    def election(self) -> float:
        """1 if a new US or allied government took office this quarter."""

    @property
    def missiles_now(self) -> int:
        """Missile-test events this quarter (0 until the DPRK has acted)."""

    @property
    def nuclear_now(self) -> int:
        """Nuclear tests this quarter (0 until the DPRK has acted)."""

    @property
    def sanctioned_last(self) -> float:
        """1 if a sanctions round was imposed last quarter."""

    @property
    def talks_last(self) -> int:
        """Format of last quarter's talks: 0 none, 1 bilateral, 2 six-party."""

    @property
    def agreement_kind(self) -> int:
        """Agreement in force: 0 none, 1 freeze, 2 comprehensive."""

    @property
    def agreement_stages_done(self) -> int:
        """Stages of the agreement in force completed so far."""

    @property
    def trust_matrix(self) -> Sequence[Sequence[float]]:
        """Trust, row trusts column (indices into PARTY_CODES), read-only."""

    def trust(self, truster: int, trusted: int) -> float:
        """How much party ``truster`` trusts party ``trusted`` (indices into PARTY_CODES)."""

    def proposal(self, fmt: int) -> tuple[float, ...]:
        """The deal on the table in talks of format ``fmt`` (1 bilateral, 2 six-party)."""


@dataclass(slots=True)
class World:
    """The model's mutable public state, owned and changed by the model only."""

    trust_matrix: list[list[float]]
    tension: float
    capability: float
    economy: float
    unsc: float
    unilateral: float
    effective_sanctions: float = 0.0
    aid: float = 0.0
    recent_tests: float = 0.0
    exercise: float = 0.0
    election: float = 0.0
    missiles_now: int = 0
    nuclear_now: int = 0
    sanctioned_last: float = 0.0
    talks_last: int = 0
    agreement_kind: int = 0
    agreement_stages_done: int = 0
    proposals: dict[int, tuple[float, ...]] = field(default_factory=dict)

    def trust(self, truster: int, trusted: int) -> float:
        """How much party ``truster`` trusts party ``trusted``."""
        return self.trust_matrix[truster][trusted]

    def proposal(self, fmt: int) -> tuple[float, ...]:
        """The deal on the table in talks of format ``fmt``."""
        return self.proposals[fmt]
