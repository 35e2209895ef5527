"""What every front end shares at start: exit codes, where the content is, loading it.

Plain Python with no Qt, imported by the command line (kiosk/app.py), `kiosk snapshot`
and the window's runner (kiosk/ui/run.py), so none of them imports another.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path

from kiosk.content.model import LoadResult, Pack, Problem, Severity
from kiosk.core.config import Config
from kiosk.core.resources import bundled

log = logging.getLogger("kiosk")

EXIT_OK = 0
EXIT_PROBLEMS = 1
"""`kiosk check` found problems; `kiosk set-pin` refused the PIN; `snapshot` could not write."""
EXIT_CONFIG = 2
EXIT_CONTENT = 3
EXIT_CRASH = 70
EXIT_INTERRUPTED = 130


def content_root(config: Config, override: Path | None) -> Path:
    if override is not None:
        return override
    return Path(config.content_dir).expanduser() if config.content_dir else bundled("content")


def load_packs(root: Path, first: str, cache: Path | None = None) -> Mapping[str, Pack]:
    """What the kiosk starts with: ``first`` loaded and checked now, the other languages
    when a patient first chooses one (see ``LazyPacks``); problems go to the log. When
    no file has changed since the last start, what it found is read back from ``cache``
    (see kiosk/core/start_cache.py)."""
    from kiosk.core import start_cache

    assets = bundled("assets")
    key = start_cache.fingerprint({"content": root, "assets": assets})
    loaded, later = start_cache.cached((*key, first, str(Path.cwd())) if key else None,
                                       lambda: _start(root, first, assets), cache)
    return LazyPacks(loaded, later, _full_loader(root, assets))


class LazyPacks(Mapping[str, Pack]):
    """The kiosk's languages, the start language first; a language's pages are read,
    checked and rendered the first time it is asked for (``packs[lang]`` or
    ``lang in packs``), with its problems logged then.

    Iterating gives the languages offered: those loaded, and those not loaded yet. One
    that turns out to have nothing to show is dropped when first asked for.
    """

    def __init__(self, loaded: Mapping[str, Pack], later: Iterable[str],
                 load: Callable[[str], Pack | None]) -> None:
        self._packs: dict[str, Pack | None] = dict(loaded)
        self._order = [*loaded, *(lang for lang in later if lang not in loaded)]
        self._load = load

    @property
    def loaded(self) -> tuple[str, ...]:
        """The languages read so far."""
        return tuple(lang for lang in self._order if lang in self._packs)

    def __getitem__(self, language: str) -> Pack:
        if language not in self._packs and language in self._order:
            self._packs[language] = self._load(language)
        pack = self._packs.get(language)
        if pack is None:
            raise KeyError(language)
        return pack

    def __contains__(self, language: object) -> bool:
        if not isinstance(language, str):
            return False
        try:
            self[language]
        except KeyError:
            return False
        return True

    def __iter__(self) -> Iterator[str]:
        return iter([lang for lang in self._order if self._packs.get(lang, True) is not None])

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _log(problems: Iterable[Problem]) -> int:
    """Log each problem as `kiosk check` prints it; the number of errors."""
    errors = 0
    for problem in problems:
        is_error = problem.severity is Severity.ERROR
        errors += is_error
        log.log(logging.ERROR if is_error else logging.WARNING, "%s", problem)
    return errors


def _shown(language: str, result: LoadResult) -> Pack | None:
    """The pack of a checked language, or None (logged) when it has nothing to show."""
    pack = result.pack
    if not pack.showable:
        log.error("leaving out language '%s': it has no page that can be shown", language)
        return None
    if not pack.has_own_home:
        log.error("%s: its home page is missing or has problems; showing a plain Home "
                  "with a tile for each good page", language)
    if result.errors:
        log.warning("%s: showing %d good page(s); %d problem(s) above",
                    language, len(pack.pages), len(result.errors))
    return pack


def load_packs_lazily(root: Path, first: str, assets: Path | None = None) -> LazyPacks:
    """``first`` (or, when it has nothing to show, the next language that has) read and
    checked in full now; the others get the cheap checks now (``check_headers``: unreadable
    files, headers, pictures, ids, no safety notice or home; pages missing in a language)
    and their full check, logged, when first chosen. `kiosk check` and the staff screen's
    content status always check every language in full."""
    assets = assets or bundled("assets")
    loaded, later = _start(root, first, assets)
    return LazyPacks(loaded, later, _full_loader(root, assets))


def _full_loader(root: Path, assets: Path) -> Callable[[str], Pack | None]:
    def full(language: str) -> Pack | None:
        from kiosk.content.loader import load_pack

        result = load_pack(root / language, language, assets)
        _log(result.problems)
        return _shown(language, result)

    return full


def _start(root: Path, first: str, assets: Path) -> tuple[dict[str, Pack], tuple[str, ...]]:
    """The start language's pack (logged as above) and the languages read later."""
    from kiosk.content.check import languages, missing_translations, refused_languages
    from kiosk.content.loader import check_headers, display_path

    every = languages(root)
    _log(refused_languages(root))
    if not every:
        _log([Problem(display_path(root), 1, "no language folders here (expected folders like en/ and es/)")])
        return {}, ()
    full = _full_loader(root, assets)
    order = [first, *(lang for lang in every if lang != first)] if first in every else every
    loaded: dict[str, Pack] = {}
    for language in order:
        pack = full(language)
        if pack is not None:
            loaded[language] = pack
            break
    if not loaded:
        return {}, ()
    start = next(iter(loaded))
    if start != first:
        log.error("language '%s' has nothing to show in %s; starting in '%s' instead",
                  first, display_path(root), start)
    later = tuple(order[order.index(start) + 1:])
    _log(missing_translations(root, every))
    for language in later:
        found = _log(check_headers(root / language, language, assets))
        log.info("%s: %s; its pages are checked in full when a patient first chooses it",
                 language, f"{found} problem(s) above" if found else "no problem in its headers")
    return loaded, later


