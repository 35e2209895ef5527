"""The commands clinic staff type: `kiosk check`, `kiosk snapshot`, and start-up failures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from kiosk.app import main
from tests.conftest import GOOD_PAGES, PackWriter

TYPE_PIN = "import getpass; getpass.getpass = lambda prompt='': input(prompt)"
"""Makes the PIN prompts read standard input, so a test can type the PIN."""


def kiosk(*args: str | Path, before: str = "", **options: Any) -> subprocess.CompletedProcess[str]:
    """Run the `kiosk` command in its own process; ``before`` is Python run first."""
    start = ["-m", "kiosk"]
    if before:
        start = ["-c", f"import sys; {before}; from kiosk.app import main; sys.exit(main(sys.argv[1:]))"]
    options = {"capture_output": True, "text": True, "timeout": 120, **options}
    return subprocess.run([sys.executable, *start, *map(str, args)], **options)


def test_check_passes_on_a_clean_pack_and_lists_page_ids(make_pack: PackWriter) -> None:
    result = kiosk("check", make_pack())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "en: 7 pages: home, hurt, safety, step-one, step-two, walkthrough, what" in result.stdout
    assert "no problems" in result.stdout


def test_check_prints_every_problem_as_path_line_message(make_pack: PackWriter) -> None:
    root = make_pack(
        {
            "hurt.md": GOOD_PAGES["hurt.md"].replace("icon:", "icno:"),
            "what.md": GOOD_PAGES["what.md"].replace("(walkthrough)", "(http://example.com)"),
        }
    )
    result = kiosk("check", root)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(
        line.endswith("en/hurt.md:7: unknown header key 'icno' (did you mean 'icon'?)") for line in lines
    ), lines
    assert any("en/what.md:9: link 'http://example.com' leaves the kiosk" in line for line in lines), lines


def test_check_reports_a_page_missing_in_another_language(make_pack: PackWriter) -> None:
    make_pack()
    root = make_pack({"hurt.md": None}, language="es")
    result = kiosk("check", root)
    assert result.returncode == 1
    assert "page 'hurt' is missing in 'es'" in result.stdout


def test_bundled_content_checks_clean() -> None:
    result = kiosk("check")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("text", "command", "message"),
    [
        ("idle_timeout = 30\n", "check", "unknown key 'idle_timeout' (did you mean 'idle_timeout_s'?)"),
        ('staff_pin_hash = "scrypt$3$8$1$aa$bb"\n', "--windowed",  # a malformed PIN hash
         "staff_pin_hash is damaged (its N, 3, must be a power of two from 2 to 1048576); "
         "run 'kiosk set-pin' again"),
    ],
    ids=["unknown-key", "malformed-pin-hash"],
)
def test_broken_config_stops_start_up_with_a_clear_message(
    tmp_path: Path, text: str, command: str, message: str
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(text)
    result = kiosk("--config", config, command)
    assert result.returncode == 2
    assert f"{config}:1: {message}" in result.stderr and "Traceback" not in result.stderr


def test_pack_with_no_good_page_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "broken.md").write_text("no header\n")
    result = kiosk("--content", tmp_path, "--windowed")
    assert result.returncode == 3
    assert "no page" in result.stderr and "kiosk check" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_snapshot_writes_every_page(
    qtbot: QtBot, make_pack: PackWriter, tmp_path: Path, size: tuple[int, int]
) -> None:
    out = tmp_path / "shots"
    code = main(
        [
            "snapshot",
            "--content",
            str(make_pack()),
            "--out",
            str(out),
            "--size",
            f"{size[0]}x{size[1]}",
        ]
    )
    assert code == 0
    names = sorted(p.stem for p in out.glob("*.png"))
    assert names == sorted(["home", "what", "hurt", "walkthrough", "safety", "step-one", "step-two"])
    for png in out.glob("*.png"):
        shot = QImage(str(png))
        assert (shot.width(), shot.height()) == size, f"{png.name} does not fit the screen"
    image = QImage(str(out / "home.png"))
    assert len({image.pixel(x, y) for x in range(0, size[0], 37) for y in range(0, size[1], 37)}) > 3


def test_snapshot_of_an_unknown_page_says_which_exist(
    qtbot: QtBot, make_pack: PackWriter, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["snapshot", "--content", str(make_pack()), "--out", str(tmp_path), "--page", "nope"])
    assert code == 1
    assert "no page nope; pages are: home, what" in capsys.readouterr().err


def test_set_pin_command_writes_a_hash_to_the_config(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    result = kiosk("set-pin", "--config", config, before=TYPE_PIN, input="2468\n2468\n")
    assert result.returncode == 0, result.stderr
    assert "staff_pin_hash = \"scrypt$" in config.read_text()
    assert "2468" not in config.read_text()


def test_snapshot_renders_a_theme_and_text_size(
    qtbot: QtBot, make_pack: PackWriter, tmp_path: Path
) -> None:
    plain, contrast = tmp_path / "plain", tmp_path / "contrast"
    root = str(make_pack())
    assert main(["snapshot", "--content", root, "--out", str(plain), "--page", "what"]) == 0
    assert main(["snapshot", "--content", root, "--out", str(contrast), "--page", "what",
                 "--theme", "high-contrast", "--text-size", "largest"]) == 0
    dark = QImage(str(contrast / "what.png"))
    light = QImage(str(plain / "what.png"))
    assert dark.pixelColor(5, 300).lightness() < 30 < light.pixelColor(5, 300).lightness()


def test_check_json_lists_problems_pages_and_reading_grades(make_pack: PackWriter) -> None:
    import json

    root = make_pack({"hurt.md": GOOD_PAGES["hurt.md"].replace("icon:", "icno:")})
    result = kiosk("check", root, "--format", "json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["ok"] is False
    problem = data["problems"][0]
    assert problem["path"].endswith("en/hurt.md") and problem["line"] == 7
    assert problem["severity"] == "error" and "did you mean 'icon'" in problem["message"]
    assert "what" in data["languages"]["en"]["pages"]


def test_check_warns_about_hard_reading_but_still_passes(make_pack: PackWriter) -> None:
    hard = GOOD_PAGES["hurt.md"] + (
        "\n        Notwithstanding considerable interindividual variability, "
        "dermatological practitioners characteristically administer "
        "topical anaesthetic formulations preceding percutaneous collagen induction, "
        "substantially attenuating procedural discomfort experienced by "
        "patients undergoing microneedling interventions.\n"
    )
    result = kiosk("check", make_pack({"hurt.md": hard}))
    assert result.returncode == 0, result.stdout
    assert "hurt.md:11: warning: reading grade" in result.stdout


def test_stats_command_prints_the_counts(tmp_path: Path) -> None:
    from kiosk.core.stats import UsageCounts

    path = tmp_path / "usage.sqlite3"
    with UsageCounts(path) as counts:
        counts.page_view("does-it-hurt", "en")
        counts.page_view("does-it-hurt", "en")
        counts.walkthrough_completed("es")
    table = kiosk("stats", "--file", path)
    assert table.returncode == 0
    assert "does-it-hurt" in table.stdout and "2" in table.stdout
    csv = kiosk("stats", "--file", path, "--csv")
    assert csv.stdout.splitlines()[0] == "hour,event,key,count"
    assert kiosk("stats", "--file", path, "--since", "not-a-day").returncode == 2


def test_spanish_snapshot_renders_the_same_pages_as_english(qtbot: QtBot, tmp_path: Path) -> None:
    english, spanish = tmp_path / "en", tmp_path / "es"
    assert main(["snapshot", "--out", str(english), "--size", "800x600"]) == 0
    assert main(["snapshot", "--lang", "es", "--out", str(spanish), "--size", "800x600"]) == 0
    names = sorted(p.name for p in english.glob("*.png"))
    assert names == sorted(p.name for p in spanish.glob("*.png"))
    assert {"home.png", "quiz.png", "questions.png", "step-results.png"} <= set(names)


def test_config_naming_a_pipe_gives_a_message_not_a_hang(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "kiosk.toml"
    os.mkfifo(fifo)
    for command in (["check"], ["--windowed"], ["snapshot", "--out", str(tmp_path / "s")]):
        result = kiosk("--config", fifo, *command)
        assert result.returncode == 2, command
        assert f"{fifo}:1: this is not a plain file (it is a pipe, socket or device)" in result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.parametrize("target", ["folder", "/dev/null"])
def test_config_naming_a_folder_or_device_gives_a_message(tmp_path: Path, target: str) -> None:
    path = tmp_path if target == "folder" else Path(target)
    result = kiosk("--config", path, "check")
    assert result.returncode == 2
    assert "kiosk: the config file has problems" in result.stderr
    assert ("this is a folder" if target == "folder" else "not a plain file") in result.stderr



def test_set_pin_with_empty_input_is_a_message(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    result = kiosk("set-pin", "--config", config, stdin=subprocess.DEVNULL, start_new_session=True)
    assert result.returncode == 1
    assert "no PIN was typed" in result.stderr and "Traceback" not in result.stderr
    assert not config.exists()


@pytest.mark.parametrize("problem", ["folder", "not-utf8"])
def test_set_pin_on_a_config_it_cannot_use_is_a_message(tmp_path: Path, problem: str) -> None:
    config = tmp_path / "kiosk.toml"
    if problem == "folder":
        config.mkdir()
    else:
        config.write_bytes(b"# caf\xe9\n")
    result = kiosk("set-pin", "--config", config, before=TYPE_PIN, input="2468\n2468\n")
    assert result.returncode == 2, result.stderr
    assert "the PIN was not set" in result.stderr and "Traceback" not in result.stderr


def test_set_pin_with_stdin_closed_is_a_message(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    result = kiosk("set-pin", "--config", config, before="import os; os.close(0); sys.stdin = None",
                   start_new_session=True)
    assert result.returncode == 1, result.stderr
    assert "no PIN was typed" in result.stderr and "Traceback" not in result.stderr


def test_the_readme_exit_code_table_covers_every_exit() -> None:
    import re

    import kiosk.app
    import kiosk.commands.set_pin

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    table = readme[readme.index("### Exit codes"):]
    table = table[: table.index("\n\n", table.index("| Code |"))]
    documented = {int(code) for code in re.findall(r"^\| (\d+) \|", table, re.M)}
    used = {
        value
        for module in (kiosk.app, kiosk.commands.set_pin)
        for name, value in vars(module).items()
        if name.startswith("EXIT_") and isinstance(value, int)
    }
    assert used <= documented, f"exit codes missing from the README: {sorted(used - documented)}"


def test_the_command_ends_with_its_code_its_output_whole_and_its_log_closed(
    make_pack: PackWriter, tmp_path: Path
) -> None:
    """The kiosk ends without taking apart every Qt object (kiosk.app.leave), but still as any
    process should: its exit code, everything it printed, the log file closed and complete."""
    root = make_pack({"hurt.md": GOOD_PAGES["hurt.md"].replace("kind: section", "kind: secton")})
    done = kiosk("check", root, timeout=120)
    assert done.returncode == 1
    assert "hurt.md:" in done.stdout and "secton" in done.stdout
    assert "1 problem(s) and 0 warning(s)" in done.stdout + done.stderr
    shot = kiosk("snapshot", "--content", root, "--page", "home", "--out", tmp_path / "shots")
    assert shot.returncode == 0 and shot.stdout.strip() == str(tmp_path / "shots" / "home.png")
    code = ("import atexit, logging, sys\n"
            "from kiosk.app import leave\n"
            f"handler = logging.FileHandler({str(tmp_path / 'kiosk.log')!r})\n"
            "logging.getLogger().addHandler(handler)\n"
            "atexit.register(print, 'and the exit handlers ran')\n"
            "logging.getLogger('kiosk').warning('last line')\n"
            "print('a line without its newline', end='')\n"
            "leave(4)\n")
    ended = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert ended.returncode == 4
    assert ended.stdout == "a line without its newlineand the exit handlers ran\n"
    assert (tmp_path / "kiosk.log").read_text("utf-8") == "last line\n"
