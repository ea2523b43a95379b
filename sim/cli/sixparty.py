"""``peninsula sixparty`` and ``peninsula history``: the six parties and the record."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.table import Table

from sim.cli.app import app, console, emit_json
from sim.cli.options import parse_assignments
from sim.errors import InputError
from sim.io import find_scenario, load_scenario
from sim.scenario import ScenarioBase, SixPartyScenario

HISTORY_ID = "history_1993_2024"

Runs = Annotated[int, typer.Option("--runs", "-n", help="Number of seeded runs.")]
Seed = Annotated[int, typer.Option("--seed", "-s", help="Seed of the ensemble.")]
Sets = Annotated[list[str] | None, typer.Option("--set", help="Override a parameter: PATH=VALUE.")]
Workers = Annotated[int, typer.Option("--workers", "-w", help="Local processes (1 = serial).")]
Json = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]


def _sixparty_scenario(name: str, sets: list[str] | None) -> SixPartyScenario:
    scenario: ScenarioBase = load_scenario(find_scenario(name))
    overrides = parse_assignments(sets)
    if overrides:
        from sim.experiments.paths import set_values  # sim.experiments loads pandas and scipy

        scenario = set_values(scenario, overrides)
    if not isinstance(scenario, SixPartyScenario):
        raise InputError(f"{name}: is a {scenario.kind!r} scenario; this command needs kind 'sixparty'")
    return scenario


@app.command("sixparty")
def sixparty_command(
    scenario: Annotated[str, typer.Argument(help="Scenario file or bundled id (kind sixparty).")],
    runs: Runs = 200, seed: Seed = 0, set_: Sets = None, workers: Workers = 1,
    as_json: Json = False,
) -> None:
    """Run the six-party model: outcome shares, mean counts and per-party summaries."""
    from sim.sixparty.ensemble import run_ensemble
    from sim.sixparty.frames import mean_counts, outcome_shares, party_summary

    chosen = _sixparty_scenario(scenario, set_)
    ens = run_ensemble(chosen.parameters, runs, seed, workers)
    shares, counts, parties = outcome_shares(ens), mean_counts(ens), party_summary(ens)
    if as_json:
        emit_json({"scenario": chosen.id, "seed": seed, "runs": runs,
                   "start": chosen.parameters.start, "end": ens.labels[-1],
                   "outcomes": shares.to_dict(orient="records"), "mean_counts": counts,
                   "parties": parties.to_dict(orient="records")})
        return
    title = f"{chosen.id} — {runs} runs, seed {seed}, {chosen.parameters.start}–{ens.labels[-1]}"
    table = Table(title=title, title_justify="left")
    for column in ("outcome", "share", "95% interval", "runs"):
        table.add_column(column, justify="left" if column == "outcome" else "right")
    for row in shares.itertuples():
        table.add_row(str(row.outcome), f"{row.share:.2f}", f"{row.low:.2f}–{row.high:.2f}",
                      str(row.count))
    console.print(table)
    console.print(_counts_table(counts))
    console.print(_party_table(parties))


def _counts_table(counts: dict[str, float]) -> Table:
    table = Table(title="Mean counts per run", title_justify="left")
    table.add_column("count")
    table.add_column("mean", justify="right")
    for name, value in counts.items():
        table.add_row(name, f"{value:.2f}")
    return table


def _party_table(parties: Any) -> Table:
    table = Table(title="Parties at the start and the horizon (mean over runs)",
                  title_justify="left")
    for column in ("party", "trust given", "trust received", "talks interest", "posture pressure"):
        table.add_column(column, justify="left" if column == "party" else "right")
    for row in parties.to_dict(orient="records"):
        table.add_row(
            row["party"],
            f"{row['trust_given_start']:.2f} → {row['trust_given_end']:.2f}",
            f"{row['trust_received_start']:.2f} → {row['trust_received_end']:.2f}",
            f"{row['talks_interest_end']:.2f}", f"{row['pressure_end']:.2f}")
    return table


@app.command("history")
def history_command(
    runs: Runs = 200, seed: Seed = 0, workers: Workers = 1,
    scenario: Annotated[str, typer.Option(help="Scenario to set against the record.")] = HISTORY_ID,
    as_json: Json = False,
) -> None:
    """Set the historical scenario against the record: the fit report, in and out of sample."""
    from sim.sixparty.ensemble import run_ensemble
    from sim.sixparty.history import fit_report

    chosen = _sixparty_scenario(scenario, None)
    report = fit_report(run_ensemble(chosen.parameters, runs, seed, workers))
    if as_json:
        emit_json({"scenario": chosen.id, "seed": seed, **report.as_dict()})
        return
    table = Table(title=f"{chosen.id} against the record — {runs} runs, seed {seed} "
                  f"(calibrated on years up to {report.calibration_end})", title_justify="left")
    for column in ("series", "period", "years", "record", "model (90% interval)", "RMSE/yr",
                   "corr", "coverage", "fit"):
        table.add_column(column, justify="left" if column in ("series", "period", "fit") else "right")
    for row in report.rows.to_dict(orient="records"):
        table.add_row(
            row["series"], row["period"].replace("_", "-"),
            f"{row['first_year']}–{row['last_year']}", f"{row['record_total']:.0f}",
            f"{row['model_total']:.1f} ({row['model_total_low']:.0f}–{row['model_total_high']:.0f})",
            f"{row['rmse']:.2f}", _num(row["correlation"]), f"{row['coverage']:.2f}", row["verdict"])
    console.print(table)
    timing = report.timing
    console.print(
        "Agreement timing: Brier in-sample "
        f"{timing.get('in_sample_brier', float('nan')):.3f} vs constant "
        f"{timing.get('in_sample_brier_constant', float('nan')):.3f}; out-of-sample "
        f"{timing.get('out_of_sample_brier', float('nan')):.3f} vs constant "
        f"{timing.get('out_of_sample_brier_constant', float('nan')):.3f}; first agreement: "
        f"record {timing.get('record_first_agreement_year', float('nan')):.0f}, model median "
        f"{timing.get('model_first_agreement_median_year', float('nan')):.0f}.",
        highlight=False)


def _num(value: float) -> str:
    return "n/a" if value != value else f"{value:.2f}"
