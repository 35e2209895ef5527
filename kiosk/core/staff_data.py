"""What the staff screen shows, and where it comes from: plain data, no Qt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from kiosk.core.content_status import ContentStatus
from kiosk.core.usage_summary import UsageSummary

RELOADED = 0
NOTHING_TO_SHOW = -1
"""What reloading the content did: RELOADED, NOTHING_TO_SHOW, or the number of problems found."""


@dataclass
class StaffSources:
    """Where the staff screen gets what it shows (given by whoever runs the window)."""

    usage: Callable[[int], UsageSummary]
    """Days -> the usage of the last that many days, today included."""
    status: Callable[[], ContentStatus]
    reload: Callable[[], int]
    """Load the content now and show it when it is clean: RELOADED, NOTHING_TO_SHOW or the
    number of problems that kept it out."""
    questions: Callable[[], dict[str, str]] = dict
    """Question id -> its words, to label the quiz chart."""


def no_sources() -> StaffSources:
    """For a window that nobody gave sources: empty figures, nothing to reload."""
    today = date.today()
    return StaffSources(
        usage=lambda days: UsageSummary(tuple(today for _ in range(days)), (0,) * days, (0,) * days,
                                        problem="no usage counts in this window"),
        status=lambda: ContentStatus("(unknown)", (), (), 0),
        reload=lambda: NOTHING_TO_SHOW,
    )
