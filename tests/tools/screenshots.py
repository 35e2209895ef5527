"""`make screenshots`: the README's pictures, taken from the real-display tour.

Run `make tour` first; this copies a few of its screens (real X display, real input) into
assets/screenshots under the names the README uses.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

PICTURES = {
    # README name: (tour size, tour screen name without its number)
    "home-landscape.png": ("1920x1080", "home"),
    "home-portrait.png": ("1080x1920", "home"),
    "does-it-hurt-landscape.png": ("1920x1080", "page-does-it-hurt"),
    "step-treatment-portrait.png": ("1080x1920", "walk-step-treatment"),
    "safety-portrait.png": ("1080x1920", "page-safety"),
    "quiz-wrong-landscape.png": ("1920x1080", "quiz-q1-wrong"),
    "home-es-landscape.png": ("1920x1080", "home-es"),
    "high-contrast-landscape.png": ("1920x1080", "page-what-is-microneedling-contrast"),
    "largest-text-small-screen.png": ("1366x768", "page-what-is-microneedling-largest"),
    "staff-landscape.png": ("1920x1080", "staff-screen"),
}


def tour_screen(tour: Path, size: str, name: str) -> Path:
    found = sorted((tour / size).glob(f"[0-9][0-9]-{name}.png"))
    if not found:
        raise FileNotFoundError(f"{tour / size}: no screen '{name}'; run `make tour` first")
    return found[0]


def copy(tour: Path, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    try:
        chosen = {target: tour_screen(tour, *where) for target, where in PICTURES.items()}
    except FileNotFoundError as error:
        print(f"screenshots: {error}", file=sys.stderr)
        return 1
    for target, source in chosen.items():
        shutil.copy(source, out / target)
        print(out / target)
    return 0


if __name__ == "__main__":
    sys.exit(copy(Path(sys.argv[1]), Path(sys.argv[2])))
