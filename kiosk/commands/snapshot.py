"""`kiosk snapshot`: render pages to PNG without a display."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

from kiosk.core import collector
from kiosk.core.config import Config
from kiosk.core.startup import (
    EXIT_CONTENT,
    EXIT_PROBLEMS,
    content_root,
    load_packs,
    nothing_to_show,
    settings_for,
)

if TYPE_CHECKING:  # Qt is imported only once a snapshot is asked for
    from kiosk.ui.window import KioskWindow


def run_snapshot(args: argparse.Namespace, config: Config) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    config = settings_for(args, config)
    if config.speech_engine != "none":
        # Show the Read aloud button as a kiosk with a voice has it, without making a sound.
        config = replace(config, speech_engine="mock")
    root = content_root(config, getattr(args, "content", None))
    # The same problems as `kiosk check` and the kiosk, logged to stderr; the same pages left out.
    packs = load_packs(root, config.language)
    if not packs:
        print(nothing_to_show(root), file=sys.stderr)
        return EXIT_CONTENT

    from PySide6.QtWidgets import QApplication

    from kiosk.ui.window import KioskWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    width, height = args.size
    window = KioskWindow(packs, config)
    window.resize(width, height)
    window.show()
    app.processEvents()
    collector.release(settle=False)  # the first frame is drawn; the command ends soon
    window.slide.enabled = False
    wanted = args.page or snapshot_ids(window)
    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(f"kiosk: cannot make the folder {args.out} ({error.strerror})", file=sys.stderr)
        return EXIT_PROBLEMS
    if "staff" in wanted:
        from kiosk.core.stats import default_stats_path
        from kiosk.ui.staff_sources import staff_sources

        window.door.set_sources(staff_sources(window, root, default_stats_path(),
                                                lambda: (dict(packs), 0)))
    missing = [page for page in wanted if page != "staff" and not window.session.navigator.knows(page)]
    if missing:
        print(
            f"kiosk: no page {', '.join(missing)}; pages are: {', '.join([*snapshot_ids(window), 'staff'])}",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    for page_id in wanted:
        window.session.home()
        if page_id == "staff":
            window.door.open_staff_screen()
        else:
            window.door.staff.if_built(lambda staff: staff.dismiss())
            window.open_page(page_id)
        app.processEvents()
        path = args.out / f"{page_id}.png"
        if not window.grab().save(str(path)):
            print(f"kiosk: could not write {path}", file=sys.stderr)
            return EXIT_PROBLEMS
        print(path)
    # Gone at the event loop's next turn (a test's); the command itself ends at once, without
    # taking every widget down one by one (kiosk.app.leave).
    window.deleteLater()
    return 0


def snapshot_ids(window: KioskWindow) -> list[str]:
    """Every screen a patient can see: home, each page, each walkthrough card."""
    ids = ["home"]
    for page in window.session.pack.tiles:
        if page.id not in ids:
            ids.append(page.id)
    for card in window.session.cards:
        if card not in ids:
            ids.append(card)
    return ids
