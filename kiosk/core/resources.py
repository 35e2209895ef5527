"""Find the bundled content and assets, in an installed wheel or a source checkout.

This module is the one door to them. A wheel carries content/ and assets/ inside the
package as ``kiosk/_bundled/<name>`` (pyproject.toml maps them there), so the kiosk finds
them wherever pip installs it. In a source checkout (or an editable install) they sit at
the top of the repository, beside the package. Qt opens them as real files, so a kiosk run
from a zip archive is refused with a message (pip always installs a folder).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_NAMES = ("content", "assets")


@cache
def bundled(name: str) -> Path:
    """The bundled folder ``name`` ('content' or 'assets') as a real folder Qt can open."""
    if name not in _NAMES:
        raise ValueError(f"no bundled folder named {name!r}")
    package = Path(__file__).parent.parent
    if not package.is_dir():
        raise FileNotFoundError(
            f"the kiosk runs from {package}, which is not a folder; install it with pip "
            "(see README, Install) so Qt can open its fonts, pictures and pages"
        )
    inside = package / "_bundled" / name  # an installed wheel
    if inside.is_dir():
        return inside
    beside = package.parent / name  # the source checkout
    if (package.parent / "pyproject.toml").is_file() and beside.is_dir():
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
