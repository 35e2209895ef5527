"""`kiosk set-pin`: ask for the staff PIN twice and store only its salted hash.

The config file is written whole to a temporary file beside it and renamed over
it, so a power cut leaves the old file or the new one, never half of one; it is
readable by its owner only (the hash is a secret worth keeping). Every other
line, comments included, stays as it was.
"""

from __future__ import annotations

import getpass
import os
import re
import sys
import tempfile
import tomllib
import warnings
from collections.abc import Callable
from pathlib import Path

from kiosk.core.config import ConfigError, read_config_text
from kiosk.core.pin import hash_pin, pin_problem

EXIT_OK = 0
EXIT_REFUSED = 1
"""The PIN was not set: not digits, the two did not match, or none was typed."""
EXIT_CONFIG = 2
"""The config file cannot be read or written."""
EXIT_INTERRUPTED = 130
_KEY = re.compile(r"^[ \t]*staff_pin_hash[ \t]*=.*$", re.M)


class PinWriteError(Exception):
    """The config file could not be updated; the message says why, for a person."""


def updated_text(text: str, pin_hash: str) -> str:
    """The config text with ``staff_pin_hash`` set, every other line kept as it is."""
    line = f'staff_pin_hash = "{pin_hash}"'
    if _KEY.search(text):
        return _KEY.sub(lambda _found: line, text, count=1)
    first_table = re.search(r"^[ \t]*\[", text, re.M)
    if first_table:  # a bare key after a [table] line would belong to that table
        return text[: first_table.start()] + line + "\n" + text[first_table.start() :]
    return (text.rstrip("\n") + "\n" if text.strip() else "") + line + "\n"


def write_pin_hash(config_path: Path, pin_hash: str) -> None:
    """Set ``staff_pin_hash`` in the TOML file atomically, owner-only, keeping every other line."""
    target = config_path.resolve() if config_path.is_symlink() else config_path
    if target.exists() or target.is_symlink():
        try:
            text = read_config_text(target)
        except ConfigError as error:
            raise PinWriteError(error.problems[0]) from None
    else:
        text = ""
    new_text = updated_text(text, pin_hash)
    try:
        if tomllib.loads(new_text).get("staff_pin_hash") != pin_hash:
            raise tomllib.TOMLDecodeError("staff_pin_hash did not land at the top level")
    except tomllib.TOMLDecodeError:
        raise PinWriteError(
            f"{config_path}:1: the PIN could not be added safely, as the file is not valid TOML; "
            "fix it (kiosk check shows how) or move it away, then run 'kiosk set-pin' again"
        ) from None
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=".kiosk-", suffix=".toml", dir=folder)
    except OSError as error:
        raise PinWriteError(
            f"{config_path}: cannot write in the folder {folder} ({error.strerror})"
        ) from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as file:
            file.write(new_text)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise PinWriteError(f"{config_path}: cannot write the config file ({error.strerror})") from None
    try:
        directory = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
    except OSError:
        pass  # the rename is done; syncing the folder only makes it survive a power cut sooner


def _typed(ask: Callable[[str], str], prompt: str) -> str:
    """What was typed; EOFError when there is no input to read at all (closed or broken)."""
    try:
        with warnings.catch_warnings():
            # Not a terminal: getpass says so in its own words too ("input may be echoed").
            warnings.simplefilter("ignore", getpass.GetPassWarning)
            return ask(prompt).strip()
    except (OSError, ValueError, AttributeError) as error:  # stdin closed: getpass reads from None
        raise EOFError from error


def run_set_pin(config_path: Path, ask: Callable[[str], str] = getpass.getpass) -> int:
    try:
        pin = _typed(ask, "New staff PIN (4 to 12 digits): ")
        if not pin:
            print("kiosk: no PIN was typed; nothing was changed", file=sys.stderr)
            return EXIT_REFUSED
        problem = pin_problem(pin)
        if problem:
            print(f"kiosk: {problem}; nothing was changed", file=sys.stderr)
            return EXIT_REFUSED
        if _typed(ask, "The same PIN again: ") != pin:
            print("kiosk: the two PINs are not the same; nothing was changed", file=sys.stderr)
            return EXIT_REFUSED
    except EOFError:
        print("kiosk: no PIN was typed (the input ended); nothing was changed", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("\nkiosk: stopped; nothing was changed", file=sys.stderr)
        return EXIT_INTERRUPTED
    try:
        write_pin_hash(config_path, hash_pin(pin))
    except PinWriteError as error:
        print(f"kiosk: {error}; the PIN was not set", file=sys.stderr)
        return EXIT_CONFIG
    print(f"The staff PIN is set (only a salted hash is stored) in {config_path}")
    return EXIT_OK
