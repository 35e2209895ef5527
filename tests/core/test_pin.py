import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.commands.set_pin import run_set_pin
from kiosk.core.config import load_config
from kiosk.core.pin import LOCK_SECONDS, MAX_TRIES, PinLock, hash_pin, hash_problem, verify_pin


def test_pin_is_stored_salted_and_never_in_clear() -> None:
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second, "each hash has its own salt"
    assert "2468" not in first
    assert hash_problem(first) is None
    assert verify_pin("2468", first) and not verify_pin("2469", first)


@pytest.mark.parametrize("pin", ["12", "abcd", "1234567890123", "١٢٣٤"])
def test_bad_pins_are_refused(pin: str) -> None:
    with pytest.raises(ValueError):
        hash_pin(pin)


def test_five_wrong_pins_lock_for_a_minute() -> None:
    lock = PinLock(hash_pin("2468"))
    for attempt in range(MAX_TRIES):
        assert not lock.attempt("0000", now=attempt)
    assert lock.locked_for(now=5) > 0
    assert not lock.attempt("2468", now=10), "even the right PIN waits out the lock"
    assert lock.attempt("2468", now=MAX_TRIES + LOCK_SECONDS)


def test_set_pin_asks_twice_and_writes_only_the_hash(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('language = "es"\n')
    answers = iter(["8642", "8642"])
    assert run_set_pin(config, ask=lambda _prompt: next(answers)) == 0
    text = config.read_text()
    assert "8642" not in text and 'language = "es"' in text
    loaded = load_config(config)
    assert verify_pin("8642", loaded.staff_pin_hash)
    answers = iter(["1111", "1111"])
    run_set_pin(config, ask=lambda _prompt: next(answers))
    assert config.read_text().count("staff_pin_hash") == 1
    assert verify_pin("1111", load_config(config).staff_pin_hash)


def test_set_pin_refuses_two_different_pins(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    answers = iter(["1234", "4321"])
    assert run_set_pin(config, ask=lambda _prompt: next(answers)) == 1
    assert not config.exists()


def test_verify_never_raises_on_a_damaged_hash() -> None:
    for stored in ("scrypt$3$8$1$aa$bb", "scrypt$16384$8$1$zz$zz", "", "$$$$$", "scrypt$2$1$1$aa$bb"):
        assert verify_pin("2468", stored) is False
        assert PinLock(stored).attempt("2468", now=0) is False


def answers(*typed: str) -> Callable[[str], str]:
    given = iter(typed)
    return lambda _prompt: next(given)


def test_set_pin_writes_atomically_owner_only_and_keeps_comments(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    original = (
        '# Front desk kiosk\nlanguage = "es"  # Spanish first\n\n# staff\nstaff_pin_hash = ""\n'
        'theme = "high-contrast"\n'
    )
    config.write_text(original)
    config.chmod(0o644)
    assert run_set_pin(config, ask=answers("8642", "8642")) == 0
    text = config.read_text()
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    lines = text.splitlines()
    assert lines[:4] == original.splitlines()[:4] and lines[5] == 'theme = "high-contrast"'
    assert lines[4].startswith('staff_pin_hash = "scrypt$')
    assert verify_pin("8642", load_config(config).staff_pin_hash)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kiosk.toml"], "no temporary file left"


def test_set_pin_keeps_the_old_file_when_the_rename_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    config = tmp_path / "kiosk.toml"
    config.write_text('language = "es"\n')

    def refuse(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    assert run_set_pin(config, ask=answers("8642", "8642")) == 2
    assert config.read_text() == 'language = "es"\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kiosk.toml"]


def test_set_pin_puts_the_key_before_any_table(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('language = "es"\n[extra]\nx = 1\n')
    assert run_set_pin(config, ask=answers("8642", "8642")) == 0
    import tomllib

    assert tomllib.loads(config.read_text())["staff_pin_hash"].startswith("scrypt$")


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("folder", "this is a folder, not a config file"),
        ("not-utf8", "not UTF-8"),
        ("bad-toml", "the file is not valid TOML"),
        ("parent-is-a-file", "cannot write in the folder"),
        ("fifo", "not a plain file"),
    ],
)
def test_set_pin_problems_with_the_config_file_are_clear_messages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], setup: str, message: str
) -> None:
    import os

    config = tmp_path / "kiosk.toml"
    if setup == "folder":
        config.mkdir()
    elif setup == "not-utf8":
        config.write_bytes(b'language = "caf\xe9"\n')
    elif setup == "bad-toml":
        config.write_text("language = = es\n")
    elif setup == "parent-is-a-file":
        (tmp_path / "file").write_text("x")
        config = tmp_path / "file" / "kiosk.toml"
    else:
        os.mkfifo(config)
    assert run_set_pin(config, ask=answers("8642", "8642")) == 2
    err = capsys.readouterr().err
    assert message in err and "the PIN was not set" in err and "Traceback" not in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write in any folder")
def test_set_pin_in_a_folder_it_cannot_write(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert run_set_pin(folder / "kiosk.toml", ask=answers("8642", "8642")) == 2
    finally:
        folder.chmod(0o700)
    assert "cannot write in the folder" in capsys.readouterr().err


def test_set_pin_with_nothing_typed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def ended(_prompt: str) -> str:
        raise EOFError

    assert run_set_pin(tmp_path / "kiosk.toml", ask=ended) == 1
    assert run_set_pin(tmp_path / "kiosk.toml", ask=answers("")) == 1
    assert "no PIN was typed" in capsys.readouterr().err
    assert not (tmp_path / "kiosk.toml").exists()


def test_a_right_pin_forgets_the_wrong_tries_before_it() -> None:
    lock = PinLock(hash_pin("2468"))
    for second in range(MAX_TRIES - 1):
        assert not lock.attempt("0000", now=second)
    assert lock.attempt("2468", now=10)
    for second in range(MAX_TRIES - 1):
        assert not lock.attempt("0000", now=20 + second)
    assert lock.locked_for(now=30) == 0, "four wrong tries after a right one do not lock"
    assert not lock.attempt("0000", now=30)
    assert lock.locked_for(now=30) == LOCK_SECONDS


def test_after_a_lock_it_takes_five_new_wrong_tries_to_lock_again() -> None:
    lock = PinLock(hash_pin("2468"))
    for second in range(MAX_TRIES):
        lock.attempt("0000", now=second)
    unlocked = MAX_TRIES - 1 + LOCK_SECONDS
    assert not lock.attempt("2468", now=unlocked - 0.5), "half a second before the end is still locked"
    for second in range(MAX_TRIES - 1):
        assert not lock.attempt("0000", now=unlocked + second)
    assert lock.locked_for(now=unlocked + 10) == 0
    assert lock.attempt("2468", now=unlocked + 10)


def test_the_stored_hash_is_scrypt_as_the_standard_library_computes_it() -> None:
    import hashlib

    salt = bytes(range(16))
    digest = hashlib.scrypt(b"2468", salt=salt, n=2**14, r=8, p=1, dklen=32)
    stored = f"scrypt${2**14}$8$1${salt.hex()}${digest.hex()}"
    assert hash_problem(stored) is None
    assert verify_pin("2468", stored) and not verify_pin("2469", stored)
    made = hash_pin("2468").split("$")
    assert made[:4] == ["scrypt", str(2**14), "8", "1"]
    assert len(bytes.fromhex(made[5])) == 32 and len(bytes.fromhex(made[4])) >= 16


@pytest.mark.parametrize(
    "stored",
    [
        "bcrypt$16384$8$1$00$00",
        "scrypt$16384$8$1$00",
        "scrypt$x$8$1$00$00",
        "scrypt$16384$x$1$00$00",
        "scrypt$16384$8$x$00$00",
        "scrypt$16384$8$1$zz$00",
        "scrypt$16384$8$1$00$zz",
    ],
)
def test_a_hash_not_written_by_set_pin_is_a_problem(stored: str) -> None:
    assert hash_problem(stored) is not None
    assert not verify_pin("2468", stored)


def test_pin_problems_in_plain_words() -> None:
    with pytest.raises(ValueError, match="^a PIN is made of digits only$"):
        hash_pin("12a4")
    with pytest.raises(ValueError, match="^a PIN has 4 to 12 digits$"):
        hash_pin("123")
    assert hash_problem(hash_pin("1" * 12)) is None and hash_problem(hash_pin("1234")) is None


AGAIN = "; run 'kiosk set-pin' again"
RANGE = "staff_pin_hash is damaged (its r or p is out of range)" + AGAIN


def stored(n: int, r: int, p: int, salt: str = "ab" * 16, digest: str = "00" * 32) -> str:
    return f"scrypt${n}${r}${p}${salt}${digest}"


@pytest.mark.parametrize(
    ("hashed", "problem"),
    [
        (stored(2, 1, 1), None),  # the smallest N, r and p scrypt takes
        (stored(2, 32, 16), None),  # the largest r and p
        (stored(2**14, 32, 1), None),  # exactly the memory a PIN check may use (64 MiB)
        (stored(2**15, 16, 2), RANGE),  # twice that
        (stored(2**20, 1, 1), RANGE),  # the largest N, but more memory than allowed
        (stored(2**21, 1, 1), "staff_pin_hash is damaged (its N, 2097152, must be a power of two "
                              "from 2 to 1048576)" + AGAIN),
        (stored(2, 0, 1), RANGE),
        (stored(2, 33, 1), RANGE),
        (stored(2, 1, 17), RANGE),
        (stored(2, 1, 1, salt="ab" * 8), None),  # an 8-byte salt is enough
        (stored(2, 1, 1, salt="ab" * 7), "staff_pin_hash is damaged (its salt or hash has the wrong length)"
                                         + AGAIN),
        (stored(2, 1, 1, salt="AB" * 16), "staff_pin_hash is damaged (a part of it is not a number)" + AGAIN),
        ("scrypt$2$1$1$abab", "staff_pin_hash is not a hash written by 'kiosk set-pin'" + AGAIN),
    ],
)
def test_a_stored_hash_is_checked_as_scrypt_will_use_it(hashed: str, problem: str | None) -> None:
    assert hash_problem(hashed) == problem


def test_a_pin_hashed_at_the_memory_limit_still_opens_the_staff_screen() -> None:
    import hashlib

    salt = bytes(range(16))
    digest = hashlib.scrypt(b"2468", salt=salt, n=2**14, r=32, p=1, dklen=32, maxmem=2**27)
    hashed = stored(2**14, 32, 1, salt.hex(), digest.hex())
    assert verify_pin("2468", hashed) and not verify_pin("2469", hashed)
