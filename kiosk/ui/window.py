"""The kiosk window: Home, a page, or the walkthrough, with the safety strip and the bottom bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import theme
from kiosk.content.model import Kind, Pack, Page
from kiosk.navigation import HOME, Location, Navigator
from kiosk.ui.home import HomePage
from kiosk.ui.icons import themed_icon
from kiosk.ui.page_view import PageView
from kiosk.ui.style import load_fonts, page_css, window_stylesheet
from kiosk.ui.walkthrough import WalkthroughView

log = logging.getLogger(__name__)


def walkthrough_cards(pack: Pack) -> tuple[str, ...]:
    """The walkthrough opens with the safety notice, then its steps in order."""
    safety = (pack.safety.id,) if pack.safety else ()
    return safety + tuple(step.id for step in pack.steps)


class KioskWindow(QWidget):
    """The whole kiosk. Takes a validated pack; shows what its Navigator says.

    ``kiosk_mode`` makes the window ignore close requests (Alt+F4, the window
    manager); ``--windowed`` demos close normally.
    """

    pageShown = Signal(str)  # noqa: N815
    """The page id (or walkthrough card id) now on screen."""

    def __init__(
        self,
        pack: Pack,
        *,
        kiosk_mode: bool = False,
        text_size: str = "normal",
        theme_name: str = "standard",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("KioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAcceptDrops(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        load_fonts()
        self.pack = pack
        self.kiosk_mode = kiosk_mode
        self.allow_close = not kiosk_mode
        self.text_size = text_size
        self.palette_ = theme.PALETTES[theme_name]
        self.sizes = theme.metrics(1920, 1080, text_size)
        self.cards = walkthrough_cards(pack)
        walk = pack.walkthrough
        own_pages = tuple(p.id for p in pack.pages if p.kind is not Kind.STEP)
        self.navigator = Navigator(own_pages, walk.id if walk else None, self.cards)

        self.home = HomePage(pack, self)
        self.page_view = PageView(pack, self)
        self.walkthrough = WalkthroughView(pack, self)
        self.stack = QStackedWidget(self)
        for widget in (self.home, self.page_view, self.walkthrough):
            self.stack.addWidget(widget)

        self.safety_strip = QPushButton(self)
        self.safety_strip.setObjectName("SafetyStrip")
        safety = pack.safety
        self.safety_strip.setText(f"{safety.title}: {safety.summary}   ›" if safety else "")
        self.safety_strip.setAccessibleName(safety.title if safety else "")
        self.safety_strip.setAccessibleDescription(self.tr("Opens the safety notice"))

        self.back_button = QPushButton(self.tr("Back"), self)
        self.home_button = QPushButton(self.tr("Home"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setObjectName("PrimaryButton")
        self.back_button.setAccessibleDescription(self.tr("Goes back one step"))
        self.home_button.setAccessibleDescription(self.tr("Goes to the start screen"))
        self.next_button.setAccessibleDescription(self.tr("Goes to the next step"))
        bar = QWidget(self)
        bar.setObjectName("BottomBar")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.bottom_bar = bar
        row = QHBoxLayout(bar)
        row.addWidget(self.back_button)
        row.addWidget(self.home_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        self.bar_row = row

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.safety_strip)
        layout.addWidget(bar)

        self.home.tileChosen.connect(self.open_page)
        self.page_view.pageLinkClicked.connect(self.open_page)
        self.walkthrough.pageLinkClicked.connect(self.open_page)
        self.walkthrough.swipedNext.connect(self.navigator.next)
        self.walkthrough.swipedBack.connect(self._swipe_back)
        self.safety_strip.clicked.connect(self._open_safety)
        self.back_button.clicked.connect(self.navigator.back)
        self.home_button.clicked.connect(self.navigator.home)
        self.next_button.clicked.connect(self.navigator.next)
        self.navigator.subscribe(lambda _old, new: self._show(new))

        self._restyle_timer = QTimer(self)
        self._restyle_timer.setObjectName("restyle")
        self._restyle_timer.setSingleShot(True)
        self._restyle_timer.setInterval(0)
        self._restyle_timer.timeout.connect(self.restyle)
        self.restyle()
        self._show(self.navigator.current)

    # -- navigation ---------------------------------------------------------

    def open_page(self, page_id: str) -> None:
        if not self.navigator.go(page_id):
            log.warning("no page %r in this pack; staying on %s", page_id, self.current_id)

    def _open_safety(self) -> None:
        if self.pack.safety is not None:
            self.open_page(self.pack.safety.id)

    def _swipe_back(self) -> None:
        if self.navigator.in_walkthrough and self.navigator.current.card > 0:
            self.navigator.back()

    @property
    def current_id(self) -> str:
        """The id of what is on screen: 'home', a page id, or a walkthrough card's id."""
        return self.navigator.card_id or self.navigator.current.page

    def _show(self, where: Location) -> None:
        css = page_css(self.palette_, self.sizes)
        on_home = where.page == HOME
        showing: Page | None = None
        if on_home:
            self.stack.setCurrentWidget(self.home)
        elif self.navigator.in_walkthrough and self.cards:
            index = where.card
            showing = self.pack.page(self.cards[index])
            assert showing is not None
            self.walkthrough.show_card(
                showing, self._card_label(index), index, len(self.cards), css
            )
            self.stack.setCurrentWidget(self.walkthrough)
        else:
            showing = self.pack.page(where.page)
            if showing is None:
                self.navigator.home()
                return
            self.page_view.show_page(showing, css)
            self.stack.setCurrentWidget(self.page_view)
        in_walk = self.navigator.in_walkthrough
        self.safety_strip.setVisible(
            not on_home
            and self.pack.safety is not None
            and (showing is None or showing.kind is not Kind.SAFETY)
        )
        self.back_button.setVisible(not on_home)
        self.home_button.setVisible(not on_home)
        self.next_button.setVisible(in_walk)
        self.next_button.setText(
            self.tr("Finish") if self.navigator.is_last_card else self.tr("Next")
        )
        self.next_button.setAccessibleDescription(
            self.tr("Ends the walkthrough and goes to the start screen")
            if self.navigator.is_last_card
            else self.tr("Goes to the next step")
        )
        self.bottom_bar.setVisible(not on_home)
        self.pageShown.emit(self.current_id)

    def _card_label(self, index: int) -> str:
        steps = len(self.pack.steps)
        first_step = len(self.cards) - steps
        if index < first_step:
            return self.tr("Before you start")
        return self.tr("Step {0} of {1}").format(index - first_step + 1, steps)

    # -- look ---------------------------------------------------------------

    def restyle(self) -> None:
        size = self.size() if self.width() > 0 and self.height() > 0 else QSize(1920, 1080)
        self.sizes = theme.metrics(size.width(), size.height(), self.text_size)
        portrait = size.height() > size.width()
        self.setStyleSheet(window_stylesheet(self.palette_, self.sizes))
        self.home.apply_metrics(self.sizes, portrait)
        self.page_view.apply_metrics(self.sizes, portrait)
        self.walkthrough.apply_metrics(self.sizes, self.palette_, portrait)
        gap, pad = self.sizes.gap, self.sizes.pad
        self.bar_row.setContentsMargins(
            pad * 2 if not portrait else pad, gap // 2, pad * 2 if not portrait else pad, gap // 2
        )
        self.bar_row.setSpacing(gap)
        icon_size = QSize(self.sizes.button * 3 // 2, self.sizes.button * 3 // 2)
        for button, name in (
            (self.back_button, "back"),
            (self.home_button, "home"),
            (self.next_button, "next"),
        ):
            colour = self.palette_.on_primary if button is self.next_button else self.palette_.ink
            button.setIcon(themed_icon(name, colour))
            button.setIconSize(icon_size)
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        css = page_css(self.palette_, self.sizes)
        self.page_view.restyle(css)
        self.walkthrough.card.restyle(css)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._restyle_timer.start()

    # -- kiosk mode ---------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.allow_close:
            event.accept()
        else:
            log.info("close request ignored in kiosk mode")
            event.ignore()
