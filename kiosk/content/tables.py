"""Tables in a page: shown (Python-Markdown's tables extension) when they fit a kiosk screen.

A table needs room: on a portrait screen at the largest text size four columns
of short words is what fits without squeezing each word onto its own line, so a
wider table is refused with the line it starts on.
"""

from __future__ import annotations

import re

from kiosk.content.meta import editor_lines

MAX_TABLE_COLUMNS = 4
_CELL = r"\s*:?-+:?\s*"
_DELIMITER_ROW = re.compile(rf"^\s{{0,3}}\|?{_CELL}(?:\|{_CELL})*\|?\s*$")
"""The line under a table's header: ``| --- | :--: |``."""


def table_problems(body: str) -> list[tuple[int, str]]:
    """(line, message) for each table too wide to show; line 1 is the body's first."""
    problems: list[tuple[int, str]] = []
    lines = editor_lines(body)
    for index in range(1, len(lines)):
        line, header = lines[index], lines[index - 1]
        if "|" not in line or "|" not in header or not header.strip():
            continue
        if header.startswith(("    ", "\t")) or not _DELIMITER_ROW.match(line):
            continue
        columns = len([cell for cell in line.strip().strip("|").split("|")])
        if columns > MAX_TABLE_COLUMNS:
            problems.append(
                (
                    index,
                    f"this table has {columns} columns; a table may have at most "
                    f"{MAX_TABLE_COLUMNS} so it fits a tall screen with large text "
                    "(split it, or use a list)",
                )
            )
    return problems
