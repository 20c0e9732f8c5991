#!/usr/bin/env python3
"""Where a `build --pdf` spends its time: runs the command once with POLICYBUILD_LO_LOG set and prints
each LibreOffice session's log lines (bridge started, soffice connected, Writer ready, warm-up, each
document's load / fields / export, stop) in ms since the command started, then the command's own
--verbose step timings (the build that runs meanwhile).

usage: bench/pdf-timeline.py <policybuild> build <policy> --pdf --out <dir> [more options]
"""
import os
import subprocess
import sys
import tempfile
import time

if len(sys.argv) < 3:
    sys.exit(__doc__)
folder = tempfile.mkdtemp(prefix="pdf-timeline-")
log = os.path.join(folder, "bridges.log")
command = sys.argv[1:] + ["--verbose"]
start = time.time()
run = subprocess.run(command, env=dict(os.environ, POLICYBUILD_LO_LOG=log), capture_output=True, text=True)
end = time.time()
if run.returncode != 0:
    sys.exit(f"pdf-timeline: {' '.join(command)} exited {run.returncode}:\n{run.stdout}{run.stderr}")

sessions = {}
with open(log, encoding="utf-8") as lines:
    for line in lines:
        stamp, pid, message = line.rstrip("\n").split(" ", 2)
        if message.startswith("starting: "):
            message = "starting soffice"
        session = sessions.setdefault(pid, len(sessions) + 1)
        print(f"{(float(stamp) - start) * 1000:7.0f} ms  session {session}  {message}")
print(f"{(end - start) * 1000:7.0f} ms  exited")
for line in run.stderr.splitlines():
    if line.startswith("time:"):
        print("  " + line)
for line in run.stdout.splitlines():
    if line.startswith("pdf:") and "converting" not in line:
        print("  " + line)
os.remove(log)
os.rmdir(folder)
