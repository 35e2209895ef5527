"""A part of the window built the first time it is needed, so start-up pays only for Home."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class OnDemand(Generic[T]):
    """Calling it builds the part once (then runs each ``on_build`` hook) and returns it;
    ``built`` is the part or None, for work that only matters to a part that exists
    (hiding it, restyling it, telling it new words)."""

    def __init__(self, build: Callable[[], T]) -> None:
        self._build = build
        self._hooks: list[Callable[[T], object]] = []
        self.built: T | None = None

    def __call__(self) -> T:
        if self.built is None:
            part = self._build()
            self.built = part
            for hook in self._hooks:
                hook(part)
        return self.built

    def on_build(self, hook: Callable[[T], object]) -> None:
        """Run ``hook`` on the part when it is built (at once when it already is)."""
        self._hooks.append(hook)
        if self.built is not None:
            hook(self.built)

    def if_built(self, do: Callable[[T], object]) -> None:
        if self.built is not None:
            do(self.built)
