"""``peninsula game``: analyse a stage game from a scenario or a classic name.

Examples::

    peninsula game crisis_1994_chicken
    peninsula game --classic prisoners_dilemma --T 5 --R 3 --P 1 --S 0 --json
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from sim.cli.app import app, console, emit_json, fail
from sim.errors import InputError, check_choice
from sim.games.params import CLASSIC_NAMES, ClassicSpec, TableSpec, UsDprkSpec
from sim.io import find_scenario, load_scenario
from sim.scenario import ScenarioBase

if TYPE_CHECKING:
    from sim.games import StageGame

SPECS = (ClassicSpec, UsDprkSpec, TableSpec)


@app.command("game")
def game_command(
    scenario: Annotated[str | None, typer.Argument(
        help="A stage-game scenario: a YAML file or the id of a bundled scenario.")] = None,
    classic: Annotated[str | None, typer.Option(
        "--classic", help=f"A classic game instead: {', '.join(CLASSIC_NAMES)}.")] = None,
    t_value: Annotated[float | None, typer.Option("--T", help="Temptation payoff.")] = None,
    r_value: Annotated[float | None, typer.Option("--R", help="Reward payoff.")] = None,
    p_value: Annotated[float | None, typer.Option("--P", help="Punishment payoff.")] = None,
    s_value: Annotated[float | None, typer.Option("--S", help="Sucker's payoff.")] = None,
    trust_temptation: Annotated[float | None, typer.Option(
        "--trust-temptation",
        help="Temptation T_i (< R) of a trustworthy type, for Kydd's trust threshold.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Equilibria, dominance, Pareto cells, game type and thresholds of a stage game."""
    from sim.games import game_report  # nashpy and scipy load only when a game is analysed

    try:
        payoffs = {"T": t_value, "R": r_value, "P": p_value, "S": s_value}
        game = _game(scenario, classic, payoffs)
        report = game_report(game, trustworthy_temptation=trust_temptation)
    except InputError as exc:
        fail(str(exc))
        return
    if as_json:
        emit_json(report)
    else:
        print_report(report)


def _game(scenario: str | None, classic: str | None, payoffs: dict[str, float | None]
          ) -> StageGame:
    given = [k for k, v in payoffs.items() if v is not None]
    if (scenario is None) == (classic is None):
        raise InputError("give either a SCENARIO (file or bundled id) or --classic NAME with "
                         "--T --R --P --S, not both and not neither")
    if classic is None:
        if given:
            raise InputError(f"--{given[0]} is only used with --classic; a scenario file "
                             "carries its own payoffs")
        return _scenario_game(load_scenario(find_scenario(scenario)))  # type: ignore[arg-type]
    from sim.games import classic_game

    check_choice("classic game", classic, CLASSIC_NAMES)
    missing = [k for k, v in payoffs.items() if v is None]
    if missing:
        raise InputError(f"--classic {classic} needs all four payoffs; missing "
                         + ", ".join(f"--{k}" for k in missing))
    return classic_game(classic, **payoffs)  # type: ignore[arg-type]


def _scenario_game(scenario: ScenarioBase) -> StageGame:
    """The stage game of a scenario: its parameters, or a game specification inside them."""
    from sim.games import build_game

    params: Any = getattr(scenario, "parameters", None)
    spec = params if isinstance(params, SPECS) else next(
        (v for v in vars(params).values() if isinstance(v, SPECS)), None
    ) if params is not None else None
    if spec is None:
        raise InputError(f"scenario {scenario.id!r} is a {scenario.kind} scenario without a "
                         "stage game; peninsula game reads stage_game scenarios")
    return build_game(spec, name=scenario.title.en)


