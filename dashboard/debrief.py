"""Sentences from a debrief: ``sim.debrief`` gives codes and numbers, this gives the words.

Pure (no Streamlit): pages, the HTML report and tests call :func:`render` with the findings
and a language. Each finding code has a template ``debrief.<code>`` in
``dashboard/i18n/strings_debrief.py``; party codes, causes, parameter names and equilibria
are translated before they fill it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dashboard.i18n import CATALOG, tr
from sim.debrief import Finding

__all__ = ["action_label", "render", "render_one"]

PARTY_FIELDS = ("side", "other", "row", "column", "actor")


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
    if "parameter" in values:
        fields["parameter"] = tr(f"debrief.param.{values['parameter']}", lang)
    if "change" in values:
        fields["points"] = 100.0 * float(values["change"])
    if finding.code == "equilibrium_nearest":
        fields["equilibrium"] = _equilibrium(values, lang)
    if "cause" in values:
        kind = "trust" if finding.code.startswith("trust") else "cycle"
        fields["cause"] = tr(f"debrief.cause.{kind}.{values['cause']}", lang, **fields)
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
