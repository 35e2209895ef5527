"""`kiosk stats`: the front desk's usage counts (counts only, nothing about a person)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from kiosk.stats import StatsError, default_stats_path, format_csv, format_table, report


def run_stats(since: date | None, csv: bool, by_hour: bool, path: Path | None = None) -> int:
    path = path or default_stats_path()
    try:
        rows = report(path, since)
    except StatsError as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return 1
    print(format_csv(rows) if csv else format_table(rows, by_hour=by_hour), end="")
    return 0
