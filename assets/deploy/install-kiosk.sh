#!/bin/bash
# Sets up a Debian 12 or Ubuntu 24.04 PC as a patient-education kiosk, with no desktop:
# cage (a Wayland kiosk compositor) on tty1 shows only the kiosk, for a "kiosk" user that
# logs in by itself, restarted by systemd after a failure, logging to the journal.
#
#   sudo assets/deploy/install-kiosk.sh [--wheel FILE] [--content-repo URL [--content-branch NAME]] [--voice]
#
# Run it from a clone of the kiosk's repository (it builds the wheel from it) or give it a
# wheel. Safe to run again: it keeps the kiosk user, the config and the staff PIN, and
# installs the app again (an update). It does not finish without a staff PIN.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: sudo install-kiosk.sh [--wheel FILE] [--content-repo URL] [--content-branch NAME] [--voice] [--reset-pin]

  --wheel FILE          install this wheel (default: build one from the repository around this script)
  --content-repo URL    take content from this git repository (checked, then put live every 10 min)
  --content-branch NAME the branch to take (default: main)
  --voice               install a voice for Read aloud (speech-dispatcher, espeak-ng)
  --reset-pin           ask for a new staff PIN even when one is set
EOF
}

ROOT="${KIOSK_ROOT:-}"  # tests install into a folder instead of /
USER_NAME=kiosk
HOME_DIR="/home/$USER_NAME"
APP=/opt/kiosk
STATE=/var/lib/kiosk
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
wheel=""
content_repo=""
content_branch=main
voice=0
reset_pin=0

while [ $# -gt 0 ]; do
    case "$1" in
        --wheel) wheel=$(readlink -f "${2:?--wheel needs a file}"); shift 2 ;;
        --content-repo) content_repo="${2:?--content-repo needs a URL}"; shift 2 ;;
        --content-branch) content_branch="${2:?--content-branch needs a name}"; shift 2 ;;
        --voice) voice=1; shift ;;
        --reset-pin) reset_pin=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "install-kiosk: unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
done

step() { printf '\n==> %s\n' "$*"; }
fail() { echo "install-kiosk: $*" >&2; exit 1; }

if [ -z "$ROOT" ] && [ "$(id -u)" != 0 ]; then
    fail "run it as root: sudo $0 $*"
fi

step "System packages: Python, cage, Xwayland, git and the libraries Qt needs on Wayland and X11"
# The X11 (xcb) libraries too: on cage < 0.1.5 the kiosk runs as an X client of cage's Xwayland.
packages=(python3 python3-venv cage xwayland git
          libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
          libxkbcommon0 libwayland-client0 libwayland-cursor0 libwayland-egl1
          libx11-6 libx11-xcb1 libxkbcommon-x11-0 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
          libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0
          libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
          libpulse0 libgssapi-krb5-2 fonts-dejavu-core)
if [ "$voice" = 1 ]; then
    packages+=(speech-dispatcher espeak-ng)
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}"
python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || fail "the kiosk needs Python 3.11 or newer (Debian 12, Ubuntu 24.04)"

step "The kiosk user ($USER_NAME): logs in by itself on tty1, has no password and no shell"
if ! id -u "$USER_NAME" >/dev/null 2>&1; then
    useradd --create-home --home-dir "$HOME_DIR" --shell /usr/sbin/nologin --user-group \
        --comment "Patient-education kiosk" "$USER_NAME"
fi
for group in video input render audio; do
    if getent group "$group" >/dev/null; then
        usermod --append --groups "$group" "$USER_NAME"
    fi
done

