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
        if staff_screen(Path(scratch)) != 0:
            return 1
        shutil.copy(Path(scratch) / "staff" / "staff.png", out / "staff-landscape.png")
    return 0


def staff_screen(scratch: Path) -> int:
    """The staff screen with a month of made-up counts (seeded), not this machine's."""
    import functools
    import os
    import random
    from datetime import datetime, timedelta

    from kiosk.stats import UsageCounts, default_stats_path

    os.environ["XDG_DATA_HOME"] = str(scratch / "data")
    rng = random.Random(15)
    pages = ("what-is-microneedling", "how-it-works", "does-it-hurt", "is-it-safe", "questions", "safety")
    now = datetime.now().replace(hour=10)
    for back in range(30):
        day = now - timedelta(days=back)
        with UsageCounts(default_stats_path(), clock=functools.partial(lambda when: when, day)) as counts:
            for _ in range(rng.randint(4, 14) if day.weekday() < 5 else rng.randint(0, 3)):
                language = "es" if rng.random() < 0.3 else "en"
                for page in rng.sample(pages, rng.randint(2, 5)):
                    counts.page_view(page, language)
                if rng.random() < 0.4:
                    counts.walkthrough_completed(language)
                    for question, right in (("q1", 0.8), ("q2", 0.9), ("q3", 0.6), ("q4", 0.75)):
                        counts.quiz_answer(question, rng.random() < right, language)
    return main(["snapshot", "--out", str(scratch / "staff"), "--page", "staff"])


if __name__ == "__main__":
    sys.exit(render(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("assets/screenshots")))
