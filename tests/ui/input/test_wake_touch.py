"""The waking touch, as a touch screen sends it: XTest cannot fake touch, so these tests
push touch (and mouse) events in through Qt's window-system entry point, the path real X
input takes inside Qt: the window gets the touch first, then the mouse events Qt makes from
it, and only then the widget under the finger.

They run in-process on the offscreen platform and need no X server.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from kiosk.content.model import Pack
from kiosk.core.config import Config
from kiosk.ui.window import KioskWindow
from tests.conftest import FakeClock, WindowMaker, time_passes

CONFIG = Config(idle_timeout_s=30, idle_warning_s=10, attract_after_s=10, speech_engine="mock")


@pytest.fixture
def kiosk(make_window: WindowMaker, clock: FakeClock, bundled_packs: dict[str, Pack],
          ) -> tuple[KioskWindow, FakeClock]:
    # Home must fit without scrolling: offscreen, a scrolling Home's QScroller holds back
    # presses pushed in through the window system (on a real X display they get through).
    window = make_window(bundled_packs, CONFIG, kiosk_mode=True, size=(1920, 1080), filters=True)
    window.slide.enabled = False
    return window, clock


@pytest.fixture(scope="module")
def touchscreen() -> QPointingDevice:
    return QTest.createTouchDevice()


def attract(window: KioskWindow, clock: FakeClock) -> None:
    time_passes(window, clock, CONFIG.attract_after_s)
    assert window.waiting_room.attract().running


def where(window: KioskWindow, widget: QWidget) -> QPoint:
    return widget.mapTo(window, widget.rect().center())


def touch(window: KioskWindow, device: QPointingDevice, point: QPoint) -> None:
    QTest.touchEvent(window, device).press(0, point, window).commit()
    QTest.qWait(20)
    QTest.touchEvent(window, device).release(0, point, window).commit()
    QTest.qWait(50)


def click(window: KioskWindow, point: QPoint) -> None:
    handle = window.windowHandle()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QTest.qWait(50)


@pytest.mark.gui
@pytest.mark.parametrize("by", ["touch", "mouse"])
def test_the_waking_touch_on_a_tile_opens_nothing_and_the_next_one_does(
    kiosk: tuple[KioskWindow, FakeClock], touchscreen: QPointingDevice, by: str
) -> None:
    window, clock = kiosk
    tile = where(window, window.pages.home.tiles["does-it-hurt"])
    press = (lambda p: touch(window, touchscreen, p)) if by == "touch" else (lambda p: click(window, p))
    attract(window, clock)
    press(tile)
    assert not window.waiting_room.attract().running
    assert window.current_id == "home", f"the waking {by} opened {window.current_id}"
    assert not window.idle.eating, "the eaten touch is over"
    press(tile)
    assert window.current_id == "does-it-hurt", f"a {by} on an awake kiosk opens the tile"


@pytest.mark.gui
@pytest.mark.parametrize("by", ["touch", "mouse"])
def test_the_waking_touch_on_the_bar_changes_no_setting(
    kiosk: tuple[KioskWindow, FakeClock], touchscreen: QPointingDevice, by: str
) -> None:
    window, clock = kiosk
    press = (lambda p: touch(window, touchscreen, p)) if by == "touch" else (lambda p: click(window, p))
    for button in (window.bar.contrast_button, window.bar.language_button, window.bar.size_buttons["large"]):
        attract(window, clock)
        press(where(window, button))
        assert not window.waiting_room.attract().running
        session = window.session
        assert (session.palette.name, session.language, session.text_size) == ("standard", "en", "normal"), (
            f"the waking {by} on {button.accessibleName()!r} pressed it")
    press(where(window, window.bar.contrast_button))
    assert window.session.palette.name == "high-contrast", f"a {by} on an awake kiosk presses the button"


@pytest.mark.gui
def test_the_touch_that_answers_still_reading_presses_nothing_under_it(
    kiosk: tuple[KioskWindow, FakeClock], touchscreen: QPointingDevice
) -> None:
    window, clock = kiosk
    window.open_page("does-it-hurt")
    QTest.qWait(50)
    home = where(window, window.bar.home_button)
    time_passes(window, clock, CONFIG.idle_timeout_s)
    assert window.waiting_room.still_reading().isVisible()
    touch(window, touchscreen, home)
    assert not window.waiting_room.still_reading().isVisible()
    assert window.current_id == "does-it-hurt", "the answering touch pressed Home under the warning"
