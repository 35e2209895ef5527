"""Live content: notice saved content files and reload them.

In a window (front desk, staff editing) a saved change shows within a second.
In kiosk mode a changed pack is checked and, only when it has no problem at all,
swapped in at the next idle reset, so a patient never sees a half-edited pack.

Reading and checking the files is file work that can take a while on a slow or
busy disk, so it runs on a worker thread (a QThreadPool of one); the GUI thread
only starts it and, when the result comes back, swaps the packs in. One load runs
at a time: a change saved during a load starts one more load when it ends.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QRunnable, QThreadPool, Signal

from kiosk.content.model import Pack
from kiosk.ui.platform.timers import named_timer
from kiosk.ui.window import KioskWindow

log = logging.getLogger(__name__)
SETTLE_MS = 300
"""Editors write a file in several steps; wait for them to finish."""

Loader = Callable[[], tuple[dict[str, Pack], int]]


def watched_paths(root: Path) -> list[str]:
    """The content folder and everything in it that a change could be saved to."""
    try:
        return [str(root)] + [str(p) for p in sorted(root.rglob("*")) if not p.name.startswith(".")]
    except OSError as error:
        log.warning("cannot list the content folder %s (%s)", root, error.strerror)
        return [str(root)]


class _Done(QObject):
    """Carries a worker's result back to the GUI thread (a queued signal)."""

    finished = Signal(object)


class _LoadJob(QRunnable):
    def __init__(self, root: Path, load: Loader, done: _Done) -> None:
        super().__init__()
        self.root, self.load, self.done = root, load, done
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result: tuple[dict[str, Pack], int, list[str]] | None = (*self.load(), watched_paths(self.root))
        except Exception:  # a loader bug must not take the kiosk down; the old content stays
            log.exception("reloading the content failed; keeping the content shown now")
            result = None
        self.done.finished.emit(result)


class ContentWatcher(QObject):
    """Emits ``reloaded(packs, problems)`` after the content folder changes."""

    reloaded = Signal(object, int)

    def __init__(self, root: Path, load: Loader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.load = load
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setObjectName("content-loader")
        self.loading = False
        self.again = False
        self.done = _Done(self)
        self.done.finished.connect(self._loaded)
        self.watcher = QFileSystemWatcher(self)
        self.settle = named_timer(self, "content-settle", SETTLE_MS, self._reload, single_shot=True)
        self.watcher.directoryChanged.connect(lambda _path: self.settle.start())
        self.watcher.fileChanged.connect(lambda _path: self.settle.start())
        self._watch(watched_paths(root))

    def _watch(self, paths: list[str]) -> None:
        """(Re)watch every folder and file: saving by renaming drops the old file's watch."""
        have = set(self.watcher.files() + self.watcher.directories())
        missing = [p for p in paths if p not in have]
        if missing:
            self.watcher.addPaths(missing)

    def _reload(self) -> None:
        if self.loading:
            self.again = True
            return
        self.loading = True
        self.pool.start(_LoadJob(self.root, self.load, self.done))

    def _loaded(self, result: tuple[dict[str, Pack], int, list[str]] | None) -> None:
        """On the GUI thread: hand the new packs on, then load again if files changed meanwhile."""
        self.loading = False
        if result is not None:
            packs, problems, paths = result
            self._watch(paths)
            self.reloaded.emit(packs, problems)
        if self.again:
            self.again = False
            self._reload()

    def wait(self, milliseconds: int = 5000) -> bool:
        """Wait for a load under way (at exit, and in tests)."""
        return bool(self.pool.waitForDone(milliseconds))


def use_reloaded(window: KioskWindow, packs: dict[str, Pack], problems: int, windowed: bool) -> None:
    """Show reloaded content now (window), at the next reset (kiosk, only when clean), or never."""
    if not packs:
        window.refused_update = "the changed content has no page to show"
        log.error("the changed content has no page to show; keeping the content shown now")
    elif window.config.language not in packs:
        log.error("the changed content has nothing to show in '%s', the language the kiosk starts "
                  "in; keeping the content shown now", window.config.language)
    elif windowed:
        window.replace_packs(packs)
    elif problems:
        window.refused_update = f"the changed content has {problems} problem(s)"
        log.error("the changed content has %d problem(s) (above); keeping the content shown now "
                  "until they are fixed", problems)
    else:
        window.stage_packs(packs)
