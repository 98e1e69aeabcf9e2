#!/usr/bin/env python3
"""Turns the benchmark results under benchmarks/results/ into Markdown tables and docs/performance.svg.

usage: python3 benchmarks/report.py [--before before] [--after after] [--peer peer-after] [--ladder ladder]

Reads, for each label L: results/bdn-L/results/*-report-full.json (BenchmarkDotNet) and results/loadtest-L.json
(load test); and results/loadtest-<peer>.json (the JavaScript SDK run). Prints the tables (Markdown) and writes the
chart. Standard library only.
"""
import argparse
import glob
import json
import os
import statistics
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESULTS = os.path.join(ROOT, "benchmarks", "results")


def load_bdn(label):
    """{(category, contender): (median_ns, bytes_per_op)} from a BenchmarkDotNet run."""
    rows = {}
    for path in glob.glob(os.path.join(RESULTS, f"bdn-{label}", "results", "*-report-full.json")):
        with open(path, encoding="utf-8") as f:
            for b in json.load(f)["Benchmarks"]:
                category, _, contender = b["Method"].partition("_")
                rows[(category, contender)] = (b["Statistics"]["Median"], b["Memory"]["BytesAllocatedPerOperation"])
    return rows


def load_loadtest(label):
    path = os.path.join(RESULTS, f"loadtest-{label}.json")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def median_of(doc, scenario, parameter, contender, metric):
    for m in doc["medians"]:
        if (m["scenario"], m["parameter"], m["contender"], m["metric"]) == (scenario, parameter, contender, metric):
            return m["value"]
    return None


def paired_ratio(doc, scenario, parameter, contender, baseline, metric):
    """Median over runs of contender/baseline measured in the same run."""
    by_run = {}
    for m in doc["measurements"]:
        if (m["scenario"], m["parameter"], m["metric"]) == (scenario, parameter, metric) and m["contender"] in (contender, baseline):
            by_run.setdefault(m["run"], {})[m["contender"]] = m["value"]
    ratios = [r[contender] / r[baseline] for r in by_run.values() if contender in r and r.get(baseline)]
    return statistics.median(ratios) if ratios else None


def fmt(value, digits=2, suffix=""):
    return "n/a" if value is None else f"{value:.{digits}f}{suffix}"


BASELINES = {"Raw", "RawDeserialize", "HandWritten"}
OPERATIONS = ["Search", "Add", "Get", "ListPage100", "ListPage200", "MemMachineList100", "Mem0Page200", "EpisodePage100", "Mem0Filter", "MemMachineFilter",
              "Call", "Waiting", "ParseSearch", "ParsePage200", "ParseEpisodes100"]


def ratio(row, base, index):
    """row[index] / base[index], or None when either is missing or the baseline is too small to divide by."""
    if not row or not base or base[index] < 1:
        return None
    return row[index] / base[index]


