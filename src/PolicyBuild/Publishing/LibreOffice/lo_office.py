"""One headless soffice: its process, its temporary profile and the UNO connection to it."""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

from lo_profile import prepare_profile, save_profile_seed
from lo_protocol import log


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def props(**kwargs):
    return tuple(prop(k, v) for k, v in kwargs.items())


class Office:
    """Owns the soffice process, its temporary profile and the UNO connection.

    Extensions (see lo_bridge.py) may write into the profile before soffice starts
    (prepare_profile(user)) and look things up once it is connected (connected(office)).
    """

    def __init__(self, soffice, timeout, extensions=()):
        self.soffice = soffice
        self.timeout = timeout
        self.extensions = tuple(extensions)
        self.profile = tempfile.mkdtemp(prefix="policybuild-lo-")
        self.pipe = "policybuild_%d_%s" % (os.getpid(), uuid.uuid4().hex[:12])
        self.proc = None
        self.ctx = None
        self.desktop = None
        self.smgr = None
        self._closed = False
        self._lock = threading.Lock()

    def start(self):
        user = os.path.join(self.profile, "user")
        prepare_profile(user)
        for extension in self.extensions:
            if hasattr(extension, "prepare_profile"):
                extension.prepare_profile(user)
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
        self.ctx = self._connect()
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        log("connected to soffice pid %d" % self.proc.pid)
        self._open_writer()
        for extension in self.extensions:
            if hasattr(extension, "connected"):
                extension.connected(self)

    def _connect(self):
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
                return resolver.resolve(url)
            except NoConnectException as exc:
                last_error = exc
            if time.monotonic() >= deadline:
                raise RuntimeError("timed out after %.1fs connecting to soffice: %s"
                                   % (self.timeout, last_error))
            time.sleep(delay)

    def _open_writer(self):
        """Opens and closes an empty Writer document before any request. The first Writer document
        of a soffice registers its user as the first change author, and authors' colours go by order:
        without this, a tracked change's colour in a PDF depended on which documents the session had
        converted before (a marked document converted first got author 1's colour, after the clean
        one author 2's). It also loads Writer while the documents are still being built."""
        started = time.monotonic()
        doc = self.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, props(Hidden=True))
        close_doc(doc)
        log("writer ready in %.0f ms" % ((time.monotonic() - started) * 1000))

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
        # read-only document, so those loads are editable (of a private copy); nothing
        # is ever stored back.
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
