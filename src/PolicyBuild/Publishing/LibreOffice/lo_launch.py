"""One headless soffice process with its private profile, started before anything of UNO is loaded.

The bridge starts soffice first thing (Python's own start and the uno import then overlap soffice's
start, which is the longest step of a PDF run) and connects to it afterwards (lo_office.Office).
"""

import os
import pathlib
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid

from lo_profile import prepare_profile
from lo_protocol import log


class Soffice:
    """The soffice process tree (oosplash and soffice.bin, in a process group of their own), its
    profile folder (which also holds its temporary files) and the pipe it accepts UNO on."""

    def __init__(self, path):
        self.path = path
        self.profile = tempfile.mkdtemp(prefix="policybuild-lo-")
        self.user = os.path.join(self.profile, "user")
        self.pipe = "policybuild_%d_%s" % (os.getpid(), uuid.uuid4().hex[:12])
        self.proc = None
        self.started = None

    def start(self, extensions=()):
        """Extensions may write into the profile first (prepare_profile(user))."""
        prepare_profile(self.user)
        for extension in extensions:
            if hasattr(extension, "prepare_profile"):
                extension.prepare_profile(self.user)
        args = [
            self.path,
            "--headless", "--invisible", "--nologo", "--norestore",
            "--nodefault", "--nolockcheck", "--nofirststartwizard",
            "-env:UserInstallation=" + pathlib.Path(self.profile).as_uri(),
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe,
        ]
        log("starting: " + " ".join(args))
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            args, stdin=subprocess.DEVNULL, stdout=sys.stderr, stderr=sys.stderr,
            start_new_session=True, env=soffice_environment(os.path.join(self.profile, "tmp")))

    def wait(self, timeout):
        """Waits for soffice to exit by itself; False if it did not within timeout seconds."""
        try:
            self.proc.wait(timeout=timeout)
            return True
        except subprocess.TimeoutExpired:
            return False

    def kill(self):
        """Ends the whole tree at once (it is its own process group)."""
        if self.proc is None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        self.proc.wait()

    def remove_profile(self):
        shutil.rmtree(self.profile, ignore_errors=True)


def soffice_environment(temporary_folder):
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
    # soffice's temporary files (lu*.tmp) go with its profile, also when it is killed.
    os.makedirs(temporary_folder, exist_ok=True)
    env["TMPDIR"] = temporary_folder
    return env
