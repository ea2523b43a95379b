"""The ``peninsula`` Typer application and what every command shares.

Commands live in one module per model kind and register themselves on :data:`app`.
:func:`main` is the console entry point: bad input (:class:`~sim.errors.InputError`)
prints one line to stderr and exits with status 2; anything else is a bug and keeps its
traceback.
"""

from __future__ import annotations

import json
import math
import sys
from typing import Any

import numpy as np
import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperGroup

from sim.errors import InputError


class _Group(TyperGroup):
    """The top-level command group: bad input anywhere becomes one line and exit 2."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except InputError as exc:
            fail(str(exc))
        except KeyboardInterrupt:
            err_console.print("interrupted; runs saved before now are kept", highlight=False)
            raise typer.Exit(EXIT_INTERRUPTED) from None


app = typer.Typer(
    name="peninsula",
    cls=_Group,
    help="Peninsula: game-theoretic simulations of the Korean nuclear negotiations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

console = Console()
err_console = Console(stderr=True)

EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130


def fail(message: str) -> None:
    """Print one line of bad-input explanation and exit 2."""
    err_console.print(f"[bold red]error:[/] {escape(message)}", markup=True, highlight=False, soft_wrap=True)
    raise typer.Exit(EXIT_BAD_INPUT)


def emit_json(payload: Any) -> None:
    """Write ``payload`` as JSON on stdout (numpy values and non-finite floats handled)."""
    sys.stdout.write(json.dumps(_plain(payload), ensure_ascii=False, indent=2) + "\n")


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, np.ndarray):
        return _plain(value.tolist())
    if isinstance(value, np.generic):
        return _plain(value.item())
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def main() -> None:
    """Console entry point: bad input exits 2, Ctrl-C exits 130 without a traceback."""
    try:
        app()
    except InputError as exc:
        err_console.print(f"[bold red]error:[/] {escape(str(exc))}", markup=True, highlight=False,
                          soft_wrap=True)
        sys.exit(EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        err_console.print("interrupted; runs saved before now are kept", highlight=False)
        sys.exit(EXIT_INTERRUPTED)
