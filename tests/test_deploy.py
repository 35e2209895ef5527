"""The files a clinic installs: the kiosk session unit, the content-update timer, the example config."""

from __future__ import annotations

import configparser
from pathlib import Path

from kiosk.core.config import Config, documented_keys, load_config
from kiosk.core.resources import asset


def read_ini(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path)
    return parser


def test_unit_restarts_only_failures_with_a_back_off_and_never_gives_up() -> None:
    unit = read_ini(asset("deploy/kiosk.service"))
    service = unit["Service"]
    assert service["Restart"] == "on-failure", "a staff exit (code 0) must stay closed"
    assert 1 <= float(service["RestartSec"]) <= 2, "back on screen within 5 s of a crash"
    assert int(service["RestartMaxDelaySec"]) > int(service["RestartSec"])
    assert unit["Unit"]["StartLimitIntervalSec"] == "0", "a kiosk keeps trying, slowly"


def test_unit_is_a_system_session_on_tty1_for_the_kiosk_user_as_cage_documents() -> None:
    unit = read_ini(asset("deploy/kiosk.service"))
    service = unit["Service"]
    assert service["User"] == "kiosk" and service["PAMName"] == "kiosk"
    assert service["TTYPath"] == "/dev/tty1" and service["StandardInput"] == "tty-fail"
    assert service["StandardOutput"] == service["StandardError"] == "journal"
    assert "getty@tty1.service" in unit["Unit"]["Conflicts"]
    assert unit["Install"]["WantedBy"] == "graphical.target"
    environment = asset("deploy/kiosk.service").read_text()
    assert "Environment=QT_QPA_PLATFORM=wayland\n" in environment
    assert "pam_systemd.so" in asset("deploy/kiosk.pam").read_text()


def test_the_session_script_starts_cage_and_hands_back_the_kiosk_exit_code() -> None:
    script = asset("deploy/kiosk-session.sh").read_text()
    assert "cage -d -- " in script and 'exit "$code"' in script


def test_content_updates_run_from_a_timer_as_the_kiosk_user() -> None:
    timer = read_ini(asset("deploy/kiosk-content-update.timer"))
    assert timer["Install"]["WantedBy"] == "timers.target"
    assert "OnUnitActiveSec" in timer["Timer"]
    service = read_ini(asset("deploy/kiosk-content-update.service"))["Service"]
    assert service["Type"] == "oneshot" and service["User"] == "kiosk"
    assert service["ExecStart"] == "/opt/kiosk/bin/kiosk-content-update"


def test_example_config_is_valid_and_shows_every_key_with_its_default() -> None:
    path = asset("deploy/kiosk.example.toml")
    assert load_config(path) == Config()
    text = path.read_text()
    for key, _default, _doc in documented_keys():
        assert f"\n{key} = " in text, key


def test_readme_documents_every_config_key() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    for key, _default, _doc in documented_keys():
        assert f"`{key}`" in readme, key
