"""One headless soffice process with its private profile, started before anything of UNO is loaded.

The bridge starts soffice first thing (Python's own start and the uno import then overlap soffice's
start, which is the longest step of a PDF run) and connects to it afterwards (lo_office.Office). So
this module imports nothing that is slow to import: soffice is spawned with os.posix_spawn, not the
subprocess module, and tempfile and urllib are imported only when they are needed (subprocess,
tempfile and urllib.parse took ~25 ms of Python's start before soffice could be started).
"""

import os
import sys
import time

from lo_profile import prepare_profile
from lo_protocol import log


# soffice.bin's exit codes asking its launcher to start it again (desktop/inc/exithelper.h): after a
# crash it recovers from, and after a first start that registered the bundled extensions in a new profile.
RESTART_CODES = (79, 81)
MAX_RESTARTS = 3

SIGKILL = 9

# util-linux's setpriv (on every Debian) starts soffice with a death signal: killed when its bridge dies,
# however the bridge dies (SIGKILL too, which no handler sees). Without it soffice outlived a bridge
# killed with everything it had started whenever the kill came as soffice was being started.
SETPRIV = next((path for path in ("/usr/bin/setpriv", "/bin/setpriv") if os.access(path, os.X_OK)), None)

# Characters a file URL may hold as they are; a path of only these needs no quoting.
URL_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-_.~")


class Soffice:
    """The soffice process (soffice.bin, in a session and process group of its own), its profile folder
    (which also holds its temporary files) and the pipe it accepts UNO on."""

    def __init__(self, path, profile=None, parent=None):
        self.path = path
        self.parent = parent
        self.program = office_program(path)
        if profile is None:
            import tempfile

            profile = tempfile.mkdtemp(prefix="policybuild-lo-")
        self.profile = profile
        self.user = os.path.join(self.profile, "user")
        self.pipe = "policybuild_%d_%s" % (os.getpid(), os.urandom(6).hex())
        self.pid = None
        self.started = None
        self.restarts = 0
        self._status = None

    def start(self, extensions=()):
        """Extensions may write into the profile first (prepare_profile(user))."""
        prepare_profile(self.user)
        for extension in extensions:
            if hasattr(extension, "prepare_profile"):
                extension.prepare_profile(self.user)
        self.started = time.monotonic()
        self._launch()

    def _launch(self):
        args = [
            self.program,
            "--headless", "--invisible", "--nologo", "--norestore",
            "--nodefault", "--nolockcheck", "--nofirststartwizard",
            "-env:UserInstallation=" + file_url(self.profile),
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe,
        ]
        log("starting: " + " ".join(args))
        if SETPRIV:
            args = [SETPRIV, "--pdeathsig", "KILL", "--"] + args
        # Its output goes where the bridge's log goes (fd 1 is stderr since lo_protocol), its input is
        # empty, and it gets a session of its own so that kill() ends everything it started.
        self.pid = os.posix_spawn(
            args[0], args, soffice_environment(os.path.join(self.profile, "tmp")),
            file_actions=[(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0)], setsid=True)
        self._status = None

    def orphaned(self):
        """True once the process that started the bridge (--parent) is gone: a bridge started as its
        parent was killed (a kill of the whole tree can miss a process being started) would otherwise
        go on starting soffice for nobody, in a profile folder the next run is removing."""
        return parent_gone(self.parent)

    def exit_code(self):
        """soffice's exit code once it has ended for good, else None. Asked to start again (as its
        launcher, oosplash, would), it is started again and None is returned."""
        code = self._reap()
        if code in RESTART_CODES and self.restarts < MAX_RESTARTS:
            self.restarts += 1
            log("soffice exited with code %d, asking to be started again" % code)
            self._launch()
            return None
        return code

    def _reap(self):
        """The exit code (minus the signal's number when a signal ended it) if soffice has ended, else None."""
        if self._status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == 0:
                return None
            self._status = os.waitstatus_to_exitcode(status)
        return self._status

    def wait(self, timeout):
        """Waits for soffice to exit by itself; False if it did not within timeout seconds."""
        deadline = time.monotonic() + timeout
        while self._reap() is None:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.02)
        return True

    def kill(self):
        """Ends the whole tree at once (it is its own process group)."""
        if self.pid is None:
            return
        try:
            os.killpg(self.pid, SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        if self._status is None:
            _, status = os.waitpid(self.pid, 0)
            self._status = os.waitstatus_to_exitcode(status)

    def remove_profile(self):
        import shutil

        shutil.rmtree(self.profile, ignore_errors=True)


def parent_gone(parent):
    """True if a parent process id was given and this process's parent is no longer that one."""
    return parent is not None and os.getppid() != parent


def file_url(path):
    """The file URL of an absolute path (urllib.parse is imported only for a path that needs quoting)."""
    if URL_SAFE.issuperset(path):
        return "file://" + path
    from urllib.parse import quote

    return "file://" + quote(path)


def office_program(soffice):
    """The program to start for soffice: soffice.bin beside it when there is one.

    The soffice command is a shell script that finds its own folder (a dozen subprocesses: dirname,
    basename, ls, sed, uname...) and execs oosplash, which runs javaldx to look for a Java and then
    soffice.bin, starting it again when it asks to be (exit_code). None of that is needed to convert
    documents, and it cost 60-70 ms of every start (a bare conversion of the sample's pack: 1,117 ms
    through soffice, 1,048 ms through soffice.bin).
    """
    program = os.path.join(os.path.dirname(os.path.realpath(soffice)), "soffice.bin")
    return program if os.access(program, os.X_OK) else soffice


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
    # As the soffice script sets it for soffice.bin.
    env["SAL_ENABLE_FILE_LOCKING"] = "1"
    return env
