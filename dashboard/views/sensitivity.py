"""Sensitivity: which parameters drive an outcome (SALib Morris screening or Sobol indices)."""

from __future__ import annotations

from typing import Any

import streamlit as st

from dashboard.cached.experiments import sensitivity_view
from dashboard.cached.scenarios import scenario_library
from dashboard.debrief import render as render_debrief
from dashboard.figures.experiments import outcome_label, sensitivity_figure
from dashboard.i18n import current_lang, t, tr
from dashboard.layout import controls
from dashboard.results import Results
from dashboard.share import Field, current_link, publish, restore
from dashboard.widgets import ParamSpec, default_range, nice_step, param_specs
from sim.debrief_ensemble import sensitivity_findings
from sim.errors import InputError
from sim.experiments import runner_for
from sim.io import dump_scenario, parse_scenario_text
from sim.scenario import ScenarioBase

PAGE = "sensitivity"
DEFAULT_SCENARIO = "echo_effect"
METHODS = ("morris", "sobol")
SAMPLES = {"morris": 8, "sobol": 16}
#: Runs per design point by model kind: small, so a default analysis takes seconds.
REPLICATES = {"stage_game": 1, "repeated": 100, "sequencing": 200, "sixparty": 4}
#: Parameters offered first, where the scenario has them; otherwise its first two.
PREFERRED = ("noise", "misperception", "trust.prior", "trust", "enforcement", "discount",
             "provocation.pressure", "provocation.threat", "sanctions.distrust")
MAX_PARAMETERS = 6
SAMPLES_RANGE = (2, 1024)
REPLICATES_RANGE = (1, 10_000)
METHOD = Field("sa_method", "choice", options=METHODS)
#: Set in a link when the page showed computed indices: the link computes them again.
COMPUTED = Field("sa_computed", "bool", name="computed")


def numeric_specs(scenario: ScenarioBase) -> dict[str, ParamSpec]:
    return {s.path: s for s in param_specs(scenario) if s.kind != "choice"}


def init_state(library: dict[str, ScenarioBase]) -> None:
    """UI state, initialised in one place."""
    state = st.session_state
    if state.get("sa_scenario") not in library:
        state["sa_scenario"] = DEFAULT_SCENARIO if DEFAULT_SCENARIO in library else next(iter(library))
        scenario_changed(library)
    state.setdefault("sa_method", "morris")
    state.setdefault("sa_samples", SAMPLES["morris"])
    state.setdefault("sa_seed", 0)


def scenario_changed(library: dict[str, ScenarioBase]) -> None:
    """A new scenario starts from its preferred parameters, outcome and runs per point."""
    state = st.session_state
    scenario = library[state["sa_scenario"]]
    specs = numeric_specs(scenario)
    preferred = [p for p in PREFERRED if p in specs][:2]
    state["sa_params"] = preferred if len(preferred) == 2 else list(specs)[:2]
    state["sa_outcome"] = runner_for(scenario.kind).default_outcome
    state["sa_reps"] = REPLICATES[scenario.kind]
    for key in [k for k in state if str(k).startswith(("sa_low.", "sa_high."))]:
        del state[key]


def method_changed() -> None:
    st.session_state["sa_samples"] = SAMPLES[st.session_state["sa_method"]]


def scenario_field(library: dict[str, ScenarioBase]) -> Field:
    return Field("sa_scenario", "choice", options=lambda: list(library))


def bound_fields(specs: dict[str, ParamSpec], paths: list[str]) -> list[Field]:
    """Low and high of each parameter in ``paths``, within what the parameter allows."""
    return [Field(f"sa_{end}.{path}", specs[path].kind, specs[path].low, specs[path].high,
                  name=f"{end}.{path}") for path in paths for end in ("low", "high")]


def setting_fields(scenario: ScenarioBase, chosen: list[str]) -> list[Field]:
    """Every setting of an analysis of ``scenario`` and the bounds of the ``chosen`` parameters."""
    specs = numeric_specs(scenario)
    return [Field("sa_outcome", "choice", options=list(runner_for(scenario.kind).outcomes)),
            Field("sa_samples", "int", *SAMPLES_RANGE),
            Field("sa_reps", "int", *REPLICATES_RANGE, name="replicates"),
            Field("sa_seed", "int", 0, 2**31 - 1),
            Field("sa_params", "list", options=list(specs), name="parameters"),
            *bound_fields(specs, chosen)]


def restore_link(library: dict[str, ScenarioBase]) -> bool:
    """Settings from a link, in the order the widgets reset each other; whether to compute."""
    if restore(PAGE, [scenario_field(library)]):
        scenario_changed(library)
    if restore(PAGE, [METHOD]):
        method_changed()
    state = st.session_state
    scenario = library[state["sa_scenario"]]
    restore(PAGE, setting_fields(scenario, list(numeric_specs(scenario))))
    if len(state["sa_params"]) > MAX_PARAMETERS:
        st.warning(t("share.ignored", name="parameters", value=",".join(state["sa_params"]),
                     allowed=t("sa.need_two")), icon=":material/link_off:")
        state["sa_params"] = state["sa_params"][:MAX_PARAMETERS]
    return bool(restore(PAGE, [COMPUTED]).get("sa_computed", False))


