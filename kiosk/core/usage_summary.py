"""Usage of the last days, per day, for the staff screen's charts (pure, no Qt).

Reads the counts only through ``report`` below (read-only; `kiosk stats` uses it too)
and adds them up per day; every day of the period has a figure, zero when nothing was
counted, so a chart shows quiet days too. Counts and page ids only: nothing here
can identify a patient.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from kiosk.core.stats import Event


class StatsError(Exception):
    """The usage file cannot be read for a report (the message says why, for staff)."""


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


def report(path: Path, since: date | None = None) -> list[Row]:
    """Every hourly count in the file (from ``since`` on), oldest first.

    Opens the file read-only and changes nothing. A missing file means nothing was
    counted yet (an empty list). The kiosk's last minute of counting may not be in
    the file yet. Raises StatsError when the file cannot be read.
    """
    if not path.exists():
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


@dataclass(frozen=True)
class QuizFigures:
    question: str
    right: int
    wrong: int


@dataclass(frozen=True)
class UsageSummary:
    """The figures of ``len(days)`` days that end today, oldest first."""

    days: tuple[date, ...]
    page_views: tuple[int, ...]
    walkthroughs: tuple[int, ...]
    quiz: tuple[QuizFigures, ...] = ()
    """Per question id, in id order."""
    languages: tuple[tuple[str, int], ...] = ()
    """Pages viewed in each language, the most used first."""
    problem: str = ""
    """Why there are no figures, when the counts could not be read."""

    @property
    def total_views(self) -> int:
        return sum(self.page_views)

    @property
    def total_walkthroughs(self) -> int:
        return sum(self.walkthroughs)


def period(today: date, days: int) -> tuple[date, ...]:
    return tuple(today - timedelta(days=back) for back in range(days - 1, -1, -1))


def summarise(rows: Iterable[Row], today: date, days: int) -> UsageSummary:
    """Add up hourly rows into per-day figures for the ``days`` days ending ``today``."""
    shown = period(today, days)
    index = {day.isoformat(): number for number, day in enumerate(shown)}
    views = [0] * days
    walks = [0] * days
    right: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    for row in rows:
        number = index.get(row.day)
        if number is None:
            continue
        if row.event == Event.PAGE_VIEW:
            views[number] += row.count
            languages[row.key.split("/", 1)[0]] += row.count
        elif row.event == Event.WALKTHROUGH_COMPLETED:
            walks[number] += row.count
        elif row.event == Event.QUIZ_RIGHT:
            right[row.key] += row.count
        elif row.event == Event.QUIZ_WRONG:
            wrong[row.key] += row.count
    quiz = tuple(QuizFigures(q, right[q], wrong[q]) for q in sorted(set(right) | set(wrong)))
    ranked = tuple(sorted(languages.items(), key=lambda item: (-item[1], item[0])))
    return UsageSummary(shown, tuple(views), tuple(walks), quiz, ranked)


def read_summary(path: Path, today: date, days: int) -> UsageSummary:
    """The summary from the usage file; an empty one that says why when it cannot be read."""
    try:
        rows = report(path, period(today, days)[0])
    except StatsError as error:
        empty = (0,) * days
        return UsageSummary(period(today, days), empty, empty, problem=str(error))
    return summarise(rows, today, days)
