"""The shared parts of results pages: the HTML report, chart config and the teacher view."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
from streamlit.testing.v1 import AppTest

from dashboard.figures.style import BASE_FONT_SIZE
from dashboard.layout import FONT_SCALE, projector_sized
from dashboard.results import chart_config, markdown_table, page_report_html

PAGE = Path(__file__).resolve().parent.parent / "dashboard" / "views" / "trust_cycle.py"


def figure() -> go.Figure:
    fig = go.Figure(go.Scatter(x=[1, 2], y=[3, 4], name="US"))
    fig.update_layout(title_text="Trust over rounds", height=400)
    return fig


def test_report_carries_settings_debrief_tables_and_figures_escaped():
    html = page_report_html(
        "Trust <b>page</b>", "en", {"noise": 0.05, "seed": 3}, [("trust", figure())],
        [("Summary", pd.DataFrame({"metric": ["<script>x</script>"], "mean": [0.5]}))],
        ["Trust broke in round 4."], link="http://host/trust-cycle?noise=0.05&seed=3")
    assert "<h1>Trust &lt;b&gt;page&lt;/b&gt;</h1>" in html
    assert "&lt;script&gt;x&lt;/script&gt;" in html and "<script>x</script>" not in html
    assert "Trust broke in round 4." in html
    assert "noise=0.05&amp;seed=3" in html
    assert html.count("Plotly.newPlot") == 1 and "Trust over rounds" in html
    assert "<td>seed</td>" in html and "<td>3</td>" in html


def test_report_in_chinese_says_so():
    html = page_report_html("信任", "zh", {}, [], [], ["信任在第 4 轮破裂。"])
    assert "lang='zh-CN'" in html and "复盘" in html and "信任在第 4 轮破裂。" in html


def test_png_button_is_twice_the_resolution_and_named_after_the_chart():
    config = chart_config("trust-cycle-tc_fig_trust")
    assert config["toImageButtonOptions"] == {"format": "png", "filename": "trust-cycle-tc_fig_trust",
                                              "scale": 2}


def test_projector_sizing_enlarges_a_copy():
    fig = figure()
    big = projector_sized(fig)
    assert big.layout.height == 520 and fig.layout.height == 400
    assert big.layout.font.size == round(BASE_FONT_SIZE * FONT_SCALE)


def test_teacher_view_folds_the_controls_and_enlarges_the_charts():
    normal = AppTest.from_file(str(PAGE), default_timeout=60)
    normal.run()
    teacher = AppTest.from_file(str(PAGE), default_timeout=60)
    teacher.session_state["teacher"] = True
    teacher.run()
    assert not normal.exception and not teacher.exception
    assert "Controls" not in [e.label for e in normal.expander]
    assert "Controls" in [e.label for e in teacher.expander]

    def heights(at: AppTest) -> list[int]:
        return [json.loads(c.proto.spec)["layout"]["height"] for c in at.get("plotly_chart")]
    assert all(b > a for a, b in zip(heights(normal), heights(teacher), strict=True))


def test_markdown_table_keeps_every_cell_literal():
    hostile = ["a | b", "*bold* _it_ `code`", ":material/home: $x$ <script>", "line\nbreak",
               "[link](http://x) # ~~no~~ \\"]
    frame = pd.DataFrame({"Id | key": hostile, "n": range(len(hostile))})
    lines = markdown_table(frame).split("\n")
    assert len(lines) == 2 + len(hostile)  # header, rule, one line per row
    assert re.fullmatch(r"\|( --- \|){2}", lines[1])
    rows = []
    for line in [lines[0], *lines[2:]]:
        cells = re.split(r"(?<!\\)\|", line)  # cell borders are the pipes left unescaped
        assert cells[0] == cells[-1] == ""
        rows.append([re.sub(r"\\(.)", r"\1", c.strip()) for c in cells[1:-1]])
    assert rows[0] == ["Id | key", "n"]
    assert [r[0] for r in rows[1:]] == [" ".join(h.split()) for h in hostile]
    assert [r[1] for r in rows[1:]] == [str(n) for n in range(len(hostile))]
    # nothing Markdown (or Streamlit) formats is left unescaped
    assert not re.search(r"(?<!\\)[*_`<>\[\]:$~#]", "".join(lines))
