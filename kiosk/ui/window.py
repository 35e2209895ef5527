"""The kiosk window: Home, a page or the walkthrough, with the safety strip, the
bottom bar and the layers that sit over them (idle warning, attract loop, PIN pad)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import replace

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.content.model import Kind, Pack, Page
from kiosk.core import theme
from kiosk.core.config import Config
from kiosk.core.idle import IdleSettings
from kiosk.core.navigation import HOME, Location, Navigator
from kiosk.core.pin import PinLock
from kiosk.ui.input.idle_watcher import IdleWatcher
from kiosk.ui.input.staff_gesture import CornerHold
from kiosk.ui.layers.attract import AttractLoop
from kiosk.ui.layers.pin_pad import PinPad
from kiosk.ui.layers.still_reading import StillReadingOverlay
from kiosk.ui.platform.speech import ReadAloud, Speech
from kiosk.ui.platform.timers import named_timer
from kiosk.ui.platform.translations import install_translator
from kiosk.ui.views.bottom_bar import BottomBar
from kiosk.ui.views.home import HomePage
from kiosk.ui.views.motion import PageSlide
from kiosk.ui.views.page_view import PageView
from kiosk.ui.views.scrolling import ScrollCue
from kiosk.ui.views.staff_screen import StaffScreen, no_sources
from kiosk.ui.views.style import FocusRings, keyboard_focus_only, load_fonts, page_css, window_stylesheet
from kiosk.ui.views.walkthrough import WalkthroughView

log = logging.getLogger(__name__)


def walkthrough_cards(pack: Pack) -> tuple[str, ...]:
    """The walkthrough opens with the safety notice, then its steps in order, then the quiz."""
    safety = (pack.safety.id,) if pack.safety else ()
    quiz = (pack.quiz.id,) if pack.quiz and pack.steps else ()
    return safety + tuple(step.id for step in pack.steps) + quiz


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
    quizAnswered = Signal(str, bool)  # noqa: N815
    """A patient picked a language (not the idle reset going back to the default)."""
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
        if isinstance(packs, Pack):
            packs = {packs.language: packs}
        self.packs = dict(packs)
        self.config = config or Config(language=next(iter(self.packs)))
        if self.config.language not in self.packs:
            self.config = replace(self.config, language=next(iter(self.packs)))
        self.setObjectName("KioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setAcceptDrops(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        load_fonts()
        install_translator(self.config.language)
        self.kiosk_mode = kiosk_mode
        self.allow_close = not kiosk_mode
        self.language = self.config.language
        self.text_size = self.config.text_size
        self.palette_ = theme.PALETTES[self.config.theme]
        self.sizes = theme.metrics(1920, 1080, self.text_size)
        self.pack = self.packs[self.language]
        self.staged: dict[str, Pack] | None = None
        self.refused_update = ""
        """Why the last change to the content was not taken, for the staff screen."""
        self.cards: tuple[str, ...] = ()
        self.navigator = Navigator((), None, ())

        self.home = HomePage(self.pack, self)
        self.page_view = PageView(self.pack, self)
        self.walkthrough = WalkthroughView(self.pack, self)
        for view in (self.page_view, self.walkthrough.card):
            view.base_url = self.config.take_home_url
        self.stack = QStackedWidget(self)
        for widget in (self.home, self.page_view, self.walkthrough):
            self.stack.addWidget(widget)
        self.bar = BottomBar(list(self.packs), self)
        layout = QVBoxLayout(self)
        # What the pages ask for never makes the window bigger than its screen.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stack, 1)
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
        self._depth = 0
        self.speech = ReadAloud(self.config.speech_engine, self)
        self.bar.set_speech(self.speech.state)
        self.speech.stateChanged.connect(self.bar.set_speech)
        self.bar.readPressed.connect(self.read_aloud)
        self.bar.repeatPressed.connect(lambda: self.speech.repeat(self.language))

        self.page_view.pageLinkClicked.connect(self.open_page)
        self.walkthrough.pageLinkClicked.connect(self.open_page)
        self.walkthrough.swipedNext.connect(self.next_card)
        self.walkthrough.swipedBack.connect(self._swipe_back)
        self.bar.safety_strip.clicked.connect(self._open_safety)
        self.bar.back_button.clicked.connect(lambda: self.navigator.back())
        self.bar.home_button.clicked.connect(lambda: self.navigator.home())
        self.bar.next_button.clicked.connect(self.next_card)
        self.walkthrough.quiz_offer.clicked.connect(self._open_quiz)
        self.walkthrough.quiz.answered.connect(self.quizAnswered)
        self.bar.textSizeChosen.connect(self.set_text_size)
        self.bar.contrastToggled.connect(lambda on: self.set_theme("high-contrast" if on else "standard"))
        self.bar.languageChosen.connect(self.set_language)
        self.still_reading.keepReading.connect(self.keep_reading)
        self.attract.woken.connect(self._woken)
        self.idle.warn.connect(self._warn)
        self.idle.countdown.connect(self.still_reading.set_seconds)
        self.idle.dismissed.connect(self.still_reading.hide)
        self.idle.reset.connect(self.reset_for_next_patient)
        self.idle.attract.connect(self.attract.start)
        self.idle.woken.connect(self.attract.stop)
        self.corner.held.connect(self.open_staff_exit)
        self.pin_pad.unlocked.connect(self.open_staff_screen)
        self.staff.closed.connect(self.idle.start)
        self.staff.closed.connect(self.speech.stop)
        self.staff.exitRequested.connect(self.staff_exit)
        self.staff.readAloudRequested.connect(self._test_read_aloud)

        self._restyle_timer = named_timer(self, "restyle", 0, self.restyle, single_shot=True)
        self._install_pack(self.pack)
        self.restyle()
        self._show(self.navigator.current)

    # -- packs and languages --------------------------------------------------

    def _install_pack(self, pack: Pack) -> None:
        self.pack = pack
        self.cards = walkthrough_cards(pack)
        walk = pack.walkthrough
        own_pages = tuple(p.id for p in pack.pages if p.kind not in (Kind.STEP, Kind.QUIZ))
        extras = 1 if pack.quiz and pack.steps else 0
        self.navigator = Navigator(own_pages, walk.id if walk else None, self.cards, extras)
        self.navigator.subscribe(self._moved)
        old_home = self.home
        self.home = HomePage(pack, self)
        self.home.tileChosen.connect(self.open_page)
        self.stack.insertWidget(0, self.home)
        if old_home is not self.home:
            self.stack.removeWidget(old_home)
            old_home.deleteLater()
        self.page_view.set_pack(pack)
        self.walkthrough.set_pack(pack)
        self.attract.set_pack(pack)
        self.bar.set_safety(pack.safety)
        self.bar.set_language(pack.language)

    def replace_packs(self, packs: Mapping[str, Pack]) -> None:
        """Show new content now, staying on the same page when it still exists."""
        if self.config.language not in packs:
            return
        where = self.current_id
        self.packs = dict(packs)
        self.staged = None
        if self.language not in self.packs:
            self.language = self.config.language
            self._retranslate()
        self.bar.languages = list(self.packs)
        self._install_pack(self.packs[self.language])
        self.restyle()
        self._show(self.navigator.current)
        if where != HOME:
            self.navigator.go(where)
        log.info("content reloaded")

    def stage_packs(self, packs: Mapping[str, Pack]) -> None:
        """Keep new content aside until the next idle reset, so no patient sees it change."""
        self.staged = dict(packs)
        self.refused_update = ""
        log.info("new content checked; it will show after the next idle reset")

    def set_language(self, language: str) -> None:
        if language == self.language or language not in self.packs:
            return
        self.language = language
        self._retranslate()
        self._install_pack(self.packs[language])
        self.restyle()
        self._show(self.navigator.current)
        self.languageChosen.emit(language)

    def _retranslate(self) -> None:
        install_translator(self.language)
        self.bar.retranslate()
        self.still_reading.retranslate()
        self.attract.retranslate()
        self.pin_pad.retranslate()
        self.walkthrough.retranslate()
        for cue in self.findChildren(ScrollCue):
            cue.retranslate()
        for view in (self.page_view, self.walkthrough.card):
            view.take_home.retranslate()

    # -- navigation ---------------------------------------------------------

    def open_page(self, page_id: str) -> None:
        if not self.navigator.go(page_id):
            log.warning("no page %r in this pack; staying on %s", page_id, self.current_id)

    def next_card(self) -> None:
        """Next walkthrough card; Finish on the last one goes Home."""
        finishing = self.navigator.is_last_card
        self.navigator.next()
        if finishing:
            self.walkthroughFinished.emit()

    def _open_quiz(self) -> None:
        if self.pack.quiz is not None:
            self.open_page(self.pack.quiz.id)

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

    def _moved(self, old: Location, new: Location) -> None:
        self._show(new)
        forward = new.page != HOME and (old.page == HOME or new.card > old.card
                                         or len(self.navigator.history) > self._depth)
        self._depth = len(self.navigator.history)
        page = self.stack.currentWidget()
        if page is not None:
            self.slide.slide(page, forward)

    def _show(self, where: Location) -> None:
        self.speech.stop()
        css = page_css(self.palette_, self.sizes)
        on_home = where.page == HOME
        showing: Page | None = None
        if on_home:
            self.stack.setCurrentWidget(self.home)
        elif self.navigator.in_walkthrough and self.cards:
            index = where.card
            showing = self.pack.page(self.cards[index])
            assert showing is not None
            first_step = 1 if self.pack.safety else 0
            self.walkthrough.show_card(
                showing, self._card_label(index), index - first_step, len(self.pack.steps), css
            )
            self.stack.setCurrentWidget(self.walkthrough)
        else:
            showing = self.pack.page(where.page)
            if showing is None:
                self.navigator.home()
                return
            self.page_view.show_page(showing, css)
            self.stack.setCurrentWidget(self.page_view)
        quiz_offer = (self.navigator.is_last_card and self.pack.quiz is not None
                      and self.navigator.card_id != self.pack.quiz.id)
        self.walkthrough.offer_quiz(quiz_offer)
        self.bar.show_for(
            on_home=on_home,
            in_walkthrough=self.navigator.in_walkthrough,
            last_card=self.navigator.is_last_card,
            safety_here=showing is not None and showing.kind is Kind.SAFETY,
        )
        self.pageShown.emit(self.current_id)

    def _card_label(self, index: int) -> str:
        steps = len(self.pack.steps)
        first_step = 1 if self.pack.safety else 0
        if index < first_step:
            return self.tr("Before you start")
        if index >= first_step + steps:
            return self.tr("Check what you learned")
        return self.tr("Step {0} of {1}").format(index - first_step + 1, steps)

    # -- read aloud ------------------------------------------------------------

    def read_aloud(self) -> None:
        """The one Read aloud button: read, pause, or go on."""
        if self.speech.state is Speech.SPEAKING:
            self.speech.pause()
        elif self.speech.state is Speech.PAUSED:
            self.speech.resume()
        else:
            self.speech.say(self.screen_text(), self.language)

    def screen_text(self) -> str:
        """What is on screen, in reading order, as plain text."""
        if self.navigator.current.page == HOME:
            home = self.pack.home
            lines = [home.title, home.summary] if home else []
            lines += [f"{page.title}. {page.summary}" for page in self.pack.tiles]
            return "\n".join(lines)
        page = self.pack.page(self.current_id)
        if page is None:
            return ""
        lines = [page.title, page.summary, page.text]
        if self.navigator.in_walkthrough:
            lines.insert(0, self.walkthrough.step_label.text())
        return "\n".join(line for line in lines if line)

    # -- text size and theme -------------------------------------------------

    def set_text_size(self, size: str) -> None:
        if size in theme.TEXT_SCALES and size != self.text_size:
            self.text_size = size
            self.restyle()

    def set_theme(self, name: str) -> None:
        if name in theme.PALETTES and name != self.palette_.name:
            self.palette_ = theme.PALETTES[name]
            self.restyle()

    def restyle(self) -> None:
        size = self.size() if self.width() > 0 and self.height() > 0 else QSize(1920, 1080)
        self.sizes = theme.metrics(size.width(), size.height(), self.text_size)
        portrait = size.height() > size.width()
        sheet = window_stylesheet(self.palette_, self.sizes)
        if sheet != self.styleSheet():  # re-polishing every widget is the costly part
            self.setStyleSheet(sheet)
        self.home.apply_metrics(self.sizes, portrait)
        self.page_view.apply_metrics(self.sizes, portrait, size)
        self.walkthrough.apply_metrics(self.sizes, self.palette_, portrait, size)
        self.bar.apply_metrics(self.sizes, self.palette_, portrait, self.text_size)
        self.corner.apply_metrics(self.sizes, self.palette_)
        keyboard_focus_only(self)
        for layer in (self.still_reading, self.pin_pad):
            layer.apply_metrics(self.sizes, size)
        self.attract.apply_metrics(self.sizes)
        self.staff.apply_metrics(self.palette_, self.sizes, size)
        self.bar.resize(size.width(), self.bar.height())
        self.bar.fit()
        css = page_css(self.palette_, self.sizes)
        self.page_view.restyle(css)
        self.walkthrough.card.restyle(css)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._restyle_timer.start()

    # -- idle ------------------------------------------------------------------

    def is_pristine(self) -> bool:
        """True when the kiosk already looks as it does for a new patient."""
        return (
            self.navigator.current.page == HOME
            and self.text_size == self.config.text_size
            and self.palette_.name == self.config.theme
            and self.language == self.config.language
            and not self.pin_pad.isVisible()
            and not self.staff.isVisible()
        )

    def _warn(self, seconds: int) -> None:
        self.still_reading.set_seconds(seconds)
        self.still_reading.open()

    def keep_reading(self) -> None:
        self.still_reading.hide()
        self.idle.restart()

    def _woken(self) -> None:
        self.idle.restart()

    def reset_for_next_patient(self) -> None:
        """Home, defaults, no history, no layer left open: ready for the next patient."""
        self.still_reading.hide()
        self.pin_pad.dismiss()
        self.speech.stop()
        self.attract.stop()
        self.text_size = self.config.text_size
        self.palette_ = theme.PALETTES[self.config.theme]
        if self.staged is not None:
            self.packs, self.staged = self.staged, None
            self.bar.languages = list(self.packs)
            self.language = self.config.language
            self._retranslate()
            self._install_pack(self.packs[self.language])
            log.info("new content is showing")
        elif self.language != self.config.language:
            self.language = self.config.language
            self._retranslate()
            self._install_pack(self.packs[self.language])
        self.navigator.reset()
        self.slide.finish()
        for view in (self.page_view, self.walkthrough.card, self.home):
            view.scroll_to_top()
        self.restyle()
        self._show(self.navigator.current)
        self.idle.restart()
        log.info("idle reset")
        self.resetDone.emit()

    # -- staff exit and kiosk mode -----------------------------------------------

    def open_staff_exit(self) -> None:
        if self.staff.isVisible():
            return
        self.staff.return_focus = self.focusWidget()  # the PIN pad's keys take it next
        if not self.config.staff_pin_hash:
            log.warning("staff exit without a PIN (none is configured)")
            self.staff_exit()
            return
        self.attract.stop()
        self.still_reading.hide()
        self.pin_pad.open()

    def open_staff_screen(self) -> None:
        """Over the patient screens, which stay as they are; the idle reset waits meanwhile."""
        self.idle.timer.stop()
        self.speech.stop()
        self.attract.stop()
        self.still_reading.hide()
        self.staff.open()

    def _test_read_aloud(self) -> None:
        if not self.speech.available:
            self.staff.say(self.tr("No voice: {0}").format(self.speech.reason))
            return
        kept = self.speech.text  # the patient's Repeat still repeats their page
        self.speech.stop()
        self.speech.say(self.tr("This is a test of read aloud."), self.language)
        self.speech.text = kept
        self.staff.say(self.tr("Reading a test sentence aloud."))

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
