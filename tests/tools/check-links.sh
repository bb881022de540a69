#!/usr/bin/env bash
# Fails if a program needs a library it must not: check-links.sh PROGRAM PATTERN...
# The CLI and the build tools stand on ostshelf_base (Qt Core and Sql), so none of them may
# pull in Qt Gui, Widgets, Multimedia or DBus (issue: a core the CLI can use alone).
set -euo pipefail
program=$1; shift
needed=$(readelf -d "$program" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
[ -n "$needed" ] || { echo "check-links: $program names no libraries (not a dynamic program?)" >&2; exit 1; }
status=0
for pattern in "$@"; do
  if hits=$(grep -E "$pattern" <<<"$needed"); then
    echo "check-links: $(basename "$program") needs $hits, which it must not" >&2
    status=1
  fi
done
[ "$status" = 0 ] && echo "check-links: $(basename "$program") needs only: $(tr '\n' ' ' <<<"$needed")"
exit $status
