"""The architecture's boundaries, checked by parsing imports and calls."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SIM = Path(__file__).resolve().parent.parent / "sim"
UI_MODULES = {"streamlit", "plotly", "dashboard"}
SHELL_MODULES = {"typer", "rich", "click"}
# Modules allowed to touch files or talk to a terminal.
SHELL_FILES: set[str] = set()
SHELL_DIRS = {"cli", "data", "io"}


def sim_files() -> list[Path]:
    return sorted(SIM.rglob("*.py"))


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def is_shell(path: Path) -> bool:
    relative = path.relative_to(SIM)
    return (relative.name in SHELL_FILES and len(relative.parts) == 1) or relative.parts[0] in SHELL_DIRS


@pytest.mark.parametrize("path", sim_files(), ids=lambda p: str(p.relative_to(SIM)))
def test_sim_never_imports_the_ui(path: Path):
    assert not imported_roots(path) & UI_MODULES


@pytest.mark.parametrize("path", sim_files(), ids=lambda p: str(p.relative_to(SIM)))
def test_only_the_shell_imports_cli_libraries(path: Path):
    if not is_shell(path):
        assert not imported_roots(path) & SHELL_MODULES


@pytest.mark.parametrize("path", sim_files(), ids=lambda p: str(p.relative_to(SIM)))
def test_only_the_shell_touches_files(path: Path):
    if is_shell(path):
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            assert name not in {"open", "read_text", "write_text", "read_bytes", "write_bytes",
                                "read_csv", "to_csv", "to_parquet"}, f"{path}: {name}()"


@pytest.mark.parametrize("path", sim_files(), ids=lambda p: str(p.relative_to(SIM)))
def test_no_global_random_state(path: Path):
    text = path.read_text(encoding="utf-8")
    for banned in ("np.random.seed(", "np.random.rand(", "np.random.random(", "np.random.randint(",
                   "np.random.choice(", "np.random.normal(", "np.random.uniform(", "import random\n"):
        assert banned not in text, f"{path} uses global random state: {banned}"


def test_the_check_sees_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import plotly.express as px\nfrom streamlit import write\n")
    assert imported_roots(bad) == {"plotly", "streamlit"}
