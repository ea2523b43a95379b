"""Scenario files: valid ones load, bad and hostile ones get one clear line."""

from __future__ import annotations

import pytest

from sim.errors import InputError
from sim.io import (
    MAX_SCENARIO_BYTES,
    dump_scenario,
    load_scenario,
    parse_scenario_bytes,
    parse_scenario_text,
)


def one_line_error(path) -> str:
    with pytest.raises(InputError) as info:
        load_scenario(path)
    message = str(info.value)
    assert "\n" not in message
    assert "Traceback" not in message
    return message


def test_minimal_scenario_loads(scenario_data, write_yaml):
    scenario = load_scenario(write_yaml(scenario_data))
    assert scenario.id == "minimal_chicken"
    assert scenario.kind == "stage_game"
    assert scenario.title.get("zh") == "最简懦夫博弈"
    assert scenario.title.get("fr") == "Minimal chicken"


def test_scenario_is_frozen(scenario_data, write_yaml):
    scenario = load_scenario(write_yaml(scenario_data))
    with pytest.raises(Exception, match="frozen"):
        scenario.era = "2017"  # type: ignore[misc]


def test_dump_round_trips(scenario_data, write_yaml):
    scenario = load_scenario(write_yaml(scenario_data))
    again = parse_scenario_text(dump_scenario(scenario), "again.yaml")
    assert again == scenario


def test_wrong_type_names_file_path_and_value(scenario_data, write_yaml):
    scenario_data["parameters"]["T"] = "lots"
    path = write_yaml(scenario_data)
    message = one_line_error(path)
    assert str(path) in message
    assert "parameters.T" in message
    assert "'lots'" in message
    assert "number" in message


def test_out_of_range_value_says_what_is_allowed(scenario_data, write_yaml):
    scenario_data["parameters"]["R"] = 5000
    message = one_line_error(write_yaml(scenario_data))
    assert "parameters.R" in message
    assert "5000" in message
    assert "less than or equal to 1000" in message


def test_unknown_field_lists_allowed_fields(scenario_data, write_yaml):
    scenario_data["colour"] = "red"
    message = one_line_error(write_yaml(scenario_data))
    assert "colour" in message
    assert "unknown field" in message
    assert "teaching_notes" in message


def test_unknown_kind_lists_kinds(scenario_data, write_yaml):
    scenario_data["kind"] = "poker"
    message = one_line_error(write_yaml(scenario_data))
    assert "'poker'" in message
    assert "stage_game" in message


def test_missing_field_is_named(scenario_data, write_yaml):
    del scenario_data["teaching_notes"]
    message = one_line_error(write_yaml(scenario_data))
    assert "teaching_notes" in message
    assert "missing" in message


def test_missing_chinese_is_an_error(scenario_data, write_yaml):
    del scenario_data["title"]["zh"]
    assert "title.zh" in one_line_error(write_yaml(scenario_data))


def test_bad_id_pattern(scenario_data, write_yaml):
    scenario_data["id"] = "Bad Id!"
    assert "id" in one_line_error(write_yaml(scenario_data))


def test_alias_bomb_is_refused(write_yaml):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    message = one_line_error(write_yaml("\n".join(lines)))
    assert "aliases" in message


def test_python_tag_is_refused(write_yaml):
    path = write_yaml("id: !!python/object/apply:os.system ['echo pwned']\n")
    message = one_line_error(path)
    assert "python/object" in message
    assert "only plain YAML" in message


def test_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    message = one_line_error(path)
    assert "52,428,800 bytes" in message
    assert f"{MAX_SCENARIO_BYTES:,}" in message


def test_oversized_upload_is_refused():
    with pytest.raises(InputError, match="at most"):
        parse_scenario_bytes(b"x" * (MAX_SCENARIO_BYTES + 1), "upload.yaml")


def test_binary_upload_is_refused():
    with pytest.raises(InputError, match="not UTF-8"):
        parse_scenario_bytes(b"\xff\xfe\x00garbage", "upload.yaml")


def test_top_level_list_is_refused(write_yaml):
    assert "mapping" in one_line_error(write_yaml("- 1\n- 2\n"))


def test_broken_yaml_gives_line(write_yaml):
    message = one_line_error(write_yaml("id: [unclosed\nkind: x\n"))
    assert "not valid YAML" in message
    assert "line" in message


def test_missing_file(tmp_path):
    assert "no such file" in one_line_error(tmp_path / "nope.yaml")


def test_directory_is_not_a_file(tmp_path):
    assert "directory" in one_line_error(tmp_path)


def test_unknown_nested_field_lists_the_nested_model_fields(scenario_data, write_yaml):
    scenario_data["parameters"]["Temptation"] = 4
    message = one_line_error(write_yaml(scenario_data))
    assert "parameters.Temptation" in message
    assert "allowed fields: P, R, S, T, game, name, players" in message
