"""What the staff screen of a running kiosk reads and does: counts, content status, reload."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from kiosk.content.model import Pack
from kiosk.core.content_status import ContentStatus, content_status
from kiosk.core.staff_data import NOTHING_TO_SHOW, RELOADED, StaffSources
from kiosk.core.stats import UsageCounts
from kiosk.core.usage_summary import UsageSummary, read_summary
from kiosk.ui.window import KioskWindow

Loader = Callable[[], tuple[dict[str, Pack], int]]


def staff_sources(window: KioskWindow, root: Path, stats_path: Path, load: Loader,
                  counts: UsageCounts | None = None,
                  today: Callable[[], date] = date.today) -> StaffSources:
    def usage(days: int) -> UsageSummary:
        if counts is not None:
            counts.flush()  # the last minute's counts too
        return read_summary(stats_path, today(), days)

    def status() -> ContentStatus:
        return content_status(root, window.session.packs, pending=window.session.staged is not None,
                              refused=window.session.refused_update)

    def reload() -> int:
        packs, problems = load()
        if not packs:
            window.session.refused_update = "the content has no page to show"
            return NOTHING_TO_SHOW
        if problems:
            window.session.refused_update = f"the content has {problems} problem(s)"
            return problems
        window.session.refused_update = ""
        window.replace_packs(packs)
        return RELOADED

    def questions() -> dict[str, str]:
        """Each counted question ("<language>/<quiz page id>-<question id>", as the quiz
        reports it) with its words, in its language."""
        return {
            f"{language}/{pack.quiz.id}-{question.id}": f"{language.upper()}: {question.prompt}"
            for language, pack in window.session.packs.items() if pack.quiz
            for question in pack.quiz.questions
        }

    return StaffSources(usage=usage, status=status, reload=reload, questions=questions)
