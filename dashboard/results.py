"""What every results page shares: its charts, its debrief, and its downloads.

A page makes one :class:`Results` per run and draws through it:

* :meth:`Results.chart` draws a plotly figure with the projector sizing of the teacher view
  (:mod:`dashboard.layout`) and a camera button that saves a 2× PNG named after the chart.
  Charts keep Peninsula's own template (:mod:`dashboard.figures.style`; Streamlit's chart
  theme is off), so the page, the PNG and the report show the same chart, and their left
  and right margins are reserved in advance (:mod:`dashboard.figures.margins`) and the
  figure is sent in a form Plotly.js need not redraw (:mod:`dashboard.figures.browser`), so
  that the browser draws each chart once per update;
* :meth:`Results.debrief` shows the rule-based debrief (sentences from
  :mod:`dashboard.debrief` or a page's own renderer) under one heading;
* :meth:`Results.table` records a table the report should carry (and :func:`markdown_table`
  draws a small table of text without Streamlit's table element);
* :meth:`Results.downloads` ends the page with one row of buttons: the results as CSV, the
  scenario as YAML (loadable again by upload or ``peninsula validate``), and an HTML report
  of everything the page drew — settings, a link back to them, tables, figures, debrief.

The files are built only when their buttons are pressed (Streamlit's deferred download
data), so a slider move never pays for them. Nothing here reads or writes files.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from plotly.offline import get_plotlyjs

from dashboard.figures.browser import for_browser
from dashboard.figures.margins import reserve_margins
from dashboard.i18n import tr
from dashboard.layout import projector_sized, teacher_view
from dashboard.report import REPORT_CSS
from sim import __version__
from sim.io import dump_scenario
from sim.scenario import ScenarioBase

__all__ = ["Results", "markdown_table", "page_report_html"]

#: The PNG the camera button saves: twice the screen resolution, for handouts.
PNG_SCALE = 2


def chart_config(name: str) -> dict[str, Any]:
    """Plotly's config for a chart: no logo, and a PNG button with a useful file name."""
    return {"displaylogo": False,
            "toImageButtonOptions": {"format": "png", "filename": name, "scale": PNG_SCALE}}


@dataclass
class Results:
    """The figures, tables and debrief one run of a page produced, and its downloads."""

    page: str
    title: str
    lang: str
    figures: list[tuple[str, go.Figure]] = field(default_factory=list)
    tables: list[tuple[str, pd.DataFrame]] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)

    def chart(self, fig: go.Figure, key: str, where: Any = None) -> None:
        """Draw ``fig`` (in ``where``, a column, if given) and keep it for the report.

        In the teacher view the chart is enlarged and takes the page's whole width: the
        column is ignored, so charts stack one per row at a size a projector can carry.
        """
        self.figures.append((key, reserve_margins(fig)))
        if teacher_view():
            st.plotly_chart(for_browser(reserve_margins(projector_sized(fig))), key=key,
                            theme=None, config=chart_config(f"{self.page}-{key}"),
                            width="stretch")
            return
        (where or st).plotly_chart(for_browser(fig), key=key, theme=None,
                                   config=chart_config(f"{self.page}-{key}"), width="stretch")

    def table(self, title: str, frame: pd.DataFrame) -> None:
        """Keep a table for the report (the page draws it as it likes)."""
        self.tables.append((title, frame))

    def debrief(self, lines: Sequence[str], where: Any = None, expanded: bool = True) -> None:
        """Show the debrief sentences under one heading and keep them for the report."""
        self.findings = list(lines)
        box = (where or st).expander(tr("debrief.title", self.lang), expanded=expanded,
                                     icon=":material/school:")
        box.caption(tr("debrief.intro", self.lang))
        box.markdown("\n".join(f"- {line}" for line in lines) if lines
                     else tr("debrief.none", self.lang))

    def downloads(self, csv: pd.DataFrame | None, stem: str,
                  scenario: ScenarioBase | None = None,
                  settings: Mapping[str, Any] | None = None, link: str | None = None) -> None:
        """One row of download buttons: CSV, scenario YAML and the HTML report."""
        st.subheader(tr("results.downloads", self.lang), anchor=False)
        cells = st.columns(3)
        # Every file is built when its button is pressed (deferred data): a slider step
        # pays for none of them.
        if csv is not None:
            frame = csv
            cells[0].download_button(tr("results.csv", self.lang), lambda: frame.to_csv(index=False),
                                     file_name=f"{stem}.csv", mime="text/csv",
                                     key=f"{self.page}_dl_csv", icon=":material/table:",
                                     on_click="ignore")
        if scenario is not None:
            cells[1].download_button(tr("results.yaml", self.lang), partial(dump_scenario, scenario),
                                     file_name=f"{scenario.id}.yaml", mime="application/x-yaml",
                                     key=f"{self.page}_dl_yaml", icon=":material/description:",
                                     on_click="ignore")
        report = self._report_builder(dict(settings or {}), link, scenario)
        cells[2].download_button(tr("results.report", self.lang), report,
                                 file_name=f"{stem}_report.html", mime="text/html",
                                 key=f"{self.page}_dl_report", icon=":material/article:",
                                 on_click="ignore")
        st.caption(tr("results.png_hint", self.lang))

    def _report_builder(self, settings: dict[str, Any], link: str | None,
                        scenario: ScenarioBase | None) -> Callable[[], str]:
        figures, tables, findings = list(self.figures), list(self.tables), list(self.findings)
        title, lang = self.title, self.lang

        def build() -> str:
            return page_report_html(title, lang, settings, figures, tables, findings, link,
                                    scenario)
        return build


