"""Shared fixtures: a minimal valid scenario, a way to run the CLI, and a browser."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent

MINIMAL_SCENARIO: dict[str, Any] = {
    "id": "minimal_chicken",
    "kind": "stage_game",
    "era": "classroom",
    "title": {"en": "Minimal chicken", "zh": "最简懦夫博弈"},
    "description": {"en": "A test scenario.", "zh": "测试用情景。"},
    "parameters": {"game": "classic", "name": "chicken", "T": 4, "R": 3, "P": 0, "S": 1},
    "references": [{"kind": "literature", "title": "Rapoport & Chammah, Prisoner's Dilemma (1965)"}],
    "teaching_notes": {"en": "Notes.", "zh": "说明。"},
    "questions": [{"en": "Who swerves?", "zh": "谁先转向？"}],
}


@pytest.fixture
def scenario_data() -> dict[str, Any]:
    """A fresh copy of a minimal valid scenario mapping, to break in tests."""
    return copy.deepcopy(MINIMAL_SCENARIO)


@pytest.fixture
def write_yaml(tmp_path: Path):
    """Write a mapping (or raw text) to a YAML file and return its path."""

    def write(data: Any, name: str = "scenario.yaml") -> Path:
        path = tmp_path / name
        text = data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run the installed ``peninsula`` command as a user would."""
    exe = Path(sys.executable).parent / "peninsula"
    return subprocess.run(
        [str(exe), *args], capture_output=True, text=True, timeout=timeout, cwd=REPO
    )


class CliResult:
    """What a command printed and returned, like ``subprocess.CompletedProcess``."""

    def __init__(self, returncode: int, stdout: str, stderr: str) -> None:
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def invoke(*args: str) -> CliResult:
    """Run a ``peninsula`` command in this process (fast; same code path as the console)."""
    from typer.testing import CliRunner

    from sim.cli import app

    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return CliResult(result.exit_code, result.stdout, result.stderr)


@pytest.fixture
def downloads(monkeypatch):
    """The data of every download button a page test draws, by file name.

    ``downloads(name)`` reads one file back as text (deferred data, such as the HTML report,
    is built on reading); ``downloads.files`` holds them all.
    """
    from streamlit.runtime.media_file_manager import MediaFileManager

    files: dict[str, object] = {}
    add, add_deferred = MediaFileManager.add, MediaFileManager.add_deferred

    def recording_add(self, path_or_data, mimetype, coordinates, file_name=None, *args, **kwargs):
        files[file_name] = path_or_data
        return add(self, path_or_data, mimetype, coordinates, file_name, *args, **kwargs)

    def recording_deferred(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):
        files[file_name] = data_callable
        return add_deferred(self, data_callable, mimetype, coordinates, file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add", recording_add)
    monkeypatch.setattr(MediaFileManager, "add_deferred", recording_deferred)

    def read(name: str) -> str:
        data = files[name]
        data = data() if callable(data) else data
        return data.decode("utf-8") if isinstance(data, bytes) else str(data)
    read.files = files  # type: ignore[attr-defined]
    return read


def open_view(page: str | Path, lang: str = "en", query: dict[str, str] | None = None,
              timeout: float = 120) -> Any:
    """A new AppTest session of a dashboard page, opened with ``query`` in its address.

    Fails the test if the page raised; returns the session after its first run.
    """
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(page), default_timeout=timeout)
    at.session_state["lang"] = lang
    for name, value in (query or {}).items():
        at.query_params[name] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium under Playwright, one per test module (see ``tests/browser_support``)."""
    from tests.browser_support import BrowserUnavailable, chromium, unavailable

    if os.environ.get("CI") != "true":
        pytest.importorskip("playwright.sync_api")
    try:
        with chromium() as instance:
            yield instance
    except BrowserUnavailable as exc:
        unavailable(str(exc))
