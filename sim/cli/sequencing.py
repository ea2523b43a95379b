"""``peninsula sequence``: who moves first — self-enforcement and implementation per order.

Examples::

    peninsula sequence six_party_2005_2007
    peninsula sequence hanoi_2019 --agreement yongbyon_for_relief --trust 0.5 --phases 6
    peninsula sequence scenarios/leap_day_2012.yaml --order action_for_action --json
"""

from __future__ import annotations

import math
from dataclasses import asdict
from typing import TYPE_CHECKING, Annotated

import typer
from rich import box
from rich.table import Table

from sim.cli.app import app, console, emit_json, fail
from sim.errors import InputError, check_choice
from sim.io import find_scenario, load_scenario
from sim.scenario import SequencingScenario
from sim.sequencing.orders import ORDERS

if TYPE_CHECKING:
    from sim.sequencing.analysis import Analysis

__all__ = ["sequence_command"]


@app.command("sequence")
def sequence_command(
    file: Annotated[str, typer.Argument(help="A sequencing scenario: YAML file or bundled id.")],
    agreement: Annotated[str | None, typer.Option(
        "--agreement", help="Which agreement of the scenario (default: its first).")] = None,
    order: Annotated[str | None, typer.Option(
        "--order", help=f"Only this order: {', '.join(ORDERS)} (default: all).")] = None,
    phases: Annotated[int | None, typer.Option(
        "--phases", help="Phases of action for action (1-100).")] = None,
    trust: Annotated[float | None, typer.Option(
        "--trust", help="Belief that the other side honours its later steps (0-1).")] = None,
    verification: Annotated[float | None, typer.Option(
        "--verification", help="Detection probability of every step (0-1).")] = None,
    discount: Annotated[float | None, typer.Option(
        "--discount", help="Patience: discount factor per year (0-1).")] = None,
    enforcement: Annotated[float | None, typer.Option(
        "--enforcement", help="Share of what it received a caught violator forfeits.")] = None,
    runs: Annotated[int | None, typer.Option("--runs", help="Monte Carlo runs.")] = None,
    seed: Annotated[int, typer.Option("--seed", help="Random seed.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Judge every order of an agreement: self-enforcing?, minimum trust, Monte Carlo."""
    from sim.sequencing.analysis import Settings, analyse, pick_agreement
    from sim.sequencing.frames import summary  # pandas: loaded only when a deal is judged

    try:
        scenario = _sequencing_scenario(file)
        deal = pick_agreement(scenario.parameters, agreement)
        settings = Settings.from_params(scenario.parameters).with_changes(
            phases=phases, trust=trust, verification=verification, discount=discount,
            enforcement=enforcement, runs=runs)
        orders = ORDERS if order is None else (check_choice("order", order, ORDERS),)
        result = analyse(deal, settings, orders, seed=seed)
    except InputError as exc:
        fail(str(exc))
        return
    if as_json:
        emit_json({"scenario": scenario.id, "agreement": deal.id, "seed": seed,
                   "settings": asdict(settings), "orders": summary(result)})
        return
    _print_table(scenario, result)


def _sequencing_scenario(name: str) -> SequencingScenario:
    """Load a scenario and insist that it is of the ``sequencing`` kind."""
    scenario = load_scenario(find_scenario(name))
    if not isinstance(scenario, SequencingScenario):
        raise InputError(
            f"{name}: is a {scenario.kind} scenario; peninsula sequence needs a sequencing "
            "scenario (see peninsula list --kind sequencing)"
        )
    return scenario


def _share(x: float | None) -> str:
    return "never" if x is None or math.isnan(x) else f"{x:.2f}"


def _failure_text(result: Analysis, order: str) -> str:
    failure = result.results[order].first_failure
    if failure is None:
        return "every stage worth performing"
    how = "walks away" if failure.reason == "walk" else "cheats on " + ", ".join(failure.steps)
    return f"breaks at stage {failure.stage + 1}, where {failure.side} {how}"


def _print_table(scenario: SequencingScenario, result: Analysis) -> None:
    """A readable table: one row per order, analysis beside the Monte Carlo."""
    s = result.settings
    others = [a.id for a in scenario.parameters.agreements if a.id != result.agreement.id]
    console.print(f"[bold]{scenario.title.en}[/] — {result.agreement.title_en or result.agreement.id}",
                  highlight=False)
    console.print(f"trust {s.trust}, verification {s.verification or 'per step'}, discount "
                  f"{s.discount}/yr over {s.duration} yr, phases {s.phases}, enforcement "
                  f"{s.enforcement}; {s.runs:,} runs, seed {result.seed}"
                  + (f"; other agreements: {', '.join(others)}" if others else ""),
                  highlight=False)
    table = Table(title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("order", no_wrap=True)
    for column in ("self-enf.", "min trust", "US", "KP", "completed"):
        table.add_column(column, justify="right")
    for order, verdict in result.results.items():
        sides = verdict.min_trust_by_side
        table.add_row(order, "yes" if verdict.self_enforcing else "no",
                      _share(verdict.min_trust), _share(sides["US"]), _share(sides["KP"]),
                      f"{result.montecarlo[order].completion_rate:.0%}")
    console.print(table)
    console.print("min trust: for the whole sequence, and what the US and the DPRK each "
                  "need ('never': no trust level suffices).", highlight=False)
    for order, mc in result.montecarlo.items():
        by = mc.broken_by
        console.print(f"[bold]{order}[/]: {_failure_text(result, order)}. Runs: stages done "
                      f"{mc.mean_steps_completed:.2f} of {mc.steps}; broken by US {by['US']:.0%}"
                      f", KP {by['KP']:.0%}, both {by['both']:.0%}, false alarm "
                      f"{by['false_alarm']:.0%}; mean payoff US {mc.mean_payoff['US']:.1f}, "
                      f"KP {mc.mean_payoff['KP']:.1f}.", highlight=False)
