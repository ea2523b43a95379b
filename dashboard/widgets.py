"""Parameter widgets generated from a scenario's schema and values.

:func:`parameter_panel` draws the widgets of one group of parameters at a time — sliders
where a field declares a narrow range, number inputs otherwise, select boxes for choices,
all described by :func:`dashboard.param_specs.param_specs` — and keeps every change in a
plain session dict (``<prefix>overrides``), so values survive while their group is not on
screen. :func:`apply_overrides` turns the changes into a validated scenario through
:func:`sim.experiments.paths.set_values` (a bad value raises ``InputError``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import streamlit as st

from dashboard.figures.repeated import strategy_label
from dashboard.i18n import CATALOG, t, tr
from dashboard.param_specs import ParamSpec, default_range, nice_step, param_specs
from sim.experiments.paths import get_value, numeric_paths, set_values
from sim.scenario import ScenarioBase

__all__ = ["ParamSpec", "apply_overrides", "default_range", "group_label", "group_of", "nice_step",
           "param_specs", "parameter_panel", "reset_parameters"]

GENERAL = "general"
SLIDER_SPAN = 100.0


def group_of(path: str, scenario: ScenarioBase) -> str:
    """The widget group of a path: its first part (two parts below a mapping of parties)."""
    parts = path.split(".")
    if len(parts) == 1:
        return GENERAL
    top = getattr(scenario.parameters, parts[0], None)
    return ".".join(parts[:2]) if isinstance(top, Mapping) else parts[0]


def group_label(group: str, lang: str) -> str:
    """A group's name in ``lang`` (``parties.CN`` -> "Parties: China")."""
    head, _, rest = group.partition(".")
    key = f"widgets.group.{head}"
    name = tr(key, lang) if key in CATALOG else head
    colon = "：" if lang == "zh" else ": "
    if rest and f"party.{rest}" in CATALOG:
        return f"{name}{colon}{tr(f'party.{rest}', lang)}"
    return f"{name}{colon}{rest}" if rest else name


def apply_overrides(scenario: ScenarioBase, overrides: Mapping[str, Any]) -> ScenarioBase:
    """``scenario`` with the overridden values, validated (``InputError`` if not allowed).

    A new strategy starts from its own default parameters, so its old parameters are
    dropped, and overrides of paths that no longer exist are skipped.
    """
    if not overrides:
        return scenario
    choices = {p: v for p, v in overrides.items() if isinstance(v, str)}
    staged = {p.rsplit(".", 1)[0] if _is_strategy(p, scenario) else p:
              {"name": v, "params": {}} if _is_strategy(p, scenario) else v
              for p, v in choices.items() if v != get_value(scenario, p)}
    changed = set_values(scenario, staged) if staged else scenario
    existing = set(numeric_paths(changed))
    numbers = {p: v for p, v in overrides.items() if not isinstance(v, str) and p in existing}
    return set_values(changed, numbers) if numbers else changed


def _is_strategy(path: str, scenario: ScenarioBase) -> bool:
    parent, _, leaf = path.rpartition(".")
    return leaf == "name" and parent.endswith("_strategy") and scenario.kind == "repeated"


# -- Streamlit ---------------------------------------------------------------------------


def reset_parameters(prefix: str) -> None:
    """Forget every change and every parameter widget's state under ``prefix``."""
    state = st.session_state
    state[f"{prefix}overrides"] = {}
    for key in [k for k in state if str(k).startswith(f"{prefix}p.")]:
        del state[key]


def parameter_panel(scenario: ScenarioBase, prefix: str, lang: str) -> dict[str, Any]:
    """Draw one group's widgets; return every change made so far (path -> value)."""
    state = st.session_state
    overrides: dict[str, Any] = state.setdefault(f"{prefix}overrides", {})
    specs = param_specs(scenario)
    groups = sorted(dict.fromkeys(group_of(s.path, scenario) for s in specs),
                    key=lambda g: g != GENERAL)
    if not groups:
        return overrides
    if state.get(f"{prefix}group") not in groups:
        state[f"{prefix}group"] = groups[0]
    group = st.selectbox(t("widgets.group"), groups, key=f"{prefix}group",
                         format_func=lambda g: group_label(g, lang))
    shown = [s for s in specs if group_of(s.path, scenario) == group]
    columns = st.columns(3)
    for number, spec in enumerate(shown):
        key = f"{prefix}p.{spec.path}"
        if key not in state:
            state[key] = overrides.get(spec.path, spec.value)
        with columns[number % 3]:
            _widget(spec, key, group, lang)
        _record(overrides, spec, state[key])
    st.button(t("widgets.reset"), key=f"{prefix}reset", on_click=reset_parameters,
              args=(prefix,), disabled=not overrides)
    return overrides


def _record(overrides: dict[str, Any], spec: ParamSpec, value: Any) -> None:
    if value == spec.value:
        overrides.pop(spec.path, None)
    else:
        overrides[spec.path] = int(value) if spec.kind == "int" else value


def _widget(spec: ParamSpec, key: str, group: str, lang: str) -> None:
    label = spec.path.removeprefix(f"{group}.") if group != GENERAL else spec.path
    if spec.kind == "choice":
        fmt = (lambda n: strategy_label(n, lang)) if spec.path.endswith("_strategy.name") else str
        st.selectbox(label, spec.options, key=key, format_func=fmt)
        return
    help_text = _help(spec, lang)
    low, high = spec.low, spec.high
    if low is not None and high is not None and high - low <= SLIDER_SPAN:
        if spec.kind == "int":
            st.slider(label, int(low), int(high), step=1, key=key, help=help_text)
        else:
            st.slider(label, low, high, step=nice_step(low, high), key=key, help=help_text)
        return
    if spec.kind == "int":
        st.number_input(label, min_value=None if low is None else int(low),
                        max_value=None if high is None else int(high), step=1, key=key,
                        help=help_text)
    else:
        st.number_input(label, min_value=low, max_value=high, step=_input_step(spec.value),
                        key=key, help=help_text)


def _help(spec: ParamSpec, lang: str) -> str:
    allowed = tr("widgets.range", lang, low=_fmt(spec.low, "−∞"), high=_fmt(spec.high, "∞"))
    if spec.description and lang == "en":
        return f"{spec.description}. {allowed}"
    return allowed


def _fmt(value: float | None, unbounded: str) -> str:
    return unbounded if value is None else f"{value:g}"


def _input_step(value: float) -> float:
    magnitude = abs(value) if value else 1.0
    return float(10 ** (math.floor(math.log10(magnitude)) - 1))
