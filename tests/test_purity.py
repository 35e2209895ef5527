"""The pure core never imports Qt: it runs and is tested without a display.

The import-linter contracts in pyproject.toml (run by `make lint`) check the imports as
written; this test checks what importing the modules really loads.
"""

import subprocess
import sys

PURE = [
    "kiosk.content.loader",
    "kiosk.content.check",
    "kiosk.content.render",
    "kiosk.content.readability",
    "kiosk.config",
    "kiosk.idle",
    "kiosk.take_home",
    "kiosk.pin",
    "kiosk.logs",
    "kiosk.startup",
    "kiosk.stats",
    "kiosk.stats_command",
    "kiosk.navigation",
    "kiosk.theme",
    "kiosk.cli",
    "kiosk.app",  # imports the window only when the kiosk really starts
]


def test_pure_modules_do_not_import_qt() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in PURE)
        + "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
