"""The bar's way on: Back, Home, Next (Finish on the last step), and the slim safety
strip above the bar, whose line wraps to a second line rather than lose words.

The bottom bar (``bottom_bar``) owns these buttons and places them; the window
connects to their ``clicked``. Their words belong to the bar's translation
context, "BottomBar".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.content.model import Page
from kiosk.core.lines import balanced_lines
from kiosk.core.theme import Palette
from kiosk.ui.views.icons import themed_icon
from kiosk.ui.views.style import lead_or_quiet, set_look

ARROW = "   ›"


class Navigation:
    """Back, Home and Next, children of the bar; the safety strip, a child of the bar's parent."""

    def __init__(self, bar: QWidget, parent: QWidget | None) -> None:
        self.bar = bar
        self.safety_strip = QPushButton(parent)
        self.safety_strip.setObjectName("SafetyStrip")
        self.safety_strip.setProperty("wrapped", False)  # one line until it needs two
        self.back_button = QPushButton(bar)
        self.home_button = QPushButton(bar)
        self.next_button = QPushButton(bar)
        self.next_button.setObjectName("PrimaryButton")
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.last_card = False
        self.leads = True
        self.palette: Palette | None = None
        self.safety: Page | None = None
        self.pad = 32

    # -- words -------------------------------------------------------------------

    def retranslate(self) -> None:
        self.back_button.setText(QCoreApplication.translate("BottomBar", "Back"))
        self.back_button.setAccessibleDescription(
            QCoreApplication.translate("BottomBar", "Goes back one step"))
        self.home_button.setText(QCoreApplication.translate("BottomBar", "Home"))
        self.home_button.setAccessibleDescription(
            QCoreApplication.translate("BottomBar", "Goes to the start screen"))
        self.safety_strip.setAccessibleDescription(
            QCoreApplication.translate("BottomBar", "Opens the safety notice"))
        self.label_next()

    def label_next(self) -> None:
        last = self.last_card
        self.next_button.setText(QCoreApplication.translate("BottomBar", "Finish") if last
                                 else QCoreApplication.translate("BottomBar", "Next"))
        self.next_button.setAccessibleDescription(
            QCoreApplication.translate("BottomBar", "Ends the walkthrough and goes to the start screen")
            if last
            else QCoreApplication.translate("BottomBar", "Goes to the next step")
        )

    # -- what shows ----------------------------------------------------------------

    def show_for(self, *, on_home: bool, in_walkthrough: bool, last_card: bool, safety_here: bool) -> None:
        """The safety strip shows on every screen but the safety notice itself, Home included."""
        self.last_card = last_card
        self.back_button.setVisible(not on_home)
        self.home_button.setVisible(not on_home)
        self.next_button.setVisible(in_walkthrough)
        self.safety_strip.setVisible(not safety_here and bool(self.safety_strip.text()))
        self.label_next()

    def set_safety(self, safety: Page | None) -> None:
        self.safety_strip.setText(f"{safety.title}: {safety.summary}{ARROW}" if safety else "")
        self.safety_strip.setAccessibleName(safety.title if safety else "")
        opens = QCoreApplication.translate("BottomBar", "Opens the safety notice")
        self.safety_strip.setAccessibleDescription(f"{safety.summary} {opens}" if safety else "")
        self.safety = safety
        self.fit_safety()

    def fit_safety(self) -> None:
        safety = self.safety
        if safety is None or not self.bar.testAttribute(Qt.WidgetAttribute.WA_Resized):
            return  # fitted when the bar is given its width
        strip = self.safety_strip
        strip.ensurePolished()
        metrics = QFontMetrics(strip.font())
        width = (strip.width() if strip.isVisible() else self.bar.width()) - 2 * self.pad
        room = max(0, width - metrics.horizontalAdvance(ARROW))
        # Whole, on a second line when one is not enough (portrait at the largest text):
        # a patient must be able to read all of the safety line, not "Please read this be…".
        lines = balanced_lines(f"{safety.title}: {safety.summary}".split(), metrics.horizontalAdvance, room)
        text = "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, room) for line in lines)
        strip.setText(text + ARROW)
        wrapped = len(lines) > 1  # two lines get room above and below, clear of the amber rules
        set_look(strip, "wrapped", wrapped)

    # -- looks -------------------------------------------------------------------

    def lead(self, leads: bool) -> None:
        """Next/Finish filled as the next step, or outlined when something on the page is
        (the quiz's "Next question"): one thing on screen looks like the way on."""
        self.leads = leads
        if self.palette is not None:
            lead_or_quiet(self.next_button, leads, self.palette)
        else:
            set_look(self.next_button, "quiet", not leads)

    def apply_icons(self, palette: Palette, size: QSize) -> None:
        self.palette = palette
        for button, name, colour in (
            (self.back_button, "back", palette.ink),
            (self.home_button, "home", palette.ink),
        ):
            button.setIcon(themed_icon(name, colour))
            button.setIconSize(size)
        self.next_button.setIconSize(size)
        self.lead(self.leads)
