"""The kiosk's settings: defaults, a TOML file over them, every problem reported at once.

Plain data parsed by plain functions (as in qutebrowser's config), no Qt.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, TypeVar

from kiosk.content.hints import did_you_mean, one_of
from kiosk.core.pin import hash_problem

TEXT_SIZES = ("normal", "large", "largest")
THEMES = ("standard", "high-contrast")
MIN_SECONDS = 5
MAX_CONFIG_BYTES = 256 * 1024
"""A config file is a few hundred bytes; anything this big is the wrong file."""
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:-[A-Z]{2})?$")
_T = TypeVar("_T")


def setting(default: _T, doc: str) -> _T:
    """A config key: its default and, as data, what it means for staff."""
    return field(default=default, metadata={"doc": doc})


@dataclass(frozen=True)
class Config:
    """Every setting, with the value a clinic gets when it sets nothing and what it means
    (the README's table and ``kiosk --help`` read the meanings from here)."""

    content_dir: str = setting(
        "",
        "Content folder with one subfolder per language; empty means the bundled content.",
    )
    language: str = setting("en", "Language shown at start and after every idle reset.")
    idle_timeout_s: int = setting(
        90,
        'Seconds without a touch before "Still reading?" appears (5 to 3600; 60 to 180 suits '
        "most rooms).",
    )
    idle_warning_s: int = setting(
        20,
        'Seconds the "Still reading?" countdown lasts (5 to 300; keep 20 or more, WCAG 2.2.1).',
    )
    attract_after_s: int = setting(
        60,
        "Seconds on an untouched Home before the attract loop starts; 0 turns it off.",
    )
    staff_pin_hash: str = setting(
        "",
        "Salted hash of the staff PIN, written by `kiosk set-pin`; empty means exit is "
        "unprotected.",
    )
    hide_cursor: bool = setting(True, "Hide the mouse pointer in kiosk mode (touch screens).")
    screen: int = setting(0, "Which monitor the kiosk fills: 0 is the primary screen, 1 the next, and so on.")
    text_size: str = setting("normal", "Text size at start and after each reset: normal, large or largest.")
    theme: str = setting("standard", "Colour theme at start and after each reset: standard or high-contrast.")
    take_home_url: str = setting(
        "",
        "Web address of the clinic's copy of this content; when set, every page shows a QR "
        "code for <take_home_url>/<language>/<page-id> (a page's own `url` wins).",
    )
    clinic_name: str = setting(
        "",
        "The clinic's name, shown on every page of the take-home website (`kiosk export-site`).",
    )
    speech_engine: str = setting(
        "",
        "Read-aloud voice engine: empty picks Qt's default (speech-dispatcher on Linux); "
        '"none" hides the Read aloud button; "mock" is Qt\'s silent test engine.',
    )


RANGES: dict[str, tuple[int, int]] = {
    "idle_timeout_s": (MIN_SECONDS, 3600),
    "idle_warning_s": (MIN_SECONDS, 300),
    "attract_after_s": (0, 3600),
    "screen": (0, 16),
}
CHOICES: dict[str, tuple[str, ...]] = {"text_size": TEXT_SIZES, "theme": THEMES}


def defaults() -> Config:
    return Config()


def documented_keys() -> list[tuple[str, Any, str]]:
    """(key, default, description) for every setting, for the README and `--help`."""
    return [(f.name, f.default, f.metadata["doc"]) for f in fields(Config)]


class ConfigError(Exception):
    """A config file that cannot be used, with every problem in it."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


def load_config(path: Path | None) -> Config:
    """Defaults, overridden by the TOML file at ``path`` (when given).

    Only a plain file is read (a pipe would wait for ever, a device could be endless);
    a UTF-8 byte-order mark, as some Windows editors save it, is accepted.
    """
    if path is None:
        return defaults()
    text = read_config_text(path)
    return parse_config(_toml(path, text), str(path), text)


def read_config_text(path: Path) -> str:
    """The text of a config file, or a ConfigError that says why it cannot be read."""
    shown = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ConfigError([f"{shown}:1: the config file does not exist"]) from None
    except OSError as error:
        raise ConfigError([f"{shown}:1: cannot read the config file ({error.strerror})"]) from None
    if stat.S_ISDIR(info.st_mode):
        raise ConfigError([f"{shown}:1: this is a folder, not a config file "
                           "(name the kiosk.toml file in it)"])
    if not stat.S_ISREG(info.st_mode):
        raise ConfigError([f"{shown}:1: this is not a plain file (it is a pipe, socket or device); "
                           "name a kiosk.toml file"])
    if info.st_size > MAX_CONFIG_BYTES:
        raise ConfigError([f"{shown}:1: the file is {info.st_size // 1024} KB; a config file is a few "
                           "lines of text (is this the right file?)"])
    try:
        # O_NONBLOCK: should the file be swapped for a pipe after the check, opening it never waits.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(descriptor, "rb") as file:
            data = file.read(MAX_CONFIG_BYTES + 1)
    except OSError as error:
        raise ConfigError([f"{shown}:1: cannot read the config file ({error.strerror})"]) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ConfigError([f"{shown}:{line}: this line has characters that are not UTF-8 text "
                           "(save the file as UTF-8 in your editor)"]) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ConfigError([f"{shown}:{line}: this file holds a NUL byte; it is not a text file"])
    return text


def _toml(path: Path, text: str) -> dict[str, Any]:
    import tomllib  # only when there is a config file

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(
            [f"{path}:{_toml_error_line(str(error), text)}: this is not valid TOML ({error})"]
        ) from None
    except RecursionError:
        raise ConfigError([f"{path}:1: this is not valid TOML (it is nested far too deeply)"]) from None


def _toml_error_line(message: str, text: str) -> int:
    """The line a TOML error is on: the one it names, or for "at end of document" (something
    opened and never closed) the document's last line with anything on it."""
    named = re.search(r"line (\d+)", message)
    if named:
        return int(named.group(1))
    if "end of document" in message:
        lines = text.splitlines()
        return next((n for n in range(len(lines), 0, -1) if lines[n - 1].strip()), 1)
    return 1


def parse_config(data: dict[str, Any], shown: str = "config", text: str = "") -> Config:
    known = {f.name: f for f in fields(Config)}
    problems: list[str] = []
    values: dict[str, Any] = {}

    def where(key: str) -> str:
        match = re.search(rf"^\s*{re.escape(key)}\s*=", text, re.M)
        return f"{shown}:{text[: match.start()].count(chr(10)) + 1 if match else 1}"

    for key, value in data.items():
        if key not in known:
            problems.append(f"{where(key)}: unknown key '{key}'{did_you_mean(key, known)}")
            continue
        default = known[key].default
        expected = type(default)
        if expected is int and (isinstance(value, bool) or not isinstance(value, int)):
            problems.append(f"{where(key)}: '{key}' must be a whole number, not {value!r}")
            continue
        if expected is not int and not isinstance(value, expected):
            problems.append(f"{where(key)}: '{key}' must be {_type_name(expected)}, not {value!r}")
            continue
        if key in RANGES:
            low, high = RANGES[key]
            if key == "attract_after_s" and 0 < value < MIN_SECONDS:
                problems.append(
                    f"{where(key)}: '{key}' must be 0 (off) or {MIN_SECONDS} to {high}, not {value}"
                )
                continue
            if not low <= value <= high:
                problems.append(f"{where(key)}: '{key}' must be from {low} to {high}, not {value}")
                continue
        if key == "take_home_url" and value and not re.match(r"^https?://[^\s/]+\.[^\s]+$", value):
            problems.append(f"{where(key)}: '{key}' must be a web address like "
                            f"https://clinic.example/learn, not '{value}'")
            continue
        if key == "language" and not LANGUAGE_CODE.match(value):
            problems.append(f"{where(key)}: '{key}' must be a language code like \"en\", \"es\" or "
                            f"\"pt-BR\" (the name of a folder in the content folder), not {value!r}")
            continue
        if key == "staff_pin_hash" and value and hash_problem(value):
            problems.append(f"{where(key)}: {hash_problem(value)}")
            continue
        if key in CHOICES and value not in CHOICES[key]:
            problems.append(
                f"{where(key)}: '{key}' must be one of {one_of(CHOICES[key])}, not '{value}'"
                f"{did_you_mean(value, CHOICES[key])}"
            )
            continue
        values[key] = value
    if problems:
        raise ConfigError(problems)
    return replace(defaults(), **values)


def _type_name(expected: type) -> str:
    return {str: "text in quotes", bool: "true or false"}.get(expected, expected.__name__)
