"""Every bundled scenario loads, is named after its file, and round-trips."""

from __future__ import annotations

from pathlib import Path

import pytest

from sim.io import SCENARIO_DIR, dump_scenario, load_scenario, parse_scenario_text

FILES = sorted(SCENARIO_DIR.glob("*.yaml"))


def test_library_has_scenarios():
    assert len(FILES) >= 2


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_scenario_loads_and_is_named_after_its_file(path: Path):
    scenario = load_scenario(path)
    assert scenario.id == path.stem
    assert scenario.title.en != scenario.title.zh
    assert scenario.questions


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_scenario_round_trips_through_yaml(path: Path):
    scenario = load_scenario(path)
    assert parse_scenario_text(dump_scenario(scenario), path.name) == scenario
