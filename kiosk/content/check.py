"""Check a whole content folder: every language, and pages missing in one of them."""

from __future__ import annotations

import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.loader import display_path, load_pack, page_files
from kiosk.content.model import LoadResult, Problem

LANGUAGE_CODE_LENGTHS = (2, 3, 5)


@dataclass(frozen=True)
class ContentReport:
    packs: dict[str, LoadResult]
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)


def _language_folders(content_root: Path) -> list[Path]:
    try:
        if not content_root.is_dir():
            return []
        return sorted(
            p
            for p in content_root.iterdir()
            if not p.name.startswith((".", "_")) and len(p.name) in LANGUAGE_CODE_LENGTHS and p.is_dir()
        )
    except OSError:
        return []


def _outside(folder: Path, content_root: Path) -> bool:
    """A language folder that is a link to a folder outside the content folder."""
    try:
        return not folder.resolve().is_relative_to(content_root.resolve())
    except (OSError, RuntimeError):
        return True


def languages(content_root: Path) -> list[str]:
    """Language folders of a content root: 'en', 'es', 'pt-BR'... (never one that is a
    link to a folder outside it)."""
    return [p.name for p in _language_folders(content_root) if not _outside(p, content_root)]


def refused_languages(content_root: Path) -> list[Problem]:
    """A problem for each language folder that lies outside the content folder."""
    return [
        Problem(
            display_path(folder),
            1,
            "this language folder is a link to a folder outside the content folder; it is not "
            "read (move the folder itself into the content folder)",
        )
        for folder in _language_folders(content_root)
        if _outside(folder, content_root)
    ]


def check_content(content_root: Path, assets: Path | None) -> ContentReport:
    packs = {lang: load_pack(content_root / lang, lang, assets) for lang in languages(content_root)}
    problems: list[Problem] = refused_languages(content_root)
    if not packs and not problems:
        problems.append(
            Problem(
                display_path(content_root),
                1,
                "no language folders here (expected folders like en/ and es/)",
            )
        )
    for result in packs.values():
        problems.extend(result.problems)
    problems.extend(missing_translations(content_root, packs))
    return ContentReport(packs, tuple(problems))


def missing_translations(content_root: Path, languages: Iterable[str]) -> list[Problem]:
    """A page id that has a file in one language but not in another (headers only: cheap)."""
    ids_by_lang = {lang: _declared_ids(content_root / lang) for lang in languages}
    every_id: dict[str, Path] = {}
    for ids in ids_by_lang.values():
        for page_id, path in ids.items():
            every_id.setdefault(page_id, path)
    problems = []
    for lang, ids in ids_by_lang.items():
        for page_id, path in sorted(every_id.items()):
            if page_id not in ids:
                problems.append(
                    Problem(
                        display_path(content_root / lang),
                        1,
                        f"page '{page_id}' is missing in '{lang}' (it exists as {display_path(path)})",
                    )
                )
    return problems


def _declared_ids(root: Path) -> dict[str, Path]:
    found = {}
    for path in page_files(root):
        try:
            if not stat.S_ISREG(path.stat().st_mode):
                continue  # a pipe would block; the loader reports it
            with path.open("rb") as file:
                head = file.read(4096).decode("utf-8-sig", errors="replace")
        except OSError:
            continue
        for line in head.splitlines()[1:40]:
            if line.strip() == "---":
                break
            key, _, value = line.partition(":")
            if key.strip().lower() == "id" and value.strip():
                found[value.strip()] = path
                break
    return found
