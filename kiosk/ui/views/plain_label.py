"""A label that shows its text as plain words, always.

A QLabel left in its default AutoText mode guesses: a text that looks like HTML is
laid out as rich text, and a title such as ``<img src="/some/file.png">`` then
opens that file. Everything a content file puts on screen outside the page body
(titles, summaries, captions, quiz words) goes through this label instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class PlainLabel(QLabel):
    """A QLabel whose text format is Qt.PlainText and stays so; it opens no links."""

    def __init__(self, text: str | QWidget | None = "", parent: QWidget | None = None) -> None:
        if not isinstance(text, str):
            parent = text if text is not None else parent
            text = ""
        super().__init__(parent)
        super().setTextFormat(Qt.TextFormat.PlainText)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setText(text)

    def setTextFormat(self, _format: Qt.TextFormat) -> None:  # noqa: N802 (Qt API)
        """Ignored: this label shows plain text only."""
        super().setTextFormat(Qt.TextFormat.PlainText)
