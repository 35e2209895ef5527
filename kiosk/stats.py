"""Usage counts for the front desk: what was read, per hour, and nothing about who.

Only these are counted, per local clock hour ('YYYY-MM-DDTHH'):

========================  =====================================  =================
event                     key                                    example key
========================  =====================================  =================
page_view                 language/page id                       es/does-it-hurt
walkthrough_completed     language                               en
quiz_right, quiz_wrong    question id                            q-cream-first
language_chosen           language                               es
========================  =====================================  =================

Keys must look like page ids (lowercase letters, digits, '-' and '_') or
language codes ('en', 'pt-BR'); anything else, such as text a patient typed, is
dropped with a warning, so the file can never hold something that identifies a
person. There are no timestamps finer than the hour and no per-visit rows.

Counts are kept in memory and written to SQLite when ``flush()`` is called (the
window calls it once a minute) and on ``close()``: one transaction per flush, so
a crash or power cut loses at most the last minute. The file uses SQLite's
default rollback journal (no -wal/-shm files), which `kiosk stats` can read
while the kiosk runs.

Nothing here raises to the caller: a damaged or unreadable file is moved aside
(``usage.sqlite3.corrupt-<time>``) and a new one started; a folder that cannot
be written means counting in memory only, with one warning in the log.
"""

from __future__ import annotations

import contextlib
import csv
import enum
import io
import logging
import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import TracebackType

import platformdirs

log = logging.getLogger(__name__)

FLUSH_SECONDS = 60
"""How often the caller should call ``flush()``: the most counting a crash can lose."""
SCHEMA_VERSION = 1
_ID = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$")
_MAX_KEY = 64
_COLUMNS = ("hour", "event", "key", "count")
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
# SQLite result codes (the low byte of sqlite3.Error.sqlite_errorcode).
_BUSY, _LOCKED, _FULL = 5, 6, 13
_CORRUPT = {11, 26}
"""CORRUPT, NOTADB: a file that is damaged while the kiosk runs is moved aside."""
_DAMAGED = _CORRUPT | {3, 8, 10, 14, 23}
"""At start, also PERM, READONLY, IOERR, CANTOPEN, AUTH: a file that cannot be used is
moved aside. (While running, those are taken as passing trouble: retried next flush.)"""


class Event(enum.StrEnum):
    PAGE_VIEW = "page_view"
    WALKTHROUGH_COMPLETED = "walkthrough_completed"
    QUIZ_RIGHT = "quiz_right"
    QUIZ_WRONG = "quiz_wrong"
    LANGUAGE_CHOSEN = "language_chosen"


LABELS: dict[str, str] = {
    Event.LANGUAGE_CHOSEN: "Language chosen",
    Event.PAGE_VIEW: "Page viewed",
    Event.WALKTHROUGH_COMPLETED: "Walkthrough finished",
    Event.QUIZ_RIGHT: "Quiz answer right",
    Event.QUIZ_WRONG: "Quiz answer wrong",
}
"""What each event is called in the front-desk table, in the order it is listed."""


class StatsError(Exception):
    """The usage file cannot be read for a report (the message says why, for staff)."""


def default_stats_path() -> Path:
    """Where the kiosk keeps its usage counts (per user, outside the content)."""
    return platformdirs.user_data_path("kiosk") / "usage.sqlite3"


class _Unusable(Exception):
    """A file that opens but is not a usage-count database of ours."""


