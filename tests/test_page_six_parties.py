"""The Six parties page under AppTest: it draws, reacts to sliders, and speaks Chinese."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

from sim.io import parse_scenario_text
from sim.sixparty.ensemble import run_ensemble
from sim.sixparty.outcomes import OUTCOMES
from tests.conftest import open_view

PAGE = Path(__file__).resolve().parent.parent / "dashboard" / "views" / "six_parties.py"


def page(lang: str = "en") -> AppTest:
    at = AppTest.from_file(str(PAGE), default_timeout=120)
    at.session_state["lang"] = lang
    at.session_state["sp_runs"] = 10
    at.run()
    assert not at.exception
    return at


def spec(at: AppTest, key_word: str) -> dict:
    for chart in at.get("plotly_chart"):
        data = json.loads(chart.proto.spec)
        if key_word in data["layout"]["title"]["text"]:
            return data
    raise AssertionError(f"no chart titled with {key_word!r}")


def test_page_draws_every_chart_and_reacts_to_enforcement():
    at = page()
    assert len(at.get("plotly_chart")) == 5
    before = at.dataframe[0].value.copy()
    at.slider(key="sp_cn").set_value(1.0).run()
    at.slider(key="sp_ru").set_value(1.0).run()
    assert not at.exception and not at.error
    after = at.dataframe[0].value
    assert not before.equals(after)  # the mean counts moved with the enforcement


def test_scenario_switch_loads_its_values_and_quarter_slider_follows():
    at = page()
    at.selectbox(key="sp_scenario").set_value("maximum_pressure_2017").run()
    assert not at.exception
    assert at.session_state["sp_quarter"] == "2017Q4"
    assert "2017Q4" in spec(at, "Mutual trust")["layout"]["title"]["text"]
    at.select_slider(key="sp_quarter").set_value("2017Q2").run()
    assert not at.exception and "2017Q2" in spec(at, "Mutual trust")["layout"]["title"]["text"]


def test_trust_slider_and_disputed_links():
    at = page()
    at.slider(key="sp_trust").set_value(0.9).run()
    at.slider(key="sp_threat").set_value(0.0).run()
    assert not at.exception and len(at.get("plotly_chart")) == 5
    at.selectbox(key="sp_world").set_value("capability").run()
    assert "DPRK capability" in spec(at, "capability")["layout"]["title"]["text"]


def test_chinese_page():
    at = page("zh")
    titles = [json.loads(c.proto.spec)["layout"]["title"]["text"] for c in at.get("plotly_chart")]
    assert any("六方之间的相互信任" in x for x in titles)
    assert any("结局" in x for x in titles)


# -- shared links, debrief, downloads --------------------------------------------------


def fresh(query: dict[str, str] | None = None, lang: str = "en") -> AppTest:
    return open_view(PAGE, lang, query, timeout=120)


#: A short scenario (four quarters) and few runs keep these tests quick.
SHORT = {"scenario": "maximum_pressure_2017", "runs": "10"}


def debrief_lines(at: AppTest) -> list[str]:
    [box] = [e for e in at.expander if e.label == "Debrief"]
    return [m.value for m in box.markdown]


def test_a_link_reproduces_the_numbers_in_a_fresh_session():
    first = fresh(SHORT)
    first.slider(key="sp_cn").set_value(0.9).run()
    first.slider(key="sp_self").set_value(0.5).run()
    first.number_input(key="sp_seed").set_value(7).run()
    first.selectbox(key="sp_world").set_value("capability").run()
    first.select_slider(key="sp_quarter").set_value("2017Q2").run()
    assert not first.exception
    link = dict(first.query_params.items())
    assert link["scenario"] == "maximum_pressure_2017" and link["runs"] == "10"
    assert (link["cn"], link["self"], link["seed"]) == ("0.9", "0.5", "7")
    assert (link["world"], link["quarter"]) == ("capability", "2017Q2")
    expected = first.dataframe[0].value

    second = fresh(link)
    assert second.session_state["sp_cn"] == 0.9 and second.session_state["sp_seed"] == 7
    assert second.session_state["sp_ru"] == first.session_state["sp_ru"]  # from the scenario
    assert second.dataframe[0].value.equals(expected)
    assert debrief_lines(second) == debrief_lines(first)
    assert "2017Q2" in spec(second, "Mutual trust")["layout"]["title"]["text"]
    assert "DPRK capability" in spec(second, "capability")["layout"]["title"]["text"]
    # the scenario's own values give other numbers, so the comparison above could fail
    assert not fresh(SHORT).dataframe[0].value.equals(expected)


def test_bad_link_values_are_named_and_the_page_keeps_working():
    at = fresh({**SHORT, "cn": "7", "world": "weather", "quarter": "1850Q1", "seed": "12"})
    warning = " ".join(w.value for w in at.warning)
    assert "cn=7" in warning and "from 0 to 1" in warning
    assert "world=weather" in warning and "tension" in warning
    assert "quarter=1850Q1" in warning and "2017Q1" in warning
    assert at.session_state["sp_cn"] == 0.5  # the scenario's own value
    assert at.session_state["sp_seed"] == 12  # a good value beside bad ones is kept
    assert at.session_state["sp_quarter"] == "2017Q4"
    assert len(at.get("plotly_chart")) == 5 and not at.error
    unknown = fresh({"scenario": "atlantis", "runs": "10"})
    assert "scenario=atlantis" in unknown.warning[0].value
    assert unknown.session_state["sp_scenario"] == "history_1993_2024"


def test_the_debrief_reads_the_runs_and_probes_the_levers():
    at = fresh(SHORT)
    lines = debrief_lines(at)[0]
    assert "ended in" in lines or "most common ending" in lines
    assert "lost trust in" in lines or "never lost trust in" in lines
    assert "China's sanctions enforcement" in lines and "percentage points" in lines
    zh = fresh(SHORT, "zh")
    [box] = [e for e in zh.expander if e.label == "复盘"]
    assert "中国的制裁执行力度" in box.markdown[0].value


def test_downloads_give_the_runs_a_scenario_that_loads_again_and_a_report(downloads):
    at = fresh(SHORT)
    at.slider(key="sp_cn").set_value(0.9).run()
    at.slider(key="sp_trust").set_value(0.6).run()
    assert sorted(b.key for b in at.get("download_button")) == [
        "six-parties_dl_csv", "six-parties_dl_report", "six-parties_dl_yaml"]
    scenario = parse_scenario_text(downloads("maximum_pressure_2017.yaml"))
    p = scenario.parameters
    assert scenario.kind == "sixparty" and p.parties["CN"].enforcement == 0.9
    assert p.parties["US"].trust["KP"] == 0.6 == p.parties["KP"].trust["US"]
    runs = pd.read_csv(io.StringIO(downloads("six_parties_maximum_pressure_2017_seed0.csv")))
    assert list(runs["run"]) == list(range(10)) and set(runs["outcome"]) <= set(OUTCOMES)
    # the scenario file reproduces the runs on screen
    again = run_ensemble(p, 10, 0)
    assert [o.outcome for o in again.outcomes] == list(runs["outcome"])
    assert list(runs["missile_tests"]) == [o.missile_tests for o in again.outcomes]
    report = downloads("six_parties_maximum_pressure_2017_seed0_report.html")
    assert "Debrief" in report and "percentage points" in report
    assert report.count("Plotly.newPlot") == 5


def test_the_teacher_view_folds_every_widget_into_controls():
    at = AppTest.from_file(str(PAGE), default_timeout=120)
    at.session_state["lang"] = "en"
    at.session_state["teacher"] = True
    for name, value in SHORT.items():
        at.query_params[name] = value
    at.run()
    assert not at.exception and len(at.get("plotly_chart")) == 5
    assert sum(e.label == "Controls" for e in at.expander) == 4
