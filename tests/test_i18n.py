"""Every string the dashboard shows exists in English and Chinese."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from dashboard.i18n import CATALOG, tr
from sim.scenario import SCENARIO_KINDS

DASHBOARD = Path(__file__).resolve().parent.parent / "dashboard"
CJK = re.compile(r"[\u4e00-\u9fff]")


def literal_keys() -> set[tuple[str, str]]:
    """(file, key) for every t("...") / tr("...") call with a literal key in the dashboard."""
    found = set()
    for path in DASHBOARD.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in {"t", "tr"} and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.add((str(path.relative_to(DASHBOARD)), node.args[0].value))
    return found


def test_catalog_is_not_empty():
    assert len(CATALOG) > 20


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_every_entry_has_both_languages(key):
    english, chinese = CATALOG[key]
    assert english.strip(), f"{key} has no English"
    assert chinese.strip(), f"{key} has no Chinese"
    if CJK.search(english) is None and len(english) > 3 and key != "sidebar.language":
        assert CJK.search(chinese), f"{key}: the Chinese text looks untranslated: {chinese!r}"


@pytest.mark.parametrize("where,key", sorted(literal_keys()))
def test_every_key_used_is_translated(where, key):
    assert key in CATALOG, f"{where} uses {key!r}, which has no translation"


def test_format_fields_agree_between_languages():
    for key, (english, chinese) in CATALOG.items():
        fields = set(re.findall(r"{(\w+)", english))
        assert fields == set(re.findall(r"{(\w+)", chinese)), key


def test_every_model_kind_and_party_has_a_name():
    for model in SCENARIO_KINDS:
        kind = model.model_fields["kind"].annotation.__args__[0]
        assert f"kind.{kind}" in CATALOG
    for party in ("US", "KP", "KR", "CN", "JP", "RU"):
        assert tr(f"party.{party}", "zh") != tr(f"party.{party}", "en")


def test_unknown_key_is_an_error():
    with pytest.raises(KeyError):
        tr("no.such.key", "en")
