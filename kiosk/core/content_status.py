"""What staff need to know about the content, in a few lines (pure, no Qt).

The same findings as `kiosk check` on the content folder, what the kiosk shows
now, and whether an update waits for the next reset or was refused, and why.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.content.check import check_content
from kiosk.content.loader import display_path
from kiosk.content.model import Pack, Problem, Severity
from kiosk.core.resources import bundled

MAX_SHOWN = 6
"""Problems listed on the staff screen; the rest are counted."""


@dataclass(frozen=True)
class ContentStatus:
    folder: str
    showing: tuple[tuple[str, int], ...]
    """(language, pages) the kiosk shows now."""
    errors: tuple[str, ...]
    warnings: int
    pending: bool = False
    """A checked update waits for the next idle reset."""
    refused: str = ""
    """Why the last change to the content was not taken ('' when none was refused)."""

    @property
    def ok(self) -> bool:
        return not self.errors

    def lines(self) -> list[str]:
        """The status as short lines for a receptionist, in English (staff-facing)."""
        shown = ", ".join(f"{language}: {pages} pages" for language, pages in self.showing)
        lines = [f"Showing {shown}" if shown else "Showing nothing", f"Folder: {self.folder}"]
        if self.ok:
            warned = f", {self.warnings} warning(s)" if self.warnings else ""
            lines.append(f"kiosk check: no problems{warned}")
        else:
            lines.append(f"kiosk check: {len(self.errors)} problem(s)")
            lines += [f"  {error}" for error in self.errors[:MAX_SHOWN]]
            if len(self.errors) > MAX_SHOWN:
                lines.append(f"  ... and {len(self.errors) - MAX_SHOWN} more (run 'kiosk check')")
        if self.refused:
            lines.append(f"Update refused: {self.refused}")
        elif self.pending:
            lines.append("A checked update will show after the next patient reset")
        else:
            lines.append("No update waiting")
        return lines


def content_status(root: Path, showing: Mapping[str, Pack], *, pending: bool = False,
                   refused: str = "") -> ContentStatus:
    """Run the checks `kiosk check` runs on ``root`` and describe what is shown."""
    problems, _languages = collect(root)
    errors = tuple(str(p) for p in problems if p.severity is Severity.ERROR)
    warnings = sum(1 for p in problems if p.severity is not Severity.ERROR)
    return ContentStatus(
        folder=display_path(root),
        showing=tuple((language, len(pack.pages)) for language, pack in showing.items()),
        errors=errors,
        warnings=warnings,
        pending=pending,
        refused=refused,
    )


def collect(root: Path) -> tuple[list[Problem], dict[str, Any]]:
    """Every problem `kiosk check` reports on ``root``, and each language's pages and reading grades."""
    from kiosk.content.captions import caption_warnings
    from kiosk.content.readability import authoring_warnings, readability_report

    report = check_content(root, bundled("assets"))
    problems = list(report.problems)
    languages: dict[str, Any] = {}
    for lang, result in report.packs.items():
        problems.extend(authoring_warnings(result.pack))
        problems.extend(caption_warnings(result.pack))
        languages[lang] = {
            "pages": sorted(result.pack.page_ids),
            "readability": [r.as_dict() for r in readability_report(result.pack)],
        }
    return problems, languages
