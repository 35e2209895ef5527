#!/bin/sh
# Content updates for many kiosks from one git repository.
# Installed as /opt/kiosk/bin/kiosk-content-update; kiosk-content-update.timer runs it.
#
# 1. fetch the branch into a git copy beside the live content (content.repo),
# 2. export that commit into a staging folder (content.staging) and run `kiosk check` on it,
# 3. only when the check is clean, move it into place: content.releases/<commit>, and swap
#    the live symlink (content -> content.releases/<commit>) in one rename, so the kiosk
#    never reads a half-copied pack; it takes the new pack at its next idle reset.
# A pack with a problem never goes live: the journal and `kiosk check` say why, and the
# staging folder is left as it was for a look.
#
# Settings come from /etc/kiosk/content-update.conf (KIOSK_CONTENT_CONF) or the environment:
#   KIOSK_CONTENT_REPO    the git URL to pull (required): https://..., ssh://..., a path
#   KIOSK_CONTENT_BRANCH  the branch (default: main)
#   KIOSK_CONTENT_LIVE    the live content folder the kiosk reads (default: /var/lib/kiosk/content)
#   KIOSK_BIN             the kiosk command (default: /opt/kiosk/bin/kiosk)
# Exit codes: 0 installed or already up to date, 1 the new pack has problems (not installed),
# 2 a setting is missing or the repository cannot be fetched.
set -eu
conf="${KIOSK_CONTENT_CONF:-/etc/kiosk/content-update.conf}"
if [ -r "$conf" ]; then
    # shellcheck disable=SC1090
    . "$conf"
fi
say() { echo "kiosk-content-update: $*" >&2; }
repo="${KIOSK_CONTENT_REPO:-}"
branch="${KIOSK_CONTENT_BRANCH:-main}"
live="${KIOSK_CONTENT_LIVE:-/var/lib/kiosk/content}"
kiosk="${KIOSK_BIN:-/opt/kiosk/bin/kiosk}"
if [ -z "$repo" ]; then
    say "no content repository set (KIOSK_CONTENT_REPO in $conf)"
    exit 2
fi
base=$(dirname "$live")
name=$(basename "$live")
clone="$base/$name.repo"
staging="$base/$name.staging"
releases="$base/$name.releases"
mkdir -p "$base" "$releases"

# 1. fetch
if [ -d "$clone/.git" ]; then
    git -C "$clone" remote set-url origin "$repo"
    if ! git -C "$clone" fetch --quiet origin "$branch"; then
        say "cannot fetch branch '$branch' of $repo; the kiosk keeps its content"
        exit 2
    fi
    git -C "$clone" checkout --quiet --force --detach FETCH_HEAD
else
    rm -rf "$clone"
    if ! git clone --quiet --branch "$branch" "$repo" "$clone"; then
        say "cannot clone branch '$branch' of $repo; the kiosk keeps its content"
        exit 2
    fi
fi
commit=$(git -C "$clone" rev-parse --short=12 HEAD)
current=$(readlink "$live" 2>/dev/null || true)
if [ "$current" = "$name.releases/$commit" ] && [ -d "$live" ]; then
    say "content $commit is already live"
    exit 0
fi

# 2. stage and check
rm -rf "$staging"
mkdir -p "$staging"
git -C "$clone" archive --format=tar HEAD | tar -x -C "$staging"
if ! report=$("$kiosk" check "$staging" 2>&1); then
    say "content $commit is NOT installed: 'kiosk check' found problems:"
    printf '%s\n' "$report" >&2
    say "the kiosk keeps showing ${current:-its content}; fix the pages above in $repo," \
        "or see them again with: $kiosk check $staging"
    exit 1
fi

# 3. move into place: one rename swaps the live symlink
rm -rf "${releases:?}/$commit"
mv "$staging" "$releases/$commit"
ln -sfn "$name.releases/$commit" "$base/.$name.new"
if [ -d "$live" ] && [ ! -L "$live" ]; then
    mv "$live" "$releases/before-updates"  # a folder from before the first update
fi
mv -T "$base/.$name.new" "$live"
# Drop older packs; the kiosk notices its old pack going and reloads from the live link.
for old in "$releases"/*; do
    [ "$old" = "$releases/$commit" ] || rm -rf "$old"
done
say "content $commit is live; the kiosk shows it at its next idle reset"