def load_packs_counted(root: Path, first: str) -> tuple[dict[str, Pack], int]:
    """Like load_packs, with the number of problems (errors) found on the way.

    Every problem ``kiosk check`` reports is logged. ``first`` comes first when it has
    something to show; otherwise the first language that has is, with an error logged.
    """
    from kiosk.content.check import check_content
    from kiosk.content.loader import display_path

    report = check_content(root, bundled("assets"))
    for problem in report.problems:
        level = logging.ERROR if problem.severity is Severity.ERROR else logging.WARNING
        log.log(level, "%s", problem)
    errors = sum(1 for problem in report.problems if problem.severity is Severity.ERROR)
    shown: dict[str, Pack] = {}
    for language, result in report.packs.items():
        pack = _shown(language, result)
        if pack is not None:
            shown[language] = pack
    if not shown:
        return {}, max(errors, 1)
    start = first if first in shown else next(iter(shown))
    if start != first:
        log.error("language '%s' has nothing to show in %s; starting in '%s' instead",
                  first, display_path(root), start)
    return {start: shown[start], **{lang: pack for lang, pack in shown.items() if lang != start}}, errors


def nothing_to_show(root: Path) -> str:
    from kiosk.content.loader import display_path

    return (
        f"kiosk: no page in {display_path(root)} can be shown, in any language; "
        f"run 'kiosk check {display_path(root)}' to see why"
    )


def settings_for(args: argparse.Namespace, config: Config) -> Config:
    """The config with the command line's --lang (and snapshot's --theme/--text-size) on top."""
    changes = {
        "language": getattr(args, "lang", None),
        "theme": getattr(args, "theme", None),
        "text_size": getattr(args, "text_size", None),
    }
    return replace(config, **{k: v for k, v in changes.items() if v})
