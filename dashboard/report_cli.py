"""``peninsula report RUN... --out report.html [--png DIR]``: saved runs as an HTML report.

Registered on the ``peninsula`` command through the ``peninsula.commands`` entry point
(``report = "dashboard.report_cli:register"``), so that ``sim`` never imports the
dashboard. Plotly, kaleido and the report are imported only when the command runs, which
keeps every other command's start-up fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["register"]

LANGS = ("en", "zh")


def register(app: typer.Typer) -> None:
    """Add the ``report`` command to ``app``."""
    app.command("report")(report)


def report(
    runs: Annotated[list[str], typer.Argument(
        metavar="RUN...", help="Saved run ids (see `peninsula runs list`).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")],
    png: Annotated[Path | None, typer.Option(
        "--png", help="Also export every figure as PNG into this folder (needs Chromium).")] = None,
    store: Annotated[Path | None, typer.Option(
        "--store", help="Run store file (default: $PENINSULA_STORE or ~/.local/share/...).")] = None,
    lang: Annotated[str, typer.Option("--lang", help="Language of the report: en or zh.")] = "en",
    outcome: Annotated[list[str] | None, typer.Option(
        "--outcome", help="Draw only these outcomes (repeatable; default: all that vary).")] = None,
) -> None:
    """Write a self-contained HTML report of saved runs, with their plotly figures."""
    from sim.cli.app import console, fail
    from sim.errors import InputError

    try:
        html_path, pngs = _write(runs, out, png, store, lang, outcome)
    except InputError as exc:
        fail(str(exc))
        return
    console.print(f"wrote {html_path}", highlight=False)
    if png is not None:
        console.print(f"wrote {len(pngs)} PNG figures to {png}", highlight=False)


def _write(runs: list[str], out: Path, png: Path | None, store: Path | None, lang: str,
           outcomes: list[str] | None) -> tuple[Path, list[Path]]:
    from dashboard.report import write_report
    from sim.errors import InputError, check_choice
    from sim.io.store import RunStore

    check_choice("language", lang, LANGS)
    ids = []
    for text in runs:
        if not text.strip().isdigit():
            raise InputError(f"run id {text!r} must be a whole number (see `peninsula runs list`)")
        ids.append(int(text))
    handle = RunStore(store)
    records = [handle.load(run_id) for run_id in dict.fromkeys(ids)]
    return write_report(records, out, lang, png, outcomes or None)
