#!/usr/bin/env bash
# Refreshes src/MemoryClients/PublicAPI.Unshipped.txt from the public API analyzer's own verdict:
#   RS0016 "Symbol '...' is not part of the declared public API"  -> the line is added,
#   RS0017 "Symbol '...' is part of the declared API, but is either not public or could not be found" -> the line is removed
#   (or, for a line of PublicAPI.Shipped.txt, recorded as *REMOVED* in the unshipped file, as the analyzer expects).
# Review the diff before committing it: every line is a public API change.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=src/MemoryClients
project="$dir/MemoryClients.csproj"
shipped="$dir/PublicAPI.Shipped.txt"
unshipped="$dir/PublicAPI.Unshipped.txt"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# The analyzer's diagnostics are errors here (warnings are errors), so the build may fail: only its messages matter.
dotnet build "$project" --no-incremental -nologo -clp:NoSummary >"$log" 2>&1 || true

python3 - "$log" "$shipped" "$unshipped" <<'PY'
import re, sys
log, shipped_path, unshipped_path = sys.argv[1:]
text = open(log, encoding="utf-8").read()
added = set(re.findall(r"RS0016: Symbol '(.*?)' is not part of the declared public API", text))
removed = set(re.findall(r"RS0017: Symbol '(.*?)' is part of the declared API, but is either not public or could not be found", text))
shipped = [l.rstrip("\n") for l in open(shipped_path, encoding="utf-8")]
unshipped = [l.rstrip("\n") for l in open(unshipped_path, encoding="utf-8")]
lines = {l for l in unshipped if l and not l.startswith("#")}
lines -= removed
lines |= {"*REMOVED*" + s for s in removed if s in shipped}
lines |= added
with open(unshipped_path, "w", encoding="utf-8", newline="\n") as f:
    f.write("#nullable enable\n")
    for line in sorted(lines, key=lambda s: s.removeprefix("*REMOVED*")):
        f.write(line + "\n")
print(f"{unshipped_path}: {len(added)} added, {len(removed)} removed, {len(lines)} lines")
other = sorted({m.group(1) + ": " + m.group(2)[:160] for m in re.finditer(r"error ((?!RS0016|RS0017)[A-Z]+[0-9]+): (.*?) \[", text)})
if other:
    print("The build reported other errors as well; fix them and run this script again:")
    for line in other[:20]:
        print("  " + line)
PY