def print_report(report: dict[str, Any]) -> None:
    """The report as readable tables: bimatrix, equilibria, type, dominance, thresholds."""
    console.print(f"[bold]{report['name']}[/]", highlight=False)
    console.print(_bimatrix(report))
    console.print(_equilibria(report))
    summary = report["equilibrium_summary"]
    console.print(summary["note"], highlight=False)
    for subset in summary["maximal_subsets"]:
        rows = " | ".join(_mix(x) for x in subset["row"])
        columns = " | ".join(_mix(y) for y in subset["column"])
        console.print(f"  set: row mixes of [{rows}] against column mixes of [{columns}]",
                      highlight=False)
    kind = report["type"]
    console.print(f"\n[bold]Type:[/] {kind['label']}", highlight=False)
    if kind["row_order"]:
        console.print(f"  {report['players']['row']}: {kind['row_order']}; "
                      f"{report['players']['column']}: {kind['column_order']}; cooperative "
                      f"actions read as {', '.join(kind['cooperative_actions'])}", highlight=False)
    _print_dominance(report)
    cells = ", ".join(f"({r}, {c})" for r, c in report["pareto_efficient"])
    console.print(f"[bold]Pareto-efficient cells:[/] {cells}", highlight=False)
    console.print(_thresholds(report))
    for warning in report["warnings"]:
        console.print(f"[yellow]warning:[/] {warning['message']}", highlight=False)


def _bimatrix(report: dict[str, Any]) -> Table:
    players, actions, payoffs = report["players"], report["actions"], report["payoffs"]
    pure = {(next(a for a, p in e["row"].items() if p == 1), next(
        a for a, p in e["column"].items() if p == 1)) for e in report["equilibria"]
        if e["kind"] == "pure"}
    table = Table(title=f"cells: ({players['row']} payoff, {players['column']} payoff), "
                        "* = pure equilibrium", title_justify="left", min_width=60)
    table.add_column(f"{players['row']} \\ {players['column']}", style="bold")
    for action in actions["column"]:
        table.add_column(action, justify="center")
    for i, row_action in enumerate(actions["row"]):
        cells = []
        for j, column_action in enumerate(actions["column"]):
            text = f"{payoffs['row'][i][j]:g}, {payoffs['column'][i][j]:g}"
            cells.append(f"[bold]{text} *[/]" if (row_action, column_action) in pure else text)
        table.add_row(row_action, *cells)
    return table


def _equilibria(report: dict[str, Any]) -> Table:
    players = report["players"]
    table = Table(title="Nash equilibria", title_justify="left")
    for column in ("#", "kind", players["row"], players["column"],
                   f"payoff {players['row']}", f"payoff {players['column']}",
                   "Pareto-dominated by"):
        table.add_column(column)
    for number, e in enumerate(report["equilibria"], start=1):
        dominated = ", ".join(f"({r}, {c})" for r, c in e["pareto_dominated_by"]) or "-"
        table.add_row(str(number), e["kind"], _mix(e["row"]), _mix(e["column"]),
                      f"{e['payoffs']['row']:.4g}", f"{e['payoffs']['column']:.4g}", dominated)
    return table


def _print_dominance(report: dict[str, Any]) -> None:
    for role in ("row", "column"):
        d = report["dominance"][role]
        parts = []
        if d["strictly_dominant"]:
            parts.append(f"strictly dominant: {d['strictly_dominant']}")
        elif d["weakly_dominant"]:
            parts.append(f"weakly dominant: {d['weakly_dominant']}")
        for item in d["dominated"]:
            how = "strictly" if item["strict"] else "weakly"
            parts.append(f"{item['action']} {how} dominated by {_mix(item['by'])}")
        console.print(f"[bold]{d['player']}:[/] " + ("; ".join(parts) or "no dominance"),
                      highlight=False)


def _thresholds(report: dict[str, Any]) -> Table:
    table = Table(title="Thresholds", title_justify="left")
    for column in ("threshold", "player", "value", "meaning"):
        table.add_column(column, overflow="fold")
    for t in report["thresholds"]:
        if t["key"] == "chicken_stand_firm" and t["reason"] == "not_chicken":
            continue  # the crash row says it once
        value = "-" if t["value"] is None else f"{t['value']:.4g}"
        table.add_row(t["key"].replace("_", " "), t["player"] or "both", value, t["meaning"])
    return table


def _mix(strategy: dict[str, float]) -> str:
    played = {a: p for a, p in strategy.items() if p > 0}
    if len(played) == 1:
        return next(iter(played))
    return ", ".join(f"{a} {p:.4g}" for a, p in played.items())
