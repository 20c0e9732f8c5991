"""Opens and closes a blank Writer document in a fresh soffice before the first real request.

It must be the session's first Writer document: the first Writer document of a soffice registers its
user as the first change author, and authors' colours go by order, so without it a tracked change's
colour in a PDF depended on which documents the session had converted before (a marked document first
got author 1's colour, after the clean one author 2's).

A blank document is enough for that and loads Writer itself. It used to be a one-paragraph .docx
converted to PDF, which also loaded the Word import and the PDF export; but the run's documents are
built by the time soffice is connected, so that cost came before the first real document instead of
overlapping anything, and the blank document leaves it to the first real one (sample's build --pdf:
warm-up 426 -> 236 ms, its first document 228 -> 355 ms).
"""

import time

from lo_office import close_doc, props
from lo_protocol import log


def warm(office):
    """A failure here is a failure to start the session."""
    started = time.monotonic()
    doc = office.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, props(Hidden=True))
    if doc is None:
        raise RuntimeError("LibreOffice could not create a Writer document")
    close_doc(doc)
    log("warm-up: Writer ready in %.0f ms" % ((time.monotonic() - started) * 1000))
