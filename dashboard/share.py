"""A page's settings in its URL, so that a link reopens the same scenario, values and seed.

Each page declares the session-state keys a link carries as :class:`Field` values (with
the kind, range or choices the widget allows) and calls two functions:

* :func:`restore` before drawing its widgets: on the first run of the page in a session,
  values found in the URL are checked against their fields and copied into session state;
  a value that is not allowed is left out and named in one warning (what was given, what
  is allowed) — the page keeps working with its default.
* :func:`publish` after drawing them: the URL is rewritten to the values now in effect,
  so the address bar is always a link to what is on screen. Publishing also marks the page
  as restored, so later runs never overwrite a change the user has made since.

Scenario parameters edited through :func:`dashboard.widgets.parameter_panel` travel as
``p.<path>=<value>`` (:func:`override_fields`, :func:`restore_overrides`). The language
(``lang``) and the teacher view (``teacher``) are global and kept on every page.

Values are written so that they read back exactly: integers in decimal, floats as Python's
shortest round-trip ``repr``, lists joined by commas, booleans as ``1``/``0``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlencode

import streamlit as st

from dashboard.i18n import LANG_KEY, t
from dashboard.param_specs import param_specs
from sim.scenario import ScenarioBase

__all__ = [
    "GLOBAL_PARAMS",
    "Field",
    "current_link",
    "decode",
    "encode",
    "override_fields",
    "override_params",
    "publish",
    "restore",
    "restore_overrides",
]

Kind = Literal["int", "float", "choice", "bool", "list", "text"]
#: URL parameters every page keeps: the language and the teacher view.
GLOBAL_PARAMS = (LANG_KEY, "teacher")
_PUBLISHED = "_share_published"
MAX_TEXT = 200


@dataclass(frozen=True)
class Field:
    """One setting a link carries: a session-state key and what values it may take.

    ``options`` may be a callable, for choices known only when the page runs (the scenario
    library, saved runs). ``name`` is the URL parameter (by default the key without the
    page's prefix, e.g. ``tc_noise`` -> ``noise``).
    """

    key: str
    kind: Kind
    low: float | None = None
    high: float | None = None
    options: Sequence[str] | Callable[[], Sequence[str]] | None = None
    name: str = ""

    def url_name(self) -> str:
        return self.name or self.key.split("_", 1)[-1]

    def choices(self) -> Sequence[str]:
        options = self.options() if callable(self.options) else self.options
        return list(options or ())


def encode(field: Field, value: Any) -> str:
    """``value`` as it is written in a URL."""
    if field.kind == "bool":
        return "1" if value else "0"
    if field.kind == "list":
        return ",".join(str(v) for v in value)
    if field.kind == "float":
        return repr(float(value))
    if field.kind == "int":
        return str(int(value))
    return str(value)


def decode(field: Field, text: str) -> Any:
    """The value ``text`` stands for; ``ValueError`` saying what is allowed if none."""
    if field.kind == "bool":
        if text not in ("0", "1"):
            raise ValueError(t("share.allowed.bool"))
        return text == "1"
    if field.kind in ("int", "float"):
        return _number(field, text)
    if field.kind == "text":
        if len(text) > MAX_TEXT:
            raise ValueError(t("share.allowed.text", n=MAX_TEXT))
        return text
    allowed = field.choices()
    if field.kind == "list":
        items = [item for item in text.split(",") if item]
        wrong = [item for item in items if item not in allowed]
        if wrong:
            raise ValueError(t("share.allowed.list", options=", ".join(allowed)))
        return list(dict.fromkeys(items))
    if text not in allowed:
        raise ValueError(t("share.allowed.choice", options=", ".join(map(str, allowed))))
    return text


def _number(field: Field, text: str) -> int | float:
    low = "−∞" if field.low is None else f"{field.low:g}"
    high = "∞" if field.high is None else f"{field.high:g}"
    message = t(f"share.allowed.{field.kind}", low=low, high=high)
    try:
        value: int | float = int(text) if field.kind == "int" else float(text)
    except ValueError:
        raise ValueError(message) from None
    if not math.isfinite(value):
        raise ValueError(message)
    if (field.low is not None and value < field.low) or (field.high is not None and value > field.high):
        raise ValueError(message)
    return value


# -- Streamlit ---------------------------------------------------------------------------


def _done(page: str) -> bool:
    return page in st.session_state.get(_PUBLISHED, {})


def restore(page: str, fields: Iterable[Field]) -> dict[str, Any]:
    """Copy the URL's values of ``fields`` into session state (first run of ``page`` only).

    Returns the values applied (key -> value); values that are not allowed are reported in
    a warning and skipped. May be called more than once per run, for fields whose widgets
    depend on values restored earlier.
    """
    if _done(page):
        return {}
    applied: dict[str, Any] = {}
    problems: list[str] = []
    params = st.query_params
    for field in fields:
        name = field.url_name()
        if name not in params:
            continue
        text = params[name]
        try:
            value = decode(field, text)
        except ValueError as exc:
            problems.append(t("share.ignored", name=name, value=_clip(text), allowed=str(exc)))
            continue
        st.session_state[field.key] = value
        applied[field.key] = value
    if problems:
        st.warning(t("share.warning") + "\n\n" + "\n".join(f"- {p}" for p in problems),
                   icon=":material/link_off:")
    return applied


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def override_fields(scenario: ScenarioBase, prefix: str) -> list[Field]:
    """URL fields for every parameter of ``scenario`` a parameter panel offers."""
    fields = []
    for spec in param_specs(scenario):
        kind: Kind = spec.kind
        fields.append(Field(f"{prefix}p.{spec.path}", kind, spec.low, spec.high,
                            spec.options or None, name=f"p.{spec.path}"))
    return fields


def restore_overrides(page: str, scenario: ScenarioBase, prefix: str) -> dict[str, Any]:
    """Restore ``p.<path>`` values into the panel's changes (``<prefix>overrides``)."""
    if _done(page):
        return {}
    fields = override_fields(scenario, prefix)
    applied = restore(page, fields)
    specs = {f"{prefix}p.{spec.path}": spec for spec in param_specs(scenario)}
    overrides: dict[str, Any] = st.session_state.setdefault(f"{prefix}overrides", {})
    for key, value in applied.items():
        spec = specs[key]
        if value != spec.value:
            overrides[spec.path] = value
    return applied


def publish(page: str, fields: Iterable[Field], extra: Mapping[str, Any] | None = None) -> None:
    """Write the values now in effect to the URL (only those that changed are sent).

    ``extra`` adds parameters computed by the page (``p.<path>`` overrides, for instance).
    """
    state = st.session_state
    wanted: dict[str, str] = {}
    for name in GLOBAL_PARAMS:
        if name in st.query_params:
            wanted[name] = st.query_params[name]
    wanted[LANG_KEY] = str(state.get(LANG_KEY, "en"))
    for field in fields:
        if field.key in state and state[field.key] is not None:
            wanted[field.url_name()] = encode(field, state[field.key])
    wanted.update({name: str(value) for name, value in (extra or {}).items()})
    if wanted.get("teacher") != "1":
        wanted.pop("teacher", None)
    current = {name: st.query_params[name] for name in st.query_params}
    if current != wanted:
        st.query_params.from_dict(wanted)
    state.setdefault(_PUBLISHED, {})[page] = True


def current_link() -> str | None:
    """The address of this page with its settings, as the browser shows it (if known)."""
    base = st.context.url
    if not base:
        return None
    query = urlencode({name: st.query_params[name] for name in st.query_params})
    return f"{base.split('?')[0]}?{query}" if query else base.split("?")[0]


def override_params(overrides: Mapping[str, Any]) -> dict[str, str]:
    """The ``p.<path>`` URL parameters of a parameter panel's changes."""
    out = {}
    for path, value in overrides.items():
        if isinstance(value, bool):
            out[f"p.{path}"] = "1" if value else "0"
        elif isinstance(value, float):
            out[f"p.{path}"] = repr(value)
        else:
            out[f"p.{path}"] = str(value)
    return out
