#!/usr/bin/env python3
"""Throughput, start-up time and peak memory of `warta annotate --format jsonl`.

Prints figures; it is not a test and ctest never runs it (bench/README.md).

Corpus: the 1000 Detik articles of detik-1000 (CSV, column isi_berita),
written as JSONL into a temporary directory, then repeated into 1 MB, 10 MB
and 100 MB files.  Skips cleanly when the CSV is absent.

    bench/bench.py [-b BUILD] [--csv PATH] [--plugins LIST] [--jobs 1,2] [--quick]

Measures, with the four plugins (or --plugins):
  - start-up: `warta annotate` on empty input, all plugins loaded, 20 runs;
  - throughput in MB/s of JSONL input, best of 3 runs (1 on 100 MB), for
    each size and each -j; seconds per MB shows whether cost is linear;
  - peak RSS (getrusage of the child) on each file: streaming means the
    100 MB file needs no more than the 1 MB one.
"""
import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CSV = "/work/shared/data/raw-id/detik-1000/data_berita.csv"
FOUR = "locations,organizations,officials,quotes"
MB = 1 << 20


def extract(csv_path, out_path):
    csv.field_size_limit(1 << 30)
    n = 0
    with open(csv_path, encoding="utf-8", newline="") as f, open(out_path, "w", encoding="utf-8") as out:
        for row in csv.DictReader(f):
            text = row.get("isi_berita") or ""
            if not text.strip():
                continue
            rec = {"id": "detik-%s" % row.get("id", n), "text": text, "lang": "id"}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


def repeat_to(src, dst, size):
    """Whole lines of src, cycled until dst holds `size` bytes (ids kept unique)."""
    with open(src, encoding="utf-8") as f:
        lines = [json.loads(l) for l in f if l.strip()]
    written, rnd = 0, 0
    with open(dst, "w", encoding="utf-8") as out:
        while written < size:
            for rec in lines:
                r = dict(rec, id="%s.%d" % (rec["id"], rnd))
                s = json.dumps(r, ensure_ascii=False) + "\n"
                out.write(s)
                written += len(s.encode("utf-8"))
                if written >= size:
                    break
            rnd += 1


def run(cmd):
    """Wall and CPU (user + system) seconds of one run of cmd, output discarded.
    CPU time hardly moves when other work shares the machine; wall time does."""
    t0 = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        try:
            os.execv(cmd[0], cmd)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit("bench: %s exited with %d" % (" ".join(cmd), code))
    return wall, usage.ru_utime + usage.ru_stime


def run_rss(cmd):
    """Peak RSS in MB of one run.  /usr/bin/time measures the command alone;
    a child forked from Python would count Python's own pages before exec."""
    if os.access("/usr/bin/time", os.X_OK):
        with tempfile.NamedTemporaryFile("r") as f:
            subprocess.run(["/usr/bin/time", "-f", "%M", "-o", f.name] + cmd,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return int(f.read().split()[-1]) / 1024.0
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        try:
            os.execv(cmd[0], cmd)
        finally:
            os._exit(127)
    _, _, usage = os.wait4(pid, 0)
    return usage.ru_maxrss / 1024.0  # an upper bound: includes this Python


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-b", "--build", default=os.path.join(ROOT, "build-perf"))
    ap.add_argument("--csv", default=os.environ.get("WARTA_BENCH_CSV", DEFAULT_CSV))
    ap.add_argument("--plugins", default=FOUR, help="comma-separated, or 'all'")
    ap.add_argument("--jobs", default="1,2")
    ap.add_argument("--quick", action="store_true", help="1 MB and 10 MB only, one run each")
    ap.add_argument("--keep", help="write the generated JSONL files here instead of a temp dir")
    a = ap.parse_args()

    warta = os.path.join(a.build, "warta")
    plugin_dir = os.path.join(a.build, "plugins")
    if not os.path.exists(a.csv):
        print("bench: %s is absent: nothing to measure (skipped)" % a.csv)
        return 0
    if not os.access(warta, os.X_OK):
        sys.exit("bench: no %s; build first: cmake -S . -B %s -DCMAKE_BUILD_TYPE=Release && "
                 "cmake --build %s -j2" % (warta, a.build, a.build))
    base = [warta, "annotate", "-q", "--format", "jsonl", "--plugin-dir", plugin_dir]
    if a.plugins != "all":
        base += ["--plugins", a.plugins]

    tmp = a.keep or tempfile.mkdtemp(prefix="warta-bench-")
    os.makedirs(tmp, exist_ok=True)
    try:
        detik = os.path.join(tmp, "detik-1000.jsonl")
        n = extract(a.csv, detik)
        files = [("detik-1000", detik)]
        sizes = [1, 10] if a.quick else [1, 10, 100]
        for mb in sizes:
            p = os.path.join(tmp, "detik-%dmb.jsonl" % mb)
            repeat_to(detik, p, mb * MB)
            files.append(("%d MB" % mb, p))

        cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"],
                             capture_output=True, text=True).stdout.strip()
        print("warta annotate --format jsonl, plugins: %s" % a.plugins)
        print("machine: %s, %d cores; build: %s" % (cpu or "?", os.cpu_count() or 0, a.build))
        print("corpus: %d Detik articles, %.2f MB of JSONL" % (n, os.path.getsize(detik) / MB))
        print()

        empty = os.path.join(tmp, "empty.txt")
        open(empty, "w").close()
        times = sorted(run(base + [empty])[0] for _ in range(20))
        print("start-up (empty input, plugins loaded), 20 runs: min %.1f ms, median %.1f ms" %
              (times[0] * 1e3, times[10] * 1e3))
        print("peak RSS at start-up: %.1f MB" % run_rss(base + [empty]))
        print()

        jobs = [int(j) for j in a.jobs.split(",") if j]
        print("load average before: %s" % " ".join(open("/proc/loadavg").read().split()[:3]))
        print("%-11s %8s %3s %8s %8s %9s %8s %9s %9s" % ("input", "MB", "-j", "wall s", "MB/s", "s per MB",
                                                        "CPU s", "CPU MB/s", "peak RSS"))
        for name, path in files:
            size = os.path.getsize(path) / MB
            for j in jobs:
                cmd = base + ["-j", str(j), path]
                reps = 1 if a.quick or size > 50 else 3
                runs = [run(cmd) for _ in range(reps)]
                best = min(w for w, _ in runs)
                cpu = min(c for _, c in runs)
                rss = run_rss(cmd)
                print("%-11s %8.2f %3d %8.3f %8.2f %9.4f %8.3f %9.2f %6.1f MB" %
                      (name, size, j, best, size / best, best / size, cpu, size / cpu, rss))
        return 0
    finally:
        if not a.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
