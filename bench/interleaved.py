#!/usr/bin/env python3
"""Times commands side by side, interleaved: warm-up rounds, then RUNS rounds in each of which every
command runs once (A B C, A B C, ...). On a shared machine the load drifts over minutes; hyperfine
runs one command's runs in a block and the next command's after it, so a change of load between
the blocks lands on one side only (the same pandoc command measured 4.3 s in one block and 7.3 s in
the next). Interleaved, both sides see the same load. Wall time and CPU time (user + sys of the
process and its children, from wait4) are both reported; CPU time moves far less with the load.

Prints one line per command: name, median wall ms, median CPU ms, min wall ms, max wall ms (tab-separated).
Exits non-zero (printing the command's output) when a command fails.

usage: interleaved.py <runs> <warmup> <name> <command> [<name> <command> ...]
"""
import os, shlex, statistics, subprocess, sys, time

runs, warmup = int(sys.argv[1]), int(sys.argv[2])
pairs = sys.argv[3:]
if len(pairs) % 2 or not pairs:
    sys.exit(__doc__)
commands = [(pairs[i], shlex.split(pairs[i + 1])) for i in range(0, len(pairs), 2)]


def run_once(argv):
    start = time.monotonic()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"interleaved: {shlex.join(argv)} exited {proc.returncode}:\n{output.decode(errors='replace')}")
    return wall * 1000, (usage.ru_utime + usage.ru_stime) * 1000


walls = {name: [] for name, _ in commands}
cpus = {name: [] for name, _ in commands}
for round_number in range(warmup + runs):
    for name, argv in commands:
        wall, cpu = run_once(argv)
        if round_number >= warmup:
            walls[name].append(wall)
            cpus[name].append(cpu)

for name, _ in commands:
    w = walls[name]
    print(f"{name}\t{statistics.median(w):.0f}\t{statistics.median(cpus[name]):.0f}\t{min(w):.0f}\t{max(w):.0f}")
