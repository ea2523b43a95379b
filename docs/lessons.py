"""The numbers quoted in the classroom guide, measured by the commands the guide prints.

Run ``python docs/lessons.py`` to print the three tables of ``docs/classroom.md`` (between
its ``<!-- lessons:<name> -->`` markers); ``python docs/lessons.py --write`` rewrites them in
place. ``tests/test_guide.py`` fails when the guide no longer matches what the commands
give, so a number in the guide is always one anyone can rerun.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

GUIDE = Path(__file__).with_name("classroom.md")


@dataclass(frozen=True)
class Row:
    """One line of a lesson's table: what the class changes, the command, what it shows."""

    change: str
    command: tuple[str, ...]
    show: Callable[[dict[str, Any]], str]


def _mean(name: str, digits: int = 2, percent: bool = False) -> Callable[[dict[str, Any]], str]:
    def show(result: dict[str, Any]) -> str:
        value = result["summary"][name]["mean"]
        return f"{value:.0%}" if percent else f"{value:.{digits}f}"
    return show


def _joined(*parts: tuple[str, Callable[[dict[str, Any]], str]]) -> Callable[[dict[str, Any]], str]:
    def show(result: dict[str, Any]) -> str:
        return "; ".join(f"{label} {fn(result)}" for label, fn in parts)
    return show


def _min_trust(order: str) -> Callable[[dict[str, Any]], str]:
    def show(result: dict[str, Any]) -> str:
        value = result["orders"][order]["min_trust"]
        return "never" if value is None else f"{value:.2f}"
    return show


def _holds(order: str) -> Callable[[dict[str, Any]], str]:
    def show(result: dict[str, Any]) -> str:
        entry = result["orders"][order]
        return f"{'yes' if entry['self_enforcing'] else 'no'} ({entry['completion_rate']:.0%} completed)"
    return show


RUN = ("run",)
ECHO = (*RUN, "echo_effect", "--runs", "500")
SEQ = ("sequence", "six_party_2005_2007")
LEAKY = (*RUN, "leaky_sanctions", "--runs", "200")
REPEATED = _joined(("mutual cooperation", _mean("mutual_cooperation", percent=True)),
                   ("cycle episodes", _mean("cycle_episodes")),
                   ("US payoff/round", _mean("mean_payoff_row")))
ORDERS = _joined(("denuclearisation first", _min_trust("denuclearisation_first")),
                 ("security first", _min_trust("security_first")),
                 ("action for action", _min_trust("action_for_action")),
                 ("package deal", _min_trust("package_deal")))
SIXPARTY = _joined(("missile tests", _mean("missile_tests", 1)),
                   ("nuclear tests", _mean("nuclear_tests", 2)),
                   ("economy at the end", _mean("final_economy", 2)),
                   ("escalation crisis", _mean("is_escalation_crisis", percent=True)))

LESSONS: dict[str, list[Row]] = {
    "echo": [
        Row("No mistakes", (*ECHO, "--set", "noise=0"), REPEATED),
        Row("5 % implementation noise (the scenario)", ECHO, REPEATED),
        Row("Generous tit for tat on both sides", (*ECHO, "--set", "row_strategy.name=generous_tit_for_tat",
                                                   "--set", "column_strategy.name=generous_tit_for_tat"),
            REPEATED),
        Row("No noise, 5 % private misperception", (*ECHO, "--set", "noise=0", "--set", "misperception=0.05"),
            REPEATED),
    ],
    "order": [
        Row("The 2005–07 roadmap (trust 0.35, 3 phases): minimum trust per order", SEQ, ORDERS),
        Row("Action for action in 10 phases instead of 3", (*SEQ, "--phases", "10"),
            _joined(("minimum trust", _min_trust("action_for_action")),
                    ("self-enforcing at 0.35", _holds("action_for_action")))),
        Row("Trust raised to 0.6", (*SEQ, "--trust", "0.6"),
            _joined(("security first self-enforcing", _holds("security_first")),
                    ("denuclearisation first", _holds("denuclearisation_first")))),
        Row("Verification 0.95 on every step", (*SEQ, "--verification", "0.95"), ORDERS),
    ],
    "leaky": [
        Row("China 0.1 and Russia 0.0 enforcement (the scenario)", LEAKY, SIXPARTY),
        Row("China enforces 0.9", (*LEAKY, "--set", "parties.CN.enforcement=0.9"), SIXPARTY),
        Row("China 0.9, and sanctions do not provoke tests", (*LEAKY, "--set", "parties.CN.enforcement=0.9",
                                                               "--set", "provocation.pressure=0"), SIXPARTY),
    ],
}


def run_command(args: tuple[str, ...]) -> dict[str, Any]:
    """The JSON a ``peninsula`` command prints, run in this process."""
    from typer.testing import CliRunner

    from sim.cli import app

    result = CliRunner().invoke(app, [*args, "--json"], catch_exceptions=False)
    if result.exit_code != 0:
        raise RuntimeError(f"peninsula {' '.join(args)} failed: {result.stderr or result.stdout}")
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def table(name: str) -> str:
    """The markdown table of one lesson."""
    lines = ["| What the class changes | Command | What it gives |", "|---|---|---|"]
    for row in LESSONS[name]:
        command = "peninsula " + " ".join(row.command)
        lines.append(f"| {row.change} | `{command}` | {row.show(run_command(row.command))} |")
    return "\n".join(lines)


def marked(name: str) -> re.Pattern[str]:
    """The block of ``docs/classroom.md`` that holds lesson ``name``'s table."""
    return re.compile(rf"(<!-- lessons:{name} -->\n)(.*?)(\n<!-- /lessons:{name} -->)", re.S)


def rewrite(text: str) -> str:
    """``text`` with every lesson table replaced by a freshly measured one."""
    for name in LESSONS:
        pattern = marked(name)
        if not pattern.search(text):
            raise SystemExit(f"{GUIDE}: no <!-- lessons:{name} --> block")
        text = pattern.sub(lambda m, n=name: m.group(1) + table(n) + m.group(3), text)
    return text


if __name__ == "__main__":
    if "--write" in sys.argv:
        GUIDE.write_text(rewrite(GUIDE.read_text(encoding="utf-8")), encoding="utf-8")
    else:
        for lesson in LESSONS:
            print(f"## {lesson}\n{table(lesson)}\n")
