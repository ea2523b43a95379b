"""Pure factories for the stage-game explorer: the bimatrix heatmap and its texts.

Everything here takes the report of :func:`sim.games.game_report` (plain data) and the
language, and returns a figure or text; nothing touches Streamlit.
"""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go

from dashboard.figures.style import OKABE_ITO, party_color, styled
from dashboard.i18n import tr

__all__ = [
    "bimatrix_heatmap",
    "dominance_lines",
    "equilibrium_note",
    "equilibrium_rows",
    "explanation",
    "localised_actions",
    "mix_text",
    "player_name",
    "threshold_rows",
    "type_text",
]

#: Light, colour-blind-safe scale so the black cell labels stay readable.
HEAT_SCALE = [[0.0, "#f7f7f7"], [0.5, "#cfe8f3"], [1.0, "#7fbfdf"]]


def player_name(code: str, lang: str) -> str:
    """A party's name in ``lang`` for party codes, the code itself otherwise."""
    key = f"party.{code}"
    try:
        return tr(key, lang)
    except KeyError:
        return code


def localised_actions(seed: dict[str, Any], lang: str) -> dict[str, Any]:
    """``seed`` with the built-in action names (cooperate, engage, …) in ``lang``."""
    def name(action: str) -> str:
        try:
            return tr(f"sg.action.{action}", lang)
        except KeyError:
            return action

    return {**seed, "row_actions": tuple(name(a) for a in seed["row_actions"]),
            "column_actions": tuple(name(a) for a in seed["column_actions"])}


def bimatrix_heatmap(report: dict[str, Any], lang: str) -> go.Figure:
    """The payoff bimatrix as a heatmap of total payoff, each cell labelled "row, column".

    Pure equilibria get a thick outline and a star; Pareto-efficient cells a dashed outline.
    """
    actions, payoffs = report["actions"], report["payoffs"]
    rows, columns = actions["row"], actions["column"]
    row_player = player_name(report["players"]["row"], lang)
    column_player = player_name(report["players"]["column"], lang)
    total = [[payoffs["row"][i][j] + payoffs["column"][i][j] for j in range(len(columns))]
             for i in range(len(rows))]
    labels = [[f"{payoffs['row'][i][j]:g}, {payoffs['column'][i][j]:g}"
               for j in range(len(columns))] for i in range(len(rows))]
    fig = go.Figure(go.Heatmap(
        z=total, x=list(range(len(columns))), y=list(range(len(rows))), text=labels,
        texttemplate="%{text}", textfont={"size": 18, "color": "black"},
        colorscale=HEAT_SCALE, showscale=True, xgap=2, ygap=2,
        colorbar={"title": {"text": tr("sg.fig.colorbar", lang)}},
        hovertemplate=(f"{row_player}: %{{customdata[0]}}<br>{column_player}: "
                       f"%{{customdata[1]}}<br>{tr('sg.fig.hover', lang)}: %{{text}}"
                       "<extra></extra>"),
        customdata=[[[rows[i], columns[j]] for j in range(len(columns))] for i in range(len(rows))],
    ))
    _mark_cells(fig, _pure_cells(report), rows, columns, tr("sg.fig.pure_eq", lang),
                color=OKABE_ITO["black"], dash="solid", width=4, symbol="star", offset=0.3)
    _mark_cells(fig, [tuple(c) for c in report["pareto_efficient"]], rows, columns,
                tr("sg.fig.pareto", lang), color=OKABE_ITO["bluish_green"], dash="dash",
                width=2, symbol="diamond-open", offset=-0.3)
    fig.update_xaxes(tickvals=list(range(len(columns))), ticktext=columns,
                     showgrid=False, zeroline=False, color=party_color(report["players"]["column"]))
    fig.update_yaxes(tickvals=list(range(len(rows))), ticktext=rows, autorange="reversed",
                     showgrid=False, zeroline=False, color=party_color(report["players"]["row"]))
    fig.update_layout(legend={"orientation": "h", "y": -0.25, "x": 0.0})
    return styled(fig, tr("sg.fig.title", lang, name=report["name"], row=row_player,
                          column=column_player),
                  x_title=tr("sg.fig.x", lang, player=column_player),
                  y_title=tr("sg.fig.y", lang, player=row_player),
                  legend_title=tr("sg.fig.legend", lang), height=220 + 90 * len(rows))


