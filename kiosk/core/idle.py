"""When to ask "Still reading?", when to reset for the next patient, when to attract.

A pure state machine fed with the time: the Qt side calls ``touch`` on every
input and ``tick`` once a second, and acts on what they return. Tests drive it
with made-up times, so nothing waits for real.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass


class Phase(enum.Enum):
    ACTIVE = "active"
    WARNING = "warning"
    ATTRACT = "attract"


class Event(enum.Enum):
    WARN = "warn"
    """Show "Still reading?" with its countdown."""
    COUNTDOWN = "countdown"
    """The seconds left changed."""
    DISMISS = "dismiss"
    """A touch answered the warning: keep the page."""
    RESET = "reset"
    """The countdown ran out: reset for the next patient."""
    ATTRACT = "attract"
    """Start the attract loop."""
    WAKE = "wake"
    """A touch ended the attract loop."""


@dataclass(frozen=True)
class IdleSettings:
    timeout_s: float
    warning_s: float
    attract_after_s: float
    """0 turns the attract loop off."""


class IdlePolicy:
    def __init__(self, settings: IdleSettings, now: float) -> None:
        self.settings = settings
        self.phase = Phase.ACTIVE
        self.last_input = now
        self.warned_at = now
        self.remaining = math.ceil(settings.warning_s)

    def touch(self, now: float) -> list[Event]:
        """Any input from the patient."""
        self.last_input = now
        if self.phase is Phase.WARNING:
            self.phase = Phase.ACTIVE
            return [Event.DISMISS]
        if self.phase is Phase.ATTRACT:
            self.phase = Phase.ACTIVE
            return [Event.WAKE]
        return []

    def tick(self, now: float, pristine: bool) -> list[Event]:
        """Called often (about once a second).

        ``pristine`` is true when the kiosk already looks as it does for a new
        patient (Home, default text size, theme and language): then there is
        nothing to reset, and only the attract loop may start.
        """
        idle = now - self.last_input
        if self.phase is Phase.WARNING:
            left = max(0, math.ceil(self.settings.warning_s - (now - self.warned_at)))
            if left <= 0:
                self.phase = Phase.ACTIVE
                self.last_input = now
                return [Event.RESET]
            if left != self.remaining:
                self.remaining = left
                return [Event.COUNTDOWN]
            return []
        if self.phase is Phase.ATTRACT:
            return []
        if not pristine and idle >= self.settings.timeout_s:
            self.phase = Phase.WARNING
            self.warned_at = now
            self.remaining = math.ceil(self.settings.warning_s)
            return [Event.WARN]
        attract = self.settings.attract_after_s
        if pristine and attract > 0 and idle >= attract:
            self.phase = Phase.ATTRACT
            return [Event.ATTRACT]
        return []

    def restart(self, now: float) -> None:
        """Start counting again from now (after a reset, or a new pack)."""
        self.phase = Phase.ACTIVE
        self.last_input = now
