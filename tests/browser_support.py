"""Driving the dashboard in a real Chromium: shared by ``tests/test_browser.py`` and
``benchmarks/bench_browser.py``.

Widgets are found by their keys — Streamlit puts the CSS class ``st-key-<key>`` (dots become
hyphens) on a keyed widget's container — never by their place on the page.

**When is a run finished?** Streamlit shows its "Running…" status widget only after a
delay, so its absence proves nothing. :class:`RunTracker` listens to the app's websocket
instead and decodes Streamlit's own messages: ``session_status_changed`` says a script run
started or stopped, ``script_finished`` that one ended (a run cut short because a newer
interaction asked for a rerun does not count: the rerun follows). :meth:`RunTracker.wait_idle` waits
for a finished run and then for the page to draw what it received (no stale elements, every
chart drawn, no DOM change for a short quiet time).
"""

from __future__ import annotations

import ast
import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from google.protobuf.message import DecodeError

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
VIEWPORT = {"width": 1400, "height": 1000}
#: Generous, because a loaded 2-core machine can take many seconds for a first draw.
TIMEOUT = 120_000
CHART = 'div[data-testid="stPlotlyChart"] .js-plotly-plot .main-svg'
EXCEPTION = '[data-testid="stException"]'
ERROR_BOX = '[data-testid="stAlertContentError"]'

#: Records when the document last changed (``window.__peninsulaClock.last``, on the page's
#: clock: milliseconds since navigation start), so that "nothing changed for a while" can
#: be asked. Safe to run twice, and early enough for ``add_init_script``.
MUTATION_CLOCK = """
() => {
  if (window.__peninsulaClock) return;
  window.__peninsulaClock = {last: performance.now()};
  new MutationObserver(() => { window.__peninsulaClock.last = performance.now(); })
    .observe(document, {subtree: true, childList: true, attributes: true,
                        characterData: true});
}
"""

_QUIET = """
(quietMs) => {
  const clock = window.__peninsulaClock;
  if (!clock) return false;
  if (document.querySelector('[data-testid="stStatusWidget"]')) return false;
  if (document.querySelector('[data-stale="true"]')) return false;
  if (document.querySelector('[data-testid="stSkeleton"]')) return false;
  for (const chart of document.querySelectorAll('div[data-testid="stPlotlyChart"]')) {
    if (chart.offsetParent !== null && !chart.querySelector('.js-plotly-plot .main-svg'))
      return false;
  }
  return performance.now() - clock.last > quietMs;
}
"""

#: What the page shows, in parts a test can compare before and after an interaction:
#: charts (their text and drawn data, hover labels left out), tables (the accessible copy
#: of each data grid), metrics, and prose (markdown, headings, captions, alerts).
FINGERPRINT = """
() => {
  const main = document.querySelector('[data-testid="stMain"]');
  if (!main) return {charts: [], tables: [], metrics: [], text: ''};
  const charts = [...main.querySelectorAll('.js-plotly-plot')].map(plot => {
    const parts = [];
    for (const svg of plot.querySelectorAll('.main-svg')) {
      for (const node of svg.querySelectorAll('path, text, image, rect.bg')) {
        if (node.closest('.hoverlayer') || node.closest('.modebar')) continue;
        if (node.tagName === 'text') parts.push('t:' + node.textContent);
        else if (node.tagName === 'image') parts.push('i:' + (node.getAttribute('href') || ''));
        else parts.push('d:' + (node.getAttribute('d') || node.getAttribute('width') || ''));
      }
    }
    return parts.join('|');
  });
  const tables = [...main.querySelectorAll('[data-testid="stDataFrame"] table, [data-testid="stTable"]')]
    .map(table => table.textContent);
  const metrics = [...main.querySelectorAll('[data-testid="stMetric"]')].map(m => m.innerText);
  const text = [...main.querySelectorAll(
      '[data-testid="stMarkdown"], [data-testid="stHeading"], [data-testid="stCaptionContainer"],'
      + ' [data-testid="stAlert"]')]
    .filter(node => !node.closest('[data-testid="stWidgetLabel"]'))
    .map(node => node.innerText).join('\\n');
  return {charts, tables, metrics, text};
}
"""


class BrowserUnavailable(RuntimeError):
    """Chromium or Playwright is missing."""


def unavailable(reason: str) -> None:
    """Skip a browser test for ``reason`` — or fail it under ``CI=true``, where a skipped
    browser test would hide a broken dashboard."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"browser test cannot run under CI: {reason}")
    pytest.skip(reason)


def key_selector(key: str) -> str:
    """The CSS selector of a keyed widget's container (``rs_p.noise`` -> ``.st-key-rs_p-noise``)."""
    return ".st-key-" + key.replace(".", "-")


def page_paths() -> list[str]:
    """URL paths of every dashboard page, read from the PAGES list in dashboard/app.py."""
    tree = ast.parse((REPO / "dashboard" / "app.py").read_text(encoding="utf-8"))
    for node in tree.body:
        target = getattr(node, "target", None) or (getattr(node, "targets", [None])[0])
        if isinstance(target, ast.Name) and target.id == "PAGES":
            pages = ast.literal_eval(node.value)
            return [url for _, entries in pages for *_, url in entries]
    raise AssertionError("dashboard/app.py has no PAGES list")


