#!/usr/bin/env python3
"""Benchmark nomix against Nix (nix-instantiate).

For each bench/*.nix program (or those named on the command line) this runs
`nomix eval --strict FILE` and `nix-instantiate --eval --strict FILE`
alternately N times, measuring the wall time and peak resident memory of each
run, checks that both printed the same thing, and prints a table of medians.
It also measures start-up time (`-E 1`).

Ratios are reported, never asserted: the exit status is non-zero only when a
run fails or the two tools print different results.

Standard library only.
"""

import argparse
import json
import math
import os
import shutil
import statistics
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
DEFAULT_NOMIX = os.path.normpath(os.path.join(BENCH_DIR, "..", "build", "cli", "nomix"))
STARTUP_RUNS = 20


class RunResult:
    def __init__(self, seconds, maxrss_kib, status, stdout, stderr):
        self.seconds = seconds
        self.maxrss_kib = maxrss_kib
        self.status = status  # exit code, or -signal
        self.stdout = stdout
        self.stderr = stderr


def run_once(argv):
    """Run argv (argv[0] an absolute path), returning a RunResult.

    The child is started with posix_spawn and reaped with wait4, so that its
    own rusage (ru_maxrss, KiB on Linux) is available; stdout and stderr go to
    temporary files so no pipe can stall the child.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        actions = [
            (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
            (os.POSIX_SPAWN_DUP2, out.fileno(), 1),
            (os.POSIX_SPAWN_DUP2, err.fileno(), 2),
        ]
        start = time.perf_counter()
        pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)
        _, wstatus, rusage = os.wait4(pid, 0)
        elapsed = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    return RunResult(elapsed, rusage.ru_maxrss, os.waitstatus_to_exitcode(wstatus),
                     stdout, stderr)


def rss_floor():
    """Peak RSS that wait4 reports for a trivial child.

    On Linux a child's ru_maxrss also covers the memory it ran in before
    exec, i.e. this Python process's (the spawn shares or copies its address
    space), so ru_maxrss is really max(child's peak, this floor). Values at
    the floor are only upper bounds and are flagged as such.
    """
    true = shutil.which("true") or "/bin/true"
    return max(run_once([true]).maxrss_kib for _ in range(3))


def annotate_floor(result, floor_kib):
    for tool in ("nomix", "nix"):
        med = result[tool]["median_maxrss_kib"]
        result[tool]["maxrss_is_upper_bound"] = med is not None and med <= floor_kib * 1.02


def version_of(exe):
    try:
        res = run_once([exe, "--version"])
    except OSError:
        return None
    lines = res.stdout.strip().splitlines()
    return lines[0] if res.status == 0 and lines else None


def file_id(path):
    st = os.stat(path)
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def resolve_exe(path, what):
    found = shutil.which(path) if os.sep not in path else path
    if not found or not os.path.isfile(found) or not os.access(found, os.X_OK):
        hint = ""
        if what == "nix-instantiate":
            hint = " (install Nix, e.g. `apt-get install nix-bin`, or pass --nix PATH)"
        elif what == "nomix":
            hint = " (build nomix first, or pass --nomix PATH)"
        sys.exit(f"run.py: cannot find {what} executable {path!r}{hint}")
    return os.path.abspath(found)


def find_programs(names):
    if not names:
        return sorted(os.path.join(BENCH_DIR, f) for f in os.listdir(BENCH_DIR)
                      if f.endswith(".nix"))
    progs = []
    for name in names:
        candidates = [name, os.path.join(BENCH_DIR, name),
                      os.path.join(BENCH_DIR, name + ".nix")]
        for c in candidates:
            if os.path.isfile(c):
                progs.append(os.path.abspath(c))
                break
        else:
            sys.exit(f"run.py: no such benchmark program: {name}")
    return progs


def describe_failure(tool, res):
    how = f"exit status {res.status}" if res.status >= 0 else f"signal {-res.status}"
    msg = res.stderr.strip()
    if len(msg) > 2000:
        msg = msg[:2000] + " ..."
    return f"{tool} failed ({how}){': ' + msg if msg else ''}"


def measure(label, nomix_argv, nix_argv, runs, warmup, progress):
    """Alternate the two commands; return a dict of results and a list of problems."""
    problems = []
    failed = False
    samples = {"nomix": [], "nix": []}
    outputs = {"nomix": None, "nix": None}
    for i in range(warmup + runs):
        timed = i >= warmup
        if progress:
            what = "warm-up" if not timed else f"run {i - warmup + 1}/{runs}"
            print(f"  {label}: {what}", file=sys.stderr, flush=True)
        for tool, argv in (("nomix", nomix_argv), ("nix", nix_argv)):
            res = run_once(argv)
            if res.status != 0:
                failed = True
                problems.append(f"{label}: {describe_failure(tool, res)}")
                continue
            if outputs[tool] is None:
                outputs[tool] = res.stdout
            elif outputs[tool] != res.stdout:
                problems.append(f"{label}: {tool} printed different output on different runs: "
                                f"{outputs[tool]!r} vs {res.stdout!r}")
            if timed:
                samples[tool].append(res)
        if problems:
            break  # no point in timing something that fails
    if outputs["nomix"] is not None and outputs["nix"] is not None \
            and outputs["nomix"] != outputs["nix"]:
        problems.append(f"{label}: OUTPUT MISMATCH\n"
                        f"    nomix printed: {outputs['nomix'].rstrip()!r}\n"
                        f"    nix printed:   {outputs['nix'].rstrip()!r}")

    result = {"name": label, "failed": failed, "output": outputs["nix"] if outputs["nix"] is not None
              else outputs["nomix"], "outputs_match": outputs["nomix"] == outputs["nix"]
              and outputs["nix"] is not None}
    for tool in ("nomix", "nix"):
        times = [r.seconds for r in samples[tool]]
        rss = [r.maxrss_kib for r in samples[tool]]
        result[tool] = {
            "times_s": times,
            "maxrss_kib": rss,
            "median_s": statistics.median(times) if times else None,
            "median_maxrss_kib": statistics.median(rss) if rss else None,
        }
    t1, t2 = result["nomix"]["median_s"], result["nix"]["median_s"]
    m1, m2 = result["nomix"]["median_maxrss_kib"], result["nix"]["median_maxrss_kib"]
    result["time_ratio"] = t1 / t2 if t1 is not None and t2 else None
    result["mem_ratio"] = m1 / m2 if m1 is not None and m2 else None
    return result, problems


def fmt(v, spec, unit=""):
    return "-" if v is None else format(v, spec) + unit


def fmt_rss(result, tool):
    kib = result[tool]["median_maxrss_kib"]
    if kib is None:
        return "-"
    return ("<=" if result[tool].get("maxrss_is_upper_bound") else "") + f"{kib / 1024:.1f} MiB"


def fmt_mem_ratio(result):
    ratio = result["mem_ratio"]
    if ratio is None:
        return "-"
    a = result["nomix"].get("maxrss_is_upper_bound")
    b = result["nix"].get("maxrss_is_upper_bound")
    prefix = "?" if a and b else "<=" if a else ">=" if b else ""
    return f"{prefix}{ratio:.2f}x"


def geomean(xs):
    xs = [x for x in xs if x is not None and x > 0]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def print_table(results, startup, runs, floor_kib):
    header = ["program", "nomix time", "nix time", "ratio", "nomix RSS", "nix RSS",
              "mem ratio", "result"]
    rows = []
    for r in results:
        out = (r["output"] or "").strip()
        if len(out) > 20:
            out = out[:17] + "..."
        if r["failed"]:
            out = "FAILED"
        elif not r["outputs_match"]:
            out = "MISMATCH"
        rows.append([
            r["name"],
            fmt(r["nomix"]["median_s"], ".3f", " s"),
            fmt(r["nix"]["median_s"], ".3f", " s"),
            fmt(r["time_ratio"], ".2f", "x"),
            fmt_rss(r, "nomix"),
            fmt_rss(r, "nix"),
            fmt_mem_ratio(r),
            out,
        ])
    rows.append(["(geomean)", "", "", fmt(geomean([r["time_ratio"] for r in results]), ".2f", "x"),
                 "", "", fmt(geomean([r["mem_ratio"] for r in results]), ".2f", "x"), ""])
    widths = [max(len(str(row[i])) for row in [header] + rows) for i in range(len(header))]

    def line(row):
        cells = [str(c).ljust(w) if i in (0, len(row) - 1) else str(c).rjust(w)
                 for i, (c, w) in enumerate(zip(row, widths))]
        return "  ".join(cells).rstrip()

    print(f"Median of {runs} runs each (wall time, peak RSS); ratio = nomix / nix.")
    print(line(header))
    print(line(["-" * w for w in widths]))
    for row in rows[:-1]:
        print(line(row))
    print(line(["-" * w for w in widths]))
    print(line(rows[-1]))
    if startup is not None:
        s1, s2 = startup["nomix"]["median_s"], startup["nix"]["median_s"]
        print()
        print(f"Start-up (`-E 1`, median of {startup['runs']} runs): "
              f"nomix {fmt(s1 and s1 * 1000, '.1f', ' ms')}, "
              f"nix {fmt(s2 and s2 * 1000, '.1f', ' ms')}, "
              f"ratio {fmt(startup['time_ratio'], '.2f', 'x')}; "
              f"peak RSS nomix {fmt_rss(startup, 'nomix')}, nix {fmt_rss(startup, 'nix')}")
    flagged = [r for r in results + ([startup] if startup else [])
               if r["nomix"].get("maxrss_is_upper_bound") or r["nix"].get("maxrss_is_upper_bound")]
    if flagged:
        print()
        print(f"<= : at the {floor_kib / 1024:.1f} MiB floor that ru_maxrss reports for any child of "
              f"this script (it includes the\n     parent's memory before exec), so only an upper "
              f"bound; memory ratios marked <=, >= or ? are bounds.")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("programs", nargs="*",
                    help="benchmark programs (NAME, NAME.nix or a path); default: all bench/*.nix")
    ap.add_argument("--nomix", default=DEFAULT_NOMIX,
                    help=f"nomix executable (default: {DEFAULT_NOMIX})")
    ap.add_argument("--nix", default="nix-instantiate",
                    help="nix-instantiate executable (default: nix-instantiate from PATH)")
    ap.add_argument("-n", "--runs", type=int, default=5,
                    help="timed runs of each tool per program (default: 5)")
    ap.add_argument("--warmup", type=int, default=1,
                    help="untimed (but checked) runs of each tool first (default: 1)")
    ap.add_argument("--startup-runs", type=int, default=STARTUP_RUNS,
                    help=f"runs for the start-up measurement, 0 to skip (default: {STARTUP_RUNS})")
    ap.add_argument("--json", action="store_true", help="print machine-readable results")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("-n must be at least 1")
    if args.warmup < 0 or args.startup_runs < 0:
        ap.error("--warmup and --startup-runs must not be negative")

    nomix = resolve_exe(args.nomix, "nomix")
    nix = resolve_exe(args.nix, "nix-instantiate")
    programs = find_programs(args.programs)
    progress = not args.quiet

    versions = {"nomix": version_of(nomix), "nix": version_of(nix)}
    nomix_id = file_id(nomix)
    floor_kib = rss_floor()
    results, problems = [], []
    for prog in programs:
        label = os.path.basename(prog)
        if label.endswith(".nix"):
            label = label[:-4]
        r, p = measure(label, [nomix, "eval", "--strict", prog],
                       [nix, "--eval", "--strict", prog], args.runs, args.warmup, progress)
        results.append(r)
        problems.extend(p)

    startup = None
    if args.startup_runs:
        startup, p = measure("start-up", [nomix, "eval", "-E", "1"],
                             [nix, "--eval", "-E", "1"], args.startup_runs, args.warmup,
                             False)
        startup["runs"] = args.startup_runs
        problems.extend(p)

    floor_kib = max(floor_kib, rss_floor())
    warnings = []
    try:
        if file_id(nomix) != nomix_id:
            warnings.append(f"{nomix} changed (was rebuilt?) while the benchmarks ran; "
                            f"the results may mix two builds")
    except OSError:
        warnings.append(f"{nomix} disappeared while the benchmarks ran")
    for r in results + ([startup] if startup else []):
        annotate_floor(r, floor_kib)

    if args.json:
        json.dump({"nomix": nomix, "nix": nix, "runs": args.runs, "warmup": args.warmup,
                   "maxrss_floor_kib": floor_kib, "versions": versions,
                   "warnings": warnings, "programs": results, "startup": startup, "problems": problems},
                  sys.stdout, indent=2)
        print()
    else:
        print(f"nomix: {nomix} ({versions['nomix'] or 'version unknown'})")
        print(f"nix:   {nix} ({versions['nix'] or 'version unknown'})\n")
        print_table(results, startup, args.runs, floor_kib)

    for w in warnings:
        print(f"\nWARNING: {w}", file=sys.stderr)
    if problems:
        bar = "!" * 72
        print(f"\n{bar}\nPROBLEMS ({len(problems)}):", file=sys.stderr)
        for p in problems:
            print(f"  * {p}", file=sys.stderr)
        print(bar, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
