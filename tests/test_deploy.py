"""The files a clinic installs: the supervisor unit, the autostart entry, the example config."""

from __future__ import annotations

import configparser
from pathlib import Path

from kiosk.config import Config, documented_keys, load_config
from kiosk.resources import asset


def read_ini(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path)
    return parser


def test_unit_restarts_only_failures_with_a_back_off() -> None:
    unit = read_ini(asset("deploy/kiosk.service"))
    service = unit["Service"]
    assert service["Restart"] == "on-failure", "a staff exit (code 0) must stay closed"
    assert int(service["RestartSec"]) >= 1
    assert int(service["RestartMaxDelaySec"]) > int(service["RestartSec"])
    assert service["ExecStart"].endswith("/bin/kiosk")
    assert int(unit["Unit"]["StartLimitBurst"]) >= 3


def test_autostart_entry_starts_the_supervised_unit() -> None:
    entry = read_ini(asset("deploy/kiosk-autostart.desktop"))["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert "systemctl --user start kiosk.service" in entry["Exec"]


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
