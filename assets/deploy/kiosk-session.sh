#!/bin/sh
# The kiosk session: cage (a Wayland kiosk compositor) showing only the kiosk.
# Installed as /opt/kiosk/bin/kiosk-session; the systemd unit kiosk.service runs it.
#
# cage 0.1.4 (Debian 12) exits 0 whatever its program did, so this script keeps the
# kiosk's own exit code and hands it back: 0 is a staff exit and stays closed, anything
# else is a failure that systemd restarts. A kill -9 of the kiosk reads as 137.
set -u
here=$(dirname "$(readlink -f "$0")")
kiosk="${KIOSK_BIN:-$here/kiosk}"
status="${XDG_RUNTIME_DIR:?the kiosk session needs XDG_RUNTIME_DIR (a logind session)}/kiosk-exit-status"
rm -f "$status"
# -d: no window decorations. Without -s, a patient cannot switch to another console.
cage -d -- /bin/sh -c '"$1"; echo $? > "$2"' kiosk-session "$kiosk" "$status"
cage_code=$?
if [ -s "$status" ]; then
    code=$(cat "$status")
else
    echo "kiosk-session: cage ended (code $cage_code) before the kiosk did" >&2
    code=1
fi
rm -f "$status"
echo "kiosk-session: the kiosk exited with code $code" >&2
exit "$code"
