"""``peninsula validate`` and ``peninsula list``: the scenario library."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from sim.cli.app import app, console, emit_json, err_console
from sim.errors import InputError
from sim.io import SCENARIO_DIR, bundled_scenarios, load_scenario


@app.command()
def validate(
    files: Annotated[list[Path], typer.Argument(help="Scenario YAML files to check.")],
) -> None:
    """Check scenario files; exit 0 if all are valid, 2 if any is not."""
    bad = 0
    for path in files:
        try:
            scenario = load_scenario(path)
        except InputError as exc:
            bad += 1
            err_console.print(f"[red]invalid[/] {escape(str(exc))}", markup=True, highlight=False,
                              soft_wrap=True)
        else:
            console.print(f"[green]ok[/] {path} ({scenario.kind}: {scenario.id})", highlight=False)
    if bad:
        raise typer.Exit(2)


@app.command("list")
def list_scenarios(
    kind: Annotated[str | None, typer.Option(help="Only scenarios of this model kind.")] = None,
    era: Annotated[str | None, typer.Option(help="Only scenarios whose era contains this.")] = None,
    lang: Annotated[str, typer.Option(help="Title language: en or zh.")] = "en",
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """List the bundled scenarios: id, title and model kind."""
    rows = [
        {"id": s.id, "kind": s.kind, "era": s.era, "title": s.title.get(lang), "file": p.name}
        for p, s in bundled_scenarios()
        if (kind is None or s.kind == kind) and (era is None or era in s.era)
    ]
    if as_json:
        emit_json(rows)
        return
    table = Table(title=f"Bundled scenarios ({SCENARIO_DIR})", title_justify="left")
    for column in ("id", "kind", "era", "title"):
        table.add_column(column)
    for row in rows:
        table.add_row(row["id"], row["kind"], row["era"], row["title"])
    console.print(table)
