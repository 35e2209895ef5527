"""`make screenshots`: the README's pictures, rendered with `kiosk snapshot`."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from kiosk.app import main

PAGES = ("home", "does-it-hurt", "step-treatment", "safety")
SIZES = {"landscape": "1920x1080", "portrait": "1080x1920"}


def render(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        for name, size in SIZES.items():
            folder = Path(scratch) / name
            args = ["snapshot", "--out", str(folder), "--size", size]
            for page in PAGES:
                args += ["--page", page]
            if main(args) != 0:
                return 1
            for page in PAGES:
                shutil.copy(folder / f"{page}.png", out / f"{page}-{name}.png")
        spanish = Path(scratch) / "es"
        if main(["snapshot", "--lang", "es", "--out", str(spanish), "--page", "home"]) != 0:
            return 1
        shutil.copy(spanish / "home.png", out / "home-es-landscape.png")
        contrast = Path(scratch) / "hc"
        if main(["snapshot", "--theme", "high-contrast", "--text-size", "largest", "--out",
                 str(contrast), "--page", "does-it-hurt"]) != 0:
            return 1
        shutil.copy(contrast / "does-it-hurt.png", out / "does-it-hurt-high-contrast-largest.png")
    return 0


if __name__ == "__main__":
    sys.exit(render(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("assets/screenshots")))
