"""The window at start builds what the first screen needs once, and the rest when first used.

Counted through seams (constructors, the packs' ``loaded``, child widgets), never timed;
what a patient sees after a lazy start is checked against a window given every language.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.content.model import Pack
from kiosk.core.pin import hash_pin
from kiosk.core.startup import LazyPacks, load_packs
from kiosk.ui.views import page_stack as page_stack_module
from tests.conftest import WindowMaker


def tile_words(window: Any) -> list[tuple[str, str]]:
    return [(tile.title_label.text(), tile.summary_label.text()) for tile in window.pages.home.tiles.values()]


def test_home_is_built_once_at_start(
    make_window: WindowMaker, bundled_packs: dict[str, Pack], monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[Pack] = []
    real = page_stack_module.HomePage

    def counted(pack: Pack, parent: QWidget | None = None) -> Any:
        built.append(pack)
        return real(pack, parent)

    monkeypatch.setattr(page_stack_module, "HomePage", counted)
    window = make_window(bundled_packs)
    assert [pack.language for pack in built] == ["en"]
    assert window.pages.indexOf(window.pages.home) == 0 and window.pages.count() == 1, "Home only"
    window.open_page("does-it-hurt")
    assert window.pages.count() == 2, "the page view, built when a page is first shown"
    window.set_language("es")
    assert [pack.language for pack in built] == ["en", "es"], "one Home per language chosen"
    assert window.pages.count() == 2, "the old Home is gone"


def test_spanish_is_read_when_a_patient_first_chooses_it(
    qtbot: QtBot, make_window: WindowMaker, content: Path, bundled_packs: dict[str, Pack]
) -> None:
    packs = load_packs(content, "en")
    assert isinstance(packs, LazyPacks)
    window = make_window(packs)
    assert packs.loaded == ("en",)
    assert window.bar.language_button.isVisible(), "Spanish is offered before it is read"
    qtbot.mouseClick(window.bar.language_button, Qt.MouseButton.LeftButton)
    assert window.session.language == "es" and packs.loaded == ("en", "es")
    full = make_window(bundled_packs)
    full.set_language("es")
    assert tile_words(window) == tile_words(full), "the same Spanish Home as a full load"
    window.open_page("does-it-hurt")
    full.open_page("does-it-hurt")
    assert window.pages.page_view.text.toHtml() == full.pages.page_view.text.toHtml()


def test_the_staff_charts_are_built_when_the_staff_screen_first_opens(
    make_window: WindowMaker, bundled_packs: dict[str, Pack]
) -> None:
    window = make_window(bundled_packs)
    assert window.door.staff().findChildren(QWidget, "StaffChart") == []
    window.open_staff_screen()
    assert len(window.door.staff().findChildren(QWidget, "StaffChart")) == 4
    assert window.door.staff().usage.views_chart.isVisible()


LAYERS = {"PinPad", "StaffScreen", "Attract", "StillReading"}


def test_a_new_window_builds_only_what_home_shows(
    make_window: WindowMaker, bundled_packs: dict[str, Pack]
) -> None:
    window = make_window(bundled_packs)
    names = {widget.objectName() for widget in window.findChildren(QWidget)}
    assert not names & LAYERS, "no layer is built before it is needed"
    assert window.pages.count() == 1, "no page view or walkthrough yet"
    assert window.open_layers() == [] and window.is_pristine()


@pytest.mark.parametrize("size", [(1080, 1920), (1280, 800)])
def test_a_layer_built_late_looks_as_one_built_at_start(
    make_window: WindowMaker, bundled_packs: dict[str, Pack], size: tuple[int, int]
) -> None:
    """Built after the patient chose the largest text, the PIN pad still fits the screen and
    has keys as big as a PIN pad made before the choice (then told of it) has."""
    pin = hash_pin("2468")
    late = make_window(bundled_packs, size=size, restyle=True, staff_pin_hash=pin)
    late.session.set_text_size("largest")
    late.open_staff_exit()
    early = make_window(bundled_packs, size=size, restyle=True, staff_pin_hash=pin)
    early.door.pin_pad().hide()
    early.session.set_text_size("largest")
    early.open_staff_exit()
    for window in (late, early):
        assert window.open_layers() == ["pin_pad"]
        card = window.door.pin_pad().card.geometry()
        assert window.rect().contains(card), "the card is on the screen"
    late_keys = [late.door.pin_pad().keys[k].size() for k in "123CK"]
    early_keys = [early.door.pin_pad().keys[k].size() for k in "123CK"]
    assert late_keys == early_keys
    assert late.door.pin_pad().card.width() == early.door.pin_pad().card.width()


LATER = ("markdown", "PySide6.QtTextToSpeech", "PySide6.QtCharts", "kiosk.ui.layers.pin_pad",
         "kiosk.ui.layers.attract", "kiosk.ui.layers.still_reading", "kiosk.ui.views.staff_screen",
         "kiosk.ui.views.page_view", "kiosk.ui.views.walkthrough")


def test_a_second_start_shows_home_without_markdown_speech_or_the_layers(tmp_path: Path) -> None:
    """The kiosk's own start, twice, in processes of their own: the second reads the content
    from the start cache and loads none of what Home does not show."""
    repo = Path(__file__).resolve().parents[2]
    code = ("import sys\n"
            "from kiosk.app import main\n"
            f"code = main(['snapshot', '--page', 'home', '--out', {str(tmp_path)!r}])\n"
            f"later = {LATER!r}\n"
            "print(code, sorted(m for m in sys.modules if m.split('.')[0] == 'markdown' or m in later))\n")
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=repo, env=env,
                           timeout=120) for _ in range(2)]
    first, second = (run.stdout.strip().splitlines()[-1] for run in runs)
    assert first.startswith("0 ") and "'markdown'" in first, "the first start renders the pages"
    assert second == "0 []", runs[1].stderr
    assert (tmp_path / "home.png").stat().st_size > 0


def test_home_is_drawn_in_the_kiosk_font_from_the_first_frame(
    make_window: WindowMaker, bundled_packs: dict[str, Pack]
) -> None:
    """The style (and with it Atkinson Hyperlegible) is on every word of Home before the
    window is first shown: a window styled only at its first show drew Home in the
    system font in `kiosk snapshot`, and the deploy tests' Home reference no longer matched."""
    window = make_window(bundled_packs, size=(1024, 768))
    home = window.pages.home
    labels = [home.title, home.welcome] + [t.title_label for t in home.tiles.values()]
    assert {label.fontInfo().family() for label in labels} == {"Atkinson Hyperlegible"}


@pytest.mark.parametrize(("size", "applies"), [((1920, 1080), 1), ((1280, 800), 2), ((1080, 1920), 2)])
def test_the_window_is_styled_once_for_each_size_it_starts_at(
    make_window: WindowMaker, bundled_packs: dict[str, Pack], monkeypatch: pytest.MonkeyPatch,
    size: tuple[int, int], applies: int,
) -> None:
    """Styled in its constructor for a full HD screen, the common case, and again only when its
    first size is another one; either way it is styled for the size it has."""
    from kiosk.ui import look

    styled: list[tuple[int, int]] = []
    real = look.Look.apply

    def counted(self: look.Look) -> None:
        real(self)
        styled.append((self.styled_for.width(), self.styled_for.height()))

    monkeypatch.setattr(look.Look, "apply", counted)
    window = make_window(bundled_packs, size=size)
    assert len(styled) == applies and styled[-1] == size
    assert window.bar.width() == size[0], "the bar spans the window"
