#!/usr/bin/env bash
# Launch-to-first-frame and key-to-frame times of the release binary, measured from outside
# in a 120x40 tmux, as a person would see them. Polls the screen (no fixed sleeps); each
# capture costs ~1-2 ms, which is included in the figures (they are upper bounds).
#   bash Benchmarks/tmux-latency.sh [RUNS] [-- extra agenda arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}; shift || true; [ "${1:-}" = "--" ] && shift
binary=${AGENDA_BINARY:-.build/release/agenda}
[ -x "$binary" ] || { echo "build it first: swift build -c release" >&2; exit 1; }
socket="agenda-bench-$$"
# A socket per run: a new server on the socket of one still exiting fails.
tm() { tmux -L "$socket-$i" "$@"; }
i=0
now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
trap 'tm kill-server 2>/dev/null || true' EXIT

# What one poll costs, to read the figures against (on a socket of its own).
i=poll
tm -f /dev/null new-session -d -x 120 -y 40 'sleep 30'
start=$(now); for ((n = 0; n < 50; n++)); do tm capture-pane -p | grep -n "▸" >/dev/null || true; done
poll=$(( ($(now) - start) / 50000 )); tm kill-server; i=0

launch=(); keys=()
for ((i = 0; i < runs; i++)); do
    start=$(now)
    tm -f /dev/null new-session -d -x 120 -y 40 "env LANG=C.UTF-8 TERM=xterm-256color $binary --today 2026-11-23 --lang fr $*; sleep 60"
    # A pause between polls: a busy poll would take one of the program's cores while it reads.
    until tm capture-pane -p 2>/dev/null | grep -q "À venir —"; do sleep 0.005; done
    launch+=($(( ($(now) - start) / 1000 )))
    for key in j k; do
        before=$(tm capture-pane -p | grep -n "▸" | cut -d: -f1)
        start=$(now)
        tm send-keys "$key"
        while [ "$(tm capture-pane -p | grep -n "▸" | cut -d: -f1)" = "$before" ]; do :; done
        keys+=($(( ($(now) - start) / 1000 )))
    done
    tm kill-server
done
echo "launch to first frame: median $(printf '%s\n' "${launch[@]}" | median) µs over $runs runs"
echo "key to frame (j/k):    median $(printf '%s\n' "${keys[@]}" | median) µs over ${#keys[@]} keys"
echo "(one screen poll costs $poll µs; a figure is at most one poll late)"
