"""Usage counts for the front desk: what was read, per hour, and nothing about who.

Only these are counted, per local clock hour ('YYYY-MM-DDTHH'):

========================  =====================================  =================
event                     key                                    example key
========================  =====================================  =================
page_view                 language/page id                       es/does-it-hurt
walkthrough_completed     language                               en
quiz_right, quiz_wrong    language/question id                   es/q2
language_chosen           language                               es
========================  =====================================  =================

Question ids come from the content (kiosk/content/quiz.py): the id an editor wrote
after the question (``{#cream-first}``), else ``q`` and the question's number.

Keys must look like ids (lowercase letters, digits, '-' and '_') or language codes
('en', 'pt-BR'); anything else, such as text a patient typed, is dropped with a
warning, so the file can never hold something that identifies a person. There are
no timestamps finer than the hour and no per-visit rows.

Counts are kept in memory and added to an SQLite file by ``flush()`` (the kiosk
calls it once a minute, off the GUI thread) and by ``close()``: one transaction per
flush, so a crash or power cut loses at most the last minute. The file uses
SQLite's default rollback journal (no -wal/-shm files), which `kiosk stats` reads
while the kiosk runs.

One rule for every problem with the file: **when the database cannot be used, the
file is left exactly as it is, counting goes on in memory, and the log says why**
(a full disk is named as such). The next flush tries again, so counts made while
the disk was full are written once there is room. Nothing here raises to the caller.
"""

from __future__ import annotations

import errno
import logging
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

import platformdirs

log = logging.getLogger(__name__)

FLUSH_SECONDS = 60
"""How often the caller should call ``flush()``: the most counting a crash can lose."""
_ID = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$")
_MAX_KEY = 64
COLUMNS = ("hour", "event", "key", "count")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS counts (
    hour TEXT NOT NULL,
    event TEXT NOT NULL,
    key TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (hour, event, key)
)
"""
_UPSERT = """
INSERT INTO counts (hour, event, key, count) VALUES (?, ?, ?, ?)
ON CONFLICT (hour, event, key) DO UPDATE SET count = count + excluded.count
"""
_SQLITE_FULL = 13
"""SQLite's result code for a full disk (the low byte of ``sqlite_errorcode``)."""


class Event:
    PAGE_VIEW = "page_view"
    WALKTHROUGH_COMPLETED = "walkthrough_completed"
    QUIZ_RIGHT = "quiz_right"
    QUIZ_WRONG = "quiz_wrong"
    LANGUAGE_CHOSEN = "language_chosen"
    ALL = (LANGUAGE_CHOSEN, PAGE_VIEW, WALKTHROUGH_COMPLETED, QUIZ_RIGHT, QUIZ_WRONG)


class Unusable(Exception):
    """The database cannot be used; the message says why, for the log."""


def default_stats_path() -> Path:
    """Where the kiosk keeps its usage counts (per user, outside the content)."""
    return platformdirs.user_data_path("kiosk") / "usage.sqlite3"


