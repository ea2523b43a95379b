"""Scenario files: reading them safely and explaining what is wrong with them.

Part of ``sim.io``, the only package of ``sim`` (with ``sim.cli``) that touches files.

Safety, in the order the checks run:

1. **Size.** A file over :data:`MAX_SCENARIO_BYTES` is refused before it is read whole.
2. **Encoding.** UTF-8 only.
3. **YAML.** Parsed with a loader derived from ``yaml.SafeLoader`` (no Python tags, no
   arbitrary objects) that also refuses aliases — scenario files never need them, and an
   alias bomb ("billion laughs") is made of nothing else — and caps the node count.
4. **Schema.** The mapping is validated by :func:`sim.scenario.parse_scenario`; the first
   error becomes one line naming the file, the field path, the bad value and what is
   allowed.
"""

from __future__ import annotations

import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from sim.errors import InputError
from sim.scenario import ScenarioBase, parse_scenario

__all__ = [
    "MAX_SCENARIO_BYTES",
    "SCENARIO_DIR",
    "bundled_scenarios",
    "dump_scenario",
    "find_scenario",
    "load_scenario",
    "parse_scenario_text",
]

MAX_SCENARIO_BYTES = 256 * 1024
MAX_YAML_NODES = 20_000

#: Bundled scenarios live beside the package in a source checkout.
SCENARIO_DIR = Path(__file__).resolve().parents[2] / "scenarios"


class _StrictSafeLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases and very large documents."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._nodes = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise _YamlRefused(
                f"line {event.start_mark.line + 1}: YAML aliases (*{event.anchor}) are not "
                "allowed in scenario files; write the value out"
            )
        self._nodes += 1
        if self._nodes > MAX_YAML_NODES:
            raise _YamlRefused(f"more than {MAX_YAML_NODES} YAML nodes; a scenario is smaller")
        return super().compose_node(parent, index)


class _YamlRefused(Exception):
    pass


