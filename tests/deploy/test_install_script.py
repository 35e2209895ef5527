"""assets/deploy/install-kiosk.sh, run into a folder (KIOSK_ROOT) with the system's own tools
(apt-get, useradd, systemctl, runuser...) replaced by stubs that log what they were asked.

What the script installs is real: the wheel in a venv, the unit files, the config and the PIN.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from kiosk.core.pin import verify_pin
from kiosk.core.preflight import PACKAGES
from tests.deploy.conftest import REPO, Installed, clean_env, run
from tests.deploy.supervisor import environment_lines
from tests.deploy.test_content_update import Source

SCRIPT = REPO / "assets" / "deploy" / "install-kiosk.sh"
STUBS = {
    "apt-get": "",
    "useradd": 'touch "$STUB_STATE/user-$(eval echo \\${$#})"',
    "usermod": "",
    "chown": "",
    "systemctl": "",
    "dpkg-query": 'printf %s "${STUB_CAGE_VERSION:-0.1.4-4}"',  # the installed cage: Debian 12's
    "runuser": 'while [ "$1" != "--" ]; do shift; done; shift; exec "$@"',
    "id": 'if [ "$1" = "-u" ] && [ -n "${2:-}" ]; then [ -e "$STUB_STATE/user-$2" ] && echo 1001 && exit 0;'
          ' exit 1; fi; exec /usr/bin/id "$@"',
}


class Machine:
    def __init__(self, folder: Path, installed: Installed) -> None:
        self.root = folder / "root"
        self.root.mkdir(parents=True)
        self.state = folder / "stub-state"
        self.state.mkdir()
        self.calls = folder / "calls.log"
        self.bin = folder / "bin"
        self.bin.mkdir()
        for name, body in STUBS.items():
            stub = self.bin / name
            stub.write_text(f'#!/bin/bash\necho "{name} $*" >> "$STUB_CALLS"\n{body}\n')
            stub.chmod(0o755)
        self.wheel = installed.wheel
        self.env = clean_env(KIOSK_ROOT=str(self.root), STUB_CALLS=str(self.calls),
                             STUB_STATE=str(self.state), PATH=f"{self.bin}:{clean_env()['PATH']}",
                             HOME=str(folder))

    def install(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        if self.calls.exists():
            self.calls.unlink()
        # A new session has no terminal, so `kiosk set-pin` reads the PIN from stdin.
        return subprocess.run(["bash", str(SCRIPT), "--wheel", str(self.wheel), *args], input=stdin,
                              capture_output=True, text=True, env=self.env, timeout=900,
                              start_new_session=True)

    def called(self) -> list[str]:
        return self.calls.read_text().splitlines() if self.calls.exists() else []

    @property
    def config(self) -> Path:
        return self.root / "home" / "kiosk" / ".config" / "kiosk" / "kiosk.toml"

    def pin_hash(self) -> str:
        match = re.search(r'^staff_pin_hash = "([^"]+)"', self.config.read_text(), re.M)
        return match.group(1) if match else ""


def test_install_without_a_pin_then_with_one_then_again_then_with_content_updates(
    tmp_path: Path, installed: Installed
) -> None:
    """One kiosk PC's story, on one machine: each run after the first is a re-run."""
    machine = Machine(tmp_path, installed)

    done = machine.install()
    assert done.returncode != 0, "it does not finish without a staff PIN"
    assert "needs a staff PIN" in done.stderr
    assert not [c for c in machine.called() if c.startswith("systemctl")], "nothing is enabled or started"

    done = machine.install(stdin="2468\n2468\n")
    assert done.returncode == 0, done.stdout + done.stderr
    calls = machine.called()
    assert any(c.startswith("apt-get install") and " cage " in c and " xwayland " in c for c in calls)
    apt = next(c for c in calls if c.startswith("apt-get install")).split()
    assert set(PACKAGES.values()) <= set(apt), (
        "the kiosk's check of its display libraries (Wayland and xcb) would stop it: "
        f"{sorted(set(PACKAGES.values()) - set(apt))} not installed")
    dropin = machine.root / "etc/systemd/system/kiosk.service.d/platform.conf"
    assert environment_lines(dropin) == {"QT_QPA_PLATFORM": "xcb"}, (
        "on cage 0.1.4 the kiosk runs on cage's Xwayland, where touch works")
    assert "systemctl enable kiosk.service" in calls
    assert calls[-1] == "systemctl restart kiosk.service"
    for installed_at, source in [("etc/systemd/system/kiosk.service", "kiosk.service"),
                                 ("etc/pam.d/kiosk", "kiosk.pam"),
                                 ("opt/kiosk/bin/kiosk-session", "kiosk-session.sh"),
                                 ("opt/kiosk/bin/kiosk-content-update", "kiosk-content-update.sh")]:
        path = machine.root / installed_at
        assert path.read_bytes() == (REPO / "assets" / "deploy" / source).read_bytes(), installed_at
    assert os.access(machine.root / "opt/kiosk/bin/kiosk-session", os.X_OK)
    assert verify_pin("2468", machine.pin_hash())
    run([machine.root / "opt/kiosk/bin/kiosk", "check"])
    first_user = [c for c in machine.called() if c.startswith("useradd")]
    assert first_user == [], "the first (failed) run made the user already"

    again = machine.install()  # no terminal input: the PIN must not be asked again
    assert again.returncode == 0, again.stdout + again.stderr
    assert "A staff PIN is set; keeping it" in again.stdout
    assert verify_pin("2468", machine.pin_hash())
    assert not [c for c in machine.called() if c.startswith("useradd")], "the kiosk user is kept"
    assert dropin.exists()

    machine.env["STUB_CAGE_VERSION"] = "0.1.5-1"  # cage upgraded: touch frames reach Wayland programs
    again = machine.install()
    assert again.returncode == 0, again.stdout + again.stderr
    assert not dropin.exists(), "on cage 0.1.5 the kiosk runs on Wayland, as the unit says"
    del machine.env["STUB_CAGE_VERSION"]

    source = Source(tmp_path / "server")
    done = machine.install("--content-repo", str(source.origin))
    assert done.returncode == 0, done.stdout + done.stderr
    assert 'content_dir = "/var/lib/kiosk/content"' in machine.config.read_text()
    assert (machine.root / "var/lib/kiosk/content/en/home.md").is_file()
    conf = (machine.root / "etc/kiosk/content-update.conf").read_text()
    assert f'KIOSK_CONTENT_REPO="{source.origin}"' in conf
    assert "systemctl enable --now kiosk-content-update.timer" in machine.called()
    for unit in ("kiosk-content-update.service", "kiosk-content-update.timer"):
        assert (machine.root / "etc/systemd/system" / unit).read_bytes() == \
            (REPO / "assets" / "deploy" / unit).read_bytes()
