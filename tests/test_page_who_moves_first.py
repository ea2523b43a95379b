"""The "Who moves first" page under Streamlit's AppTest."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

from sim.io import parse_scenario_text
from tests.conftest import open_view

PAGE = Path(__file__).resolve().parent.parent / "dashboard" / "views" / "who_moves_first.py"


def page(lang: str = "en") -> AppTest:
    at = AppTest.from_file(str(PAGE), default_timeout=90)
    at.session_state["lang"] = lang
    at.run()
    assert not at.exception
    return at


def table(at: AppTest):
    """The comparison table (the other dataframe on the page is the step editor)."""
    return next(d.value for d in at.dataframe if d.value.columns[0] in ("Order", "次序"))


def titles(at: AppTest) -> list[str]:
    return [json.loads(c.proto.spec)["layout"]["title"]["text"] for c in at.get("plotly_chart")]


def test_page_draws_every_chart_and_reacts_to_trust():
    at = page()
    assert titles(at) == ["Minimum trust each order needs", "Who moves when, and what is verified",
                          "Self-enforcing? Trust × number of phases", "Minimum trust — As agreed",
                          "How implementation ends (1,000 runs per order)"]
    column = "Self-enforcing"
    assert table(at)[column].tolist()[-1] == "yes"  # the Agreed Framework as written, trust 0.55
    at.slider(key="wmf_trust").set_value(0.3).run()
    assert not at.exception
    assert table(at)[column].tolist()[-1] == "no"


def test_presets_switch_and_load_their_settings():
    at = page()
    at.selectbox(key="wmf_preset").set_value("hanoi_2019").run()
    assert not at.exception
    assert at.session_state["wmf_trust"] == 0.3 and at.session_state["wmf_phases"] == 3
    assert at.session_state["wmf_agreement"] == "big_deal"
    at.radio(key="wmf_agreement").set_value("yongbyon_for_relief").run()
    assert not at.exception
    assert "Dismantle the Yongbyon complex" in json.dumps(
        json.loads(at.get("plotly_chart")[1].proto.spec)["data"], ensure_ascii=False)
    at.selectbox(key="wmf_preset").set_value("custom").run()
    assert not at.exception and len(at.get("plotly_chart")) == 5


def test_uniform_verification_moves_the_marker_and_the_map_order_changes():
    at = page()
    at.checkbox(key="wmf_uniform").check().run()
    at.slider(key="wmf_verification").set_value(0.6).run()
    at.selectbox(key="wmf_map_order").set_value("package_deal").run()
    assert not at.exception
    assert "Minimum trust — Package deal" in titles(at)


def test_page_in_chinese():
    at = page("zh")
    assert "各次序所需的最低信任" in titles(at)
    assert table(at).columns[0] == "次序"


def test_edited_steps_are_checked_and_the_page_keeps_running():
    at = page()
    editor = "wmf_steps_agreed_framework_1994_agreed_framework"
    at.session_state[editor] = {"edited_rows": {0: {"value": -5}}, "added_rows": [],
                                "deleted_rows": []}
    at.run()
    assert not at.exception
    assert [e.value for e in at.error] == [
        "Input problem: step 1 (freeze) value = -5.0 is out of range; allowed: 0.0 to 1000.0"]
    assert not at.get("plotly_chart")
    at.session_state[editor] = {"edited_rows": {}, "deleted_rows": [],
                                "added_rows": [{"name": "suspend_exercises", "phase": 1}]}
    at.run()
    assert not at.exception and not at.error
    assert "Suspend exercises" in json.dumps(json.loads(at.get("plotly_chart")[1].proto.spec),
                                             ensure_ascii=False)


# -- links, debrief and downloads ------------------------------------------------------------

def fresh(query: dict[str, str] | None = None) -> AppTest:
    """A new session opening the page with ``query`` in its address."""
    return open_view(PAGE, "en", query, timeout=90)


def link_of(at: AppTest) -> dict[str, str]:
    return {name: value for name, value in at.query_params.items()}


def editor_key(at: AppTest) -> str:
    return next(d.key for d in at.dataframe if d.key and d.key.startswith("wmf_steps_"))


def outcomes(at: AppTest) -> list:
    return json.loads(at.get("plotly_chart")[-1].proto.spec)["data"]


def debrief_lines(at: AppTest) -> str:
    box = next(e for e in at.expander if e.label == "Debrief")
    return "\n".join(m.value for m in box.markdown)


def test_a_link_reproduces_the_numbers_and_the_edited_steps_in_a_fresh_session():
    first = fresh()
    first.selectbox(key="wmf_preset").set_value("hanoi_2019").run()
    first.radio(key="wmf_agreement").set_value("yongbyon_for_relief").run()
    first.slider(key="wmf_trust").set_value(0.42).run()
    first.checkbox(key="wmf_uniform").check().run()
    first.slider(key="wmf_verification").set_value(0.7).run()
    first.select_slider(key="wmf_runs").set_value(500).run()
    first.number_input(key="wmf_seed").set_value(5).run()
    first.selectbox(key="wmf_map_order").set_value("package_deal").run()
    first.session_state[editor_key(first)] = {"edited_rows": {0: {"value": 55.0}},
                                              "added_rows": [], "deleted_rows": []}
    first.run()
    assert not first.exception
    link = link_of(first)
    assert link["preset"] == "hanoi_2019" and link["agreement"] == "yongbyon_for_relief"
    assert link["trust"] == "0.42" and link["runs"] == "500" and link["seed"] == "5"
    assert link["uniform"] == "1" and link["verification"] == "0.7"
    assert link["map_order"] == "package_deal"
    assert link["step1"].split("~")[3] == "55"
    expected_table, expected_runs = table(first), outcomes(first)

    second = fresh(link)
    assert not second.warning
    assert second.session_state["wmf_runs"] == 500 and second.session_state["wmf_trust"] == 0.42
    assert table(second).equals(expected_table)
    assert outcomes(second) == expected_runs
    assert debrief_lines(second) == debrief_lines(first)
    assert link_of(second) == link
    # the defaults give other numbers, so the comparisons above could fail
    default = fresh()
    assert not table(default).equals(expected_table) and outcomes(default) != expected_runs


def test_without_the_edited_row_the_link_gives_other_numbers():
    first = fresh({"preset": "hanoi_2019", "agreement": "yongbyon_for_relief"})
    before = table(first)
    first.session_state[editor_key(first)] = {"edited_rows": {0: {"cost": 0.5}},
                                              "added_rows": [], "deleted_rows": []}
    first.run()
    link = link_of(first)
    assert not table(first).equals(before)
    steps = {k: v for k, v in link.items() if k.startswith("step")}
    assert steps and table(fresh(link)).equals(table(first))
    unedited = {k: v for k, v in link.items() if not k.startswith("step")}
    assert table(fresh(unedited)).equals(before)


def test_bad_link_values_are_named_and_the_page_still_works():
    at = fresh({"trust": "2", "runs": "300", "map_order": "nowhere", "seed": "9",
                "step1": "freeze~KP~10~-5~0.6~0.8~1"})
    warning = " ".join(w.value for w in at.warning)
    assert "trust=2" in warning and "from 0 to 1" in warning
    assert "runs=300" in warning and "200, 500, 1000, 2000, 5000" in warning
    assert "map_order=nowhere" in warning
    assert "step1" in warning and "value = -5.0 is out of range" in warning
    assert at.session_state["wmf_trust"] == 0.55 and at.session_state["wmf_seed"] == 9
    assert len(at.get("plotly_chart")) == 5 and not at.error
    assert not any(k.startswith("step") for k in link_of(at))


def test_steps_with_a_gap_or_a_bad_shape_are_refused():
    at = fresh({"step1": "freeze~KP~10~25~0.6~0.8~1", "step3": "declaration~KP~10~10~0.4~0.2~2"})
    assert "rows step1 to step3 with none missing" in at.warning[0].value
    at = fresh({"step1": "freeze~KP~ten"})
    assert "name~mover~cost~value" in at.warning[0].value
    assert len(at.get("plotly_chart")) == 5


def test_the_debrief_follows_the_order_and_the_trust():
    at = fresh()
    text = debrief_lines(at)
    assert "In the order As agreed the agreement holds" in text
    assert "simulated implementations of As agreed" in text and "Who broke it first" in text
    at.slider(key="wmf_trust").set_value(0.3).run()
    text = debrief_lines(at)
    assert "In the order As agreed the agreement does not hold at a trust of 0.30" in text
    assert "One change that would make it hold: a trust of 0.51 instead of 0.30." in text
    at.slider(key="wmf_trust").set_value(0.51).run()  # the change named does make it hold
    assert "In the order As agreed the agreement holds" in debrief_lines(at)
    at.selectbox(key="wmf_map_order").set_value("action_for_action").run()
    assert "In the order Action for action (4 phases)" in debrief_lines(at)


def test_downloads_give_stages_the_scenario_and_a_report(downloads):
    at = fresh()
    assert sorted(b.key for b in at.get("download_button")) == [
        "who-moves-first_dl_csv", "who-moves-first_dl_report", "who-moves-first_dl_yaml"]
    frame = pd.read_csv(io.StringIO(downloads("sequencing_agreed_framework_seed0.csv")))
    assert set(frame["order"]) == {"denuclearisation_first", "security_first",
                                   "action_for_action", "package_deal", "as_agreed"}
    assert {"needs_trust", "share_completed", "share_KP_walked"} <= set(frame.columns)
    at.slider(key="wmf_trust").set_value(0.61).run()
    at.session_state[editor_key(at)] = {"edited_rows": {0: {"value": 30.0}}, "added_rows": [],
                                        "deleted_rows": []}
    at.run()
    scenario = parse_scenario_text(downloads("agreed_framework_1994.yaml"))
    assert scenario.parameters.trust == 0.61 and scenario.parameters.order == "as_agreed"
    freeze = scenario.parameters.agreements[0].steps[0]
    assert freeze.name == "freeze" and freeze.value == 30.0 and freeze.label is not None
    assert "Debrief" in downloads("sequencing_agreed_framework_seed0_report.html")


def test_a_custom_agreement_downloads_a_scenario_that_loads_again(downloads):
    at = fresh({"preset": "custom"})
    scenario = parse_scenario_text(downloads("custom_agreement.yaml"))
    assert scenario.id == "custom_agreement" and scenario.title.zh == "自定义协议"
    assert [s.name for s in scenario.parameters.agreements[0].steps] == [
        "freeze", "energy_aid", "declaration", "sanctions_relief", "dismantlement",
        "security_guarantee"]
    assert "agreement" not in link_of(at)


def test_the_teacher_view_folds_the_controls_away():
    at = AppTest.from_file(str(PAGE), default_timeout=90)
    at.session_state["lang"] = "en"
    at.session_state["teacher"] = True
    at.run()
    assert not at.exception
    labels = [e.label for e in at.expander]
    assert labels[0] == "Controls" and labels.count("Controls") == 3 and "Debrief" in labels
    assert len(at.get("plotly_chart")) == 5
