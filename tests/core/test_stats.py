"""Usage counts: kept across restarts and crashes, never about a person, never a crash.

What happens when the file cannot be used: tests/core/test_stats_file.py.
"""

from __future__ import annotations

import csv
import io
import logging
import re
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date, datetime
from pathlib import Path

import pytest

from kiosk.commands.stats import format_csv, format_table
from kiosk.core.stats import Event, UsageCounts, default_stats_path
from kiosk.core.usage_summary import Row, StatsError, report
from tests.conftest import FakeClock


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "kiosk" / "usage.sqlite3"


def counts_of(path: Path) -> dict[tuple[str, str], int]:
    """(event, key) -> count, all hours added up."""
    totals: dict[tuple[str, str], int] = {}
    for row in report(path):
        totals[(row.event, row.key)] = totals.get((row.event, row.key), 0) + row.count
    return totals


def test_counts_survive_close_and_reopen(path: Path, clock: FakeClock) -> None:
    with UsageCounts(path, clock.wall) as counts:
        counts.page_view("does-it-hurt", "es")
        counts.page_view("does-it-hurt", "es")
        counts.language_chosen("es")
    with UsageCounts(path, clock.wall) as counts:
        counts.page_view("does-it-hurt", "es")
        counts.walkthrough_completed("en")
        counts.quiz_answer("q-cream", True, "en")
        counts.quiz_answer("q-cream", False, "en")
        counts.quiz_answer("q-cream", False, "es")
    assert counts_of(path) == {
        ("page_view", "es/does-it-hurt"): 3,
        ("language_chosen", "es"): 1,
        ("walkthrough_completed", "en"): 1,
        ("quiz_right", "en/q-cream"): 1,
        ("quiz_wrong", "en/q-cream"): 1,
        ("quiz_wrong", "es/q-cream"): 1,
    }


def test_two_flushes_add_up_without_counting_twice(path: Path, clock: FakeClock) -> None:
    counts = UsageCounts(path, clock.wall)
    counts.page_view("home", "en")
    counts.page_view("home", "en")
    counts.flush()
    counts.flush()  # nothing new: writes nothing
    counts.page_view("home", "en")
    counts.flush()
    assert counts_of(path) == {("page_view", "en/home"): 3}
    counts.close()
    counts.close()
    assert counts_of(path) == {("page_view", "en/home"): 3}


def test_nothing_is_written_until_a_flush(path: Path, clock: FakeClock) -> None:
    counts = UsageCounts(path, clock.wall)
    counts.page_view("home", "en")
    assert report(path) == []
    assert counts.unsaved == 1
    counts.flush()
    assert counts.unsaved == 0
    assert counts_of(path) == {("page_view", "en/home"): 1}
    counts.close()


