"""Home, a page or a walkthrough card: the part of the window that shows where the patient is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from kiosk.content.model import Pack, Page
from kiosk.core.session import Card, Session
from kiosk.core.theme import Metrics, Palette
from kiosk.ui.views.home import HomePage
from kiosk.ui.views.page_view import PageView
from kiosk.ui.views.walkthrough import WalkthroughView


class PageStack(QStackedWidget):
    """Shows what a Session says is on screen; taps come back as signals.

    Built from the pack shown and the take-home address (``base_url``) of the QR codes.
    """

    pageChosen = Signal(str)  # noqa: N815
    """A Home tile, or a link in a page or a walkthrough card."""
    swipedNext = Signal()  # noqa: N815
    swipedBack = Signal()  # noqa: N815
    quizAsked = Signal()  # noqa: N815
    """The last step's "Check what you learned"."""
    quizAnswered = Signal(str, bool)  # noqa: N815
    barNextLeads = Signal(bool)  # noqa: N815
    """Whether the bar's Next/Finish is the next step here: not while the quiz shown has
    questions left (its own "Next question" is)."""

    def __init__(self, pack: Pack, base_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = self._new_home(pack)
        self.page_view = PageView(pack, self)
        self.walkthrough = WalkthroughView(pack, self)
        for view in (self.page_view, self.walkthrough.card):
            view.base_url = base_url
        self.addWidget(self.page_view)
        self.addWidget(self.walkthrough)
        self.page_view.pageLinkClicked.connect(self.pageChosen)
        self.walkthrough.pageLinkClicked.connect(self.pageChosen)
        self.walkthrough.swipedNext.connect(self.swipedNext)
        self.walkthrough.swipedBack.connect(self.swipedBack)
        self.walkthrough.quiz_offer.clicked.connect(self.quizAsked)
        self.walkthrough.quiz.answered.connect(self.quizAnswered)
        self.walkthrough.quiz.leadsChanged.connect(self._quiz_leads)

    def _new_home(self, pack: Pack) -> HomePage:
        home = HomePage(pack, self)
        home.tileChosen.connect(self.pageChosen)
        self.insertWidget(0, home)
        return home

    def set_pack(self, pack: Pack) -> None:
        """Show another pack: a new Home (its tiles), the page and card views told."""
        old_home, self.home = self.home, self._new_home(pack)
        self.removeWidget(old_home)
        old_home.deleteLater()
        self.page_view.set_pack(pack)
        self.walkthrough.set_pack(pack)

    def show_place(self, session: Session, css: str, label: Callable[[Card], str]) -> Page | None:
        """Show Home, the walkthrough card or the page the session is on; the page shown
        (None on Home). ``label`` words a card's place ("Step 2 of 6")."""
        showing: Page | None = None
        card = session.current_card
        if session.on_home:
            self.setCurrentWidget(self.home)
        elif card is not None:
            showing = card.page
            self.walkthrough.show_card(card.page, label(card), card.step_index, card.steps, css)
            self.setCurrentWidget(self.walkthrough)
        else:
            showing = session.showing
            if showing is not None:
                self.page_view.show_page(showing, css)
                self.setCurrentWidget(self.page_view)
        self.walkthrough.offer_quiz(session.quiz_offered)
        on_quiz = card is not None and bool(card.page.questions)
        self.barNextLeads.emit(not (on_quiz and self.walkthrough.quiz.leads))
        return showing

    def _quiz_leads(self, leads: bool) -> None:
        walkthrough = self.walkthrough
        if self.currentWidget() is walkthrough and walkthrough.cards.currentWidget() is walkthrough.quiz:
            self.barNextLeads.emit(not leads)

    def retranslate(self) -> None:
        self.walkthrough.retranslate()
        for view in (self.page_view, self.walkthrough.card):
            view.take_home.retranslate()

    def apply_metrics(self, sizes: Metrics, palette: Palette, portrait: bool, size: QSize) -> None:
        self.home.apply_metrics(sizes, portrait)
        self.page_view.apply_metrics(sizes, portrait, size)
        self.walkthrough.apply_metrics(sizes, palette, portrait, size)

    def restyle(self, css: str) -> None:
        self.page_view.restyle(css)
        self.walkthrough.card.restyle(css)

    def picture_shown(self, in_walkthrough: bool) -> bool:
        """Whether the page or card on screen shows its picture (so its caption)."""
        view = self.walkthrough.card if in_walkthrough else self.page_view
        return view.illustration.has_picture

    def scroll_to_top(self) -> None:
        for view in (self.page_view, self.walkthrough.card, self.home):
            view.scroll_to_top()
