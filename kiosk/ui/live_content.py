"""Live content: notice saved content files and reload them.

In a window (front desk, staff editing) a saved change shows within a second.
In kiosk mode a changed pack is checked and, only when it has no problem at all,
swapped in at the next idle reset, so a patient never sees a half-edited pack.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from kiosk.content.model import Pack
from kiosk.ui.timers import named_timer
from kiosk.ui.window import KioskWindow

log = logging.getLogger(__name__)
SETTLE_MS = 300
"""Editors write a file in several steps; wait for them to finish."""

Loader = Callable[[], tuple[dict[str, Pack], int]]


class ContentWatcher(QObject):
    """Emits ``reloaded(packs, problems)`` after the content folder changes."""

    reloaded = Signal(object, int)

    def __init__(self, root: Path, load: Loader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.load = load
        self.watcher = QFileSystemWatcher(self)
        self.settle = named_timer(self, "content-settle", SETTLE_MS, self._reload, single_shot=True)
        self.watcher.directoryChanged.connect(lambda _path: self.settle.start())
        self.watcher.fileChanged.connect(lambda _path: self.settle.start())
        self._watch()

    def _watch(self) -> None:
        """(Re)watch every folder and file: saving by renaming drops the old file's watch."""
        paths = [str(self.root)] + [str(p) for p in sorted(self.root.rglob("*"))
                                    if not p.name.startswith(".")]
        missing = [p for p in paths if p not in set(self.watcher.files() + self.watcher.directories())]
        if missing:
            self.watcher.addPaths(missing)

    def _reload(self) -> None:
        self._watch()
        packs, problems = self.load()
        self.reloaded.emit(packs, problems)


def use_reloaded(window: KioskWindow, packs: dict[str, Pack], problems: int, windowed: bool) -> None:
    """Show reloaded content now (window), at the next reset (kiosk, only when clean), or never."""
    if not packs:
        window.refused_update = "the changed content has no page to show"
        log.error("the changed content has no page to show; keeping the content shown now")
    elif windowed:
        window.replace_packs(packs)
    elif problems:
        window.refused_update = f"the changed content has {problems} problem(s)"
        log.error("the changed content has %d problem(s) (above); keeping the content shown now "
                  "until they are fixed", problems)
    else:
        window.stage_packs(packs)
