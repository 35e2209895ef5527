"""Spare the kiosk PySide6's scan of every module's source at import.

PySide6 (6.4 and later) looks at each module imported after it to learn whether the
module uses PySide6, for ``from __feature__ import snake_case`` and the like: it reads
the module's whole source with ``inspect.getsource``, and ``linecache`` then keeps
every line of every module for the life of the process. For the kiosk that was about
6 MB of its memory and 25 ms of its start. The kiosk uses no ``__feature__``, so the
same question is answered from what the module holds once imported (a PySide6 class,
function or module among its names), without reading any file.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6  # installs PySide6's import hook  # noqa: F401


def uses_pyside(module: ModuleType) -> bool:
    """True when the module holds a PySide6 (or shiboken6) object among its names."""
    for value in list(vars(module).values()):
        name = value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", None)
        if isinstance(name, str) and name.startswith(("PySide6", "shiboken6")):
            return True
    return False


def skip_source_scan() -> bool:
    """Answer PySide6's question without reading sources; False when this PySide6 has no
    such hook (then nothing is changed)."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
