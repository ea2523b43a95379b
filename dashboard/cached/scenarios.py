"""Cached access to the bundled scenario library."""

from __future__ import annotations

import streamlit as st

from sim.io import bundled_scenarios
from sim.scenario import ScenarioBase


@st.cache_resource(show_spinner=False)
def scenario_library() -> dict[str, ScenarioBase]:
    """Every bundled scenario by id (loaded once per server)."""
    return {scenario.id: scenario for _, scenario in bundled_scenarios()}


def scenarios_of_kind(kind: str) -> dict[str, ScenarioBase]:
    """The bundled scenarios of one model kind, by id."""
    return {key: s for key, s in scenario_library().items() if s.kind == kind}