def bdn_table(before, after):
    lines = ["| operation | contender | time before (µs) | time after (µs) | time / raw before | time / raw after | KB before | KB after | alloc / raw after |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for op in OPERATIONS:
        contenders = sorted({c for (o, c) in list(before) + list(after) if o == op}, key=lambda c: (c not in BASELINES, c))
        base_b = next((before[(op, c)] for c in contenders if c in BASELINES and (op, c) in before), None)
        base_a = next((after[(op, c)] for c in contenders if c in BASELINES and (op, c) in after), None)
        for c in contenders:
            b, a = before.get((op, c)), after.get((op, c))
            lines.append("| {} | {} | {} | {} | {} | {} | {} | {} | {} |".format(
                op, c,
                fmt(b and b[0] / 1000, 1), fmt(a and a[0] / 1000, 1),
                fmt(ratio(b, base_b, 0)), fmt(ratio(a, base_a, 0)),
                fmt(b and b[1] / 1024, 1), fmt(a and a[1] / 1024, 1),
                fmt(ratio(a, base_a, 1))))
    return "\n".join(lines)


def latency_table(before, after):
    """The 20 ms case: before (no prefetch existed) and after (default read-ahead, and off), with same-run speed-ups."""
    p = "pages=20"
    rows = [("raw, page by page", "raw", "raw"),
            ("SDK default (before: page by page; after: one page ahead)", "sdk-default", "sdk-default"),
            ("SDK `WithPrefetch(false)`", None, "sdk-off")]
    out = ["| 20 pages, 20 ms server + 20 ms caller per page | ms before | ms after | page by page / this, same run |",
           "|---|---:|---:|---:|"]
    for label, b, a in rows:
        speedup = after and a != "sdk-off" and inverse(paired_ratio(after, "latency_20ms", p, a, "sdk-off", "ms"))
        out.append("| {} | {} | {} | {} |".format(
            label,
            fmt(before and b and median_of(before, "latency_20ms", p, b, "ms"), 0),
            fmt(after and median_of(after, "latency_20ms", p, a, "ms"), 0),
            fmt(speedup or None) + ("x" if speedup else "")))
    return "\n".join(out)


def loadtest_tables(before, after, latency=None):
    out = []
    if after and any(m["scenario"] == "sequential" for m in after["measurements"]):
        out.append("| one call after another | contender | µs per call after | vs raw after | KB per call after | alloc / raw after |")
        out.append("|---|---|---:|---:|---:|---:|")
        for op in ("search", "add", "get"):
            for who in ("raw", "sdk"):
                out.append("| {} | {} | {} | {} | {} | {} |".format(
                    op, who,
                    fmt(median_of(after, "sequential", op, who, "us_per_op"), 1),
                    fmt(paired_ratio(after, "sequential", op, who, "raw", "us_per_op") if who != "raw" else 1.0),
                    fmt((median_of(after, "sequential", op, who, "bytes_per_op") or 0) / 1024, 1),
                    fmt(paired_ratio(after, "sequential", op, who, "raw", "bytes_per_op") if who != "raw" else 1.0)))
        out.append("")
    out.append("| search throughput | contender | ops/s before | ops/s after | vs raw before | vs raw after | KB/op after |")
    out.append("|---|---|---:|---:|---:|---:|---:|")
    for c in (1, 16, 64):
        p = f"c={c}"
        for who in ("raw", "sdk", "unified"):
            out.append("| {} callers | {} | {} | {} | {} | {} | {} |".format(
                c, who,
                fmt(before and median_of(before, "search_throughput", p, who, "ops_per_s"), 0),
                fmt(after and median_of(after, "search_throughput", p, who, "ops_per_s"), 0),
                fmt(before and (paired_ratio(before, "search_throughput", p, who, "raw", "ops_per_s") if who != "raw" else 1.0)),
                fmt(after and (paired_ratio(after, "search_throughput", p, who, "raw", "ops_per_s") if who != "raw" else 1.0)),
                fmt(after and (median_of(after, "search_throughput", p, who, "bytes_per_op") or 0) / 1024, 1)))
    out.append("")
    out.append("| walk (200-item pages) | contender | ms before | ms after | vs raw after | peak working set after (MiB) | growth during walk after (MiB) | gen0/gen1/gen2 before | gen0/gen1/gen2 after | MB allocated after |")
    out.append("|---|---|---:|---:|---:|---:|---:|---|---|---:|")
    for n in (10000, 100000):
        p = f"n={n}"
        for who in ("raw", "sdk", "unified"):
            def gens(doc):
                if not doc:
                    return "n/a"
                return "/".join(fmt(median_of(doc, "walk", p, who, f"gen{g}"), 0) for g in range(3))
            peak = after and median_of(after, "walk", p, who, "peak_working_set")
            start = after and median_of(after, "walk", p, who, "start_working_set")
            out.append("| {:,} memories | {} | {} | {} | {} | {} | {} | {} | {} | {} |".format(
                n, who,
                fmt(before and median_of(before, "walk", p, who, "ms"), 0),
                fmt(after and median_of(after, "walk", p, who, "ms"), 0),
                fmt(after and (paired_ratio(after, "walk", p, who, "raw", "ms") if who != "raw" else 1.0)),
                fmt(peak and peak / 1048576, 1),
                fmt(peak and start and (peak - start) / 1048576, 1),
                gens(before), gens(after),
                fmt(after and (median_of(after, "walk", p, who, "allocated") or 0) / 1e6, 0)))
    out.append("")
    out.append(latency_table(before, latency or after))
    out.append("")
    out.append("| cold start (process start to first search) | ms before | ms after | vs raw before | vs raw after |")
    out.append("|---|---:|---:|---:|---:|")
    for who in ("raw", "sdk"):
        out.append("| {} | {} | {} | {} | {} |".format(who,
                                                      fmt(before and median_of(before, "cold_start", "first_search", who, "ms"), 0),
                                                      fmt(after and median_of(after, "cold_start", "first_search", who, "ms"), 0),
                                                      fmt(before and (paired_ratio(before, "cold_start", "first_search", who, "raw", "ms") if who != "raw" else 1.0)),
                                                      fmt(after and (paired_ratio(after, "cold_start", "first_search", who, "raw", "ms") if who != "raw" else 1.0))))
    return "\n".join(out)


LADDER = ("raw", "refit", "+decompression", "+socket", "+auth", "+resilience", "+telemetry", "+provider")


def ladder_table(doc):
    """Each rung of the load test's ladder scenario: time and allocations vs raw, and the step from the rung before."""
    out = ["| operation | rung | µs per call | vs raw | step | bytes per call | vs raw | step (bytes) |",
           "|---|---|---:|---:|---:|---:|---:|---:|"]
    for op in ("search", "add", "get"):
        previous = None
        for rung in LADDER:
            if median_of(doc, "ladder", op, rung, "us_per_op") is None:
                continue
            step = paired_ratio(doc, "ladder", op, rung, previous, "us_per_op") if previous else None
            bytes_now = median_of(doc, "ladder", op, rung, "bytes_per_op")
            bytes_step = bytes_now - median_of(doc, "ladder", op, previous, "bytes_per_op") if previous else None
            out.append("| {} | {} | {} | {} | {} | {} | {} | {} |".format(
                op, rung,
                fmt(median_of(doc, "ladder", op, rung, "us_per_op"), 1),
                fmt(paired_ratio(doc, "ladder", op, rung, "raw", "us_per_op") if rung != "raw" else 1.0, 3),
                fmt(step, 3),
                fmt(bytes_now, 0),
                fmt(paired_ratio(doc, "ladder", op, rung, "raw", "bytes_per_op") if rung != "raw" else 1.0),
                "n/a" if bytes_step is None else f"{bytes_step:+.0f}"))
            previous = rung
    out += ["", "| search at 64 callers | rung | ops/s | vs raw | step |", "|---|---|---:|---:|---:|"]
    previous = None
    for rung in LADDER:
        if median_of(doc, "ladder", "search c=64", rung, "ops_per_s") is None:
            continue
        out.append("| search c=64 | {} | {} | {} | {} |".format(
            rung,
            fmt(median_of(doc, "ladder", "search c=64", rung, "ops_per_s"), 0),
            fmt(paired_ratio(doc, "ladder", "search c=64", rung, "raw", "ops_per_s") if rung != "raw" else 1.0, 3),
            fmt(paired_ratio(doc, "ladder", "search c=64", rung, previous, "ops_per_s") if previous else None, 3)))
        previous = rung
    return "\n".join(out)


def inverse(value):
    return None if not value else 1 / value


def unified_table(before, after):
    """AsyncMemoryClient's time over the provider client's, paired by run (goal: at most 1.10)."""
    out = ["| AsyncMemoryClient time / Mem0Client time | before | after |", "|---|---:|---:|"]
    for c in (1, 16, 64):
        p = f"c={c}"
        out.append("| search, {} callers | {} | {} |".format(
            c, *(fmt(doc and inverse(paired_ratio(doc, "search_throughput", p, "unified", "sdk", "ops_per_s"))) for doc in (before, after))))
    for n in (10000, 100000):
        p = f"n={n}"
        out.append("| walk {:,} memories | {} | {} |".format(
            n, *(fmt(doc and paired_ratio(doc, "walk", p, "unified", "sdk", "ms")) for doc in (before, after))))
    return "\n".join(out)


def peer_table(peer):
    out = ["| workload | .NET SDK | official JS SDK (mem0ai 3.3.1) | .NET / JS |", "|---|---:|---:|---:|"]
    for c in (1, 16, 64):
        p = f"c={c}"
        ours = median_of(peer, "peer_search", p, "dotnet-sdk", "ops_per_s")
        theirs = median_of(peer, "peer_search", p, "mem0ai-js", "ops_per_s")
        out.append(f"| search, {c} callers (ops/s) | {fmt(ours, 0)} | {fmt(theirs, 0)} | "
                   f"{fmt(paired_ratio(peer, 'peer_search', p, 'dotnet-sdk', 'mem0ai-js', 'ops_per_s'))}x |")
    ours = median_of(peer, "peer_walk", "n=10000", "dotnet-sdk", "ms")
    theirs = median_of(peer, "peer_walk", "n=10000", "mem0ai-js", "ms")
    out.append(f"| list 10,000 memories, 200-item pages (ms) | {fmt(ours, 0)} | {fmt(theirs, 0)} | "
               f"{fmt(inverse(paired_ratio(peer, 'peer_walk', 'n=10000', 'dotnet-sdk', 'mem0ai-js', 'ms')))}x faster |")
    return "\n".join(out)


def panel(y0, width, title, groups, series, colors, reference_lines):
    """One panel of horizontal grouped bars starting at y0; returns (svg parts, height). groups: [(label, {series: value})]."""
    bar_h, gap, left, right, top = 12, 8, 310, 60, 48
    values = [v for _, vals in groups for v in vals.values() if v is not None]
    scale_max = max(values + [x for x, _ in reference_lines]) * 1.12
    plot_w = width - left - right
    x = lambda v: left + plot_w * v / scale_max
    parts = [f'<text x="{width / 2}" y="{y0 + 20}" text-anchor="middle" font-size="14" font-weight="bold">{escape(title)}</text>']
    for i, name in enumerate(series):
        parts.append(f'<rect x="{left + i * 200}" y="{y0 + 28}" width="12" height="12" fill="{colors[i]}"/>'
                     f'<text x="{left + i * 200 + 16}" y="{y0 + 38}">{escape(name)}</text>')
    y = y0 + top
    for label, vals in groups:
        parts.append(f'<text x="{left - 8}" y="{y + len(series) * bar_h / 2 + 4}" text-anchor="end">{escape(label)}</text>')
        for i, name in enumerate(series):
            v = vals.get(name)
            if v is not None:
                parts.append(f'<rect x="{left}" y="{y}" width="{x(v) - left:.1f}" height="{bar_h - 2}" fill="{colors[i]}"/>'
                             f'<text x="{x(v) + 4:.1f}" y="{y + bar_h - 3}" font-size="10">{v:.2f}</text>')
            y += bar_h
        y += gap
    for i, (value, name) in enumerate(reference_lines):
        parts.append(f'<line x1="{x(value):.1f}" y1="{y0 + top - 4}" x2="{x(value):.1f}" y2="{y + 12 * i}" stroke="#444" stroke-dasharray="4 3"/>'
                     f'<text x="{x(value):.1f}" y="{y + 12 * i + 11}" text-anchor="middle" font-size="10">{escape(name)}</text>')
    return parts, y - y0 + 20 + 12 * len(reference_lines)


def write_chart(path, panels, width=900):
    body, y = [], 0
    for p in panels:
        if not p[1]:
            continue
        parts, height = panel(y, width, *p)
        body += parts
        y += height + 10
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join([f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{y}" font-family="sans-serif" font-size="12">',
                           f'<rect width="{width}" height="{y}" fill="white"/>'] + body + ["</svg>"]))


