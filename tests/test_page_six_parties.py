"""The Six parties page under AppTest: it draws, reacts to sliders, and speaks Chinese."""

from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

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