step "The app, from its wheel, in $APP"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
if [ -z "$wheel" ]; then
    repo=$(cd "$here/../.." && pwd)
    [ -f "$repo/pyproject.toml" ] || fail "no wheel given and no repository around $here: use --wheel FILE"
    python3 -m venv "$scratch/build"
    "$scratch/build/bin/pip" wheel --quiet --no-deps --wheel-dir "$scratch/dist" "$repo"
    wheel=$(ls "$scratch"/dist/*.whl)
fi
[ -f "$wheel" ] || fail "no wheel at $wheel"
[ -x "$ROOT$APP/bin/python" ] || python3 -m venv "$ROOT$APP"
"$ROOT$APP/bin/pip" install --quiet "$wheel"
# The same version number again is still an update: install this very build.
"$ROOT$APP/bin/pip" install --quiet --force-reinstall --no-deps "$wheel"
install -m 755 "$here/kiosk-session.sh" "$ROOT$APP/bin/kiosk-session"
install -m 755 "$here/kiosk-content-update.sh" "$ROOT$APP/bin/kiosk-content-update"
"$ROOT$APP/bin/kiosk" check >/dev/null || fail "the installed kiosk cannot read its own content"

step "The config: $HOME_DIR/.config/kiosk/kiosk.toml"
config="$ROOT$HOME_DIR/.config/kiosk/kiosk.toml"
mkdir -p "$(dirname "$config")"
[ -f "$config" ] || install -m 644 "$here/kiosk.example.toml" "$config"
if [ -n "$content_repo" ]; then
    sed -i "s|^content_dir = .*|content_dir = \"$STATE/content\"|" "$config"
fi
chown -R "$USER_NAME:$USER_NAME" "$ROOT$HOME_DIR/.config"

step "The staff PIN: staff hold the top-left corner of the screen for 3 s, then type it"
if [ "$reset_pin" = 0 ] && grep -Eq '^staff_pin_hash = "[^"]+"' "$config"; then
    echo "A staff PIN is set; keeping it (--reset-pin asks for a new one)."
else
    runuser -u "$USER_NAME" -- "$ROOT$APP/bin/kiosk" set-pin --config "$config" \
        || fail "the kiosk needs a staff PIN, so it was not started; run this script again to set one"
    grep -Eq '^staff_pin_hash = "[^"]+"' "$config" \
        || fail "no staff PIN was stored in $config; run this script again"
fi

if [ -n "$content_repo" ]; then
    step "Content updates from $content_repo ($content_branch), checked before they go live"
    mkdir -p "$ROOT/etc/kiosk" "$ROOT$STATE"
    printf 'KIOSK_CONTENT_REPO="%s"\nKIOSK_CONTENT_BRANCH="%s"\n' "$content_repo" "$content_branch" \
        > "$ROOT/etc/kiosk/content-update.conf"
    chown "$USER_NAME:$USER_NAME" "$ROOT$STATE"
    install -D -m 644 "$here/kiosk-content-update.service" "$ROOT/etc/systemd/system/kiosk-content-update.service"
    install -D -m 644 "$here/kiosk-content-update.timer" "$ROOT/etc/systemd/system/kiosk-content-update.timer"
    runuser -u "$USER_NAME" -- env HOME="$ROOT$STATE" KIOSK_CONTENT_CONF="$ROOT/etc/kiosk/content-update.conf" \
        KIOSK_CONTENT_LIVE="$ROOT$STATE/content" KIOSK_BIN="$ROOT$APP/bin/kiosk" "$ROOT$APP/bin/kiosk-content-update" \
        || fail "the first content from $content_repo could not be put live (see above); the kiosk was not started"
fi

step "The kiosk session: cage on tty1 (systemd unit kiosk.service, PAM file /etc/pam.d/kiosk)"
install -D -m 644 "$here/kiosk.service" "$ROOT/etc/systemd/system/kiosk.service"
install -D -m 644 "$here/kiosk.pam" "$ROOT/etc/pam.d/kiosk"
# How the kiosk talks to cage. cage 0.1.4 (Debian 12) passes touches on to Wayland programs
# without the touch "frame" event, and Qt acts on a touch only at that event, so a tap does
# nothing; cage's Xwayland turns the same touches into X11 touch events, which Qt acts on
# (tests/deploy/test_wayland.py shows both). So on cage < 0.1.5 the kiosk runs as an X client
# of cage's Xwayland (QT_QPA_PLATFORM=xcb, this drop-in); on 0.1.5 and later as a Wayland
# client, as the unit says.
dropin="$ROOT/etc/systemd/system/kiosk.service.d/platform.conf"
cage_version=$(dpkg-query --show --showformat='${Version}' cage 2>/dev/null || true)
if [ -n "$cage_version" ] && dpkg --compare-versions "$cage_version" lt 0.1.5; then
    echo "cage $cage_version: the kiosk runs on cage's Xwayland, where touch works ($dropin)."
    mkdir -p "$(dirname "$dropin")"
    cat > "$dropin" <<EOF
# Written by install-kiosk.sh: cage $cage_version sends Wayland programs no touch frames, so
# the kiosk runs as an X client of cage's Xwayland, where touch works. Removed by the
# script once cage is 0.1.5 or newer.
[Service]
Environment=QT_QPA_PLATFORM=xcb
EOF
else
    rm -f "$dropin"
fi
if systemctl is-enabled --quiet display-manager.service 2>/dev/null; then
    echo "A desktop login screen is installed; turning it off (the kiosk needs no desktop)."
    systemctl disable display-manager.service
fi
systemctl daemon-reload
systemctl set-default graphical.target
systemctl enable kiosk.service
if [ -n "$content_repo" ]; then
    systemctl enable --now kiosk-content-update.timer
fi
systemctl restart kiosk.service

step "Done"
cat <<EOF
The kiosk is running on tty1 and starts at every boot.
  Its log:             journalctl -u kiosk
  Leave it (staff):    hold the top-left corner for 3 s, type the PIN; tty1 then shows a login
  Start it again:      sudo systemctl start kiosk   (or restart the PC)
  Change the settings: sudo -u $USER_NAME nano $HOME_DIR/.config/kiosk/kiosk.toml; sudo systemctl restart kiosk
  Update the app:      run this script again with the new wheel
EOF
if [ -n "$content_repo" ]; then
    echo "  Content updates:     journalctl -u kiosk-content-update (every 10 minutes)"
fi
