#!/usr/bin/env bash
# Rewrites eng/line-length-baseline.tsv: per C# file, how many lines are longer than 140 characters (UTF-16 code units,
# as the build counts them). The build (Directory.Build.targets) fails when a file has more than its count, so run this
# only after shortening lines, never to let a new long line in.
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files '*.cs' | python3 -c '
import sys
for path in sys.stdin.read().split():
    with open(path, encoding="utf-8-sig") as f:
        n = sum(1 for line in f.read().splitlines() if len(line.encode("utf-16-le")) // 2 > 140)
    if n:
        print(f"{path}\t{n}")
' > eng/line-length-baseline.tsv
echo "eng/line-length-baseline.tsv: $(wc -l < eng/line-length-baseline.tsv) files, $(awk -F'\t' '{s+=$2} END {print s+0}' eng/line-length-baseline.tsv) lines over 140"
