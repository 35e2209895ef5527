"""Where the patient is, shown: the session's place on the pages, the right buttons on the
bar, and every tap on either handed back to the session."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kiosk.content.model import Kind
from kiosk.core.navigation import Location
from kiosk.core.session import Card, Session, Stage
from kiosk.ui.platform.speech import ReadAloud
from kiosk.ui.views.bottom_bar import BottomBar
from kiosk.ui.views.motion import PageSlide
from kiosk.ui.views.page_stack import PageStack


def card_label(card: Card) -> str:
    """A walkthrough card's place as the screen words it ("Step 2 of 6")."""
    if card.stage is Stage.BEFORE:
        return QCoreApplication.translate("KioskWindow", "Before you start")
    if card.stage is Stage.AFTER:
        return QCoreApplication.translate("KioskWindow", "Check what you learned")
    return QCoreApplication.translate("KioskWindow", "Step {0} of {1}").format(card.number, card.steps)


class PatientFlow(QObject):
    """Shows the session's place; ``css`` gives the page style of the moment."""

    pageShown = Signal(str)  # noqa: N815
    walkthroughFinished = Signal()  # noqa: N815

    def __init__(self, session: Session, pages: PageStack, bar: BottomBar, slide: PageSlide,
                 speech: ReadAloud, css: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.pages, self.bar, self.slide, self.speech, self.css = (
            session, pages, bar, slide, speech, css)
        self.resetting = False
        """The kiosk going Home by itself: no patient's page view."""
        pages.pageChosen.connect(session.open)
        pages.swipedNext.connect(self.next_card)
        pages.swipedBack.connect(session.swipe_back)
        pages.quizAsked.connect(session.open_quiz)
        bar.safetyPressed.connect(session.open_safety)
        bar.backPressed.connect(session.back)
        bar.homePressed.connect(session.home)
        bar.nextPressed.connect(self.next_card)
        bar.textSizeChosen.connect(session.set_text_size)
        bar.contrastToggled.connect(lambda on: session.set_theme("high-contrast" if on else "standard"))
        session.on_move(self._moved)

    def next_card(self) -> None:
        """Next walkthrough card; Finish on the last one goes Home."""
        if self.session.next_card():
            self.walkthroughFinished.emit()

    def _moved(self, _old: Location, _new: Location, forward: bool) -> None:
        self.show()
        page = self.pages.currentWidget()
        if page is not None:
            self.slide.slide(page, forward)

    def show(self) -> None:
        self.speech.stop()
        session = self.session
        showing = self.pages.show_place(session, self.css(), card_label)
        if showing is None and not session.on_home:
            session.home()
            return
        self.bar.show_for(
            on_home=session.on_home,
            in_walkthrough=session.navigator.in_walkthrough,
            last_card=session.navigator.is_last_card,
            safety_here=showing is not None and showing.kind is Kind.SAFETY,
        )
        if not self.resetting:
            self.pageShown.emit(session.current_id)
