"""Parameter blocks of stage-game scenarios.

A stage game comes from one of three specifications, told apart by ``game``:

``classic``
    A symmetric 2×2 game named by its ordinal type and built from the four payoffs
    T (temptation), R (reward), P (punishment), S (sucker). Action 0 cooperates, 1 defects.
``us_dprk``
    The US–DPRK game built from narrative parameters (see :mod:`sim.games.usdprk`).
``table``
    Any two-player game given as explicit payoff matrices with named actions.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

ClassicName = Literal["prisoners_dilemma", "chicken", "stag_hunt", "deadlock", "harmony"]
CLASSIC_NAMES: tuple[str, ...] = (
    "prisoners_dilemma",
    "chicken",
    "stag_hunt",
    "deadlock",
    "harmony",
)

Payoff = Annotated[float, Field(ge=-1000, le=1000, allow_inf_nan=False)]
Narrative = Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)]
ActionName = Annotated[str, Field(min_length=1, max_length=40)]
PlayerName = Annotated[str, Field(min_length=1, max_length=40)]


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class ClassicSpec(_Spec):
    """A classic symmetric 2×2 game from T, R, P, S."""

    game: Literal["classic"]
    name: ClassicName
    T: Payoff
    R: Payoff
    P: Payoff
    S: Payoff
    players: tuple[PlayerName, PlayerName] = ("US", "KP")


class UsDprkSpec(_Spec):
    """Narrative parameters of the US–DPRK game, each on a 0–100 scale of value.

    The US (row) chooses ``engage`` or ``pressure``; the DPRK (column) ``restrain`` or
    ``provoke``. :mod:`sim.games.usdprk` states how they combine into payoffs. ``enmity``
    alone is a weight between 0 and 1; ``defiance_value``, ``leverage_value``, the two war
    risks and ``enmity`` default to 0 (the narrative claims they carry are switched off).
    """

    game: Literal["us_dprk"]
    aid_value: Narrative = Field(description="value to the DPRK of aid and relief")
    aid_cost: Narrative = Field(description="cost to the US of aid and relief")
    sanction_cost: Narrative = Field(description="cost of sanctions to the DPRK")
    test_gain: Narrative = Field(description="security and leverage the DPRK gains by a test")
    test_risk: Narrative = Field(description="risk and isolation a test costs the DPRK")
    defiance_value: Narrative = Field(
        default=0.0, description="extra value to the DPRK of testing while pressured"
    )
    restraint_value: Narrative = Field(description="value to the US of DPRK restraint")
    test_cost: Narrative = Field(description="cost of a DPRK test to the US and its allies")
    engagement_cost: Narrative = Field(
        description="domestic and alliance cost to the US of engaging a provoking DPRK"
    )
    pressure_cost: Narrative = Field(description="cost to the US of sustaining pressure")
    leverage_value: Narrative = Field(
        default=0.0, description="value to the US of pressure while the DPRK restrains"
    )
    war_risk_us: Narrative = Field(
        default=0.0,
        description="expected cost to the US of the war risk when pressure meets a provocation",
    )
    war_risk_dprk: Narrative = Field(
        default=0.0,
        description="expected cost to the DPRK of the war risk when pressure meets a provocation",
    )
    enmity: float = Field(
        default=0.0, ge=0.0, le=1.0, allow_inf_nan=False,
        description="weight (0-1) each side gives the other's payoff as its own loss",
    )


class TableSpec(_Spec):
    """Any two-player game as explicit matrices; rows are the row player's actions."""

    game: Literal["table"]
    row_player: PlayerName = "US"
    column_player: PlayerName = "KP"
    row_actions: tuple[ActionName, ...] = Field(min_length=2, max_length=8)
    column_actions: tuple[ActionName, ...] = Field(min_length=2, max_length=8)
    row_payoffs: tuple[tuple[Payoff, ...], ...]
    column_payoffs: tuple[tuple[Payoff, ...], ...]

    @model_validator(mode="after")
    def _shapes_match(self) -> TableSpec:
        shape = (len(self.row_actions), len(self.column_actions))
        for name in ("row_payoffs", "column_payoffs"):
            matrix = getattr(self, name)
            if len(matrix) != shape[0] or any(len(row) != shape[1] for row in matrix):
                raise ValueError(
                    f"{name} must be {shape[0]} rows of {shape[1]} numbers "
                    f"(one row per row action, one column per column action)"
                )
        for actions in (self.row_actions, self.column_actions):
            if len(set(actions)) != len(actions):
                raise ValueError(f"action names must be distinct, got {list(actions)}")
        return self


GameSpec = Annotated[ClassicSpec | UsDprkSpec | TableSpec, Field(discriminator="game")]


#: The ``parameters`` block of a ``stage_game`` scenario is one game specification.
StageGameParams = GameSpec