def chart_panels(bdn_b, bdn_a, lt_b, lt_a, peer, latency=None):
    colors = ["#c0504d", "#4f81bd"]
    time_groups = []
    for c in (1, 16, 64):
        for who, name in (("sdk", "Mem0Client"), ("unified", "AsyncMemoryClient")):
            vals = {label: inverse(doc and paired_ratio(doc, "search_throughput", f"c={c}", who, "raw", "ops_per_s"))
                    for label, doc in (("before", lt_b), ("after", lt_a))}
            time_groups.append((f"search, {c} callers: {name}", {k: v for k, v in vals.items() if v}))
    for n in (10000, 100000):
        for who, name in (("sdk", "Mem0Client"), ("unified", "AsyncMemoryClient")):
            vals = {label: doc and paired_ratio(doc, "walk", f"n={n}", who, "raw", "ms") for label, doc in (("before", lt_b), ("after", lt_a))}
            time_groups.append((f"walk {n:,} memories: {name}", {k: v for k, v in vals.items() if v}))
    vals = {label: doc and paired_ratio(doc, "cold_start", "first_search", "sdk", "raw", "ms") for label, doc in (("before", lt_b), ("after", lt_a))}
    time_groups.append(("cold start: Mem0Client", {k: v for k, v in vals.items() if v}))
    alloc_groups = []
    for op, label in (("Search", "search"), ("Get", "get"), ("Add", "add"), ("ListPage100", "list page of 100"),
                      ("ListPage200", "list page of 200"), ("MemMachineList100", "MemMachine page of 100")):
        for contender, who in (("Mem0Client", "provider client"), ("MemMachineClient", "provider client"), ("Unified", "AsyncMemoryClient")):
            vals = {name: ratio(data.get((op, contender)), data.get((op, "Raw")), 1) for name, data in (("before", bdn_b), ("after", bdn_a))}
            vals = {k: v for k, v in vals.items() if v}
            if vals:
                alloc_groups.append((f"{label}: {who}", vals))
    peer_groups = []
    if peer:
        for c in (1, 16, 64):
            r = paired_ratio(peer, "peer_search", f"c={c}", "dotnet-sdk", "mem0ai-js", "ops_per_s")
            peer_groups.append((f"search throughput, {c} callers", {"speed-up": r} if r else {}))
        r = inverse(paired_ratio(peer, "peer_walk", "n=10000", "dotnet-sdk", "mem0ai-js", "ms"))
        peer_groups.append(("list 10,000 memories", {"speed-up": r} if r else {}))
    latency_groups = []
    lat = latency or lt_a
    if lat:
        for who, name in (("sdk-default", "default (one page ahead)"),):
            r = inverse(paired_ratio(lat, "latency_20ms", "pages=20", who, "sdk-off", "ms"))
            latency_groups.append((name, {"speed-up": r} if r else {}))
    return [
        ("Time relative to a hand-written HttpClient (load test; 1.0 = raw, lower is better)", time_groups, ["before", "after"], colors,
         [(1.0, "raw"), (1.1, "goal 1.10")]),
        ("Allocations per call relative to the hand-written client (BenchmarkDotNet; lower is better)", alloc_groups, ["before", "after"], colors,
         [(1.0, "raw"), (1.3, "goal 1.3")]),
        ("Prefetch: 20 pages, 20 ms server + 20 ms caller each; speed-up over page by page", latency_groups, ["speed-up"], ["#4f81bd"],
         [(1.0, "page by page"), (1.8, "goal 1.8x")]),
        ("Speed-up over the official JavaScript SDK mem0ai 3.3.1 (higher is better)", peer_groups, ["speed-up"], ["#4f81bd"],
         [(1.0, "same"), (2.0, "goal 2x (listing)"), (6.0, "goal 6x (search)")]),
    ]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", default="before")
    parser.add_argument("--after", default="after")
    parser.add_argument("--peer", default="peer-after")
    parser.add_argument("--latency", default="latency-after", help="a load-test label with more runs of the latency case; falls back to --after")
    parser.add_argument("--ladder", default="ladder", help="a load-test label with the ladder scenario")
    parser.add_argument("--svg", default=os.path.join(ROOT, "docs", "performance.svg"))
    args = parser.parse_args()
    bdn_b, bdn_a = load_bdn(args.before), load_bdn(args.after)
    lt_b, lt_a = load_loadtest(args.before), load_loadtest(args.after)
    peer = load_loadtest(args.peer)
    for doc, name in ((lt_b, "before"), (lt_a, "after"), (peer, "peer")):
        if doc:
            m = doc["machine"]
            print(f"<!-- {name}: {m['date_utc']}, {m['processors']} cores, {m['os']}, {m['runtime']}, load {m['load_average_before']} -> {m['load_average_after']} -->")
    print("### Per operation (BenchmarkDotNet, medians)\n")
    print(bdn_table(bdn_b, bdn_a))
    print("\n### Throughput, listing, latency hiding, cold start (load test, medians of runs)\n")
    print(loadtest_tables(lt_b, lt_a, load_loadtest(args.latency)))
    print("\n### AsyncMemoryClient against the provider client (load test, same runs)\n")
    print(unified_table(lt_b, lt_a))
    ladder = load_loadtest(args.ladder)
    if ladder and any(m["scenario"] == "ladder" for m in ladder["measurements"]):
        print("\n### The SDK's layers one at a time over the socket (load test, ladder scenario, medians of runs)\n")
        print(ladder_table(ladder))
    if peer:
        print("\n### Against the official JavaScript SDK (same server, alternated, medians)\n")
        print(peer_table(peer))

    write_chart(args.svg, chart_panels(bdn_b, bdn_a, lt_b, lt_a, peer, load_loadtest(args.latency)))
    print(f"\n<!-- chart written to {os.path.relpath(args.svg, ROOT)} -->")


if __name__ == "__main__":
    main()
