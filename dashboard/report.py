"""A self-contained HTML report of saved runs, and PNG export of its figures.

The report lists, for every run, the scenario's title and description, the parameters
changed from the scenario file, the seed, the version that produced it, its summary
table and its debrief (the rules of :mod:`sim.debrief_ensemble` on the run's main outcome,
or the first outcome asked for that its kind has); then, per model kind, plotly figures of
the outcome distributions with the runs overlaid (and, for the six parties, the outcome
classes with Wilson intervals). plotly.js is inlined once in the page head, so the file
opens offline. Scenario texts are escaped: a saved run may come from an uploaded file.

PNG export goes through kaleido 1.x, which drives a Chrome or Chromium it finds on the
system (Debian's ``/usr/bin/chromium``; ``BROWSER_PATH`` overrides).
"""

from __future__ import annotations

import html
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from plotly.offline import get_plotlyjs

from dashboard.debrief import render as render_debrief
from dashboard.figures.experiments import (
    class_shares,
    class_shares_figure,
    distribution_figure,
    summary_table,
)
from dashboard.i18n import tr
from sim import __version__
from sim.debrief_ensemble import ensemble_findings
from sim.errors import InputError
from sim.experiments import runner_for
from sim.io.store import RunRecord

__all__ = ["Report", "build_report", "export_pngs", "report_figures", "write_report"]

PNG_WIDTH = 1000

#: The style of every HTML report: this one and the page reports of dashboard/results.py.
REPORT_CSS = """
body { font-family: Inter, 'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', sans-serif;
       max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.5; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.9em; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; }
th { background: #f2f2f2; }
.meta { color: #555; }
"""
_STYLE = REPORT_CSS + "section.run { border-top: 2px solid #0072B2; margin-top: 2em; }\n"


@dataclass(frozen=True)
class Report:
    """The report's HTML and its figures by file stem."""

    html: str
    figures: list[tuple[str, go.Figure]]


def report_figures(records: Sequence[RunRecord], lang: str,
                   outcomes: Sequence[str] | None = None) -> list[tuple[str, go.Figure]]:
    """Figures per model kind, runs overlaid: outcome classes, then each outcome that varies.

    With ``outcomes`` only those are drawn; otherwise every outcome whose values differ
    within some run (all of them for a deterministic kind).
    """
    figures = []
    for kind in dict.fromkeys(r.kind for r in records):
        runs = [r for r in records if r.kind == kind]
        labels = [tr("report.run_label", lang, id=r.id) for r in runs]
        if kind == "sixparty" and outcomes is None:
            shares = pd.concat([class_shares(r.frame, label) for r, label in zip(runs, labels,
                                                                                  strict=True)])
            figures.append((f"{kind}_classes", class_shares_figure(shares, lang)))
        for name in _outcomes_to_draw(runs, kind, outcomes):
            samples = {label: r.frame[name] for r, label in zip(runs, labels, strict=True)
                       if name in r.frame}
            figures.append((f"{kind}_{name}", distribution_figure(samples, kind, name, lang)))
    return figures


def _outcomes_to_draw(runs: Sequence[RunRecord], kind: str,
                      outcomes: Sequence[str] | None) -> list[str]:
    known = list(runner_for(kind).outcomes)
    if outcomes is not None:
        return [name for name in outcomes if name in known]
    if kind == "sixparty":  # the outcome classes have their own chart
        known = [name for name in known if not name.startswith("is_")]
    varying = [name for name in known
               if any(name in r.frame and r.frame[name].nunique(dropna=True) > 1 for r in runs)]
    return varying or [name for name in known if any(name in r.frame for r in runs)]


def build_report(records: Sequence[RunRecord], lang: str = "en",
                 outcomes: Sequence[str] | None = None) -> Report:
    """The report of ``records`` in ``lang`` (``en`` or ``zh``)."""
    if not records:
        raise InputError("a report needs at least one saved run")
    if outcomes is not None:
        _check_outcomes(outcomes, {r.kind for r in records})
    figures = report_figures(records, lang, outcomes)
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        f"<h1>{_e(tr('report.title', lang))}</h1>",
        f"<p class='meta'>{_e(tr('report.generated', lang, when=when, version=__version__))}</p>",
        *(_run_section(record, lang, outcomes) for record in records),
        f"<h2>{_e(tr('report.figures', lang))}</h2>",
        *(pio.to_html(fig, full_html=False, include_plotlyjs=False, div_id=f"fig-{stem}",
                      config={"displaylogo": False}) for stem, fig in figures),
    ]
    page = (f"<!DOCTYPE html>\n<html lang='{'zh-Hans' if lang == 'zh' else 'en'}'>\n<head>\n"
            f"<meta charset='utf-8'>\n<title>{_e(tr('report.title', lang))}</title>\n"
            f"<style>{_STYLE}</style>\n<script type='text/javascript'>{get_plotlyjs()}</script>\n"
            f"</head>\n<body>\n{chr(10).join(parts)}\n</body>\n</html>\n")
    return Report(page, figures)


