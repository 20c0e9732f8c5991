#!/usr/bin/env python3
"""Save -> rebuilt redline latency of `policybuild watch`, beyond its quiet period.

Starts `watch` on a policy folder, then, RUNS times, edits one clause file and times from the
moment the save is complete to the moment watch prints that the rebuild was written. Prints the
median in milliseconds, minus the quiet period (watch waits that long after the last save, as
editors save in bursts), so the figure is the tool's own work.

usage: watch-latency.py <policybuild> <policy-folder> <out-folder> <clause-file> [runs] [quiet-ms]
"""
import os, signal, statistics, subprocess, sys, threading, time

cli, policy, out, clause = sys.argv[1:5]
runs = int(sys.argv[5]) if len(sys.argv) > 5 else 5
quiet_ms = float(sys.argv[6]) if len(sys.argv) > 6 else 200.0

proc = subprocess.Popen([cli, "watch", policy, "--out", out], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
events = []  # (monotonic time, line)
cond = threading.Condition()

def read():
    for line in proc.stdout:
        with cond:
            events.append((time.monotonic(), line.rstrip("\n")))
            cond.notify_all()

threading.Thread(target=read, daemon=True).start()

def wait_for(prefix, after, timeout=60):
    deadline = time.monotonic() + timeout
    with cond:
        while True:
            for t, line in events[after:]:
                if line.startswith(prefix):
                    return t
            failed = any(line.startswith("build failed") for _, line in events[after:])
            if failed or time.monotonic() > deadline or proc.poll() is not None:
                sys.exit(f"watch-latency: no '{prefix}' line from watch; it printed:\n" + "\n".join(l for _, l in events))
            cond.wait(0.05)

try:
    wait_for("watching", 0)
    original = open(clause, encoding="utf-8").read()
    samples = []
    for i in range(runs):
        time.sleep(0.5)  # let the previous build and any late file events settle
        seen = len(events)
        with open(clause, "w", encoding="utf-8") as f:
            f.write(original.rstrip("\n") + (" amended" * (i % 2 + 1)) + "\n")
        saved = time.monotonic()
        built = wait_for("built in", seen)
        samples.append((built - saved) * 1000 - quiet_ms)
    open(clause, "w", encoding="utf-8").write(original)
    print(f"{statistics.median(samples):.0f}")
    print("samples beyond the quiet period (ms): " + " ".join(f"{s:.0f}" for s in samples), file=sys.stderr)
finally:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
