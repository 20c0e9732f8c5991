"""The bridge's JSON-lines channel: one object per line on the real stdout, logging on stderr.

Importing this module first keeps the protocol channel private: anything else that writes to
fd 1 (soffice, UNO, stray prints) is sent to stderr instead.
"""

import json
import os
import sys

_PROTOCOL = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
os.dup2(2, 1)
sys.stdout = sys.stderr


def log(message):
    sys.stderr.write("lo_bridge: " + message + "\n")
    sys.stderr.flush()


def send(obj):
    _PROTOCOL.write(json.dumps(obj, ensure_ascii=False) + "\n")
    _PROTOCOL.flush()
