"""The window's look: sizes, colours and the style sheet of everything in it, for the
window's size and the session's text size and theme."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QWidget

from kiosk.core import theme
from kiosk.core.session import Session
from kiosk.ui.input.staff_gesture import CornerHold
from kiosk.ui.platform.timers import named_timer
from kiosk.ui.staff_door import StaffDoor
from kiosk.ui.views.bottom_bar import BottomBar
from kiosk.ui.views.page_stack import PageStack
from kiosk.ui.views.style import keyboard_focus_only, page_css, window_stylesheet
from kiosk.ui.waiting_room import WaitingRoom


class Look(QObject):
    """Restyles ``window`` and its parts when told, at once for the first size the window
    is given, and once for a window resized many times in a row."""

    def __init__(self, window: QWidget, session: Session, pages: PageStack, bar: BottomBar,
                 corner: CornerHold, waiting_room: WaitingRoom, door: StaffDoor) -> None:
        super().__init__(window)
        self.window, self.session, self.pages, self.bar = window, session, pages, bar
        self.corner, self.waiting_room, self.door = corner, waiting_room, door
        self.sizes = theme.metrics(1920, 1080, session.text_size)
        self.styled_for = QSize()
        """The size of the last apply(): a first size equal to it needs no second one."""
        self.timer = named_timer(self, "restyle", 0, self.apply, single_shot=True)
        window.installEventFilter(self)

    def page_css(self) -> str:
        return page_css(self.session.palette, self.sizes)

    def apply(self) -> None:
        window = self.window
        # Until the window is given its size, style it for a full HD screen, the common case.
        sized = window.testAttribute(Qt.WidgetAttribute.WA_Resized) and not window.size().isEmpty()
        size = window.size() if sized else QSize(1920, 1080)
        self.styled_for = size
        self.sizes = sizes = theme.metrics(size.width(), size.height(), self.session.text_size)
        palette = self.session.palette
        portrait = size.height() > size.width()
        sheet = window_stylesheet(palette, sizes)
        if sheet != window.styleSheet():  # re-polishing every widget is the costly part
            window.setStyleSheet(sheet)
        self.pages.apply_metrics(sizes, palette, portrait, size)
        self.bar.apply_metrics(sizes, palette, portrait, self.session.text_size)
        self.corner.apply_metrics(sizes, palette)
        keyboard_focus_only(window)
        self.waiting_room.apply_metrics(sizes, size)
        self.door.apply_metrics(palette, sizes, size)
        self.bar.resize(size.width(), self.bar.height())
        self.bar.fit()
        self.pages.restyle(self.page_css())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.Resize:
            if event.oldSize().isValid():  # type: ignore[attr-defined]  # (a QResizeEvent)
                self.timer.start()
            elif event.size() != self.styled_for:  # type: ignore[attr-defined]
                self.apply()  # its first size: styled for it before anything is drawn or pressed
        return False
