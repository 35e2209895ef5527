"""`make tour`: python -m tests.tour [--out DIR] [--size WxH ...]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tests.realdisplay.xserver import missing
from tests.tour.walk import SIZES, tour


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="make tour", description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("/tmp/kiosk-tour"))
    parser.add_argument("--size", action="append", metavar="WxH", help="only this size (repeatable)")
    args = parser.parse_args(argv)
    reason = missing()
    if reason:
        print(f"tour: cannot run: {reason}", file=sys.stderr)  # noqa: T201
        return 2
    sizes = tuple(tuple(int(n) for n in s.lower().split("x")) for s in args.size) if args.size else SIZES
    tour(args.out, sizes)  # type: ignore[arg-type]
    print(f"tour: pictures in {args.out}")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
