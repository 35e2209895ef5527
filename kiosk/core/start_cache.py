"""What the last start found in the content, kept so that a start with the same files
skips reading, checking and rendering them again.

At every start the kiosk reads, checks and renders the start language and checks the
other languages' headers: about a third of its start-up, most of it in Markdown. When
nothing that work reads has changed since the last start (every file in the content
folder and the bundled assets, and the kiosk's own code: each path, size and change
time), the packs it made and the lines it logged are read back instead, and the log
says the same as a full start would. Any change, or a cache that cannot be read, means
a full start; a folder that cannot be written just means no cache. Symbolic links in
the content make every start a full one (what they point to could change unseen).

Only start-up uses this: `kiosk check`, reloads and the staff screen's content status
always read the files themselves.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TypeVar

import platformdirs

log = logging.getLogger(__name__)

FORMAT = 1
"""Bumped when what is kept changes shape."""
CODE = Path(__file__).resolve().parents[1]
"""The kiosk package: a new version of the code that checks content means a full start."""

T = TypeVar("T")
Logged = tuple[str, int, str]
"""A log line kept for replay: the logger's name, the level and the message."""


def default_cache_path() -> Path:
    return platformdirs.user_cache_path("kiosk", appauthor=False) / "start.pickle"


def fingerprint(folders: dict[str, Path], *, code: Path = CODE) -> tuple[Any, ...] | None:
    """Every file the start reads, with its size and times; None when a folder holds a
    symbolic link or cannot be listed."""
    seen: list[tuple[str, str, int, int, int]] = []
    roots = [*folders.items(), ("code", code)]
    for name, root in roots:
        try:
            for path, stat in _walk(root, python_only=name == "code"):
                seen.append((name, path, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns))
        except _Unsure:
            return None
    level = logging.getLogger("kiosk").getEffectiveLevel()  # what was logged depends on it
    return (FORMAT, level, tuple((name, str(root)) for name, root in roots), tuple(seen))


class _Unsure(Exception):
    """A link, or a folder that cannot be read."""


def _walk(root: Path, *, python_only: bool) -> Iterator[tuple[str, os.stat_result]]:
    try:
        entries = sorted(os.scandir(root), key=lambda entry: entry.name)
    except OSError as error:
        raise _Unsure from error
    for entry in entries:
        if entry.is_symlink():
            raise _Unsure
        if entry.is_dir(follow_symlinks=False):
            if not (python_only and entry.name == "__pycache__"):
                for path, stat in _walk(Path(entry.path), python_only=python_only):
                    yield f"{entry.name}/{path}", stat
        elif not python_only or entry.name.endswith(".py"):
            yield entry.name, entry.stat(follow_symlinks=False)


@contextmanager
def _recording(into: list[Logged]) -> Iterator[None]:
    """Keep every line the "kiosk" loggers write meanwhile."""

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            into.append((record.name, record.levelno, record.getMessage()))

    logger = logging.getLogger("kiosk")
    keep = Keep()
    logger.addHandler(keep)
    try:
        yield
    finally:
        logger.removeHandler(keep)


def cached(key: tuple[Any, ...] | None, make: Callable[[], T], path: Path | None = None) -> T:
    """``make()``'s result, from the cache when it was made with the same ``key``;
    the lines it logged are logged again."""
    path = path or default_cache_path()
    if key is not None:
        kept = _read(path)
        if kept is not None and kept[0] == key:
            for name, level, message in kept[2]:
                logging.getLogger(name).log(level, "%s", message)
            return kept[1]
    lines: list[Logged] = []
    with _recording(lines):
        made = make()
    if key is not None:
        _write(path, (key, made, lines))
    return made


def _read(path: Path) -> tuple[Any, Any, list[Logged]] | None:
    try:
        with path.open("rb") as file:
            kept = pickle.load(file)  # written by the kiosk itself, in the user's own cache folder
    except FileNotFoundError:
        return None
    except Exception as error:  # noqa: BLE001 (a damaged or old cache only means a full start)
        log.debug("start cache %s cannot be read (%s); reading the content", path, error)
        return None
    return kept if isinstance(kept, tuple) and len(kept) == 3 else None


def _write(path: Path, kept: tuple[Any, Any, list[Logged]]) -> None:
    part = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with part.open("wb") as file:
            pickle.dump(kept, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(part, path)
    except (OSError, pickle.PicklingError) as error:
        log.debug("start cache %s cannot be written (%s)", path, error)
        with suppress(OSError):
            part.unlink(missing_ok=True)
