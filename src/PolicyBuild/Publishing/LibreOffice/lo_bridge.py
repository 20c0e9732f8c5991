#!/usr/bin/env python3
"""Long-running UNO bridge between PolicyBuild and ONE headless LibreOffice.

Protocol: one JSON object per line on stdin, one JSON object per line on stdout.
The first stdout line is a readiness message: {"ok":true,"ready":true,...}.
Every later line answers one request: {"ok":true,...} or {"ok":false,"error":"..."}.
Requests may carry an "id", which is echoed back so the caller can drop stale answers.
Logging goes to stderr only; stdout is reserved for the protocol.

Operations:
  {"op":"pdf","in":"/abs/a.docx","out":"/abs/a.pdf","title":"optional"}   (lo_pdf.py)
  {"op":"ping"}
  {"op":"quit"}
  and those of each --extension module: a Python file with OPS = {"name": handler(office, request)},
  optionally prepare_profile(user_folder) and connected(office) (see lo_office.Office). The tests add
  their paragraph reader this way.

Start-up: soffice is started first (lo_launch.py), then uno is imported and the bridge connects
(lo_office.py) and opens a blank Writer document (lo_warmup.py) before it says it is ready.

Run with the system interpreter that has the uno module (Debian: /usr/bin/python3
with python3-uno). Exit codes: 0 normal, 2 bad arguments, 3 uno module missing,
4 soffice could not be started or connected.
"""

import os
import signal
import sys
import time

# No __pycache__ beside our modules: the installed tool's folder stays as it was packed.
sys.dont_write_bytecode = True

from lo_protocol import log, send  # noqa: E402  (first: it keeps stdout for the protocol)
from lo_launch import Soffice, parent_gone  # noqa: E402  (no UNO: soffice is started before uno is imported)

EXIT_BAD_ARGS = 2
EXIT_NO_UNO = 3
EXIT_NO_SOFFICE = 4


def add_site_packages():
    """PolicyBuild runs the bridge with -S, so that site-packages (where python3-uno puts uno) and their
    .pth files are not read before soffice is started: they are added here, once it is."""
    if sys.flags.no_site and "site" not in sys.modules:
        import site

        site.main()


def uno_missing():
    """Why the uno module cannot be imported (the caller explains the fix), or None."""
    try:
        import uno  # noqa: F401
    except ImportError as exc:
        return "Python module 'uno' not available for %s: %s" % (sys.executable, exc)
    return None


def load_extension(path):
    """Imports an extension module by path; its folder joins sys.path so it can import its neighbours."""
    import importlib.util

    folder = os.path.dirname(os.path.abspath(path))
    if folder not in sys.path:
        sys.path.insert(0, folder)
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def serve(office, ops):
    import json  # here, not at the top: soffice is started before anything slow to import

    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        req_id = None
        try:
            req = json.loads(line)
            req_id = req.get("id")
            op = req.get("op")
            if op == "quit":
                send({"ok": True, "bye": True} if req_id is None
                     else {"ok": True, "bye": True, "id": req_id})
                return
            if op == "ping":
                response = {"ok": True}
            elif op in ops:
                started = time.monotonic()
                response = ops[op](office, req)
                log("%s %s in %.0f ms" % (op, req.get("in"), (time.monotonic() - started) * 1000))
            else:
                raise ValueError("unknown op: %r" % op)
        except Exception as exc:
            log(stack_trace())
            response = {"ok": False, "error": "%s: %s" % (type(exc).__name__, exc)}
        if req_id is not None:
            response["id"] = req_id
        send(response)


USAGE = """usage: lo_bridge.py [--soffice PATH] [--timeout SECONDS] [--profile FOLDER] [--extension MODULE]...
  --soffice    the soffice command (default: soffice on PATH)
  --timeout    seconds to wait for soffice to accept connections (default 60)
  --profile    an empty folder for soffice's profile and temporary files, removed at the end
               (default: a new one in the temporary folder)
  --extension  a Python module adding operations (repeatable)
  --parent     the process id of the program driving the bridge: the bridge stops when it is gone"""


class Arguments:
    def __init__(self):
        self.soffice = None
        self.timeout = 60.0
        self.profile = None
        self.extension = []
        self.parent = None


def parse_arguments(argv):
    """The command line, or None when it is not understood (usage goes to stderr). Read by hand: argparse
    and what it imports took ~15 ms of Python's start, before soffice could be started."""
    args = Arguments()
    rest = list(argv)
    while rest:
        name = rest.pop(0)
        if name not in ("--soffice", "--timeout", "--profile", "--extension", "--parent") or not rest:  # -h too
            sys.stderr.write(USAGE + "\n")
            return None
        value = rest.pop(0)
        if name in ("--timeout", "--parent"):
            try:
                setattr(args, name[2:], float(value) if name == "--timeout" else int(value))
            except ValueError:
                sys.stderr.write("lo_bridge.py: %s takes a number, not %r\n" % (name, value))
                return None
        elif name == "--extension":
            args.extension.append(value)
        else:
            setattr(args, name[2:], value)
    if args.soffice is None:
        import shutil

        args.soffice = shutil.which("soffice") or "soffice"
    return args


def main():
    args = parse_arguments(sys.argv[1:])
    if args is None:
        sys.exit(EXIT_BAD_ARGS)

    log("bridge started")
    if parent_gone(args.parent):
        log("PolicyBuild (pid %d) is gone: nothing to start" % args.parent)
        return EXIT_NO_SOFFICE
    extensions = []
    if args.extension:  # they import uno, and may write into the profile before soffice starts
        add_site_packages()
        missing = uno_missing()
        if missing:
            return no_uno(missing)
        extensions = [load_extension(path) for path in args.extension]

    soffice = Soffice(args.soffice, args.profile, args.parent)
    started = {}

    def stop():
        if "office" in started:
            started["office"].close()
        else:
            soffice.kill()
            soffice.remove_profile()

    def on_signal(signum, _frame):
        log("signal %d: shutting down" % signum)
        stop()
        os._exit(128 + signum)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGHUP, on_signal)

    try:
        try:
            soffice.start(extensions)
        except Exception as exc:
            return not_started(args.soffice, exc)
        # Python's own modules and UNO load while soffice starts.
        add_site_packages()
        missing = uno_missing()
        if missing:
            return no_uno(missing)
        import lo_pdf
        import lo_warmup
        from lo_office import Office
        office = started["office"] = Office(soffice, args.timeout, extensions)
        try:
            office.start()
            lo_warmup.warm(office)
        except Exception as exc:
            return not_started(args.soffice, exc)
        ops = dict(lo_pdf.OPS)
        for extension in extensions:
            ops.update(extension.OPS)
        send({"ok": True, "ready": True, "version": office.version(),
              "profile": office.profile, "pid": office.pid})
        serve(office, ops)  # returns on quit or when stdin closes
        return 0
    finally:
        stop()


def stack_trace():
    """The exception being handled, as Python prints it (traceback is imported only when one happens:
    everything imported before soffice starts delays the start)."""
    import traceback

    return traceback.format_exc()


def no_uno(missing):
    send({"ok": False, "ready": False, "missing": "uno", "error": missing})
    return EXIT_NO_UNO


def not_started(soffice, exc):
    log(stack_trace())
    send({"ok": False, "ready": False, "missing": "soffice",
          "error": "could not start LibreOffice (%s): %s" % (soffice, exc)})
    return EXIT_NO_SOFFICE


if __name__ == "__main__":
    sys.exit(main())
