"""Python's garbage collector at start: held while the kiosk starts, back once it shows.

Start-up makes tens of thousands of objects that live as long as the kiosk does (modules,
Qt's enums, the packs, the widgets); the cyclic collector would walk them again and again
while they are made, a few percent of the start. So a command holds it from its first line
and lets it go once its first frame is drawn, freezing what start-up made (``gc.freeze``):
later collections, all day on the wall, no longer walk objects that never go away. A
running kiosk collects start-up's garbage before it freezes the rest.
"""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    """No cyclic garbage collection until ``release()``."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release(*, settle: bool) -> None:
    """The collector back on, if ``hold()`` turned it off. What start-up made is frozen first,
    or the first collection would walk all of it at once; with ``settle`` (a process that
    lives on) the garbage among it is collected before."""
    global _held
    if not _held:
        return
    _held = False
    if settle:
        gc.collect()
    gc.freeze()
    gc.enable()
