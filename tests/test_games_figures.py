"""The explorer's pure factories: heatmap layout, marks, texts in both languages."""

from __future__ import annotations

import numpy as np

from dashboard.figures.games import (
    bimatrix_heatmap,
    dominance_lines,
    equilibrium_note,
    equilibrium_rows,
    explanation,
    localised_actions,
    threshold_rows,
    type_text,
)
from sim.games import StageGame, classic_game, game_report, usdprk_game
from sim.games.usdprk import USDPRK_PRESETS

PD = game_report(classic_game("prisoners_dilemma", 5, 3, 1, 0))
CHICKEN = game_report(classic_game("chicken", 4, 3, 1, 2))


def test_heatmap_has_titles_labels_and_marks():
    fig = bimatrix_heatmap(PD, "en")
    heat = fig.data[0]
    assert heat.type == "heatmap"
    assert [list(row) for row in heat.text] == [["3, 3", "0, 5"], ["5, 0", "1, 1"]]
    assert [list(row) for row in heat.z] == [[6, 5], [5, 2]]
    assert fig.layout.title.text and fig.layout.xaxis.title.text == "DPRK's action"
    assert fig.layout.yaxis.title.text == "United States's action"
    assert fig.layout.legend.title.text == "Marks"
    stars = next(t for t in fig.data if t.name == "Pure Nash equilibrium")
    assert list(stars.x) == [1.35]  # column 'defect'
    pareto = next(t for t in fig.data if t.name == "Pareto-efficient cell")
    assert len(pareto.x) == 3
    assert len(fig.layout.shapes) == 4  # one solid outline, three dashed


def test_heatmap_in_chinese():
    fig = bimatrix_heatmap(PD, "zh")
    assert fig.layout.xaxis.title.text == "朝鲜的行动"
    assert fig.layout.legend.title.text == "标记"


def test_notes_and_rows():
    assert equilibrium_note(PD, "en").startswith("The game has a unique")
    assert "3 个纳什均衡" in equilibrium_note(CHICKEN, "zh")
    rows = equilibrium_rows(CHICKEN, "en")
    assert [r["Kind"] for r in rows] == ["pure", "pure", "mixed"]
    assert rows[2]["United States"] == "cooperate 0.5, defect 0.5"


def test_type_text_for_an_asymmetric_game():
    report = game_report(usdprk_game(USDPRK_PRESETS["bully"]))
    kind, detail = type_text(report, "en")
    assert kind == "Bully (United States: Chicken; DPRK: Deadlock)"
    assert "T > P > R > S" in detail
    lines = dominance_lines(report, "en")
    assert "“provoke” is strictly dominant" in lines[1]


def test_thresholds_and_explanation():
    rows = threshold_rows(CHICKEN, "en")
    crash = next(r for r in rows if r["Threshold"] == "Chicken: crash probability")
    assert crash["Value"] == "0.25"
    text = " ".join(explanation(CHICKEN, "en"))
    assert "probability 0.25" in text and "δ ≥ 0.333" in text
    assert "δ ≥ 0.5" in " ".join(explanation(PD, "en"))
    big = game_report(StageGame.from_arrays(np.eye(3), np.eye(3)))
    assert "2×2" in explanation(big, "en")[0]


def test_localised_actions_translate_only_known_names():
    seed = {"row_actions": ("engage", "pressure"), "column_actions": ("restrain", "hold out")}
    out = localised_actions(seed, "zh")
    assert out["row_actions"] == ("接触", "施压") and out["column_actions"] == ("克制", "hold out")
