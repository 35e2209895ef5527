"""Apply the theme to Qt: bundled fonts, the stylesheet, the page CSS."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QWidget

from kiosk.core import theme
from kiosk.core.resources import asset
from kiosk.ui.platform.first_frame import watch_app_after_first_frame
from kiosk.ui.views.icons import themed_icon

log = logging.getLogger(__name__)
FAMILY = "Atkinson Hyperlegible"


@cache
def load_fonts() -> str:
    """Register the bundled typeface once; return the family to use."""
    folder = asset("fonts")
    loaded = [QFontDatabase.addApplicationFont(str(path)) for path in sorted(folder.glob("*.ttf"))]
    if not loaded or min(loaded) < 0:
        log.warning("bundled fonts did not all load from %s; using the system sans-serif", folder)
        return "Sans Serif"
    QGuiApplication.setFont(QFont(FAMILY))
    return FAMILY


@cache
def _template(name: str) -> str:
    return asset(f"styles/{name}").read_text("utf-8")


def window_stylesheet(palette: theme.Palette, sizes: theme.Metrics) -> str:
    return theme.stylesheet(_template("kiosk.qss"), palette, sizes)


def page_css(palette: theme.Palette, sizes: theme.Metrics) -> str:
    return theme.stylesheet(_template("page.css"), palette, sizes)


def set_look(widget: QWidget, name: str, value: object) -> None:
    """Set the style sheet property ``name`` (``[quiet="true"]`` and the like) and re-polish
    ``widget`` when it changed. A widget not yet polished takes it at its first polish: asking
    for its style would build Qt's QStyle type in Python, a few ms at every start."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        repolish(widget)


def lead_or_quiet(button: QAbstractButton, leads: bool, palette: theme.Palette) -> None:
    """A "next" button filled as the next step (``leads``), or outlined ("quiet") when
    something else on screen is; its arrow drawn in the matching colour."""
    set_look(button, "quiet", not leads)
    button.setIcon(themed_icon("next", palette.on_primary if leads else palette.ink))


def repolish(widget: QWidget) -> None:
    """Apply the style sheet to ``widget`` again, for a property the sheet reads."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def keyboard_focus_only(root: QWidget) -> None:
    """Buttons take focus from Tab, not from a touch, so no focus ring stays on the last
    control a finger pressed (and a swipe that starts on a button does not mark it)."""
    for button in root.findChildren(QAbstractButton):
        if button.focusPolicy() != Qt.FocusPolicy.NoFocus:
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)


KEYBOARD_KEYS = frozenset({Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Left, Qt.Key.Key_Right,
                           Qt.Key.Key_Up, Qt.Key.Key_Down})


_KEY_PRESS, _MOUSE_PRESS, _TOUCH_BEGIN = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                                         QEvent.Type.TouchBegin)


class FocusRings(QObject):
    """Shows focus rings while the keyboard is in use, and hides them at the next touch.

    The stylesheet draws a ring only under a window whose ``keyboard`` property is true. It
    watches the application once the window has drawn its first frame
    (kiosk/ui/platform/first_frame.py).
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        window.setProperty("keyboard", False)
        watch_app_after_first_frame(window, self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Sees every event of the app, so it does as little as it can."""
        kind = event.type()
        if kind is _KEY_PRESS:
            if isinstance(event, QKeyEvent) and event.key() in KEYBOARD_KEYS:
                self.set_keyboard(True)
        elif kind is _MOUSE_PRESS or kind is _TOUCH_BEGIN:
            self.set_keyboard(False)
        return False

    def set_keyboard(self, on: bool) -> None:
        if bool(self.window.property("keyboard")) == on:
            return
        self.window.setProperty("keyboard", on)
        for button in self.window.findChildren(QAbstractButton):
            repolish(button)
            button.update()
