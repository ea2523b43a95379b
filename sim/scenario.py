"""The validated scenario: the one input every simulation takes.

A scenario file (YAML, see ``sim.io``) describes one experiment: who it is for, what it
models and with which parameters, where its claims come from, and how to teach it. Every
scenario shares the fields of :class:`ScenarioBase`; each model kind subclasses it with a
``kind`` literal and its own ``parameters`` model. :data:`Scenario` is the tagged union of
all kinds, discriminated on ``kind``, and :func:`parse_scenario` is the only door in.

Scenarios are frozen: a run never mutates its input, and a changed parameter is a new
scenario (``scenario.model_copy(update=...)`` or :func:`with_parameters`).

To add a model kind: define ``class MyParams(ParamsBase)`` and
``class MyScenario(ScenarioBase)`` with ``kind: Literal["my_kind"]`` and
``parameters: MyParams``, then add it to :data:`SCENARIO_KINDS` below.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, field_validator

from sim.games.params import StageGameParams
from sim.repeated.params import RepeatedParams
from sim.sequencing.params import SequencingParams
from sim.sixparty.params import SixPartyParams

__all__ = [
    "SCENARIO_KINDS",
    "Bilingual",
    "ParamsBase",
    "Reference",
    "RepeatedScenario",
    "Scenario",
    "ScenarioBase",
    "SequencingScenario",
    "SixPartyScenario",
    "StageGameScenario",
    "parse_scenario",
    "with_parameters",
]

ID_PATTERN = r"^[a-z][a-z0-9_]{2,63}$"


class Frozen(BaseModel):
    """Strict, immutable base: unknown fields are errors, values never change."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class ParamsBase(Frozen):
    """Base of every model kind's parameter block."""


class Bilingual(Frozen):
    """A text in English and Simplified Chinese; both are required."""

    en: str = Field(min_length=1, max_length=4000)
    zh: str = Field(min_length=1, max_length=4000)

    def get(self, lang: str) -> str:
        """The text in ``lang`` ("en" or "zh"), English for anything else."""
        return self.zh if lang == "zh" else self.en


class Reference(Frozen):
    """Where a scenario's claim or number comes from.

    ``kind`` says what the reference is: a passage of the seed essays, an event of the
    bundled timeline (``date`` + ``event_type`` identify it), or published literature.
    """

    kind: Literal["seed", "timeline", "literature", "data"]
    title: str = Field(min_length=1, max_length=400)
    detail: str | None = Field(default=None, max_length=1000)
    date: str | None = Field(default=None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    url: str | None = Field(default=None, max_length=500)


class ScenarioBase(Frozen):
    """Fields every scenario has, whatever it models."""

    id: str = Field(pattern=ID_PATTERN, description="lower_snake_case, 3-64 characters")
    kind: str
    era: str = Field(min_length=1, max_length=40, description="e.g. '1993-1994' or 'classroom'")
    title: Bilingual
    description: Bilingual
    references: tuple[Reference, ...] = Field(min_length=1)
    teaching_notes: Bilingual
    questions: tuple[Bilingual, ...] = Field(min_length=1, max_length=20)
    tags: tuple[str, ...] = ()

    @field_validator("tags")
    @classmethod
    def _tags_are_words(cls, tags: tuple[str, ...]) -> tuple[str, ...]:
        for tag in tags:
            if not re.fullmatch(r"[a-z0-9_-]{1,32}", tag):
                raise ValueError(f"tag {tag!r} must be 1-32 lowercase letters, digits, - or _")
        return tags


class StageGameScenario(ScenarioBase):
    """A one-shot two-player game: a classic, the US–DPRK game, or an explicit table."""

    kind: Literal["stage_game"]
    parameters: StageGameParams


class RepeatedScenario(ScenarioBase):
    """Repeated bilateral play: two strategies, noise, misperception and Bayesian trust."""

    kind: Literal["repeated"]
    parameters: RepeatedParams


class SequencingScenario(ScenarioBase):
    """Staged agreements: orders of steps, verification and self-enforcement."""

    kind: Literal["sequencing"]
    parameters: SequencingParams


class SixPartyScenario(ScenarioBase):
    """The six parties on Mesa: parties, mechanism strengths and a schedule of events."""

    kind: Literal["sixparty"]
    parameters: SixPartyParams


# Every model kind, in the order the UI lists them. To add a kind, import its scenario
# class above and add it to both lines below.
SCENARIO_KINDS: tuple[type[ScenarioBase], ...] = (
    StageGameScenario, RepeatedScenario, SequencingScenario, SixPartyScenario,
)
AnyScenario = StageGameScenario | RepeatedScenario | SequencingScenario | SixPartyScenario

Scenario = Annotated[AnyScenario, Field(discriminator="kind")]

_ADAPTER: TypeAdapter[Any] = TypeAdapter(Scenario)


def parse_scenario(data: Any) -> ScenarioBase:
    """Validate a plain mapping (already parsed from YAML) into a frozen scenario.

    Raises ``pydantic.ValidationError``; ``sim.io`` turns it into one readable line.
    """
    result: ScenarioBase = _ADAPTER.validate_python(data)
    return result


def with_parameters(scenario: ScenarioBase, **changes: Any) -> ScenarioBase:
    """A copy of ``scenario`` with some parameters changed, validated again."""
    data = scenario.model_dump(mode="python")
    data["parameters"] = {**data["parameters"], **changes}
    return parse_scenario(data)