def page_url(base: str, path: str, query: str = "") -> str:
    """The address of page ``path``: the default page (home) lives at the app's root, and
    ``/home`` would open a "page not found" dialog."""
    address = f"{base}/" if path == "home" else f"{base}/{path}"
    return f"{address}?{query}" if query else address


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def running_dashboard(start_timeout: float = 60, repo: Path = REPO) -> Iterator[str]:
    """Serve the dashboard on a free port; yield its base URL; stop it by its own PID.

    ``repo`` may be another checkout of the project (an older commit, to compare with):
    its own ``sim`` and ``dashboard`` packages are imported, ahead of the installed ones.
    """
    if not Path(CHROMIUM).exists():
        raise BrowserUnavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    port = free_port()
    streamlit = shutil.which("streamlit", path=str(Path(sys.executable).parent))
    process = subprocess.Popen(
        [streamlit or "streamlit", "run", "dashboard/app.py", "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port),
         "--browser.gatherUsageStats", "false"],
        cwd=repo, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(
            filter(None, [str(repo), os.environ.get("PYTHONPATH")]))},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + start_timeout
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as reply:
                    if reply.read() == b"ok":
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    raise RuntimeError("the dashboard did not start: "
                                       + process.stderr.read().decode()[-2000:]) from None
                time.sleep(0.3)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)


@contextlib.contextmanager
def chromium() -> Iterator[Any]:
    """Debian's Chromium under Playwright (``BrowserUnavailable`` if either is missing)."""
    if not Path(CHROMIUM).exists():
        raise BrowserUnavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        raise BrowserUnavailable(f"playwright is not installed ({exc})") from None
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()


class RunTracker:
    """Follows the script runs of one page through Streamlit's websocket messages."""

    def __init__(self, page: Any) -> None:
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        self._message = ForwardMsg
        self.page = page
        self.started = 0
        self.finished = 0
        self.running = False
        self.statuses: list[int] = []
        #: The type of every binary message received, in order (``?`` if undecodable).
        self.kinds: list[str] = []
        page.on("websocket", self._attach)

    def _attach(self, socket: Any) -> None:
        if socket.url.endswith("/_stcore/stream"):
            socket.on("framereceived", self._received)

    def _received(self, payload: Any) -> None:
        if isinstance(payload, str):
            return
        message = self._message()
        try:
            message.ParseFromString(payload)
        except DecodeError:  # not a ForwardMsg: not ours to judge
            self.kinds.append("?")
            return
        kind = message.WhichOneof("type")
        self.kinds.append(kind or "?")
        if kind == "session_status_changed":
            running = message.session_status_changed.script_is_running
            if running and not self.running:
                self.started += 1
            self.running = running
        elif kind == "script_finished":
            status = int(message.script_finished)
            self.statuses.append(status)
            if status != self._message.ScriptFinishedStatus.FINISHED_EARLY_FOR_RERUN:
                # A run cut short for a rerun is not the end: the rerun follows at once.
                self.finished += 1
                self.running = False

    def wait_idle(self, after: int | None = None, timeout: float = TIMEOUT,
                  quiet_ms: int = 400) -> None:
        """Wait for a run to finish (one after the ``after``-th, if given) and the page to draw it.

        Raises ``AssertionError`` if no run finishes in time.
        """
        page = self.page
        page.evaluate(MUTATION_CLOCK)
        deadline = time.monotonic() + timeout / 1000
        wanted = 1 if after is None else after + 1
        while self.finished < wanted or self.running:
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"no script run finished within {timeout / 1000:.0f} s "
                    f"(started {self.started}, finished {self.finished}, wanted {wanted})")
            page.wait_for_timeout(50)
        remaining = max(1_000, int((deadline - time.monotonic()) * 1000))
        page.wait_for_function(_QUIET, arg=quiet_ms, timeout=remaining, polling=100)
        if self.running:  # a rerun started while the page was drawing (a callback, a link)
            self.wait_idle(self.finished, timeout, quiet_ms)


def open_page(browser_or_context: Any, url: str) -> tuple[Any, RunTracker]:
    """A new page (in a browser's own or a given context) at ``url``, after its first
    script run has finished and been drawn."""
    page = browser_or_context.new_page()
    page.set_viewport_size(VIEWPORT)
    tracker = RunTracker(page)
    page.goto(url, wait_until="domcontentloaded")
    page.wait_for_selector('[data-testid="stApp"]', timeout=TIMEOUT)
    page.wait_for_selector('[data-testid="stMain"] h1', timeout=TIMEOUT)
    tracker.wait_idle()
    return page, tracker


def fingerprint(page: Any) -> dict[str, Any]:
    """What the page shows now (see :data:`FINGERPRINT`)."""
    page.mouse.move(0, 0)  # no hover label from where the last click left the pointer
    result: dict[str, Any] = page.evaluate(FINGERPRINT)
    return result


