#!/usr/bin/env bash
# shellcheck disable=SC2016 # the sh -c scripts expand their variables inside the build root
# Issue #22: run as root, tools/devroot keeps the library in the invoking user's real home,
# never inside a cached build root, and replacing a build root never deletes a library that
# an earlier tools/devroot left inside it (it is moved out first, or the root is kept).
#
# Runs on the host as root after `tools/devroot test` (it needs the build root and
# build/default/bin/ostshelf-cli, and builds nothing). The roots it switches between are
# hard-link copies of the real one in a temporary OSTSHELF_CACHE (OSTSHELF_ROOT_KEY,
# OSTSHELF_ROOT_TEMPLATE), HOME is a temporary folder: a few seconds, nothing left behind,
# the real build root and the real home untouched.
# DEVROOT=path tests another copy of the script (it must sit in tools/ of this checkout).
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
devroot=${DEVROOT:-tools/devroot}
started=$(date +%s%N)
fails=0 passes=0
pass() { echo "PASS: $*"; passes=$((passes + 1)); }
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }
has() { grep -qF -- "$2" <<<"$1"; }   # TEXT NEEDLE

[ "$(id -u)" = 0 ] || { echo "FAIL: run this as root (it tests tools/devroot's root path)"; exit 1; }
[ -x build/default/bin/ostshelf-cli ] || { echo "FAIL: build/default/bin/ostshelf-cli is missing: run tools/devroot test first"; exit 1; }
# The root path, whoever starts the test: no sudo user, no XDG folders, no leftover test knobs.
unset SUDO_UID SUDO_GID SUDO_USER XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME OSTSHELF_ROOT_KEY OSTSHELF_ROOT_TEMPLATE
out=$("$devroot" root 2>&1) || { echo "$out"; echo "FAIL: tools/devroot root"; exit 1; }
case "$out" in
  *"build root ready: "*) real=${out##*build root ready: } ;;
  *natively*) echo "SKIP: this host builds natively, there is no build root"; exit 0 ;;
  *) echo "$out"; echo "FAIL: cannot tell the build root"; exit 1 ;;
esac
[ -f "$real/.ostshelf-root" ] || { echo "FAIL: $real is not a build root"; exit 1; }

# The cache sits beside the real root (hard links need one file system); HOME outside /tmp,
# which is bound into the root anyway, so only binding HOME itself makes it visible there.
cache=$(mktemp -d "$(dirname "$real")/.test-root-home.XXXXXX")
home=$(mktemp -d /var/tmp/ostshelf-test-home.XXXXXX)
cleanup() {
  # Mounts live in private namespaces and end with each command: nothing may be mounted here.
  if grep -qF -e " $cache/" -e " $home" /proc/self/mountinfo; then
    echo "FAIL: something is still mounted under $cache or $home; left them in place"; return
  fi
  rm -rf "$cache" "$home"
}
trap cleanup EXIT

data="$home/.local/share/ostshelf"            # Qt's AppLocalDataLocation is $data/ostshelf
lib="$data/ostshelf/library.sqlite"
dr() {  # KEY [VAR=VALUE...] ARGS...: tools/devroot as root with the temporary HOME, build root KEY
  local key=$1 vars=(); shift
  while [[ ${1:-} == *=* ]]; do vars+=("$1"); shift; done
  env HOME="$home" OSTSHELF_CACHE="$cache" OSTSHELF_ROOT_KEY="$key" OSTSHELF_ROOT_TEMPLATE="$real" "${vars[@]}" "$devroot" "$@"
}
user_files_in() {  # ROOT...: whatever of the user's is inside these roots
  local r
  for r in "$@"; do
    [ -d "$r" ] || continue
    ls -d "$r"/root/.local/share/ostshelf "$r"/root/.config/ostshelf* "$r"/root/.cache/ostshelf* 2>/dev/null
    find "$r$home" -mindepth 1 2>/dev/null | head -n 3     # HOME's path in the root: only a mount point
    find "$r" -xdev -name 'library.sqlite*' 2>/dev/null | head -n 3
  done | tr '\n' ' '
}
plant() {  # ROOT TAG: make ROOT hold an old-style library (as an earlier tools/devroot left it)
  mkdir -p "$1/root/.local/share" "$1/root/.config/ostshelf" "$1/root/.cache/ostshelf/ostshelf/posters"
  cp -a "$data" "$1/root/.local/share/ostshelf"
  echo "$2" >"$1/root/.local/share/ostshelf/ostshelf/planted"
  printf '[test]\nplanted=%s\n' "$2" >"$1/root/.config/ostshelf/ostshelf.conf"
  : >"$1/root/.cache/ostshelf/ostshelf/posters/1-100x150-0.png"
}

echo "--- root A: the CLI without --data-dir writes into the invoking HOME"
out=$(dr A exec sh -c 'echo "HOME=$HOME LANG=$LANG"' 2>&1)
check "devroot created root A as a copy of $real" test -f "$cache/root-A/.ostshelf-root"
check "HOME inside the build root is the invoking HOME ($home)" has "$out" "HOME=$home "
check "LANG defaults to C.UTF-8 when unset" has "$(unset LANG LC_ALL; dr A exec sh -c 'echo "LANG=$LANG"' 2>&1)" "LANG=C.UTF-8"
check "LANG, LC_ALL and LANGUAGE reach the program" \
  has "$(dr A LANG=ko_KR.UTF-8 LC_ALL=ko_KR.UTF-8 LANGUAGE=ko exec sh -c 'echo "$LANG/$LC_ALL/$LANGUAGE"' 2>&1)" "ko_KR.UTF-8/ko_KR.UTF-8/ko"
