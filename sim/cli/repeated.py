"""``peninsula match``, ``peninsula tournament``, ``peninsula strategies``: repeated play.

Examples::

    peninsula match tit_for_tat tit_for_tat --rounds 200 --replicates 1000 --noise 0.05
    peninsula match --scenario echo_effect --json
    peninsula tournament --rounds 200 --repetitions 50 --noise 0.05 --seed 1
    peninsula strategies
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import numpy as np
import typer
from pydantic import ValidationError
from rich.table import Table

from sim.cli.app import app, console, emit_json, fail
from sim.errors import InputError
from sim.io import find_scenario, load_scenario
from sim.io.scenarios import describe_validation_error
from sim.repeated import REGISTRY, MatchSettings, get_strategy
from sim.repeated.params import RepeatedParams
from sim.scenario import RepeatedScenario

if TYPE_CHECKING:
    from sim.repeated.tournament import TournamentResult

# The match engine's metrics, tournaments and evolution (pandas, scipy, nashpy) are
# imported inside the commands, so that `peninsula --help` does not load them.

Json = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]
Seed = Annotated[int | None, typer.Option("--seed", help="Random seed (default 0).")]
Noise = Annotated[float | None, typer.Option(
    "--noise", help="Implementation noise: probability each actual move is flipped.")]
Misperception = Annotated[float | None, typer.Option(
    "--misperception", help="Probability each side privately misreads the other's move.")]
ScenarioOpt = Annotated[str | None, typer.Option(
    "--scenario", help="A repeated scenario: YAML file or bundled id (options override it).")]
TOpt = Annotated[float | None, typer.Option("--T", help="Temptation payoff (default 5).")]
ROpt = Annotated[float | None, typer.Option("--R", help="Reward payoff (default 3).")]
POpt = Annotated[float | None, typer.Option("--P", help="Punishment payoff (default 1).")]
SOpt = Annotated[float | None, typer.Option("--S", help="Sucker's payoff (default 0).")]
DEFAULT_PAYOFFS = {"T": 5.0, "R": 3.0, "P": 1.0, "S": 0.0}


@app.command("match")
def match_command(
    row: Annotated[str | None, typer.Argument(help="Row player's strategy (the US side).")] = None,
    column: Annotated[str | None, typer.Argument(help="Column player's strategy (DPRK).")] = None,
    rounds: Annotated[int | None, typer.Option("--rounds", help="Rounds per match.")] = None,
    replicates: Annotated[int | None, typer.Option(
        "--replicates", help="Independent matches played side by side.")] = None,
    noise: Noise = None,
    misperception: Misperception = None,
    seed: Seed = None,
    continuation: Annotated[float | None, typer.Option(
        "--continuation", help="Continue after each round with this probability.")] = None,
    discount: Annotated[float | None, typer.Option("--discount", help="Discount factor δ.")] = None,
    trust_prior: Annotated[float | None, typer.Option(
        "--trust-prior", help="Each side's prior belief that the other is trustworthy.")] = None,
    t_value: TOpt = None, r_value: ROpt = None, p_value: POpt = None, s_value: SOpt = None,
    scenario: ScenarioOpt = None,
    show: Annotated[int, typer.Option("--show", help="Replicates whose moves are shown.")] = 3,
    as_json: Json = False,
) -> None:
    """Play two strategies against each other: summary metrics and the first moves."""
    from sim.repeated.metrics import replicate_metrics, summarize
    from sim.repeated.run import generator_for, run_match

    options = {"rounds": rounds, "replicates": replicates, "noise": noise,
               "misperception": misperception, "seed": seed, "continuation": continuation,
               "discount": discount}
    payoffs = {"T": t_value, "R": r_value, "P": p_value, "S": s_value}
    try:
        params = match_params(row, column, options, payoffs, trust_prior, scenario)
        result = run_match(params, generator_for(params))
        summary = summarize(replicate_metrics(result))
    except InputError as exc:
        fail(str(exc))
        return
    moves = [dict(zip(("replicate", *result.players),
                      (r, *result.moves_string(r)), strict=True))
             for r in range(min(max(show, 0), result.replicates))]
    if as_json:
        emit_json({"strategies": dict(zip(result.players, result.strategies, strict=True)),
                   "parameters": params.model_dump(mode="json"),
                   "summary": summary.to_dict("records"), "moves": moves})
        return
    _print_match(params, result.players, summary, moves)


def match_params(row: str | None, column: str | None, options: dict[str, Any],
                 payoffs: dict[str, float | None], trust_prior: float | None,
                 scenario: str | None) -> RepeatedParams:
    """The validated parameters of a match from the command line (and a scenario)."""
    for name in (row, column):
        if name is not None:
            get_strategy(name)
    given = {k: v for k, v in options.items() if v is not None}
    if scenario is not None:
        if any(v is not None for v in payoffs.values()):
            raise InputError("--T/--R/--P/--S cannot be combined with --scenario, which "
                             "carries its own stage game")
        base = _scenario_params(scenario).model_dump(mode="python")
    else:
        if row is None or column is None:
            raise InputError("give two strategies (e.g. tit_for_tat defector) or --scenario; "
                             "`peninsula strategies` lists the names")
        values = {k: (DEFAULT_PAYOFFS[k] if v is None else v) for k, v in payoffs.items()}
        base = {"game": {"game": "classic", "name": "prisoners_dilemma", **values},
                "row_strategy": {"name": row}, "column_strategy": {"name": column},
                "rounds": 100, "replicates": 1000}
    base.update(given)
    if row is not None:
        base["row_strategy"] = {"name": row}
    if column is not None:
        base["column_strategy"] = {"name": column}
    if trust_prior is not None:
        base["trust"] = {**dict(base.get("trust") or {}), "prior": trust_prior,
                         "prior_column": None}
    return _validated(base)


def _validated(data: dict[str, Any]) -> RepeatedParams:
    try:
        return RepeatedParams.model_validate(data)
    except ValidationError as exc:
        raise InputError(describe_validation_error(exc, data)) from None


def _scenario_params(name: str) -> RepeatedParams:
    scenario = load_scenario(find_scenario(name))
    if not isinstance(scenario, RepeatedScenario):
        raise InputError(f"scenario {scenario.id!r} is a {scenario.kind} scenario; "
                         "peninsula match reads repeated scenarios")
    return scenario.parameters


def _print_match(params: RepeatedParams, players: tuple[str, str], summary: Any,
                 moves: list[dict[str, Any]]) -> None:
    console.print(
        f"[bold]{params.row_strategy.name}[/] ({players[0]}) vs "
        f"[bold]{params.column_strategy.name}[/] ({players[1]}): {params.replicates} × "
        f"{params.rounds} rounds, noise {params.noise:g}, misperception "
        f"{params.misperception:g}, seed {params.seed}", highlight=False)
    table = Table(title="Summary over replicates (95% confidence intervals)",
                  title_justify="left")
    for name in ("metric", "player", "mean", "95% CI"):
        table.add_column(name, justify="right" if name in ("mean", "95% CI") else "left")
    for row in summary.itertuples(index=False):
        table.add_row(row.metric.replace("_", " "), row.player, f"{row.mean:.4g}",
                      f"{row.ci_low:.4g} – {row.ci_high:.4g}")
    console.print(table)
    for item in moves:
        console.print(f"replicate {item['replicate']}:", highlight=False)
        for party in players:
            console.print(f"  {party:>3} {_clip(item[party])}", highlight=False,
                          soft_wrap=True)


def _clip(text: str, width: int = 100) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@app.command("tournament")
def tournament_command(
    strategies: Annotated[list[str] | None, typer.Argument(
        help="Strategies to enter (default: eight classics).")] = None,
    rounds: Annotated[int, typer.Option("--rounds", help="Rounds per match.")] = 200,
    repetitions: Annotated[int, typer.Option(
        "--repetitions", help="Matches per pairing.")] = 50,
    noise: Annotated[float, typer.Option("--noise", help="Implementation noise ε.")] = 0.0,
    misperception: Annotated[float, typer.Option(
        "--misperception", help="Misperception μ.")] = 0.0,
    seed: Annotated[int, typer.Option("--seed", help="Random seed.")] = 0,
    t_value: TOpt = None, r_value: ROpt = None, p_value: POpt = None, s_value: SOpt = None,
    evolve: Annotated[bool, typer.Option(
        "--evolve", help="Also run replicator dynamics and a Moran process.")] = False,
    as_json: Json = False,
) -> None:
    """Round robin of strategies: ranking, mean payoff matrix (and evolution)."""
    from sim.repeated.run import payoffs_for
    from sim.repeated.tournament import CLASSIC_EIGHT, round_robin

    entrants = list(strategies or CLASSIC_EIGHT)
    try:
        for name in entrants:
            get_strategy(name)
        values = {k: (DEFAULT_PAYOFFS[k] if v is None else v) for k, v in
                  {"T": t_value, "R": r_value, "P": p_value, "S": s_value}.items()}
        game = _validated({"game": {"game": "classic", "name": "prisoners_dilemma", **values},
                           "row_strategy": {"name": entrants[0]},
                           "column_strategy": {"name": entrants[-1]}}).game
        settings = MatchSettings(rounds=rounds, replicates=repetitions, noise=noise,
                                 misperception=misperception)
        rng = np.random.default_rng(np.random.SeedSequence(seed))
        result = round_robin(entrants, payoffs_for(game), settings, rng)
        evolution = _evolution(result, seed) if evolve else None
    except InputError as exc:
        fail(str(exc))
        return
    if as_json:
        emit_json({"ranking": result.ranking_frame().to_dict("records"),
                   "names": list(result.names), "payoff_matrix": result.payoff_matrix,
                   "cooperation_matrix": result.cooperation_matrix,
                   **({"evolution": evolution} if evolution else {})})
        return
    _print_tournament(result, evolution)


def _evolution(result: TournamentResult, seed: int) -> dict[str, Any]:
    from sim.repeated.evolution import moran_process, replicator_dynamics

    shares = replicator_dynamics(result.payoff_matrix, horizon=100).shares[-1]
    moran = moran_process(result.payoff_matrix, population=50, runs=100,
                          rng=np.random.default_rng(np.random.SeedSequence([seed, 1])))
    return {"replicator_final_shares": dict(zip(result.names, shares, strict=True)),
            "moran_fixation": dict(zip(result.names, moran.fixation_frequencies(), strict=True))}


def _print_tournament(result: TournamentResult, evolution: dict[str, Any] | None) -> None:
    table = Table(title="Ranking (mean payoff per round, 95% CI over repetitions)",
                  title_justify="left")
    columns = ["rank", "strategy", "score", "95% CI"]
    if evolution:
        columns += ["replicator share", "Moran fixation"]
    for name in columns:
        table.add_column(name)
    for row in result.ranking_frame().itertuples(index=False):
        cells = [str(row.rank), str(row.strategy), f"{row.score:.4f}",
                 f"{row.ci_low:.4f} – {row.ci_high:.4f}"]
        if evolution:
            cells += [f"{evolution['replicator_final_shares'][row.strategy]:.3f}",
                      f"{evolution['moran_fixation'][row.strategy]:.2f}"]
        table.add_row(*cells)
    console.print(table)
    matrix = Table(title="Mean payoff per round (row strategy against column strategy)",
                   title_justify="left")
    matrix.add_column("")
    for index in range(len(result.names)):
        matrix.add_column(str(index + 1), justify="right")
    for index, name in enumerate(result.names):
        values = [f"{float(v):.2f}" for v in result.payoff_matrix[index]]
        matrix.add_row(f"{index + 1} {name}", *values)
    console.print(matrix)


@app.command("strategies")
def strategies_command(as_json: Json = False) -> None:
    """List the strategy registry: names, friendly names, traits, parameters, sources."""
    rows: list[dict[str, Any]] = [{
        "name": name, "friendly_name": cls.friendly_name, "side": cls.side,
        "memory_depth": cls.traits.memory_depth, "stochastic": cls.traits.stochastic,
        "uses_trust": cls.traits.uses_trust, "source": cls.source,
        "parameters": {p.name: p.default for p in cls.parameters},
    } for name, cls in REGISTRY.items()]
    if as_json:
        emit_json(rows)
        return
    table = Table(title="Strategies", title_justify="left")
    table.add_column("name", no_wrap=True)
    table.add_column("friendly name")
    table.add_column("side")
    table.add_column("traits")
    table.add_column("parameters")
    table.add_column("source", overflow="fold", ratio=1)
    for row in rows:
        params = ", ".join(f"{k}={'auto' if v is None else f'{v:g}'}"
                           for k, v in row["parameters"].items())
        memory = row["memory_depth"]
        traits = f"memory {'∞' if memory == float('inf') else int(memory)}" + (
            ", random" if row["stochastic"] else "") + (", trust" if row["uses_trust"] else "")
        table.add_row(row["name"], row["friendly_name"], row["side"], traits, params or "-",
                      row["source"])
    console.print(table)
