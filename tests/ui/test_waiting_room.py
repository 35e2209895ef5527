"""Waiting-room behaviour in the live window, with a clock the test moves forward."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.content.loader import load_pack
from kiosk.content.model import Pack
from kiosk.core.config import Config
from kiosk.core.pin import hash_pin
from kiosk.ui.window import KioskWindow
from tests.conftest import FakeClock, PackWriter, WindowMaker, time_passes


@pytest.fixture
def packs(make_pack: PackWriter, assets: Path) -> dict[str, Pack]:
    root = make_pack()
    make_pack(language="es")
    return {lang: load_pack(root / lang, lang, assets).pack for lang in ("en", "es")}


CONFIG = Config(idle_timeout_s=5, idle_warning_s=5, attract_after_s=10, speech_engine="mock")


def test_still_reading_appears_counts_down_and_resets_everything(
    qtbot: QtBot, packs: dict[str, Pack], make_window: WindowMaker, clock: FakeClock
) -> None:
    window = make_window(packs, CONFIG, kiosk_mode=True, filters=True)
    window.open_page("what")
    window.open_page("walkthrough")
    window.session.navigator.next()
    window.pages.walkthrough.card.text.verticalScrollBar().setValue(50)
    window.session.set_text_size("largest")
    window.session.set_theme("high-contrast")
    time_passes(window, clock, 5)
    assert window.waiting_room.still_reading().isVisible()
    assert "5 seconds" in window.waiting_room.still_reading().countdown.text()
    time_passes(window, clock, 2)
    assert "3 seconds" in window.waiting_room.still_reading().countdown.text()
    with qtbot.waitSignal(window.resetDone):
        time_passes(window, clock, 3)
    assert window.current_id == "home"
    assert window.session.navigator.history == []
    assert not window.waiting_room.still_reading().isVisible()
    assert window.session.text_size == "normal" and window.session.palette.name == "standard"
    assert window.bar.size_buttons["normal"].isChecked()
    assert not window.bar.contrast_button.isChecked()
    window.open_page("walkthrough")
    assert window.current_id == "safety", "the walkthrough starts over"
    assert window.pages.walkthrough.card.text.verticalScrollBar().value() == 0


def test_keep_reading_keeps_the_page(
    qtbot: QtBot, packs: dict[str, Pack], make_window: WindowMaker, clock: FakeClock
) -> None:
    window = make_window(packs, CONFIG, kiosk_mode=True, filters=True)
    window.open_page("hurt")
    time_passes(window, clock, 6)
    assert window.waiting_room.still_reading().isVisible()
    qtbot.mouseClick(window.waiting_room.still_reading().button, Qt.MouseButton.LeftButton)
    assert not window.waiting_room.still_reading().isVisible()
    assert window.current_id == "hurt"
    time_passes(window, clock, 4)
    assert not window.waiting_room.still_reading().isVisible(), "the idle clock started again"


def test_a_touch_anywhere_on_the_warning_dismisses_it(
    qtbot: QtBot, packs: dict[str, Pack], make_window: WindowMaker, clock: FakeClock
) -> None:
    window = make_window(packs, CONFIG, kiosk_mode=True, filters=True)
    window.open_page("hurt")
    time_passes(window, clock, 6)
    qtbot.mouseClick(window.waiting_room.still_reading(), Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert not window.waiting_room.still_reading().isVisible()
    assert window.current_id == "hurt"


def test_language_goes_back_to_the_default_on_reset(
    qtbot: QtBot, packs: dict[str, Pack], make_window: WindowMaker, clock: FakeClock
) -> None:
    window = make_window(packs, CONFIG, kiosk_mode=True, filters=True)
    qtbot.mouseClick(window.bar.language_button, Qt.MouseButton.LeftButton)
    assert window.session.language == "es" and window.session.pack.language == "es"
    time_passes(window, clock, 10)
    assert window.session.language == "en" and window.session.pack.language == "en"


def test_attract_loop_on_untouched_home_and_the_waking_touch_presses_nothing(
    qtbot: QtBot, packs: dict[str, Pack], make_window: WindowMaker, clock: FakeClock
) -> None:
    window = make_window(packs, CONFIG, kiosk_mode=True, filters=True)
    time_passes(window, clock, 9)
    assert not window.waiting_room.attract().running
    time_passes(window, clock, 1)
    assert window.waiting_room.attract().running
    assert window.waiting_room.attract().title.text() == "What is it?"
    window.waiting_room.attract().advance()
    assert window.waiting_room.attract().title.text() == "Does it hurt?"
    tile = window.pages.home.tiles["what"]
    centre = tile.mapTo(window, tile.rect().center())
    shown: list[str] = []
    window.pageShown.connect(shown.append)
    qtbot.mouseClick(window.waiting_room.attract(), Qt.MouseButton.LeftButton, pos=centre)
    assert not window.waiting_room.attract().running
    assert window.current_id == "home" and shown == [], "the wake-up touch only wakes"


def test_attract_off_when_zero(
    qtbot: QtBot, packs: dict[str, Pack], make_window: WindowMaker, clock: FakeClock
) -> None:
    window = make_window(packs, replace(CONFIG, attract_after_s=0), kiosk_mode=True, filters=True)
    time_passes(window, clock, 100)
    assert not window.waiting_room.attract().running


def hold_corner(qtbot: QtBot, window: KioskWindow) -> None:
    qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    with qtbot.waitSignal(window.corner.held, timeout=5000):
        pass
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def test_corner_hold_with_no_pin_exits_directly(
    qtbot: QtBot, packs: dict[str, Pack], make_window: WindowMaker
) -> None:
    window = make_window(packs, CONFIG, kiosk_mode=True, filters=True)
    window.corner.timer.setInterval(50)
    with qtbot.waitSignal(window.staffExit):
        hold_corner(qtbot, window)


def test_short_press_in_the_corner_does_nothing(
    qtbot: QtBot, packs: dict[str, Pack], make_window: WindowMaker
) -> None:
    window = make_window(packs, CONFIG, kiosk_mode=True, filters=True)
    qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not window.corner.timer.isActive()
    assert not window.door.pin_pad().isVisible()


def pin_window(qtbot: QtBot, packs: dict[str, Pack], make_window: WindowMaker) -> KioskWindow:
    config = replace(CONFIG, staff_pin_hash=hash_pin("2468"))
    window = make_window(packs, config, kiosk_mode=True, filters=True)
    window.corner.timer.setInterval(50)
    hold_corner(qtbot, window)
    assert window.door.pin_pad().isVisible()
    return window


def enter(qtbot: QtBot, window: KioskWindow, digits: str) -> None:
    for key in digits + "K":
        qtbot.mouseClick(window.door.pin_pad().keys[key], Qt.MouseButton.LeftButton)


def test_right_pin_opens_the_staff_screen_whose_exit_closes_the_kiosk(
    qtbot: QtBot, packs: dict[str, Pack], make_window: WindowMaker
) -> None:
    window = pin_window(qtbot, packs, make_window)
    assert window.door.pin_pad().dots.text() == "○ ○ ○ ○", "empty places show where the PIN goes"
    enter(qtbot, window, "2468")
    assert window.door.staff().isVisible() and not window.door.pin_pad().isVisible()
    with qtbot.waitSignal(window.staffExit):
        qtbot.mouseClick(window.door.staff().exit_button, Qt.MouseButton.LeftButton)


def test_wrong_pin_says_so_and_five_lock_the_pad(
    qtbot: QtBot, packs: dict[str, Pack], clock: FakeClock, make_window: WindowMaker
) -> None:
    window = pin_window(qtbot, packs, make_window)
    exits: list[bool] = []
    window.staffExit.connect(lambda: exits.append(True))
    enter(qtbot, window, "1111")
    assert "not right" in window.door.pin_pad().message.text()
    for _ in range(4):
        enter(qtbot, window, "1111")
    assert "Try again in 60 seconds" in window.door.pin_pad().message.text()
    assert not window.door.pin_pad().keys["2"].isEnabled()
    window.door.pin_pad().entered = "2468"
    window.door.pin_pad().press("K")
    assert exits == []
    clock.advance(61)
    window.door.pin_pad().lock_tick.timeout.emit()
    assert window.door.pin_pad().keys["2"].isEnabled()
    enter(qtbot, window, "2468")
    assert window.door.staff().isVisible() and exits == []


def test_pin_pad_times_out_back_to_the_page(
    qtbot: QtBot, packs: dict[str, Pack], make_window: WindowMaker
) -> None:
    window = pin_window(qtbot, packs, make_window)
    window.door.pin_pad().timeout.setInterval(50)
    window.door.pin_pad().press("1")
    with qtbot.waitSignal(window.door.pin_pad().closed):
        pass
    assert not window.door.pin_pad().isVisible()
    assert window.current_id == "home"


def test_a_missing_screen_falls_back_to_the_primary_one(qapp: QApplication) -> None:
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui.platform.screens import pick_screen

    assert pick_screen(0) is QGuiApplication.screens()[0]
    assert pick_screen(7) is QGuiApplication.primaryScreen()


def test_an_idle_reset_counts_no_page_view(
    qtbot: QtBot, packs: dict[str, Pack], make_window: WindowMaker, clock: FakeClock
) -> None:
    """The staff screen's page views are patients' taps: the kiosk going Home by itself
    after a visit adds none (it once added two Home views per reset)."""
    window = make_window(packs, CONFIG, kiosk_mode=True, filters=True)
    shown: list[str] = []
    window.pageShown.connect(shown.append)
    qtbot.mouseClick(window.pages.home.tiles["what"], Qt.MouseButton.LeftButton)
    assert shown == ["what"]
    with qtbot.waitSignal(window.resetDone):
        time_passes(window, clock, 10)
    assert window.current_id == "home"
    assert shown == ["what"], "a reset is not a page view"
    qtbot.mouseClick(window.pages.home.tiles["what"], Qt.MouseButton.LeftButton)
    assert shown == ["what", "what"], "the next patient's taps count again"
