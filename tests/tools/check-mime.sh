#!/bin/bash
# The shared-mime-info package compiles (update-mime-database refuses invalid XML), maps our
# file extensions to our types, and the desktop file claims every type we declare.
set -euo pipefail
src=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mime/packages"
cp "$src/packaging/io.github.ostshelf.OstShelf.mime.xml" "$tmp/mime/packages/io.github.ostshelf.OstShelf.xml"
out=$(update-mime-database -V "$tmp/mime" 2>&1)
if grep -qiE 'error|invalid|unknown' <<<"$out"; then
    echo "update-mime-database complained: $out" >&2
    exit 1
fi
for pair in 'application/x-ostshelf-pack:\*\.ostpack' 'application/x-ostshelf-backup:\*\.ostbackup'; do
    grep -q ":$pair\$" "$tmp/mime/globs2" || { echo "missing glob $pair in:" >&2; cat "$tmp/mime/globs2" >&2; exit 1; }
done
claimed=$(sed -n 's/^MimeType=//p' "$src/packaging/io.github.ostshelf.OstShelf.desktop")
for type in $(grep -o 'mime-type type="[^"]*"' "$src/packaging/io.github.ostshelf.OstShelf.mime.xml" | cut -d'"' -f2); do
    grep -q "\(^\|;\)$type;" <<<"$claimed" || { echo "the desktop file does not claim $type" >&2; exit 1; }
done
echo "mime types ok"
