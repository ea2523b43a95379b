"""Parameter block of ``sequencing`` scenarios: agreements as steps, and how to judge them.

A scenario names one or more **agreements** (for Hanoi 2019: the US "big deal" and the
DPRK's Yongbyon-for-relief offer). Each agreement is a list of **steps**. A step is either a
named step of the library (:mod:`sim.sequencing.library`), whose documented default
magnitudes any field may override, or a custom step that gives its mover and every number.

The remaining fields set the analysis: which order to show first, how many phases an
action-for-action order has, trust, an optional uniform verification level, patience
(discount factor per year), how long implementation takes, how much a party caught breaking
the deal forfeits (enforcement), and the Monte Carlo's type mix and noise. Their meaning is
written out in :mod:`sim.sequencing.enforcement` and :mod:`sim.sequencing.montecarlo`.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from sim.sequencing.library import LIBRARY

__all__ = [
    "ORDER_NAMES",
    "SIDES",
    "AgreementSpec",
    "OrderName",
    "SequencingParams",
    "Side",
    "StepSpec",
    "Text",
]

Side = Literal["US", "KP"]
SIDES: tuple[Side, Side] = ("US", "KP")

OrderName = Literal[
    "denuclearisation_first", "security_first", "action_for_action", "package_deal", "as_agreed"
]
ORDER_NAMES: tuple[str, ...] = (
    "denuclearisation_first",
    "security_first",
    "action_for_action",
    "package_deal",
    "as_agreed",
)

Magnitude = Annotated[float, Field(ge=0, le=1000, allow_inf_nan=False)]
Probability = Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)]
Name = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,39}$")]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Text(_Frozen):
    """A short label in English and Simplified Chinese."""

    en: str = Field(min_length=1, max_length=200)
    zh: str = Field(min_length=1, max_length=200)


class StepSpec(_Frozen):
    """One step of an agreement: a library step (fields override its defaults) or a custom one.

    ``cost`` is what performing the step costs its mover and ``value`` what it is worth to the
    other side, on the 0–100 scale of the library; ``verification`` is the probability that
    not performing it while claiming to is detected; ``reversibility`` the share of it that
    is undone if the agreement collapses later; ``phase`` its place in the ``as_agreed``
    order (1 = first).
    """

    name: Name
    mover: Side | None = None
    cost: Magnitude | None = None
    value: Magnitude | None = None
    verification: Probability | None = None
    reversibility: Probability | None = None
    phase: int | None = Field(default=None, ge=1, le=20)
    label: Text | None = None

    @model_validator(mode="after")
    def _library_or_complete(self) -> StepSpec:
        template = LIBRARY.get(self.name)
        if template is None:
            missing = [f for f in ("mover", "cost", "value") if getattr(self, f) is None]
            if missing:
                raise ValueError(
                    f"step {self.name!r} is not in the step library, so it needs "
                    f"{', '.join(missing)}; library steps: {', '.join(LIBRARY)}"
                )
        elif self.mover is not None and self.mover != template.mover:
            raise ValueError(
                f"library step {self.name!r} is performed by {template.mover}, not {self.mover}"
            )
        return self


class AgreementSpec(_Frozen):
    """A named agreement: its steps in the order the text lists them."""

    id: Name
    title: Text
    steps: tuple[StepSpec, ...] = Field(min_length=1, max_length=40)

    @model_validator(mode="after")
    def _distinct_names(self) -> AgreementSpec:
        names = [step.name for step in self.steps]
        repeated = sorted({n for n in names if names.count(n) > 1})
        if repeated:
            raise ValueError(
                f"step names must be distinct within an agreement; repeated: {', '.join(repeated)}"
                " (give a repeated library step a new name with its mover and numbers)"
            )
        return self


class SequencingParams(_Frozen):
    """The ``parameters`` block of a ``sequencing`` scenario."""

    agreements: tuple[AgreementSpec, ...] = Field(min_length=1, max_length=6)
    order: OrderName = "action_for_action"
    phases: int = Field(default=4, ge=1, le=100, description="phases of action for action")
    trust: Probability = Field(default=0.5, description="belief that the other side honours")
    verification: Probability | None = Field(
        default=None, description="if set, the detection probability of every step"
    )
    discount: Probability = Field(default=0.9, description="discount factor per year")
    duration: float = Field(default=3.0, ge=0, le=30, description="years to implement")
    enforcement: Probability = Field(
        default=1.0, description="share of what it received that a caught violator forfeits"
    )
    hostile_share: Probability | None = Field(
        default=None, description="Monte Carlo: chance each side is hostile (None: 1 - trust)"
    )
    false_alarm: float = Field(default=0.0, ge=0, le=0.5, description="Monte Carlo: false alarms")
    runs: int = Field(default=2000, ge=1, le=1_000_000)

    @model_validator(mode="after")
    def _distinct_agreements(self) -> SequencingParams:
        ids = [a.id for a in self.agreements]
        if len(set(ids)) != len(ids):
            raise ValueError(f"agreement ids must be distinct, got {ids}")
        return self