out=$(dr A exec ostshelf-cli favorite add song "Remember Me" 2>&1); rc=$?
check "favorite add succeeds (exit $rc)" test "$rc" = 0
check "it added the song" has "$out" "remember-me"
check "the library is $lib" test -f "$lib"
left=$(user_files_in "$cache/root-A")
check "nothing of the user's is inside root A${left:+: $left}" test -z "$left"

echo "--- an old-style library inside the current root is moved out at the next start"
plant "$cache/root-A" A1
rm -rf "$data" "$home/.config/ostshelf"
out=$(dr A exec ostshelf-cli favorite list --json 2>&1); rc=$?
check "favorite list succeeds (exit $rc)" test "$rc" = 0
check "the favorite is still there" has "$out" '"remember-me"'
check "devroot says what it moved" has "$out" "moved $cache/root-A/root/.local/share/ostshelf -> $data"
check "the planted library is the one in HOME now" grep -qx A1 "$data/ostshelf/planted"
check "its settings too" grep -qx planted=A1 "$home/.config/ostshelf/ostshelf.conf"
check "and its poster cache" test -f "$home/.cache/ostshelf/ostshelf/posters/1-100x150-0.png"
left=$(user_files_in "$cache/root-A")
check "nothing of the user's is left inside root A${left:+: $left}" test -z "$left"

echo "--- a changed package list (root B) removes root A only after moving its library out"
plant "$cache/root-A" A2
rm -rf "$data" "$home/.config/ostshelf" "$home/.cache/ostshelf"
out=$(dr B exec ostshelf-cli favorite list --json 2>&1); rc=$?
check "favorite list in root B succeeds (exit $rc)" test "$rc" = 0
check "devroot made root B" test -f "$cache/root-B/.ostshelf-root"
check "the favorite is still there" has "$out" '"remember-me"'
check "devroot says it moved root A's library" has "$out" "moved $cache/root-A/root/.local/share/ostshelf -> $data"
check "the library from root A is in HOME" grep -qx A2 "$data/ostshelf/planted"
check "root A is removed" test ! -e "$cache/root-A"
check "and its lock file" test ! -e "$cache/root-A.lock"
left=$(user_files_in "$cache"/root-*)
check "nothing of the user's is inside any root${left:+: $left}" test -z "$left"

echo "--- a library that cannot be moved out keeps its root: refused, with the folder named"
plant "$cache/root-B" B1     # HOME has a library already: both are kept
out=$(dr B exec true 2>&1); rc=$?
check "starting in root B still works (exit $rc)" test "$rc" = 0
check "it says the old library was left and how to keep it" has "$out" "to keep the old library, move it out of it:"
check "naming the folder" has "$out" "devroot:   $cache/root-B/root/.local/share/ostshelf"
out=$(dr C exec ostshelf-cli favorite list --json 2>&1); rc=$?
check "favorite list in root C succeeds (exit $rc)" test "$rc" = 0
check "the favorite is still there" has "$out" '"remember-me"'
check "it refuses to remove root B" has "$out" "NOT removing the old build root $cache/root-B: it still holds $cache/root-B/root/.local/share/ostshelf"
check "root B is still there" test -f "$cache/root-B/.ostshelf-root"
check "with its library" grep -qx B1 "$cache/root-B/root/.local/share/ostshelf/ostshelf/planted"
check "HOME's library is unchanged" grep -qx A2 "$data/ostshelf/planted"

echo "--- a library open in a running program is not moved, and the app is not started without it"
rm -rf "$cache/root-B"
plant "$cache/root-C" C1
rm -rf "$data" "$home/.config/ostshelf" "$home/.cache/ostshelf"
sleep 60 5<"$cache/root-C/root/.local/share/ostshelf/ostshelf/library.sqlite" &   # "an app" holding it open
holder=$!
out=$(dr C exec ostshelf-cli favorite list --json 2>&1); rc=$?
check "the command is refused (exit $rc)" test "$rc" != 0
check "saying the library is open in process $holder" has "$out" "(process $holder)"
check "no new, empty library was started in HOME" test ! -e "$data"
kill "$holder"; wait "$holder" 2>/dev/null
out=$(dr C exec ostshelf-cli favorite list --json 2>&1); rc=$?
check "once it is closed, favorite list succeeds (exit $rc)" test "$rc" = 0
check "with the favorite from the moved library" has "$out" '"remember-me"'
check "which is in HOME" grep -qx C1 "$data/ostshelf/planted"
left=$(user_files_in "$cache"/root-*)
check "nothing of the user's is inside any root${left:+: $left}" test -z "$left"

echo "=== $passes passed, $fails failed in $(( ($(date +%s%N) - started) / 1000000 )) ms"
[ "$fails" = 0 ]
