"""The bundled content and assets are found in a source checkout and an installed wheel;
a zip archive is refused with a way on (kiosk/core/resources.py)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from kiosk.core.resources import asset, bundled

REPO = Path(__file__).resolve().parents[2]


def test_the_checkout_finds_its_folders_beside_the_package() -> None:
    assert bundled("content") == REPO / "content"
    assert (bundled("assets") / "fonts").is_dir()
    assert asset("icons/home.svg").is_file()


def test_names_outside_the_bundle_are_refused() -> None:
    with pytest.raises(ValueError, match="no bundled folder"):
        bundled("kiosk")
    for name in ("../pyproject.toml", "/etc/passwd"):
        with pytest.raises(ValueError, match="inside assets"):
            asset(name)


def run_isolated(path_entry: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """`bundled('assets')` in a Python that sees only the standard library and ``path_entry``."""
    code = ("import sys\n"
            f"sys.path.insert(0, {str(path_entry)!r})\n"
            "from kiosk.core.resources import bundled\n"
            "found = bundled('assets')\n"
            "print(found.is_dir(), (found / 'note.txt').read_text())\n")
    return subprocess.run([sys.executable, "-I", "-S", "-c", code], capture_output=True, text=True,
                          cwd=tmp_path, timeout=60)


def package_files() -> list[Path]:
    return [p for p in (REPO / "kiosk").rglob("*.py") if "__pycache__" not in p.parts]


def installed(tmp_path: Path) -> Path:
    """The package's code copied into a site folder, as pip installs it (no bundled folders)."""
    site = tmp_path / "site"
    for source in package_files():
        target = site / source.relative_to(REPO)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes())
    return site


def test_a_plain_install_reads_its_bundled_folder(tmp_path: Path) -> None:
    site = installed(tmp_path)
    (site / "kiosk/_bundled/assets").mkdir(parents=True)
    (site / "kiosk/_bundled/assets/note.txt").write_text("installed")
    done = run_isolated(site, tmp_path)
    assert done.stdout.split() == ["True", "installed"], done.stderr


def test_a_kiosk_run_from_a_zip_says_to_install_it(tmp_path: Path) -> None:
    """Qt opens fonts, pictures and pages as files, so a zip is refused with a way on."""
    archive = tmp_path / "kiosk.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for source in package_files():
            zipped.write(source, str(source.relative_to(REPO)))
        zipped.writestr("kiosk/_bundled/assets/note.txt", "zipped")
    done = run_isolated(archive, tmp_path)
    assert "which is not a folder; install it with pip" in done.stderr


def test_an_install_without_its_folders_says_to_reinstall(tmp_path: Path) -> None:
    done = run_isolated(installed(tmp_path), tmp_path)
    assert "reinstall the kiosk from its wheel" in done.stderr
