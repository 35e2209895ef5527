"""`kiosk set-pin`: ask for the staff PIN twice and store only its salted hash."""

from __future__ import annotations

import getpass
import re
import sys
from collections.abc import Callable
from pathlib import Path

from kiosk.pin import hash_pin, pin_problem


def write_pin_hash(config_path: Path, pin_hash: str) -> None:
    """Set ``staff_pin_hash`` in the TOML file, keeping every other line as it is."""
    line = f'staff_pin_hash = "{pin_hash}"'
    text = config_path.read_text("utf-8") if config_path.exists() else ""
    pattern = re.compile(r"^\s*staff_pin_hash\s*=.*$", re.M)
    if pattern.search(text):
        text = pattern.sub(line, text, count=1)
    else:
        text = (text.rstrip("\n") + "\n" if text.strip() else "") + line + "\n"
    config_path.parent.mkdir(parents=True, exist_ok=True)
    config_path.write_text(text, "utf-8")


def run_set_pin(config_path: Path, ask: Callable[[str], str] = getpass.getpass) -> int:
    pin = ask("New staff PIN (4 to 12 digits): ").strip()
    problem = pin_problem(pin)
    if problem:
        print(f"kiosk: {problem}; nothing was changed", file=sys.stderr)
        return 1
    if ask("The same PIN again: ").strip() != pin:
        print("kiosk: the two PINs are not the same; nothing was changed", file=sys.stderr)
        return 1
    write_pin_hash(config_path, hash_pin(pin))
    print(f"The staff PIN is set (only a salted hash is stored) in {config_path}")
    return 0
