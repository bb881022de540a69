#!/usr/bin/env bash
# The manual pages and the shell completions cover every command of ostshelf-cli, and work:
#   check-cli-docs.sh CLI DOCS-DIR GUI-MANPAGE
# DOCS-DIR holds what the build generated (ostshelf-cli.1, ostshelf-cli.bash, _ostshelf-cli,
# ostshelf-cli.fish). The commands are read from the CLI's --help, which lists the names the
# dispatcher accepts; each must be offered by bash (running its completion function), by fish
# (complete -C) and listed by zsh (which must also parse), and the manual pages must render
# with man -l without a warning.
set -euo pipefail
cli=$1 docs=$2 guiman=$3
status=0
problem() { echo "check-cli-docs: $*" >&2; status=1; }

# "command   search, dramas, drama, ..." under "Arguments:" in --help.
# (QCommandLineParser wraps the list onto deeply indented lines.)
commands=$("$cli" --help | awk '/^ +command +[a-z]/ { sub(/^ +command +/, ""); on = 1; print; next }
                                on && /^        +[a-z]/ { print; next } { on = 0 }' | tr -d ',' | tr '\n' ' ' | tr -s ' ')
[ "$(wc -w <<<"$commands")" -ge 10 ] || { echo "check-cli-docs: cannot read the commands from --help: '$commands'" >&2; exit 1; }
echo "check-cli-docs: $(wc -w <<<"$commands") commands: $commands"

for f in ostshelf-cli.1 ostshelf-cli.bash _ostshelf-cli ostshelf-cli.fish; do
  [ -s "$docs/$f" ] || problem "$docs/$f is missing or empty"
done
[ "$status" = 0 ] || exit 1

# bash: run the completion function as bash would on TAB.
bash_complete() {  # WORDS...: the words typed so far, the last one being completed
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); _ostshelf_cli; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$docs/ostshelf-cli.bash" "$@"
}
offered=$(bash_complete ostshelf-cli "")
for c in $commands; do
  grep -qx -- "$c" <<<"$offered" || problem "bash does not offer the command '$c'"
done
grep -qx export <<<"$(bash_complete ostshelf-cli playlist "")" || problem "bash does not offer 'playlist export'"
grep -qx edit <<<"$(bash_complete ostshelf-cli --json drama "")" || problem "bash does not offer 'drama edit' after an option"
grep -qx -- --data-dir <<<"$(bash_complete ostshelf-cli search --da)" || problem "bash does not offer --data-dir"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/music-folder"; touch "$tmp/music-file"
got=$(bash_complete ostshelf-cli --data-dir "$tmp/music")
grep -qx "$tmp/music-folder" <<<"$got" && ! grep -qx "$tmp/music-file" <<<"$got" ||
  problem "bash does not offer only folders after --data-dir: $got"
grep -qx "$tmp/music-file" <<<"$(bash_complete ostshelf-cli scan "$tmp/music")" || problem "bash does not offer files after scan"

# fish: its own completion engine, non-interactively.
fish --no-execute "$docs/ostshelf-cli.fish" || problem "fish cannot parse ostshelf-cli.fish"
fish_complete() { fish --no-config -c "source $(printf '%q' "$docs/ostshelf-cli.fish"); complete -C $(printf '%q' "$1")" | cut -f1; }
offered=$(fish_complete "ostshelf-cli ")
for c in $commands; do
  grep -qx -- "$c" <<<"$offered" || problem "fish does not offer the command '$c'"
done
grep -qx import <<<"$(fish_complete "ostshelf-cli pack ")" || problem "fish does not offer 'pack import'"
grep -qx -- --data-dir <<<"$(fish_complete "ostshelf-cli --data")" || problem "fish does not offer --data-dir"

# zsh: it must parse; every command is in its command list with a description.
zsh -n "$docs/_ostshelf-cli" || problem "zsh cannot parse _ostshelf-cli"
for c in $commands; do
  grep -q "^        '$c:" "$docs/_ostshelf-cli" || problem "zsh does not list the command '$c'"
done

# The manual pages render without a warning and name every command.
for page in "$docs/ostshelf-cli.1" "$guiman"; do
  warnings=$(MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -l "$page" 2>&1 >/dev/null) || problem "man -l $page failed"
  [ -z "$warnings" ] || problem "man -l $page warns: $warnings"
done
text=$(MANWIDTH=200 LC_ALL=C.UTF-8 man -l "$docs/ostshelf-cli.1" 2>/dev/null)
for c in $commands; do
  grep -q -- "^ *$c\b" <<<"$text" || problem "the manual page has no entry for '$c'"
done
for o in --data-dir --json --completion; do
  grep -q -- "$o" <<<"$text" || problem "the manual page does not describe $o"
done
[ "$status" = 0 ] && echo "check-cli-docs: bash, fish, zsh and both manual pages cover every command"
exit $status
