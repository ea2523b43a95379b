"""A real browser (Playwright driving Debian's Chromium) opens the running dashboard.

Skipped with a reason where Chromium or Playwright is missing — except under ``CI=true``,
where a skipped browser test would hide a broken dashboard, so it fails instead.
"""

from __future__ import annotations

import ast
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
SHOTS = REPO / "artifacts" / "screenshots"
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

pytestmark = pytest.mark.browser

#: Generous, because a loaded 2-core machine can take many seconds for a first draw.
TIMEOUT = 120_000

#: Pages that draw at least one chart with their default settings.
CHART_PAGES = {"stage-game", "trust-cycle", "who-moves-first", "six-parties", "history", "run"}


def unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"browser test cannot run under CI: {reason}")
    pytest.skip(reason)


def page_paths() -> list[str]:
    """URL paths of every dashboard page, read from the PAGES list in dashboard/app.py."""
    tree = ast.parse((REPO / "dashboard" / "app.py").read_text(encoding="utf-8"))
    for node in tree.body:
        target = getattr(node, "target", None) or (getattr(node, "targets", [None])[0])
        if isinstance(target, ast.Name) and target.id == "PAGES":
            pages = ast.literal_eval(node.value)
            return [url for _, entries in pages for *_, url in entries]
    raise AssertionError("dashboard/app.py has no PAGES list")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    """A running dashboard on a free port, stopped by its own PID afterwards."""
    if not Path(CHROMIUM).exists():
        unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    port = free_port()
    streamlit = shutil.which("streamlit", path=str(Path(sys.executable).parent))
    process = subprocess.Popen(
        [streamlit or "streamlit", "run", "dashboard/app.py", "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port),
         "--browser.gatherUsageStats", "false"],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as reply:
                if reply.read() == b"ok":
                    break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        pytest.fail("the dashboard did not start: " + process.stderr.read().decode()[-2000:])
    yield base
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api") if os.environ.get("CI") != "true" \
        else __import__("playwright.sync_api", fromlist=["sync_playwright"])
    with playwright_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


def open_page(browser, url: str):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(url, wait_until="domcontentloaded")
    page.wait_for_selector('[data-testid="stApp"]', timeout=TIMEOUT)
    settle(page)
    return page


def settle(page) -> None:
    """Wait until the app script has run (language switch and page title drawn) and finished."""
    page.wait_for_selector('[data-testid="stSidebar"] [role="radiogroup"]', timeout=TIMEOUT)
    page.wait_for_selector('[data-testid="stMain"] h1', timeout=TIMEOUT)
    page.wait_for_timeout(300)
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=TIMEOUT)
    page.wait_for_selector('[data-testid="stSkeleton"]', state="detached", timeout=TIMEOUT)
    page.wait_for_timeout(200)


def assert_no_exception(page) -> None:
    boxes = page.locator('[data-testid="stException"]')
    assert boxes.count() == 0, boxes.first.inner_text()


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("path", page_paths())
def test_every_page_renders(server, browser, path, lang):
    page = open_page(browser, f"{server}/{path}?lang={lang}")
    try:
        page.wait_for_selector('[data-testid="stMain"]', timeout=TIMEOUT)
        assert_no_exception(page)
        charts = page.locator('div[data-testid="stPlotlyChart"]')
        if path in CHART_PAGES or charts.count():
            page.wait_for_selector(
                'div[data-testid="stPlotlyChart"] .js-plotly-plot .main-svg', timeout=TIMEOUT)
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{path}-{lang}.png"), full_page=True)
        if lang == "zh":
            assert "简体中文" in page.inner_text('[data-testid="stSidebar"]')
    finally:
        page.close()


def test_stage_game_heatmap_redraws_after_an_edit(server, browser):
    page = open_page(browser, f"{server}/stage-game")
    try:
        page.wait_for_selector(
            'div[data-testid="stPlotlyChart"] .js-plotly-plot .main-svg', timeout=TIMEOUT)
        assert page.locator(".js-plotly-plot .heatmaplayer").count() >= 1
        before = page.locator(".js-plotly-plot").first.inner_text()
        choice = page.get_by_text("Chicken", exact=True)
        if choice.count() == 0:
            page.locator('[data-testid="stSelectbox"]').first.click()
            page.get_by_role("option", name="Chicken").click()
        else:
            choice.first.click()
        settle(page)
        assert_no_exception(page)
        page.wait_for_selector(".js-plotly-plot .heatmaplayer", timeout=TIMEOUT)
        after = page.locator(".js-plotly-plot").first.inner_text()
        assert after != before
    finally:
        page.close()
