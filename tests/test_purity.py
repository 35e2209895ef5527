"""The pure core never imports Qt: it runs and is tested without a display.

The import-linter contracts in pyproject.toml (run by `make lint`) check the imports as
written; this test checks what importing the modules really loads.
"""

import subprocess
import sys
from pathlib import Path

PURE_PACKAGES = ("kiosk/core", "kiosk/content", "kiosk/site")
"""Every module in these folders, found on disk (a new one is checked without listing it)."""
PURE_COMMANDS = ["kiosk.commands.cli", "kiosk.commands.check", "kiosk.commands.export_site",
                 "kiosk.commands.set_pin", "kiosk.commands.stats"]
ROOT = Path(__file__).resolve().parents[1]
PURE = [
    *(".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
      for folder in PURE_PACKAGES for path in sorted((ROOT / folder).rglob("*.py"))),
    *PURE_COMMANDS,
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
