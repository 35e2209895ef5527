"""Command-line arguments: the kiosk itself, `check`, `snapshot` and `set-pin`."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.config import TEXT_SIZES, THEMES

if TYPE_CHECKING:
    from datetime import date

COMMANDS = ("check", "snapshot", "set-pin", "stats", "export-site")


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{2,5})[xX](\d{2,5})", text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"size must look like 1920x1080, not {text!r}")
    return int(match.group(1)), int(match.group(2))


def _day(text: str) -> date:
    from datetime import date  # only `kiosk stats --since` needs it

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a date looks like 2026-11-25, not {text!r}") from None


def _common(parser: argparse.ArgumentParser, top: bool = False) -> None:
    """Options taken before or after a command (a command's copy never hides the first)."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--content",
        type=Path,
        metavar="DIR",
        default=default,
        help="content folder with one subfolder per language (default: bundled)",
    )
    parser.add_argument("--config", type=Path, metavar="FILE", default=default, help="a TOML config file")
    parser.add_argument("--lang", metavar="CODE", default=default, help="language to show, e.g. en or es")
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="log more detail",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Patient-education kiosk. With no command it starts fullscreen; "
        "leave it with the staff gesture (see README).",
    )
    _common(parser, top=True)
    parser.add_argument(
        "--windowed",
        action="store_true",
        help="run in a normal window that closes normally (demos, development)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = sub.add_parser("check", help="validate a content folder and list its pages")
    check.add_argument("dir", nargs="?", type=Path, help="content folder (default: bundled)")
    check.add_argument(
        "--config", type=Path, metavar="FILE", default=argparse.SUPPRESS, help="a TOML config file"
    )
    check.add_argument("--format", choices=("text", "json"), default="text",
                       help="json gives the same findings for tools")
    stats = sub.add_parser("stats", help="usage counts for the front desk (counts only)")
    stats.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="only this day and later")
    stats.add_argument("--csv", action="store_true", help="hourly counts as CSV")
    stats.add_argument("--by-hour", action="store_true", help="one line per hour instead of per day")
    stats.add_argument("--file", type=Path, metavar="FILE", help="the counts file (default: the user's)")
    snap = sub.add_parser("snapshot", help="render pages to PNG files without a display")
    _common(snap)
    snap.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the PNGs")
    snap.add_argument(
        "--size",
        type=_size,
        default=(1920, 1080),
        metavar="WxH",
        help="screen size in pixels (default 1920x1080)",
    )
    snap.add_argument(
        "--page",
        action="append",
        metavar="ID",
        help="only this page id (repeatable); 'home' is the start screen",
    )
    snap.add_argument("--theme", choices=THEMES, help="colour theme (default: from the config)")
    snap.add_argument("--text-size", choices=TEXT_SIZES, help="text size (default: from the config)")
    site = sub.add_parser("export-site", help="write the take-home website (static HTML) into a folder")
    site.add_argument("out", type=Path, metavar="OUT", help="folder for the website (new, empty, or an "
                      "earlier export, which is replaced)")
    _common(site)
    pin = sub.add_parser("set-pin", help="set the staff PIN (only a salted hash is stored)")
    pin.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="config file to write (default: the user's kiosk.toml)",
    )
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    return build_parser().parse_args(argv)