def load_scenario(path: str | Path) -> ScenarioBase:
    """Read, parse and validate one scenario file.

    Raises :class:`~sim.errors.InputError` with a one-line message on any problem.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_SCENARIO_BYTES:
            raise InputError(
                f"{path}: file is {size:,} bytes; scenario files may be at most "
                f"{MAX_SCENARIO_BYTES:,} bytes"
            )
        with path.open("rb") as handle:
            raw = handle.read(MAX_SCENARIO_BYTES + 1)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a scenario file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    return parse_scenario_bytes(raw, source=str(path))


def parse_scenario_bytes(raw: bytes, source: str) -> ScenarioBase:
    """Validate scenario YAML given as bytes (an upload); ``source`` names it in errors."""
    if len(raw) > MAX_SCENARIO_BYTES:
        raise InputError(
            f"{source}: more than {MAX_SCENARIO_BYTES:,} bytes; scenario files may be at most "
            f"{MAX_SCENARIO_BYTES:,} bytes"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    return parse_scenario_text(text, source)


def parse_scenario_text(text: str, source: str = "<scenario>") -> ScenarioBase:
    """Validate scenario YAML given as text; ``source`` names it in error messages."""
    if len(text.encode("utf-8")) > MAX_SCENARIO_BYTES:
        raise InputError(f"{source}: scenario files may be at most {MAX_SCENARIO_BYTES:,} bytes")
    data = _safe_yaml(text, source)
    if not isinstance(data, dict):
        raise InputError(
            f"{source}: the top level must be a mapping of fields (id, kind, title, ...), "
            f"got {type(data).__name__}"
        )
    try:
        return parse_scenario(data)
    except ValidationError as exc:
        raise InputError(f"{source}: {describe_validation_error(exc, data)}") from None


def _safe_yaml(text: str, source: str) -> Any:
    loader = _StrictSafeLoader(text)
    try:
        return loader.get_single_data()
    except _YamlRefused as exc:
        raise InputError(f"{source}: {exc}") from None
    except yaml.constructor.ConstructorError as exc:
        where = f"line {exc.problem_mark.line + 1}: " if exc.problem_mark else ""
        raise InputError(
            f"{source}: {where}{exc.problem}; only plain YAML (mappings, lists, strings, "
            "numbers, booleans) is allowed"
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"{source}: {where}not valid YAML ({problem})") from None
    finally:
        loader.dispose()


def describe_validation_error(exc: ValidationError, data: Any = None) -> str:
    """One line for the first error of a pydantic validation: path, value, what is allowed."""
    errors = exc.errors(include_url=False)
    first = errors[0]
    path = ".".join(str(part) for part in _data_path(first["loc"], data)) or "(top level)"
    message = first["msg"]
    kind = first["type"]
    if kind == "extra_forbidden":
        allowed = _allowed_fields(exc, first["loc"], data)
        message = "unknown field" + (f"; allowed fields: {allowed}" if allowed else "")
    elif kind == "missing":
        message = "required field is missing"
    elif kind == "union_tag_invalid":
        message = message.replace("Input tag", "value").replace("does not match", "is not one of")
    value = first.get("input")
    shown = "" if kind == "missing" else f" (got {_short(value)})"
    more = f" [and {len(errors) - 1} more problem(s)]" if len(errors) > 1 else ""
    return f"{path}: {message}{shown}{more}"


def _data_path(loc: tuple[Any, ...], data: Any) -> list[Any]:
    """The parts of a pydantic error location that address the input data.

    Discriminated unions insert their tag (``stage_game``, ``classic``) into the location;
    a user thinks in the file's own keys, so parts that are not keys there are dropped.
    """
    kept: list[Any] = []
    current = data
    for position, part in enumerate(loc):
        in_dict = isinstance(current, dict) and part in current
        in_list = isinstance(current, list) and isinstance(part, int) and part < len(current)
        if in_dict or in_list:
            current = current[part]
        elif position != len(loc) - 1:
            continue
        kept.append(part)
    return kept


def _allowed_fields(exc: ValidationError, loc: tuple[Any, ...], data: Any = None) -> str:
    """Names of the fields allowed where an unknown field was found, if they can be found."""
    del exc
    model = _model_at(_data_path(loc, data)[:-1], data)
    return ", ".join(sorted(model.model_fields)) if model is not None else ""


def _model_at(path: list[Any], data: Any) -> type[BaseModel] | None:
    """The pydantic model that validates the mapping at ``path`` of a scenario's data."""
    from sim.scenario import SCENARIO_KINDS

    if not isinstance(data, dict):
        return None
    model: type[BaseModel] | None = _pick_model(list(SCENARIO_KINDS), data)
    current: Any = data
    for part in path:
        if model is None or not isinstance(current, dict | list):
            return None
        if isinstance(current, list):
            current = current[part]
            continue
        field = model.model_fields.get(part)
        if field is None:
            return None
        current = current.get(part)
        model = _pick_model(_models_in(field.annotation), current)
    return model


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    """Every pydantic model mentioned in a type annotation (unions, tuples, Annotated)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    found: list[type[BaseModel]] = []
    for arg in typing.get_args(annotation):
        found.extend(_models_in(arg))
    return found


def _pick_model(candidates: list[type[BaseModel]], value: Any) -> type[BaseModel] | None:
    """The candidate whose literal tag fields match ``value`` (or the only candidate)."""
    if len(candidates) <= 1 or not isinstance(value, dict):
        return candidates[0] if len(candidates) == 1 else None
    for model in candidates:
        tags = {
            name: typing.get_args(f.annotation)
            for name, f in model.model_fields.items()
            if typing.get_origin(f.annotation) is typing.Literal
        }
        if tags and all(value.get(name) in allowed for name, allowed in tags.items()):
            return model
    return None


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def dump_scenario(scenario: ScenarioBase) -> str:
    """The scenario as YAML text that :func:`parse_scenario_text` reads back unchanged."""
    data = scenario.model_dump(mode="json", exclude_defaults=False)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def bundled_scenarios(directory: Path | None = None) -> Iterator[tuple[Path, ScenarioBase]]:
    """Every scenario file of the bundled library, sorted by file name."""
    root = directory or SCENARIO_DIR
    for path in sorted(root.glob("*.yaml")):
        yield path, load_scenario(path)


def find_scenario(name: str, directory: Path | None = None) -> Path:
    """Resolve a scenario given as a path or as the id of a bundled scenario."""
    candidate = Path(name)
    if candidate.exists() or candidate.suffix in {".yaml", ".yml"}:
        return candidate
    root = directory or SCENARIO_DIR
    path = root / f"{name}.yaml"
    if path.exists():
        return path
    known = sorted(p.stem for p in root.glob("*.yaml"))
    raise InputError(f"no scenario file or bundled scenario {name!r}; bundled: {', '.join(known)}")
