"""One page of text: title, summary, illustration and the Markdown body."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.content.loader import TICK_BOX
from kiosk.content.model import Kind, Pack, Page
from kiosk.core.take_home import take_home_url
from kiosk.core.theme import Metrics
from kiosk.ui.views.picture import Picture
from kiosk.ui.views.plain_label import PlainLabel
from kiosk.ui.views.qr_code import TakeHome
from kiosk.ui.views.scrolling import ScrollCue
from kiosk.ui.views.text_view import PageText

CHECKLIST_CSS = "li { margin-bottom: 2px; line-height: 120%; }"
"""A checklist is read as one list to photograph: its lines sit closer than a page's paragraphs."""


def checklist_html(html: str) -> str:
    """A checklist as a numbered list: numbers help at the visit ("my question 3") and,
    unlike tick boxes, do not look like something to tap."""
    return (html.replace('<ul style="list-style-type: none">', "<ol>")
            .replace("</ul>", "</ol>").replace(TICK_BOX, ""))


class PageView(QWidget):
    """Shows one Page; emits ``pageLinkClicked(id)`` for links inside its text."""

    pageLinkClicked = Signal(str)  # noqa: N815

    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.page: Page | None = None
        self.icon = Picture(self)
        self.number = PlainLabel(self)
        self.number.setObjectName("StepNumber")
        self.number.hide()
        self.title = PlainLabel(self)
        self.title.setObjectName("PageTitle")
        self.summary = PlainLabel(self)
        self.summary.setObjectName("PageSummary")
        for label in (self.title, self.summary):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.illustration = Picture(self)
        self.illustration.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.text = PageText(pack.images, self)
        self.cue = ScrollCue(self.text)
        self.take_home = TakeHome(self)
        self.base_url = ""
        self.language = pack.language
        self.text.pageLinkClicked.connect(self.pageLinkClicked)

        heading = QVBoxLayout()
        heading.setSpacing(4)
        heading.addWidget(self.title)
        heading.addWidget(self.summary)
        self.top = QHBoxLayout()
        self.top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.top.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        self.top.addLayout(heading, 1)
        self.side = QVBoxLayout()
        self.side.setContentsMargins(0, 0, 0, 0)
        self.side.addWidget(self.illustration, 1)
        self.side.addWidget(self.take_home, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addLayout(self.side)
        self.body.addWidget(self.text, 3)
        self.outer = QVBoxLayout(self)
        self.outer.addLayout(self.top)
        self.outer.addLayout(self.body, 1)
        self._css = ""

    def set_pack(self, pack: Pack) -> None:
        self.text.set_images(pack.images)
        self.language = pack.language

    def show_page(self, page: Page, css: str) -> None:
        self.page = page
        self._css = css
        self.title.setText(page.title)
        self.summary.setText(page.summary)
        self.summary.setVisible(bool(page.summary))
        self.icon.set_path(page.icon)
        self.number.hide()
        self.illustration.set_path(page.illustration)
        self.illustration.set_caption(page.caption)
        self.text.show_html(self._html(page), self._page_css(page, css))
        self.text.setAccessibleName(page.title)
        self.text.setAccessibleDescription(page.summary)
        self.take_home.set_url(take_home_url(self.base_url, self.language, page))

    @staticmethod
    def _html(page: Page) -> str:
        return checklist_html(page.html) if page.kind is Kind.CHECKLIST else page.html

    @staticmethod
    def _page_css(page: Page, css: str) -> str:
        return css + "\n" + CHECKLIST_CSS if page.kind is Kind.CHECKLIST else css

    def set_number(self, number: str) -> None:
        """A walkthrough step's number, shown in place of its icon ("" shows the icon)."""
        self.number.setText(number)
        self.number.setVisible(bool(number))
        self.number.setAccessibleName(number)
        self.icon.setVisible(not number and self.icon.has_picture)

    def scroll_to_top(self) -> None:
        self.text.verticalScrollBar().setValue(0)

    def restyle(self, css: str) -> None:
        """Re-lay the text with new sizes or colours, keeping the reading position."""
        if self.page is not None and css != self._css:
            position = self.text.verticalScrollBar().value()
            self._css = css
            self.text.show_html(self._html(self.page), self._page_css(self.page, css))
            self.text.verticalScrollBar().setValue(position)

    def apply_metrics(self, sizes: Metrics, portrait: bool, area: QSize) -> None:
        """Lay out for a screen of ``area``: picture beside the text, or above it in portrait.

        The picture takes what room is left, keeping its shape; the take-home code keeps
        its size (a phone must read it from arm's length).
        """
        margin = sizes.pad * 2 if not portrait else sizes.pad
        self.outer.setContentsMargins(margin, sizes.pad, margin, sizes.gap // 2)
        self.outer.setSpacing(sizes.gap)
        self.top.setSpacing(sizes.gap)
        self.icon.setFixedSize(sizes.icon, sizes.icon)
        self.number.setFixedSize(sizes.icon, sizes.icon)
        self.body.setSpacing(sizes.pad)
        self.side.setSpacing(sizes.gap)
        self.take_home.set_side(round(sizes.scale * 200), sizes.gap // 2)
        self.top.removeWidget(self.take_home)
        self.side.removeWidget(self.take_home)
        self.illustration.setMinimumSize(0, 0)
        self.illustration.setMaximumSize(16777215, 16777215)
        if portrait:
            self.top.addWidget(self.take_home, 0, Qt.AlignmentFlag.AlignTop)
            self.body.setDirection(QBoxLayout.Direction.TopToBottom)
            self.illustration.setFixedHeight(round(area.height() * 0.24))
            self.body.setStretch(0, 0)
            self.body.setStretch(1, 1)
        else:
            self.side.addWidget(self.take_home, 0, Qt.AlignmentFlag.AlignHCenter)
            self.body.setDirection(QBoxLayout.Direction.LeftToRight)
            width = round((area.width() - 2 * margin) * 0.36)
            self.illustration.setFixedWidth(width)
            self.illustration.setMaximumHeight(round(width * 300 / 480))
            self.body.setStretch(0, 0)
            self.body.setStretch(1, 1)
