"""A real browser (Playwright driving Debian's Chromium) uses the running dashboard.

* every page of ``dashboard/app.py``'s ``PAGES``, in English and Chinese, gets one real
  interaction (a slider moved with the keyboard, an option picked, a button pressed) and
  must show something different afterwards, draw its charts and show no exception; a
  screenshot of each is saved (and, with ``PENINSULA_GUIDE_SHOTS=<folder>``, a JPEG for the
  classroom guide: ``make guide-shots``);
* no chart's left or right margin had to be widened by Plotly after its first drawing
  pass (the margins are reserved on the server, :mod:`dashboard.figures.margins`);
* the teacher view (``?teacher=1``) folds the controls away and draws taller charts;
* hostile uploads on "Run a scenario" are refused with the one-line messages of
  ``peninsula validate``, and the app keeps working afterwards;
* a page's address, opened in a fresh browser session, shows the same numbers.

Widgets are found by their keys (:mod:`tests.browser_support`). Skipped with a reason where
Chromium or Playwright is missing — except under ``CI=true``, where a skipped browser test
would hide a broken dashboard, so it fails instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from dashboard.i18n import tr
from sim.errors import InputError
from sim.io import parse_scenario_bytes
from tests.browser_support import (
    CHART,
    ERROR_BOX,
    EXCEPTION,
    REPO,
    TIMEOUT,
    BrowserUnavailable,
    RunTracker,
    choose_option,
    choose_radio,
    click_button,
    fingerprint,
    full_page_screenshot,
    guide_screenshot,
    key_selector,
    open_page,
    page_paths,
    page_url,
    press_slider,
    running_dashboard,
    slider_thumb,
    slider_value,
    table_rows,
    unavailable,
)

SHOTS = REPO / "artifacts" / "screenshots"
CJK = re.compile(r"[\u4e00-\u9fff]")

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server():
    """A running dashboard on a free port, stopped by its own PID afterwards."""
    try:
        with running_dashboard() as base:
            yield base
    except BrowserUnavailable as exc:
        unavailable(str(exc))
    except RuntimeError as exc:
        pytest.fail(str(exc))


def assert_no_exception(page: Any) -> None:
    boxes = page.locator(EXCEPTION)
    assert boxes.count() == 0, boxes.first.inner_text()


def assert_no_error(page: Any) -> None:
    boxes = page.locator(ERROR_BOX)
    assert boxes.count() == 0, "unexpected error box: " + boxes.first.inner_text()


# -- one interaction per page ----------------------------------------------------------------


@dataclass(frozen=True)
class Interaction:
    """What to do on a page, and what must look different afterwards.

    ``act`` performs the interaction and returns a description of it for messages;
    ``changes`` names the parts of :func:`tests.browser_support.fingerprint` that must
    differ; ``charts`` says whether the page draws charts after the interaction.
    """

    act: Callable[[Any], str]
    changes: tuple[str, ...]
    charts: bool = True


def slide(key: str, keys: str = "ArrowRight") -> Callable[[Any], str]:
    def act(page: Any) -> str:
        before, after = press_slider(page, key_selector(key), keys)
        assert before != after, f"slider {key} did not move from {before}"
        return f"slider {key}: {before} -> {after}"
    return act


def pick(key: str) -> Callable[[Any], str]:
    return lambda page: f"select box {key}: {choose_option(page, key)!r}"


def radio(key: str) -> Callable[[Any], str]:
    return lambda page: f"radio {key}: {choose_radio(page, key)!r}"


def press(key: str) -> Callable[[Any], str]:
    def act(page: Any) -> str:
        click_button(page, key)
        return f"button {key}"
    return act


def compute_sensitivity(page: Any) -> str:
    """Make sure two parameters are chosen, then press compute."""
    chips = page.locator(f'{key_selector("sa_params")} [data-tag]')
    for _ in range(2 - chips.count()):
        choose_option(page, "sa_params")
        page.keyboard.press("Escape")
    assert chips.count() >= 2, f"only {chips.all_inner_texts()} chosen"
    chosen = chips.all_inner_texts()
    click_button(page, "sa_compute")
    return f"compute with {chosen}"


INTERACTIONS: dict[str, Interaction] = {
    "home": Interaction(pick("home_pick"), ("text",), charts=False),
    "stage-game": Interaction(radio("sg_classic"), ("charts", "tables")),
    "trust-cycle": Interaction(slide("tc_noise"), ("charts", "tables")),
    "who-moves-first": Interaction(slide("wmf_trust", "End"), ("charts",)),
    "six-parties": Interaction(slide("sp_trust"), ("charts",)),
    "history": Interaction(pick("hi_series"), ("charts",)),
    "run": Interaction(slide("rs_p.noise"), ("charts", "tables")),
    "compare": Interaction(pick("cmp_outcome"), ("charts",)),
    "sensitivity": Interaction(compute_sensitivity, ("charts", "tables")),
    "play": Interaction(press("ps_cooperate"), ("metrics",)),
    "play-party": Interaction(press("pp_play"), ("metrics", "charts")),
}


def test_every_page_has_an_interaction():
    assert sorted(INTERACTIONS) == sorted(page_paths())


def save_screenshots(page: Any, name: str) -> None:
    full_page_screenshot(page, SHOTS / f"{name}.png")
    guide = guide_screenshot(page, name)
    if guide is not None:
        assert guide.stat().st_size > 10_000, f"{guide} looks empty"


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("path", page_paths())
def test_every_page_responds_to_an_interaction(server, browser, path, lang):
    interaction = INTERACTIONS.get(path)
    assert interaction is not None, f"no interaction defined for page {path!r}"
    page, tracker = open_page(browser, page_url(server, path, f"lang={lang}"))
    try:
        address = page.url.split("?")[0]
        # The home page is the default page: its address is the app's root.
        assert address.endswith(f"/{path}") or (path == "home" and address == f"{server}/")
        assert_no_exception(page)
        assert page.get_by_role("dialog").count() == 0, page.get_by_role("dialog").first.inner_text()
        heading = page.locator('[data-testid="stMain"] h1').first.inner_text()
        if lang == "zh":
            assert "简体中文" in page.inner_text('[data-testid="stSidebar"]')
            assert CJK.search(heading), f"title {heading!r} is not in Chinese"
        before = fingerprint(page)
        runs = tracker.finished
        done = interaction.act(page)
        tracker.wait_idle(after=runs)
        assert_no_exception(page)
        assert_no_error(page)
        if interaction.charts:
            page.wait_for_selector(CHART, timeout=TIMEOUT)
        after = fingerprint(page)
        unchanged = [part for part in interaction.changes if before[part] == after[part]]
        assert not unchanged, f"{done}: the page's {unchanged} did not change"
        assert not widened_margins(page), f"{path}: {widened_margins(page)}"
        save_screenshots(page, f"{path}-{lang}")
    finally:
        page.close()


#: Per chart on the page: its title and how many pixels Plotly had to add to the left and
#: right margins it was given (``dashboard.figures.margins`` reserves them in advance).
WIDENED = """() => [...document.querySelectorAll('.js-plotly-plot')].map(gd => {
  const layout = gd._fullLayout;
  return [layout.title.text, layout._size.l - layout.margin.l, layout._size.r - layout.margin.r];
})"""


def widened_margins(page: Any) -> list[str]:
    """Charts whose left or right margin Plotly widened, drawing them a second time."""
    return [f"{title!r} needed {left} px more on the left, {right} px on the right"
            for title, left, right in page.evaluate(WIDENED) if left > 0 or right > 0]


# -- the teacher view ------------------------------------------------------------------------


def chart_height(page: Any, key: str) -> float:
    box = page.locator(f"{key_selector(key)} .js-plotly-plot").first.bounding_box()
    assert box is not None, f"chart {key} is not on screen"
    return float(box["height"])


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_teacher_view_folds_controls_and_enlarges_charts(server, browser, lang):
    plain, _ = open_page(browser, f"{server}/trust-cycle?lang={lang}")
    try:
        plain.wait_for_selector(CHART, timeout=TIMEOUT)
        assert plain.locator(key_selector("tc_noise")).is_visible()
        normal = chart_height(plain, "tc_fig_coop_trust")
    finally:
        plain.close()
    page, tracker = open_page(browser, f"{server}/trust-cycle?lang={lang}&teacher=1")
    try:
        page.wait_for_selector(CHART, timeout=TIMEOUT)
        assert_no_exception(page)
        assert not widened_margins(page), widened_margins(page)  # at projector font sizes too
        label = tr("teacher.controls", lang)
        folded = page.locator('[data-testid="stExpander"]').filter(
            has=page.locator("summary", has_text=label))
        assert folded.count() == 1, f"no expander labelled {label!r}"
        slider = page.locator(key_selector("tc_noise"))
        assert slider.count() == 1 and not slider.is_visible()
        assert chart_height(page, "tc_fig_coop_trust") > 1.15 * normal
        folded.locator("summary").first.click()
        slider.wait_for(state="visible", timeout=TIMEOUT)
        runs = tracker.finished
        before, after = press_slider(page, key_selector("tc_noise"))
        assert before != after
        tracker.wait_idle(after=runs)
        assert_no_exception(page)
        assert "teacher=1" in page.url
    finally:
        page.close()


# -- hostile uploads -------------------------------------------------------------------------


def alias_bomb() -> str:
    """The "billion laughs": nine levels of nine aliases each (9**9 strings if expanded)."""
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for parent, child in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{child}: &{child} [" + ", ".join([f"*{parent}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def hostile_files(folder: Path) -> list[Path]:
    files = {
        "alias_bomb.yaml": alias_bomb(),
        "python_tag.yaml": 'id: evil\nkind: !!python/object/apply:os.system ["echo hi"]\n',
        "wrong_types.yaml": re.sub(r"(?m)^  rounds: \d+$", '  rounds: "many"',
                                   (REPO / "scenarios" / "echo_effect.yaml").read_text("utf-8")),
    }
    assert 'rounds: "many"' in files["wrong_types.yaml"]
    paths = []
    for name, text in files.items():
        paths.append(folder / name)
        paths[-1].write_text(text, encoding="utf-8")
    big = folder / "fifty_megabytes.yaml"
    with big.open("wb") as handle:
        line = b"# " + b"x" * 1021 + b"\n"
        for _ in range(50 * 1024):
            handle.write(line)
    assert big.stat().st_size == 50 * 1024 * 1024
    return [paths[0], big, paths[1], paths[2]]


def validate_message(path: Path) -> str:
    """What ``peninsula validate`` says about an uploaded file (its name as the source)."""
    with pytest.raises(InputError) as refused:
        parse_scenario_bytes(path.read_bytes(), source=path.name)
    return str(refused.value)


def clear_uploads(page: Any, tracker: RunTracker) -> None:
    """Remove every file from the uploader: one the server holds reruns the page, one the
    browser refused (an error chip) just disappears."""
    selector = f'{key_selector("rs_upload")} [data-testid="stFileChip"]'
    chips = page.locator(selector)
    while (count := chips.count()):
        chip = chips.first
        refused = chip.locator('[data-testid="stFileChipIconError"]').count() > 0
        runs = tracker.finished
        chip.locator('[data-testid="stFileChipDeleteBtn"]').click()
        if refused:
            page.wait_for_function("([sel, n]) => document.querySelectorAll(sel).length < n",
                                   arg=[selector, count], timeout=TIMEOUT)
            tracker.wait_idle()
        else:
            tracker.wait_idle(after=runs)


def upload(page: Any, path: Path) -> None:
    page.locator(f'{key_selector("rs_upload")} input[type="file"]').set_input_files(str(path))


def test_hostile_uploads_are_refused_and_the_app_keeps_working(server, browser, tmp_path):
    page, tracker = open_page(browser, f"{server}/run")
    try:
        page.wait_for_selector(CHART, timeout=TIMEOUT)
        runs = tracker.finished
        choose_radio(page, "rs_source", tr("exp.source.upload", "en"))
        tracker.wait_idle(after=runs)
        errors = page.locator(ERROR_BOX)
        uploader = page.locator(key_selector("rs_upload"))
        for path in hostile_files(tmp_path):
            clear_uploads(page, tracker)
            assert errors.count() == 0
            runs = tracker.finished
            upload(page, path)
            if path.stat().st_size > 1024 * 1024:
                # Streamlit refuses it in the browser (maxUploadSize = 1 MB) before it is
                # sent; were it sent, the page would show our own size message.
                refusal = uploader.get_by_text("File must be 1.0MB or smaller")
                ours = errors.filter(has_text="scenario files may be at most")
                refusal.or_(ours).first.wait_for(state="visible", timeout=TIMEOUT)
            else:
                message = validate_message(path)
                errors.filter(has_text=message).first.wait_for(state="visible", timeout=TIMEOUT)
                tracker.wait_idle(after=runs)
                assert errors.count() == 1
            assert_no_exception(page)
            assert page.locator(CHART).count() == 0
        clear_uploads(page, tracker)
        runs = tracker.finished
        upload(page, REPO / "scenarios" / "echo_effect.yaml")
        page.wait_for_selector(CHART, timeout=TIMEOUT)
        tracker.wait_idle(after=runs)
        assert errors.count() == 0
        assert_no_exception(page)
        assert page.locator(f'{key_selector("rs_fig_distribution")} .main-svg').count() >= 1
        runs = tracker.finished
        page.locator('[data-testid="stSidebarNav"] a[href$="/trust-cycle"]').click()
        page.wait_for_url(re.compile(r"/trust-cycle"), timeout=TIMEOUT)
        tracker.wait_idle(after=runs)
        page.wait_for_selector(f"{key_selector('tc_fig_coop_trust')} .main-svg", timeout=TIMEOUT)
        assert page.locator('[data-testid="stMain"] h1').first.inner_text() \
            == tr("trust_cycle.title", "en")
        assert_no_exception(page)
    finally:
        page.close()


# -- a shared link in a fresh session --------------------------------------------------------


def summary_selector(lang: str) -> str:
    """The trust-cycle summary: the first table after its heading (a static table has no key)."""
    heading = tr("trust_cycle.summary", lang)
    return (f'xpath=//*[@data-testid="stHeading"][normalize-space()="{heading}"]'
            '/following::*[@data-testid="stTable"][1]')


def test_shared_link_reopens_the_same_numbers(server, browser):
    page, tracker = open_page(browser, f"{server}/trust-cycle")
    try:
        default = table_rows(page, summary_selector("en"))
        runs = tracker.finished
        before, after = press_slider(page, key_selector("tc_noise"))
        assert before != after
        tracker.wait_idle(after=runs)
        assert slider_value(slider_thumb(page, key_selector("tc_noise"))) == after
        page.wait_for_function("value => new URLSearchParams(location.search).get('noise') == value",
                               arg=after, timeout=TIMEOUT)
        changed = table_rows(page, summary_selector("en"))
        link = page.url
    finally:
        page.close()
    assert changed != default, "moving the noise slider did not change the summary"
    context = browser.new_context()
    try:
        fresh, _ = open_page(context, link)
        assert slider_value(slider_thumb(fresh, key_selector("tc_noise"))) == after
        assert table_rows(fresh, summary_selector("en")) == changed
        assert_no_exception(fresh)
    finally:
        context.close()
