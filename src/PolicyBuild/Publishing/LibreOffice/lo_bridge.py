#!/usr/bin/env python3
"""Long-running UNO bridge between PolicyBuild and ONE headless LibreOffice.

Protocol: one JSON object per line on stdin, one JSON object per line on stdout.
The first stdout line is a readiness message: {"ok":true,"ready":true,...}.
Every later line answers one request: {"ok":true,...} or {"ok":false,"error":"..."}.
Requests may carry an "id", which is echoed back so the caller can drop stale answers.
Logging goes to stderr only; stdout is reserved for the protocol.

Operations:
  {"op":"pdf","in":"/abs/a.docx","out":"/abs/a.pdf","title":"optional"}
  {"op":"paragraphs","in":"/abs/a.docx","revisions":"accept"|"reject"|"keep"}
  {"op":"ping"}
  {"op":"quit"}

Paragraphs are read by a walker that normally runs inside soffice as a Python macro
(needs libreoffice-script-provider-python); otherwise, or with --remote-walker, the same
code runs in this process over UNO, about 20x slower.

Run with the system interpreter that has the uno module (Debian: /usr/bin/python3
with python3-uno). Exit codes: 0 normal, 2 bad arguments, 3 uno module missing,
4 soffice could not be started or connected.
"""

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import uuid

# Keep the protocol channel private: anything else that writes to fd 1
# (soffice, UNO, stray prints) is sent to stderr instead.
_PROTOCOL = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
os.dup2(2, 1)
sys.stdout = sys.stderr

EXIT_BAD_ARGS = 2
EXIT_NO_UNO = 3
EXIT_NO_SOFFICE = 4
PYTHON_PROVIDER = "com.sun.star.script.provider.ScriptProviderForPython"


def log(message):
    sys.stderr.write("lo_bridge: " + message + "\n")
    sys.stderr.flush()


def send(obj):
    _PROTOCOL.write(json.dumps(obj, ensure_ascii=False) + "\n")
    _PROTOCOL.flush()


try:
    import uno
    from com.sun.star.beans import PropertyValue
    from com.sun.star.connection import NoConnectException
except ImportError as exc:  # reported as a protocol line so the caller can explain the fix
    send({"ok": False, "ready": False, "missing": "uno",
          "error": "Python module 'uno' not available for %s: %s" % (sys.executable, exc)})
    sys.exit(EXIT_NO_UNO)


