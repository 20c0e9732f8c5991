"""Warms a fresh soffice before the first real document: Writer, its Word import and the PDF export.

In a new soffice the first document's load and export cost several times a later one's (Writer, the
Word import filter and the PDF export filter are loaded on first use). Converting a one-paragraph
.docx right after connecting loads them while PolicyBuild may still be building the documents, and
the first real document then converts as fast as any other.
"""

import os
import time
import zipfile

import lo_pdf
from lo_protocol import log

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""

PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOCUMENT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>PolicyBuild</w:t></w:r></w:p></w:body>
</w:document>"""


def write_docx(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", PACKAGE_RELS)
        package.writestr("word/document.xml", DOCUMENT)


def warm(office):
    """Converts the one-paragraph document inside the session's private profile folder, then removes
    both files. It is also the session's first Writer document, which must come before any request:
    the first Writer document of a soffice registers its user as the first change author, and authors'
    colours go by order, so without it a tracked change's colour in a PDF depended on which documents
    the session had converted before (a marked document first got author 1's colour, after the clean
    one author 2's). A failure here is a failure to start the session."""
    started = time.monotonic()
    docx = os.path.join(office.profile, "warm-up.docx")
    pdf = os.path.join(office.profile, "warm-up.pdf")
    try:
        write_docx(docx)
        lo_pdf.convert(office, docx, pdf)
        log("warm-up: converted in %.0f ms" % ((time.monotonic() - started) * 1000))
    finally:
        for path in (docx, pdf):
            if os.path.exists(path):
                os.remove(path)
