// Runs the official Mem0 JavaScript SDK (npm mem0ai, pinned in package.json) against the benchmark's loopback server
// and prints one JSON object with its results. Started by the load test (dotnet run ... -- --peer), which alternates
// it with the .NET client in the same run; see benchmarks/peer/run.sh.
//
// usage: node peer.mjs <server-root> <search-seconds> <walk-total> <concurrency,...>
import { performance } from "node:perf_hooks";

process.env.MEM0_TELEMETRY = "false";
const { MemoryClient } = await import("mem0ai");

const [root, searchSecondsText, walkTotalText, concurrencyText] = process.argv.slice(2);
if (!root || !root.startsWith("http://127.0.0.1:")) {
  console.error("usage: node peer.mjs http://127.0.0.1:<port>/ <search-seconds> <walk-total> <c1,c2,...>");
  process.exit(2);
}
const searchSeconds = Number(searchSecondsText ?? "2");
const walkTotal = Number(walkTotalText ?? "10000");
const concurrencies = (concurrencyText ?? "1,16,64").split(",").map(Number);
const maxOperations = 1_000_000;
const host = root.replace(/\/+$/, "");
const filters = { user_id: "alice" };

function client(hostUrl) {
  return new MemoryClient({ apiKey: "bench-key", host: hostUrl });
}

async function searchThroughput(memory, concurrency, seconds) {
  const deadline = performance.now() + seconds * 1000;
  let operations = 0;
  async function worker() {
    while (performance.now() < deadline && operations < maxOperations) {
      const response = await memory.search("What does alice like to eat?", { filters });
      if (!response.results || response.results.length === 0) throw new Error("empty search response");
      operations++;
    }
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  return operations / elapsed;
}

async function walk(memory, pageSize) {
  const started = performance.now();
  let items = 0;
  for (let page = 1; page <= 10_000; page++) {
    const response = await memory.getAll({ filters, page, pageSize });
    items += response.results.length;
    if (!response.next || response.results.length === 0) break;
  }
  return { ms: performance.now() - started, items };
}

const memory = client(host);
const walker = client(`${host}/s/${walkTotal}/0`);
// Warm up: JIT, connection pool, the identity ping.
await searchThroughput(memory, 16, 1);
await walk(walker, 200);

const result = { sdk: "mem0ai", version: "3.3.1", node: process.version, search: {}, walkMs: 0, walkItems: 0 };
for (const c of concurrencies) result.search[c] = await searchThroughput(memory, c, searchSeconds);
const walked = await walk(walker, 200);
result.walkMs = walked.ms;
result.walkItems = walked.items;
console.log(JSON.stringify(result));
