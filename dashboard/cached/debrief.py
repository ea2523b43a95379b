"""Cached debriefs of repeated-play runs, for any page that shows one replicate of a match."""

from __future__ import annotations

import streamlit as st

from sim.debrief import Finding, debrief
from sim.debrief_probe import Probe, probe_for
from sim.repeated.params import RepeatedParams
from sim.repeated.run import generator_for, run_match


@st.cache_data(show_spinner=False, max_entries=32)
def match_probe(params_json: str) -> Probe:
    """The quick sensitivity probe of a match (one per parameter set)."""
    return probe_for(RepeatedParams.model_validate_json(params_json))


@st.cache_data(show_spinner=False, max_entries=128)
def match_debrief(params_json: str, replicate: int) -> list[Finding]:
    """The debrief of one replicate of the match ``params_json`` describes."""
    params = RepeatedParams.model_validate_json(params_json)
    result = run_match(params, generator_for(params))
    return debrief(result, replicate, match_probe(params_json))