def test_a_crash_loses_only_what_was_not_flushed(path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import os
        from pathlib import Path
        from kiosk.core.stats import UsageCounts

        counts = UsageCounts(Path({str(path)!r}))
        counts.page_view("home", "en")
        counts.page_view("safety", "en")
        counts.flush()
        counts.page_view("home", "en")
        counts.language_chosen("es")
        os._exit(9)  # power cut: no close, no clean-up
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 9, done.stderr
    assert counts_of(path) == {("page_view", "en/home"): 1, ("page_view", "en/safety"): 1}
    with UsageCounts(path) as counts:  # and the kiosk carries on after the restart
        counts.page_view("home", "en")
    assert counts_of(path)[("page_view", "en/home")] == 2


def test_counts_go_into_the_hour_they_happened(path: Path, clock: FakeClock) -> None:
    clock.set_wall(datetime(2025, 3, 4, 9, 59, 30))
    with UsageCounts(path, clock.wall) as counts:
        counts.page_view("home", "en")
        clock.advance(minutes=1)
        counts.page_view("home", "en")
        counts.page_view("home", "en")
    assert report(path) == [
        Row("2025-03-04T09", "page_view", "en/home", 1),
        Row("2025-03-04T10", "page_view", "en/home", 2),
    ]


def test_only_ids_and_language_codes_are_stored(
    path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="kiosk.core.stats"), UsageCounts(path, clock.wall) as counts:
        counts.page_view("does-it-hurt", "es")
        counts.page_view("step-consult", "pt-BR")
        counts.quiz_answer("q-cream_2", True, "en")
        counts.language_chosen("es")
        counts.walkthrough_completed("en")
        # Free text must never get in, whatever a caller passes.
        counts.page_view("Jane Doe", "en")
        counts.page_view("home", "Jane Doe")
        counts.quiz_answer("jane@example.com", False, "en")
        counts.quiz_answer("q1", False, "Jane")
        counts.language_chosen("555-0100 ext. 2")
        counts.walkthrough_completed("../../etc/passwd")
        counts.page_view("x" * 200, "en")
    assert len(caplog.records) == 3  # one line per kind of value, and the value not logged
    assert "Jane" not in caplog.text and "555" not in caplog.text

    db = sqlite3.connect(path)
    tables = db.execute("SELECT type, name FROM sqlite_master WHERE type != 'index'").fetchall()
    assert tables == [("table", "counts")]
    columns = [(row[1], row[2]) for row in db.execute("PRAGMA table_info(counts)")]
    assert columns == [("hour", "TEXT"), ("event", "TEXT"), ("key", "TEXT"), ("count", "INTEGER")]
    rows = db.execute("SELECT hour, event, key, count FROM counts ORDER BY event, key").fetchall()
    db.close()
    assert rows == [
        ("2025-03-04T09", "language_chosen", "es", 1),
        ("2025-03-04T09", "page_view", "es/does-it-hurt", 1),
        ("2025-03-04T09", "page_view", "pt-BR/step-consult", 1),
        ("2025-03-04T09", "quiz_right", "en/q-cream_2", 1),
        ("2025-03-04T09", "walkthrough_completed", "en", 1),
    ]
    assert {event for _, event, _, _ in rows} <= set(Event.ALL)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d", hour) for hour, _, _, _ in rows)
    raw = path.read_bytes()
    for secret in (b"Jane", b"example.com", b"555-0100", b"passwd", b"xxxxxxxx"):
        assert secret not in raw


def test_since_keeps_that_day_and_later(path: Path, clock: FakeClock) -> None:
    with UsageCounts(path, clock.wall) as counts:
        clock.set_wall(datetime(2025, 3, 3, 23, 40))
        counts.page_view("home", "en")
        clock.set_wall(datetime(2025, 3, 4, 0, 5))
        counts.page_view("safety", "en")
        clock.set_wall(datetime(2025, 3, 5, 12, 0))
        counts.page_view("safety", "en")
    assert [row.hour for row in report(path)] == ["2025-03-03T23", "2025-03-04T00", "2025-03-05T12"]
    assert [row.hour for row in report(path, since=date(2025, 3, 4))] == [
        "2025-03-04T00",
        "2025-03-05T12",
    ]
    assert report(path, since=date(2025, 3, 6)) == []


def test_report_of_a_missing_file_is_empty_and_of_a_damaged_one_an_error(
    tmp_path: Path,
) -> None:
    assert report(tmp_path / "never-written.sqlite3") == []
    assert not (tmp_path / "never-written.sqlite3").exists()  # reporting creates nothing
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"garbage" * 100)
    with pytest.raises(StatsError, match="cannot read the usage counts"):
        report(damaged)


def test_front_desk_table_adds_up_each_day(path: Path, clock: FakeClock) -> None:
    with UsageCounts(path, clock.wall) as counts:
        for _ in range(3):
            counts.page_view("does-it-hurt", "es")
        counts.page_view("home", "en")
        counts.language_chosen("es")
        clock.advance(hours=2)
        counts.page_view("home", "en")
        counts.page_view("home", "en")
        counts.walkthrough_completed("en")
        counts.quiz_answer("q1", True, "es")
    assert format_table(report(path)) == textwrap.dedent(
        """\
        Day         What                  Which              Count
        ----------  --------------------  -----------------  -----
        2025-03-04  Language chosen       es                     1
        2025-03-04  Page viewed           does-it-hurt (es)      3
        2025-03-04  Page viewed           home (en)              3
        2025-03-04  Walkthrough finished  en                     1
        2025-03-04  Quiz answer right     q1 (es)                1
        """
    )
    by_hour = format_table(report(path), by_hour=True).splitlines()
    assert by_hour[0].split() == ["Hour", "What", "Which", "Count"]
    assert "2025-03-04 11:00  Page viewed           home (en)              2" in by_hour


def test_empty_table_says_so() -> None:
    assert format_table([]) == "No usage counted yet.\n"


def test_csv_has_a_header_and_one_line_per_hour(path: Path, clock: FakeClock) -> None:
    with UsageCounts(path, clock.wall) as counts:
        counts.page_view("home", "en")
        clock.advance(hours=1)
        counts.page_view("home", "en")
        counts.quiz_answer("q1", False, "en")
    text = format_csv(report(path))
    assert text.splitlines()[0] == "hour,event,key,count"
    assert list(csv.DictReader(io.StringIO(text))) == [
        {"hour": "2025-03-04T09", "event": "page_view", "key": "en/home", "count": "1"},
        {"hour": "2025-03-04T10", "event": "page_view", "key": "en/home", "count": "1"},
        {"hour": "2025-03-04T10", "event": "quiz_wrong", "key": "en/q1", "count": "1"},
    ]
    assert format_csv([]) == "hour,event,key,count\n"


def test_default_path_is_in_the_user_data_folder() -> None:
    path = default_stats_path()
    assert path.name == "usage.sqlite3"
    assert "kiosk" in path.parent.parts[-2:]


def test_file_deleted_while_the_kiosk_runs_is_started_again(path: Path, clock: FakeClock) -> None:
    counts = UsageCounts(path, clock.wall)
    counts.page_view("home", "en")
    counts.flush()
    path.unlink()  # someone tidies up the folder
    counts.page_view("safety", "en")
    counts.close()
    assert counts_of(path) == {("page_view", "en/safety"): 1}
