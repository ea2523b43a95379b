"""Every chart every page draws, in both languages: a title, axis titles, a legend where
several series share a chart, and each party in its own colour wherever it appears."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.figures.style import PARTY_COLORS
from dashboard.i18n import tr

VIEWS = Path(__file__).resolve().parent.parent / "dashboard" / "views"
#: Pages whose default settings draw charts.
PAGES = ["stage_game", "trust_cycle", "who_moves_first", "six_parties", "history", "run_scenario",
         "compare", "play_seat", "play_sixparty"]
CARTESIAN = {"scatter", "scattergl", "bar", "histogram", "box", "violin", "heatmap"}


def charts(page: str, lang: str) -> list[dict[str, Any]]:
    at = AppTest.from_file(str(VIEWS / f"{page}.py"), default_timeout=120)
    at.session_state["lang"] = lang
    at.run()
    if page == "play_seat":  # its charts come with play: play the whole game
        while any(button.key == "ps_cooperate" for button in at.button):
            at.button(key="ps_cooperate").click().run()
    if page == "play_sixparty":  # two quarters draw its charts
        for _ in range(2):
            at.button(key="pp_play").click().run()
    assert not at.exception, at.exception
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def title_of(part: Any) -> str:
    title = part.get("title") if isinstance(part, dict) else None
    if isinstance(title, dict):
        return str(title.get("text") or "")
    return str(title or "")


def party_colours(lang: str) -> dict[str, str]:
    return {tr(f"party.{code}", lang): colour for code, colour in PARTY_COLORS.items()}


def trace_colour(trace: dict[str, Any]) -> str | None:
    for part in ("line", "marker"):
        colour = trace.get(part, {}).get("color")
        if isinstance(colour, str):
            return colour.upper()
    return None


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("page", PAGES)
def test_charts_are_titled_labelled_and_coloured_by_party(page, lang):
    specs = charts(page, lang)
    assert specs, f"{page} drew no chart"
    colours = party_colours(lang)
    for spec in specs:
        layout, data = spec["layout"], spec["data"]
        name = title_of(layout)
        assert name.strip(), f"{page}: a chart has no title"
        types = {trace.get("type", "scatter") for trace in data}
        if types & CARTESIAN:
            axes = {key: value for key, value in layout.items()
                    if key.startswith(("xaxis", "yaxis")) and value.get("visible") is not False}
            if axes:  # none visible: a drawing (the trust network), not a plot with scales
                # every y axis is labelled; stacked subplots share one labelled x axis
                for axis in (key for key in axes if key.startswith("yaxis")):
                    assert title_of(axes[axis]).strip(), f"{page}: {name!r} has no {axis} title"
                assert any(title_of(axes[key]).strip() for key in axes if key.startswith("xaxis")), \
                    f"{page}: {name!r} has no x axis title"
        named = [t for t in data if t.get("name") and t.get("showlegend", True) is not False]
        if len({t["name"] for t in named}) > 1:
            assert layout.get("showlegend", True) is not False, f"{page}: {name!r} hides its legend"
        for trace in data:
            expected = colours.get(str(trace.get("name", "")))
            colour = trace_colour(trace)
            if expected and colour:
                assert colour == expected.upper(), (f"{page}: {name!r} draws {trace['name']} in "
                                                    f"{colour}, not its party colour {expected}")
