#!/usr/bin/env bash
# Installs the official Mem0 JavaScript SDK here (node_modules is not committed) and runs the side-by-side comparison:
# the load test starts the loopback server and alternates this SDK with the .NET client in one run.
# Results: benchmarks/results/peer-*.json and .csv.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export MEM0_TELEMETRY=false
export MEM0_DIR="${TMPDIR:-/tmp}/memoryclients-peer-mem0"
cd "$here"
npm view mem0ai@3.3.1 version >/dev/null
npm install --no-audit --no-fund --ignore-scripts
cd "$here/../.."
dotnet run -c Release --project benchmarks/MemoryClients.LoadTest -- --peer "$here/peer.mjs" "$@"
