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

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

from kiosk.content.model import Pack
from kiosk.core import theme
from kiosk.core.config import Config
from kiosk.core.idle import IdleSettings
from kiosk.core.session import Change, Session
from kiosk.ui.input.idle_watcher import IdleWatcher
from kiosk.ui.input.staff_gesture import CornerHold
from kiosk.ui.look import Look
from kiosk.ui.patient_flow import PatientFlow, card_label
from kiosk.ui.platform.speech import ReadAloud
from kiosk.ui.platform.translations import install_translator
from kiosk.ui.read_aloud import Reader
from kiosk.ui.staff_door import StaffDoor
from kiosk.ui.views.bottom_bar import BottomBar
from kiosk.ui.views.motion import PageSlide
from kiosk.ui.views.page_stack import PageStack
from kiosk.ui.views.scrolling import ScrollCue
from kiosk.ui.views.style import FocusRings, load_fonts
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

        config = self.config
        idle = IdleSettings(config.idle_timeout_s, config.idle_warning_s, config.attract_after_s)
        self.idle = IdleWatcher(idle, self.is_pristine, clock, self)
        self.corner = CornerHold(self)
        self.focus_rings = FocusRings(self)
        self.slide = PageSlide(self)
        self.speech = ReadAloud(self.config.speech_engine, self)
        self.waiting_room = WaitingRoom(self, self.idle, self.session.pack, self.reset_for_next_patient)
        self.door = StaffDoor(
            self, corner=self.corner, pin_hash=self.config.staff_pin_hash, idle=self.idle,
            speech=self.speech, quiet=self._quiet, language=lambda: self.session.language,
            leave=self.staff_exit, clock=clock)
        self.reader = Reader(self.speech, self.bar, self.session, card_label,
                             lambda: self.pages.picture_shown(self.session.navigator.in_walkthrough), self)
        self.flow = PatientFlow(self.session, self.pages, self.bar, self.slide, self.speech,
                                lambda: self.look.page_css(), self)
        self.flow.pageShown.connect(self.pageShown)
        self.flow.walkthroughFinished.connect(self.walkthroughFinished)
        self.pages.quizAnswered.connect(self.quizAnswered)
        self.pages.barNextLeads.connect(self.bar.lead_with_next)
        self.bar.languageChosen.connect(self.set_language)

        self.look = Look(self, self.session, self.pages, self.bar, self.corner, self.waiting_room, self.door)
        self.session.subscribe(self._session_changed)
        self._show_pack()
        self.restyle()
        self.flow.show()

    # -- what the session says ------------------------------------------------------

    @property
    def current_id(self) -> str:
        """The id of what is on screen: 'home', a page id, or a walkthrough card's id."""
        return self.session.current_id

    def open_layers(self) -> list[str]:
        """The layers on screen now, by name ("attract", "still_reading", "pin_pad", "staff")."""
        return self.waiting_room.open_layers() + self.door.open_layers()

    def _quiet(self) -> None:
        """Stop what plays over the patient screens: the voice, the attract loop, the warning."""
        self.speech.stop()
        self.waiting_room.quiet()

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
        self.waiting_room.set_pack(pack)
        self.bar.set_safety(pack.safety)
        self.bar.set_language(pack.language)

    def _retranslate(self) -> None:
        install_translator(self.session.language)
        parts: list[BottomBar | PageStack | WaitingRoom | StaffDoor | ScrollCue] = [
            self.bar, self.pages, self.waiting_room, self.door]
        for part in [*parts, *self.findChildren(ScrollCue)]:
            part.retranslate()

    # -- packs and languages --------------------------------------------------

    def replace_packs(self, packs: Mapping[str, Pack]) -> None:
        """Show new content now, staying on the same page when it still exists."""
        where = self.current_id
        if self.session.replace_packs(packs):
            self.restyle()
            self.flow.show()
            self.session.go_back_to(where)

    def set_language(self, language: str) -> None:
        if self.session.set_language(language):
            self.restyle()
            self.flow.show()
            self.languageChosen.emit(language)
        elif language not in self.session.packs:  # read when first chosen: it had nothing to show
            self.bar.languages = list(self.session.packs)
            self.flow.show()

    # -- navigation ---------------------------------------------------------

    def open_page(self, page_id: str) -> None:
        self.session.open(page_id)

    def next_card(self) -> None:
        """Next walkthrough card; Finish on the last one goes Home."""
        self.flow.next_card()

    # -- the look -------------------------------------------------

    @property
    def sizes(self) -> theme.Metrics:
        return self.look.sizes

    def restyle(self) -> None:
        self.look.apply()

    # -- idle ------------------------------------------------------------------

    def is_pristine(self) -> bool:
        """True when the kiosk already looks as it does for a new patient."""
        return self.session.is_pristine() and not self.door.open_layers()

    def reset_for_next_patient(self) -> None:
        """Home, defaults, no history, no layer left open: ready for the next patient."""
        self.flow.resetting = True
        try:
            self._reset()
        finally:
            self.flow.resetting = False
        log.info("idle reset")
        self.resetDone.emit()

    def _reset(self) -> None:
        self._quiet()
        self.door.pin_pad.if_built(lambda pad: pad.dismiss())
        self.session.reset()
        self.slide.finish()
        self.pages.scroll_to_top()
        self.restyle()
        self.flow.show()
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
