"""The ``peninsula`` command: a thin shell over the :mod:`sim` API.

Each submodule registers the commands of one model kind on :data:`sim.cli.app.app`.
"""

from sim.cli import experiments, games, repeated, runs, scenarios, sequencing, sixparty  # noqa: F401  (registers commands)
from sim.cli.app import app, main
from sim.cli.plugins import load_plugins

load_plugins(app)

__all__ = ["app", "main"]
