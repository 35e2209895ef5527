from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import Config, ConfigError, documented_keys, load_config, parse_config


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


def test_the_edges_of_every_range_are_allowed(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, "idle_timeout_s = 3600\nidle_warning_s = 5\n"
                                         "attract_after_s = 5\nscreen = 16\n"))
    assert (config.idle_timeout_s, config.idle_warning_s, config.attract_after_s, config.screen) == (
        3600, 5, 5, 16)
    assert load_config(write(tmp_path, "attract_after_s = 0\n")).attract_after_s == 0


def test_every_problem_of_every_kind_is_reported_not_just_the_first(tmp_path: Path) -> None:
    path = write(tmp_path, "colour = 1\nsound = 2\nattract_after_s = 1\nidle_timeout_s = 3601\n"
                           "screen = 17\ncontent_dir = 5\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.problems == [
        f"{path}:1: unknown key 'colour'",
        f"{path}:2: unknown key 'sound'",
        f"{path}:3: 'attract_after_s' must be 0 (off) or 5 to 3600, not 1",
        f"{path}:4: 'idle_timeout_s' must be from 5 to 3600, not 3601",
        f"{path}:5: 'screen' must be from 0 to 16, not 17",
        f"{path}:6: 'content_dir' must be text in quotes, not 5",
    ]
    assert str(caught.value) == "\n".join(caught.value.problems)


def test_settings_given_without_a_file_are_checked_the_same_way() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config({"theme": "dark"})
    assert caught.value.problems == [
        "config:1: 'theme' must be one of high-contrast, standard, not 'dark'"
    ]


@pytest.mark.parametrize("url", ["https://clinic.example/learn", "http://clinic.example"])
def test_a_take_home_address_is_a_web_address(tmp_path: Path, url: str) -> None:
    assert load_config(write(tmp_path, f'take_home_url = "{url}"\n')).take_home_url == url


@pytest.mark.parametrize("url", ["clinic.example/learn", "https://clinic", "ftp://clinic.example"])
def test_anything_else_is_refused_as_a_take_home_address(tmp_path: Path, url: str) -> None:
    with pytest.raises(ConfigError, match="must be a web address like https://clinic.example/learn"):
        load_config(write(tmp_path, f'take_home_url = "{url}"\n'))


def test_the_documented_keys_are_every_setting_with_its_default() -> None:
    keys = documented_keys()
    assert [key for key, _, _ in keys] == [name for name in Config.__dataclass_fields__]
    assert all(default == getattr(Config(), key) for key, default, _ in keys)
    meaning = dict((key, doc) for key, _, doc in keys)
    assert meaning["attract_after_s"] == (
        "Seconds on an untouched Home before the attract loop starts; 0 turns it off."
    )


def test_broken_toml_at_the_very_end_is_still_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"kiosk.toml:\d+: this is not valid TOML .*end of document"):
        load_config(write(tmp_path, 'language = "en"\ntheme = "standard"\n[x'))
