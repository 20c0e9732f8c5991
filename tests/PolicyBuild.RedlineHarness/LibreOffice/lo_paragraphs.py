"""A lo_bridge.py extension for the tests: reads a document's paragraphs as LibreOffice lays them out,
after accepting or rejecting all tracked changes (the redline judge's view of a marked document).

  {"op":"paragraphs","in":"/abs/a.docx","revisions":"accept"|"reject"|"keep","walker":"remote"(optional)}
      -> {"ok":true,"paragraphs":[{"text","label","style","in":"body"|"table"}...]}
  {"op":"walker"} -> {"ok":true,"inProcess":true|false}: whether the walker runs inside soffice
"""

import json
import os
import shutil
import tempfile

import lo_walker
from lo_office import close_doc
from lo_protocol import log

PYTHON_PROVIDER = "com.sun.star.script.provider.ScriptProviderForPython"
WALKER_MODULE = "policybuild_walker.py"
WALKER_URI = ("vnd.sun.star.script:%s$paragraphs_json?language=Python&location=user"
              % WALKER_MODULE)

def prepare_profile(user):
    scripts = os.path.join(user, "Scripts", "python")
    os.makedirs(scripts, exist_ok=True)
    shutil.copyfile(lo_walker.__file__, os.path.join(scripts, WALKER_MODULE))


def connected(office):
    """Finds the walker macro; office.paragraph_walker stays None when paragraphs are read over UNO."""
    office.paragraph_walker = None
    if PYTHON_PROVIDER not in office.smgr.getAvailableServiceNames():
        log("in-process paragraph walker unavailable (no %s); reading paragraphs over UNO, "
            "which is slower: install libreoffice-script-provider-python" % PYTHON_PROVIDER)
        return
    try:
        factory = office.smgr.createInstanceWithContext(
            "com.sun.star.script.provider.MasterScriptProviderFactory", office.ctx)
        office.paragraph_walker = factory.createScriptProvider("").getScript(WALKER_URI)
    except Exception as exc:
        log("in-process paragraph walker unavailable (%s); reading paragraphs over UNO, "
            "which is slower" % exc)


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


def read(office, doc, remote):
    walker = None if remote else office.paragraph_walker
    if walker is not None:
        try:
            return json.loads(walker.invoke((doc,), (), ())[0])
        except Exception as exc:
            # Same code, slower path: a broken macro runtime must not fail the judge.
            log("in-process paragraph walker failed, reading over UNO: %s" % exc)
    return lo_walker.paragraphs(doc)


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
            paragraphs = read(office, doc, req.get("walker") == "remote")
        finally:
            close_doc(doc)
    finally:
        if copy_dir is not None:
            shutil.rmtree(copy_dir, ignore_errors=True)
    return {"ok": True, "paragraphs": paragraphs}


def op_walker(office, _req):
    return {"ok": True, "inProcess": office.paragraph_walker is not None}


OPS = {"paragraphs": op_paragraphs, "walker": op_walker}
