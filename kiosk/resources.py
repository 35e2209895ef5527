"""Find the bundled content and assets, in a source checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def bundled(name: str) -> Path:
    """The bundled folder ``name`` ('content' or 'assets').

    In a checkout (or an editable install) it sits beside the package; a wheel
    carries it inside the package as ``kiosk/_bundled/<name>``.
    """
    if name not in ("content", "assets"):
        raise ValueError(f"no bundled folder named {name!r}")
    for candidate in (_HERE / "_bundled" / name, _HERE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the bundled {name}/ folder is missing from this installation")


def asset(relative: str) -> Path:
    """A file under assets/, refusing absolute names and '..'."""
    parts = Path(relative).parts
    if Path(relative).is_absolute() or ".." in parts:
        raise ValueError(f"asset names stay inside assets/: {relative!r}")
    return bundled("assets") / relative
