"""``peninsula run``, ``sweep``, ``sensitivity`` and ``compare``: experiments on any model."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from sim.cli.app import app, console, emit_json
from sim.cli.options import parse_assignments, parse_bounds, parse_grid, progress_bar
from sim.errors import InputError
from sim.io import find_scenario, load_scenario
from sim.scenario import ScenarioBase

if TYPE_CHECKING:
    import pandas as pd

# sim.experiments, the run store and the exporters load pandas, scipy and SALib; they are
# imported inside the commands so that `peninsula --help` and `validate` stay fast.

#: The executors' names as ``sim.experiments.executors.EXECUTOR_NAMES`` lists them (written
#: out so that the help text needs no import; tests/test_cli_startup.py checks they agree).
EXECUTOR_CHOICES = ("serial", "processes", "dask")

Runs = Annotated[int | None, typer.Option("--runs", "-n", help="Replicates (default: the model's).")]
Seed = Annotated[int, typer.Option("--seed", "-s", help="Seed of the experiment.")]
Sets = Annotated[list[str] | None, typer.Option("--set", help="Override a parameter: PATH=VALUE.")]
ExecutorOpt = Annotated[str, typer.Option(
    "--executor", help=f"Where to run: {', '.join(EXECUTOR_CHOICES)}.")]
Scheduler = Annotated[str | None, typer.Option(help="Dask scheduler address (tcp://host:8786).")]
Json = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]
StoreOpt = Annotated[Path | None, typer.Option(
    "--store", help="Run store file (default: $PENINSULA_STORE or ~/.local/share/...).")]
Out = Annotated[Path | None, typer.Option("--out", "-o", help="Write the frame (.csv or .parquet).")]


def scenario_with(name: str, sets: list[str] | None) -> ScenarioBase:
    """Load a scenario file or bundled id and apply ``--set`` overrides."""
    from sim.experiments.paths import set_values

    scenario = load_scenario(find_scenario(name))
    overrides = parse_assignments(sets)
    return set_values(scenario, overrides) if overrides else scenario


@app.command("run")
def run_command(
    scenario: Annotated[str, typer.Argument(help="Scenario file or bundled id.")],
    runs: Runs = None, seed: Seed = 0, set_: Sets = None, executor: ExecutorOpt = "processes",
    scheduler: Scheduler = None, save: Annotated[bool, typer.Option(help="Save the run.")] = False,
    name: Annotated[str, typer.Option(help="Name of the saved run.")] = "",
    store: StoreOpt = None, out: Out = None, as_json: Json = False,
) -> None:
    """Run an ensemble of seeded replicates of any scenario and summarise its outcomes."""
    from sim.experiments import make_executor, run_ensemble, runner_for
    from sim.io.export import write_frame
    from sim.io.store import RunStore

    chosen = scenario_with(scenario, set_)
    runner = runner_for(chosen.kind)
    pool = make_executor(executor, scheduler)
    with progress_bar(f"{chosen.id}", enabled=not as_json) as progress:
        ensemble = run_ensemble(chosen, runs, seed, pool, progress)
    run_id = None
    if save:
        run_id = RunStore(store).save(chosen, ensemble.frame, ensemble.summary_dict(), seed,
                                      parse_assignments(set_), name=name)
    if out:
        write_frame(ensemble.frame, out)
    if as_json:
        emit_json({"scenario": chosen.id, "kind": chosen.kind, "seed": seed,
                   "runs": len(ensemble.frame), "summary": ensemble.summary_dict(),
                   "saved_run": run_id})
        return
    _print_summary(ensemble.summary, runner.outcomes, f"{chosen.id} — {len(ensemble.frame)} runs, "
                   f"seed {seed}")
    if run_id is not None:
        console.print(f"saved as run {run_id} in {RunStore(store).path}")


def _print_summary(summary: pd.DataFrame, descriptions: dict[str, str], title: str) -> None:
    table = Table(title=title, title_justify="left")
    for column in ("outcome", "mean", "95% CI", "min", "max", "meaning"):
        table.add_column(column, justify="left" if column in ("outcome", "meaning") else "right")
    for row in summary.itertuples():
        table.add_row(str(row.outcome), f"{row.mean:.4g}", f"[{row.ci_low:.4g}, {row.ci_high:.4g}]",
                      f"{row.min:.4g}", f"{row.max:.4g}", descriptions.get(str(row.outcome), ""))
    console.print(table)


@app.command()
def sweep(
    scenario: Annotated[str, typer.Argument(help="Scenario file or bundled id.")],
    grid: Annotated[list[str] | None, typer.Option(
        help="Grid values: PATH=V1,V2,... or PATH=LOW:HIGH:COUNT (repeatable).")] = None,
    param: Annotated[list[str] | None, typer.Option(
        help="Latin hypercube range PATH=LOW:HIGH (repeatable; with --samples).")] = None,
    samples: Annotated[int, typer.Option(help="Latin hypercube points.")] = 20,
    runs: Annotated[int, typer.Option("--runs", "-n", help="Replicates per point.")] = 20,
    seed: Seed = 0, set_: Sets = None, executor: ExecutorOpt = "processes",
    scheduler: Scheduler = None, outcome: Annotated[str | None, typer.Option(
        help="Outcome to tabulate (default: the model's main one).")] = None,
    out: Out = None, as_json: Json = False,
) -> None:
    """Sweep parameters over a grid or a Latin hypercube; one row per point and replicate."""
    from sim.experiments import grid_points, latin_hypercube_points, make_executor, run_sweep
    from sim.io.export import write_frame

    chosen = scenario_with(scenario, set_)
    if bool(grid) == bool(param):
        raise InputError("give either --grid (a grid) or --param with --samples (a Latin "
                         "hypercube), not both or neither")
    points = (grid_points(parse_grid(grid)) if grid
              else latin_hypercube_points(parse_bounds(param), samples, seed))
    name = _outcome(chosen, outcome)
    with progress_bar(f"sweep {chosen.id}", enabled=not as_json) as progress:
        frame = run_sweep(chosen, points, runs, seed, make_executor(executor, scheduler), progress)
    if out:
        write_frame(frame, out)
    table = frame.groupby(list(points.columns), sort=False)[name].agg(["mean", "std", "count"])
    table = table.reset_index()
    if as_json:
        emit_json({"scenario": chosen.id, "outcome": name, "seed": seed,
                   "points": table.to_dict("records")})
        return
    _print_frame(table, f"{chosen.id}: mean {name} per point ({runs} runs each)")


@app.command()
def sensitivity(
    scenario: Annotated[str, typer.Argument(help="Scenario file or bundled id.")],
    param: Annotated[list[str], typer.Option(help="Range PATH=LOW:HIGH (at least two).")],
    method: Annotated[str, typer.Option(help="sobol or morris.")] = "sobol",
    samples: Annotated[int, typer.Option(
        help="Base samples N (Sobol: a power of two) or Morris trajectories.")] = 64,
    runs: Annotated[int, typer.Option("--runs", "-n", help="Replicates per point.")] = 50,
    outcome: Annotated[str | None, typer.Option(help="Scalar outcome to explain.")] = None,
    seed: Seed = 0, set_: Sets = None, executor: ExecutorOpt = "processes",
    scheduler: Scheduler = None, out: Out = None, as_json: Json = False,
) -> None:
    """Global sensitivity (SALib Sobol or Morris) of one outcome to several parameters."""
    from sim.experiments import make_executor, run_sensitivity
    from sim.io.export import write_frame

    chosen = scenario_with(scenario, set_)
    if method not in ("sobol", "morris"):
        raise InputError(f"unknown method {method!r}; allowed: sobol, morris")
    with progress_bar(f"{method} {chosen.id}", enabled=not as_json) as progress:
        result = run_sensitivity(chosen, parse_bounds(param), outcome, method,  # type: ignore[arg-type]
                                 samples, runs, seed, make_executor(executor, scheduler), progress)
    if out:
        write_frame(result.points, out)
    if as_json:
        emit_json({"scenario": chosen.id, "method": method, "outcome": result.outcome,
                   "evaluations": len(result.points), "indices": result.indices.to_dict("records")})
        return
    _print_frame(result.indices, f"{method} indices of {result.outcome} "
                 f"({len(result.points)} points × {runs} runs)")


@app.command()
def compare(
    first: Annotated[str, typer.Argument(help="Scenario file, bundled id, or run:ID.")],
    second: Annotated[str, typer.Argument(help="Scenario file, bundled id, or run:ID.")],
    runs: Runs = None, seed: Seed = 0, executor: ExecutorOpt = "processes",
    scheduler: Scheduler = None, store: StoreOpt = None, as_json: Json = False,
) -> None:
    """Compare two scenarios or saved runs: differences with bootstrap intervals, effect sizes."""
    from sim.experiments import compare_frames, runner_for

    frames, kinds = [], []
    for source in (first, second):
        frame, kind = _frame_of(source, runs, seed, executor, scheduler, store)
        frames.append(frame)
        kinds.append(kind)
    if kinds[0] != kinds[1]:
        raise InputError(f"cannot compare a {kinds[0]} run with a {kinds[1]} run")
    table = compare_frames(frames[0], frames[1], list(runner_for(kinds[0]).outcomes), seed)
    if as_json:
        emit_json({"a": first, "b": second, "differences": table.to_dict("records")})
        return
    _print_frame(table, f"B − A: A = {first}, B = {second}")


def _frame_of(source: str, runs: int | None, seed: int, executor: str, scheduler: str | None,
              store: Path | None) -> tuple[pd.DataFrame, str]:
    from sim.experiments import make_executor, run_ensemble
    from sim.io.store import RunStore

    if source.startswith("run:"):
        record = RunStore(store).load(_run_id(source[4:]))
        return record.frame, record.kind
    scenario = load_scenario(find_scenario(source))
    ensemble = run_ensemble(scenario, runs, seed, make_executor(executor, scheduler))
    return ensemble.frame, scenario.kind


def _run_id(text: str) -> int:
    if not text.isdigit():
        raise InputError(f"run id {text!r} must be a whole number (see `peninsula runs list`)")
    return int(text)


def _outcome(scenario: ScenarioBase, outcome: str | None) -> str:
    from sim.experiments.runners import check_outcome, runner_for

    return check_outcome(runner_for(scenario.kind), outcome)


def _print_frame(frame: pd.DataFrame, title: str) -> None:
    table = Table(title=title, title_justify="left")
    for column in frame.columns:
        table.add_column(str(column), justify="right")
    for row in frame.itertuples(index=False):
        table.add_row(*(f"{v:.4g}" if isinstance(v, float) else str(v) for v in row))
    console.print(table)