def table_rows(page: Any, selector: str) -> list[list[str]]:
    """The cells of a dataframe (its accessible table copy), row by row, header first."""
    grid = page.locator(selector).locator("table").first
    grid.wait_for(state="attached", timeout=TIMEOUT)
    rows: list[list[str]] = grid.evaluate(
        "t => [...t.querySelectorAll('tr')].map(r => [...r.children].map(c => c.textContent))")
    return rows


#: A slider's thumb: Streamlit 1.67 draws a native range input (implicitly a slider),
#: older releases a ``role="slider"`` element; both take the keyboard.
SLIDER_THUMB = '[role="slider"], input[type="range"]'


def slider_thumb(page: Any, container: str) -> Any:
    """The first slider thumb inside ``container`` (a CSS selector, usually :func:`key_selector`)."""
    return page.locator(container).locator(SLIDER_THUMB).first


def slider_value(thumb: Any) -> str:
    value: str = thumb.evaluate("e => e.getAttribute('aria-valuenow') ?? e.value ?? ''")
    return value


def press_slider(page: Any, container: str, keys: str | list[str] = "ArrowRight") -> tuple[str, str]:
    """Focus the first slider thumb inside ``container`` and press ``keys``; return the
    slider's value before and after."""
    page.locator(container).first.wait_for(state="visible", timeout=TIMEOUT)
    thumb = slider_thumb(page, container)
    thumb.wait_for(state="attached", timeout=TIMEOUT)
    before = slider_value(thumb)
    thumb.focus()
    for name in [keys] if isinstance(keys, str) else keys:
        thumb.press(name)
    return before, slider_value(thumb)


#: A select box's or multiselect's text field (Streamlit 1.67: a react-aria combo box).
COMBOBOX = '[role="combobox"]'


def choose_option(page: Any, key: str, label: str | None = None) -> str:
    """Open select box (or multiselect) ``key`` and pick ``label`` (or the first option that
    is not the current choice); return the label picked."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    combo = page.locator(key_selector(key)).locator(COMBOBOX).first
    combo.wait_for(state="visible", timeout=TIMEOUT)
    current = combo.input_value().strip()
    options = page.locator('[role="listbox"] [role="option"]')
    combo.click()
    try:
        options.first.wait_for(state="visible", timeout=3_000)
    except PlaywrightTimeout:  # a box that opens on the keyboard only
        combo.press("ArrowDown")
        options.first.wait_for(state="visible", timeout=TIMEOUT)
    if label is None:
        texts = [text.strip() for text in options.all_inner_texts()]
        others = [text for text in texts if text and text != current]
        assert others, f"select box {key} offers nothing but {current!r}"
        label = others[0]
    options.filter(has_text=label).first.click()
    return label


def choose_radio(page: Any, key: str, label: str | None = None) -> str:
    """Click option ``label`` of radio ``key`` (or the first option not now chosen)."""
    group = page.locator(f'{key_selector(key)} [role="radiogroup"]')
    group.wait_for(state="visible", timeout=TIMEOUT)
    options = group.locator("label")
    if label is None:
        for index in range(options.count()):
            if not options.nth(index).locator("input").is_checked():
                label = options.nth(index).inner_text().strip()
                break
        assert label is not None, f"radio {key} has no other option"
    options.filter(has_text=label).first.click()
    return label


def click_button(page: Any, key: str) -> None:
    button = page.locator(f"{key_selector(key)} button").first
    button.wait_for(state="visible", timeout=TIMEOUT)
    button.click()


def full_page_screenshot(page: Any, path: Path) -> None:
    """The whole page as a PNG: Streamlit scrolls inside its main area, so the viewport is
    stretched to the main area's height for the shot and put back afterwards."""
    height = page.evaluate(
        "() => { const m = document.querySelector('[data-testid=\"stMain\"]');"
        " return m ? m.scrollHeight : document.documentElement.scrollHeight; }")
    path.parent.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": VIEWPORT["width"],
                            "height": max(VIEWPORT["height"], min(int(height), 12_000))})
    try:
        page.wait_for_timeout(300)
        page.screenshot(path=str(path), full_page=True)
    finally:
        page.set_viewport_size(VIEWPORT)
        page.wait_for_timeout(200)


def guide_screenshot(page: Any, name: str) -> Path | None:
    """A 1400×1000 JPEG for the classroom guide, when ``PENINSULA_GUIDE_SHOTS`` names a folder."""
    folder = os.environ.get("PENINSULA_GUIDE_SHOTS")
    if not folder:
        return None
    target = Path(folder)
    target = target if target.is_absolute() else REPO / target
    target.mkdir(parents=True, exist_ok=True)
    path = target / f"{name}.jpg"
    page.evaluate("() => document.querySelector('[data-testid=\"stMain\"]')?.scrollTo(0, 0)")
    page.screenshot(path=str(path), type="jpeg", quality=70, full_page=False)
    return path
