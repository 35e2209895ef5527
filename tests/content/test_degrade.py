"""Degrade, never darken: one bad file takes down only itself.

A broken home.md gives a built-in Home; a link to a missing or broken page shows
its words; a language is left out only when it has nothing to show; the kiosk
exits 3 only when no language has anything. `kiosk check`, the kiosk and
`kiosk snapshot` name the same problems.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.app import main
from kiosk.core.startup import EXIT_CONTENT, load_packs_counted
from kiosk.ui.window import KioskWindow
from tests.conftest import GOOD_PAGES, PackWriter, WindowMaker, write_pack

BROKEN_HOME = GOOD_PAGES["home.md"].replace("kind: home", "kind: hoem")


def kiosk(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *map(str, args)],
        capture_output=True, text=True, timeout=120, cwd=cwd,
    )


def window_for(make_window: WindowMaker, root: Path, language: str = "en") -> KioskWindow:
    packs, _ = load_packs_counted(root, language)
    assert packs, "the kiosk would exit 3"
    return make_window(packs, language=language, speech_engine="none")


def test_a_broken_home_shows_a_built_in_home_with_every_good_tile(
    qtbot: QtBot, make_pack: PackWriter, make_window: WindowMaker
) -> None:
    root = make_pack({"home.md": BROKEN_HOME})
    check = kiosk("check", root)
    assert check.returncode == 1
    assert "en/home.md:3: kind 'hoem' is not one of" in check.stdout
    window = window_for(make_window, root)
    assert window.pages.home.title.text() == "Learn about your treatment"
    assert list(window.pages.home.tiles) == ["what", "hurt", "walkthrough", "safety"]
    with qtbot.waitSignal(window.pageShown) as shown:
        qtbot.mouseClick(window.pages.home.tiles["hurt"], Qt.MouseButton.LeftButton)
    assert shown.args == ["hurt"]


@pytest.mark.parametrize(
    "home",
    [
        None,
        b"",
        b"---\nid: home\n",
        b"\xff\xfe not text",
        "---\nid: home\nkind: home\ntitle: <img src=/etc/x.png>\n---\n",
        "---\nid: home\nkind: home\ntitle: Hi\n---\n[x](http://evil.example)\n",
    ],
    ids=["missing", "empty", "header-never-ends", "not-utf8", "markup-title", "web-link"],
)
def test_any_broken_home_still_starts_the_kiosk(
    qtbot: QtBot, make_pack: PackWriter, make_window: WindowMaker, home: str | bytes | None
) -> None:
    root = make_pack({"home.md": home})
    assert kiosk("check", root).returncode == 1
    window = window_for(make_window, root)
    assert list(window.pages.home.tiles) == ["what", "hurt", "walkthrough", "safety"]
    assert window.pages.home.title.text() == "Learn about your treatment"


def test_a_spanish_built_in_home_speaks_spanish(
    qtbot: QtBot, make_pack: PackWriter, make_window: WindowMaker
) -> None:
    make_pack()
    root = make_pack({"home.md": None}, language="es")
    window = window_for(make_window, root, "es")
    assert window.pages.home.title.text() == "Aprenda sobre su tratamiento"


def test_a_link_to_a_broken_page_shows_its_words_and_its_page_stays(
    qtbot: QtBot, make_pack: PackWriter, make_window: WindowMaker
) -> None:
    broken_walkthrough = GOOD_PAGES["walkthrough.md"].replace("title: Step by step", "title: <b>Steps</b>")
    root = make_pack({"walkthrough.md": broken_walkthrough})
    check = kiosk("check", root)
    assert check.returncode == 1
    assert (
        "en/what.md:9: link to page 'walkthrough', but that page has problems of its own and is not "
        "shown; the kiosk shows the link's words without the link until this is fixed"
    ) in check.stdout, check.stdout
    window = window_for(make_window, root)
    assert "what" in window.pages.home.tiles and "walkthrough" not in window.pages.home.tiles
    window.open_page("what")
    assert window.current_id == "what"
    assert "See the steps." in window.pages.page_view.text.toPlainText()
    assert "page:" not in window.pages.page_view.text.toHtml()


def test_one_broken_page_never_takes_a_chain_of_pages_with_it(make_pack: PackWriter, assets: Path) -> None:
    chain = {
        f"chain{number}.md": f"""
            ---
            id: chain-{number}
            kind: section
            order: {10 + number}
            title: Chain {number}
            summary: Link {number}.
            icon: info
            ---
            Next: [chain {number + 1}](chain-{number + 1}).
            """
        for number in range(1, 6)
    }
    chain["chain5.md"] = chain["chain5.md"].replace("order: 15", "order: last")
    root = make_pack(chain)
    packs, errors = load_packs_counted(root, "en")
    ids = set(packs["en"].page_ids)
    assert {"chain-1", "chain-2", "chain-3", "chain-4"} <= ids and "chain-5" not in ids
    assert errors == 2  # chain5's order, and chain4's link to it


def test_the_start_language_with_nothing_to_show_gives_way_to_another(
    qtbot: QtBot, make_pack: PackWriter, caplog: pytest.LogCaptureFixture
) -> None:
    make_pack(language="es")
    root = make_pack({name: b"no header\n" for name in GOOD_PAGES})
    with caplog.at_level(logging.ERROR, logger="kiosk"):
        packs, _ = load_packs_counted(root, "en")
    assert list(packs) == ["es"]
    assert "leaving out language 'en': it has no page that can be shown" in caplog.text
    assert "language 'en' has nothing to show" in caplog.text and "starting in 'es' instead" in caplog.text


def test_exit_3_only_when_no_language_has_anything(make_pack: PackWriter, tmp_path: Path) -> None:
    root = make_pack({name: b"no header\n" for name in GOOD_PAGES})
    write_pack(root, {name: "" for name in GOOD_PAGES}, language="es")
    result = kiosk("--content", root, "--windowed")
    assert result.returncode == EXIT_CONTENT
    assert "no page in" in result.stderr and "in any language" in result.stderr
    assert "Traceback" not in result.stderr
    snapshot = kiosk("--content", root, "snapshot", "--out", tmp_path / "shots")
    assert snapshot.returncode == EXIT_CONTENT and "Traceback" not in snapshot.stderr


def test_a_missing_start_language_folder_does_not_darken_the_kiosk(
    qtbot: QtBot, make_pack: PackWriter, tmp_path: Path
) -> None:
    root = make_pack(language="es")
    assert main(["--content", str(root), "--lang", "en", "snapshot", "--out", str(tmp_path / "s"),
                 "--page", "home", "--size", "640x480"]) == 0
    assert (tmp_path / "s" / "home.png").exists()


def test_a_language_folder_linking_outside_the_content_folder_is_refused(
    make_pack: PackWriter, tmp_path: Path
) -> None:
    root = make_pack()
    elsewhere = write_pack(tmp_path / "elsewhere", dict(GOOD_PAGES), language="fr")
    (root / "fr").symlink_to(elsewhere / "fr")
    (root / "en" / "inner").mkdir()
    check = kiosk("check", ".", cwd=root)
    assert check.returncode == 1
    assert (
        "fr:1: this language folder is a link to a folder outside the content folder; it is not read"
    ) in check.stdout, check.stdout
    assert "fr: " not in check.stdout.replace("fr:1:", "")
    packs, _ = load_packs_counted(root, "en")
    assert list(packs) == ["en"]


def test_a_language_link_inside_the_content_folder_is_allowed(make_pack: PackWriter) -> None:
    root = make_pack()
    (root / "en-US").symlink_to(root / "en")
    packs, _ = load_packs_counted(root, "en")
    assert set(packs) == {"en", "en-US"}


def test_check_kiosk_and_snapshot_name_the_same_problems(
    make_pack: PackWriter, tmp_path: Path
) -> None:
    root = make_pack(
        {
            "home.md": BROKEN_HOME,
            "what.md": GOOD_PAGES["what.md"].replace("(walkthrough)", "(walktrough)"),
            "hurt.md": GOOD_PAGES["hurt.md"] + "\n        ![a](&#46;&#46;/x.png)\n",
            "safety.md": GOOD_PAGES["safety.md"].replace("title: Safety notice", "title: " + "x" * 70),
        }
    )
    check = kiosk("check", ".", cwd=root)
    errors = [line for line in check.stdout.splitlines()
              if line.startswith("en/") and ": warning:" not in line]
    assert len(errors) >= 4, check.stdout
    snapshot = kiosk("snapshot", "--content", ".", "--out", tmp_path / "shots", "--page", "home", cwd=root)
    assert snapshot.returncode == 0, snapshot.stderr
    for line in errors:
        assert line in snapshot.stderr, f"snapshot does not name: {line}\n{snapshot.stderr}"
