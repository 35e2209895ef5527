"""Find the bundled content and assets, in an installed wheel or a source checkout.

This module is the one door to them. A wheel carries content/ and assets/ inside the
package as ``kiosk/_bundled/<name>`` (pyproject.toml maps them there), read through
``importlib.resources`` so the kiosk finds them wherever it is installed. In a source
checkout (or an editable install) they sit at the top of the repository, beside the
package.
"""

from __future__ import annotations

import atexit
import contextlib
from functools import cache
from importlib import resources
from pathlib import Path

_NAMES = ("content", "assets")
_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


@cache
def bundled(name: str) -> Path:
    """The bundled folder ``name`` ('content' or 'assets') as a real folder Qt can open."""
    if name not in _NAMES:
        raise ValueError(f"no bundled folder named {name!r}")
    package = resources.files("kiosk")
    inside = package / "_bundled" / name
    if inside.is_dir():
        # A plain install is already a folder; a zipped one is unpacked once, for this run.
        return Path(_extracted.enter_context(resources.as_file(inside)))
    beside = Path(str(package)).parent / name
    if (beside / ".." / "pyproject.toml").is_file() and beside.is_dir():
        return beside
    raise FileNotFoundError(
        f"the bundled {name}/ folder is missing from this installation; "
        "reinstall the kiosk from its wheel (see README, Install)"
    )


def asset(relative: str) -> Path:
    """A file under assets/, refusing absolute names and '..'."""
    parts = Path(relative).parts
    if Path(relative).is_absolute() or ".." in parts:
        raise ValueError(f"asset names stay inside assets/: {relative!r}")
    return bundled("assets") / relative
