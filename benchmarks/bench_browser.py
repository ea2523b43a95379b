"""The dashboard as a student feels it: timings in a real browser (Debian's Chromium).

The dashboard is started on a free port and driven through Playwright, as the browser
tests do (``tests/browser_support.py``). Three measurements, each repeated
:data:`REPEATS` times after one warm-up, reported as median and maximum:

1. **First load of the home page** in a fresh browser context (a new visitor: empty
   browser cache, no session): from navigation start to the home page drawn — its title,
   the scenario library table and the scenario picker — with the script run finished.
   Target < 3 s. For comparison, a reload in the same context (browser cache warm) is
   timed the same way, without a target.
2. **A slider step on "Trust and the sanction–test cycle"** (``tc_noise``, default
   settings otherwise): from the key press (ArrowRight on the focused thumb) to the charts
   redrawn with the new data. Target < 1 s.
3. **The same on "Run a scenario"** with its default scenario, using the first slider of
   the parameter panel (keys ``rs_p.<path>``) whose step changes a chart (a slider that
   changes only the summary table is put back and named under ``skipped``). Target < 1 s.

Every step moves the slider to a value not seen before, so each is a real recomputation,
not a cache hit. The warm-up (the server's first load, each page's first step) is not
counted.

**Method.** All times are read on the page's own clock (``performance.now()``, whose
origin is the navigation start), by scripts installed before the page loads:

* a MutationObserver records the time of every DOM change, one more the time of every
  change inside a plotly chart, and one the first appearance of the app shell and of the
  page title;
* a wrapper around ``WebSocket`` records when each message from the server arrived; the
  same messages, decoded in Python with Streamlit's protobuf classes
  (:class:`tests.browser_support.RunTracker`), say which one is ``script_finished`` — so
  "server done" is when the end of the run reached the browser.

A run is over when ``script_finished`` has arrived and the page is quiet (no stale
elements, every chart drawn, no DOM change for 400 ms). *Load complete* is the last DOM
change before that quiet (the status widget's removal included). For a slider step the
key-press time is read just before the press is sent (slightly overstating the latency);
*charts redrawn* is the last change inside a chart, whose drawn content (text and path
data) must differ from before the step, or the step is an error; *settled* is the last DOM
change of the run.

The machine's load average (1 minute) before and after is recorded beside the numbers:
on a shared 2-core machine they vary with what else is running.

Run from the repository root: ``python -m benchmarks browser`` (results in
``benchmarks/results/browser.json``).
"""

from __future__ import annotations

import os
import statistics
from typing import Any

from benchmarks.common import write_results
from dashboard.i18n import tr
from tests.browser_support import (
    MUTATION_CLOCK,
    VIEWPORT,
    RunTracker,
    chromium,
    fingerprint,
    key_selector,
    page_url,
    running_dashboard,
    slider_thumb,
    slider_value,
)

REPEATS = 10
LOAD_TARGET = 3.0
SLIDER_TARGET = 1.0

#: Page-clock probes (see the module docstring), installed before any page script runs.
PROBES = """
() => {
  if (window.__peninsulaCharts) return;
  const charts = window.__peninsulaCharts = {last: null};
  const marks = window.__peninsulaMarks = {shell: null, title: null};
  new MutationObserver(records => {
    const now = performance.now();
    if (marks.shell === null && document.querySelector('[data-testid="stApp"]')) marks.shell = now;
    if (marks.title === null && document.querySelector('[data-testid="stMain"] h1')) marks.title = now;
    for (const record of records) {
      const node = record.target.nodeType === 1 ? record.target : record.target.parentElement;
      if (node && node.closest('.js-plotly-plot') && !node.closest('.hoverlayer')) {
        charts.last = now;
        break;
      }
    }
  }).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
  const frames = window.__peninsulaFrames = [];
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', event => {
        if (typeof event.data !== 'string') frames.push(performance.now());
      });
    }
  };
}
"""


def summary(samples: list[float], target: float | None = None) -> dict[str, Any]:
    """Median and maximum of ``samples`` (seconds), and whether the median meets ``target``."""
    median = statistics.median(samples)
    return {"samples_s": [round(s, 4) for s in samples], "median_s": median,
            "max_s": max(samples), "target_s": target,
            "meets_target": None if target is None else median < target}


