"""Per-day usage figures for the staff screen, from hourly rows."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from kiosk.core.stats import UsageCounts
from kiosk.core.usage_summary import QuizFigures, Row, read_summary, summarise

TODAY = date(2026, 11, 25)


def test_every_day_of_the_period_has_a_figure_oldest_first() -> None:
    rows = [
        Row("2026-11-25T09", "page_view", "en/safety", 3),
        Row("2026-11-25T10", "page_view", "es/safety", 2),
        Row("2026-11-19T10", "page_view", "en/home", 4),
        Row("2026-11-18T23", "page_view", "en/home", 100),  # eight days ago: outside
        Row("2026-11-24T08", "walkthrough_completed", "en", 1),
        Row("2026-11-24T08", "quiz_right", "q2", 5),
        Row("2026-11-23T08", "quiz_wrong", "q2", 1),
        Row("2026-11-23T08", "quiz_wrong", "q1", 2),
        Row("2026-11-23T08", "language_chosen", "es", 2),
    ]
    summary = summarise(rows, TODAY, 7)
    assert [d.isoformat() for d in summary.days] == [f"2026-11-{n}" for n in range(19, 26)]
    assert summary.page_views == (4, 0, 0, 0, 0, 0, 5)
    assert summary.walkthroughs == (0, 0, 0, 0, 0, 1, 0)
    assert summary.quiz == (QuizFigures("q1", 0, 2), QuizFigures("q2", 5, 1))
    assert summary.languages == (("en", 7), ("es", 2))
    assert summary.total_views == 9 and summary.problem == ""


def test_read_from_the_counts_file_and_from_a_broken_one(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite3"
    with UsageCounts(path, clock=lambda: datetime(2026, 11, 25, 9, 30)) as counts:
        for _ in range(3):
            counts.page_view("does-it-hurt", "es")
        counts.walkthrough_completed("es")
    summary = read_summary(path, TODAY, 30)
    assert len(summary.days) == 30 and summary.page_views[-1] == 3 and summary.walkthroughs[-1] == 1
    assert read_summary(tmp_path / "none.sqlite3", TODAY, 7).total_views == 0
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database at all" * 100)
    summary = read_summary(broken, TODAY, 7)
    assert summary.problem and summary.page_views == (0,) * 7


def test_the_staff_screens_figures_need_no_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from kiosk.core.content_status import content_status\n"
        "from kiosk.core.resources import bundled\n"
        "import kiosk.core.usage_summary\n"
        "print(content_status(bundled('content'), {}).ok)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "[]"]


def test_content_status_says_what_check_says_and_why_an_update_was_refused(tmp_path: Path) -> None:
    from kiosk.core.content_status import content_status
    from kiosk.core.resources import bundled
    from tests.conftest import GOOD_PAGES, write_pack

    root = write_pack(tmp_path / "content", {**GOOD_PAGES, "hurt.md": GOOD_PAGES["hurt.md"].replace(
        "Numbing cream comes first.", "See [here](http://example.com).")})
    status = content_status(root, {}, refused="the changed content has 1 problem(s)")
    lines = status.lines()
    assert not status.ok
    assert any("hurt.md" in line and "http links are not allowed" in line for line in lines)
    assert lines[-1] == "Update refused: the changed content has 1 problem(s)"
    assert content_status(bundled("content"), {}, pending=True).lines()[-1] == (
        "A checked update will show after the next patient reset")
