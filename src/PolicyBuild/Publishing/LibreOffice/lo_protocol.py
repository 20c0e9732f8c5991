"""The bridge's JSON-lines channel: one object per line on the real stdout, logging on stderr.

Importing this module first keeps the protocol channel private: anything else that writes to
fd 1 (soffice, UNO, stray prints) is sent to stderr instead. json is imported with the first answer,
which comes after soffice has been started (lo_launch.py says why imports wait).
"""

import os
import sys
import time

_PROTOCOL = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
os.dup2(2, 1)
sys.stdout = sys.stderr


# A file to which every bridge appends its log too, each line stamped with the clock time (seconds
# since the epoch) and the bridge's pid: bench/pdf-timeline.py lines the sessions up with it.
_LOG_FILE = os.environ.get("POLICYBUILD_LO_LOG")


def log(message):
    sys.stderr.write("lo_bridge: " + message + "\n")
    sys.stderr.flush()
    if _LOG_FILE:
        with open(_LOG_FILE, "a", encoding="utf-8") as f:
            f.write("%.3f %d %s\n" % (time.time(), os.getpid(), message))


def send(obj):
    import json

    _PROTOCOL.write(json.dumps(obj, ensure_ascii=False) + "\n")
    _PROTOCOL.flush()