# Written into the fresh profile before soffice starts. Lock files off: with no user to
# answer "document in use", a stale .~lock file (left by a killed soffice, or by someone
# who has the document open) silently makes an editable load read-only.
PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="UseDocumentOOoLockFile" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="UseDocumentSystemFileLocking" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
"""


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def props(**kwargs):
    return tuple(prop(k, v) for k, v in kwargs.items())


def profile_seed_dir():
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(cache, "policybuild", "lo-profile-seed")


def seed_profile(user):
    """Starts each run's own, isolated profile from a copy of one LibreOffice already
    initialised: creating a profile from nothing costs a few hundred ms of every start."""
    seed = profile_seed_dir()
    if os.path.isdir(seed):
        try:
            shutil.copytree(seed, user)
            log("profile seeded from " + seed)
            return
        except OSError as exc:
            log("profile seed not usable (%s); starting from an empty profile" % exc)
            shutil.rmtree(user, ignore_errors=True)
    os.makedirs(user)


def save_profile_seed(user):
    """Keeps the initialised profile (without our documents, locks or macros) for the next run."""
    seed = profile_seed_dir()
    if os.path.isdir(seed) or not os.path.isdir(user):
        return
    staging = seed + ".%d.tmp" % os.getpid()
    try:
        ignore = shutil.ignore_patterns("doc-*", ".lock*", ".~lock*", "Scripts")
        shutil.copytree(user, staging, ignore=ignore)
        os.rename(staging, seed)
        log("saved profile seed to " + seed)
    except OSError as exc:
        log("could not save a profile seed: %s" % exc)
        shutil.rmtree(staging, ignore_errors=True)


class Office:
    """Owns the soffice process, its temporary profile and the UNO connection."""

    def __init__(self, soffice, timeout, in_process_walker=True):
        self.soffice = soffice
        self.timeout = timeout
        self.in_process_walker = in_process_walker
        self.profile = tempfile.mkdtemp(prefix="policybuild-lo-")
        self.pipe = "policybuild_%d_%s" % (os.getpid(), uuid.uuid4().hex[:12])
        self.proc = None
        self.ctx = None
        self.desktop = None
        self.smgr = None
        self.walker = None
        self._closed = False
        self._lock = threading.Lock()

    def start(self):
        user = os.path.join(self.profile, "user")
        scripts = os.path.join(user, "Scripts", "python")
        seed_profile(user)
        os.makedirs(scripts, exist_ok=True)
        with open(os.path.join(user, "registrymodifications.xcu"), "w", encoding="utf-8") as f:
            f.write(PROFILE_SETTINGS)
        with open(os.path.join(scripts, WALKER_MODULE), "w", encoding="utf-8") as f:
            f.write(WALKER_SOURCE)
        args = [
            self.soffice,
            "--headless", "--invisible", "--nologo", "--norestore",
            "--nodefault", "--nolockcheck", "--nofirststartwizard",
            "-env:UserInstallation=" + uno.systemPathToFileUrl(self.profile),
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe,
        ]
        log("starting: " + " ".join(args))
        # Own process group so the whole soffice tree (oosplash + soffice.bin) can be ended.
        self.proc = subprocess.Popen(
            args, stdin=subprocess.DEVNULL, stdout=sys.stderr, stderr=sys.stderr,
            start_new_session=True, env=soffice_environment())
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        url = "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe
        deadline = time.monotonic() + self.timeout
        # Poll often: soffice is usually ready within 1-1.5 s and every late poll is added to the
        # start of a PDF run (the publishing target is 1.3x one bare conversion).
        delay = 0.025
        last_error = None
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError("soffice exited with code %d before accepting connections"
                                   % self.proc.returncode)
            try:
                self.ctx = resolver.resolve(url)
                break
            except NoConnectException as exc:
                last_error = exc
            if time.monotonic() >= deadline:
                raise RuntimeError("timed out after %.1fs connecting to soffice: %s"
                                   % (self.timeout, last_error))
            time.sleep(delay)
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        log("connected to soffice pid %d" % self.proc.pid)
        if self.in_process_walker:
            self.walker = self._find_walker()

    def _find_walker(self):
        if PYTHON_PROVIDER not in self.smgr.getAvailableServiceNames():
            log("in-process paragraph walker unavailable (no %s); reading paragraphs over UNO, "
                "which is slower: install libreoffice-script-provider-python" % PYTHON_PROVIDER)
            return None
        try:
            factory = self.smgr.createInstanceWithContext(
                "com.sun.star.script.provider.MasterScriptProviderFactory", self.ctx)
            return factory.createScriptProvider("").getScript(WALKER_URI)
        except Exception as exc:
            log("in-process paragraph walker unavailable (%s); reading paragraphs over UNO, "
                "which is slower" % exc)
            return None

    def version(self):
        try:
            cp = self.smgr.createInstanceWithArgumentsAndContext(
                "com.sun.star.configuration.ConfigurationProvider", (), self.ctx)
            access = cp.createInstanceWithArguments(
                "com.sun.star.configuration.ConfigurationAccess",
                (prop("nodepath", "/org.openoffice.Setup/Product"),))
            return "%s %s" % (access.getByName("ooName"), access.getByName("ooSetupVersionAboutBox"))
        except Exception:  # version is informational only
            return ""

    def load(self, path, editable=False):
        if not os.path.isabs(path):
            raise ValueError("path must be absolute: " + path)
        if not os.path.isfile(path):
            raise FileNotFoundError("no such file: " + path)
        url = uno.systemPathToFileUrl(path)
        # Hidden: no window; macros never run. Accept/reject-all refuses to act on a
        # read-only document, so those loads are editable (of a private copy, see
        # op_paragraphs); nothing is ever stored back.
        doc = self.desktop.loadComponentFromURL(url, "_blank", 0, props(
            Hidden=True, ReadOnly=not editable, MacroExecutionMode=0, UpdateDocMode=0))
        if doc is None:
            raise RuntimeError("LibreOffice could not load " + path)
        return doc

    def close(self):
        with self._lock:
            if self._closed:
                return
            self._closed = True
        try:
            if self.desktop is not None:
                self.desktop.terminate()
        except Exception:  # the bridge dies with soffice; that is expected
            pass
        if self.proc is not None:
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                log("soffice did not exit; killing process group")
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self.proc.wait()
            # oosplash may leave soffice.bin behind if terminated oddly.
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        if self.ctx is not None:
            save_profile_seed(os.path.join(self.profile, "user"))
        shutil.rmtree(self.profile, ignore_errors=True)
        log("soffice stopped, profile removed")


def soffice_environment():
    """The environment for soffice, safe for the Python embedded in it.

    A foreign python3 early on PATH (e.g. pyenv's versions/X/bin, or an activated
    virtualenv) breaks soffice's embedded Python: the script provider then fails with
    std::bad_alloc or "can't import __main__ module" (reproduced 15 of 15 times with
    pyenv's python3 first on PATH). Put this interpreter's folder first - the one that
    has uno, so the one LibreOffice was built against - and drop variables that
    redirect Python to another installation.
    """
    env = dict(os.environ)
    for name in ("PYTHONHOME", "PYTHONPATH", "VIRTUAL_ENV"):
        env.pop(name, None)
    here = os.path.dirname(os.path.realpath(sys.executable))
    rest = [p for p in env.get("PATH", "").split(os.pathsep) if p and p != here]
    env["PATH"] = os.pathsep.join([here] + rest)
    return env


def close_doc(doc):
    try:
        doc.close(True)
    except Exception:
        try:
            doc.dispose()
        except Exception:
            pass


def show_changes(doc):
    """Make tracked changes visible so the PDF shows them as mark-up."""
    try:
        doc.setPropertyValue("ShowChanges", True)
    except Exception as exc:
        log("could not set ShowChanges: %s" % exc)


def update_page_numbers(doc):
    """Fill in the contents' page numbers now that the pages are laid out: a TOC field is an index LibreOffice
    rebuilds (with page numbers and links); a marked document's tracked contents have PAGEREF fields."""
    try:
        indexes = doc.getDocumentIndexes()
        for i in range(indexes.getCount()):
            indexes.getByIndex(i).update()
    except Exception as exc:
        log("could not update indexes: %s" % exc)
    try:
        doc.getTextFields().refresh()
    except Exception as exc:
        log("could not refresh fields: %s" % exc)


def op_pdf(office, req):
    src = req["in"]
    out = req["out"]
    if not os.path.isabs(out):
        raise ValueError("out must be absolute: " + out)
    tmp = out + ".tmp"
    doc = office.load(src)
    try:
        show_changes(doc)
        update_page_numbers(doc)
        title = req.get("title")
        if title:
            doc.DocumentProperties.Title = title
        filter_data = uno.Any("[]com.sun.star.beans.PropertyValue", props(
            UseTaggedPDF=True,
            PDFUACompliance=True,
            ExportBookmarks=True,
            # Change notes (Word comments) become PDF comments a reader can open; the page itself is unchanged.
            ExportNotes=True,
            DisplayPDFDocumentTitle=True,
            # Not known to every LibreOffice version; unknown keys are ignored.
            EmbedStandardFonts=True,
        ))
        os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
        try:
            uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(tmp), props(
                FilterName="writer_pdf_Export", Overwrite=True, FilterData=filter_data)))
            os.replace(tmp, out)
        finally:
            if os.path.exists(tmp):
                os.remove(tmp)
    finally:
        close_doc(doc)
    return {"ok": True, "out": out, "bytes": os.path.getsize(out)}


