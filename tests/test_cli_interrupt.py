"""Ctrl-C during a long run stops cleanly and keeps what was saved before."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from sim.io.store import RunStore
from tests.conftest import REPO, invoke


def test_ctrl_c_exits_130_with_one_line_and_keeps_saved_runs(tmp_path):
    store = tmp_path / "runs.sqlite"
    saved = invoke("run", "standoff_2017", "--runs", "2", "--executor", "serial", "--save",
                   "--store", str(store), "--json")
    assert saved.returncode == 0, saved.stderr
    exe = Path(sys.executable).parent / "peninsula"
    process = subprocess.Popen(
        [str(exe), "run", "history_1993_2024", "--runs", "100000", "--executor", "serial",
         "--save", "--store", str(store)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    time.sleep(6)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130
    assert "interrupted" in err
    assert "Traceback" not in err
    assert list(RunStore(store).list()["scenario_id"]) == ["standoff_2017"]
