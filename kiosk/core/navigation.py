"""Where the patient is: the page shown, the walkthrough card, and the way back.

Plain Python, no Qt: the window listens and shows what this says.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

HOME = "home"


@dataclass(frozen=True)
class Location:
    page: str
    card: int = 0


class Navigator:
    """Page history and walkthrough position for one patient's visit."""

    def __init__(
        self,
        page_ids: tuple[str, ...],
        walkthrough: str | None,
        cards: tuple[str, ...],
        extras: int = 0,
    ) -> None:
        """``page_ids`` are pages of their own; ``cards`` the walkthrough's, in order.

        A card that is also a page of its own (the safety notice) opens as that page.
        The last ``extras`` cards (the optional quiz) come after the last step: Next on
        the last step finishes the walkthrough, and they are reached only by asking.
        """
        self.last_step = len(cards) - 1 - extras
        self.page_ids = frozenset(page_ids) | {HOME}
        self.walkthrough = walkthrough
        self.cards = cards
        self.current = Location(HOME)
        self.history: list[Location] = []
        self._listeners: list[Callable[[Location, Location], None]] = []

    def subscribe(self, listener: Callable[[Location, Location], None]) -> None:
        """Call ``listener(old, new)`` after every change of location."""
        self._listeners.append(listener)

    def knows(self, page_id: str) -> bool:
        return page_id in self.page_ids or page_id in self.cards

    def go(self, page_id: str) -> bool:
        """Open a page (a step id opens the walkthrough at that step); False if unknown."""
        target = self.location_of(page_id)
        if target is None:
            return False
        if target == self.current:
            return True
        if target.page == HOME:
            self.home()
            return True
        self.history.append(self.current)
        self._move(target)
        return True

    def location_of(self, page_id: str) -> Location | None:
        if page_id in self.page_ids:
            return Location(page_id)
        if page_id in self.cards and self.walkthrough is not None:
            return Location(self.walkthrough, self.cards.index(page_id))
        return None

    def take_place(self, other: Navigator) -> None:
        """Stand where ``other`` stands, quietly (no listener hears a move): the same page
        or walkthrough card, with the way back, as far as this navigator has them (the same
        ids in another language's pack). Home, with no history, when it lacks the page shown."""
        here = self._same_place(other, other.current)
        if here is None or here.page == HOME:
            return
        way_back: list[Location] = []
        for place in other.history:
            same = self._same_place(other, place)
            if same is not None and (not way_back or way_back[-1] != same):
                way_back.append(same)
        while way_back and way_back[-1] == here:
            way_back.pop()
        self.history = way_back
        self.current = here

    def _same_place(self, other: Navigator, place: Location) -> Location | None:
        """``other``'s ``place`` among this navigator's pages and cards; None when it has not."""
        if place.page == HOME:
            return place
        if place.page != other.walkthrough:
            return Location(place.page) if place.page in self.page_ids else None
        card = other.cards[place.card] if place.card < len(other.cards) else None
        if card is None or card not in self.cards or self.walkthrough is None:
            return None
        return Location(self.walkthrough, self.cards.index(card))

    def back(self) -> None:
        """One step back: the previous walkthrough card, else the previous page."""
        if self.in_walkthrough and self.current.card > 0:
            self._move(Location(self.current.page, self.current.card - 1))
        elif self.history:
            self._move(self.history.pop())
        else:
            self.home()

    def next(self) -> None:
        """The next walkthrough card; from the last step (or the quiz), Home."""
        if not self.in_walkthrough:
            return
        if self.current.card < self.last_step:
            self._move(Location(self.current.page, self.current.card + 1))
        else:
            self.home()

    def home(self) -> None:
        self.history.clear()
        self._move(Location(HOME))

    def reset(self) -> None:
        """Forget this visit: Home, no history."""
        self.home()

    @property
    def in_walkthrough(self) -> bool:
        return self.walkthrough is not None and self.current.page == self.walkthrough

    @property
    def card_id(self) -> str | None:
        """The page id of the walkthrough card shown, when in the walkthrough."""
        if self.in_walkthrough and self.cards:
            return self.cards[self.current.card]
        return None

    @property
    def is_last_card(self) -> bool:
        """On the last step (or past it): the button says Finish."""
        return self.in_walkthrough and self.current.card >= self.last_step

    def _move(self, target: Location) -> None:
        old, self.current = self.current, target
        if old != target:
            for listener in list(self._listeners):
                listener(old, target)
