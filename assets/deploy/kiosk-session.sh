#!/bin/sh
# The kiosk session: cage (a Wayland kiosk compositor) showing only the kiosk.
# Installed as /opt/kiosk/bin/kiosk-session; the systemd unit kiosk.service runs it.
#
# cage 0.1.4 (Debian 12) exits 0 whatever its program did, so this script keeps the
# kiosk's own exit code and hands it back: 0 is a staff exit and stays closed, anything
# else is a failure that systemd restarts. A kill -9 of the kiosk reads as 137.
#
# Back-off, the same on every systemd version (RestartSteps= needs systemd 254; Debian 12
# has 252): systemd starts this script again 1 s after a failure (RestartSec=1). After the
# first failure it starts cage at once, so the kiosk is back within seconds; when the kiosk
# keeps failing within KIOSK_HEALTHY_AFTER seconds (60) of its start, each new start first
# waits 2, 4, 8, 16, 32, then 60 s, so a kiosk that cannot start does not spin. A run that
# lasted longer, or a staff exit, starts the count again.
set -u
here=$(dirname "$(readlink -f "$0")")
kiosk="${KIOSK_BIN:-$here/kiosk}"
runtime="${XDG_RUNTIME_DIR:?the kiosk session needs XDG_RUNTIME_DIR (a logind session)}"
status="$runtime/kiosk-exit-status"
# The failure count outlives the logind session (and its XDG_RUNTIME_DIR) between restarts:
# the unit's RuntimeDirectory=kiosk (/run/kiosk, kept until the PC restarts).
failures_file="${RUNTIME_DIRECTORY:-$runtime}/kiosk-quick-failures"
healthy_after="${KIOSK_HEALTHY_AFTER:-60}"

failures=$(cat "$failures_file" 2>/dev/null)
case "$failures" in ''|*[!0-9]*) failures=0 ;; esac
if [ "$failures" -ge 2 ]; then
    delay=60
    if [ "$failures" -le 6 ]; then delay=$((1 << (failures - 1))); fi
    echo "kiosk-session: the kiosk failed $failures times in a row within ${healthy_after} s of starting; waiting $delay s" >&2
    sleep "$delay"
fi

rm -f "$status"
started=$(date +%s)
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

if [ "$code" = 0 ]; then
    rm -f "$failures_file"
elif [ $(($(date +%s) - started)) -ge "$healthy_after" ]; then
    echo 1 > "$failures_file"
else
    echo $((failures + 1)) > "$failures_file"
fi
exit "$code"
