"""`kiosk stats`: the front desk's usage counts (counts only, nothing about a person).

The counting and the writing are kiosk/core/stats.py; this module reads the file (read-only,
changing nothing, through kiosk/core/usage_summary.py's ``report``) and turns the rows into a
table for staff, or CSV for a spreadsheet.
"""

from __future__ import annotations

import csv
import io
import sys
from collections import Counter
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from kiosk.core.stats import COLUMNS, Event, default_stats_path
from kiosk.core.usage_summary import Row, StatsError, report

LABELS: dict[str, str] = {
    Event.LANGUAGE_CHOSEN: "Language chosen",
    Event.PAGE_VIEW: "Page viewed",
    Event.WALKTHROUGH_COMPLETED: "Walkthrough finished",
    Event.QUIZ_RIGHT: "Quiz answer right",
    Event.QUIZ_WRONG: "Quiz answer wrong",
}
"""What each event is called in the front-desk table, in the order it is listed."""


def run_stats(since: date | None, csv: bool, by_hour: bool, path: Path | None = None) -> int:
    path = path or default_stats_path()
    try:
        rows = report(path, since)
    except StatsError as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return 1
    print(format_csv(rows) if csv else format_table(rows, by_hour=by_hour), end="")
    return 0


def what(row: Row) -> str:
    return LABELS.get(row.event, row.event)


def which(row: Row) -> str:
    """The key as staff read it: 'does-it-hurt (es)' for 'es/does-it-hurt'."""
    if "/" in row.key:
        language, item = row.key.split("/", 1)
        return f"{item} ({language})"
    return row.key


def per_day(rows: Iterable[Row]) -> list[Row]:
    """The hourly rows added up per day (``hour`` holds the day, 'YYYY-MM-DD')."""
    totals: Counter[tuple[str, str, str]] = Counter()
    for row in rows:
        totals[(row.day, row.event, row.key)] += row.count
    return _for_reading(Row(day, event, key, count) for (day, event, key), count in totals.items())


def _for_reading(rows: Iterable[Row]) -> list[Row]:
    """By time, then in the order of LABELS, the most counted first."""
    order = {event: index for index, event in enumerate(LABELS)}
    return sorted(rows, key=lambda r: (r.hour, order.get(r.event, len(order)), r.event, -r.count, which(r)))


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
        cells.append((when, what(row), which(row), str(row.count)))
    widths = [max(len(line[i]) for line in cells) for i in range(4)]
    lines = ["  ".join([*(c.ljust(w) for c, w in zip(line[:3], widths, strict=False)),
                        line[3].rjust(widths[3])]) for line in cells]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines) + "\n"


def format_csv(rows: Iterable[Row]) -> str:
    """CSV with a header line, one line per hour, event and key (for spreadsheets)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow((row.hour, row.event, row.key, row.count))
    return buffer.getvalue()
