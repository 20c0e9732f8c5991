"""The bridge's "pdf" request: a .docx to a tagged PDF, tracked changes shown as mark-up."""

import os

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


OPS = {"pdf": op_pdf}
