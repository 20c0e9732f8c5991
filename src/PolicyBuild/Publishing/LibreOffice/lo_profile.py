"""Each run's own LibreOffice profile: seeded from a copy of one already initialised, with our settings."""

import os
import shutil

from lo_protocol import log

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


# What soffice writes into a new profile that a conversion never reads again: the backups of safe mode
# (pack/), the bibliography database, Basic's standard library, the gallery, autotexts, the table
# formats and a log. Neither kept in the seed nor copied from an older seed that has them: every file
# made costs ~0.3 ms on this file system, and without them soffice is ready ~35 ms sooner (the same
# PDFs; soffice does not make them again while it converts).
UNUSED = frozenset(("pack", "database", "basic", "gallery", "autotext", "config", "GraphicsRenderTests.log"))


def profile_seed_dir():
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(cache, "policybuild", "lo-profile-seed")


def has_profile_seed():
    return os.path.isdir(profile_seed_dir())


def prepare_profile(user):
    """Starts each run's own, isolated profile from a copy of one LibreOffice already
    initialised (creating a profile from nothing costs a few hundred ms of every start),
    then writes our settings into it."""
    seed = profile_seed_dir()
    seeded = False
    if os.path.isdir(seed):
        try:
            shutil.copytree(seed, user, ignore=lambda folder, names: unused(seed, folder, names))
            log("profile seeded from " + seed)
            seeded = True
        except OSError as exc:
            log("profile seed not usable (%s); starting from an empty profile" % exc)
            shutil.rmtree(user, ignore_errors=True)
    if not seeded:
        os.makedirs(user)
    write_settings(os.path.join(user, "registrymodifications.xcu"))


def unused(root, folder, names):
    """The names in a profile's top folder that are not worth copying (UNUSED)."""
    return {name for name in names if name in UNUSED} if folder == root else set()


def write_settings(path):
    """Adds our settings to the seeded profile's own, not in place of them: without the seed's
    settings (LastCompatibilityCheckID among them) soffice checks every bundled extension again,
    3.4 s of each start (a bare conversion: 1.4 s with the seed's file, 4.8 s with ours alone)."""
    existing = None
    if os.path.isfile(path):
        with open(path, encoding="utf-8") as f:
            existing = f.read()
    end = existing.rfind("</oor:items>") if existing else -1
    if end < 0:
        text = PROFILE_SETTINGS
    else:
        ours = PROFILE_SETTINGS[PROFILE_SETTINGS.index("<item "):PROFILE_SETTINGS.index("</oor:items>")]
        text = existing[:end] + ours + existing[end:]
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def save_profile_seed(user):
    """Keeps the initialised profile (without our documents, locks or macros) for the next run."""
    seed = profile_seed_dir()
    if os.path.isdir(seed) or not os.path.isdir(user):
        return
    staging = seed + ".%d.tmp" % os.getpid()
    try:
        ours = shutil.ignore_patterns("doc-*", ".lock*", ".~lock*", "Scripts")
        shutil.copytree(user, staging, ignore=lambda folder, names: set(ours(folder, names)) | unused(user, folder, names))
        os.rename(staging, seed)
        log("saved profile seed to " + seed)
    except OSError as exc:
        log("could not save a profile seed: %s" % exc)
        shutil.rmtree(staging, ignore_errors=True)
