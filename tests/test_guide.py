"""The classroom guide: its numbers are what its commands give, its pictures and scenarios exist."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
GUIDE = DOCS / "classroom.md"


def lessons_module():
    spec = importlib.util.spec_from_file_location("peninsula_lessons", DOCS / "lessons.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def test_lesson_tables_are_what_the_commands_give():
    text = GUIDE.read_text(encoding="utf-8")
    assert lessons_module().rewrite(text) == text, "rerun: python docs/lessons.py --write"


def test_every_picture_in_the_guide_exists():
    text = GUIDE.read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert len(pictures) >= 10
    missing = [p for p in pictures if not (DOCS / p).is_file()]
    assert not missing, f"missing screenshots (make guide-shots): {missing}"


def test_every_scenario_the_guide_names_is_bundled():
    bundled = {p.stem for p in (DOCS.parent / "scenarios").glob("*.yaml")}
    lines = [block for block in GUIDE.read_text(encoding="utf-8").split("\n\n")
             if block.startswith("**Scenarios.**")]
    assert len(lines) == 3
    named = {name for line in lines for name in re.findall(r"`([a-z0-9_]+)`", line)}
    assert len(named) >= 9
    assert named <= bundled, named - bundled
