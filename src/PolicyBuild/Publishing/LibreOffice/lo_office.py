"""The UNO connection to one started soffice (lo_launch.Soffice), and its stop."""

import os
import threading
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

from lo_profile import has_profile_seed, save_profile_seed
from lo_protocol import log


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def props(**kwargs):
    return tuple(prop(k, v) for k, v in kwargs.items())


class Office:
    """Owns the started soffice (lo_launch.Soffice) and the UNO connection to it.

    Extensions (see lo_bridge.py) may look things up once it is connected (connected(office)).
    """

    def __init__(self, soffice, timeout, extensions=()):
        self.soffice = soffice
        self.timeout = timeout
        self.extensions = tuple(extensions)
        self.profile = soffice.profile
        self.pipe = soffice.pipe
        self.ctx = None
        self.desktop = None
        self.smgr = None
        self._closed = False
        self._lock = threading.Lock()

    @property
    def pid(self):
        """The running soffice's process id (another process after a restart it asked for)."""
        return self.soffice.pid

    def start(self):
        """Connects to the soffice started before."""
        self.ctx = self._connect()
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        log("connected to soffice pid %d in %.0f ms" % (self.pid, (time.monotonic() - self.soffice.started) * 1000))
        for extension in self.extensions:
            if hasattr(extension, "connected"):
                extension.connected(self)

    def _connect(self):
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        url = "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe
        deadline = time.monotonic() + self.timeout
        # Poll often: every late poll is added to the start of a PDF run (the publishing target is
        # 1.2x one bare conversion), and a refused connection costs well under a millisecond.
        delay = 0.01
        last_error = None
        while True:
            if self.soffice.orphaned():
                raise RuntimeError("PolicyBuild, which started this bridge, is gone")
            code = self.soffice.exit_code()
            if code is not None:
                raise RuntimeError("soffice exited with code %d before accepting connections" % code)
            try:
                return resolver.resolve(url)
            except NoConnectException as exc:
                last_error = exc
            if time.monotonic() >= deadline:
                raise RuntimeError("timed out after %.1fs connecting to soffice: %s"
                                   % (self.timeout, last_error))
            time.sleep(delay)

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
        if self.ctx is not None and not has_profile_seed():
            # The first run keeps its profile as the seed, so soffice must write it out and exit properly.
            self._terminate()
            save_profile_seed(self.soffice.user)
            log("soffice terminated")
        # Otherwise nothing of this soffice is kept: its profile and temporary files (TMPDIR is inside
        # the profile folder) are removed below, so it is ended at once instead of shutting down
        # properly (half a second or more of every run).
        self.soffice.kill()
        self.soffice.remove_profile()
        log("soffice stopped, profile removed")

    def _terminate(self):
        try:
            if self.desktop is not None:
                self.desktop.terminate()
        except Exception:  # the bridge dies with soffice; that is expected
            pass
        if not self.soffice.wait(timeout=10):
            log("soffice did not exit; killing it")


def close_doc(doc):
    try:
        doc.close(True)
    except Exception:
        try:
            doc.dispose()
        except Exception:
            pass
