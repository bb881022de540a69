#!/usr/bin/env bash
# The Debian package in a clean Debian 13 system, as a user gets it:
#   test-deb-install.sh PACKAGE-DIR SOURCE-DIR
# 1. a fresh Debian 13 root (debootstrap minbase from the mirror this build root uses, as
#    tools/devroot makes its own), 2. apt install ./ostshelf_*.deb (dependencies from the
#    mirror, no recommended packages: Depends alone must be enough), 3. ostshelf-cli finds
#    Goblin for 도깨비, every program and Qt plugin resolves its libraries, 4. the desktop
#    file, icon, AppStream metainfo, MIME types, manual pages and completions are where
#    desktops and shells look, and validate, 5. ostshelf paints posters under Xvfb (the
#    screenshot is kept in PACKAGE-DIR) and plays a demo clip through a PulseAudio null sink,
#    recorded from its monitor, 6. apt purge leaves no file of the package behind.
# Runs as root in a private mount namespace (tools/devroot gives it one).
set -euo pipefail
pkgdir=$(cd "$1" && pwd) src=$(cd "$2" && pwd)
deb=$(ls "$pkgdir"/ostshelf_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || { echo "test-deb-install: no ostshelf_*.deb in $pkgdir: build it with tools/devroot package" >&2; exit 1; }
mirror=$(awk '$1 == "deb" { print $2; exit }' /etc/apt/sources.list 2>/dev/null)
[ -n "$mirror" ] || { echo "test-deb-install: no Debian mirror in /etc/apt/sources.list" >&2; exit 1; }
say() { echo "test-deb-install: $*"; }
fail() { echo "test-deb-install: FAILED: $*" >&2; exit 1; }

R=$(mktemp -d /var/tmp/ostshelf-clean-root.XXXXXX)
chmod 755 "$R" # apt downloads as _apt, which must reach it
cleanup() {
  for m in "$R/dev/pts" "$R/dev" "$R/proc" "$R/sys"; do umount -l "$m" 2>/dev/null || true; done
  rm -rf --one-file-system "$R"
}
trap cleanup EXIT
start=$(date +%s)
say "a fresh Debian 13 root in $R"
debootstrap --variant=minbase trixie "$R" "$mirror" >"$pkgdir/debootstrap.log" 2>&1 ||
  { tail -n 20 "$pkgdir/debootstrap.log" >&2; fail "debootstrap"; }
echo "deb $mirror trixie main" >"$R/etc/apt/sources.list"
cp /etc/resolv.conf "$R/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$R/proc"; mount --rbind /sys "$R/sys"; mount --rbind /dev "$R/dev"
in_root() { chroot "$R" /usr/bin/env -i PATH=/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
apt_in_root() { in_root env DEBIAN_FRONTEND=noninteractive apt-get -o APT::Install-Recommends=false -y -q "$@"; }
say "debootstrap took $(( $(date +%s) - start )) s"

cp "$deb" "$R/tmp/"
apt_in_root update >/dev/null
t=$(date +%s)
apt_in_root install "/tmp/$(basename "$deb")" >"$pkgdir/apt-install.log" 2>&1 ||
  { tail -n 30 "$pkgdir/apt-install.log" >&2; fail "apt install ./$(basename "$deb")"; }
say "apt install ./$(basename "$deb"): $(grep -c '^Setting up' "$pkgdir/apt-install.log") packages set up in $(( $(date +%s) - t )) s"
in_root dpkg -L ostshelf | sort >"$pkgdir/installed-files.txt"

# Every program and plugin finds its libraries with Depends alone.
for f in /usr/bin/ostshelf /usr/bin/ostshelf-cli; do
  [ -x "$R$f" ] || fail "$f is not installed"
done
missing=$(in_root sh -c 'for f in /usr/bin/ostshelf /usr/bin/ostshelf-cli /usr/lib/*/qt6/plugins/*/*.so; do ldd "$f" | grep "not found" | sed "s|^|$f: |"; done' || true)
[ -z "$missing" ] || fail "libraries not found: $missing"
for plugin in sqldrivers/libqsqlite.so imageformats/libqsvg.so imageformats/libqjpeg.so platforms/libqxcb.so \
              multimedia/libffmpegmediaplugin.so; do
  compgen -G "$R/usr/lib/*/qt6/plugins/$plugin" >/dev/null || fail "the Qt plugin $plugin is not installed (a missing Depends)"
done

# The command line works without a display or a sound server.
out=$(in_root ostshelf-cli search 도깨비) || fail "ostshelf-cli search 도깨비 failed"
grep -q Goblin <<<"$out" || fail "ostshelf-cli search 도깨비 does not find Goblin: $out"
say "ostshelf-cli search 도깨비: $(grep -m1 Goblin <<<"$out")"
in_root ostshelf-cli --version | grep -qx "ostshelf $(sed -n 's/^project(ostshelf VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")" ||
  fail "ostshelf-cli --version is not the project's version"

# Without a display the window says what is missing (Qt alone would abort about plugins).
if nodisplay=$(in_root ostshelf 2>&1); then fail "ostshelf started without a display"; fi
grep -q "no display" <<<"$nodisplay" || fail "ostshelf without a display says: $nodisplay"
say "ostshelf without a display: $(head -n1 <<<"$nodisplay")"

# Where desktops, software centres and shells look.
for f in /usr/share/applications/io.github.ostshelf.OstShelf.desktop \
         /usr/share/metainfo/io.github.ostshelf.OstShelf.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.github.ostshelf.OstShelf.svg \
         /usr/share/mime/packages/io.github.ostshelf.OstShelf.xml \
         /usr/share/man/man1/ostshelf.1.gz /usr/share/man/man1/ostshelf-cli.1.gz \
         /usr/share/bash-completion/completions/ostshelf-cli \
         /usr/share/zsh/vendor-completions/_ostshelf-cli \
         /usr/share/fish/vendor_completions.d/ostshelf-cli.fish \
         /usr/share/ostshelf/catalog.sqlite; do
  [ -s "$R$f" ] || fail "$f is not installed"
done
desktop-file-validate "$R/usr/share/applications/io.github.ostshelf.OstShelf.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$R/usr/share/metainfo/io.github.ostshelf.OstShelf.metainfo.xml" || fail "appstreamcli validate"
# The tools a desktop has: the MIME database (its trigger must have run), man, xvfb, a sound server.
apt_in_root install shared-mime-info man-db xvfb xauth pulseaudio pulseaudio-utils >"$pkgdir/apt-tools.log" 2>&1 ||
  { tail -n 30 "$pkgdir/apt-tools.log" >&2; fail "installing the test's tools"; }
in_root update-mime-database /usr/share/mime
for ext in ostpack ostbackup; do
  grep -q "application/x-ostshelf-${ext#ost}:\*\.$ext" "$R/usr/share/mime/globs2" ||
    fail "the MIME database does not know *.$ext: $(grep -i ostshelf "$R/usr/share/mime/globs2" || true)"
done
for page in ostshelf ostshelf-cli; do
  w=$(in_root sh -c "MANWIDTH=80 man --warnings $page 2>&1 >/dev/null") || fail "man $page"
  [ -z "$w" ] || fail "man $page warns: $w"
done
say "desktop file, metainfo, icon, MIME types, manual pages and completions in place"

# The window paints posters; a demo clip plays through the null sink.
cp "$src/tests/harness/with-xvfb" "$src/tests/harness/with-pulse" "$R/usr/local/bin/"
in_root with-xvfb ostshelf --screenshot /tmp/installed.png >"$pkgdir/gui.log" 2>&1 ||
  { cat "$pkgdir/gui.log" >&2; fail "ostshelf --screenshot under Xvfb"; }
cp "$R/tmp/installed.png" "$pkgdir/screenshot-installed.png"
size=$(stat -c %s "$pkgdir/screenshot-installed.png")
[ "$size" -gt 100000 ] || fail "the screenshot is only $size bytes: no posters painted?"
say "ostshelf painted its first screen of posters: $pkgdir/screenshot-installed.png ($size bytes)"
clip=$(cd "$R" && ls usr/share/ostshelf/demo/*.* 2>/dev/null | grep -v '\.stamp$' | head -n1)
[ -n "$clip" ] || fail "no demo clip in /usr/share/ostshelf/demo"
# Without a sound server the window says plainly that nothing can be heard.
mkdir -p "$R/tmp/silentdata"
in_root with-xvfb sh -c "ostshelf --data-dir /tmp/silentdata '/$clip' >/tmp/silent.log 2>&1 & app=\$!; sleep 6; kill \$app; wait \$app || true" || true
grep -q "no sound output" "$R/tmp/silent.log" ||
  { cat "$R/tmp/silent.log" >&2; fail "ostshelf without a sound server does not say that nothing can be heard"; }
say "ostshelf without a sound server: $(grep -m1 'no sound output' "$R/tmp/silent.log")"
mkdir -p "$R/tmp/playdata"
in_root with-pulse with-xvfb sh -c "
  parec -d ostshelf_test.monitor --format=s16le --rate=48000 --channels=2 --raw > /tmp/recorded.raw &
  rec=\$!
  ostshelf --data-dir /tmp/playdata '/$clip' >/tmp/play.log 2>&1 &
  app=\$!
  sleep 8
  kill \$app; wait \$app || true
  kill \$rec; wait \$rec || true" 2>/dev/null || true
peak=$(python3 -c "
import array,sys
a=array.array('h'); b=open(sys.argv[1],'rb').read(); a.frombytes(b[:len(b)//2*2])
print(max((abs(x) for x in a), default=0))" "$R/tmp/recorded.raw" 2>/dev/null || echo 0)
[ "$peak" -gt 1000 ] || { cat "$R/tmp/play.log" >&2 2>/dev/null || true; fail "the demo clip /$clip did not play through the null sink (peak $peak)"; }
say "the demo clip /$clip played through the null sink (peak sample $peak)"

# apt purge leaves no file of the package behind.
apt_in_root purge ostshelf >"$pkgdir/apt-purge.log" 2>&1 || { tail -n 20 "$pkgdir/apt-purge.log" >&2; fail "apt purge ostshelf"; }
left=$(while read -r f; do [ -f "$R$f" ] || [ -L "$R$f" ] && echo "$f"; done <"$pkgdir/installed-files.txt"; true)
left+=$(ls "$R"/var/lib/dpkg/info/ostshelf.* "$R"/etc/*ostshelf* 2>/dev/null || true)
[ -z "$left" ] || fail "apt purge left: $left"
say "apt purge ostshelf: none of its $(wc -l <"$pkgdir/installed-files.txt") paths left; $(( $(date +%s) - start )) s in all"
