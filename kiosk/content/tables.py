"""Tables in a page: shown (Python-Markdown's tables extension) when they fit a kiosk screen.

A table needs room: on a portrait screen at the largest text size four columns
of short words is what fits without squeezing each word onto its own line, so a
wider table is refused with the line it starts on. Each cell also costs time to
lay out (about a tenth of a millisecond in pure Python), so a page holds at most
``MAX_TABLE_CELLS`` cells in all, far more than a patient would read.
"""

from __future__ import annotations

import re

from kiosk.content.meta import editor_lines

MAX_TABLE_COLUMNS = 4
MAX_TABLE_CELLS = 1000
"""Cells in all the tables of one page (250 rows of 4 columns)."""
MAX_RENDERED_COLUMNS = 16
"""A wider table is not laid out at all (to look for the page's other problems)."""
_CELL = r"\s*:?-+:?\s*"
_DELIMITER_ROW = re.compile(rf"^\s{{0,3}}\|?{_CELL}(?:\|{_CELL})*\|?\s*$")
"""The line under a table's header: ``| --- | :--: |``."""


def table_problems(body: str) -> list[tuple[int, str, bool]]:
    """(line, message, too costly to lay out) for each table that cannot be shown;
    line 1 is the body's first."""
    problems: list[tuple[int, str, bool]] = []
    lines = editor_lines(body)
    cells = 0
    for index in range(1, len(lines)):
        line, header = lines[index], lines[index - 1]
        if "|" not in line or "|" not in header or not header.strip():
            continue
        if header.startswith(("    ", "\t")) or not _DELIMITER_ROW.match(line):
            continue
        columns = len(line.strip().strip("|").split("|"))
        rows = 1
        while index + rows < len(lines) and lines[index + rows].strip():
            rows += 1
        cells += columns * rows
        if columns > MAX_TABLE_COLUMNS:
            problems.append(
                (
                    index,
                    f"this table has {columns} columns; a table may have at most "
                    f"{MAX_TABLE_COLUMNS} so it fits a tall screen with large text "
                    "(split it, or use a list)",
                    columns > MAX_RENDERED_COLUMNS,
                )
            )
        if cells > MAX_TABLE_CELLS:
            problems.append(
                (
                    index,
                    f"the tables on this page have more than {MAX_TABLE_CELLS} cells in all, "
                    "and this one goes over (split the page, or make the tables shorter)",
                    True,
                )
            )
            break
    return problems
