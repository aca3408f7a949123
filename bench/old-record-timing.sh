#!/usr/bin/env bash
# The extraction ci-ledger's record-timing replaces, written the way the old shell recorder
# did it: one grep | sed pipeline per fact, each a pass over the whole log, and head/tail for
# the first and last timestamps. Prints: FIRST LAST ADDED CHANGED DESTROYED SUMMARIES
#
#   bench/old-record-timing.sh LOG
set -euo pipefail
log=$1
stamp='[0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\}T[0-9]\{2\}:[0-9]\{2\}:[0-9]\{2\}Z'

first=$(head -n 20 "$log" | grep -o "$stamp" | head -n 1 || true)
last=$(tail -n 20 "$log" | grep -o "$stamp" | tail -n 1 || true)
summaries=$(grep -a -c 'complete! Resources' "$log" || true)
# Sum of one number ("added", "changed" or "destroyed") over every summary line.
sum() {
  grep -a 'complete! Resources' "$log" |
    sed -n "s/.* \([0-9][0-9]*\) $1[,.].*/\1/p" |
    awk '{ s += $1 } END { print s + 0 }'
}
added=$(sum added)
changed=$(sum changed)
destroyed=$(sum destroyed)
echo "$first $last $added $changed $destroyed $summaries"
