"""The run store: round trips, concurrency, killed writers, foreign files, old versions."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pandas as pd
import pytest

from sim.errors import InputError
from sim.io.store import _SCHEMA_V1, APPLICATION_ID, RunStore, _frame_to_parquet, default_store_path
from sim.scenario import parse_scenario
from tests.conftest import MINIMAL_SCENARIO

SCENARIO = parse_scenario(MINIMAL_SCENARIO)


def frame(n: int = 5) -> pd.DataFrame:
    return pd.DataFrame({"replicate": range(n), "payoff": [float(i) / 2 for i in range(n)]})


def test_save_load_round_trip(tmp_path):
    store = RunStore(tmp_path / "runs.sqlite")
    run_id = store.save(SCENARIO, frame(), {"mean": 1.0}, seed=7, parameters={"T": 4}, name="a")
    record = store.load(run_id)
    assert record.scenario == SCENARIO
    assert record.seed == 7
    assert record.parameters == {"T": 4}
    assert record.summary == {"mean": 1.0}
    assert record.name == "a"
    pd.testing.assert_frame_equal(record.frame, frame())
    assert list(store.list()["id"]) == [run_id]


def test_delete_and_unknown_ids(tmp_path):
    store = RunStore(tmp_path / "runs.sqlite")
    keep = store.save(SCENARIO, frame(), {}, seed=1)
    gone = store.save(SCENARIO, frame(), {}, seed=2)
    store.delete(gone)
    assert list(store.list()["id"]) == [keep]
    with pytest.raises(InputError, match=f"no saved run with id {gone}"):
        store.load(gone)
    with pytest.raises(InputError, match="no saved run"):
        store.delete(999)


def test_environment_variable_sets_the_default(tmp_path, monkeypatch):
    monkeypatch.setenv("PENINSULA_STORE", str(tmp_path / "x.sqlite"))
    assert default_store_path() == tmp_path / "x.sqlite"
    monkeypatch.delenv("PENINSULA_STORE")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_store_path() == tmp_path / "data" / "peninsula" / "runs.sqlite"


def _save_many(path: str, count: int, offset: int) -> None:
    store = RunStore(path)
    for i in range(count):
        store.save(SCENARIO, frame(50), {"i": i}, seed=offset + i)


def test_two_processes_saving_at_once_lose_nothing(tmp_path):
    path = str(tmp_path / "runs.sqlite")
    RunStore(path).list()
    ctx = mp.get_context("spawn")
    workers = [ctx.Process(target=_save_many, args=(path, 25, k * 1000)) for k in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    seeds = sorted(RunStore(path).list()["seed"])
    assert seeds == sorted([*range(25), *range(1000, 1025)])


def test_a_writer_killed_mid_save_leaves_earlier_runs_intact(tmp_path):
    path = tmp_path / "runs.sqlite"
    store = RunStore(path)
    first = store.save(SCENARIO, frame(), {"ok": True}, seed=1)
    # A child opens a transaction, writes a row and is killed before it commits.
    script = textwrap.dedent(f"""
        import os, signal, sqlite3
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO runs (kind, scenario_id, scenario_yaml, parameters, seed, "
                     "version, created_at, finished_at, summary, results) "
                     "VALUES ('x','x','x','{{}}',2,'0','t','t','{{}}',x'00')")
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    child = subprocess.run([sys.executable, "-c", script], timeout=60)
    assert child.returncode == -signal.SIGKILL
    runs = RunStore(path).list()
    assert list(runs["id"]) == [first]
    assert RunStore(path).load(first).summary == {"ok": True}
    assert RunStore(path).save(SCENARIO, frame(), {}, seed=3) > first


def test_a_process_killed_while_saving_in_a_loop(tmp_path):
    path = str(tmp_path / "runs.sqlite")
    RunStore(path).save(SCENARIO, frame(), {}, seed=0)
    ctx = mp.get_context("spawn")
    worker = ctx.Process(target=_save_many, args=(path, 10_000, 1))
    worker.start()
    deadline = time.monotonic() + 60
    while len(RunStore(path).list()) < 5 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(worker.pid, signal.SIGKILL)
    worker.join()
    store = RunStore(path)
    runs = store.list()
    assert len(runs) >= 5
    for run_id in runs["id"]:
        store.load(int(run_id))


def test_a_foreign_file_is_refused_and_not_touched(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("my thesis, do not overwrite")
    with pytest.raises(InputError, match="not a Peninsula run store"):
        RunStore(path)
    assert path.read_text() == "my thesis, do not overwrite"


def test_another_sqlite_database_is_refused_and_not_touched(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(InputError, match="not a Peninsula run store"):
        RunStore(path).list()
    assert path.read_bytes() == before


def test_a_corrupted_store_gives_a_clear_error(tmp_path):
    path = tmp_path / "runs.sqlite"
    RunStore(path).save(SCENARIO, frame(), {}, seed=1)
    data = bytearray(path.read_bytes())
    data[100:4000] = b"\x00" * 3900
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match=r"cannot be read|not a Peninsula"):
        RunStore(path).list()


def test_a_store_written_by_an_older_version_still_loads(tmp_path):
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(_SCHEMA_V1)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    from sim.io import dump_scenario

    conn.execute(
        "INSERT INTO runs (kind, scenario_id, scenario_yaml, parameters, seed, version, "
        "created_at, finished_at, summary, results) VALUES (?,?,?,?,?,?,?,?,?,?)",
        ("stage_game", SCENARIO.id, dump_scenario(SCENARIO), "{}", 11, "0.0.1",
         "2026-01-01T00:00:00+00:00", "2026-01-01T00:00:01+00:00", '{"mean": 2.5}',
         _frame_to_parquet(frame())),
    )
    conn.close()
    store = RunStore(path)
    record = store.load(1)
    assert record.version == "0.0.1"
    assert record.summary == {"mean": 2.5}
    assert record.name == ""
    pd.testing.assert_frame_equal(record.frame, frame())
    assert store.save(SCENARIO, frame(), {}, seed=12) == 2
