"""Where the bottom bar's controls go: fixed slots, worked out from widths alone.

Plain arithmetic, no Qt. Every slot keeps its place whether or not its control
shows on this screen, so nothing moves sideways from one screen to the next.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Slot:
    """One control's box: its row (0 is the top) and its left edge and width."""

    row: int
    x: int
    width: int


@dataclass(frozen=True)
class Groups:
    """Widths of the bar's three groups; each list is in order from left to right."""

    way_left: list[int]
    """Back, Home: at the left edge."""
    tools: list[int]
    """The reading tools: in the middle."""
    way_right: list[int]
    """Language, Next: at the right edge."""


def run_width(widths: list[int], gap: int) -> int:
    return sum(widths) + gap * max(0, len(widths) - 1)


def fits_one_row(groups: Groups, room: int, gap: int) -> bool:
    used = [run_width(g, gap) for g in (groups.way_left, groups.tools, groups.way_right) if g]
    return sum(used) + 2 * gap * (len(used) - 1) <= room


def _run(widths: list[int], x: int, gap: int, row: int) -> list[Slot]:
    slots = []
    for width in widths:
        slots.append(Slot(row, x, width))
        x += width + gap
    return slots


def place(groups: Groups, left: int, room: int, gap: int, rows: int) -> list[Slot]:
    """Slots for way_left, then tools, then way_right, in that order.

    One row: Back and Home at the left edge, Language and Next at the right edge, the
    tools centred in the room between them. Two rows: the tools centred on the top
    row, the way on the bottom row.
    """
    right_edge = left + room
    bottom = rows - 1
    lefts = _run(groups.way_left, left, gap, bottom)
    right_width = run_width(groups.way_right, gap)
    rights = _run(groups.way_right, right_edge - right_width, gap, bottom)
    tools_width = run_width(groups.tools, gap)
    if rows == 1:
        start = left + run_width(groups.way_left, gap) + (2 * gap if groups.way_left else 0)
        end = right_edge - right_width - (2 * gap if groups.way_right else 0)
        x = start + max(0, (end - start - tools_width) // 2)
    else:
        x = left + max(0, (room - tools_width) // 2)
    return lefts + _run(groups.tools, x, gap, 0) + rights
