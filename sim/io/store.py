"""The run store: saved runs in an embedded SQLite database.

Where it lives: ``$PENINSULA_STORE`` if set, else ``$XDG_DATA_HOME/peninsula/runs.sqlite``
(``~/.local/share/peninsula/runs.sqlite`` when ``XDG_DATA_HOME`` is unset); the CLI's
``--store`` flag overrides both.

What a run holds: the scenario (as YAML, so it can be validated again and rerun), the
parameters that were overridden, the seed, the package version, start and finish times, a
JSON summary and the result frame (Parquet bytes).

Safety:

* every save is one ``BEGIN IMMEDIATE`` transaction: two processes saving at once are
  serialised by SQLite's lock (with a generous busy timeout), and a process killed in the
  middle of a save leaves the journal to roll back — earlier runs stay intact;
* the database runs in WAL mode, so readers never block the writer;
* a file that is not a Peninsula store (not SQLite, or SQLite without Peninsula's
  ``application_id``) is refused with a clear message and never written to;
* stores written by older versions are migrated forward in place, inside a transaction.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from sim import __version__
from sim.errors import InputError
from sim.io.scenarios import dump_scenario, parse_scenario_text
from sim.scenario import ScenarioBase

__all__ = ["RunRecord", "RunStore", "default_store_path"]

APPLICATION_ID = 0x50454E49  # "PENI"
SCHEMA_VERSION = 2
SQLITE_MAGIC = b"SQLite format 3\x00"

_SCHEMA_V1 = """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    scenario_id TEXT NOT NULL,
    scenario_yaml TEXT NOT NULL,
    parameters TEXT NOT NULL,
    seed INTEGER NOT NULL,
    version TEXT NOT NULL,
    created_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    summary TEXT NOT NULL,
    results BLOB NOT NULL
);
"""

# Each migration takes the schema from version N to N + 1.
_MIGRATIONS: dict[int, str] = {
    1: "ALTER TABLE runs ADD COLUMN name TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE runs ADD COLUMN results_format TEXT NOT NULL DEFAULT 'parquet';",
}


def default_store_path() -> Path:
    """The store used when no ``--store`` is given (see the module docstring)."""
    if env := os.environ.get("PENINSULA_STORE"):
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "peninsula" / "runs.sqlite"


@dataclass(frozen=True)
class RunRecord:
    """One saved run, as loaded from the store."""

    id: int
    name: str
    kind: str
    scenario: ScenarioBase
    parameters: dict[str, Any]
    seed: int
    version: str
    created_at: str
    finished_at: str
    summary: dict[str, Any]
    frame: pd.DataFrame


class RunStore:
    """A handle on one store file; cheap to create, opens a connection per operation."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        self._check_foreign()

    # -- opening --------------------------------------------------------------------------

    def _check_foreign(self) -> None:
        if not self.path.exists():
            return
        if self.path.is_dir():
            raise InputError(f"{self.path}: is a directory; the run store must be a file")
        with self.path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
        if header and header != SQLITE_MAGIC:
            raise InputError(
                f"{self.path}: not a Peninsula run store (not an SQLite database); "
                "nothing was changed — choose another file with --store or PENINSULA_STORE"
            )

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        try:
            conn.execute("PRAGMA busy_timeout = 60000")
            self._prepare(conn)
            yield conn
        except sqlite3.DatabaseError as exc:
            raise InputError(
                f"{self.path}: the run store cannot be read ({exc}); nothing was changed"
            ) from None
        finally:
            conn.close()

    def _prepare(self, conn: sqlite3.Connection) -> None:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        query = "SELECT name FROM sqlite_master WHERE type='table'"
        tables = {row[0] for row in conn.execute(query)}
        if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables):
            raise InputError(
                f"{self.path}: an SQLite database, but not a Peninsula run store; nothing was "
                "changed — choose another file with --store or PENINSULA_STORE"
            )
        if app_id == 0:
            self._create(conn)
        self._migrate(conn)

    def _create(self, conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] == 0:
                conn.execute(_SCHEMA_V1.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS"))
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute("PRAGMA user_version = 1")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("PRAGMA journal_mode = WAL")

    def _migrate(self, conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise InputError(
                f"{self.path}: written by a newer Peninsula (store schema {version}, this one "
                f"reads up to {SCHEMA_VERSION}); upgrade Peninsula to read it"
            )
        while version < SCHEMA_VERSION:
            conn.execute("BEGIN IMMEDIATE")
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            if current == version:
                for statement in _MIGRATIONS[version].split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
            version = conn.execute("PRAGMA user_version").fetchone()[0]

    # -- writing --------------------------------------------------------------------------

    def save(self, scenario: ScenarioBase, frame: pd.DataFrame, summary: dict[str, Any],
             seed: int, parameters: dict[str, Any] | None = None, name: str = "",
             created_at: str | None = None, version: str = __version__) -> int:
        """Save one run in a single transaction and return its id."""
        blob = _frame_to_parquet(frame)
        row = (
            name, scenario.kind, scenario.id, dump_scenario(scenario),
            json.dumps(parameters or {}, default=str), int(seed), version,
            created_at or _now(), _now(), json.dumps(summary, default=_json_default), blob,
            "parquet",
        )
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                cursor = conn.execute(
                    "INSERT INTO runs (name, kind, scenario_id, scenario_yaml, parameters, seed, "
                    "version, created_at, finished_at, summary, results, results_format) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row,
                )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            return int(cursor.lastrowid or 0)

    def delete(self, run_id: int) -> None:
        """Delete one run; an unknown id is an error."""
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            deleted = conn.execute("DELETE FROM runs WHERE id = ?", (run_id,)).rowcount
            conn.execute("COMMIT")
        if not deleted:
            raise InputError(f"no saved run with id {run_id} in {self.path}")

    # -- reading --------------------------------------------------------------------------

    def list(self) -> pd.DataFrame:
        """One row per saved run (no results), newest last."""
        columns = ["id", "name", "kind", "scenario_id", "seed", "version", "created_at",
                   "finished_at"]
        with self._connect() as conn:
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM runs ORDER BY id").fetchall()
        return pd.DataFrame(rows, columns=columns)

    def load(self, run_id: int) -> RunRecord:
        """Load one run with its scenario and result frame."""
        with self._connect() as conn:
            row = conn.execute(
                "SELECT id, name, kind, scenario_yaml, parameters, seed, version, created_at, "
                "finished_at, summary, results, results_format FROM runs WHERE id = ?",
                (run_id,),
            ).fetchone()
        if row is None:
            raise InputError(f"no saved run with id {run_id} in {self.path}")
        return RunRecord(
            id=row[0], name=row[1], kind=row[2],
            scenario=parse_scenario_text(row[3], f"run {row[0]}"),
            parameters=json.loads(row[4]), seed=row[5], version=row[6], created_at=row[7],
            finished_at=row[8], summary=json.loads(row[9]),
            frame=_frame_from_blob(row[10], row[11]),
        )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _json_default(value: Any) -> Any:
    if hasattr(value, "item"):
        return value.item()
    if hasattr(value, "tolist"):
        return value.tolist()
    return str(value)


def _frame_to_parquet(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()


def _frame_from_blob(blob: bytes, fmt: str) -> pd.DataFrame:
    if fmt == "parquet":
        return pd.read_parquet(io.BytesIO(blob))
    if fmt == "json":
        return pd.DataFrame(json.loads(blob.decode("utf-8")))
    raise InputError(f"saved results in unknown format {fmt!r}; allowed: parquet, json")
