"""Debrief sentences: every code and cause renders in English and Chinese."""

from __future__ import annotations

import re

import numpy as np
import pytest

from dashboard.debrief import action_label, render, render_one
from dashboard.i18n import CATALOG
from sim.debrief import CODES, Finding, debrief
from sim.debrief_probe import STEPS
from sim.repeated import MatchSettings, Payoffs, play_match

CJK = re.compile(r"[\u4e00-\u9fff]")
PARTIES = {"side": "US", "other": "KP", "row": "US", "column": "KP", "actor": "KP"}
CAUSES = {"trust_broke": ("defection", "noise", "misperception", "seen_cooperation"),
          "cycle_started": ("noise", "misperception", "deliberate")}


def sample(code: str, cause: str | None = None, parameter: str = "noise") -> Finding:
    values: dict[str, object] = {}
    for name in CODES[code]:
        if name in PARTIES:
            values[name] = PARTIES[name]
        elif name == "cause":
            values[name] = cause
        elif name == "parameter":
            values[name] = parameter
        else:
            values[name] = 0.25 if name != "pure" else 1
    return Finding(code, "info", values)


def every_sample() -> list[Finding]:
    findings = []
    for code in CODES:
        if code in CAUSES:
            findings += [sample(code, cause) for cause in CAUSES[code]]
        elif "parameter" in CODES[code]:
            findings += [sample(code, parameter=p) for p in STEPS]
        else:
            findings.append(sample(code))
    return findings


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_code_cause_and_parameter_renders(lang):
    for finding in every_sample():
        text = render_one(finding, lang)
        assert "{" not in text and "}" not in text, text
        assert bool(CJK.search(text)) == (lang == "zh"), text


def test_sentences_carry_the_numbers_and_translated_names():
    broke = Finding("trust_broke", "warning", {"side": "US", "other": "KP", "round": 7,
                                               "before": 0.71, "after": 0.2, "cause": "noise"})
    assert render_one(broke, "en") == (
        "In round 7 United States stopped trusting DPRK: its trust fell from 71% to 20% after "
        "a noise flip: DPRK meant to cooperate, but the move went wrong.")
    assert "第7轮" in render_one(broke, "zh") and "噪声" in render_one(broke, "zh")
    top = sample("assumption_top", parameter="misperception")
    top.values["change"] = -0.125
    assert "-12.5 percentage points" in render_one(top, "en")
    assert render_one(sample("assumption_effect", parameter="trust_prior"), "en").startswith(
        "The trust prior")


def test_equilibria_are_described_with_each_sides_actions():
    pure = Finding("equilibrium_nearest", "info", {
        "row": "US", "column": "KP", "row_cooperate": 0.0, "column_cooperate": 0.0, "pure": 1,
        "distance": 0.5, "equilibria": 1, "cc": 0.5, "cd": 0, "dc": 0, "dd": 0.5})
    assert "United States chooses pressure and DPRK chooses provoke" in render_one(pure, "en")
    assert "美国选择施压，朝鲜选择挑衅" in render_one(pure, "zh")
    mixed = Finding("equilibrium_nearest", "info", {**pure.values, "pure": 0,
                                                     "row_cooperate": 0.4,
                                                     "column_cooperate": 0.25})
    assert "engage with probability 40%" in render_one(mixed, "en")
    assert "restrain with probability 25%" in render_one(mixed, "en")


def test_action_labels_fall_back_for_other_players():
    assert action_label("US", True, "en") == "engage"
    assert action_label("KP", False, "zh") == "挑衅"
    assert action_label("Row", True, "en") == "cooperate"


def test_a_real_debrief_renders_line_for_line():
    result = play_match("tit_for_tat", "tit_for_tat", Payoffs.dilemma(),
                        MatchSettings(rounds=40, noise=0.1), np.random.default_rng(2))
    findings = debrief(result)
    for lang in ("en", "zh"):
        assert len(render(findings, lang)) == len(findings)


def test_every_template_exists_in_the_catalog():
    for code in CODES:
        assert f"debrief.{code}" in CATALOG


def test_the_trust_page_debriefs_the_replicate_shown():
    from pathlib import Path

    from streamlit.testing.v1 import AppTest

    page = Path(__file__).resolve().parent.parent / "dashboard" / "views" / "trust_cycle.py"
    at = AppTest.from_file(str(page), default_timeout=60)
    at.session_state["lang"] = "en"
    at.run()
    assert not at.exception
    expander = next(e for e in at.expander if e.label == "Debrief")
    text = "\n".join(m.value for m in expander.markdown)
    assert "Play sat nearest to the stage game's equilibrium" in text
    shown = [text]
    for replicate in range(1, 3):
        at.number_input(key="tc_show").set_value(replicate).run()
        assert not at.exception
        expander = next(e for e in at.expander if e.label == "Debrief")
        shown.append("\n".join(m.value for m in expander.markdown))
    assert len(set(shown)) > 1, "the debrief follows the replicate shown"