class UsageCounts:
    """Per-hour usage counts, kept in memory and added to SQLite on ``flush()``.

    Counting is for the GUI thread; ``flush()`` may run in a worker thread (one at a
    time: a flush that finds another one running returns at once).
    """

    def __init__(self, path: Path, clock: Callable[[], datetime] = datetime.now) -> None:
        self.path = path
        self._clock = clock
        self._pending: Counter[tuple[str, str, str]] = Counter()
        self._lock = threading.Lock()
        """Guards ``_pending``: held only to add, take or give back counts."""
        self._writing = threading.Lock()
        """Held for a whole flush, so two flushes never write the same counts."""
        self._closed = False
        self._problem: str | None = None
        self._warned_keys: set[str] = set()

    # -- counting ---------------------------------------------------------------------

    def page_view(self, page_id: str, language: str) -> None:
        if self._ok(page_id, _ID, "page id") and self._ok(language, _LANGUAGE, "language"):
            self._add(Event.PAGE_VIEW, f"{language}/{page_id}")

    def walkthrough_completed(self, language: str) -> None:
        if self._ok(language, _LANGUAGE, "language"):
            self._add(Event.WALKTHROUGH_COMPLETED, language)

    def quiz_answer(self, question_id: str, right: bool, language: str) -> None:
        if self._ok(question_id, _ID, "question id") and self._ok(language, _LANGUAGE, "language"):
            self._add(Event.QUIZ_RIGHT if right else Event.QUIZ_WRONG, f"{language}/{question_id}")

    def language_chosen(self, language: str) -> None:
        if self._ok(language, _LANGUAGE, "language"):
            self._add(Event.LANGUAGE_CHOSEN, language)

    @property
    def unsaved(self) -> int:
        """How many counted events are not in the file yet."""
        with self._lock:
            return sum(self._pending.values())

    @property
    def problem(self) -> str | None:
        """Why the last flush could not write the file (None when it could)."""
        return self._problem

    def _ok(self, value: str, pattern: re.Pattern[str], what: str) -> bool:
        if isinstance(value, str) and len(value) <= _MAX_KEY and pattern.match(value):
            return True
        if what not in self._warned_keys:  # one line per kind: the value is not logged
            self._warned_keys.add(what)
            log.warning("usage counts: ignored a %s that does not look like one (not stored)", what)
        return False

    def _add(self, event: str, key: str) -> None:
        try:
            hour = self._clock().strftime("%Y-%m-%dT%H")
        except Exception:  # a broken clock must not break the kiosk
            log.exception("usage counts: the clock failed; this event is not counted")
            return
        with self._lock:
            if not self._closed:
                self._pending[(hour, event, key)] += 1

    # -- writing ----------------------------------------------------------------------

    def flush(self) -> None:
        """Add the counts so far to the file in one transaction; on any problem keep
        them in memory for the next flush, leave the file as it is and log why."""
        if not self._writing.acquire(blocking=False):
            return  # another flush is writing; these counts go with the next one
        try:
            with self._lock:
                taken, self._pending = self._pending, Counter()
            if not taken:
                return
            try:
                _write(self.path, taken)
            except Unusable as error:
                with self._lock:
                    self._pending.update(taken)
                self._note_problem(str(error))
            else:
                if self._problem is not None:
                    log.info("usage counts: %s can be written again; saved every count", self.path)
                self._problem = None
        finally:
            self._writing.release()

    def close(self) -> None:
        """Flush (waiting for a flush under way) and stop counting. Safe to call twice."""
        with self._writing:
            pass
        self.flush()
        with self._lock:
            self._closed = True
        if self._problem is not None:
            log.warning("usage counts: %d count(s) could not be saved (%s)", self.unsaved, self._problem)

    def __enter__(self) -> UsageCounts:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _note_problem(self, reason: str) -> None:
        if reason != self._problem:  # one line per new reason, not one a minute
            log.warning(
                "usage counts: cannot use %s: %s. The file is left as it is; counting goes on "
                "in memory (%d not saved yet) and is tried again at the next flush",
                self.path,
                reason,
                self.unsaved,
            )
        self._problem = reason


def _write(path: Path, counts: Counter[tuple[str, str, str]]) -> None:
    """Add ``counts`` to the file in one transaction, or raise Unusable and change nothing."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fresh = not path.exists() or path.stat().st_size == 0
        db = sqlite3.connect(path, timeout=2.0, isolation_level=None)
    except (OSError, sqlite3.Error) as error:
        raise Unusable(_why(error)) from None
    try:
        if not fresh:
            _check_ours(db)
        db.execute("BEGIN IMMEDIATE")
        try:
            if fresh:
                db.execute(_SCHEMA)
            db.executemany(_UPSERT, [(h, e, k, n) for (h, e, k), n in sorted(counts.items())])
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
    except (OSError, sqlite3.Error) as error:
        raise Unusable(_why(error)) from None
    finally:
        db.close()


def _check_ours(db: sqlite3.Connection) -> None:
    """Raise Unusable unless the file is a sound usage-count database (reads only)."""
    check = db.execute("PRAGMA quick_check").fetchone()
    if not check or check[0] != "ok":
        raise Unusable(f"it is damaged (SQLite's check says {check[0] if check else 'nothing'})")
    columns = tuple(row[1] for row in db.execute("PRAGMA table_info(counts)"))
    if columns != COLUMNS:
        raise Unusable("it is not a usage-count file (it has no counts table of ours)")


def _why(error: OSError | sqlite3.Error) -> str:
    """The reason for the log, naming a full disk as such."""
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return f"the disk is full (ENOSPC: {error.strerror})"
        return f"{error.strerror or error} (errno {error.errno})"
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    if code == _SQLITE_FULL:
        return f"the disk is full (SQLITE_FULL: {error})"
    name = getattr(error, "sqlite_errorname", None)
    return f"{error} ({name})" if name else str(error)
