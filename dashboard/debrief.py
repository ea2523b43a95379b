"""Sentences from a debrief: ``sim.debrief`` gives codes and numbers, this gives the words.

Pure (no Streamlit): pages, the HTML report and tests call :func:`render` with the findings
and a language. Each finding code has a template ``debrief.<code>`` in
``dashboard/i18n/strings_debrief.py`` (six-party and history codes: ``strings_debrief_sixparty.py``);
party codes, causes, parameter names, equilibria and coded values (:data:`TERM_FIELDS`) are
translated before they fill it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dashboard.i18n import CATALOG, tr
from sim.debrief import Finding

__all__ = ["action_label", "render", "render_one"]

PARTY_FIELDS = ("side", "other", "row", "column", "actor")
#: Coded values of the six-party and history debriefs (codes ``sixparty_*``, ``history_*``)
#: with a word of their own: value name -> group of ``debrief.term.<group>.<value>``.
TERM_FIELDS = {"outcome": "outcome", "runner_up": "outcome", "series": "series",
               "period": "period", "episode": "episode", "outside": "outside"}
TERM_CODES = ("sixparty_", "history_")
#: Codes of the experiments' debrief (sim.debrief_ensemble), whose outcomes carry their kind.
EXPERIMENT_CODES = ("ensemble_", "compare_", "sensitivity_")


def render(findings: Sequence[Finding], lang: str) -> list[str]:
    """One sentence (or two) per finding, in ``lang``."""
    return [render_one(finding, lang) for finding in findings]


def render_one(finding: Finding, lang: str) -> str:
    """The finding's template filled with its translated values."""
    text = tr(f"debrief.{finding.code}", lang, **_fields(finding, lang))
    return text[:1].upper() + text[1:]


def party_name(code: str, lang: str) -> str:
    """A party's name in ``lang``; a code that is not a party stays as it is."""
    key = f"party.{code}"
    return tr(key, lang) if key in CATALOG else code


def action_label(party: str, cooperate: bool, lang: str) -> str:
    """The party's cooperative or defecting action (US engage/pressure, DPRK restrain/provoke)."""
    who = party if f"debrief.action.{party}.C" in CATALOG else "any"
    return tr(f"debrief.action.{who}.{'C' if cooperate else 'D'}", lang)


def _fields(finding: Finding, lang: str) -> dict[str, Any]:
    values = dict(finding.values)
    fields: dict[str, Any] = {
        key: party_name(str(value), lang) if key in PARTY_FIELDS else value
        for key, value in values.items()
    }
    if finding.code.startswith(TERM_CODES):
        for name, group in TERM_FIELDS.items():
            if name in values:
                fields[name] = tr(f"debrief.term.{group}.{values[name]}", lang)
    if finding.code.startswith(("game_", "seq_")):  # sim.debrief_game, sim.debrief_sequencing
        for name in ("game_type", "row_type", "column_type"):
            if name in values:
                fields[name] = tr(f"sg.type.{values[name]}", lang)
        if "order" in values:
            fields["order"] = tr(f"wmf.order.{values['order']}", lang, k=values.get("phases", 4))
    if "parameter" in values:
        fields["parameter"] = tr(f"debrief.param.{values['parameter']}", lang)
    if "change" in values:
        fields["points"] = 100.0 * float(values["change"])
    if finding.code.startswith(EXPERIMENT_CODES):
        fields.update(_experiment_fields(values, lang))
    if finding.code == "equilibrium_nearest":
        fields["equilibrium"] = _equilibrium(values, lang)
    if "cause" in values:
        kind = "trust" if finding.code.startswith("trust") else "cycle"
        fields["cause"] = tr(f"debrief.cause.{kind}.{values['cause']}", lang, **fields)
    return fields


def _experiment_fields(values: dict[str, Any], lang: str) -> dict[str, str]:
    """Outcome label and unit, outcome class and effect size in words (sim.debrief_ensemble)."""
    fields = {}
    if "kind" in values and "outcome" in values:
        outcome = f"{values['kind']}.{values['outcome']}"
        fields["outcome"] = tr(f"exp.outcome.{outcome}", lang)
        fields["unit"] = tr(f"exp.unit.{outcome}", lang)
    if "outcome_class" in values:
        fields["outcome_class"] = tr(f"exp.class.{values['outcome_class']}", lang)
    if "magnitude" in values:
        fields["magnitude"] = tr(f"debrief.magnitude.{values['magnitude']}", lang)
    return fields


def _equilibrium(values: dict[str, Any], lang: str) -> str:
    """The nearest equilibrium in words: who plays what (with what probability)."""
    row, column = str(values["row"]), str(values["column"])
    p, q = float(values["row_cooperate"]), float(values["column_cooperate"])
    names = {"row": party_name(row, lang), "column": party_name(column, lang)}
    if values["pure"]:
        return tr("debrief.eq.pure", lang, **names, row_action=action_label(row, p == 1.0, lang),
                  column_action=action_label(column, q == 1.0, lang))
    return tr("debrief.eq.mixed", lang, **names, p=p, q=q,
              row_action=action_label(row, True, lang),
              column_action=action_label(column, True, lang))
