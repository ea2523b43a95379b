"""The README's scenario table lists exactly the bundled scenarios, as their files describe them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sim.io import bundled_scenarios

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- section:library -->", "<!-- /section:library -->"
ROW = re.compile(r"^\| `(?P<id>[a-z0-9_]+)` \| (?P<kind>[^|]+) \| (?P<era>[^|]+) \| (?P<en>[^|]+) \| (?P<zh>[^|]+) \|$")


def table_rows(text: str) -> dict[str, tuple[str, str, str, str]]:
    """``{id: (kind, era, English title, Chinese title)}`` from the library section's table."""
    if START not in text or END not in text:
        raise AssertionError(f"README has no {START} … {END} section")
    section = text.split(START, 1)[1].split(END, 1)[0]
    rows: dict[str, tuple[str, str, str, str]] = {}
    for line in section.splitlines():
        match = ROW.match(line.strip())
        if match:
            assert match["id"] not in rows, f"{match['id']} is listed twice"
            rows[match["id"]] = (match["kind"].strip(), match["era"].strip(), match["en"].strip(),
                                 match["zh"].strip())
    return rows


def table_problems(rows: dict[str, tuple[str, str, str, str]],
                   bundled: dict[str, tuple[str, str, str, str]]) -> list[str]:
    """What is wrong with the table: missing scenarios, unknown ones, stale cells."""
    problems = [f"{sid} is bundled but missing from the README table" for sid in sorted(set(bundled) - set(rows))]
    problems += [f"{sid} is in the README table but not bundled" for sid in sorted(set(rows) - set(bundled))]
    problems += [f"{sid}: README says {rows[sid]}, the file says {bundled[sid]}"
                 for sid in sorted(set(rows) & set(bundled)) if rows[sid] != bundled[sid]]
    return problems


@pytest.fixture(scope="module")
def bundled() -> dict[str, tuple[str, str, str, str]]:
    return {s.id: (s.kind, s.era, s.title.en, s.title.zh) for _, s in bundled_scenarios()}


def test_readme_table_matches_the_bundled_scenarios(bundled):
    assert table_problems(table_rows(README.read_text(encoding="utf-8")), bundled) == []


def test_a_missing_an_unknown_and_a_stale_row_are_reported(bundled):
    rows = table_rows(README.read_text(encoding="utf-8"))
    first = sorted(rows)[0]
    broken = {k: v for k, v in rows.items() if k != first}
    broken["no_such_scenario"] = ("repeated", "classroom", "A", "甲")
    second = sorted(broken)[0]
    broken[second] = ("stage_game", "1900", *broken[second][2:])
    problems = table_problems(broken, bundled)
    assert any(first in p and "missing" in p for p in problems)
    assert any("no_such_scenario" in p and "not bundled" in p for p in problems)
    assert any(p.startswith(f"{second}: README says") for p in problems)


def test_table_parsing_needs_the_markers():
    with pytest.raises(AssertionError, match="section:library"):
        table_rows("| `echo_effect` | repeated | classroom | A | 甲 |")
    text = f"{START}\n| id | kind | era | title | 标题 |\n|---|---|---|---|---|\n" \
           f"| `echo_effect` | repeated | classroom | The echo | 回声 |\n{END}\n"
    assert table_rows(text) == {"echo_effect": ("repeated", "classroom", "The echo", "回声")}