def redline_count(doc):
    enum = doc.getRedlines().createEnumeration()
    n = 0
    while enum.hasMoreElements():
        enum.nextElement()
        n += 1
    return n


def apply_revisions(office, doc, mode):
    if mode == "keep":
        return
    command = {"accept": ".uno:AcceptAllTrackedChanges",
               "reject": ".uno:RejectAllTrackedChanges"}.get(mode)
    if command is None:
        raise ValueError("revisions must be accept, reject or keep, not %r" % mode)
    frame = doc.getCurrentController().getFrame()
    helper = office.smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", office.ctx)
    helper.executeDispatch(frame, command, "", 0, ())
    left = redline_count(doc)
    if left:
        # Never return a half-applied view silently.
        raise RuntimeError("%s left %d tracked changes in the document" % (command, left))


# The paragraph walker. It is written into the soffice profile as a Python macro and run
# inside soffice, where each UNO call is a direct call instead of an IPC round trip (about
# 20x faster). Without libreoffice-script-provider-python the same code runs here, remotely.
WALKER_MODULE = "policybuild_walker.py"
WALKER_URI = ("vnd.sun.star.script:%s$paragraphs_json?language=Python&location=user"
              % WALKER_MODULE)
WALKER_SOURCE = r'''
import json


def cell_sort_key(name):
    """Sort key for Writer cell names: A1 B1 ... A2 B2, a1 after Z1 (column 27), A1.1.2 for split cells."""
    key = []
    for part in name.split("."):
        letters = part.rstrip("0123456789")
        digits = part[len(letters):]
        col = 0
        for ch in letters:
            # Writer numbers columns A-Z then a-z (base 52).
            col = col * 52 + (ord(ch) - ord("A") if ch <= "Z" else ord(ch) - ord("a") + 26)
        key.append((int(digits or 0), len(letters), col))
    return key


def paragraph_record(par, where):
    try:
        label, style = par.getPropertyValues(("ListLabelString", "ParaStyleName"))
    except Exception:
        label, style = "", ""
    return {"text": par.getString(), "label": label or "", "style": style or "", "in": where}


def walk_text(text, where, out):
    """Appends every paragraph of text in order; a table's cells row by row, cell by cell."""
    enum = text.createEnumeration()
    while enum.hasMoreElements():
        element = enum.nextElement()
        # Paragraphs vastly outnumber tables, so test for them first.
        if element.supportsService("com.sun.star.text.Paragraph"):
            out.append(paragraph_record(element, where))
        elif element.supportsService("com.sun.star.text.TextTable"):
            for name in sorted(element.getCellNames(), key=cell_sort_key):
                walk_text(element.getCellByName(name).getText(), "table", out)


def paragraphs(doc):
    out = []
    walk_text(doc.getText(), "body", out)
    return out


def paragraphs_json(doc):
    """Macro entry point: a string crosses the UNO bridge in one piece."""
    return json.dumps(paragraphs(doc))


g_exportedScripts = (paragraphs_json,)
'''

