"""Figure factories of the "Who moves first" page (dashboard.figures.sequencing)."""

from __future__ import annotations

import numpy as np
import pytest

from dashboard.figures.sequencing import (
    min_trust_figure,
    order_label,
    outcomes_figure,
    sequence_figure,
    step_label,
    trust_phase_figure,
    verification_patience_figure,
)
from dashboard.figures.style import PARTY_COLORS
from dashboard.i18n import tr
from sim.sequencing import ORDERS, Agreement, Settings, Step, analyse
from sim.sequencing.frames import moves_frame, orders_frame, outcomes_frame, stages_frame
from sim.sequencing.maps import trust_phase_map, verification_patience_map

DEAL = Agreement("demo", (Step("freeze", "KP", 4, 6, 0.6, 0.5), Step("aid", "US", 3, 15, 1, 0),
                          Step("dismantlement", "KP", 8, 10, 0.9, 0.0)))
KNOBS = Settings(trust=0.4, runs=200, phases=3)


@pytest.fixture(scope="module")
def result():
    return analyse(DEAL, KNOBS, seed=0)


def labelled(fig, lang_title: str) -> None:
    layout = fig.layout
    assert layout.title.text == lang_title
    assert layout.xaxis.title.text and layout.yaxis.title.text
    assert layout.legend.title.text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_min_trust_bars_mark_never_and_today(result, lang):
    fig = min_trust_figure(orders_frame(result), 0.4, 3, lang)
    labelled(fig, "Minimum trust each order needs" if lang == "en" else "各次序所需的最低信任")
    overall, us, kp, hatch = fig.data
    assert hatch.name == tr("wmf.fig.min_trust.never", lang)
    assert us.marker.color == PARTY_COLORS["US"] and kp.marker.color == PARTY_COLORS["KP"]
    needed = orders_frame(result)["min_trust"].to_numpy()
    never = np.isnan(needed)
    assert list(overall.marker.pattern.shape) == ["x" if n else "" for n in never]
    assert fig.layout.shapes[0].y0 == 0.4
    assert order_label("action_for_action", lang, 3) in overall.x


def test_sequence_lanes_cover_every_order_and_side(result):
    fig = sequence_figure(moves_frame(result), list(ORDERS), 3, "en")
    labelled(fig, "Who moves when, and what is verified")
    lanes = fig.layout.yaxis.categoryarray
    assert len(lanes[0]) == 2 * len(ORDERS) and set(lanes[1]) == {"United States", "DPRK"}
    names = [trace.name for trace in fig.data]
    assert "DPRK: hard to verify (q < 0.8)" in names  # the freeze, q = 0.6
    open_marker = next(t for t in fig.data if t.name == "DPRK: hard to verify (q < 0.8)")
    assert open_marker.marker.symbol == "circle-open"
    failing = fig.data[-1]
    stages = stages_frame(result)
    assert len(failing.x) == int((stages["action"] != "honour").sum()) > 0


def test_step_labels_prefer_own_then_library_then_name():
    assert step_label("freeze", "zh") == "冻结核设施"
    assert step_label("freeze", "en", {"freeze": "Shut Yongbyon"}) == "Shut Yongbyon"
    assert step_label("unfreeze_funds", "en") == "unfreeze_funds"


def test_trust_phase_map_figure_draws_the_line_and_today():
    tp = trust_phase_map(DEAL, KNOBS, max_phases=30, trust_points=21)
    fig = trust_phase_figure(tp.phases, tp.trust, tp.self_enforcing, tp.min_trust, 0.4, 3, "en")
    labelled(fig, "Self-enforcing? Trust × number of phases")
    heat = fig.data[0]
    assert np.asarray(heat.z).shape == (21, 30)  # trust rows, phase columns
    line = next(t for t in fig.data if t.name == "minimum trust")
    np.testing.assert_allclose(np.asarray(line.y, dtype=float), tp.min_trust)


def test_verification_patience_figure_has_its_contour():
    vp = verification_patience_map(DEAL, "action_for_action", KNOBS, np.linspace(0, 1, 21),
                                   np.linspace(0.5, 1, 11))
    fig = verification_patience_figure(vp.verification, vp.discount, vp.min_trust, 0.7,
                                       "action_for_action", "zh", now=(0.8, 0.9), phases=3)
    labelled(fig, "最低信任——行动对行动（3个阶段）")
    kinds = [trace.type for trace in fig.data]
    assert kinds == ["heatmap", "contour", "scatter"] and fig.data[1].contours.start == 0.7
    assert fig.data[0].colorbar.title.text == "最低信任"
    # below every cell's minimum trust there is nowhere the order holds: no contour to draw
    low = verification_patience_figure(vp.verification, vp.discount, vp.min_trust, 0.3,
                                       "action_for_action", "en")
    assert [trace.type for trace in low.data] == ["heatmap"]


def test_outcome_bars_add_up_to_all_runs(result):
    fig = outcomes_figure(outcomes_frame(result), 3, KNOBS.runs, "en")
    labelled(fig, "How implementation ends (200 runs per order)")
    totals = np.sum([np.asarray(trace.x, dtype=float) for trace in fig.data], axis=0)
    np.testing.assert_allclose(totals, 100.0)
    assert fig.data[0].name == "Completed"