def stop(fields: list[Field], computed: bool) -> None:
    """Keep the address bar in step, then end this run of the page."""
    publish(PAGE, fields, {"computed": "1"} if computed else None)
    st.stop()


def range_inputs(specs: dict[str, ParamSpec], chosen: list[str]) -> tuple[tuple[str, float, float], ...]:
    """Low and high for each chosen parameter (default: ±20 % within the allowed range)."""
    state = st.session_state
    bounds = []
    for path in chosen:
        spec = specs[path]
        low, high = default_range(spec)
        cast = int if spec.kind == "int" else float
        state.setdefault(f"sa_low.{path}", cast(low))
        state.setdefault(f"sa_high.{path}", cast(high))
        left, right = st.columns(2)
        minimum = None if spec.low is None else cast(spec.low)
        maximum = None if spec.high is None else cast(spec.high)
        step = 1 if spec.kind == "int" else nice_step(low, high, 20)
        left.number_input(t("sa.low", path=path), minimum, maximum, step=step, key=f"sa_low.{path}")
        right.number_input(t("sa.high", path=path), minimum, maximum, step=step, key=f"sa_high.{path}")
        bounds.append((path, float(state[f"sa_low.{path}"]), float(state[f"sa_high.{path}"])))
    return tuple(bounds)


def settings(scenario: ScenarioBase, lang: str) -> tuple[str, int, int, str]:
    kind = scenario.kind
    outcomes = list(runner_for(kind).outcomes)
    left, middle, right = st.columns(3)
    left.radio(t("sa.method"), METHODS, key="sa_method", on_change=method_changed,
               format_func=lambda m: tr(f"sa.method.{m}", lang))
    left.selectbox(t("exp.outcome"), outcomes, key="sa_outcome",
                   format_func=lambda o: outcome_label(kind, o, lang))
    middle.number_input(t("sa.samples"), *SAMPLES_RANGE, step=1, key="sa_samples")
    middle.number_input(t("sa.replicates"), *REPLICATES_RANGE, step=1, key="sa_reps")
    right.number_input(t("common.seed"), 0, 2**31 - 1, step=1, key="sa_seed")
    state = st.session_state
    return (state["sa_method"], int(state["sa_samples"]), int(state["sa_reps"]),
            state["sa_outcome"])


def show_result(view: dict[str, Any], done: tuple[Any, ...], results: Results) -> None:
    method, samples = done[3], done[4]
    lang = results.lang
    results.chart(sensitivity_figure(view["indices"], method, view["kind"], view["outcome"], lang),
                  "sa_fig")
    st.caption(t("sa.indices"))
    table = view["indices"].round(4)
    st.dataframe(table, hide_index=True, key="sa_table")
    results.table(t("sa.indices"), table)
    # Rules in sim/debrief_ensemble.py, words in dashboard/i18n/strings_debrief_experiments.py
    results.debrief(render_debrief(sensitivity_findings(view["indices"], method, view["kind"],
                                                        view["outcome"], samples), lang))


lang = current_lang()
library = scenario_library()
init_state(library)
from_link = restore_link(library)
st.title(t("sa.title"))
st.markdown(t("sa.intro"))
with controls():
    st.selectbox(t("common.scenario"), list(library), key="sa_scenario",
                 format_func=lambda k: f"{library[k].title.get(lang)} · "
                                       f"{tr(f'kind.{library[k].kind}', lang)}",
                 on_change=scenario_changed, args=(library,))
    scenario = library[st.session_state["sa_scenario"]]
    specs = numeric_specs(scenario)
    st.multiselect(t("sa.parameters"), list(specs), key="sa_params", max_selections=MAX_PARAMETERS)
    chosen = [p for p in st.session_state["sa_params"] if p in specs]
    bounds = range_inputs(specs, chosen)
    method, samples, replicates, outcome = settings(scenario, lang)
    points = samples * (len(chosen) + (2 if method == "sobol" else 1))
    st.caption(t("sa.cost", points=points, runs=replicates, evaluations=points * replicates))
    request = (dump_scenario(scenario), bounds, outcome, method, samples, replicates,
               int(st.session_state["sa_seed"]))
    if st.button(t("sa.compute"), key="sa_compute", type="primary", disabled=len(chosen) < 2):
        st.session_state["sa_request"] = request
if from_link and len(chosen) >= 2:
    st.session_state["sa_request"] = request  # a link to computed indices computes them again
fields = [scenario_field(library), METHOD, *setting_fields(scenario, chosen)]
if len(chosen) < 2:
    st.info(t("sa.need_two"))
done = st.session_state.get("sa_request")
if done is None:
    st.info(t("sa.press"))
    stop(fields, False)
if done != request:
    st.info(t("sa.stale"))
try:
    view = sensitivity_view(*done)
except InputError as exc:
    st.error(t("error.bad_input", message=str(exc)))
    stop(fields, False)
results = Results(PAGE, t("sa.title"), lang)
show_result(view, done, results)
publish(PAGE, fields, {"computed": "1"} if done == request else None)
settings_shown = {f.url_name(): st.session_state.get(f.key) for f in fields}
results.downloads(view["points"], f"sensitivity_{done[3]}_{done[2]}",
                  parse_scenario_text(done[0], "scenario"),
                  {**settings_shown, "computed": int(done == request)}, current_link())