def page_report_html(title: str, lang: str, settings: Mapping[str, Any],
                     figures: Sequence[tuple[str, go.Figure]],
                     tables: Sequence[tuple[str, pd.DataFrame]], findings: Sequence[str],
                     link: str | None = None, scenario: ScenarioBase | None = None) -> str:
    """A self-contained HTML page of one page's results (plotly.js inlined, texts escaped)."""
    e = _escape
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = [f"<!DOCTYPE html><html lang='{'zh-CN' if lang == 'zh' else 'en'}'><head>",
             "<meta charset='utf-8'>", f"<title>{e(title)}</title>",
             f"<style>{REPORT_CSS}</style>",
             f"<script type='text/javascript'>{get_plotlyjs()}</script></head><body>",
             f"<h1>{e(title)}</h1>",
             f"<p class='meta'>{e(tr('results.made', lang, when=when, version=__version__))}</p>"]
    if scenario is not None:
        parts.append(f"<h2>{e(scenario.title.get(lang))}</h2><p>{e(scenario.description.get(lang))}</p>")
    if link:
        parts.append(f"<p>{e(tr('results.link', lang))} <a href='{e(link)}'>{e(link)}</a></p>")
    if settings:
        parts.append(f"<h2>{e(tr('results.settings', lang))}</h2>")
        frame = pd.DataFrame({tr("results.setting", lang): list(settings),
                              tr("results.value", lang): [str(v) for v in settings.values()]})
        parts.append(_table_html(frame))
    if findings:
        parts.append(f"<h2>{e(tr('debrief.title', lang))}</h2><ul>")
        parts.extend(f"<li>{e(line)}</li>" for line in findings)
        parts.append("</ul>")
    for name, frame in tables:
        parts.append(f"<h2>{e(name)}</h2>{_table_html(frame)}")
    for _, fig in figures:
        parts.append(fig.to_html(full_html=False, include_plotlyjs=False,
                                 config={"displaylogo": False}))
    parts.append("</body></html>")
    return "\n".join(parts)


def _table_html(frame: pd.DataFrame) -> str:
    return frame.to_html(index=False, escape=True, border=0, na_rep="–")


def _escape(text: str) -> str:
    return html.escape(str(text), quote=True)


#: Characters that Markdown (or Streamlit's extensions of it) would read as formatting.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|:$~-])")


def markdown_cell(value: object) -> str:
    """``value`` as literal text in one cell of a Markdown table (one line, no formatting)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(value).split()))


def markdown_table(frame: pd.DataFrame) -> str:
    """``frame`` (its columns, not its index) as a Markdown table of literal text.

    For a small table of text on a page with no other table, such as the home page's
    library: ``st.table`` would make a first visit fetch and compile Streamlit's Arrow table
    code (about 1 MB of script), which made up a good part of the home page's first load.
    """
    lines = ["| " + " | ".join(markdown_cell(c) for c in frame.columns) + " |",
             "|" + " --- |" * len(frame.columns)]
    lines += ["| " + " | ".join(markdown_cell(v) for v in row) + " |"
              for row in frame.itertuples(index=False)]
    return "\n".join(lines)
