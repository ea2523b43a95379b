"""Is this checkout's dashboard faster than another's? Loads and slider steps timed turn about.

Browser timings on a shared machine drift by a third or more within an hour, so two
benchmark runs made at different times cannot tell a 10 % change from the drift. This
command serves both dashboards at once — this checkout and another one (for example
``git worktree add /tmp/before HEAD~1``) — and times the same slider steps as
``python -m benchmarks browser`` (:func:`benchmarks.bench_browser.slider_steps`), one
dashboard after the other, swapping the order every round, so both see the same
conditions. With ``--page home`` the timed event is instead a first visit to the home page
in a fresh browser context (:func:`benchmarks.bench_browser.load_home`), from navigation
start to the page complete.

Run from the repository root::

    python -m benchmarks.compare_browser /tmp/before [--page home|trust-cycle|run] [--rounds 4]

Results (every sample, the medians and their ratio) go to
``benchmarks/results/browser_compare.json``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
from pathlib import Path
from typing import Any

from benchmarks.bench_browser import REPEATS, load_home, slider_steps
from benchmarks.common import write_results
from tests.browser_support import REPO, chromium, key_selector, running_dashboard

#: The slider each page is timed with (``None``: the run page's first chart-changing one).
SLIDERS = {"trust-cycle": key_selector("tc_noise"), "run": None}
PAGES = ["home", *SLIDERS]


def commit_of(repo: Path) -> str:
    """The checkout's commit, ``-dirty`` with uncommitted changes (``unknown`` outside git)."""
    try:
        return subprocess.run(["git", "-C", str(repo), "describe", "--always", "--dirty"],
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def first_loads(browser: Any, base: str) -> list[float]:
    """:data:`REPEATS` first visits to the home page, each in a fresh context (seconds)."""
    times = []
    for _ in range(REPEATS):
        context = browser.new_context()
        try:
            times.append(load_home(context, base)["complete"])
        finally:
            context.close()
    return times


def samples(browser: Any, base: str, page: str) -> list[float]:
    """One round's timings of ``page`` on the dashboard at ``base`` (seconds)."""
    if page == "home":
        return first_loads(browser, base)
    result: list[float] = slider_steps(browser, base, page, SLIDERS[page])["redrawn"]["samples_s"]
    return result


def compare(other: Path, page: str, rounds: int) -> dict[str, Any]:
    """Alternate ``rounds`` rounds of timings between this checkout and ``other``."""
    times: dict[str, list[float]] = {"this": [], "other": []}
    with running_dashboard() as here, running_dashboard(repo=other) as there, \
            chromium() as browser:
        for base in (here, there):  # warm-up: each server's first run imports and caches
            samples(browser, base, page)
        for number in range(rounds):
            order = [("this", here), ("other", there)]
            for name, base in order if number % 2 == 0 else order[::-1]:
                result = samples(browser, base, page)
                times[name] += result
                print(f"round {number + 1}: {name:5s} median {statistics.median(result):.3f} s "
                      f"(load {os.getloadavg()[0]:.2f})", flush=True)
    medians = {name: statistics.median(values) for name, values in times.items()}
    measured = "complete_s" if page == "home" else "redrawn_s"
    return {"page": page, "rounds": rounds, "measured": measured,
            "this": {"commit": commit_of(REPO), measured: times["this"],
                     "median_s": medians["this"]},
            "other": {"commit": commit_of(other), "path": str(other), measured: times["other"],
                      "median_s": medians["other"]},
            "ratio_this_to_other": medians["this"] / medians["other"]}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.compare_browser",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("other", type=Path, help="another checkout of Peninsula")
    parser.add_argument("--page", choices=PAGES, default="trust-cycle")
    parser.add_argument("--rounds", type=int, default=4, help="rounds per dashboard (default 4)")
    args = parser.parse_args(argv)
    if not (args.other / "dashboard" / "app.py").is_file():
        parser.error(f"{args.other} is not a checkout of Peninsula (no dashboard/app.py)")
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    results = compare(args.other.resolve(), args.page, args.rounds)
    path = write_results("browser_compare", results)
    this, other = results["this"], results["other"]
    print(f"{args.page}: this checkout ({this['commit']}) {this['median_s']:.3f} s, "
          f"{other['commit']} {other['median_s']:.3f} s, ratio {results['ratio_this_to_other']:.2f} "
          f"({len(this[results['measured']])} samples each); written to {path}")


if __name__ == "__main__":
    main()