def _check_outcomes(outcomes: Sequence[str], kinds: set[str]) -> None:
    known = list(dict.fromkeys(o for kind in sorted(kinds) for o in runner_for(kind).outcomes))
    for name in outcomes:
        if name not in known:
            raise InputError(f"unknown outcome {name!r} for these runs; allowed: {', '.join(known)}")


def _run_section(record: RunRecord, lang: str, outcomes: Sequence[str] | None = None) -> str:
    scenario = record.scenario
    title = tr("report.run", lang, id=record.id, title=scenario.title.get(lang))
    name = f" — {record.name}" if record.name else ""
    meta = tr("report.meta", lang, scenario=scenario.id, kind=tr(f"kind.{record.kind}", lang),
              seed=record.seed, rows=len(record.frame), version=record.version,
              when=record.created_at)
    paragraphs = "".join(f"<p>{_e(p)}</p>" for p in scenario.description.get(lang).split("\n\n"))
    return (f"<section class='run'>\n<h2>{_e(title + name)}</h2>\n<p class='meta'>{_e(meta)}</p>\n"
            f"{paragraphs}\n<h3>{_e(tr('report.parameters', lang))}</h3>\n"
            f"{_parameters_html(record, lang)}\n<h3>{_e(tr('report.summary', lang))}</h3>\n"
            f"{_summary_html(record, lang)}\n<h3>{_e(tr('debrief.title', lang))}</h3>\n"
            f"{_debrief_html(record, lang, outcomes)}\n</section>")


def _debrief_html(record: RunRecord, lang: str, outcomes: Sequence[str] | None) -> str:
    """The run's debrief as a list: on the first asked-for outcome its kind has, else on its
    main outcome (else on the first it saved, for a run saved before that outcome existed)."""
    runner = runner_for(record.kind)
    candidates = [*(outcomes or ()), runner.default_outcome, *runner.outcomes]
    outcome = next((name for name in candidates if name in runner.outcomes and name in record.frame),
                   None)
    if outcome is None or record.frame.empty:
        return f"<p>{_e(tr('debrief.none', lang))}</p>"
    lines = render_debrief(ensemble_findings(record.frame, record.kind, outcome), lang)
    return "<ul class='debrief'>" + "".join(f"<li>{_e(line)}</li>" for line in lines) + "</ul>"


def _parameters_html(record: RunRecord, lang: str) -> str:
    if not record.parameters:
        return f"<p>{_e(tr('report.no_changes', lang))}</p>"
    frame = pd.DataFrame({tr("exp.col.parameter", lang): list(record.parameters),
                          tr("exp.col.value", lang): [str(v) for v in record.parameters.values()]})
    return frame.to_html(index=False, escape=True, border=0)


def _summary_html(record: RunRecord, lang: str) -> str:
    """The saved summary as a table (older runs may lack some columns: shown as blanks)."""
    rows = [{"outcome": name, **{k: values.get(k, np.nan) for k in
                                 ("mean", "ci_low", "ci_high", "min", "max")}}
            for name, values in record.summary.items() if isinstance(values, dict)]
    frame = pd.DataFrame(rows, columns=["outcome", "mean", "ci_low", "ci_high", "min", "max"])
    table = summary_table(frame.astype({c: float for c in frame.columns if c != "outcome"}),
                          record.kind, lang)
    return table.to_html(index=False, escape=True, border=0, na_rep="–", float_format="{:.4g}".format)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def export_pngs(figures: Sequence[tuple[str, go.Figure]], directory: Path) -> list[Path]:
    """Write each figure as ``<directory>/<stem>.png`` through kaleido and Chromium."""
    import kaleido
    from kaleido.errors import BrowserFailedError, ChromeNotFoundError

    if directory.exists() and not directory.is_dir():
        raise InputError(f"{directory}: exists and is not a folder; --png needs a folder")
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # "kopts ignored when using a server"
            kaleido.start_sync_server(silence_warnings=True)
            try:
                for stem, fig in figures:
                    path = directory / f"{stem}.png"
                    height = int(fig.layout.height or 440)
                    pio.write_image(fig, path, format="png", width=PNG_WIDTH, height=height)
                    paths.append(path)
            finally:
                kaleido.stop_sync_server(silence_warnings=True)
    except (ChromeNotFoundError, BrowserFailedError) as exc:
        raise InputError(f"PNG export needs Chrome or Chromium (install Debian's chromium or set "
                         f"BROWSER_PATH); the browser could not be started: {exc}") from None
    return paths


def write_report(records: Sequence[RunRecord], out: Path, lang: str = "en",
                 png_dir: Path | None = None,
                 outcomes: Sequence[str] | None = None) -> tuple[Path, list[Path]]:
    """Write the HTML report to ``out`` (whole or not at all) and optionally its PNGs."""
    if not out.parent.exists():
        raise InputError(f"{out}: folder {out.parent} does not exist")
    if out.is_dir():
        raise InputError(f"{out}: is a folder; --out needs a file name such as report.html")
    report = build_report(records, lang, outcomes)
    partial = out.with_name(f".{out.name}.partial")
    partial.write_text(report.html, encoding="utf-8")
    partial.replace(out)
    pngs = export_pngs(report.figures, png_dir) if png_dir is not None else []
    return out, pngs
