from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import Config, ConfigError, documented_keys, load_config


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, "utf-8")
    return path


def test_no_file_means_the_documented_defaults() -> None:
    config = load_config(None)
    assert config == Config()
    assert (config.idle_timeout_s, config.idle_warning_s, config.attract_after_s) == (90, 20, 60)
    assert config.hide_cursor is True and config.language == "en"


def test_values_override_defaults(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, 'language = "es"\nidle_timeout_s = 5\nidle_warning_s = 5\n'))
    assert (config.language, config.idle_timeout_s, config.idle_warning_s) == ("es", 5, 5)


def test_every_problem_is_reported_with_file_line_key_and_hint(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'idle_timout_s = 30\nidle_warning_s = "soon"\nattract_after_s = 2\ntheme = "dark"\nhide_cursor = 1\n',
    )
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    problems = caught.value.problems
    assert problems == [
        f"{path}:1: unknown key 'idle_timout_s' (did you mean 'idle_timeout_s'?)",
        f"{path}:2: 'idle_warning_s' must be a whole number, not 'soon'",
        f"{path}:3: 'attract_after_s' must be 0 (off) or 5 to 3600, not 2",
        f"{path}:4: 'theme' must be one of high-contrast, standard, not 'dark'",
        f"{path}:5: 'hide_cursor' must be true or false, not 1",
    ]


def test_values_below_five_seconds_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="'idle_timeout_s' must be from 5 to 3600, not 4"):
        load_config(write(tmp_path, "idle_timeout_s = 4\n"))


def test_broken_toml_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"kiosk.toml:2: this is not valid TOML"):
        load_config(write(tmp_path, 'language = "en"\nidle_timeout_s = = 3\n'))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "nope.toml")


def test_every_key_is_documented() -> None:
    for key, _default, description in documented_keys():
        assert len(description) > 15, key
