"""The parameters of a ``sixparty`` scenario: six parties, mechanisms, a schedule.

``parties`` holds one block per party code (US, KP, KR, CN, JP, RU; all six required):
posture (:mod:`sim.sixparty.postures`), ideal positions 0–100 on four issues and their
salience 0–1, capability (a relative weight of influence, >= 0), trust towards each of the
five others (0–1), the share of DPRK trade it controls, how strictly it enforces UN
sanctions, how readily it lets a UNSC resolution pass (China and Russia hold vetoes), and
its ally. The mechanism blocks (:mod:`sim.sixparty.mechanisms`) set every strength of the
model; the ``schedule`` lists exogenous events in time order; ``start`` and ``horizon``
fix the clock (quarters).

Validation turns each of these mistakes into one sentence: an unknown party code, trust
outside [0, 1], negative capability, a posture unknown for that party, trade shares
summing above 1, and a schedule out of time order or starting before ``start``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from sim.sixparty.mechanisms import (
    AgreementParams,
    InitialState,
    ProgrammeParams,
    ProvocationParams,
    SanctionParams,
    TalksParams,
    TensionParams,
    TrustParams,
)
from sim.sixparty.postures import DPRK_POSTURES, STATE_POSTURES
from sim.sixparty.quarters import QUARTER_PATTERN, quarter_index

__all__ = [
    "ISSUES",
    "PARTY_CODES",
    "Issues",
    "PartyParams",
    "Salience",
    "ScheduleEvent",
    "SixPartyParams",
]

PARTY_CODES: tuple[str, ...] = ("US", "KP", "KR", "CN", "JP", "RU")
ISSUES: tuple[str, ...] = ("denuclearisation", "sanctions", "security", "aid")

Unit = Annotated[float, Field(ge=0.0, le=1.0, allow_inf_nan=False)]
Position = Annotated[float, Field(ge=0.0, le=100.0, allow_inf_nan=False)]
Quarter = Annotated[str, Field(pattern=QUARTER_PATTERN)]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


def _check_code(code: str, where: str) -> str:
    if code not in PARTY_CODES:
        raise ValueError(f"unknown party code {code!r} in {where}; allowed: {', '.join(PARTY_CODES)}")
    return code


class Issues(_Frozen):
    """Ideal positions 0–100: how much of each the party wants."""

    denuclearisation: Position = Field(description="scope and speed of DPRK disarmament")
    sanctions: Position = Field(description="how much sanctions pressure")
    security: Position = Field(description="security guarantees for the DPRK")
    aid: Position = Field(description="economic and energy aid to the DPRK")


class Salience(_Frozen):
    """How much each issue matters to the party, 0–1."""

    denuclearisation: Unit
    sanctions: Unit
    security: Unit
    aid: Unit


class PartyParams(_Frozen):
    """One party: posture, positions, salience, capability, trust, trade and alliance."""

    posture: str
    positions: Issues
    salience: Salience
    capability: float = Field(allow_inf_nan=False, le=100.0)
    trust: dict[str, float]
    trade_share: Unit = 0.0
    enforcement: Unit = 1.0
    acquiescence: Unit = 1.0
    alliance: str | None = None

    @field_validator("capability")
    @classmethod
    def _capability_not_negative(cls, value: float) -> float:
        if value < 0:
            raise ValueError(f"capability must be >= 0 (a relative weight of influence), got {value}")
        return value

    @field_validator("trust")
    @classmethod
    def _trust_in_unit_interval(cls, trust: dict[str, float]) -> dict[str, float]:
        for code, value in trust.items():
            _check_code(code, "trust")
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"trust towards {code} must lie in [0, 1], got {value}")
        return trust


class Administration(_Frozen):
    """A new government or line: ``party`` adopts ``posture`` from ``quarter``."""

    kind: Literal["administration"]
    quarter: Quarter
    party: str
    posture: str
    label: str = Field(default="", max_length=80)


class Policy(_Frozen):
    """A change of a party's sanctions enforcement, UNSC acquiescence or trade share."""

    kind: Literal["policy"]
    quarter: Quarter
    party: str
    enforcement: Unit | None = None
    acquiescence: Unit | None = None
    trade_share: Unit | None = None
    label: str = Field(default="", max_length=80)


