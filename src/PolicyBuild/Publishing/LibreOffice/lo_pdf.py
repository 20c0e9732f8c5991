"""The bridge's "pdf" request: a .docx to a tagged PDF, tracked changes shown as mark-up."""

import os
import time

import uno

from lo_office import close_doc, props
from lo_protocol import log


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
    out = req["out"]
    if not os.path.isabs(out):
        raise ValueError("out must be absolute: " + out)
    convert(office, req["in"], out, req.get("title"))
    return {"ok": True, "out": out, "bytes": os.path.getsize(out)}


def convert(office, src, out, title=None):
    """Writes src's PDF to out, through a temporary name so that no partial PDF is ever left."""
    tmp = out + ".tmp"
    started = time.monotonic()
    doc = office.load(src)
    loaded = time.monotonic()
    try:
        show_changes(doc)
        update_page_numbers(doc)
        laid_out = time.monotonic()
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
            log("pdf %s: load %.0f ms, fields %.0f ms, export %.0f ms" % (
                src, (loaded - started) * 1000, (laid_out - loaded) * 1000, (time.monotonic() - laid_out) * 1000))
        finally:
            if os.path.exists(tmp):
                os.remove(tmp)
    finally:
        close_doc(doc)


OPS = {"pdf": op_pdf}
