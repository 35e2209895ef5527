"""Caps on what a page body may hold, checked before Markdown sees the text.

Python-Markdown is pure Python, and some text makes it slow or makes it recurse:
every list item, heading or bold word costs tens of microseconds, a block's
lines are re-scanned once per line, and each nested list or quote is one more
level of recursion. These caps keep the worst page a clinic could write far
under the one-second budget for laying out a page on a small kiosk PC, while no
real patient page comes near them (the bundled pages use under a tenth of each).

Each problem comes with the line it is on, counted from the first body line (1).
"""

from __future__ import annotations

import re

MAX_BODY_CHARS = 200 * 1024
"""Characters in a page body (the loader caps the file at the same number of bytes)."""
MAX_LINES = 1500
"""Lines in a page body."""
MAX_BLOCK_LINES = 200
"""Lines in one paragraph or list with no empty line: Markdown re-reads the rest
of a block for each of its lines."""
MAX_MARKS = 2000
"""Markdown marks in a page body: each of ` * _ [ < & and \\ starts some work."""
MAX_RUN = 64
"""Longest run of ` or [ let through."""
MAX_DEPTH = 8
"""Deepest nesting of lists and quotes (an indent of 4 spaces or a tab is one level)."""

MARKS = "`*_[<&\\"
_MARK = re.compile(r"[`*_\[<&\\]")
_RUNS = re.compile(rf"`{{{MAX_RUN + 1},}}|\[{{{MAX_RUN + 1},}}")
_NEST = re.compile(r"[ ]{0,3}(?:>[ ]?|[-*+][ ]+|\d{1,9}\.[ ]+)")
"""One list marker or quote mark at the start of what is left of a line."""
_RULE = re.compile(r"[ ]{0,3}(?:(?:-[ ]*){3,}|(?:\*[ ]*){3,}|(?:_[ ]*){3,})$")
"""A horizontal rule (- - -, ***, ___): its marks are not lists."""


def body_problems(body: str) -> list[tuple[int, str]]:
    """(line, message) for each cap the body goes over; empty when it may be rendered."""
    if len(body) > MAX_BODY_CHARS:
        return [
            (
                1,
                f"the page text is {len(body) // 1024} KB; a page may hold at most "
                f"{MAX_BODY_CHARS // 1024} KB (split it into several pages)",
            )
        ]
    problems: list[tuple[int, str]] = []
    lines = body.rstrip().split("\n")
    if len(lines) > MAX_LINES:
        problems.append(
            (
                MAX_LINES + 1,
                f"the page text goes on past {MAX_LINES} lines, the most a page may have "
                "(split it into several pages)",
            )
        )
    block_start, block_lines = 0, 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            block_lines = 0
            continue
        if block_lines == 0:
            block_start = number
        block_lines += 1
        if block_lines > MAX_BLOCK_LINES:
            problems.append(
                (
                    block_start,
                    f"this paragraph or list runs on for more than {MAX_BLOCK_LINES} lines "
                    "without an empty line; put empty lines between its parts",
                )
            )
            break
    run = _RUNS.search(body)
    if run:
        problems.append(
            (
                _line_at(body, run.start()),
                f"{len(run.group())} '{run.group()[0]}' in a row; at most {MAX_RUN} are allowed",
            )
        )
    for count, mark in enumerate(_MARK.finditer(body), start=1):
        if count > MAX_MARKS:
            total = count + len(_MARK.findall(body, mark.end()))
            problems.append(
                (
                    _line_at(body, mark.start()),
                    f"the page has {total} Markdown marks ({' '.join(MARKS)}); at most "
                    f"{MAX_MARKS} are allowed, and this line goes over (split the page)",
                )
            )
            break
    for number, line in enumerate(lines, start=1):
        depth = nesting(line)
        if depth > MAX_DEPTH:
            problems.append(
                (
                    number,
                    f"this line is nested {depth} levels deep (lists, quotes or indents); "
                    f"at most {MAX_DEPTH} levels are allowed",
                )
            )
            break
    return sorted(problems)


def nesting(line: str) -> int:
    """How many lists and quotes deep a line would put its text (0 for plain text).

    An indent of 4 columns is one level, as in Markdown; so is each list marker
    (``-``, ``*``, ``+``, ``1.``) or quote mark (``>``) at the start of the line,
    because ``- - text`` or ``> > text`` nest as deep as indented lines do.
    """
    expanded = line.expandtabs(4) if "\t" in line else line
    text = expanded.lstrip(" ")
    depth = (len(expanded) - len(text)) // 4
    if _RULE.match(text):
        return depth
    position = 0
    while (mark := _NEST.match(text, position)) and mark.end() > position:
        depth += 1
        position = mark.end()
    return depth


def _line_at(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1
