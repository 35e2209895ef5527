from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.config import (
    MAX_CONFIG_BYTES,
    Config,
    ConfigError,
    documented_keys,
    load_config,
    parse_config,
    read_config_text,
)


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


def test_a_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(b"\xef\xbb\xbf" + b'language = "es"\n# a comment\nidle_timeout_s = 60\n')
    config = load_config(path)
    assert (config.language, config.idle_timeout_s) == ("es", 60)


def test_a_bom_file_still_names_the_right_line(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(b"\xef\xbb\xbf" + b'language = "es"\ntheme = "dark"\n')
    with pytest.raises(ConfigError, match=r"kiosk.toml:2: 'theme' must be one of"):
        load_config(path)


def test_a_folder_is_not_a_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="this is a folder, not a config file"):
        load_config(tmp_path)


def test_a_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "kiosk.toml"
    os.mkfifo(fifo)
    with pytest.raises(ConfigError, match=r"this is not a plain file \(it is a pipe, socket or device\)"):
        load_config(fifo)


def test_a_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "kiosk.toml"
    link.symlink_to("/dev/zero")
    with pytest.raises(ConfigError, match="not a plain file"):
        load_config(link)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"language = \"caf\xe9\"\n", "kiosk.toml:1: this line has characters that are not UTF-8"),
        (b"a = 1\nb = \"\x00\"\n", "kiosk.toml:2: this file holds a NUL byte"),
        (b"x = " + b"[" * 5000 + b"]" * 5000 + b"\n", "this is not valid TOML"),
        (b"# " + b"x" * 300_000 + b"\n", "a config file is a few lines of text"),
        (b"screen = 1e400\n", "'screen' must be a whole number"),
        (b"idle_timeout_s = 99999999999999999999999\n", "'idle_timeout_s' must be from 5 to 3600"),
        (b'language = "../../etc"\n', "'language' must be a language code like \"en\""),
        (b'language = "EN"\n', "'language' must be a language code"),
        (b"[language]\nx = 1\n", "'language' must be text in quotes"),
    ],
    ids=["not-utf8", "nul", "deep-arrays", "huge", "float", "huge-int", "path-as-language",
         "upper-case-language", "table"],
)
def test_damaged_config_files_get_a_clear_message(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(data)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert any(message in problem for problem in caught.value.problems), caught.value.problems


@pytest.mark.parametrize(
    "stored",
    [
        "scrypt$3$8$1$aa$bb",
        "scrypt$16384$8$1$$",
        "scrypt$16384$8$1$00112233445566778899aabbccddeeff$00",
        "scrypt$1048576$64$16$00112233445566778899aabbccddeeff$" + "00" * 32,
        "scrypt$0$8$1$00112233445566778899aabbccddeeff$" + "00" * 32,
        "scrypt$16384$8$1$zz$" + "00" * 32,
        "scrypt$ 16384$8$1$00112233445566778899aabbccddeeff$" + "00" * 32,
        "bcrypt$16384$8$1$00112233445566778899aabbccddeeff$" + "00" * 32,
        "2468",
    ],
)
def test_a_malformed_pin_hash_is_a_config_error(tmp_path: Path, stored: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, f'language = "en"\nstaff_pin_hash = "{stored}"\n'))
    assert caught.value.problems[0].startswith(f"{tmp_path / 'kiosk.toml'}:2: staff_pin_hash is ")
    assert "run 'kiosk set-pin' again" in caught.value.problems[0]


def test_content_dir_may_start_with_a_tilde(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk.core.startup import content_root

    monkeypatch.setenv("HOME", str(tmp_path))
    config = load_config(write(tmp_path, 'content_dir = "~/kiosk-content"\n'))
    assert content_root(config, None) == tmp_path / "kiosk-content"


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


@pytest.mark.parametrize(("text", "line"), [
    ('language = "en"\ntheme = "standard"\n[x', 3),
    ('language = "en"\nlanguages = [\n  "en",\n  "es"\n\n\n', 4),
    ('language = "en"\nnote = """never closed\n\nidle_timeout_s = 60\n', 4),
    ('language = "en"\nlanguages = [\n  "en"\n\n', 3),
])
def test_broken_toml_at_the_very_end_names_the_last_line(tmp_path: Path, text: str, line: int) -> None:
    """Something opened and never closed is reported at the last line that has words,
    where an editor shows the end of the file (not at line 1)."""
    with pytest.raises(ConfigError, match=rf"kiosk.toml:{line}: this is not valid TOML .*end of document"):
        load_config(write(tmp_path, text))


def _config_error(path: Path) -> str:
    with pytest.raises(ConfigError) as raised:
        read_config_text(path)
    return "\n".join(raised.value.problems)


def test_a_config_file_of_exactly_the_largest_size_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    last = 'speech_engine = "none"'
    filler = MAX_CONFIG_BYTES - len(last)
    path.write_bytes(b"#" * (filler - 1) + b"\n" + last.encode())
    assert path.stat().st_size == MAX_CONFIG_BYTES
    assert read_config_text(path).endswith(last)


def test_a_config_file_too_big_says_its_size(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(b"#" * (300 * 1024))
    assert _config_error(path) == (f"{path}:1: the file is 300 KB; a config file is a few lines of text "
                                   "(is this the right file?)")


def test_a_config_line_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(b'# one\n# two\nclinic_name = "Caf\xe9"\n')
    assert _config_error(path) == (f"{path}:3: this line has characters that are not UTF-8 text "
                                   "(save the file as UTF-8 in your editor)")


def test_the_first_nul_byte_is_named(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(b"# one\n# t\x00wo\n# three\n# f\x00our\n")
    assert _config_error(path) == f"{path}:2: this file holds a NUL byte; it is not a text file"


def test_every_problem_in_a_config_is_told_at_once() -> None:
    """One wrong value must not hide the ones after it: staff fix them all in one go."""
    data = {
        "idle_timeout_s": "ten", "hide_cursor": "yes", "attract_after_s": 2, "screen": 40,
        "take_home_url": "nope", "language": "English", "staff_pin_hash": "plain",
        "theme": "purple", "colour": "red", "text_size": "large",
    }
    with pytest.raises(ConfigError) as raised:
        parse_config(data, "kiosk.toml", "\n".join(f"{key} = 1" for key in data))
    found = raised.value.problems
    assert [line.split(":")[1] for line in found] == [str(n) for n in range(1, 10)], found
    named = [line.split("'")[1] for line in found]
    assert named[:6] + named[7:] == [
        "idle_timeout_s", "hide_cursor", "attract_after_s", "screen", "take_home_url", "language",
        "theme", "colour",
    ]
    assert found[6].startswith("kiosk.toml:7: staff_pin_hash is not a hash written by 'kiosk set-pin'")


def test_a_toml_error_at_the_end_of_nothing_is_on_line_1() -> None:
    from kiosk.core.config import _toml_error_line

    assert _toml_error_line("Unclosed array (at end of document)", "\n  \n") == 1
    assert _toml_error_line("Unclosed array (at end of document)", "") == 1
