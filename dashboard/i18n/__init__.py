"""English and Simplified Chinese for every string the dashboard shows.

Strings live in catalog modules beside this file (``strings_<topic>.py``), each defining
``STRINGS: dict[str, tuple[str, str]]`` mapping a key to its (English, Chinese) text; all
catalogs are merged at import and a key defined twice is an error. Texts may contain
``str.format`` fields, filled from keyword arguments.

Two ways to translate:

* :func:`tr` is pure — key, language, fields — for figure factories and tests;
* :func:`t` reads the language chosen in the sidebar from ``st.session_state``.

``tests/test_i18n.py`` fails when a key used in ``dashboard/`` has no catalog entry, or when
an entry lacks either language.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any, Literal

Lang = Literal["en", "zh"]
LANGS: tuple[Lang, ...] = ("en", "zh")
LANG_NAMES: dict[str, str] = {"en": "English", "zh": "简体中文"}
LANG_KEY = "lang"


def _load_catalog() -> dict[str, tuple[str, str]]:
    catalog: dict[str, tuple[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not info.name.startswith("strings_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for key, texts in module.STRINGS.items():
            if key in catalog:
                raise RuntimeError(f"i18n key {key!r} defined twice (again in {info.name})")
            catalog[key] = texts
    return catalog


CATALOG: dict[str, tuple[str, str]] = _load_catalog()


def tr(key: str, lang: str, **fields: Any) -> str:
    """The text of ``key`` in ``lang`` with ``fields`` filled in.

    An unknown key raises ``KeyError``: a missing translation is a bug caught by tests.
    """
    english, chinese = CATALOG[key]
    text = chinese if lang == "zh" else english
    return text.format(**fields) if fields else text


def current_lang() -> Lang:
    """The language chosen in the sidebar (English until one is chosen)."""
    import streamlit as st

    lang = st.session_state.get(LANG_KEY, "en")
    return "zh" if lang == "zh" else "en"


def t(key: str, **fields: Any) -> str:
    """The text of ``key`` in the current sidebar language."""
    return tr(key, current_lang(), **fields)