def finished_at(page: Any, tracker: RunTracker) -> float:
    """Page time (ms) at which the last ``script_finished`` message arrived."""
    frames: list[float] = page.evaluate("() => window.__peninsulaFrames")
    if len(frames) != len(tracker.kinds):
        raise RuntimeError(f"{len(frames)} websocket messages in the page, "
                           f"{len(tracker.kinds)} decoded")
    index = max(i for i, kind in enumerate(tracker.kinds) if kind == "script_finished")
    return frames[index]


def instrumented(target: Any) -> tuple[Any, RunTracker]:
    """A new page (of a browser or a context) with the probes and a run tracker."""
    page = target.new_page()
    page.set_viewport_size(VIEWPORT)
    page.add_init_script(f"({MUTATION_CLOCK})()")
    page.add_init_script(f"({PROBES})()")
    return page, RunTracker(page)


def home_drawn(page: Any, tracker: RunTracker) -> dict[str, float]:
    """Milestones (s since navigation start) of a home page load that has just finished."""
    tracker.wait_idle()
    title = page.locator('[data-testid="stMain"] h1').first.inner_text()
    if title != tr("app.title", "en"):
        raise RuntimeError(f"the home page shows {title!r}")
    for part in (key_selector("home_pick"), '[data-testid="stMain"] table'):
        if page.locator(part).count() == 0:
            raise RuntimeError(f"the home page has no {part}")
    if page.get_by_role("dialog").count():
        raise RuntimeError("the home page opened with a dialog: "
                           + page.get_by_role("dialog").first.inner_text())
    if tracker.statuses[-1] != 0:
        raise RuntimeError(f"the home page's run ended with status {tracker.statuses[-1]}")
    marks = page.evaluate("() => window.__peninsulaMarks")
    complete = page.evaluate("() => window.__peninsulaClock.last")
    return {"shell": marks["shell"] / 1000, "title": marks["title"] / 1000,
            "server_done": finished_at(page, tracker) / 1000, "complete": complete / 1000}


def load_home(context: Any, base: str) -> dict[str, float]:
    """Milestones of one load of the home page in a new page of ``context``."""
    page, tracker = instrumented(context)
    try:
        page.goto(page_url(base, "home"), wait_until="commit")
        return home_drawn(page, tracker)
    finally:
        page.close()


def load_once(browser: Any, base: str) -> tuple[dict[str, float], dict[str, float]]:
    """A first load in a fresh context, then a reload in the same context."""
    context = browser.new_context()
    try:
        return load_home(context, base), load_home(context, base)
    finally:
        context.close()


def panel_sliders(page: Any) -> list[str]:
    """Container selectors of the run page's parameter sliders, in the panel's order."""
    holders = page.locator('[class*="st-key-rs_p-"]').filter(
        has=page.locator('[role="slider"], input[type="range"]'))
    holders.first.wait_for(state="visible", timeout=60_000)
    return ["." + next(c for c in (holder.get_attribute("class") or "").split()
                       if c.startswith("st-key-rs_p-")) for holder in holders.all()]


def step(page: Any, tracker: RunTracker, container: str, key: str = "ArrowRight") -> dict[str, Any]:
    """Press ``key`` on a slider; when the page is quiet again, what changed and when."""
    thumb = slider_thumb(page, container)
    thumb.focus()
    page.mouse.move(0, 0)
    before = fingerprint(page)["charts"]
    page.evaluate("() => { window.__peninsulaCharts.last = null; }")
    runs = tracker.finished
    start: float = page.evaluate("() => performance.now()")
    thumb.press(key)
    tracker.wait_idle(after=runs)
    drawn, settled = page.evaluate(
        "() => [window.__peninsulaCharts.last, window.__peninsulaClock.last]")
    if page.locator('[data-testid="stException"]').count():
        raise RuntimeError(f"{container}: a slider step raised an exception")
    redrawn = drawn is not None and fingerprint(page)["charts"] != before
    return {"redrawn": (drawn - start) / 1000 if redrawn else None,
            "server_done": (finished_at(page, tracker) - start) / 1000,
            "settled": (settled - start) / 1000, "value": slider_value(thumb)}


