"""`kiosk export-site OUT`: write the take-home website and say what went into it."""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk.content.loader import display_path
from kiosk.site.build import SiteError, export_site


def run_export_site(root: Path, out: Path, assets: Path, clinic: str, take_home_url: str) -> int:
    try:
        result = export_site(root, out, assets, clinic)
    except SiteError as error:
        sys.stderr.write(f"kiosk: {error}\n")
        return 1
    for problem in result.problems:
        sys.stderr.write(f"{problem}\n")
    pages = sum(1 for name in result.files if name.endswith("/index.html"))
    sys.stdout.write(f"{display_path(out)}: {pages} pages in {', '.join(result.languages)}; "
                     f"open {display_path(out / 'index.html')} to look at it\n")
    if take_home_url:
        sys.stdout.write(f"publish the folder's contents at {take_home_url.rstrip('/')}/ "
                         f"(the QR codes point at {take_home_url.rstrip('/')}/<language>/<page-id>)\n")
    else:
        sys.stdout.write("no take_home_url in the config: the kiosk shows no QR codes until it is set\n")
    if result.errors:
        sys.stderr.write(f"{len(result.errors)} problem(s): the pages with them are not on the site; "
                         f"run 'kiosk check {display_path(root)}'\n")
        return 1
    return 0
