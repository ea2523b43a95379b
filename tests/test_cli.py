"""The ``peninsula`` command end to end: listing and validating scenarios."""

from __future__ import annotations

import json

import yaml

from tests.conftest import run_cli


def test_help_lists_commands():
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("validate", "list", "game"):
        assert command in result.stdout


def test_list_shows_every_bundled_scenario():
    result = run_cli("list", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) >= 2
    assert {"id", "kind", "era", "title"} <= set(rows[0])


def test_list_filters_by_kind():
    rows = json.loads(run_cli("list", "--json", "--kind", "stage_game").stdout)
    assert rows and all(row["kind"] == "stage_game" for row in rows)
    assert json.loads(run_cli("list", "--json", "--kind", "nothing").stdout) == []


def test_list_table_in_chinese():
    result = run_cli("list", "--lang", "zh")
    assert result.returncode == 0
    assert any("\u4e00" <= ch <= "\u9fff" for ch in result.stdout)


def test_validate_ok(scenario_data, write_yaml):
    result = run_cli("validate", str(write_yaml(scenario_data)))
    assert result.returncode == 0
    assert "ok" in result.stdout


def test_validate_bad_files_exit_2_with_one_line_each(scenario_data, write_yaml, tmp_path):
    good = write_yaml(scenario_data, "good.yaml")
    scenario_data["parameters"]["T"] = -5000
    bad = write_yaml(scenario_data, "bad.yaml")
    bomb = write_yaml("a: &a [1, 2]\nb: [*a, *a]\n", "bomb.yaml")
    tagged = write_yaml("id: !!python/name:os.system\n", "tagged.yaml")
    huge = tmp_path / "huge.yaml"
    huge.write_bytes(b"# " + b"x" * (50 * 1024 * 1024))
    result = run_cli("validate", str(good), str(bad), str(bomb), str(tagged), str(huge))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 4, result.stderr
    assert "bad.yaml: parameters.T" in lines[0]
    assert "aliases" in lines[1]
    assert "python/name" in lines[2]
    assert "at most" in lines[3]


def test_validate_unknown_field(scenario_data, write_yaml):
    scenario_data["parameters"]["colour"] = "red"
    result = run_cli("validate", str(write_yaml(scenario_data)))
    assert result.returncode == 2
    assert "parameters.colour: unknown field" in result.stderr


def test_dumped_scenario_validates(scenario_data, write_yaml):
    path = write_yaml(yaml.safe_dump(scenario_data, allow_unicode=True))
    assert run_cli("validate", str(path)).returncode == 0


def test_messages_keep_square_brackets(write_yaml):
    """A pattern such as ``^[a-z][a-z0-9_]{2,63}$`` is printed as it is, not read as markup."""
    path = write_yaml({"id": "x", "kind": "repeated"})
    result = run_cli("validate", str(path))
    assert result.returncode == 2
    assert "[a-z]" in result.stderr
