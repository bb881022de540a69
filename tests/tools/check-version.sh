#!/usr/bin/env bash
# One version number everywhere: check-version.sh VERSION SOURCE-DIR BUILD-DIR
# project(VERSION) in CMakeLists.txt is the source; the Debian changelog, both programs'
# --version, the About dialog's text (it shows QCoreApplication::applicationVersion, which
# --version prints too) and the newest AppStream release must all say it.
set -euo pipefail
version=$1 src=$2 build=$3
status=0
expect() {  # WHAT GOT
  if [ "$2" = "$version" ]; then echo "check-version: $1: $2"; else echo "check-version: $1 says '$2', CMakeLists.txt $version" >&2; status=1; fi
}
expect "debian/changelog" "$(sed -n '1s/^ostshelf (\([^)]*\)).*/\1/p' "$src/debian/changelog")"
expect "ostshelf-cli --version" "$("$build/bin/ostshelf-cli" --version | awk '{ print $2 }')"
expect "ostshelf --version" "$(QT_QPA_PLATFORM=offscreen "$build/bin/ostshelf" --version 2>/dev/null | awk '{ print $2 }')"
expect "AppStream newest release" "$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$build/share/io.github.ostshelf.OstShelf.metainfo.xml" | head -n1)"
expect "ostshelf(1)" "$(sed -n 's/^\.TH .*"OST Shelf \([^"]*\)".*/\1/p' "$build/share/ostshelf.1")"
expect "ostshelf-cli(1)" "$(sed -n 's/^\.TH .*"OST Shelf \([^"]*\)".*/\1/p' "$build/share/cli/ostshelf-cli.1")"
exit $status
