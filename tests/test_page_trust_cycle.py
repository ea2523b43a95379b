"""The trust-and-cycle page under Streamlit's AppTest, and its figure factories."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.figures.repeated import (
    cooperation_trust_figure,
    cycles_figure,
    moves_figure,
    payoff_heatmap,
    ranking_figure,
    shares_figure,
    strategy_label,
)
from dashboard.i18n import CATALOG, tr
from sim.repeated import REGISTRY, MatchSettings, Payoffs, play_match
from sim.repeated.metrics import by_round, replicate_metrics
from sim.repeated.tournament import round_robin

PAGE = Path(__file__).resolve().parent.parent / "dashboard" / "views" / "trust_cycle.py"


def page(lang: str = "en") -> AppTest:
    at = AppTest.from_file(str(PAGE), default_timeout=60)
    at.session_state["lang"] = lang
    at.run()
    assert not at.exception
    return at


def chart_titles(at: AppTest) -> list[str]:
    return [json.loads(c.proto.spec)["layout"]["title"]["text"] for c in at.get("plotly_chart")]


def test_page_reacts_to_widgets_and_survives_bad_input():
    at = page()
    titles = chart_titles(at)
    assert len(titles) == 3
    assert any("Moves round by round" in x for x in titles)
    assert any("Cooperation and trust" in x for x in titles)
    before = at.table[0].value
    at.slider(key="tc_noise").set_value(0.0).run()
    assert not at.exception
    after = at.table[0].value
    assert not before.equals(after)
    # with no noise two tit-for-tat players cooperate in every round
    assert after.iloc[0]["Mean"] == 1.0

    at.selectbox(key="tc_scenario").set_value("trust_building_2018").run()
    assert not at.exception
    assert at.session_state["tc_kp"] == "trust_threshold"
    assert at.session_state["tc_rounds"] == 24

    at.selectbox(key="tc_scenario").set_value("custom").run()
    at.number_input(key="tc_T").set_value(8.0).run()
    assert not at.exception and len(at.get("plotly_chart")) == 3
    at.number_input(key="tc_T").set_value(5000.0).run()
    assert not at.exception
    messages = [e.value for e in at.error]
    assert len(messages) == 1 and "1000" in messages[0] and "5000" in messages[0]

    at.number_input(key="tc_T").set_value(5.0).run()
    assert not at.error


def test_tournament_and_evolution_tabs_keep_their_settings():
    at = page()
    at.session_state["tc_tab"] = "Tournament"
    at.run()
    assert not at.exception
    titles = chart_titles(at)
    assert len(titles) == 2 and any("Tournament ranking" in x for x in titles)
    at.multiselect(key="tc_entrants").set_value(["grudger", "defector", "tit_for_tat"]).run()
    at.session_state["tc_tab"] = "Evolution"
    at.run()
    assert not at.exception
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert "Replicator dynamics" in spec["layout"]["title"]["text"]
    assert len(spec["data"]) == 3
    at.session_state["tc_tab"] = "Tournament"
    at.run()
    assert at.multiselect(key="tc_entrants").value == ["grudger", "defector", "tit_for_tat"]
    at.multiselect(key="tc_entrants").set_value(["grudger"]).run()
    assert not at.exception
    assert any("at least two" in i.value for i in at.info)


def test_chinese_page():
    at = page("zh")
    titles = chart_titles(at)
    assert any("逐轮行动" in x for x in titles)
    assert any("信任" in x for x in titles)


def test_every_strategy_has_a_translated_label_matching_the_registry():
    for name, cls in REGISTRY.items():
        english, chinese = CATALOG[f"trust_cycle.strategy.{name}"]
        assert english == cls.friendly_name
        assert chinese != english
    assert strategy_label("random(p=0.3)", "en") == "Random (p=0.3)"


@pytest.fixture(scope="module")
def match():
    return play_match("tit_for_tat", "tit_for_tat", Payoffs.dilemma(),
                      MatchSettings(rounds=30, replicates=40, noise=0.1, misperception=0.1),
                      np.random.default_rng(0))


def test_figures_have_titles_axes_and_legends(match):
    frame = match.to_frame(replicates=1)
    rows = by_round(match)
    tournament = round_robin(["cooperator", "defector", "grudger"], Payoffs.dilemma(),
                             MatchSettings(rounds=10, replicates=3), np.random.default_rng(0))
    figures = [
        moves_figure(frame, match.players, 0, "en"), cooperation_trust_figure(rows, "en"),
        cycles_figure(replicate_metrics(match).cycle_episodes, "en"),
        ranking_figure(tournament.ranking_frame(), "en"),
        payoff_heatmap(tournament.payoff_matrix, tournament.names, "en"),
        shares_figure([0, 1], [[0.5, 0.5, 0.0], [0.2, 0.8, 0.0]], tournament.names, "T", "x",
                      "en"),
    ]
    for fig in figures:
        layout = fig.layout
        x_title = layout.xaxis2.title.text if "xaxis2" in layout else layout.xaxis.title.text
        assert layout.title.text and x_title and layout.yaxis.title.text
        assert layout.legend.title.text


def test_moves_figure_marks_misreadings(match):
    frame = match.to_frame(replicates=1)
    fig = moves_figure(frame, match.players, 0, "en")
    misread = next(t for t in fig.data if t.name == tr("trust_cycle.fig.misread", "en"))
    seen_wrong = int((match.observed[0, 0] != match.actual[1, 0]).sum()
                     + (match.observed[1, 0] != match.actual[0, 0]).sum())
    assert len(misread.x) == seen_wrong
    cooperate = next(t for t in fig.data if t.name == tr("trust_cycle.fig.cooperate", "en"))
    assert len(cooperate.x) == int((~match.actual[:, 0]).sum())