def _pure_cells(report: dict[str, Any]) -> list[tuple[str, str]]:
    cells = []
    for e in report["equilibria"]:
        if e["kind"] == "pure":
            cells.append((next(a for a, p in e["row"].items() if p == 1),
                          next(a for a, p in e["column"].items() if p == 1)))
    return cells


def _mark_cells(fig: go.Figure, cells: list[tuple[str, ...]], rows: list[str],
                columns: list[str], name: str, color: str, dash: str, width: int,
                symbol: str, offset: float) -> None:
    """Outline ``cells`` and add one legend entry (a marker near each cell's corner)."""
    xs, ys = [], []
    for row_action, column_action in cells:
        i, j = rows.index(row_action), columns.index(column_action)
        inset = 0.04 if dash == "solid" else 0.1
        fig.add_shape(type="rect", x0=j - 0.5 + inset, x1=j + 0.5 - inset, y0=i - 0.5 + inset,
                      y1=i + 0.5 - inset, line={"color": color, "width": width, "dash": dash})
        xs.append(j + 0.35)
        ys.append(i - offset)
    fig.add_trace(go.Scatter(x=xs, y=ys, mode="markers", name=name, hoverinfo="skip",
                             marker={"symbol": symbol, "size": 14, "color": color},
                             showlegend=True))


def mix_text(strategy: dict[str, float]) -> str:
    """"defect" for a pure strategy, "cooperate 0.5, defect 0.5" for a mixed one."""
    played = {a: p for a, p in strategy.items() if p > 0}
    if len(played) == 1:
        return next(iter(played))
    return ", ".join(f"{a} {p:.3g}" for a, p in played.items())


