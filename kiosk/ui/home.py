"""Home: the topic title, a welcome line and one tile per page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.content.model import Kind, Pack
from kiosk.theme import Metrics
from kiosk.ui.tile import Tile


class HomePage(QWidget):
    """The start screen. Emits ``tileChosen(page_id)``."""

    tileChosen = Signal(str)  # noqa: N815

    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        home = pack.home
        self.title = QLabel(home.title if home else "", self)
        self.title.setObjectName("HomeTitle")
        self.title.setWordWrap(True)
        self.welcome = QLabel(home.summary if home else "", self)
        self.welcome.setObjectName("HomeWelcome")
        self.welcome.setWordWrap(True)
        self.tiles: dict[str, Tile] = {}
        self.hero: Tile | None = None
        for page in pack.tiles:
            style = {Kind.WALKTHROUGH: "HeroTile", Kind.SAFETY: "SafetyTile"}.get(page.kind, "Tile")
            tile = Tile(page.title, page.summary, page.icon, style, self)
            tile.clicked.connect(lambda _=False, pid=page.id: self.tileChosen.emit(pid))
            self.tiles[page.id] = tile
            if page.kind is Kind.WALKTHROUGH:
                self.hero = tile
        self.grid = QGridLayout()
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.welcome)
        self._layout.addLayout(self.grid, 1)
        self._columns = 0

    def scroll_to_top(self) -> None:
        """Home does not scroll; kept so a reset can treat every screen alike."""

    def apply_metrics(self, sizes: Metrics, portrait: bool) -> None:
        self._layout.setContentsMargins(sizes.pad * 2, sizes.pad, sizes.pad * 2, sizes.pad)
        self._layout.setSpacing(sizes.gap // 2)
        self.grid.setSpacing(sizes.gap)
        self._layout.setStretch(2, 1)
        for tile in self.tiles.values():
            tile.set_icon_size(round(sizes.icon * 1.5))
        columns = 2 if portrait else 3
        if columns != self._columns:
            self._columns = columns
            self._place(columns)

    def _place(self, columns: int) -> None:
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
        row = 0
        if self.hero is not None:
            self.grid.addWidget(self.hero, 0, 0, 1, columns)
            row = 1
        others = [t for t in self.tiles.values() if t is not self.hero]
        for index, tile in enumerate(others):
            self.grid.addWidget(tile, row + index // columns, index % columns)
        for r in range(self.grid.rowCount()):
            self.grid.setRowStretch(r, 2 if r >= row else 1)
        for c in range(self.grid.columnCount()):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
