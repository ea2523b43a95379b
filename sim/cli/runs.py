"""``peninsula runs list|show|export|delete``: the run store."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from sim.cli.app import app, console, emit_json

if TYPE_CHECKING:
    from sim.io.store import RunStore

runs_app = typer.Typer(help="Saved runs: list, show, export, delete.", no_args_is_help=True)
app.add_typer(runs_app, name="runs")

StoreOpt = Annotated[Path | None, typer.Option(
    "--store", help="Run store file (default: $PENINSULA_STORE or ~/.local/share/...).")]
Json = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]
RunId = Annotated[int, typer.Argument(help="Run id (see `peninsula runs list`).")]


def _store(path: Path | None) -> RunStore:
    """The run store at ``path`` (default location if None); pandas loads with it."""
    from sim.io.store import RunStore

    return RunStore(path)


@runs_app.command("list")
def list_runs(store: StoreOpt = None, as_json: Json = False) -> None:
    """List saved runs."""
    handle = _store(store)
    frame = handle.list()
    if as_json:
        emit_json(frame.to_dict("records"))
        return
    table = Table(title=f"Saved runs in {handle.path}", title_justify="left")
    for column in frame.columns:
        table.add_column(str(column))
    for row in frame.itertuples(index=False):
        table.add_row(*(str(v) for v in row))
    console.print(table)


@runs_app.command("show")
def show_run(run_id: RunId, store: StoreOpt = None, as_json: Json = False) -> None:
    """Show a saved run's scenario, seed, version and summary."""
    record = _store(store).load(run_id)
    payload = {"id": record.id, "name": record.name, "kind": record.kind,
               "scenario": record.scenario.id, "seed": record.seed, "version": record.version,
               "created_at": record.created_at, "finished_at": record.finished_at,
               "parameters": record.parameters, "rows": len(record.frame),
               "summary": record.summary}
    if as_json:
        emit_json(payload)
        return
    for key, value in payload.items():
        if key != "summary":
            console.print(f"[bold]{key}[/]: {value}", highlight=False)
    table = Table(title="summary", title_justify="left")
    for column in ("outcome", "mean", "ci_low", "ci_high"):
        table.add_column(column)
    for outcome, row in record.summary.items():
        table.add_row(outcome, *(f"{row.get(k, float('nan')):.4g}" for k in ("mean", "ci_low", "ci_high")))
    console.print(table)


@runs_app.command("export")
def export_run(run_id: RunId, out: Annotated[Path, typer.Option(
        "--out", "-o", help="Output file: .csv or .parquet.")], store: StoreOpt = None) -> None:
    """Export a saved run's result frame as CSV or Parquet."""
    from sim.io.export import write_frame

    path = write_frame(_store(store).load(run_id).frame, out)
    console.print(f"wrote {path}")


@runs_app.command("delete")
def delete_run(run_id: RunId, store: StoreOpt = None) -> None:
    """Delete a saved run."""
    _store(store).delete(run_id)
    console.print(f"deleted run {run_id}")
