"""The controls always in reach: Back, Home, Next, text size, contrast, language,
and the slim safety strip above them."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QPushButton, QWidget

from kiosk.content.model import Page
from kiosk.theme import TEXT_SCALES, Metrics, Palette
from kiosk.ui.icons import themed_icon
from kiosk.ui.speech import Speech

LANGUAGE_NAMES = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "pt": "Português",
    "zh": "中文",
    "vi": "Tiếng Việt",
    "ko": "한국어",
    "ar": "العربية",
}


class BottomBar(QWidget):
    """Emits what the patient asked for; the window decides what it means."""

    textSizeChosen = Signal(str)  # noqa: N815
    contrastToggled = Signal(bool)  # noqa: N815
    languageChosen = Signal(str)  # noqa: N815
    readPressed = Signal()  # noqa: N815
    repeatPressed = Signal()  # noqa: N815

    def __init__(self, languages: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BottomBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.languages = languages
        self.language = languages[0] if languages else "en"
        self.safety_strip = QPushButton(parent)
        self.safety_strip.setObjectName("SafetyStrip")
        self.back_button = QPushButton(self)
        self.home_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("PrimaryButton")
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.quiz_button = QPushButton(self)
        self.quiz_button.setObjectName("ToolButton")
        self.quiz_button.hide()
        self.size_buttons: dict[str, QPushButton] = {}
        self.size_group = QButtonGroup(self)
        self.size_group.setExclusive(True)
        for size in TEXT_SCALES:
            button = QPushButton("A", self)
            button.setObjectName("SizeButton")
            button.setCheckable(True)
            button.setProperty("textSize", size)
            self.size_group.addButton(button)
            self.size_buttons[size] = button
            button.clicked.connect(lambda _=False, s=size: self.textSizeChosen.emit(s))
        self.size_buttons["normal"].setChecked(True)
        self.contrast_button = QPushButton(self)
        self.contrast_button.setObjectName("ToolButton")
        self.contrast_button.setCheckable(True)
        self.contrast_button.toggled.connect(self.contrastToggled)
        self.read_button = QPushButton(self)
        self.read_button.setObjectName("ToolButton")
        self.read_button.clicked.connect(self.readPressed)
        self.repeat_button = QPushButton(self)
        self.repeat_button.setObjectName("ToolButton")
        self.repeat_button.clicked.connect(self.repeatPressed)
        self.speech = Speech.UNAVAILABLE
        self.read_button.hide()
        self.repeat_button.hide()
        self.language_button = QPushButton(self)
        self.language_button.setObjectName("LanguageButton")
        self.language_button.clicked.connect(self._next_language)
        self.language_button.setVisible(len(languages) > 1)

        self.sizes_row = QHBoxLayout()
        self.sizes_row.setSpacing(0)
        for button in self.size_buttons.values():
            self.sizes_row.addWidget(button)
        self.grid = QGridLayout(self)
        self._portrait: bool | None = None
        self._stacked: bool | None = None
        self._state = (True, False, False, False)
        self._palette: Palette | None = None
        self._compact = False
        self._safety: Page | None = None
        self._pad = 32
        self.retranslate()

    # -- words -------------------------------------------------------------------

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleDescription(self.tr("Goes back one step"))
        self.home_button.setText(self.tr("Home"))
        self.home_button.setAccessibleDescription(self.tr("Goes to the start screen"))
        names = {
            "normal": self.tr("Normal text"),
            "large": self.tr("Large text"),
            "largest": self.tr("Largest text"),
        }
        for size, button in self.size_buttons.items():
            button.setAccessibleName(names[size])
            button.setAccessibleDescription(self.tr("Changes the size of the text"))
        self.contrast_button.setText("" if self._compact else self.tr("Contrast"))
        self.contrast_button.setAccessibleName(self.tr("High contrast"))
        self.contrast_button.setAccessibleDescription(
            self.tr("Switches to white text on black, for low vision")
        )
        self.safety_strip.setAccessibleDescription(self.tr("Opens the safety notice"))
        self._label_next()
        self._label_quiz()
        self._label_language()
        self._label_speech()

    def set_speech(self, state: Speech) -> None:
        self.speech = state
        self._label_speech()

    def _label_speech(self) -> None:
        state = self.speech
        self.read_button.setVisible(state is not Speech.UNAVAILABLE)
        self.repeat_button.setVisible(state in (Speech.SPEAKING, Speech.PAUSED))
        text, hint, icon = {
            Speech.SPEAKING: (self.tr("Pause"), self.tr("Pauses the reading"), "pause"),
            Speech.PAUSED: (self.tr("Resume"), self.tr("Goes on reading"), "speaker"),
        }.get(state, (self.tr("Read aloud"), self.tr("Reads this screen out loud"), "speaker"))
        self.read_button.setText("" if self._compact else text)
        self.read_button.setAccessibleName(text)
        self.read_button.setAccessibleDescription(hint)
        self.read_button.setProperty("icon_name", icon)
        self.repeat_button.setText("" if self._compact else self.tr("Repeat"))
        self.repeat_button.setAccessibleName(self.tr("Repeat"))
        self.repeat_button.setAccessibleDescription(self.tr("Reads this screen again from the start"))
        if self._palette is not None:
            self.read_button.setIcon(themed_icon(icon, self._palette.ink))

    def _label_quiz(self) -> None:
        self.quiz_button.setText(self.tr("Check what you learned"))
        self.quiz_button.setAccessibleDescription(
            self.tr("A few short questions; answers are counted but not linked to you")
        )

    def _label_next(self) -> None:
        _, in_walk, last, _ = self._state
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self.next_button.setAccessibleDescription(
            self.tr("Ends the walkthrough and goes to the start screen")
            if last
            else self.tr("Goes to the next step")
        )

    def _label_language(self) -> None:
        target = self._other_language()
        name = LANGUAGE_NAMES.get(target, target)
        self.language_button.setText(name)
        self.language_button.setAccessibleName(name)
        self.language_button.setAccessibleDescription(self.tr("Changes the language"))

    def _other_language(self) -> str:
        if len(self.languages) < 2:
            return self.language
        index = self.languages.index(self.language) if self.language in self.languages else 0
        return self.languages[(index + 1) % len(self.languages)]

    def _next_language(self) -> None:
        self.languageChosen.emit(self._other_language())

    def set_language(self, language: str) -> None:
        self.language = language
        self._label_language()

    def set_safety(self, safety: Page | None) -> None:
        self.safety_strip.setText(f"{safety.title}: {safety.summary}   ›" if safety else "")
        self.safety_strip.setAccessibleName(safety.title if safety else "")
        self.safety_strip.setAccessibleDescription(
            f"{safety.summary} {self.tr('Opens the safety notice')}" if safety else "")
        self._safety = safety
        self._fit_safety()

    # -- what shows where ------------------------------------------------------

    def show_for(
        self, *, on_home: bool, in_walkthrough: bool, last_card: bool, safety_here: bool,
        quiz_offer: bool = False,
    ) -> None:
        self._state = (on_home, in_walkthrough, last_card, safety_here)
        self.quiz_button.setVisible(quiz_offer)
        self.back_button.setVisible(not on_home)
        self.home_button.setVisible(not on_home)
        self.next_button.setVisible(in_walkthrough)
        self.language_button.setVisible(on_home and len(self.languages) > 1)
        self.safety_strip.setVisible(not on_home and not safety_here and bool(self.safety_strip.text()))
        self._label_next()
        self.fit()

    def fit(self) -> None:
        """One row with words; else one row of icons for the reading tools; else three rows
        (always three in portrait). The safety strip's line is shortened to its width."""
        margins = self.grid.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        self._fit_safety()
        if room <= 0:
            return
        stacked = bool(self._portrait)
        self._set_compact(False)
        if not stacked and self._one_row() > room:
            self._set_compact(True)
            if self._one_row() > room:
                self._set_compact(False)
                stacked = True
        if stacked != self._stacked:
            self._stacked = stacked
            self._place(stacked)
        if stacked and self._widest_row() > room:
            self._set_compact(True)

    def _set_compact(self, compact: bool) -> None:
        if compact != self._compact:
            self._compact = compact
            self.retranslate()

    def _one_row(self) -> int:
        visible = [w for w in self._widgets() if not w.isHidden() and w not in self.size_buttons.values()]
        return (sum(w.sizeHint().width() for w in visible) + self.sizes_row.sizeHint().width()
                + self.grid.horizontalSpacing() * len(visible))

    def _widest_row(self) -> int:
        rows: dict[int, int] = {}
        for index in range(self.grid.count()):
            item = self.grid.itemAt(index)
            if item is None:
                continue
            position: tuple[int, int, int, int] = self.grid.getItemPosition(index)  # type: ignore[assignment]
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            width = item.sizeHint().width() + self.grid.horizontalSpacing()
            rows[position[0]] = rows.get(position[0], 0) + width
        return max(rows.values(), default=0)

    def _fit_safety(self) -> None:
        safety = self._safety
        if safety is None:
            return
        strip = self.safety_strip
        strip.ensurePolished()
        metrics = QFontMetrics(strip.font())
        arrow = "   ›"
        width = (strip.width() if strip.isVisible() else self.width()) - 2 * self._pad
        text = metrics.elidedText(f"{safety.title}: {safety.summary}", Qt.TextElideMode.ElideRight,
                                  max(0, width - metrics.horizontalAdvance(arrow)))
        strip.setText(text + arrow)

    def apply_metrics(self, sizes: Metrics, palette: Palette, portrait: bool, text_size: str) -> None:
        self._palette = palette
        self._pad = sizes.pad
        pad = sizes.pad * (1 if portrait else 2)
        self.grid.setContentsMargins(pad, sizes.gap // 2, pad, sizes.gap // 2)
        self.grid.setHorizontalSpacing(sizes.gap)
        self.grid.setVerticalSpacing(sizes.gap // 2)
        icon = QSize(sizes.button * 3 // 2, sizes.button * 3 // 2)
        for button, name, colour in (
            (self.back_button, "back", palette.ink),
            (self.home_button, "home", palette.ink),
            (self.next_button, "next", palette.on_primary),
            (self.contrast_button, "contrast", palette.ink),
            (self.language_button, "language", palette.ink),
            (self.read_button, str(self.read_button.property("icon_name") or "speaker"), palette.ink),
            (self.repeat_button, "replay", palette.ink),
        ):
            button.setIcon(themed_icon(name, colour))
            button.setIconSize(icon)
        for size, button in self.size_buttons.items():
            button.setChecked(size == text_size)
        self.contrast_button.setChecked(palette.name == "high-contrast")
        self._portrait = portrait
        self._compact = False
        self.retranslate()
        self.fit()

    def _place(self, stacked: bool) -> None:
        for widget in self._widgets():
            self.grid.removeWidget(widget)
        self.grid.removeItem(self.sizes_row)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        if stacked:
            # Three short rows in the lower third: reading tools, then the way on.
            self.grid.addWidget(self.read_button, 0, 0)
            self.grid.addWidget(self.repeat_button, 0, 1)
            self.grid.addWidget(self.language_button, 0, 3)
            self.grid.addLayout(self.sizes_row, 1, 0)
            self.grid.addWidget(self.contrast_button, 1, 1)
            self.grid.addWidget(self.back_button, 2, 0)
            self.grid.addWidget(self.home_button, 2, 1)
            self.grid.addWidget(self.quiz_button, 1, 2, 1, 2)
            self.grid.addWidget(self.next_button, 2, 3)
            self.grid.setColumnStretch(2, 1)
        else:
            self.grid.addWidget(self.back_button, 0, 0)
            self.grid.addWidget(self.home_button, 0, 1)
            self.grid.setColumnStretch(2, 1)
            self.grid.addWidget(self.read_button, 0, 3)
            self.grid.addWidget(self.repeat_button, 0, 4)
            self.grid.addLayout(self.sizes_row, 0, 5)
            self.grid.addWidget(self.contrast_button, 0, 6)
            self.grid.setColumnStretch(7, 1)
            self.grid.addWidget(self.language_button, 0, 8)
            self.grid.addWidget(self.quiz_button, 0, 9)
            self.grid.addWidget(self.next_button, 0, 10)

    def _widgets(self) -> list[QWidget]:
        """The bar's controls in visual (and focus) order."""
        return [self.back_button, self.home_button, self.read_button, self.repeat_button,
                *self.size_buttons.values(), self.contrast_button, self.language_button,
                self.quiz_button, self.next_button]
