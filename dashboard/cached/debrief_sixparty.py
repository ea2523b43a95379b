"""Cached lever probes of the six-party debrief (one per parameter set, seed and headline)."""

from __future__ import annotations

import streamlit as st

from sim.debrief import Finding
from sim.debrief_sixparty import lever_probe, probe_findings
from sim.sixparty.params import SixPartyParams


@st.cache_data(show_spinner=False, max_entries=32)
def sixparty_probe_findings(params_json: str, seed: int, outcome: str) -> list[Finding]:
    """The quick lever probe's findings: four levers moved a step, common random numbers."""
    params = SixPartyParams.model_validate_json(params_json)
    return probe_findings(lever_probe(params, seed, outcome))
