"""The kiosk window: Home, a page or the walkthrough, with the safety strip, the
bottom bar and the layers that sit over them (idle warning, attract loop, PIN pad).

The visit itself (language, text size, theme, the place, new content, the reset) is a
plain-Python Session (kiosk/core/session.py); the window subscribes to it, shows what it
says and hands it what the patient taps.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

from kiosk.content.model import Kind, Pack
from kiosk.core import theme
from kiosk.core.config import Config
from kiosk.core.idle import IdleSettings
from kiosk.core.navigation import Location
from kiosk.core.pin import PinLock
from kiosk.core.session import Card, Change, Session, Stage
from kiosk.ui.input.idle_watcher import IdleWatcher
from kiosk.ui.input.staff_gesture import CornerHold
from kiosk.ui.layers.attract import AttractLoop
from kiosk.ui.layers.pin_pad import PinPad
from kiosk.ui.layers.still_reading import StillReadingOverlay
from kiosk.ui.platform.speech import ReadAloud
from kiosk.ui.platform.timers import named_timer
from kiosk.ui.platform.translations import install_translator
from kiosk.ui.read_aloud import Reader
from kiosk.ui.staff_door import StaffDoor
from kiosk.ui.views.bottom_bar import BottomBar
from kiosk.ui.views.motion import PageSlide
from kiosk.ui.views.page_stack import PageStack
from kiosk.ui.views.scrolling import ScrollCue
from kiosk.ui.views.staff_screen import StaffScreen, no_sources
from kiosk.ui.views.style import FocusRings, keyboard_focus_only, load_fonts, page_css, window_stylesheet
from kiosk.ui.waiting_room import WaitingRoom

log = logging.getLogger(__name__)


class KioskWindow(QWidget):
    """The whole kiosk, built from validated packs (one per language) and the config.

    In ``kiosk_mode`` close requests are ignored; only the staff gesture (and
    PIN, when one is set) ends the app, with exit code 0.
    """

    pageShown = Signal(str)  # noqa: N815
    """The page id (or walkthrough card id) now on screen."""
    staffExit = Signal()  # noqa: N815
    walkthroughFinished = Signal()  # noqa: N815
    languageChosen = Signal(str)  # noqa: N815
    """A patient picked a language (not the idle reset going back to the default)."""
    quizAnswered = Signal(str, bool)  # noqa: N815
    resetDone = Signal()  # noqa: N815

    def __init__(
        self,
        packs: Mapping[str, Pack] | Pack,
        config: Config | None = None,
        *,
        kiosk_mode: bool = False,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = Session({packs.language: packs} if isinstance(packs, Pack) else packs, config)
        self.config = self.session.config
        self.setObjectName("KioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setAcceptDrops(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        load_fonts()
        install_translator(self.session.language)
        self.kiosk_mode = kiosk_mode
        self.allow_close = not kiosk_mode
        self.sizes = theme.metrics(1920, 1080, self.session.text_size)

        self.pages = PageStack(self.session.pack, self.config.take_home_url, self)
        self.bar = BottomBar(list(self.session.packs), self)
        layout = QVBoxLayout(self)
        # What the pages ask for never makes the window bigger than its screen.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.bar.safety_strip)
        layout.addWidget(self.bar)

        self.still_reading = StillReadingOverlay(self)
        self.attract = AttractLoop(self)
        self.pin_pad = PinPad(self, PinLock(self.config.staff_pin_hash), clock)
        self.staff = StaffScreen(self, no_sources(), clock)
        self.idle = IdleWatcher(
            IdleSettings(self.config.idle_timeout_s, self.config.idle_warning_s, self.config.attract_after_s),
            self.is_pristine,
            clock,
            self,
        )
        self.corner = CornerHold(self)
        self.focus_rings = FocusRings(self)
        self.slide = PageSlide(self)
        self.speech = ReadAloud(self.config.speech_engine, self)
        self.door = StaffDoor(
            corner=self.corner, pin_pad=self.pin_pad, staff=self.staff,
            pin_set=bool(self.config.staff_pin_hash), attract=self.attract,
            still_reading=self.still_reading, idle=self.idle, speech=self.speech,
            language=lambda: self.session.language, focus=self.focusWidget, leave=self.staff_exit,
            parent=self)
        self.reader = Reader(self.speech, self.bar, self.session, self._card_label,
                             lambda: self.pages.picture_shown(self.session.navigator.in_walkthrough), self)
        self.waiting_room = WaitingRoom(self.idle, self.still_reading, self.attract,
                                        self.reset_for_next_patient, self)

        self.pages.pageChosen.connect(self.open_page)
        self.pages.swipedNext.connect(self.next_card)
        self.pages.swipedBack.connect(self.session.swipe_back)
        self.pages.quizAsked.connect(self.session.open_quiz)
        self.pages.quizAnswered.connect(self.quizAnswered)
        self.pages.barNextLeads.connect(self.bar.lead_with_next)
        self.bar.safety_strip.clicked.connect(self.session.open_safety)
        self.bar.back_button.clicked.connect(self.session.back)
        self.bar.home_button.clicked.connect(self.session.home)
        self.bar.next_button.clicked.connect(self.next_card)
        self.bar.textSizeChosen.connect(self.session.set_text_size)
        self.bar.contrastToggled.connect(
            lambda on: self.session.set_theme("high-contrast" if on else "standard"))
        self.bar.languageChosen.connect(self.set_language)

        self._resetting = False
        self._restyle_timer = named_timer(self, "restyle", 0, self.restyle, single_shot=True)
        self.session.subscribe(self._session_changed)
        self.session.on_move(self._moved)
        self._show_pack()
        self.restyle()
        self._show()

    # -- what the session says ------------------------------------------------------

    @property
    def current_id(self) -> str:
        """The id of what is on screen: 'home', a page id, or a walkthrough card's id."""
        return self.session.current_id

    def _session_changed(self, change: Change) -> None:
        """New words, a new pack or a new look; the caller shows the place again."""
        if Change.LANGUAGE in change:
            self._retranslate()
        if Change.CONTENT in change:
            self.pages.set_pack(self.session.pack)
            self._show_pack()
        if Change.LOOK in change:
            self.restyle()

    def _show_pack(self) -> None:
        pack = self.session.pack
        self.bar.languages = list(self.session.packs)
        self.attract.set_pack(pack)
        self.bar.set_safety(pack.safety)
        self.bar.set_language(pack.language)

    def _retranslate(self) -> None:
        install_translator(self.session.language)
        parts: list[BottomBar | StillReadingOverlay | AttractLoop | PinPad | PageStack | ScrollCue] = [
            self.bar, self.still_reading, self.attract, self.pin_pad, self.pages]
        for part in [*parts, *self.findChildren(ScrollCue)]:
            part.retranslate()

    # -- packs and languages --------------------------------------------------

    def replace_packs(self, packs: Mapping[str, Pack]) -> None:
        """Show new content now, staying on the same page when it still exists."""
        where = self.current_id
        if self.session.replace_packs(packs):
            self.restyle()
            self._show()
            self.session.go_back_to(where)

    def set_language(self, language: str) -> None:
        if self.session.set_language(language):
            self.restyle()
            self._show()
            self.languageChosen.emit(language)
        elif language not in self.session.packs:  # read when first chosen: it had nothing to show
            self.bar.languages = list(self.session.packs)
            self._show()

    # -- navigation ---------------------------------------------------------

    def open_page(self, page_id: str) -> None:
        self.session.open(page_id)

    def next_card(self) -> None:
        """Next walkthrough card; Finish on the last one goes Home."""
        if self.session.next_card():
            self.walkthroughFinished.emit()

    def _moved(self, _old: Location, _new: Location, forward: bool) -> None:
        self._show()
        page = self.pages.currentWidget()
        if page is not None:
            self.slide.slide(page, forward)

    def _show(self) -> None:
        self.speech.stop()
        session = self.session
        showing = self.pages.show_place(session, page_css(session.palette, self.sizes), self._card_label)
        if showing is None and not session.on_home:
            session.home()
            return
        self.bar.show_for(
            on_home=session.on_home,
            in_walkthrough=session.navigator.in_walkthrough,
            last_card=session.navigator.is_last_card,
            safety_here=showing is not None and showing.kind is Kind.SAFETY,
        )
        if not self._resetting:  # the kiosk going Home by itself is no patient's page view
            self.pageShown.emit(self.current_id)

    def _card_label(self, card: Card) -> str:
        if card.stage is Stage.BEFORE:
            return self.tr("Before you start")
        if card.stage is Stage.AFTER:
            return self.tr("Check what you learned")
        return self.tr("Step {0} of {1}").format(card.number, card.steps)

    # -- the look -------------------------------------------------

    def restyle(self) -> None:
        size = self.size() if self.width() > 0 and self.height() > 0 else QSize(1920, 1080)
        self.sizes = theme.metrics(size.width(), size.height(), self.session.text_size)
        palette = self.session.palette
        portrait = size.height() > size.width()
        sheet = window_stylesheet(palette, self.sizes)
        if sheet != self.styleSheet():  # re-polishing every widget is the costly part
            self.setStyleSheet(sheet)
        self.pages.apply_metrics(self.sizes, palette, portrait, size)
        self.bar.apply_metrics(self.sizes, palette, portrait, self.session.text_size)
        self.corner.apply_metrics(self.sizes, palette)
        keyboard_focus_only(self)
        for layer in (self.still_reading, self.pin_pad):
            layer.apply_metrics(self.sizes, size)
        self.attract.apply_metrics(self.sizes)
        self.staff.apply_metrics(palette, self.sizes, size)
        self.bar.resize(size.width(), self.bar.height())
        self.bar.fit()
        self.pages.restyle(page_css(palette, self.sizes))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._restyle_timer.start()

    # -- idle ------------------------------------------------------------------

    def is_pristine(self) -> bool:
        """True when the kiosk already looks as it does for a new patient."""
        return self.session.is_pristine() and not self.pin_pad.isVisible() and not self.staff.isVisible()

    def reset_for_next_patient(self) -> None:
        """Home, defaults, no history, no layer left open: ready for the next patient."""
        self._resetting = True
        try:
            self._reset()
        finally:
            self._resetting = False
        log.info("idle reset")
        self.resetDone.emit()

    def _reset(self) -> None:
        self.still_reading.hide()
        self.pin_pad.dismiss()
        self.speech.stop()
        self.attract.stop()
        self.session.reset()
        self.slide.finish()
        self.pages.scroll_to_top()
        self.restyle()
        self._show()
        self.idle.restart()

    # -- staff exit and kiosk mode -----------------------------------------------

    def open_staff_exit(self) -> None:
        self.door.open()

    def open_staff_screen(self) -> None:
        self.door.open_staff_screen()

    def staff_exit(self) -> None:
        log.info("staff exit")
        self.allow_close = True
        self.staffExit.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.allow_close:
            event.accept()
        else:
            log.info("close request ignored in kiosk mode")
            event.ignore()
