"""The History page under AppTest: events, record against model, fit numbers."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

from sim.io import find_scenario, load_scenario, parse_scenario_text
from tests.conftest import open_view

PAGE = Path(__file__).resolve().parent.parent / "dashboard" / "views" / "history.py"


def page(lang: str = "en") -> AppTest:
    at = AppTest.from_file(str(PAGE), default_timeout=120)
    at.session_state["lang"] = lang
    at.session_state["hi_runs"] = 20
    at.run()
    assert not at.exception
    return at


def titles(at: AppTest) -> list[str]:
    return [json.loads(c.proto.spec)["layout"]["title"]["text"] for c in at.get("plotly_chart")]


def test_page_shows_events_counts_and_fit():
    at = page()
    assert any("dated events" in x for x in titles(at))
    assert any("Missile-test events" in x for x in titles(at))
    fit = at.dataframe[0].value
    assert len(fit) == 10 and set(fit["Period"]) == {"in sample", "out of sample"}


def test_filters_and_series_change_the_charts():
    at = page()
    at.multiselect(key="hi_types").set_value(["nuclear_test"]).run()
    assert not at.exception
    events = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert len(events["data"]) == 1 and len(events["data"][0]["x"]) == 6
    at.selectbox(key="hi_series").set_value("unsc_resolutions").run()
    assert any("UN sanctions resolutions" in x for x in titles(at))
    at.multiselect(key="hi_types").set_value([]).run()
    assert not at.exception and at.info and len(at.get("plotly_chart")) == 1


def test_chinese_page():
    at = page("zh")
    assert any("有日期的事件" in x for x in titles(at))
    assert "样本外" in set(at.dataframe[0].value["时期"])


# -- shared links, debrief, downloads --------------------------------------------------


def fresh(query: dict[str, str] | None = None, lang: str = "en") -> AppTest:
    return open_view(PAGE, lang, query, timeout=120)


#: A short scenario (24 quarters) keeps these tests quick.
SHORT = {"scenario": "six_party_talks_2003_2008", "runs": "20"}


def debrief_lines(at: AppTest, title: str = "Debrief") -> str:
    [box] = [e for e in at.expander if e.label == title]
    return box.markdown[0].value


def test_a_link_reproduces_the_numbers_in_a_fresh_session():
    first = fresh(SHORT)
    first.number_input(key="hi_seed").set_value(5).run()
    first.slider(key="hi_runs").set_value(40).run()
    first.multiselect(key="hi_types").set_value(["nuclear_test", "missile_test"]).run()
    first.selectbox(key="hi_series").set_value("unsc_resolutions").run()
    assert not first.exception
    link = dict(first.query_params.items())
    assert (link["scenario"], link["seed"], link["runs"]) == ("six_party_talks_2003_2008", "5", "40")
    assert (link["types"], link["series"]) == ("nuclear_test,missile_test", "unsc_resolutions")
    expected = first.dataframe[0].value

    second = fresh(link)
    assert second.session_state["hi_types"] == ["nuclear_test", "missile_test"]
    assert second.session_state["hi_seed"] == 5
    assert second.dataframe[0].value.equals(expected)
    assert debrief_lines(second) == debrief_lines(first)
    assert titles(second) == titles(first) and any("UN sanctions" in x for x in titles(second))
    # the defaults give other numbers, so the comparison above could fail
    assert not fresh().dataframe[0].value.equals(expected)
    assert not fresh(SHORT).dataframe[0].value.equals(expected)


def test_bad_link_values_are_named_and_the_page_keeps_working():
    at = fresh({"runs": "15", "types": "agreement,dragons", "series": "weather", "seed": "4",
                "scenario": "six_party_talks_2003_2008"})
    warning = " ".join(w.value for w in at.warning)
    assert "runs=15" in warning and "from 20 to 300" in warning
    assert "types=agreement,dragons" in warning and "missile_test" in warning
    assert "series=weather" in warning and "talks_quarters" in warning
    assert at.session_state["hi_runs"] == 40 and at.session_state["hi_seed"] == 4
    assert at.session_state["hi_series"] == "missile_tests"
    assert len(at.get("plotly_chart")) == 2 and len(at.dataframe[0].value) == 5
    assert not at.error


def test_the_debrief_names_best_and_worst_fit_and_what_is_left_out():
    at = page()
    lines = debrief_lines(at)
    assert "best" in lines and "worst" in lines and "The biggest miss is" in lines
    assert "pandemic border closure" in lines  # 1993-2024 includes 2020-2023
    short = debrief_lines(fresh(SHORT))
    assert "None of the episodes the model is known to leave out" in short
    zh = debrief_lines(page("zh"), "复盘")
    assert "拟合最好" in zh and "疫情期间的边境封闭" in zh


def test_downloads_give_the_yearly_table_the_scenario_and_a_report(downloads):
    at = fresh({**SHORT, "seed": "3"})
    assert sorted(b.key for b in at.get("download_button")) == [
        "history_dl_csv", "history_dl_report", "history_dl_yaml"]
    yearly = pd.read_csv(io.StringIO(downloads("history_six_party_talks_2003_2008_seed3.csv")))
    assert list(yearly["year"]) == list(range(2003, 2009))
    assert {"missile_tests", "model_missile_tests", "model_agreements_high"} <= set(yearly)
    record = at.dataframe[0].value
    assert yearly["missile_tests"].sum() == record.iloc[0]["Record"]
    assert round(yearly["model_missile_tests"].sum(), 1) == record.iloc[0]["Model mean"]
    scenario = parse_scenario_text(downloads("six_party_talks_2003_2008.yaml"))
    bundled = load_scenario(find_scenario("six_party_talks_2003_2008"))
    assert scenario == bundled
    report = downloads("history_six_party_talks_2003_2008_seed3_report.html")
    assert "Debrief" in report and "Fit to the record" in report


def test_the_teacher_view_folds_every_widget_into_controls():
    at = AppTest.from_file(str(PAGE), default_timeout=120)
    at.session_state["lang"] = "en"
    at.session_state["teacher"] = True
    for name, value in SHORT.items():
        at.query_params[name] = value
    at.run()
    assert not at.exception and len(at.get("plotly_chart")) == 2
    assert sum(e.label == "Controls" for e in at.expander) == 2
