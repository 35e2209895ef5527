"""The wheel a clinic installs: it carries its content and assets and runs outside the repository."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

from PySide6.QtGui import QImage

from tests.deploy.conftest import REPO, Installed, clean_env, run

DEV_ONLY = ("bench.py", "screenshots.py")
NOT_SHIPPED = {"screenshots"}
"""The README's pictures stay in the repository."""


def names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_the_wheel_builds_without_a_warning(installed: Installed) -> None:
    assert installed.build_output.strip() == "", installed.build_output


def test_the_wheel_carries_every_content_and_asset_file(installed: Installed) -> None:
    inside = names(installed.wheel)
    for folder in ("content", "assets"):
        for path in sorted((REPO / folder).rglob("*")):
            relative = path.relative_to(REPO)
            if path.is_file() and relative.parts[1] not in NOT_SHIPPED:
                assert f"kiosk/_bundled/{relative.as_posix()}" in inside, relative


def test_development_tools_and_tests_stay_out_of_the_wheel(installed: Installed) -> None:
    inside = names(installed.wheel)
    assert not [n for n in inside if n.startswith("tests/") or n.rsplit("/", 1)[-1] in DEV_ONLY]
    assert not [n for n in inside if "/screenshots/" in n]
    assert not (REPO / "kiosk" / "bench.py").exists() and not (REPO / "kiosk" / "screenshots.py").exists()


def test_no_development_machine_path_in_the_repository_code() -> None:
    for path in [*REPO.joinpath("kiosk").rglob("*.py"), *REPO.joinpath("tests").rglob("*.py")]:
        text = path.read_text("utf-8")
        for machine_path in ("/work/", "/root/"):
            if machine_path in text and path.name != Path(__file__).name:
                raise AssertionError(f"{path.relative_to(REPO)} names {machine_path}")


def test_the_installed_kiosk_runs_from_its_own_folder(installed: Installed) -> None:
    outside = installed.scratch / "somewhere"
    outside.mkdir(exist_ok=True)
    done = run([installed.venv / "bin/python", "-c", "import kiosk; print(kiosk.__file__)"], cwd=outside)
    assert Path(done.stdout.strip()).is_relative_to(installed.venv)


def test_installed_kiosk_check_passes_on_its_bundled_content(installed: Installed) -> None:
    outside = installed.scratch / "somewhere"
    outside.mkdir(exist_ok=True)
    done = run([installed.kiosk, "check"], cwd=outside)
    assert "no problems" in done.stdout
    assert str(installed.venv) in done.stdout, "it must check the installed copy, not the checkout"
    assert "home" in done.stdout


def test_installed_kiosk_snapshot_draws_the_same_home_as_the_checkout(
    installed: Installed, tmp_path: Path
) -> None:
    outside = installed.scratch / "somewhere"
    outside.mkdir(exist_ok=True)
    env = clean_env(QT_QPA_PLATFORM="offscreen", HOME=str(outside), XDG_CONFIG_HOME=str(outside / "config"))
    run([installed.kiosk, "snapshot", "--page", "home", "--out", outside / "shots"], cwd=outside, env=env)
    shot = QImage(str(outside / "shots" / "home.png"))
    assert (shot.width(), shot.height()) == (1920, 1080)
    colours = {shot.pixel(x, y) for x in range(0, 1920, 7) for y in range(0, 1080, 7)}
    assert len(colours) > 50, "a real Home has tiles, icons and text, not a blank screen"
    # The same Home from the checkout: a wheel missing a font, icon or style draws it differently.
    run([sys.executable, "-m", "kiosk", "snapshot", "--page", "home", "--out", tmp_path], cwd=REPO, env=env)
    reference = QImage(str(tmp_path / "home.png"))
    assert shot == reference, "the installed kiosk draws Home differently from the checkout"