def equilibrium_rows(report: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    """One table row per equilibrium, with translated column names."""
    row_player = player_name(report["players"]["row"], lang)
    column_player = player_name(report["players"]["column"], lang)
    out = []
    for number, e in enumerate(report["equilibria"], start=1):
        dominated = ", ".join(f"({r}, {c})" for r, c in e["pareto_dominated_by"])
        out.append({
            tr("sg.eq.col.number", lang): number,
            tr("sg.eq.col.kind", lang): tr(f"sg.eq.kind.{e['kind']}", lang),
            row_player: mix_text(e["row"]),
            column_player: mix_text(e["column"]),
            tr("sg.eq.col.payoff", lang, player=row_player): round(e["payoffs"]["row"], 4),
            tr("sg.eq.col.payoff", lang, player=column_player): round(e["payoffs"]["column"], 4),
            tr("sg.eq.col.pareto", lang): dominated or "—",
        })
    return out


def equilibrium_note(report: dict[str, Any], lang: str) -> str:
    """The equilibrium set in plain words (never a bare count)."""
    s = report["equilibrium_summary"]
    fields = {"count": s["count"], "pure": s["pure"], "mixed": s["mixed"],
              "sets": len(s["maximal_subsets"])}
    if not s["finite"]:
        text = tr("sg.eq.continuum", lang, **fields)
    elif s["degenerate"]:
        text = tr("sg.eq.degenerate_finite", lang, **fields)
    elif s["count"] == 1:
        text = tr("sg.eq.unique_pure" if s["pure"] else "sg.eq.unique_mixed", lang)
    else:
        text = tr("sg.eq.many", lang, **fields)
    missed = s["missed_by_support_enumeration"]
    if missed:
        key = "sg.eq.missed_all" if missed == s["count"] else "sg.eq.missed"
        text += ("" if lang == "zh" else " ") + tr(key, lang, missed=missed)
    return text


def type_text(report: dict[str, Any], lang: str) -> tuple[str, str]:
    """The game's type (with each player's own type when they differ) and a detail line."""
    kind = report["type"]
    text = tr(f"sg.type.{kind['id']}", lang)
    if kind["row"] is None:
        return text, ""
    players = report["players"]
    if kind["row"] != kind["column"] or kind["id"] in {"ties", "unnamed"}:
        text += tr("sg.type.players", lang, row=player_name(players["row"], lang),
                   row_type=tr(f"sg.type.{kind['row']}", lang),
                   column=player_name(players["column"], lang),
                   column_type=tr(f"sg.type.{kind['column']}", lang))
    detail = tr("sg.type.orders", lang, row=player_name(players["row"], lang),
                row_order=kind["row_order"], column=player_name(players["column"], lang),
                column_order=kind["column_order"])
    if kind["relabelled"]:
        detail += ("" if lang == "zh" else " ") + tr(
            "sg.type.relabelled", lang, row=kind["cooperative_actions"][0],
            column=kind["cooperative_actions"][1])
    return text, detail


def dominance_lines(report: dict[str, Any], lang: str) -> list[str]:
    """One line per player on dominance, then the survivors of iterated elimination."""
    lines = []
    for role in ("row", "column"):
        d = report["dominance"][role]
        player = player_name(d["player"], lang)
        parts = []
        if d["strictly_dominant"]:
            parts.append(tr("sg.dom.strict_dominant", lang, action=d["strictly_dominant"]))
        elif d["weakly_dominant"]:
            parts.append(tr("sg.dom.weak_dominant", lang, action=d["weakly_dominant"]))
        for item in d["dominated"]:
            key = "sg.dom.dominated_strict" if item["strict"] else "sg.dom.dominated_weak"
            parts.append(tr(key, lang, action=item["action"], by=mix_text(item["by"])))
        text = "; ".join(parts) if parts else tr("sg.dom.none", lang)
        lines.append(f"**{player}**: {text}")
    return lines


def threshold_rows(report: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    """Thresholds as table rows with a translated name and meaning."""
    out = []
    for t in report["thresholds"]:
        if t["key"] == "chicken_stand_firm" and t["reason"] == "not_chicken":
            continue
        player = player_name(t["player"], lang) if t["player"] else tr("sg.thr.both", lang)
        value = t["value"]
        key = f"sg.thr.ok.{t['key']}" if t["reason"] == "ok" else f"sg.thr.why.{t['reason']}"
        out.append({
            tr("sg.thr.col.name", lang): tr(f"sg.thr.name.{t['key']}", lang),
            tr("sg.thr.col.player", lang): player,
            tr("sg.thr.col.value", lang): "—" if value is None else f"{value:.3g}",
            tr("sg.thr.col.meaning", lang): tr(key, lang, player=player,
                                               value=f"{value:.3g}" if value is not None else ""),
        })
    return out


def explanation(report: dict[str, Any], lang: str) -> list[str]:
    """Short paragraphs on what the thresholds mean for the negotiation."""
    found = {(t["key"], t["player"]): t for t in report["thresholds"]}
    players = report["players"]
    if ("all", None) in found:
        return [tr("sg.explain.not_2x2", lang)]
    names = {code: player_name(code, lang) for code in players.values()}
    paragraphs = []
    grim = [found[("grim_trigger", p)] for p in players.values()]
    if all(t["reason"] == "ok" for t in grim):
        paragraphs.append(tr("sg.explain.grim", lang, value=f"{max(t['value'] for t in grim):.3g}"))
    for t in grim:
        if t["reason"] == "no_punishment":
            paragraphs.append(tr("sg.explain.no_punishment", lang, player=names[t["player"]]))
        elif t["reason"] == "no_temptation":
            paragraphs.append(tr("sg.explain.no_temptation", lang, player=names[t["player"]]))
    crash = found[("chicken_crash", None)]
    if crash["reason"] == "ok":
        firm = {p: found[("chicken_stand_firm", p)]["value"] for p in players.values()}
        paragraphs.append(tr("sg.explain.chicken", lang, row=names[players["row"]],
                             column=names[players["column"]], p_row=f"{firm[players['row']]:.3g}",
                             p_column=f"{firm[players['column']]:.3g}",
                             crash=f"{crash['value']:.3g}"))
    trust = [t for p in players.values() if (t := found[("kydd_trust", p)])["reason"] == "ok"]
    if trust:
        paragraphs.append(tr("sg.explain.kydd", lang, value=f"{max(t['value'] for t in trust):.3g}"))
    return paragraphs or [tr("sg.explain.none", lang)]