WALKER = {}
exec(compile(WALKER_SOURCE, WALKER_MODULE, "exec"), WALKER)


def op_paragraphs(office, req):
    mode = req.get("revisions", "keep")
    src = req["in"]
    copy_dir = None
    if mode != "keep":
        # Accepting/rejecting needs an editable load. Edit a private copy (same file name,
        # so filename fields read the same): soffice then never touches the source folder,
        # where it would otherwise create or remove .~lock files and see other users' locks.
        if not os.path.isabs(src):
            raise ValueError("path must be absolute: " + src)
        copy_dir = tempfile.mkdtemp(prefix="doc-", dir=office.profile)
        copy = os.path.join(copy_dir, os.path.basename(src))
        shutil.copyfile(src, copy)
        src = copy
    try:
        doc = office.load(src, editable=mode != "keep")
        try:
            apply_revisions(office, doc, mode)
            paragraphs = None
            if office.walker is not None:
                try:
                    paragraphs = json.loads(office.walker.invoke((doc,), (), ())[0])
                except Exception as exc:
                    # Same code, slower path: a broken macro runtime must not fail the build.
                    log("in-process paragraph walker failed, reading over UNO: %s" % exc)
            if paragraphs is None:
                paragraphs = WALKER["paragraphs"](doc)
        finally:
            close_doc(doc)
    finally:
        if copy_dir is not None:
            shutil.rmtree(copy_dir, ignore_errors=True)
    return {"ok": True, "paragraphs": paragraphs}


OPS = {"pdf": op_pdf, "paragraphs": op_paragraphs}


def serve(office):
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
            elif op in OPS:
                started = time.monotonic()
                response = OPS[op](office, req)
                log("%s %s in %.0f ms" % (op, req.get("in"), (time.monotonic() - started) * 1000))
            else:
                raise ValueError("unknown op: %r" % op)
        except Exception as exc:
            log(traceback.format_exc())
            response = {"ok": False, "error": "%s: %s" % (type(exc).__name__, exc)}
        if req_id is not None:
            response["id"] = req_id
        send(response)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--soffice", default=shutil.which("soffice") or "soffice")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds to wait for soffice to accept connections")
    parser.add_argument("--remote-walker", action="store_true",
                        help="read paragraphs over UNO even if the in-process walker is available")
    try:
        args = parser.parse_args()
    except SystemExit:
        sys.exit(EXIT_BAD_ARGS)

    office = Office(args.soffice, args.timeout, in_process_walker=not args.remote_walker)

    def on_signal(signum, _frame):
        log("signal %d: shutting down" % signum)
        office.close()
        os._exit(128 + signum)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGHUP, on_signal)

    try:
        try:
            office.start()
        except Exception as exc:
            log(traceback.format_exc())
            send({"ok": False, "ready": False, "missing": "soffice",
                  "error": "could not start LibreOffice (%s): %s" % (args.soffice, exc)})
            return EXIT_NO_SOFFICE
        send({"ok": True, "ready": True, "version": office.version(),
              "profile": office.profile, "pid": office.proc.pid,
              "inProcessWalker": office.walker is not None})
        serve(office)  # returns on quit or when stdin closes
        return 0
    finally:
        office.close()


if __name__ == "__main__":
    sys.exit(main())
