"""The figures of bench/http.py: the machine, the tables, and docs/performance.md
(only the part between the bench markers is replaced)."""

import os
import platform
import re
from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "performance.md"


def machine() -> str:
    cpu = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
    memory = re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text())
    return (
        f"{cpu.group(1).strip() if cpu else platform.processor()}, "
        f"{os.cpu_count()} cores, {int(memory.group(1)) // 1024 // 1024} GB RAM, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}"
    )


def _table(results: dict) -> list[str]:
    baseline = results["baseline: ok view"]["rps"]
    lines = [
        "| page | req/s | p50 ms | p95 ms | p99 ms | errors | × baseline |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, figures in results.items():
        lines.append(
            f"| {name} | {figures['rps']:.0f} | {figures['p50']:.1f} | "
            f"{figures['p95']:.1f} | {figures['p99']:.1f} | {figures['errors']} | "
            f"{figures['rps'] / baseline:.2f} |"
        )
    return lines


def report(run: dict) -> str:
    writes = run["writes"]
    lines = [
        f"Run {run['date']} — `{run['command']}`",
        "",
        f"- machine: {run['machine']}",
        f"- database: {run['database']}; data: {run['counts']}",
        f"- data generated in {run['timings']} s",
        "- gunicorn: 2 sync workers on 127.0.0.1; wrk: 2 threads, 16 connections, "
        f"{run['duration']} s per page after a 2 s warm-up",
        "",
        "Page cache off (every request builds the page):",
        "",
        *_table(run["uncached"]),
        "",
        "Every cache off (nothing kept between requests: routes, fragments, facet "
        "counts, terms, restricted pages; what a request costs on a cold cache):",
        "",
        *_table(run["cold"]),
        "",
        "Page cache on (anonymous pages; the forum topic is read by a signed-in "
        "member, so never from the cache):",
        "",
        *_table(run["cached"]),
        "",
        f"Worker RSS after the run (MB): {run['rss']}",
        "",
        f"Forum writes ({writes['database']}): {writes['posters']} posters, offered "
        f"{writes['offered_rate']} posts/s for {writes['seconds']} s: "
        f"{writes['rate']:.0f} posts/s acknowledged, p50 {writes['p50']:.1f} ms, "
        f"p95 {writes['p95']:.1f} ms, p99 {writes['p99']:.1f} ms, "
        f"{writes['errors']} errors; {writes['acknowledged']} acknowledged posts, "
        f"{writes['stored_once']} stored exactly once, {writes['missing']} missing, "
        f"{writes['duplicated']} duplicated.",
        "",
        f"Closed loop (each poster sends the next post when the last is answered): "
        f"{writes['closed_rate']:.0f} posts/s, p95 {writes['closed_p95']:.1f} ms.",
    ]
    return "\n".join(lines)


def write_doc(text: str) -> None:
    start, end = "<!-- bench:start -->", "<!-- bench:end -->"
    doc = DOC.read_text() if DOC.exists() else f"# Performance\n\n{start}\n{end}\n"
    before, rest = doc.split(start, 1)
    after = rest.split(end, 1)[1]
    DOC.write_text(f"{before}{start}\n{text}\n{end}{after}")
