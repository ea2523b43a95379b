"""Parameter block of ``repeated`` scenarios: a stage game, two strategies, the noise.

``game``
    the stage game, any :data:`sim.games.params.GameSpec` with two actions per player
    (classic T/R/P/S, the US–DPRK narrative game, or a 2×2 table); row player first.
``row_strategy`` / ``column_strategy``
    a registry name (``peninsula strategies`` lists them) and its parameters.
``rounds``, ``continuation``
    rounds per match; with a continuation probability w each match instead ends after
    every round with probability 1 − w, and ``rounds`` caps its length.
``replicates``
    independent matches played side by side.
``noise`` ε, ``misperception`` μ
    implementation noise (each actual move flipped with probability ε) and private
    misperception (each side sees the other's move flipped with probability μ).
``trust``
    the Bayesian trust model (Kydd 2005): priors, error rate, hostile-type defection rate.
``discount`` δ, ``seed``
    weight of round t in discounted payoffs is δᵗ; the seed fixes every random draw.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from sim.errors import InputError
from sim.games.params import GameSpec
from sim.repeated import classics, postures  # noqa: F401  (fills the registry)
from sim.repeated.engine import MAX_CELLS, MatchSettings
from sim.repeated.strategy import REGISTRY, make_strategy
from sim.repeated.trust import TrustModel

__all__ = ["RepeatedParams", "StrategySpec", "TrustSpec"]

Probability = Annotated[float, Field(ge=0.0, le=1.0, allow_inf_nan=False)]


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class StrategySpec(_Spec):
    """A strategy by registry name, with parameters overriding its defaults."""

    name: str = Field(min_length=1, max_length=60)
    params: dict[str, float] = Field(default_factory=dict)

    @field_validator("name")
    @classmethod
    def _known(cls, name: str) -> str:
        if name not in REGISTRY:
            raise ValueError(f"unknown strategy {name!r}; allowed: {', '.join(REGISTRY)}")
        return name

    @model_validator(mode="after")
    def _params_fit(self) -> StrategySpec:
        try:
            make_strategy(self.name, self.params)
        except InputError as exc:
            raise ValueError(str(exc)) from None
        return self


class TrustSpec(_Spec):
    """Kydd's Bayesian trust: priors and the two types' defection rates."""

    prior: Probability = Field(
        default=0.5, description="row player's prior that the other is trustworthy")
    prior_column: Probability | None = Field(
        default=None, description="column player's prior (default: same as prior)")
    error_rate: Probability | None = Field(
        default=None,
        description="a trustworthy type's observed defection rate (default: from noise)")
    hostile_rate: Probability = Field(
        default=0.5, description="an untrustworthy type's defection rate h")

    def model(self) -> TrustModel:
        """The engine's trust model."""
        column = self.prior if self.prior_column is None else self.prior_column
        return TrustModel(prior_row=self.prior, prior_column=column,
                          error_rate=self.error_rate, hostile_rate=self.hostile_rate)


class RepeatedParams(_Spec):
    """Everything a repeated match needs, validated once."""

    game: GameSpec
    row_strategy: StrategySpec
    column_strategy: StrategySpec
    rounds: int = Field(default=50, ge=1, le=10_000)
    continuation: Probability | None = None
    replicates: int = Field(default=200, ge=1, le=100_000)
    noise: Probability = 0.0
    misperception: Probability = 0.0
    trust: TrustSpec = TrustSpec()
    discount: Probability = 1.0
    seed: int = Field(default=0, ge=0, le=2**63 - 1)

    @model_validator(mode="after")
    def _size(self) -> RepeatedParams:
        if self.rounds * self.replicates > MAX_CELLS:
            raise ValueError(f"rounds × replicates = {self.rounds * self.replicates:,} is too "
                             f"large; allowed: at most {MAX_CELLS:,}")
        return self

    def settings(self) -> MatchSettings:
        """The engine's match settings."""
        return MatchSettings(
            rounds=self.rounds, replicates=self.replicates, noise=self.noise,
            misperception=self.misperception, continuation=self.continuation,
            discount=self.discount, trust=self.trust.model(),
        )

    def with_changes(self, **changes: Any) -> RepeatedParams:
        """A validated copy with some fields changed (nested models as mappings)."""
        data = self.model_dump(mode="python")
        data.update(changes)
        return RepeatedParams.model_validate(data)