class UsageCounts:
    """Per-hour usage counts, kept in memory and flushed to SQLite.

    Every method is safe to call at any time: problems with the file are logged,
    never raised.
    """

    def __init__(self, path: Path, clock: Callable[[], datetime] = datetime.now) -> None:
        self.path = path
        self._clock = clock
        self._pending: Counter[tuple[str, str, str]] = Counter()
        self._closed = False
        self._memory_only = False
        self._warned_write = False
        self._warned_keys: set[str] = set()
        self._db: sqlite3.Connection | None = self._open()

    # -- counting ---------------------------------------------------------------------

    def page_view(self, page_id: str, language: str) -> None:
        if self._ok(page_id, _ID, "page id") and self._ok(language, _LANGUAGE, "language"):
            self._add(Event.PAGE_VIEW, f"{language}/{page_id}")

    def walkthrough_completed(self, language: str) -> None:
        if self._ok(language, _LANGUAGE, "language"):
            self._add(Event.WALKTHROUGH_COMPLETED, language)

    def quiz_answer(self, question_id: str, right: bool) -> None:
        if self._ok(question_id, _ID, "question id"):
            self._add(Event.QUIZ_RIGHT if right else Event.QUIZ_WRONG, question_id)

    def language_chosen(self, language: str) -> None:
        if self._ok(language, _LANGUAGE, "language"):
            self._add(Event.LANGUAGE_CHOSEN, language)

    @property
    def memory_only(self) -> bool:
        """True when the file cannot be written: counts live only until the kiosk stops."""
        return self._memory_only

    @property
    def unsaved(self) -> int:
        """How many counted events are not in the file yet."""
        return sum(self._pending.values())

    def _ok(self, value: str, pattern: re.Pattern[str], what: str) -> bool:
        if isinstance(value, str) and len(value) <= _MAX_KEY and pattern.match(value):
            return True
        if what not in self._warned_keys:  # one line per kind: the value is not logged
            self._warned_keys.add(what)
            log.warning("usage counts: ignored a %s that does not look like one (not stored)", what)
        return False

    def _add(self, event: Event, key: str) -> None:
        if self._closed:
            return
        try:
            hour = self._clock().strftime("%Y-%m-%dT%H")
        except Exception:  # a broken clock must not break the kiosk
            log.exception("usage counts: the clock failed; this event is not counted")
            return
        self._pending[(hour, event.value, key)] += 1

    # -- writing ----------------------------------------------------------------------

    def flush(self) -> None:
        """Write the counts so far in one transaction; on failure keep them for next time."""
        if not self._pending or self._memory_only:
            return
        if self._db is None or not _exists(self.path):
            self._reopen()
            if self._db is None:
                return
        try:
            self._write(self._db)
        except sqlite3.Error as error:
            if _code(error) not in _CORRUPT:
                self._warn_write(error)
                return
            fresh = self._set_aside_and_reopen(error)
            if fresh is None:
                return
            try:
                self._write(fresh)
            except sqlite3.Error as again:
                self._warn_write(again)
                return
        self._pending.clear()
        self._warned_write = False

    def close(self) -> None:
        """Flush and close; further counting is ignored. Safe to call twice."""
        if self._closed:
            return
        self.flush()
        self._closed = True
        self._close_db()

    def __enter__(self) -> UsageCounts:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _write(self, db: sqlite3.Connection) -> None:
        rows = [(h, e, k, n) for (h, e, k), n in sorted(self._pending.items())]
        db.execute("BEGIN IMMEDIATE")
        try:
            db.executemany(_UPSERT, rows)
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def _warn_write(self, error: sqlite3.Error) -> None:
        if not self._warned_write:
            self._warned_write = True
            log.warning(
                "usage counts: cannot write %s (%s); keeping %d count(s) in memory "
                "and trying again at the next flush",
                self.path,
                error,
                self.unsaved,
            )

    # -- opening, and what to do with a bad file ----------------------------------------

    def _open(self) -> sqlite3.Connection | None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._go_memory_only(f"cannot create the folder ({error.strerror})")
            return None
        for attempt in (1, 2):
            try:
                return _connect(self.path)
            except (sqlite3.Error, _Unusable) as error:
                code = _code(error) if isinstance(error, sqlite3.Error) else 11
                if code in (_BUSY, _LOCKED):
                    # Another program holds the file (a report being read): try at flush.
                    log.warning("usage counts: %s is busy (%s); will retry", self.path, error)
                    return None
                damaged = code in _DAMAGED or isinstance(error, _Unusable)
                if attempt == 1 and damaged and _exists(self.path) and self._set_aside(error):
                    continue
                self._go_memory_only(str(error))
                return None
        return None  # pragma: no cover - the loop always returns

    def _reopen(self) -> None:
        self._close_db()
        self._db = self._open()

    def _set_aside_and_reopen(self, error: sqlite3.Error) -> sqlite3.Connection | None:
        self._close_db()
        if self._set_aside(error):
            self._db = self._open()
        else:
            self._go_memory_only(str(error))
        return self._db

    def _set_aside(self, error: BaseException) -> bool:
        """Rename the bad file (and its journal) out of the way; False if that fails."""
        stamp = self._stamp()
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        number = 1
        while _exists(target):
            number += 1
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{number}")
        try:
            self.path.rename(target)
        except OSError as rename_error:
            log.warning(
                "usage counts: %s cannot be used (%s) nor moved aside (%s)",
                self.path,
                error,
                rename_error.strerror,
            )
            return False
        for suffix in ("-journal", "-wal", "-shm"):
            companion = self.path.with_name(self.path.name + suffix)
            if _exists(companion):
                try:
                    companion.rename(target.with_name(target.name + suffix))
                except OSError:
                    companion.unlink(missing_ok=True)
        log.warning(
            "usage counts: %s was damaged or unreadable (%s); moved it to %s and started a new file",
            self.path,
            error,
            target.name,
        )
        return True

    def _stamp(self) -> str:
        try:
            return self._clock().strftime("%Y%m%dT%H%M%S")
        except Exception:
            return datetime.now().strftime("%Y%m%dT%H%M%S")

    def _go_memory_only(self, reason: str) -> None:
        if not self._memory_only:
            self._memory_only = True
            log.warning(
                "usage counts: cannot write %s (%s); counting in memory only, "
                "so this session's counts will not be kept",
                self.path,
                reason,
            )

    def _close_db(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None


def _connect(path: Path) -> sqlite3.Connection:
    """Open (or create) the file, check it is sound and ours, and prove it can be written."""
    db = sqlite3.connect(path, timeout=2.0, isolation_level=None)
    try:
        check = db.execute("PRAGMA quick_check").fetchone()
        if not check or check[0] != "ok":
            raise _Unusable(f"integrity check says {check[0] if check else 'nothing'}")
        db.execute(_SCHEMA)
        columns = tuple(row[1] for row in db.execute("PRAGMA table_info(counts)"))
        if columns != _COLUMNS:
            raise _Unusable(f"its counts table has columns {', '.join(columns)}")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")  # a write: fails if read-only
    except BaseException:
        db.close()
        raise
    return db


def _code(error: sqlite3.Error) -> int:
    return (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF


def _exists(path: Path) -> bool:
    try:
        return path.exists() or path.is_symlink()
    except OSError:
        return False


# --- reports -----------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Row:
    """One count: in this hour, this event happened ``count`` times for ``key``."""

    hour: str
    event: str
    key: str
    count: int

    @property
    def day(self) -> str:
        return self.hour[:10]

    @property
    def what(self) -> str:
        return LABELS.get(self.event, self.event)

    @property
    def which(self) -> str:
        """The key as staff read it: 'does-it-hurt (es)' for a page view."""
        if self.event == Event.PAGE_VIEW and "/" in self.key:
            language, page_id = self.key.split("/", 1)
            return f"{page_id} ({language})"
        return self.key


def report(path: Path, since: date | None = None) -> list[Row]:
    """Every hourly count in the file (from ``since`` on), oldest first.

    A missing file means nothing was counted yet (an empty list). The kiosk's
    last minute of counting may not be in the file yet. Raises StatsError when
    the file cannot be read.
    """
    if not _exists(path):
        return []
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2.0)
    except sqlite3.Error as error:
        raise StatsError(f"cannot open the usage counts in {path} ({error})") from None
    try:
        found = db.execute(
            "SELECT hour, event, key, count FROM counts WHERE hour >= ? ORDER BY hour, event, key",
            (since.isoformat() if since else "",),
        ).fetchall()
    except sqlite3.Error as error:
        raise StatsError(f"cannot read the usage counts in {path} ({error})") from None
    finally:
        db.close()
    return [Row(str(h), str(e), str(k), int(n)) for h, e, k, n in found]


def per_day(rows: Iterable[Row]) -> list[Row]:
    """The hourly rows added up per day (``hour`` holds the day, 'YYYY-MM-DD')."""
    totals: Counter[tuple[str, str, str]] = Counter()
    for row in rows:
        totals[(row.day, row.event, row.key)] += row.count
    return _for_reading(Row(day, event, key, count) for (day, event, key), count in totals.items())


def _for_reading(rows: Iterable[Row]) -> list[Row]:
    """By time, then in the order of LABELS, the most counted first."""
    order = {event: index for index, event in enumerate(LABELS)}
    return sorted(rows, key=lambda r: (r.hour, order.get(r.event, len(order)), r.event, -r.count, r.which))


def format_table(rows: Iterable[Row], by_hour: bool = False) -> str:
    """A plain-text table for front-desk staff.

    By default one line per day, what and which (the hours added up), the most
    used first within each kind: that answers "what do patients read?" without
    scrolling through 24 lines a day. ``by_hour`` keeps one line per hour.
    """
    shown = _for_reading(rows) if by_hour else per_day(rows)
    if not shown:
        return "No usage counted yet.\n"
    cells = [("Hour" if by_hour else "Day", "What", "Which", "Count")]
    for row in shown:
        when = f"{row.hour[:10]} {row.hour[11:]}:00" if by_hour else row.day
        cells.append((when, row.what, row.which, str(row.count)))
    widths = [max(len(cells_row[i]) for cells_row in cells) for i in range(4)]
    lines = []
    for cells_row in cells:
        left = [cell.ljust(width) for cell, width in zip(cells_row[:3], widths[:3], strict=True)]
        lines.append("  ".join([*left, cells_row[3].rjust(widths[3])]))
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines) + "\n"


def format_csv(rows: Iterable[Row]) -> str:
    """CSV with a header line, one line per hour, event and key (for spreadsheets)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(_COLUMNS)
    for row in rows:
        writer.writerow((row.hour, row.event, row.key, row.count))
    return buffer.getvalue()
