"""The window at start builds what the first screen needs once, and the rest when first used.

Counted through seams (constructors, the packs' ``loaded``, child widgets), never timed;
what a patient sees after a lazy start is checked against a window given every language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.content.model import Pack
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
    assert window.pages.indexOf(window.pages.home) == 0 and window.pages.count() == 3
    window.set_language("es")
    assert [pack.language for pack in built] == ["en", "es"], "one Home per language chosen"
    assert window.pages.count() == 3, "the old Home is gone"


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
    assert window.staff.findChildren(QWidget, "StaffChart") == []
    window.open_staff_screen()
    assert len(window.staff.findChildren(QWidget, "StaffChart")) == 4
    assert window.staff.usage.views_chart.isVisible()
