"""The ``peninsula`` command starts without loading the heavy libraries.

``peninsula --help`` and ``peninsula validate`` need the command definitions and the
scenario schema only; pandas, SciPy, nashpy, Mesa, SALib and Dask load inside the commands
that compute. Checked by the modules a fresh interpreter holds after the import (a fact
about the import graph, not a timing).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

HEAVY = ("pandas", "scipy", "nashpy", "mesa", "SALib", "dask", "distributed", "pyarrow", "networkx")


def modules_after(statement: str) -> set[str]:
    """Top-level packages loaded in a fresh interpreter after running ``statement``."""
    code = f"import sys, json\n{statement}\nprint(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))"
    output = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                            text=True).stdout
    return set(json.loads(output.splitlines()[-1]))


@pytest.mark.parametrize("statement", ["import sim.cli", "import sim.scenario", "import sim.io"])
def test_start_up_loads_no_heavy_library(statement):
    assert not modules_after(statement) & set(HEAVY)


def test_the_check_sees_a_heavy_import():
    assert "pandas" in modules_after("import sim.experiments")


def test_executor_help_names_every_executor():
    from sim.cli.experiments import EXECUTOR_CHOICES
    from sim.experiments.executors import EXECUTOR_NAMES

    assert EXECUTOR_CHOICES == EXECUTOR_NAMES


def test_help_and_validate_still_work(tmp_path):
    from sim.cli import app
    from sim.io import SCENARIO_DIR

    runner = CliRunner()
    shown = runner.invoke(app, ["--help"])
    assert shown.exit_code == 0
    for command in ("validate", "run", "sweep", "sensitivity", "match", "sequence", "sixparty", "runs"):
        assert command in shown.output
    checked = runner.invoke(app, ["validate", str(SCENARIO_DIR / "echo_effect.yaml")])
    assert checked.exit_code == 0 and "echo_effect" in checked.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\n")
    assert runner.invoke(app, ["validate", str(bad)]).exit_code == 2
