"""Home, a page or a walkthrough card: the part of the window that shows where the patient is."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from kiosk.content.model import Pack, Page
from kiosk.core.session import Card, Session
from kiosk.core.theme import Metrics, Palette
from kiosk.ui.platform.on_demand import OnDemand
from kiosk.ui.views.home import HomePage

if TYPE_CHECKING:  # built when first shown, so imported then
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
        self.pack, self.base_url = pack, base_url
        self.home = self._new_home(pack)
        self._look: tuple[Metrics, Palette, bool, QSize] | None = None
        self._page_view = OnDemand(self._new_page_view)
        self._walkthrough = OnDemand(self._new_walkthrough)

    # The page view and the walkthrough (with its quiz) are built when first shown.

    @property
    def page_view(self) -> PageView:
        return self._page_view()

    @property
    def walkthrough(self) -> WalkthroughView:
        return self._walkthrough()

    def _new_page_view(self) -> PageView:
        from kiosk.ui.views.page_view import PageView

        view = PageView(self.pack, self)
        view.base_url = self.base_url
        view.pageLinkClicked.connect(self.pageChosen)
        self.addWidget(view)
        if self._look:
            sizes, _palette, portrait, size = self._look
            view.apply_metrics(sizes, portrait, size)
        return view

    def _new_walkthrough(self) -> WalkthroughView:
        from kiosk.ui.views.walkthrough import WalkthroughView

        view = WalkthroughView(self.pack, self)
        view.card.base_url = self.base_url
        view.pageLinkClicked.connect(self.pageChosen)
        view.swipedNext.connect(self.swipedNext)
        view.swipedBack.connect(self.swipedBack)
        view.quiz_offer.clicked.connect(self.quizAsked)
        view.quiz.answered.connect(self.quizAnswered)
        view.quiz.leadsChanged.connect(self._quiz_leads)
        self.addWidget(view)
        if self._look:
            view.apply_metrics(*self._look)
        return view

    def _views(self) -> list[PageView]:
        """The page views built so far: the page's and the walkthrough card's."""
        views = [self._page_view.built] if self._page_view.built else []
        return views + ([self._walkthrough.built.card] if self._walkthrough.built else [])

    def _new_home(self, pack: Pack) -> HomePage:
        home = HomePage(pack, self)
        home.tileChosen.connect(self.pageChosen)
        self.insertWidget(0, home)
        return home

    def set_pack(self, pack: Pack) -> None:
        """Show another pack: a new Home (its tiles), the page and card views told."""
        self.pack = pack
        old_home, self.home = self.home, self._new_home(pack)
        self.removeWidget(old_home)
        old_home.deleteLater()
        if self._look:
            self.home.apply_metrics(self._look[0], self._look[2])
        self._page_view.if_built(lambda view: view.set_pack(pack))
        self._walkthrough.if_built(lambda view: view.set_pack(pack))

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
        self._walkthrough.if_built(lambda view: view.offer_quiz(session.quiz_offered))
        on_quiz = card is not None and bool(card.page.questions)  # (so the walkthrough is built)
        self.barNextLeads.emit(not (on_quiz and self.walkthrough.quiz.leads))
        return showing

    def _quiz_leads(self, leads: bool) -> None:
        walkthrough = self.walkthrough
        if self.currentWidget() is walkthrough and walkthrough.cards.currentWidget() is walkthrough.quiz:
            self.barNextLeads.emit(not leads)

    def retranslate(self) -> None:
        self._walkthrough.if_built(lambda view: view.retranslate())
        for view in self._views():
            view.take_home.retranslate()

    def apply_metrics(self, sizes: Metrics, palette: Palette, portrait: bool, size: QSize) -> None:
        self._look = (sizes, palette, portrait, size)
        self.home.apply_metrics(sizes, portrait)
        self._page_view.if_built(lambda view: view.apply_metrics(sizes, portrait, size))
        self._walkthrough.if_built(lambda view: view.apply_metrics(sizes, palette, portrait, size))

    def restyle(self, css: str) -> None:
        for view in self._views():
            view.restyle(css)

    def picture_shown(self, in_walkthrough: bool) -> bool:
        """Whether the page or card on screen shows its picture (so its caption)."""
        if in_walkthrough:
            walkthrough = self._walkthrough.built
            view = walkthrough.card if walkthrough is not None else None
        else:
            view = self._page_view.built
        return view is not None and view.illustration.has_picture

    def scroll_to_top(self) -> None:
        self.home.scroll_to_top()
        for view in self._views():
            view.scroll_to_top()