def slider_steps(browser: Any, base: str, path: str, container: str | None) -> dict[str, Any]:
    """Time :data:`REPEATS` ArrowRight steps of a slider, after one warm-up step.

    With ``container=None`` (the run page), the slider is the first of the parameter panel
    whose step redraws a chart; one that changes no chart is put back with ArrowLeft and
    recorded as skipped.
    """
    page, tracker = instrumented(browser)
    skipped = []
    try:
        page.goto(f"{base}/{path}", wait_until="domcontentloaded")
        tracker.wait_idle()
        for candidate in [container] if container else panel_sliders(page):
            warm = step(page, tracker, candidate)
            if warm["redrawn"] is not None:
                break
            skipped.append(candidate.removeprefix(".st-key-"))
            step(page, tracker, candidate, "ArrowLeft")
        else:
            raise RuntimeError(f"{path}: no slider step redraws a chart")
        steps = []
        for number in range(REPEATS):
            steps.append(step(page, tracker, candidate))
            if steps[-1]["redrawn"] is None:
                raise RuntimeError(f"{path}: step {number + 1} of {candidate} redrew no chart")
        return {"slider": candidate.removeprefix(".st-key-"), "skipped": skipped,
                "values": [warm["value"], *(s["value"] for s in steps)],
                "redrawn": summary([s["redrawn"] for s in steps], SLIDER_TARGET),
                "server_done": summary([s["server_done"] for s in steps]),
                "settled": summary([s["settled"] for s in steps])}
    finally:
        page.close()


def table(results: dict[str, Any]) -> list[str]:
    """The results as a readable table."""
    first, again = results["first_load_home"], results["reload_home_warm_cache"]
    rows = [("home, first load (fresh context): complete", first["complete"]),
            ("  app shell drawn", first["shell"]), ("  title drawn", first["title"]),
            ("  server run finished", first["server_done"]),
            ("home, reload (browser cache warm): complete", again["complete"])]
    for name, page in (("trust-cycle", results["slider_trust_cycle"]),
                       ("run", results["slider_run"])):
        rows += [(f"{name} {page['slider']} step: charts redrawn", page["redrawn"]),
                 ("  server run finished", page["server_done"]), ("  page settled", page["settled"])]
    lines = [f"{'measurement':<50}{'median s':>9}{'max s':>8}{'target':>9}  met"]
    for name, row in rows:
        target = "" if row["target_s"] is None else f"< {row['target_s']:g} s"
        met = {True: "yes", False: "NO", None: ""}[row["meets_target"]]
        lines.append(f"{name:<50}{row['median_s']:>9.3f}{row['max_s']:>8.3f}{target:>9}  {met}")
    return lines


def main() -> None:
    load_before = os.getloadavg()
    with running_dashboard() as base, chromium() as browser:
        load_once(browser, base)  # warm-up: the server's first run imports and caches
        loads = [load_once(browser, base) for _ in range(REPEATS)]
        trust = slider_steps(browser, base, "trust-cycle", key_selector("tc_noise"))
        run = slider_steps(browser, base, "run", None)
    load_after = os.getloadavg()
    first = {mark: summary([load[0][mark] for load in loads], LOAD_TARGET if mark == "complete" else None)
             for mark in ("shell", "title", "server_done", "complete")}
    results = {
        "method": "page clock (performance.now, origin = navigation start); a run is over at "
                  "the websocket's script_finished + 400 ms without DOM change; see the module "
                  "docstring",
        "repeats": REPEATS,
        "first_load_home": first,
        "reload_home_warm_cache": {"complete": summary([load[1]["complete"] for load in loads])},
        "slider_trust_cycle": trust,
        "slider_run": run,
        "load_average_1min": {"before": load_before[0], "after": load_after[0]},
    }
    path = write_results("browser", results)
    print("\n".join(table(results)))
    print(f"{REPEATS} repeats after a warm-up; load average (1 min) {load_before[0]:.2f} before, "
          f"{load_after[0]:.2f} after, on {os.cpu_count()} CPUs")
    print(f"written to {path}")


if __name__ == "__main__":
    main()
