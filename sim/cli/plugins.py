"""Commands contributed by other installed packages, through entry points.

A package adds commands by declaring an entry point in the ``peninsula.commands`` group
that names a ``register(app)`` function; the dashboard contributes ``peninsula report``
this way, so that ``sim`` never imports ``dashboard`` or plotly. A plugin that fails to
load is reported on stderr and skipped; the other commands keep working.
"""

from __future__ import annotations

from importlib.metadata import entry_points

import typer

from sim.cli.app import err_console

GROUP = "peninsula.commands"


def load_plugins(app: typer.Typer) -> list[str]:
    """Call every registered plugin's ``register(app)``; return the names loaded."""
    loaded = []
    for entry in entry_points(group=GROUP):
        try:
            entry.load()(app)
        except ImportError as exc:
            err_console.print(f"[yellow]warning:[/] command plugin {entry.name!r} not loaded: {exc}",
                              highlight=False)
            continue
        loaded.append(entry.name)
    return loaded