class Exercises(_Frozen):
    """The scale of allied military exercises from ``quarter`` on (1 = full-scale drills)."""

    kind: Literal["exercises"]
    quarter: Quarter
    scale: Unit
    label: str = Field(default="", max_length=80)


class Election(_Frozen):
    """A new US or allied government takes office in ``quarter`` (a provocation trigger)."""

    kind: Literal["election"]
    quarter: Quarter
    party: str
    label: str = Field(default="", max_length=80)


ScheduleEvent = Annotated[
    Administration | Policy | Exercises | Election, Field(discriminator="kind")
]


class SixPartyParams(_Frozen):
    """The ``parameters`` block of a ``sixparty`` scenario."""

    start: Quarter = "1993Q1"
    horizon: int = Field(default=128, ge=4, le=400, description="number of quarters to run")
    parties: dict[str, PartyParams]
    provocation: ProvocationParams = ProvocationParams()
    sanctions: SanctionParams = SanctionParams()
    talks: TalksParams = TalksParams()
    agreements: AgreementParams = AgreementParams()
    trust: TrustParams = TrustParams()
    tension: TensionParams = TensionParams()
    programme: ProgrammeParams = ProgrammeParams()
    initial: InitialState = InitialState()
    schedule: tuple[ScheduleEvent, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> SixPartyParams:
        self._check_parties()
        self._check_schedule()
        return self

    def _check_parties(self) -> None:
        for code in self.parties:
            _check_code(code, "parties")
        missing = [code for code in PARTY_CODES if code not in self.parties]
        if missing:
            raise ValueError(f"parties {', '.join(missing)} are missing; all six are required")
        for code, party in self.parties.items():
            _check_posture(code, party.posture, f"parties.{code}.posture")
            others = [c for c in PARTY_CODES if c != code]
            if sorted(party.trust) != sorted(others):
                raise ValueError(
                    f"parties.{code}.trust must give trust towards exactly {', '.join(others)}"
                )
            if party.alliance is not None:
                _check_code(party.alliance, f"parties.{code}.alliance")
        _check_shares({code: p.trade_share for code, p in self.parties.items()}, "parties")

    def _check_schedule(self) -> None:
        previous = quarter_index(self.start)
        shares = {code: p.trade_share for code, p in self.parties.items()}
        for number, event in enumerate(self.schedule, start=1):
            now = quarter_index(event.quarter)
            if now < previous:
                after = "start " + self.start if number == 1 else self.schedule[number - 2].quarter
                raise ValueError(
                    f"schedule is out of order: event {number} ({event.kind}, {event.quarter}) "
                    f"comes before {after}; list events in time order from start"
                )
            previous = now
            if isinstance(event, Administration | Policy | Election):
                _check_code(event.party, f"schedule event {number}")
            if isinstance(event, Administration):
                _check_posture(event.party, event.posture, f"schedule event {number}")
            if isinstance(event, Policy) and event.trade_share is not None:
                shares[event.party] = event.trade_share
                _check_shares(shares, f"schedule event {number}")

    @property
    def start_index(self) -> int:
        """The quarter index of the first step."""
        return quarter_index(self.start)


def _check_shares(shares: dict[str, float], where: str) -> None:
    total = sum(shares.values())
    if total > 1.0 + 1e-9:
        raise ValueError(f"trade shares sum to {total:.2f} in {where}; they may sum to at most 1")


def _check_posture(party: str, posture: str, where: str) -> None:
    table = DPRK_POSTURES if party == "KP" else STATE_POSTURES
    if posture not in table:
        raise ValueError(
            f"unknown posture {posture!r} for {party} in {where}; allowed: {', '.join(table)}"
        )
